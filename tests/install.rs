//! How byline installs and explains itself: completions for every shell, the man
//! page (every action, every subcommand, the files and exit statuses), the version
//! and what a source package holds.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

use std::path::Path;
use std::process::{Command, Output};

use byline::action::Action;
use byline::cli::Cli;
use clap::CommandFactory;

#[path = "support/run.rs"]
mod run;

use run::byline;

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// Every subcommand as a path of names: `["config", "check"]`.
fn subcommand_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, above: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            let mut path = above.to_vec();
            path.push(sub.get_name().to_string());
            walk(sub, &path, out);
            out.push(path);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

#[test]
fn there_are_the_subcommands_the_issue_names() {
    let paths = subcommand_paths();
    for want in [
        "parse",
        "config",
        "config path",
        "config default",
        "config check",
        "completions",
        "man",
    ] {
        assert!(
            paths.iter().any(|p| p.join(" ") == want),
            "{want} in {paths:?}"
        );
    }
}

#[test]
fn completions_are_generated_for_every_shell() {
    // How each shell's script names the flags, and completes file names for
    // `--config FILE` (elvish and PowerShell complete files by default).
    let expected: [(&str, &[&str]); 5] = [
        ("bash", &["--config", "--debug-timings", "compgen -f"]),
        ("zsh", &["--config", "--debug-timings", "_files"]),
        (
            "fish",
            &["-l config", "-l debug-timings", "-l config -d", "-r -F"],
        ),
        ("elvish", &["--config", "--debug-timings"]),
        ("powershell", &["--config", "--debug-timings"]),
    ];
    for (shell, wanted) in expected {
        let script = stdout(&byline(&["completions", shell]));
        assert!(script.contains("byline"), "{shell}");
        for want in wanted {
            assert!(script.contains(want), "{shell}: {want}");
        }
        for path in subcommand_paths() {
            let name = path.last().expect("a name");
            assert!(script.contains(name.as_str()), "{shell}: {path:?}");
        }
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let script = stdout(&byline(&["completions", "bash"]));
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("byline.bash");
    std::fs::write(&file, script).expect("write");
    match Command::new("bash").arg("-n").arg(&file).output() {
        Ok(out) => assert!(out.status.success(), "{out:?}"),
        Err(e) => eprintln!("bash not available ({e}); syntax not checked"),
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let out = byline(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

/// The page with roff's escaped hyphens made plain.
fn man_page() -> String {
    stdout(&byline(&["man"])).replace("\\-", "-")
}

#[test]
fn the_man_page_names_every_action_and_subcommand() {
    let page = man_page();
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "{page}");
    assert!(page.contains(".TH byline 1"), "{page}");
    let keys = section(&page, "KEYS");
    for action in Action::ALL {
        assert!(
            keys.contains(&format!("({})", action.name())),
            "{action} missing from KEYS:\n{keys}"
        );
        assert!(keys.contains(action.description()), "{action}");
    }
    let commands = section(&page, "COMMANDS");
    for path in subcommand_paths() {
        if path.iter().any(|p| p == "help") {
            continue;
        }
        let usage = format!("byline {}", path.join(" "));
        assert!(commands.contains(&usage), "{usage} missing:\n{commands}");
    }
}

#[test]
fn the_man_page_lists_files_on_linux_and_macos_and_the_exit_statuses() {
    let page = man_page();
    let files = section(&page, "FILES");
    for want in [
        "$XDG_CONFIG_HOME/byline/config.toml",
        "~/.config/byline/config.toml",
        "~/Library/Application Support/byline/config.toml",
        "~/.local/share/byline/state.json",
        "~/Library/Application Support/byline/state.json",
        "~/.cache/byline/heads-*.bin",
        "~/Library/Caches/byline/heads-*.bin",
    ] {
        assert!(files.contains(want), "{want} missing:\n{files}");
    }
    let statuses = section(&page, "\"EXIT STATUS\"");
    for status in ["0", "1", "2", "128+N"] {
        assert!(
            statuses.contains(&format!(".TP\n\\fB{status}\\fR\n")),
            "{status} missing:\n{statuses}"
        );
    }
}

#[test]
fn the_man_page_renders_without_warnings() {
    let page = stdout(&byline(&["man"]));
    let groff = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut groff) = groff else {
        eprintln!("groff not available; rendering not checked");
        return;
    };
    {
        use std::io::Write as _;
        let mut stdin = groff.stdin.take().expect("stdin");
        stdin.write_all(page.as_bytes()).expect("write to groff");
    }
    let out = groff.wait_with_output().expect("groff");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "groff warnings");
}

/// The text of the man page section `name`, up to the next one.
fn section<'a>(page: &'a str, name: &str) -> &'a str {
    let head = format!(".SH {name}\n");
    let start = page.find(&head).unwrap_or_else(|| panic!("no {name}"));
    let rest = &page[start + head.len()..];
    &rest[..rest.find(".SH ").unwrap_or(rest.len())]
}

#[test]
fn the_version_names_the_commit_when_built_from_the_repository() {
    let version = stdout(&byline(&["--version"]));
    let dir = env!("CARGO_MANIFEST_DIR");
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let in_repo = git(&["rev-parse", "--show-toplevel"])
        .is_some_and(|top| std::fs::canonicalize(top).ok() == std::fs::canonicalize(dir).ok());
    let plain = format!("byline {}", env!("CARGO_PKG_VERSION"));
    match git(&["rev-parse", "--short=10", "HEAD"]).filter(|_| in_repo) {
        Some(commit) => assert_eq!(version.trim(), format!("{plain} ({commit})")),
        None => assert_eq!(version.trim(), plain),
    }
}

/// What a source package may hold; anything else fails the test.
fn allowed(path: &str) -> bool {
    const EXACT: &[&str] = &[
        "Cargo.toml",
        "Cargo.toml.orig",
        "Cargo.lock",
        ".cargo_vcs_info.json",
        "build.rs",
        "README.md",
        "CHANGELOG.md",
        "ARCHITECTURE.md",
        "config/default.toml",
    ];
    let ext = Path::new(path).extension().and_then(|e| e.to_str());
    EXACT.contains(&path)
        || path.starts_with("LICENSE")
        || (path.starts_with("src/") && ext == Some("rs"))
        || (path.starts_with("sample_articles/")
            && !path["sample_articles/".len()..].contains('/')
            && matches!(ext, Some("txt" | "md")))
}

#[test]
fn the_source_package_holds_only_what_belongs_in_it() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo package --list");
    let list = stdout(&out);
    let files: Vec<&str> = list.lines().collect();
    let stray: Vec<&&str> = files.iter().filter(|f| !allowed(f)).collect();
    assert!(stray.is_empty(), "not for a source package: {stray:?}");
    for needed in [
        "Cargo.toml",
        "Cargo.lock",
        "build.rs",
        "README.md",
        "CHANGELOG.md",
        "config/default.toml",
        "src/main.rs",
        "src/lib.rs",
        "src/cli/man.rs",
    ] {
        assert!(files.contains(&needed), "{needed} missing from the package");
    }
    assert!(
        files.iter().any(|f| f.starts_with("sample_articles/")),
        "the samples built into the binary are missing"
    );
    for never in [
        "fuzz/",
        "tests/",
        "scripts/",
        "benches/",
        ".ci/",
        "proptest-",
    ] {
        assert!(!files.iter().any(|f| f.starts_with(never)), "{never}");
    }
}
