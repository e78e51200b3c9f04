//! Terminal sizes from 1x1 upward and rapid resizes: never a panic; below a
//! usable size a short notice.

use super::harness::Spawn;
use super::panes::{long_article, write};

#[test]
fn tiny_terminals_and_rapid_resizes_never_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        &long_article("Ferry crews at dawn", 30),
    );
    let mut term = Spawn::new(&[dir.path().to_string_lossy()])
        .size(1, 1)
        .start();
    term.wait_for("a first frame", |s| !s.contents().trim().is_empty());
    for (w, h) in [(2, 1), (1, 2), (5, 3), (12, 4), (20, 6), (3, 40), (200, 2)] {
        term.resize(w, h);
    }
    term.resize(30, 5);
    term.wait_text("too small");
    for i in 0..60u16 {
        term.resize(10 + i * 3 % 150, 1 + i % 50);
    }
    term.resize(100, 30);
    term.wait_text("Ferry crews at dawn");
    term.quit_cleanly();
}
