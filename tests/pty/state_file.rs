//! The state file never hangs byline: a lock held by another process, a FIFO
//! where `state.json` or `state.lock` should be; quitting always works within
//! a second. Two windows changing different fields of one article both win.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::hangup::{self, Hangup};
use super::harness::{Spawn, Term};
use super::panes::{long_article, write};

/// How long quitting may take, measured from the key (the harness polls every 20 ms).
const QUIT_WITHIN: Duration = Duration::from_secs(1);

/// A folder with one article, and a data home whose `byline` folder exists.
fn setup() -> (tempfile::TempDir, tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        &long_article("Ferry crews at dawn", 4),
    );
    let data = tempfile::tempdir().expect("data home");
    let state = data.path().join("byline");
    std::fs::create_dir_all(&state).expect("state folder");
    (dir, data, state)
}

/// byline on `dir` with its data home in `data`, the list drawn.
fn start(dir: &Path, data: &Path) -> Term {
    let mut spawn = Spawn::new(&[dir.to_string_lossy()]);
    spawn
        .env
        .push(("XDG_DATA_HOME".into(), data.to_string_lossy().into_owned()));
    let term = spawn.start();
    term.wait_text("Ferry crews at dawn");
    term
}

/// Hold `state.lock` as another byline would.
fn hold_lock(state: &Path) -> File {
    let lock = File::create(state.join("state.lock")).expect("lock file");
    lock.lock().expect("take the lock");
    lock
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo")
        .success();
    assert!(ok, "mkfifo {}", path.display());
}

/// Send `q`; byline must be gone within [`QUIT_WITHIN`].
fn quit_promptly(term: &mut Term) {
    let asked = Instant::now();
    term.send("q");
    let status = term.wait_exit();
    let took = asked.elapsed();
    assert!(status.success(), "exit status {status:?}");
    assert!(took < QUIT_WITHIN, "quitting took {took:?}");
    term.assert_restored();
}

#[test]
fn a_locked_state_file_is_reported_and_quit_still_works() {
    let (dir, data, state) = setup();
    let _held = hold_lock(&state);
    let mut term = start(dir.path(), data.path());
    term.send("s");
    term.wait_text("state not saved: locked by another byline");
    // The screen still answers while the lock is held.
    term.send("m");
    term.wait_text("Marked read");
    quit_promptly(&mut term);
}

/// Star the article while another process holds the lock (the save is
/// waiting for it), then `end` byline: it must be gone within a second.
fn ends_promptly_while_locked(end: impl Fn(&Term)) {
    let (dir, data, state) = setup();
    let _held = hold_lock(&state);
    let mut term = start(dir.path(), data.path());
    term.send("s");
    term.wait_text("Starred");
    let asked = Instant::now();
    end(&term);
    term.wait_exit();
    assert!(asked.elapsed() < QUIT_WITHIN, "took {:?}", asked.elapsed());
    term.assert_restored();
}

#[test]
fn sigterm_ends_byline_while_the_state_file_is_locked() {
    ends_promptly_while_locked(|t| t.signal("TERM"));
}

#[test]
fn sighup_ends_byline_while_the_state_file_is_locked() {
    ends_promptly_while_locked(|t| t.signal("HUP"));
}

#[test]
fn ctrl_c_ends_byline_while_the_state_file_is_locked() {
    ends_promptly_while_locked(|t| t.send_key(super::harness::Key::CtrlC));
}

#[test]
fn q_right_after_a_change_ends_byline_while_the_state_file_is_locked() {
    ends_promptly_while_locked(|t| t.send("q"));
}

#[test]
fn changes_made_while_locked_are_saved_once_the_lock_is_free() {
    let (dir, data, state) = setup();
    let held = hold_lock(&state);
    let mut term = start(dir.path(), data.path());
    term.send("s");
    term.wait_text("state not saved: locked by another byline");
    drop(held);
    let deadline = Instant::now() + super::harness::TIMEOUT;
    let saved = || {
        std::fs::read_to_string(state.join("state.json"))
            .is_ok_and(|t| t.contains("\"starred\": true"))
    };
    while !saved() {
        assert!(Instant::now() < deadline, "the star was never saved");
        std::thread::sleep(Duration::from_millis(50));
    }
    quit_promptly(&mut term);
}

#[test]
fn a_fifo_as_state_json_neither_hangs_nor_blocks_quit() {
    let (dir, data, state) = setup();
    mkfifo(&state.join("state.json"));
    let mut term = start(dir.path(), data.path());
    term.send("s");
    term.wait_text("not a regular file");
    quit_promptly(&mut term);
    assert!(
        std::fs::symlink_metadata(state.join("state.json"))
            .is_ok_and(|m| !m.is_file() && !m.is_dir()),
        "the FIFO is left alone"
    );
}

#[test]
fn a_fifo_as_state_lock_neither_hangs_nor_blocks_quit() {
    let (dir, data, state) = setup();
    mkfifo(&state.join("state.lock"));
    let mut term = start(dir.path(), data.path());
    term.send("s");
    term.wait_text("state not saved");
    quit_promptly(&mut term);
}

