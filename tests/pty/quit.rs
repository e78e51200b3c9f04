//! Every way out restores the terminal: q, ctrl-c, SIGTERM, SIGHUP.

use super::harness::{Key, Term};

fn started() -> (tempfile::TempDir, Term) {
    let (dir, term) = super::panes::ferry_article(4);
    assert!(term.screen().alternate_screen(), "{}", term.screen_text());
    (dir, term)
}

#[test]
fn q_quits_with_success_and_restores_the_terminal() {
    let (_dir, mut term) = started();
    term.quit_cleanly();
}

#[test]
fn ctrl_c_quits_from_inside_an_overlay() {
    let (_dir, mut term) = started();
    term.send("?");
    term.wait_text("Down one row or line");
    term.send_key(Key::CtrlC);
    let status = term.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    term.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal_and_exits() {
    let (_dir, mut term) = started();
    term.signal("TERM");
    let status = term.wait_exit();
    assert!(
        status.signal().is_none(),
        "killed by the signal: {status:?}"
    );
    // It handled the signal and exited as shells expect: 128 + SIGTERM.
    assert_eq!(status.exit_code(), 143, "{status:?}");
    term.assert_restored();
}

#[test]
fn sighup_restores_the_terminal_and_exits() {
    let (_dir, mut term) = started();
    term.signal("HUP");
    let status = term.wait_exit();
    assert!(
        status.signal().is_none(),
        "killed by the signal: {status:?}"
    );
    // It handled the signal and exited as shells expect: 128 + SIGHUP.
    assert_eq!(status.exit_code(), 129, "{status:?}");
    term.assert_restored();
}
