//! `byline parse` and `byline config check` on hostile input: escapes decoded from
//! front matter, HTML entities, file names and config files never reach stdout or
//! stderr, and only regular files of a sane size are read (issue #12, items 1 and 3).

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

use std::ffi::{OsStr, OsString};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Run `byline ARGS` with an empty home; fail (and kill it) after 20 s.
fn byline<S: AsRef<OsStr>>(args: &[S]) -> Output {
    let home = tempfile::tempdir().expect("home");
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env_remove("BYLINE_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn byline");
    let start = Instant::now();
    while child.try_wait().expect("poll").is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("byline {:?} did not finish in 20 s", args_of(args));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn args_of<S: AsRef<OsStr>>(args: &[S]) -> Vec<OsString> {
    args.iter().map(|a| a.as_ref().to_owned()).collect()
}

/// The bytes a terminal acts on: C0 controls but `\n`, DEL, and C1 controls in UTF-8.
fn terminal_controls(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        let c1 = b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n));
        if (b < 0x20 && b != b'\n') || b == 0x7f || c1 {
            let from = i.saturating_sub(20);
            let to = (i + 20).min(bytes.len());
            found.push(
                String::from_utf8_lossy(&bytes[from..to])
                    .escape_debug()
                    .to_string(),
            );
        }
    }
    found
}

/// Every string in a JSON value.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings(v, out);
        }),
        _ => {}
    }
}

fn is_display_control(c: char) -> bool {
    c.is_control() && c != '\n'
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Run `byline parse` and `byline parse --json` on `paths`; assert that neither
/// writes a control byte and that no JSON string holds a control character.
fn assert_parse_is_clean(paths: &[&Path]) -> (String, serde_json::Value) {
    let plain = byline(&[&[OsStr::new("parse")][..], &paths_of(paths)].concat());
    let bad = terminal_controls(&plain.stdout);
    assert!(bad.is_empty(), "plain stdout holds controls: {bad:?}");
    let bad = terminal_controls(&plain.stderr);
    assert!(bad.is_empty(), "plain stderr holds controls: {bad:?}");
    let json = byline(
        &[
            &[OsStr::new("parse"), OsStr::new("--json")][..],
            &paths_of(paths),
        ]
        .concat(),
    );
    let bad = terminal_controls(&json.stdout);
    assert!(bad.is_empty(), "json stdout holds controls: {bad:?}");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let mut all = Vec::new();
    strings(&value, &mut all);
    let bad: Vec<_> = all
        .iter()
        .filter(|s| s.chars().any(is_display_control))
        .map(|s| s.escape_debug().to_string())
        .collect();
    assert!(bad.is_empty(), "json strings hold controls: {bad:?}");
    (String::from_utf8_lossy(&plain.stdout).into_owned(), value)
}

fn paths_of<'a>(paths: &[&'a Path]) -> Vec<&'a OsStr> {
    paths.iter().map(|p| p.as_os_str()).collect()
}

#[test]
fn front_matter_escapes_are_scrubbed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let yaml = dir.path().join("yaml.md");
    fs::write(
        &yaml,
        "---\ntitle: \"Ports \\e]0;PWNTITLE\\a close\"\nauthor: \"Jane \\x1b[2J Doe\"\n\
         source: \"Wire \\u001b]52;c;PWNCLIP\\u0007\"\ntags: [\"a\\x9b31m\", \"b\\u202e\"]\n\
         description: \"Stand \\e[31m first\"\n---\nBody text.\n",
    )
    .expect("write");
    let toml = dir.path().join("toml.md");
    fs::write(
        &toml,
        "+++\ntitle = \"Clip \\u001b]52;c;PWNCLIP\\u0007 here\"\nauthor = [\"A \\u009b2J\"]\n\
         kicker = \"K\\u0007\"\n+++\nBody text.\n",
    )
    .expect("write");
    let (plain, json) = assert_parse_is_clean(&[&yaml, &toml]);
    assert!(plain.contains("title:      Ports  close"), "{plain}");
    assert_eq!(json[0]["title"], "Ports  close");
    assert_eq!(json[1]["title"], "Clip  here");
}