/// Whether the list row of the ferry article shows a star.
fn starred(screen: &vt100::Screen) -> bool {
    screen
        .contents()
        .lines()
        .any(|l| l.contains("Ferry crews") && l.contains('★'))
}

#[test]
fn two_windows_changing_different_fields_both_survive() {
    let (dir, data, state) = setup();
    let mut a = start(dir.path(), data.path());
    let mut b = start(dir.path(), data.path());
    // A stars the article and saves it...
    a.send("s");
    a.wait_for("the star in A", starred);
    let deadline = Instant::now() + super::harness::TIMEOUT;
    while !std::fs::read_to_string(state.join("state.json"))
        .is_ok_and(|t| t.contains("\"starred\": true"))
    {
        assert!(Instant::now() < deadline, "A never saved its star");
        std::thread::sleep(Duration::from_millis(50));
    }
    // ...then B, which never saw the star, marks it read.
    b.send("m");
    b.wait_text("Marked read");
    b.quit_cleanly();
    a.quit_cleanly();
    let c = start(dir.path(), data.path());
    c.wait_for("the star kept", starred);
    c.wait_text("0 unread");
}

#[test]
fn two_copies_of_one_article_keep_their_own_marks() {
    let (dir, data, _state) = setup();
    // A second file with the very same bytes.
    write(
        dir.path(),
        "copy.txt",
        &long_article("Ferry crews at dawn", 4),
    );
    let mut term = start(dir.path(), data.path());
    term.wait_text("Articles 2 · 2 unread");
    term.send("s");
    term.send("m");
    term.wait_text("Articles 2 · 1 unread");
    term.quit_cleanly();
    let term = start(dir.path(), data.path());
    let screen = term.wait_for("the star back", starred);
    term.wait_text("Articles 2 · 1 unread");
    let stars = screen
        .contents()
        .lines()
        .filter(|l| l.contains("Ferry crews") && l.contains('★'))
        .count();
    assert_eq!(stars, 1, "{}", screen.contents());
}

#[test]
fn a_state_file_of_random_bytes_is_set_aside_and_a_fresh_one_saved() {
    let (dir, data, state) = setup();
    let junk: Vec<u8> = (0u8..=255).rev().cycle().take(3000).collect();
    std::fs::write(state.join("state.json"), &junk).expect("junk state");
    let mut term = start(dir.path(), data.path());
    term.wait_text("unreadable");
    term.send("s");
    term.wait_text("Starred");
    term.quit_cleanly();
    let saved = std::fs::read_to_string(state.join("state.json")).expect("a fresh state file");
    assert!(saved.contains("\"starred\": true"), "{saved}");
    let aside: Vec<_> = std::fs::read_dir(&state)
        .expect("state folder")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(aside[0].path()).expect("set aside"), junk);
}

#[test]
fn closing_the_terminal_ends_byline_while_the_state_file_is_locked() {
    use std::io::Write;

    let (dir, data, state) = setup();
    let _held = hold_lock(&state);
    let Hangup { mut child, master } = hangup::spawn(dir.path(), data.path(), data.path());
    let reader = master.try_clone_reader().expect("reader");
    let mut writer = master.take_writer().expect("writer");
    // Until the list is drawn; then star the article (a save now waits for
    // the lock), see it starred, and close the terminal.
    let reader = hangup::read_until(reader, "Ferry crews at dawn");
    writer.write_all(b"s").expect("press s");
    writer.flush().expect("flush");
    let reader = hangup::read_until(reader, "Starred");
    drop((reader, writer, master));
    let closed = Instant::now();
    hangup::assert_exits_within(&mut child, super::harness::TIMEOUT);
    assert!(
        closed.elapsed() < QUIT_WITHIN,
        "took {:?}",
        closed.elapsed()
    );
}

#[test]
fn a_state_file_of_the_first_format_still_loads() {
    let (dir, data, state) = setup();
    let article = dir.path().join("quay.txt");
    let hash = byline::store::hash(&std::fs::read(&article).expect("article"));
    // One record per head hash, one time for all its fields: as byline wrote
    // it before fields had their own times.
    let old = format!(
        r#"{{"version":1,"articles":{{"{}":{{"path":{:?},"read":true,"starred":true,"updated":1700000000000}}}}}}"#,
        byline::store::key(hash),
        article.to_string_lossy(),
    );
    std::fs::write(state.join("state.json"), old).expect("old state");
    let mut term = start(dir.path(), data.path());
    term.wait_for("the old star", starred);
    term.wait_text("0 unread");
    // Unstarring is newer than the old record's time: it sticks.
    term.send("s");
    term.wait_text("Unstarred");
    term.quit_cleanly();
    let term = start(dir.path(), data.path());
    term.wait_text("0 unread");
    assert!(!starred(&term.screen()), "{}", term.screen_text());
}
