//! The quotations overlay: every quotation with its speaker and section.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::pick::{PickRow, PickView};
use crate::article::Article;
use crate::doc::Doc;
use crate::theme::Theme;

/// The quotations overlay: the article's quotations that count in its layout.
pub(crate) struct QuotesView<'a> {
    pub article: Option<&'a Article>,
    pub doc: Option<&'a Doc>,
    pub theme: &'a Theme,
    pub selected: usize,
    /// The keys that act here, as the status bar says them.
    pub hints: String,
}

/// One row per quotation that counts: (“text”, "speaker · §N heading").
pub fn rows(article: &Article, doc: &Doc) -> Vec<PickRow> {
    doc.counted_quotes()
        .filter_map(|(q, _)| article.quotes.get(q))
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
            PickRow {
                text: format!("{indent}“{}”", quote.text.replace('\n', " ")),
                note: format!(" {speaker} · {section}"),
            }
        })
        .collect()
}

impl Widget for &QuotesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = match (self.article, self.doc) {
            (Some(article), Some(doc)) => rows(article, doc),
            _ => Vec::new(),
        };
        PickView {
            title: format!("Quotations {} · {}", rows.len(), self.hints),
            rows,
            selected: Some(self.selected),
            offset: 0,
            theme: self.theme,
            empty: "No quotations",
        }
        .render(area, buf);
    }
}
