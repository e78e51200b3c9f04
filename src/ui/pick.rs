//! A list overlay: rows of text with a note on the right, and a selected row
//! (links, quotations, skipped files, full-text hits).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::popup;
use super::text::fit;
use crate::state::{HitLine, Hits, matches_phrase};
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

impl<'a> PickView<'a> {
    /// A list with a cursor on row `selected`, from the top.
    pub(crate) fn choose(
        title: String,
        rows: Vec<PickRow>,
        selected: usize,
        theme: &'a Theme,
        empty: &'a str,
    ) -> Self {
        Self {
            title,
            rows,
            selected: Some(selected),
            offset: 0,
            theme,
            empty,
        }
    }
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

/// The full-text results: per article its title and match count, then each
/// matching line kept, indented, with the matches highlighted. The selected
/// article's rows are marked.
pub(crate) struct HitsView<'a> {
    pub hits: &'a Hits,
    /// The title of each hit's article, in order.
    pub titles: Vec<String>,
    pub selected: usize,
    pub theme: &'a Theme,
}

impl HitsView<'_> {
    fn title(&self) -> String {
        let more = if self.hits.done {
            ""
        } else {
            " (searching…)"
        };
        let n = self.hits.items.len();
        format!("{}{more}", matches_phrase(n, &self.hits.query))
    }

    /// Rows of hit `i`: its title, then its lines.
    fn height(&self, i: usize) -> usize {
        self.hits
            .items
            .get(i)
            .map_or(0, |h| 1 + h.snippet.lines.len())
    }
}

impl Widget for &HitsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let total: usize = (0..self.hits.items.len()).map(|i| self.height(i)).sum();
        let height = u16::try_from(total.max(1) + 2).unwrap_or(u16::MAX);
        let inner = popup::frame(
            area,
            buf,
            100,
            height,
            &self.title(),
            self.theme.border_focused,
        );
        let visible = usize::from(inner.height);
        let w = usize::from(inner.width);
        if self.hits.items.is_empty() {
            let empty = if self.hits.done {
                "No article matches"
            } else {
                "Searching…"
            };
            buf.set_stringn(
                inner.x + 1,
                inner.y,
                empty,
                w.saturating_sub(1),
                self.theme.help,
            );
            return;
        }
        // The first article shown: the selected one's rows all fit below it.
        let selected = self.selected.min(self.hits.items.len() - 1);
        let mut first = selected;
        let mut rows = self.height(selected);
        while first > 0 && rows + self.height(first - 1) <= visible {
            first -= 1;
            rows += self.height(first);
        }
        if rows <= visible && (0..first).map(|i| self.height(i)).sum::<usize>() + rows <= visible {
            first = 0;
        }
        let mut y = inner.y;
        for (i, hit) in self.hits.items.iter().enumerate().skip(first) {
            if y >= inner.bottom() {
                break;
            }
            let mark = |s: ratatui::style::Style| {
                if i == selected {
                    s.patch(self.theme.selected)
                } else {
                    s
                }
            };
            let title = self.titles.get(i).map_or("", String::as_str);
            let count = match hit.snippet.count {
                1 => "1 match".to_string(),
                n => format!("{n} matches"),
            };
            let right = fit(&count, w / 2);
            let left_w = w.saturating_sub(right.width() + 2);
            let left = fit(title, left_w);
            let gap = " ".repeat(left_w.saturating_sub(left.width()));
            let row = Rect {
                y,
                height: 1,
                ..inner
            };
            Line::from(vec![
                Span::styled(
                    format!(" {left}{gap}"),
                    mark(self.theme.help.patch(self.theme.heading)),
                ),
                Span::styled(format!("{right} "), mark(self.theme.speaker)),
            ])
            .render(row, buf);
            y += 1;
            for line in &hit.snippet.lines {
                if y >= inner.bottom() {
                    break;
                }
                let row = Rect {
                    y,
                    height: 1,
                    ..inner
                };
                Line::from(marked(line, w.saturating_sub(4), self.theme, &mark)).render(row, buf);
                y += 1;
            }
        }
    }
}

/// One matching line, indented and cut to `width`, its matches highlighted.
fn marked<'a>(
    line: &HitLine,
    width: usize,
    theme: &Theme,
    mark: &dyn Fn(ratatui::style::Style) -> ratatui::style::Style,
) -> Vec<Span<'a>> {
    let shown = fit(&line.text, width);
    // `fit` keeps a prefix of the text (and may add an ellipsis).
    let kept = shown
        .strip_suffix('…')
        .filter(|_| shown != line.text)
        .unwrap_or(&shown);
    let (plain, found) = (mark(theme.help), mark(theme.help.patch(theme.search_match)));
    let mut spans = vec![Span::styled("   ", mark(theme.help))];
    let mut at = 0;
    for m in &line.marks {
        let (start, end) = (m.start.min(kept.len()), m.end.min(kept.len()));
        if start < at || start >= end {
            continue;
        }
        spans.push(Span::styled(
            kept.get(at..start).unwrap_or_default().to_string(),
            plain,
        ));
        spans.push(Span::styled(
            kept.get(start..end).unwrap_or_default().to_string(),
            found,
        ));
        at = end;
    }
    spans.push(Span::styled(
        shown.get(at..).unwrap_or_default().to_string(),
        plain,
    ));
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    spans.push(Span::styled(
        " ".repeat((width + 4).saturating_sub(used)),
        plain,
    ));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Hit, Snippet};
    use std::ops::Range;

    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn hits_show_the_title_then_each_line_with_the_match_highlighted() {
        let theme = Theme::default();
        let line = |text: &str, at: usize| HitLine {
            text: text.into(),
            marks: vec![Range {
                start: at,
                end: at + 7,
            }],
        };
        let hits = Hits {
            query: "harbour".into(),
            items: vec![Hit {
                entry: 0,
                snippet: Snippet {
                    count: 3,
                    lines: vec![
                        line("The old harbour market", 8),
                        line("…a harbour master", 6),
                    ],
                },
            }],
            done: true,
        };
        let view = HitsView {
            hits: &hits,
            titles: vec!["Harbour plan approved".into()],
            selected: 0,
            theme: &theme,
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 60, 10));
        (&view).render(buf.area, &mut buf);
        let rows: Vec<String> = (0..10).map(|y| row(&buf, y)).collect();
        let top = rows
            .iter()
            .position(|r| r.contains("1 article matches “harbour”"));
        let top = top.unwrap_or_else(|| panic!("{rows:#?}"));
        let title = &rows[top + 1];
        assert!(
            title.contains("Harbour plan approved") && title.contains("3 matches"),
            "{title}"
        );
        assert!(
            !title.contains("market"),
            "title and snippet apart: {title}"
        );
        assert!(
            rows[top + 2].contains("The old harbour market"),
            "{rows:#?}"
        );
        assert!(rows[top + 3].contains("…a harbour master"), "{rows:#?}");
        // Exactly the matched cells carry the match style.
        let y = u16::try_from(top + 2).unwrap_or(0);
        let at = rows[top + 2].find("The old").unwrap_or(0);
        let x0 = u16::try_from(rows[top + 2][..at].chars().count()).unwrap_or(0);
        let bg = |x: u16| buf[(x0 + x, y)].bg;
        let want = theme.search_match.bg.unwrap_or_default();
        assert_eq!(bg(8), want);
        assert_eq!(bg(14), want);
        assert_ne!(bg(7), want);
        assert_ne!(bg(15), want);
    }
}