#[test]
fn html_entities_in_markdown_are_scrubbed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let md = dir.path().join("entities.md");
    fs::write(
        &md,
        "# Head &#27;]0;PWNTITLE&#7; line\n\n\"We sail &#x1b;[2J at dawn &#155;31m and &#7; today,\" said Ana Lima.\n\n\
         ## Sub &#x9d;0;T&#x9c; &#x202E;gnp.exe\n\n\
         A [good link](https://example.org/a) and [bad](https://x.test/&#27;]52;c;PWN&#7;).\n",
    )
    .expect("write");
    let (plain, json) = assert_parse_is_clean(&[&md]);
    let title = json["title"].as_str().expect("title");
    assert!(
        title.starts_with("Head ") && title.ends_with(" line"),
        "{title:?}"
    );
    assert!(
        plain.contains("We sail") && plain.contains("Ana Lima"),
        "{plain}"
    );
    let urls: Vec<_> = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .flat_map(|s| s["marks"].as_array().cloned().unwrap_or_default())
        .filter_map(|m| m["url"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(urls, ["https://example.org/a"], "{json}");
}

#[test]
fn file_names_holding_escapes_are_scrubbed_in_output_and_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = OsStr::from_bytes(b"evil\x1b]0;PWNTITLE\x07\xc2\x9b2J.txt");
    let evil = dir.path().join(name);
    fs::write(&evil, "Harbour reopens\n\nThe ferry sailed at noon.\n").expect("write");
    let missing = dir
        .path()
        .join(OsStr::from_bytes(b"gone\x1b]52;c;PWN\x07.txt"));
    let out = byline(&[OsStr::new("parse"), evil.as_os_str(), missing.as_os_str()]);
    assert!(!out.status.success());
    assert!(terminal_controls(&out.stdout).is_empty(), "{out:?}");
    assert!(terminal_controls(&out.stderr).is_empty(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbour reopens"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone?]52;c;PWN?.txt"));
    let out = byline(&[OsStr::new("parse"), OsStr::new("--json"), evil.as_os_str()]);
    let bad = terminal_controls(&out.stdout);
    assert!(bad.is_empty(), "{bad:?}");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let path = value["path"].as_str().expect("path");
    assert!(!path.chars().any(is_display_control), "{path:?}");
}

#[test]
fn config_errors_holding_escapes_are_scrubbed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir
        .path()
        .join(OsStr::from_bytes(b"conf\x1b]0;PWN\x07.toml"));
    fs::write(
        &config,
        "\"\\u001b]0;PWNTITLE\\u0007\" = 1\n[theme]\npreset = \"\\u001b]52;c;PWN\\u0007\"\n",
    )
    .expect("write");
    let out = byline(&[
        OsStr::new("config"),
        OsStr::new("check"),
        config.as_os_str(),
    ]);
    assert!(!out.status.success());
    let bad = terminal_controls(&out.stderr);
    assert!(bad.is_empty(), "{bad:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unknown key"),
        "{out:?}"
    );
    // The same through the TUI's start: the error is printed before any screen.
    let out = byline(&[OsStr::new("--config"), config.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let bad = terminal_controls(&out.stderr);
    assert!(bad.is_empty(), "{bad:?}");
}

const ARTICLE: &str = "Harbour reopens\n\nThe ferry sailed at noon.\n";

#[test]
fn parse_reads_regular_files_only_and_keeps_going() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    fs::write(&a, ARTICLE).expect("write");
    fs::write(&b, "Second story\n\nMore text.\n").expect("write");
    let zero = dir.path().join("zero.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    // A link to a regular file is followed.
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&b, &link).expect("symlink");
    let out = byline(&[
        OsStr::new("parse"),
        link.as_os_str(),
        a.as_os_str(),
        OsStr::new("/dev/zero"),
        zero.as_os_str(),
        fifo.as_os_str(),
        b.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Harbour reopens"), "{stdout}");
    assert_eq!(stdout.matches("Second story").count(), 2, "{stdout}");
    assert!(
        stdout.starts_with(&format!("{}\n", link.display())),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    for (line, name) in lines.iter().zip(["/dev/zero", "zero.txt", "pipe.txt"]) {
        assert!(
            line.contains(name) && line.contains("not a regular file"),
            "{stderr}"
        );
    }
}

#[test]
fn parse_refuses_files_over_the_size_limit_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let huge = dir.path().join("huge.txt");
    let file = fs::File::create(&huge).expect("create");
    // Sparse: no disk space used, and nothing may be read.
    file.set_len(byline::library::load::MAX_FILE_BYTES + 1)
        .expect("set_len");
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).expect("write");
    let out = byline(&[OsStr::new("parse"), huge.as_os_str(), a.as_os_str()]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("huge.txt") && stderr.contains("too large"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbour reopens"));
}

#[test]
fn parse_of_a_folder_reads_the_articles_the_tui_would_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::write(root.join("a.txt"), ARTICLE).expect("write");
    fs::create_dir(root.join("sub")).expect("mkdir");
    fs::write(root.join("sub/b.md"), "# Night trains\n\nThey are back.\n").expect("write");
    fs::write(root.join("notes.pdf"), "x").expect("write");
    fs::write(root.join(".hidden.txt"), "Hidden\n\nNo.\n").expect("write");
    std::os::unix::fs::symlink("/dev/zero", root.join("zero.txt")).expect("symlink");
    let out = byline(&[OsStr::new("parse"), OsStr::new("--json"), root.as_os_str()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let titles: Vec<_> = json
        .as_array()
        .expect("an array for a folder")
        .iter()
        .map(|a| a["title"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(titles, ["Harbour reopens", "Night trains"], "{out:?}");
    // What the TUI skips without a word (other extensions) is skipped here too;
    // what it reports (a device behind a link) is reported.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("notes.pdf") && !stderr.contains("hidden"),
        "{stderr}"
    );
    assert!(
        stderr.contains("zero.txt") && stderr.contains("not a regular file"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(1));
}
