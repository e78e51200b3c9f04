//! Every exit status the man page and the README document: 0 success, 1 an error
//! reading articles (or the terminal), 2 a usage or config error, 128+N a signal.

use super::run::byline;

fn status(args: &[&str]) -> Option<i32> {
    byline(args).status.code()
}

#[test]
fn zero_for_success() {
    for args in [
        &["--help"][..],
        &["--version"],
        &["config", "default"],
        &["completions", "fish"],
        &["man"],
    ] {
        assert_eq!(status(args), Some(0), "{args:?}");
    }
    // Quitting the reader with q: 0 (the pty).
    let (_dir, mut term) = super::panes::ferry_article(4);
    term.quit_cleanly();
    assert_eq!(term.wait_exit().exit_code(), 0);
}

#[test]
fn one_for_an_error_reading_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("gone.txt");
    assert_eq!(status(&["parse", &missing.to_string_lossy()]), Some(1));
    // A folder without articles.
    assert_eq!(status(&["parse", &dir.path().to_string_lossy()]), Some(1));
    // No terminal to read in (standard output is a pipe).
    assert_eq!(status(&[&dir.path().to_string_lossy()]), Some(1));
}

#[test]
fn two_for_a_usage_or_config_error() {
    // Usage errors, as clap reports them.
    assert_eq!(status(&["--no-such-flag"]), Some(2));
    assert_eq!(status(&["parse"]), Some(2));
    assert_eq!(status(&["config", "frobnicate"]), Some(2));
    assert_eq!(status(&["completions", "tcsh"]), Some(2));
    // Config errors: a bad file, checked or about to be used.
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "thme = 1\n").expect("write");
    let bad = bad.to_string_lossy();
    assert_eq!(status(&["config", "check", &bad]), Some(2));
    let out = byline(&["--config", &bad, &dir.path().to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown key `thme`"));
    let missing = dir.path().join("missing.toml");
    assert_eq!(
        status(&["--config", &missing.to_string_lossy(), "config", "check"]),
        Some(2)
    );
}

/// Start byline in the pty, send it `signal`, and return its exit code.
fn ended_by(signal: &str) -> u32 {
    let (_dir, mut term) = super::panes::ferry_article(4);
    term.signal(signal);
    let status = term.wait_exit();
    assert!(status.signal().is_none(), "killed by {signal}: {status:?}");
    term.assert_restored();
    status.exit_code()
}

#[test]
fn one_hundred_twenty_eight_plus_n_for_a_signal() {
    // SIGTERM (15) and SIGHUP (1) are asserted in quit.rs.
    assert_eq!(ended_by("INT"), 128 + 2);
    assert_eq!(ended_by("QUIT"), 128 + 3);
}
