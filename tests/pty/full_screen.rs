//! `z`: one pane over the whole window, the reader at full width, and back;
//! the choice is remembered between runs.

use super::harness::{Key, Term};
use super::panes::{focused_border, long_article, reader_col, start_with_data, write};

fn start(dir: &std::path::Path, data: &std::path::Path) -> Term {
    start_with_data(dir, data, (80, 24), "Tide tables rewritten")
}

/// The longest run of the article's text on one row.
fn widest_line(screen: &vt100::Screen) -> usize {
    screen
        .contents()
        .lines()
        .filter(|l| l.contains("ferry") || l.contains("crates") || l.contains("pier"))
        .map(|l| {
            l.trim_matches(|c: char| c == '│' || c.is_whitespace())
                .chars()
                .count()
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn full_screen_hides_the_list_and_is_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("data dir");
    write(
        dir.path(),
        "tide.txt",
        &long_article("Tide tables rewritten", 20),
    );
    write(
        dir.path(),
        "quay.txt",
        &long_article("Quay repairs begin", 3),
    );

    let mut term = start(dir.path(), data.path());
    let split = term.wait_text("Paragraph 1");
    assert!(reader_col(&split).is_some(), "{}", split.contents());
    let split_width = widest_line(&split);

    term.send("z");
    let full = term.wait_for("the reader alone, focused, over the whole width", |s| {
        reader_col(s).is_none()
            && focused_border(s, 0, 0)
            && !s.contents().contains("unread")
            && s.contents().contains("Paragraph 1")
    });
    assert!(
        widest_line(&full) > split_width + 10,
        "{split_width}\n{}",
        full.contents()
    );
    // Esc: the list over the whole window; Enter: the reader again.
    term.send_key(Key::Esc);
    term.wait_for("the list alone", |s| {
        reader_col(s).is_none()
            && s.contents().contains("unread")
            && s.contents().contains("Quay repairs begin")
            && !s.contents().contains("Paragraph 1")
    });
    term.send_key(Key::Enter);
    term.wait_for("the reader alone again", |s| {
        reader_col(s).is_none() && s.contents().contains("Paragraph 1")
    });
    term.quit_cleanly();

    // The next run starts in full screen (on the list), and z splits again.
    let term = start(dir.path(), data.path());
    let screen = term.screen();
    assert!(reader_col(&screen).is_none(), "{}", screen.contents());
    term.send("z");
    term.wait_for("the split again", |s| {
        reader_col(s).is_some() && s.contents().contains("unread")
    });
}
