//! Numbered links and tags, end to end.

use super::harness::{Term, dump};
use super::panes::{open_reader, start_on, write};

/// Where `text` starts on screen (a no-break space read as a space).
fn find(term: &Term, text: &str) -> Option<(u16, u16)> {
    let rows = term.screen().size().0.get();
    (0..rows).find_map(|r| {
        let row = term.row(r).replace('\u{a0}', " ");
        let at = row.find(text)?;
        Some((r, u16::try_from(row[..at].chars().count()).ok()?))
    })
}

#[test]
fn links_are_numbered_in_the_reader_and_l_lists_them_with_the_same_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.md",
        "# Quay reopens\n\nThe [harbour report](https://port.test/report) is out; \
         see https://port.test/map too.\n",
    );
    let term = start_on(dir.path(), "Quay reopens");
    open_reader(&term);
    let screen = term.wait_for("numbered links", |_| {
        find(&term, "report [1]").is_some() && find(&term, "map [2]").is_some()
    });
    let (row, col) = find(&term, "[1]").expect("the number");
    assert!(term.cell(row, col).dim, "{}", dump(&screen));
    assert!(!term.cell(row, col).underline, "{}", dump(&screen));
    term.send("L");
    term.wait_text("[1] harbour report");
    let screen = term.wait_text("[2] https://port.test/map");
    assert!(term.screen_text().contains("Links"), "{}", dump(&screen));
}
