//! byline's screen as panes: where the reader is, what it shows, where it is.

use std::fmt::Write;
use std::path::Path;

use super::harness::{Spawn, Term, cell, row, size};

/// The focused pane's border colour in the default theme (cyan, bold).
pub const FOCUSED: vt100::Color = vt100::Color::Idx(6);
/// Other panes' border colour (dark grey).
pub const UNFOCUSED: vt100::Color = vt100::Color::Idx(8);

/// Write an article file into `dir`.
pub fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write an article");
}

/// A plain-text article: a title line, then `paragraphs` numbered paragraphs.
pub fn long_article(title: &str, paragraphs: usize) -> String {
    let mut text = format!("{title}\n\n");
    for n in 1..=paragraphs {
        writeln!(
            text,
            "Paragraph {n} follows the ferry crews through a wet morning on the pier, \
             counting ropes and crates before the tide turns.\n"
        )
        .expect("write to a String");
    }
    text
}

/// Start byline on `dir` and wait until the list shows `title`.
pub fn start_on(dir: &Path, title: &str) -> Term {
    let term = super::harness::Spawn::new(&[dir.to_string_lossy()]).start();
    term.wait_text(title);
    term
}

/// byline on `dir` at `cols` x `rows`, its data folder in `data` (shared between
/// runs, so the reading state survives a restart), once `title` shows.
pub fn start_with_data(dir: &Path, data: &Path, (cols, rows): (u16, u16), title: &str) -> Term {
    let mut spawn = Spawn::new(&[dir.to_string_lossy()]).size(cols, rows);
    spawn
        .env
        .push(("XDG_DATA_HOME".into(), data.to_string_lossy().into_owned()));
    let term = spawn.start();
    term.wait_text(title);
    term
}

/// A folder holding one article, "Ferry crews at dawn" with `paragraphs`
/// paragraphs, and byline started on it (the list shows the title). Keep the
/// folder alive as long as the terminal.
pub fn ferry_article(paragraphs: usize) -> (tempfile::TempDir, Term) {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        &long_article("Ferry crews at dawn", paragraphs),
    );
    let term = start_on(dir.path(), "Ferry crews at dawn");
    (dir, term)
}

/// The column of the reader pane's left border (the second `╭` on the top row).
pub fn reader_col(screen: &vt100::Screen) -> Option<u16> {
    let (_, cols) = size(screen);
    (1..cols).find(|&c| screen.cell(0, c).is_some_and(|x| x.contents() == "╭"))
}

/// `len` cells of `row` from `col`, as text.
pub fn span(screen: &vt100::Screen, r: u16, col: u16, len: u16) -> String {
    (col..col.saturating_add(len))
        .map(|c| {
            let t = cell(screen, r, c).text;
            if t.is_empty() { " ".to_string() } else { t }
        })
        .collect()
}

/// The reader's first text row, trimmed (the row under its top border).
pub fn reader_top(screen: &vt100::Screen) -> String {
    let (_, cols) = size(screen);
    let col = reader_col(screen).unwrap_or(0) + 1;
    span(screen, 1, col, cols.saturating_sub(col + 1))
        .trim()
        .to_string()
}

/// The reader's "NN% a/b" indicator as (percent, bottom line, total lines).
pub fn position(screen: &vt100::Screen) -> Option<(u32, u32, u32)> {
    let (rows, _) = size(screen);
    (0..rows).find_map(|r| parse_position(&row(screen, r)))
}

fn parse_position(line: &str) -> Option<(u32, u32, u32)> {
    line.split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .find_map(|w| {
            let percent = w.first()?.strip_suffix('%')?.parse().ok()?;
            let (a, b) = w.get(1)?.split_once('/')?;
            Some((
                percent,
                a.parse().ok()?,
                b.trim_end_matches('─').parse().ok()?,
            ))
        })
}

/// Whether the border cell at (row, col) is drawn in the focused style.
pub fn focused_border(screen: &vt100::Screen, r: u16, col: u16) -> bool {
    let c = cell(screen, r, col);
    c.fg == FOCUSED && c.bold
}

/// Whether the border cell at (row, col) is drawn in the unfocused style.
pub fn plain_border(screen: &vt100::Screen, r: u16, col: u16) -> bool {
    let c = cell(screen, r, col);
    c.fg == UNFOCUSED && !c.bold
}

/// Open the selected article in the reader and wait until the reader has focus.
pub fn open_reader(term: &Term) {
    term.send_key(super::harness::Key::Enter);
    term.wait_for("the reader pane to take focus", |s| {
        reader_col(s).is_some_and(|c| focused_border(s, 0, c)) && plain_border(s, 0, 0)
    });
}
