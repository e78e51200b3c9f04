//! Glyphs whose width terminals disagree on (emoji ZWJ sequences, flags, emoji
//! with modifiers or VS16) and bidi controls: what byline draws for them leaves
//! nothing behind when the article changes, and switching articles repaints the
//! whole reader pane (issue #12 item 2).

use super::harness::{Term, dump};
use super::panes::{start_on, write};

const ALPHA: &str = "Alpha flags and families\n\n\
    Flag 🇺🇸\n\n\
    Family 👨\u{200d}👩\u{200d}👧\u{200d}👦\n\n\
    Coder 👩\u{200d}💻 heart ❤\u{fe0f} thumb 👍🏽\n\n\
    Override abc\u{202e}def ghi\u{202c} and \u{2067}isolate\u{2069} end.\n";

const BETA: &str = "Beta plain\n\nA short plain paragraph.\n";

/// Both articles in a folder, byline started on it and showing Alpha in the reader.
fn started() -> (tempfile::TempDir, Term) {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "alpha.txt", ALPHA);
    write(dir.path(), "beta.txt", BETA);
    let term = start_on(dir.path(), "Beta plain");
    term.wait_text("Alpha flags");
    term.send(if alpha_first(&term) { "g" } else { "G" });
    term.wait_text("Override");
    (dir, term)
}

/// Whether Alpha is above Beta in the list.
fn alpha_first(term: &Term) -> bool {
    let text = term.screen_text();
    text.find("Alpha flags") < text.find("Beta plain")
}

/// Show Beta (the list has two; the reader follows the selection).
fn switch_to_beta(term: &Term) {
    term.send(if alpha_first(term) { "j" } else { "k" });
    term.wait_text("A short plain");
}

/// Cells holding any of `glyphs`.
fn cells_with(screen: &vt100::Screen, glyphs: &[&str]) -> Vec<(u16, u16, String)> {
    let (rows, cols) = screen.size();
    let mut found = Vec::new();
    for r in 0..rows.get() {
        for c in 0..cols.get() {
            let text = screen
                .cell(r, c)
                .map(|x| x.contents().to_string())
                .unwrap_or_default();
            if glyphs.iter().any(|g| text.contains(g)) {
                found.push((r, c, text));
            }
        }
    }
    found
}

/// Code points of the clusters that are not drawn (👩 is drawn for 👩‍💻).
const COMPONENTS: &[&str] = &["🇺", "🇸", "👧", "👦", "💻", "🏽", "\u{fe0f}", "\u{200d}"];

#[test]
fn disputed_width_clusters_leave_nothing_behind_when_the_article_changes() {
    let (_dir, term) = started();
    let alpha = term.wait_text("Coder");
    // A flag is drawn as its two letters, a sequence as its first emoji.
    let text = alpha.contents();
    assert!(text.contains("Flag US"), "{}", dump(&alpha));
    assert!(text.contains("Family 👨"), "{}", dump(&alpha));
    assert_eq!(cells_with(&alpha, COMPONENTS), [], "{}", dump(&alpha));
    switch_to_beta(&term);
    let beta = term.wait_gone("Coder");
    let left = cells_with(&beta, &[COMPONENTS, &["👨", "👩", "👍", "❤"]].concat());
    assert_eq!(left, [], "fragments left behind:\n{}", dump(&beta));
}

#[test]
fn bidi_controls_never_reach_the_terminal() {
    let (_dir, term) = started();
    term.wait_text("isolate");
    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    for c in ['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}'] {
        assert!(!raw.contains(c), "{c:?} was written");
    }
    for c in '\u{2066}'..='\u{2069}' {
        assert!(!raw.contains(c), "{c:?} was written");
    }
    assert!(
        term.screen_text().contains("abcdef ghi"),
        "{}",
        term.screen_text()
    );
}

#[test]
fn switching_articles_repaints_the_whole_reader_pane() {
    let (_dir, term) = started();
    // Something the terminal drew where byline thinks the pane is blank.
    term.glitch(b"\x1b7\x1b[22;70HSTALE\x1b8");
    assert!(term.screen_text().contains("STALE"));
    switch_to_beta(&term);
    let beta = term.wait_gone("Override");
    assert!(!beta.contents().contains("STALE"), "{}", dump(&beta));
}
