//! Suspend and resume (ctrl-z, `kill -TSTP`, SIGCONT) and a closed terminal.

use super::hangup::{self, Hangup};
use super::harness::{TIMEOUT, Term};
use super::panes::{long_article, write};

/// Suspend with `stop`, check the terminal is restored, resume, check the TUI is back.
fn suspend_and_resume(term: &mut Term, stop: impl Fn(&Term)) {
    stop(term);
    term.wait_for("the terminal to be restored", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    term.assert_restored();
    term.signal("CONT");
    term.wait_for("the TUI to come back", |s| {
        s.alternate_screen() && s.contents().contains("Ferry crews at dawn")
    });
    term.quit_cleanly();
}

#[test]
fn ctrl_z_suspends_and_sigcont_resumes() {
    let (_dir, mut term) = super::panes::ferry_article(4);
    suspend_and_resume(&mut term, |t| t.send("\x1a"));
}

#[test]
fn kill_tstp_suspends_and_sigcont_resumes() {
    let (_dir, mut term) = super::panes::ferry_article(4);
    suspend_and_resume(&mut term, |t| t.signal("TSTP"));
}

#[test]
fn closing_the_terminal_ends_byline_promptly() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        &long_article("Ferry crews at dawn", 4),
    );
    let home = tempfile::tempdir().expect("home");
    let Hangup { mut child, master } =
        hangup::spawn(dir.path(), home.path(), &home.path().join("data"));
    // Read until the first frame is drawn, then let the reader go.
    let reader = hangup::read_until(
        master.try_clone_reader().expect("reader"),
        "Ferry crews at dawn",
    );
    drop((reader, master));
    hangup::assert_exits_within(&mut child, TIMEOUT);
}
