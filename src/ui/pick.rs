//! A list overlay: rows of text with a note on the right, and a selected row
//! (links, quotations, skipped files, full-text hits).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::popup;
use super::text::fit;
use crate::theme::Theme;

/// One row: its text, and a note drawn on the right (cut first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PickRow {
    pub text: String,
    pub note: String,
}

impl From<(String, String)> for PickRow {
    fn from((text, note): (String, String)) -> Self {
        Self { text, note }
    }
}

pub(crate) struct PickView<'a> {
    pub title: String,
    pub rows: Vec<PickRow>,
    /// `None`: a read-only list scrolled to `offset`.
    pub selected: Option<usize>,
    pub offset: usize,
    pub theme: &'a Theme,
    pub empty: &'a str,
}

impl Widget for &PickView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let height = u16::try_from(self.rows.len().max(1) + 2).unwrap_or(u16::MAX);
        let inner = popup::frame(
            area,
            buf,
            100,
            height,
            &self.title,
            self.theme.border_focused,
        );
        let visible = usize::from(inner.height);
        let w = usize::from(inner.width);
        if self.rows.is_empty() {
            buf.set_stringn(
                inner.x + 1,
                inner.y,
                self.empty,
                w.saturating_sub(1),
                self.theme.help,
            );
            return;
        }
        let offset = match self.selected {
            Some(s) => popup::offset_for(s, visible),
            None => self.offset.min(self.rows.len().saturating_sub(visible)),
        };
        for (i, row) in self.rows.iter().enumerate().skip(offset).take(visible) {
            let y = inner.y + u16::try_from(i - offset).unwrap_or(0);
            let right = fit(&row.note, w / 2);
            let left_w = w.saturating_sub(right.width() + 2);
            let left = fit(&row.text, left_w);
            let gap = " ".repeat(left_w.saturating_sub(left.width()));
            let (ls, rs) = if self.selected == Some(i) {
                (
                    self.theme.help.patch(self.theme.selected),
                    self.theme.speaker.patch(self.theme.selected),
                )
            } else {
                (self.theme.help, self.theme.speaker)
            };
            Line::from(vec![
                Span::styled(format!(" {left}{gap}"), ls),
                Span::styled(format!("{right} "), rs),
            ])
            .render(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
    }
}
