//! Numbered links and tags, end to end.

use super::harness::{Key, Term, dump};
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

#[test]
fn slash_hash_filters_the_list_by_tag_and_the_title_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "vines.md",
        "---\ntitle: Vines climb\ntags: [wine, Portugal]\n---\n\nRobots prune.\n",
    );
    write(
        dir.path(),
        "bars.md",
        "---\ntitle: Wine bars close\ntags: [nightlife]\n---\n\nLast orders.\n",
    );
    write(
        dir.path(),
        "grass.md",
        "---\ntitle: Seagrass returns\ntags: [malta, wine]\n---\n\nMeadows grow.\n",
    );
    let term = start_on(dir.path(), "Vines climb");
    term.wait_text("Seagrass returns");
    term.send("/#WINE");
    term.send_key(Key::Enter);
    let screen = term.wait_gone("Wine bars close");
    let text = term.screen_text();
    assert!(text.contains("Vines climb"), "{}", dump(&screen));
    assert!(text.contains("Seagrass returns"), "{}", dump(&screen));
    assert!(
        term.row(0).contains("2/3 · ") && term.row(0).contains("/#WINE"),
        "{}",
        dump(&screen)
    );
    // The tags overlay, before any article was opened: counts from the heads.
    term.send_key(Key::Esc);
    term.wait_text("Wine bars close");
    term.send("#");
    let screen = term.wait_text("#nightlife");
    let wine = find(&term, "│ #wine ").expect("#wine");
    let night = find(&term, "│ #nightlife ").expect("#nightlife");
    assert!(wine.0 < night.0, "most used first:\n{}", dump(&screen));
    assert!(term.row(wine.0).contains(" 2 │"), "{}", dump(&screen));
    term.send("G");
    term.send_key(Key::Enter);
    let screen = term.wait_gone("Seagrass returns");
    let text = term.screen_text();
    assert!(
        text.contains("Vines climb") && !text.contains("Wine bars close"),
        "{}",
        dump(&screen)
    );
    assert!(term.row(0).contains("/#Portugal"), "{}", dump(&screen));
}
