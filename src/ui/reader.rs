//! The reader pane: the visible slice of the wrapped article.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

use super::layout::Areas;
use super::style::{QuoteView, segment_style};
use super::text::fit;
use crate::doc::{Doc, SpeakerLine};
use crate::state::{Part, State};
use crate::theme::Theme;

pub(crate) struct ReaderView<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
    pub areas: &'a Areas,
    pub focused: bool,
    pub dim_other_text: bool,
}

/// "42% 120/300": how far the bottom of the pane is into the article.
pub fn position(scroll: usize, rows: usize, total: usize) -> String {
    if total == 0 {
        return String::new();
    }
    let bottom = (scroll + rows).min(total);
    let percent = if total <= rows {
        100
    } else {
        bottom * 100 / total
    };
    format!("{percent}% {bottom}/{total}")
}

impl ReaderView<'_> {
    fn message(&self, text: &str, buf: &mut Buffer) {
        let t = self.areas.text;
        buf.set_stringn(t.x, t.y, text, usize::from(t.width), self.theme.trailer);
    }

    fn lines(&self, doc: &Doc, buf: &mut Buffer) {
        let r = &self.state.reader;
        let text = self.areas.text;
        let quotes = QuoteView {
            on: r.quote_mode,
            current: r.current_quote,
            dim_other_text: self.dim_other_text,
        };
        // Scrolled past the end of the text (a jump put a heading on the
        // top line): the rows after it say so, as vim and less do.
        let past_end = r.scroll > self.state.max_scroll();
        for row in 0..text.height {
            let index = r.scroll + usize::from(row);
            if index >= doc.len() {
                if !past_end {
                    break;
                }
                buf.set_stringn(text.x, text.y + row, "~", 1, self.theme.trailer);
                continue;
            }
            let block = doc
                .lines
                .get(index)
                .and_then(|l| l.block)
                .map(|b| b as usize);
            let (matches, current) = match (&r.search, block) {
                (Some(f), Some(b)) => {
                    let cur = f
                        .current
                        .and_then(|c| f.matches.get(c))
                        .filter(|(mb, _)| *mb == b)
                        .map(|(_, range)| range);
                    (f.in_block(b).cloned().collect::<Vec<_>>(), cur)
                }
                _ => (Vec::new(), None),
            };
            let spans: Vec<Span<'_>> = doc
                .segments_marked(index, &matches, current)
                .into_iter()
                .map(|s| Span::styled(s.text, segment_style(self.theme, s.style, quotes)))
                .collect();
            Line::from(spans).render(
                Rect {
                    y: text.y + row,
                    height: 1,
                    ..text
                },
                buf,
            );
        }
        if r.quote_mode {
            self.speakers(doc, buf);
        }
    }

    /// Speaker names: in the margin beside the first line of each quotation
    /// when there is room, else right-aligned on the blank line under the
    /// paragraph where the quotation closes ("— Name").
    fn speakers(&self, doc: &Doc, buf: &mut Buffer) {
        let Some(article) = self.state.article() else {
            return;
        };
        let r = &self.state.reader;
        let (inner, text) = (self.areas.reader_inner, self.areas.text);
        let left = usize::from(text.x.saturating_sub(inner.x)).saturating_sub(1);
        let rows = usize::from(text.height);
        let visible = |line: usize| line >= r.scroll && line < r.scroll + rows;
        let row_y = |line: usize| text.y + u16::try_from(line - r.scroll).unwrap_or(0);
        if left >= usize::from(crate::doc::SPEAKER_MARGIN) {
            for (q, line) in doc.quote_lines.iter().enumerate() {
                let (Some(line), Some(name)) = (*line, article.speaker(q)) else {
                    continue;
                };
                if visible(line) {
                    let label = fit(name, left);
                    let w = u16::try_from(label.width()).unwrap_or(0);
                    buf.set_stringn(
                        text.x.saturating_sub(1 + w),
                        row_y(line),
                        &label,
                        left,
                        self.theme.speaker,
                    );
                }
            }
            return;
        }
        // Under the paragraph: names per blank line, in order, each once.
        for SpeakerLine { line, names } in doc.speaker_lines(article, r.scroll..r.scroll + rows) {
            let label = fit(&format!("— {}", names.join("; ")), usize::from(text.width));
            let w = u16::try_from(label.width()).unwrap_or(0);
            buf.set_stringn(
                text.right().saturating_sub(w),
                row_y(line),
                &label,
                usize::from(text.width),
                self.theme.speaker,
            );
        }
    }
}

impl Widget for &ReaderView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let r = &state.reader;
        let entry = r.entry.and_then(|i| state.library.entries.get(i));
        let title = entry.map_or_else(String::new, |e| format!(" {} ", e.shown()));
        let rows = self.areas.reader_inner.height;
        let mut block = Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(if self.focused {
                self.theme.border_focused
            } else {
                self.theme.border
            })
            .title(Span::styled(
                fit(&title, usize::from(area.width.saturating_sub(4))),
                self.theme.pane_title,
            ));
        if let Some(doc) = r.doc() {
            let at = match r.layout.showing() {
                Some(Part::Head) => "beginning · reading the rest…".to_string(),
                Some(Part::Tail) => "end · reading the rest…".to_string(),
                None => position(r.scroll, usize::from(rows), doc.len()),
            };
            block = block.title_bottom(Line::from(format!(" {at} ")).alignment(Alignment::Right));
        }
        block.render(area, buf);
        match (entry, r.doc()) {
            (None, _) => self.message("No article selected.", buf),
            (Some(e), None) => match &e.error {
                Some(reason) => self.message(&format!("Cannot show this file: {reason}"), buf),
                None => self.message("Loading…", buf),
            },
            (Some(_), Some(doc)) => {
                self.lines(doc, buf);
                if doc.len() > usize::from(rows) {
                    let mut sb = ScrollbarState::new(state.max_scroll() + 1)
                        .position(r.scroll.min(state.max_scroll()))
                        .viewport_content_length(usize::from(rows));
                    let track = Rect {
                        y: area.y + 1,
                        height: area.height.saturating_sub(2),
                        ..area
                    };
                    Scrollbar::new(ScrollbarOrientation::VerticalRight)
                        .begin_symbol(None)
                        .end_symbol(None)
                        .track_symbol(Some("│"))
                        .thumb_symbol("┃")
                        .style(self.theme.scrollbar)
                        .render(track, buf, &mut sb);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn position_reports_the_bottom_line() {
        assert_eq!(position(0, 10, 100), "10% 10/100");
        assert_eq!(position(90, 10, 100), "100% 100/100");
        assert_eq!(position(0, 10, 5), "100% 5/5");
        assert_eq!(position(0, 10, 0), "");
    }
}
