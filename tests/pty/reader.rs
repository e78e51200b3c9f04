//! The two panes: list, reader, focus, scrolling and help.

use super::harness::{Key, dump};
use super::panes::{
    focused_border, long_article, open_reader, plain_border, position, reader_col, reader_top,
    start_on, write,
};

#[test]
fn list_shows_titles_and_enter_focuses_the_reader() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        &long_article("Ferry crews at dawn", 3),
    );
    write(
        dir.path(),
        "bakery.txt",
        "Night bakery wins\n\nThe ovens on Mill Lane run until dawn.\n",
    );
    write(
        dir.path(),
        "notes.md",
        "# Tram line to mill\n\nWork on the rails starts in May.\n",
    );
    let term = start_on(dir.path(), "Ferry crews at dawn");
    let screen = term.wait_text("Night bakery wins");
    term.wait_text("Tram line to mill");
    let col = reader_col(&screen).expect("a reader pane");
    assert!(
        focused_border(&screen, 0, 0) && plain_border(&screen, 0, col),
        "the list should start focused:\n{}",
        dump(&screen)
    );
    open_reader(&term);
    let screen = term.screen();
    assert!(
        focused_border(&screen, 0, col) && plain_border(&screen, 0, 0),
        "the reader border should be the focused one:\n{}",
        dump(&screen)
    );
}

#[test]
fn j_and_space_scroll_the_reader() {
    let (_dir, term) = super::panes::ferry_article(40);
    open_reader(&term);
    let screen = term.wait_for("the position indicator", |s| position(s).is_some());
    let (_, first, total) = position(&screen).expect("position");
    let top = reader_top(&screen);
    assert!(top.contains("Ferry crews at dawn"), "{}", dump(&screen));
    assert!(total > first, "article should not fit:\n{}", dump(&screen));

    term.send("j");
    let screen = term.wait_for("j to scroll one line", |s| {
        position(s).is_some_and(|(_, bottom, _)| bottom == first + 1)
    });
    let after_j = reader_top(&screen);
    assert_ne!(
        after_j,
        top,
        "j should change the top line:\n{}",
        dump(&screen)
    );

    term.send(" ");
    let screen = term.wait_for("space to scroll a page", |s| {
        position(s).is_some_and(|(_, bottom, _)| bottom > first + 10)
    });
    let (percent, bottom, _) = position(&screen).expect("position");
    assert!(percent > 0 && percent < 100, "{}", dump(&screen));
    assert!(bottom <= total, "{}", dump(&screen));
    let after_space = reader_top(&screen);
    assert_ne!(
        after_space,
        after_j,
        "space should change the top line:\n{}",
        dump(&screen)
    );
    assert!(
        after_space.contains("Paragraph") || after_space.contains("counting"),
        "expected body text at the top:\n{}",
        dump(&screen)
    );
}

#[test]
fn question_mark_shows_help_and_esc_closes_it() {
    let (_dir, term) = super::panes::ferry_article(2);
    term.send("?");
    let screen = term.wait_text("Down one row or line");
    for text in ["Next section", "Outline of sections"] {
        assert!(
            screen.contents().contains(text),
            "help lacks {text:?}:\n{}",
            dump(&screen)
        );
    }
    // More bindings than rows: the overlay scrolls to the last ones.
    term.send("G");
    term.wait_text("Quit (or close the open overlay)");
    term.send_key(Key::Esc);
    term.wait_gone("Quit (or close the open overlay)");
    term.wait_text("Ferry crews at dawn");
}
