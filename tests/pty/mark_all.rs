//! Unread only (`U`), mark all read after a y/n question (`A`), and `u`
//! taking the last change of marks back, kept after a restart.

use super::harness::{Spawn, Term};
use super::panes::{long_article, start_with_data, write};

fn start(dir: &std::path::Path, data: &std::path::Path) -> Term {
    start_with_data(dir, data, (80, 24), "3 unread")
}

#[test]
fn mark_all_read_asks_and_u_undoes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("data dir");
    write(
        dir.path(),
        "a.txt",
        &long_article("Tide tables rewritten", 3),
    );
    write(dir.path(), "b.txt", &long_article("Quay repairs begin", 3));
    write(
        dir.path(),
        "c.txt",
        &long_article("Harbour lights dimmed", 3),
    );

    let mut term = start(dir.path(), data.path());
    term.send("A");
    term.wait_text("Mark 3 articles read? (y/n)");
    // Any key but y cancels, and does nothing else.
    term.send("j");
    term.wait_text("Not marked");
    term.wait_text("3 unread");
    term.send("A");
    term.wait_text("(y/n)");
    term.send("y");
    term.wait_text("Marked 3 articles read");
    term.wait_text("0 unread");
    term.send("u");
    term.wait_text("Undone: 3 marks");
    term.wait_text("3 unread");
    // One read again, then the unread-only view leaves the other two.
    term.send("m");
    term.wait_text("2 unread");
    term.send("j");
    term.send("U");
    term.wait_text("Unread only: 2");
    term.wait_for("the unread-only mark in the title", |s| {
        s.contents().lines().next().is_some_and(|t| t.contains("●"))
    });
    term.quit_cleanly();

    // The undo and the mark after it were saved.
    let term = start_with(dir.path(), data.path(), "2 unread");
    drop(term);
}

fn start_with(dir: &std::path::Path, data: &std::path::Path, text: &str) -> Term {
    let mut spawn = Spawn::new(&[dir.to_string_lossy()]).size(80, 24);
    spawn
        .env
        .push(("XDG_DATA_HOME".into(), data.to_string_lossy().into_owned()));
    let term = spawn.start();
    term.wait_text(text);
    term
}
