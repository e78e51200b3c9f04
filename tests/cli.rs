//! The command line without a terminal: help, version, `byline parse` errors.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

#[path = "support/run.rs"]
mod run;

use run::byline;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_shows_examples() {
    let out = byline(&["--help"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(stdout.contains("Examples:"), "{stdout}");
    assert!(stdout.contains("byline parse --json"), "{stdout}");
}

#[test]
fn version_names_the_crate_version() {
    let out = byline(&["--version"]);
    assert!(out.status.success(), "{out:?}");
    // `byline 0.1.0`, or `byline 0.1.0 (commit)` when built from the repository
    // (the commit is checked in tests/install.rs).
    let version = text(&out.stdout);
    let plain = format!("byline {}", env!("CARGO_PKG_VERSION"));
    let rest = version.trim().strip_prefix(&plain).expect("byline VERSION");
    assert!(
        rest.is_empty() || (rest.starts_with(" (") && rest.ends_with(')')),
        "{version}"
    );
}

#[test]
fn parse_of_a_missing_file_is_a_one_line_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-article.txt");
    let out = byline(&["parse", &missing.to_string_lossy()]);
    assert!(!out.status.success(), "{out:?}");
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&*missing.to_string_lossy()), "{stderr}");
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn a_missing_folder_is_an_error_like_less() {
    let out = byline(&["/no/such/dir"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        text(&out.stderr),
        "byline: /no/such/dir: no such file or directory\n"
    );
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn every_missing_path_is_named_before_the_reader_starts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gone = dir.path().join("gone");
    let gone = gone.to_string_lossy();
    let out = byline(&[&*gone, "/no/such/dir"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        text(&out.stderr),
        format!(
            "byline: {gone}: no such file or directory\n\
             byline: /no/such/dir: no such file or directory\n"
        )
    );
}
