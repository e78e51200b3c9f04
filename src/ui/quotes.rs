//! The quotations overlay: every quotation with its speaker and section.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::pick::PickView;
use crate::state::{State, overlay_quotes};
use crate::theme::Theme;

pub struct QuotesView<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
    pub selected: usize,
}

/// One row per listed quotation: (“text”, "speaker · §N heading").
pub fn rows(state: &State) -> Vec<(String, String)> {
    let Some(article) = state.article() else {
        return Vec::new();
    };
    overlay_quotes(state)
        .into_iter()
        .filter_map(|q| article.quotes.get(q))
        .map(|quote| {
            let n = quote.section + 1;
            let section = match article
                .sections
                .get(quote.section)
                .and_then(|s| s.heading.as_deref())
            {
                Some(h) => format!("§{n} {h}"),
                None => format!("§{n}"),
            };
            let speaker = quote.speaker.as_deref().unwrap_or("—");
            let indent = "  ".repeat(usize::from(quote.depth));
            (
                format!("{indent}“{}”", quote.text.replace('\n', " ")),
                format!(" {speaker} · {section}"),
            )
        })
        .collect()
}

impl Widget for &QuotesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = rows(self.state);
        PickView {
            title: format!("Quotations {} · enter jumps", rows.len()),
            rows,
            selected: Some(self.selected),
            offset: 0,
            theme: self.theme,
            empty: "No quotations",
        }
        .render(area, buf);
    }
}
