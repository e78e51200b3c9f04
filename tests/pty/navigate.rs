//! Moving around with arrows and tab; resizing; a terminal too small to draw in.

use super::harness::{Key, Spawn, Term, dump, size};
use super::panes::{
    focused_border, open_reader, plain_border, position, reader_col, reader_top, start_on, write,
};

/// The list row drawn inverse (the selection), if any.
fn selected_row(term: &Term) -> Option<u16> {
    let (rows, _) = size(&term.screen());
    (1..rows.saturating_sub(2)).find(|&r| term.cell(r, 2).inverse)
}

fn wait_list_focus(term: &Term) {
    term.wait_for("the list to take focus", |s| {
        focused_border(s, 0, 0) && reader_col(s).is_some_and(|c| plain_border(s, 0, c))
    });
}

#[test]
fn arrows_move_the_selection_and_tab_switches_panes() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.txt",
        "Alpha ferry news\n\nThe ferry ran late.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Bravo bakery news\n\nThe bread sold out.\n",
    );
    let term = start_on(dir.path(), "Alpha ferry news");
    term.wait_text("Bravo bakery news");
    let first = term.wait_for("a selected row", |_| selected_row(&term).is_some());
    let first_row = selected_row(&term).expect("selection");
    let first_title = term.row(first_row);

    term.send_key(Key::Down);
    term.wait_for("down to move the selection", |_| {
        selected_row(&term) == Some(first_row + 1)
    });
    let second_title = term.row(first_row + 1);
    assert_ne!(first_title, second_title, "{}", dump(&first));
    let second_file = if second_title.contains("Alpha") {
        "a.txt"
    } else {
        "b.txt"
    };
    term.wait_for("the reader to preview the new selection", |s| {
        super::harness::row(s, 0).contains(second_file)
    });
    term.send_key(Key::Up);
    term.wait_for("up to move the selection back", |_| {
        selected_row(&term) == Some(first_row)
    });

    term.send_key(Key::Right);
    term.wait_for("right to focus the reader", |s| {
        reader_col(s).is_some_and(|c| focused_border(s, 0, c)) && plain_border(s, 0, 0)
    });
    term.send_key(Key::Left);
    wait_list_focus(&term);
    term.send_key(Key::Tab);
    term.wait_for("tab to focus the reader", |s| {
        reader_col(s).is_some_and(|c| focused_border(s, 0, c))
    });
    term.send_key(Key::Tab);
    wait_list_focus(&term);
    open_reader(&term);
}

#[test]
fn resizing_redraws_the_panes_at_the_new_size() {
    let (_dir, term) = super::panes::ferry_article(40);
    open_reader(&term);
    let before = term.wait_for("the position indicator", |s| position(s).is_some());
    let (_, bottom, total) = position(&before).expect("position");
    term.resize(70, 20);
    let after = term.wait_for("the bottom border on the new last rows", |s| {
        super::harness::row(s, 18).contains('╯') && position(s).is_some()
    });
    let (_, new_bottom, new_total) = position(&after).expect("position");
    assert!(
        new_bottom < bottom && new_total > total,
        "a smaller pane shows fewer, narrower lines ({bottom}/{total} before):\n{}",
        dump(&after)
    );
    let top = reader_top(&after);
    assert!(top.contains("Ferry crews at dawn"), "{}", dump(&after));
    term.resize(20, 5);
    term.wait_text("Terminal too small");
    term.resize(100, 30);
    term.wait_for("the panes to come back", |s| {
        super::harness::row(s, 28).contains('╯') && !s.contents().contains("too small")
    });
}

#[test]
fn a_tiny_terminal_says_so_and_still_quits() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.txt",
        "Alpha ferry news\n\nThe ferry ran late.\n",
    );
    let mut term = Spawn::new(&[dir.path().to_string_lossy()])
        .size(20, 5)
        .start();
    term.wait_text("Terminal too small");
    term.quit_cleanly();
}
