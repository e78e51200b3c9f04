//! Quote mode. Needs the quotation detector: it fails until that lands.

use super::harness::{Term, dump, find};
use super::panes::{open_reader, start_on, write};

const QUOTE: &str = "We will rebuild the harbour";
const QUOTE_FG: vt100::Color = vt100::Color::Idx(2);

/// A short article with one attributed quotation, open in quote mode.
fn harbour_in_quote_mode(dir: &std::path::Path) -> Term {
    write(
        dir,
        "harbour.txt",
        "Storm shuts quay\n\n\
         The council met on Monday after the storm.\n\n\
         \"We will rebuild the harbour,\" said Mayor Ana Lund.\n\n\
         Boats will moor at the west pier until spring.\n",
    );
    let term = start_on(dir, "Storm shuts quay");
    open_reader(&term);
    term.wait_text(QUOTE);
    term.send("\"");
    term
}

#[test]
fn quote_mode_highlights_quotations() {
    let dir = tempfile::tempdir().expect("tempdir");
    let term = harbour_in_quote_mode(dir.path());
    let screen = term.wait_for("the quotation drawn in the quote style", |s| {
        find(s, QUOTE).is_some_and(|(r, c)| {
            s.cell(r, c)
                .is_some_and(|x| x.fgcolor() == QUOTE_FG && x.bold())
        })
    });
    let (r, c) = find(&screen, QUOTE).expect("the quotation");
    let len = u16::try_from(QUOTE.chars().count()).expect("short");
    // The opening mark, the words, the comma and the closing mark.
    for col in c - 1..c + len + 2 {
        let cell = super::harness::cell(&screen, r, col);
        assert!(
            cell.fg == QUOTE_FG && cell.bold,
            "cell {r},{col} {cell:?} is not in the quote style:\n{}",
            dump(&screen)
        );
    }
    for words in ["said Mayor Ana Lund", "The council met on Monday"] {
        let (wr, wc) = find(&screen, words).expect("the surrounding words");
        for col in wc..wc + u16::try_from(words.len()).expect("short") {
            let cell = super::harness::cell(&screen, wr, col);
            if cell.text.trim().is_empty() {
                continue;
            }
            assert!(
                cell.dim && cell.fg != QUOTE_FG,
                "cell {wr},{col} {cell:?} of {words:?} is not dimmed:\n{}",
                dump(&screen)
            );
        }
    }
}

/// At 80 columns the reader has no margin for speakers: the name goes under
/// the paragraph on a row of its own, and the blank row before the next
/// paragraph stays.
#[test]
fn a_speaker_under_the_paragraph_keeps_the_spacing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let term = harbour_in_quote_mode(dir.path());
    let screen = term.wait_text("— Ana Lund");
    let (name, _) = find(&screen, "— Ana Lund").expect("the speaker");
    let (next, _) = find(&screen, "Boats will moor").expect("the next paragraph");
    assert_eq!(next, name + 2, "a blank row between:\n{}", dump(&screen));
}
