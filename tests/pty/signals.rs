//! Suspend and resume (ctrl-z, `kill -TSTP`, SIGCONT) and a closed terminal.

use std::io::Read;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::harness::Term;
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
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_byline"));
    cmd.arg(dir.path());
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", home.path());
    cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
    cmd.env("XDG_DATA_HOME", home.path().join("data"));
    cmd.env("XDG_STATE_HOME", home.path().join("state"));
    cmd.cwd(home.path());
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    // Read until the first frame is drawn, then let the reader go.
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let reading = std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&seen).contains("Ferry crews at dawn") {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(buf.get(..n).unwrap_or_default()),
            }
        }
    });
    reading.join().expect("reader thread");
    drop(pair.master);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll") {
            break Some(status);
        }
        if start.elapsed() > Duration::from_secs(10) {
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    assert!(
        status.is_some(),
        "byline kept running after its terminal closed"
    );
}
