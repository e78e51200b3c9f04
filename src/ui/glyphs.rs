//! What a cell shows for a grapheme cluster whose width terminals disagree on.
//!
//! ratatui gives a cluster the width `unicode-width` gives the whole string: an
//! emoji ZWJ sequence (👨‍👩‍👧‍👦), a modifier sequence (👍🏽), an emoji with VS16 (❤️)
//! or a keycap is 2 columns. Many terminals (tmux 3.3a among them) add up the
//! widths of the code points instead, and draw 👨‍👩‍👧‍👦 over 8 columns; many draw a
//! regional indicator 2 columns wide. Either way the terminal's cursor and
//! byline's idea of the screen part, and glyphs are left behind.
//!
//! So a cluster is drawn as something every terminal gives the same width:
//! - a flag (regional indicators) as its letters, `🇺🇸` as `US`;
//! - any other cluster whose width is not the sum of its code points' widths,
//!   or that holds tag characters (🏴 subdivision flags), as its first code
//!   point, padded with spaces to the cluster's width: `👨‍👩‍👧‍👦` is `👨`, `❤️` is `❤ `.
//!
//! Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
//! removed: a terminal that honours them reorders the rest of the line. The
//! decoder removes them from article text already; this is for everything else.
//! The replacement always has the width ratatui gave the cell, so the layout
//! is unchanged.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::parse::decode::is_bidi_control;

const REGIONAL_A: u32 = 0x1F1E6;

fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_tag(c: char) -> bool {
    ('\u{E0000}'..='\u{E007F}').contains(&c)
}

/// What to draw instead of `symbol` (one cell's grapheme cluster, maybe with
/// zero-width characters appended), or `None` when it is safe as it is.
pub fn safe_symbol(symbol: &str) -> Option<String> {
    if symbol.is_ascii() {
        return None;
    }
    if symbol.chars().any(is_bidi_control) {
        let rest: String = symbol.chars().filter(|&c| !is_bidi_control(c)).collect();
        return Some(match safe_symbol(&rest) {
            Some(safe) => safe,
            None if rest.is_empty() => " ".to_owned(),
            None => rest,
        });
    }
    let width = symbol.width();
    let mut chars = symbol.chars();
    let first = chars.next()?;
    if is_regional(first) {
        let letters = symbol
            .chars()
            .filter(|&c| is_regional(c))
            .filter_map(|c| char::from_u32(u32::from('A') + (u32::from(c) - REGIONAL_A)));
        return Some(padded(letters, width));
    }
    let sum: usize = symbol.chars().map(|c| c.width().unwrap_or(0)).sum();
    if sum == width && !symbol.chars().any(|c| is_regional(c) || is_tag(c)) {
        return None;
    }
    let first_width = first.width().unwrap_or(0);
    if first_width == 0 || first_width > width {
        return Some(padded(std::iter::repeat_n('?', width), width));
    }
    Some(padded(std::iter::once(first), width))
}

/// The characters (each one column wide, or `first` of its own width) that fit
/// in `width` columns, then spaces up to `width`.
fn padded(chars: impl Iterator<Item = char>, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in chars {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    if out.is_empty() {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_terminals_disagree_on_become_known_widths() {
        let cases = [
            ("🇺🇸", "US"),
            ("🇺", "U"),
            ("👨\u{200d}👩\u{200d}👧\u{200d}👦", "👨"),
            ("👩\u{200d}💻", "👩"),
            ("👍🏽", "👍"),
            ("❤\u{fe0f}", "❤ "),
            ("1\u{fe0f}\u{20e3}", "1 "),
            (
                "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
                "🏴",
            ),
            ("🏳\u{fe0f}\u{200d}🌈", "🏳 "),
            ("⌚\u{fe0e}", "?"),
        ];
        for (cluster, shown) in cases {
            assert_eq!(safe_symbol(cluster).as_deref(), Some(shown), "{cluster:?}");
            assert_eq!(shown.width(), cluster.width(), "{cluster:?}");
        }
    }

    #[test]
    fn ordinary_text_stays() {
        for s in [
            "a",
            "é",
            "e\u{301}",
            "東",
            "👨",
            "क\u{94d}\u{200d}ष",
            "—",
            "“",
        ] {
            assert_eq!(safe_symbol(s), None, "{s:?}");
        }
    }

    #[test]
    fn bidi_controls_are_removed() {
        assert_eq!(safe_symbol("a\u{202e}").as_deref(), Some("a"));
        assert_eq!(safe_symbol("\u{2067}").as_deref(), Some(" "));
        assert_eq!(safe_symbol("🇺🇸\u{202c}").as_deref(), Some("US"));
    }
}
