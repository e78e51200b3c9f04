//! Reading the parsed screen: rows, cells with their attributes, text search.

/// One cell of the screen with the attributes tests assert on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub fg: vt100::Color,
    pub bg: vt100::Color,
    pub bold: bool,
    pub dim: bool,
    pub italic: bool,
    pub underline: bool,
    pub inverse: bool,
}

/// The screen's (rows, columns).
pub fn size(screen: &vt100::Screen) -> (u16, u16) {
    let (rows, cols) = screen.size();
    (rows.get(), cols.get())
}

/// The whole screen, one line per row, with row numbers for failure messages.
pub fn dump(screen: &vt100::Screen) -> String {
    let (rows, _) = size(screen);
    (0..rows)
        .map(|r| format!("{r:2}|{}", row(screen, r)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Row `i`'s text: every cell, blanks as spaces.
pub fn row(screen: &vt100::Screen, i: u16) -> String {
    let (_, cols) = size(screen);
    (0..cols)
        .filter_map(|c| screen.cell(i, c))
        .filter(|c| !c.is_wide_continuation())
        .map(|c| {
            if c.has_contents() {
                c.contents().to_string()
            } else {
                " ".to_string()
            }
        })
        .collect()
}

pub fn cell(screen: &vt100::Screen, row: u16, col: u16) -> Cell {
    let c = screen
        .cell(row, col)
        .unwrap_or_else(|| panic!("no cell at {row},{col}:\n{}", dump(screen)));
    Cell {
        text: c.contents().to_string(),
        fg: c.fgcolor(),
        bg: c.bgcolor(),
        bold: c.bold(),
        dim: c.dim(),
        italic: c.italic(),
        underline: c.underline(),
        inverse: c.inverse(),
    }
}

/// Where `text` starts on the screen: (row, column in cells), first match.
pub fn find(screen: &vt100::Screen, text: &str) -> Option<(u16, u16)> {
    let (rows, cols) = size(screen);
    for r in 0..rows {
        for c in 0..cols {
            let found = text.chars().enumerate().all(|(i, ch)| {
                u16::try_from(i)
                    .ok()
                    .and_then(|i| screen.cell(r, c + i))
                    .is_some_and(|cell| {
                        cell.contents() == ch.to_string() || (ch == ' ' && !cell.has_contents())
                    })
            });
            if found {
                return Some((r, c));
            }
        }
    }
    None
}
