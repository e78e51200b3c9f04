//! The outline overlay: sections with word and quotation counts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::popup;
use crate::article::OutlineRow;
use crate::theme::Theme;

pub(crate) struct OutlineView<'a> {
    /// Counted when the outline opened (`Overlay::Outline`), not per frame.
    pub rows: &'a [OutlineRow],
    /// The section the reader is in (marked).
    pub current: usize,
    pub theme: &'a Theme,
    pub selected: usize,
    /// The keys that act here, as the status bar says them.
    pub hints: String,
}

impl Widget for &OutlineView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (rows, current) = (self.rows, self.current);
        let height = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
        let inner = popup::frame(
            area,
            buf,
            64,
            height,
            &format!("Outline · {}", self.hints),
            self.theme.border_focused,
        );
        let visible = usize::from(inner.height);
        let offset = popup::offset_for(self.selected, visible);
        for (i, row) in rows.iter().enumerate().skip(offset).take(visible) {
            let OutlineRow {
                heading,
                words,
                quotes,
            } = row;
            let y = inner.y + u16::try_from(i - offset).unwrap_or(0);
            let marker = if i == current { "●" } else { " " };
            let counts = format!("{words:>5} w {quotes:>3} q");
            let w = usize::from(inner.width);
            let head_w = w.saturating_sub(counts.len() + 7);
            let text = format!(
                "{marker}{:>2} {:<head_w$} {counts} ",
                i + 1,
                super::text::fit(heading, head_w)
            );
            let mut style = self.theme.help;
            if i == self.selected {
                style = style.patch(self.theme.selected);
            }
            Line::from(Span::styled(text, style)).render(
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
