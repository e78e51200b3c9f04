//! An article full of terminal escape sequences and control characters: none of
//! them reaches the terminal. Each sequence carries a unique marker payload; the
//! raw bytes byline wrote must never hold a marker next to an ESC or C1 control.

use super::harness::Term;
use super::panes::{open_reader, start_on, write};

const MARKERS: &[&str] = &[
    "PWNCSI", "PWNTITLE", "PWNWIN", "PWNCLIP", "PWNLINK", "PWNDCS", "PWNC1", "PWNBEL",
];

fn hostile_article() -> String {
    [
        "Marker article\n\n",
        "Start \u{1b}[2J\u{1b}[HPWNCSI clear and home.\n\n",
        "Title \u{1b}]0;PWNTITLE\u{7} and \u{1b}]2;PWNWIN\u{1b}\\ end.\n\n",
        "Clip \u{1b}]52;c;PWNCLIP\u{7} end.\n\n",
        "Link \u{1b}]8;;http://PWNLINK.example/\u{1b}\\here\u{1b}]8;;\u{1b}\\ end.\n\n",
        "Dcs \u{1b}P1$qPWNDCS\u{1b}\\ end.\n\n",
        "Colour \u{1b}[31;41mRED\u{1b}[0m \u{9b}32mPWNC1 \u{9d}0;PWNC1\u{9c} end.\n\n",
        "Bell \u{7}\u{7}PWNBEL\u{8}\u{8}\u{8}XX\u{7f} end.\n\n",
        "Last paragraph stays plain.\n",
    ]
    .concat()
}

/// Where `needle` occurs in `hay`.
fn positions(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    hay.windows(needle.len())
        .enumerate()
        .filter_map(|(i, w)| (w == needle).then_some(i))
        .collect()
}

fn started() -> (tempfile::TempDir, Term) {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "evil.txt", &hostile_article());
    let term = start_on(dir.path(), "Marker article");
    open_reader(&term);
    term.wait_text("Last paragraph stays plain.");
    (dir, term)
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let (_dir, term) = started();
    let raw = term.raw();
    // Sequences byline itself never writes.
    for seq in [
        &b"\x1b]0;"[..],
        b"\x1b]2;",
        b"\x1b]52",
        b"\x1b]8;",
        b"\x1bP",
        b"\x07",
        b"\x08",
        b"\xc2\x9b",
        b"\xc2\x9d",
        b"\x9b",
    ] {
        assert!(positions(&raw, seq).is_empty(), "{seq:?} was written");
    }
    for marker in MARKERS {
        for at in positions(&raw, marker.as_bytes()) {
            let before = raw.get(at.saturating_sub(16)..at).unwrap_or_default();
            // byline's own styling may precede any text; an article's sequence
            // would sit right against its payload with ; or $q or http://.
            let tail = String::from_utf8_lossy(before);
            for evil in ["]0;", "]2;", "]52;c;", "8;;http://", "P1$q"] {
                assert!(!tail.contains(evil), "{marker} inside {evil}: {tail:?}");
            }
        }
    }
    let screen = term.screen();
    let text = screen.contents();
    assert!(text.contains("Marker article"), "{text}");
    assert!(text.contains("Start"), "the screen was cleared:\n{text}");
    // No colour bleed: the word after the red sequence looks like its neighbours.
    let (r, c) = super::harness::find(&screen, "RED").expect("RED on screen");
    let (r2, c2) = super::harness::find(&screen, "Colour").expect("Colour on screen");
    let red = screen.cell(r, c).expect("cell");
    let plain = screen.cell(r2, c2).expect("cell");
    assert_eq!(red.fgcolor(), plain.fgcolor());
    assert_eq!(red.bgcolor(), plain.bgcolor());
}
