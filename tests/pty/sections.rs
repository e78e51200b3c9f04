//! Sections of a Markdown article: `]`, `[`, the outline and `1`.

use std::fmt::Write;

use super::harness::{Key, Term, dump, find};
use super::panes::{open_reader, reader_top, start_on, write};

const TITLE: &str = "Council plans quay";

/// `# Title`, a lead paragraph, then four `## Heading N` sections of eight
/// paragraphs each: every heading after the first is off-screen at the top.
fn article() -> String {
    let mut text =
        format!("# {TITLE}\n\nThe council met on Tuesday evening to talk about the quay.\n\n");
    for h in 1..=4 {
        writeln!(text, "## Heading {h}\n").expect("write to a String");
        for p in 1..=8 {
            writeln!(
                text,
                "Paragraph {p} of part {h} weighs the cost of new stone against \
                 the patience of the fishing families.\n"
            )
            .expect("write to a String");
        }
    }
    text
}

fn wait_top(term: &Term, what: &str, want: &str) {
    term.wait_for(what, |s| reader_top(s) == want);
}

#[test]
fn brackets_outline_and_digits_move_between_sections() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "council.md", &article());
    let term = start_on(dir.path(), TITLE);
    open_reader(&term);
    let screen = term.wait_for("the article title at the top", |s| reader_top(s) == TITLE);
    assert!(
        !screen.contents().contains("Heading 2"),
        "Heading 2 should start off-screen:\n{}",
        dump(&screen)
    );

    term.send("]");
    wait_top(&term, "] to reach Heading 1", "Heading 1");
    term.send("]");
    wait_top(&term, "] again to reach Heading 2", "Heading 2");
    term.send("[");
    wait_top(&term, "[ to go back to Heading 1", "Heading 1");

    term.send("o");
    let screen = term.wait_text("Outline · enter jump");
    for h in 1..=4 {
        let row = format!("{} Heading {h}", h + 1);
        assert!(
            find(&screen, &row).is_some(),
            "outline lacks {row:?}:\n{}",
            dump(&screen)
        );
    }
    term.send("j");
    term.wait_for("j to select Heading 2 in the outline", |s| {
        find(s, "3 Heading 2").is_some_and(|(r, c)| s.cell(r, c).is_some_and(vt100::Cell::inverse))
    });
    term.send_key(Key::Enter);
    term.wait_gone("Outline · enter jump");
    wait_top(&term, "enter to jump to Heading 2", "Heading 2");

    term.send("1");
    wait_top(&term, "1 to return to the top", TITLE);
}
