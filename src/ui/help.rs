//! The help overlay: every key binding, generated from the active keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::popup;
use crate::action::Action;
use crate::keymap::Keymap;
use crate::state::Overlay;
use crate::theme::Theme;

/// The help overlay: draws the rows it is given.
pub(crate) struct HelpView<'a> {
    pub rows: &'a [HelpRow],
    /// For the hints in the title and the "more" mark.
    pub keys: &'a Keymap,
    pub theme: &'a Theme,
    pub scroll: usize,
}

/// One row of the help: the keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HelpRow {
    pub keys: String,
    pub description: String,
}

impl HelpRow {
    fn new(keys: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            keys: keys.into(),
            description: description.into(),
        }
    }
}

/// The rows for a keymap: the nine sections share one row.
pub fn rows(keys: &Keymap) -> Vec<HelpRow> {
    let mut out: Vec<HelpRow> = Vec::new();
    let mut digits: Vec<String> = Vec::new();
    let mut sections = None;
    for (action, names) in keys.bindings() {
        match action {
            Action::Section(_) => {
                if sections.is_none() {
                    sections = Some(out.len());
                    out.push(HelpRow::new(String::new(), action.description()));
                }
                digits.extend(names);
            }
            _ => out.push(HelpRow::new(names.join(", "), action.description())),
        }
    }
    if let Some(row) = sections.and_then(|i| out.get_mut(i)) {
        row.keys = match (digits.first(), digits.last()) {
            (Some(a), Some(b)) if digits.len() > 2 => format!("{a}…{b}"),
            _ => digits.join(", "),
        };
    }
    out.push(HelpRow::new("ctrl-c", "Quit at once"));
    out
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = self.rows;
        let key_w = rows
            .iter()
            .map(|r| r.keys.width())
            .max()
            .unwrap_or(0)
            .min(24);
        let desc_w = rows
            .iter()
            .map(|r| r.description.width())
            .max()
            .unwrap_or(0);
        let col_w = key_w + desc_w + 4;
        // Two columns when one does not fit the height and two fit the width.
        let fits_tall = rows.len() + 2 <= usize::from(area.height.saturating_sub(2));
        let columns = if !fits_tall && 2 * col_w + 2 <= usize::from(area.width.saturating_sub(2)) {
            2
        } else {
            1
        };
        let per_column = rows.len().div_ceil(columns);
        let width = u16::try_from(columns * col_w + 2).unwrap_or(u16::MAX);
        let height = u16::try_from(per_column + 2).unwrap_or(u16::MAX);
        let hints = super::status::overlay_hints(&Overlay::Help { scroll: 0 }, self.keys);
        let title = if hints.is_empty() {
            "Keys".to_string()
        } else {
            format!("Keys · {hints}")
        };
        let inner = popup::frame(area, buf, width, height, &title, self.theme.border_focused);
        let visible = usize::from(inner.height);
        let scroll = self.scroll.min(per_column.saturating_sub(visible));
        for column in 0..columns {
            let x = inner.x + u16::try_from(column * col_w).unwrap_or(0);
            let rows_here = rows.iter().skip(column * per_column).take(per_column);
            for (i, HelpRow { keys, description }) in
                rows_here.skip(scroll).take(visible).enumerate()
            {
                let y = inner.y + u16::try_from(i).unwrap_or(0);
                let pad = key_w.saturating_sub(keys.width());
                Line::from(vec![
                    Span::styled(
                        format!(" {}{} ", super::text::fit(keys, key_w), " ".repeat(pad)),
                        self.theme.help_key,
                    ),
                    Span::styled(super::text::fit(description, desc_w), self.theme.help),
                ])
                .render(
                    Rect {
                        x,
                        y,
                        width: u16::try_from(col_w)
                            .unwrap_or(u16::MAX)
                            .min(inner.right().saturating_sub(x)),
                        height: 1,
                    },
                    buf,
                );
            }
        }
        if scroll + visible < per_column {
            let more = match self.keys.keys_of(Action::Down) {
                [] => " more ".to_string(),
                down => {
                    let names: Vec<&str> = down.iter().take(2).map(|(_, n)| n.as_str()).collect();
                    format!(" more: {} ", names.join("/"))
                }
            };
            let more = more.as_str();
            let x = inner
                .right()
                .saturating_sub(u16::try_from(more.width()).unwrap_or(0) + 1);
            buf.set_stringn(
                x,
                inner.bottom(),
                more,
                more.width(),
                self.theme.border_focused,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_section_numbers_sit_with_the_other_section_keys() {
        let rows = rows(&Keymap::default());
        let at = |keys: &str| rows.iter().position(|r| r.keys == keys);
        let prev = at("[").unwrap_or_default();
        assert_eq!(at("1…9"), Some(prev + 1), "{rows:#?}");
        assert!(at("q") > at("1…9"));
    }
}
