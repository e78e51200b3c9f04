//! The quotations overlay: every quotation with its speaker and section.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::list::fit;
use super::popup;
use crate::state::{State, overlay_quotes};
use crate::theme::Theme;

pub struct QuotesView<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
    pub selected: usize,
}

impl Widget for &QuotesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(article) = self.state.article() else {
            return;
        };
        let listed = overlay_quotes(self.state);
        let height = u16::try_from(listed.len() + 2).unwrap_or(u16::MAX);
        let title = format!("Quotations {} · enter jumps", listed.len());
        let inner = popup::frame(area, buf, 100, height, &title, self.theme.border_focused);
        let visible = usize::from(inner.height);
        let w = usize::from(inner.width);
        let offset = popup::offset_for(self.selected, visible);
        for (i, &q) in listed.iter().enumerate().skip(offset).take(visible) {
            let Some(quote) = article.quotes.get(q) else {
                continue;
            };
            let y = inner.y + u16::try_from(i - offset).unwrap_or(0);
            let section = article
                .sections
                .get(quote.section)
                .and_then(|s| s.heading.as_deref())
                .map_or_else(
                    || format!("§{}", quote.section + 1),
                    |h| format!("§{} {h}", quote.section + 1),
                );
            let speaker = quote.speaker.as_deref().unwrap_or("—");
            let right = fit(&format!(" {speaker} · {section}"), w / 2);
            let indent = "  ".repeat(usize::from(quote.depth));
            let text = quote.text.replace('\n', " ");
            let left_w = w.saturating_sub(right.width() + 1);
            let left = fit(&format!(" {indent}“{text}”"), left_w);
            let gap = " ".repeat(left_w.saturating_sub(left.width()));
            let selected = i == self.selected;
            let (ls, rs) = if selected {
                (
                    self.theme.help.patch(self.theme.selected),
                    self.theme.speaker.patch(self.theme.selected),
                )
            } else {
                (self.theme.help, self.theme.speaker)
            };
            Line::from(vec![
                Span::styled(format!("{left}{gap}"), ls),
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
