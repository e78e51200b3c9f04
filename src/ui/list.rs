//! The list pane: one row per article.

mod title;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};
use unicode_width::UnicodeWidthStr;

use super::text::fit;
use crate::article::ReadingTime;
use crate::config::ListColumn;
use crate::library::Entry;
use crate::state::State;
use crate::theme::Theme;

pub(crate) struct ListView<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
    pub columns: &'a [ListColumn],
    pub focused: bool,
}

fn pad(s: &str, width: usize) -> String {
    let s = fit(s, width);
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

const SOURCE_WIDTH: usize = 10;
const DATE_WIDTH: usize = 6;
/// `~11m`: an estimate is marked until the article is read.
const TIME_WIDTH: usize = 4;
/// The title keeps at least this many columns before others are dropped.
const MIN_TITLE: usize = 16;

/// "14 Mar": the list is sorted by date, so the year is rarely needed; the
/// reader shows the full date.
pub(crate) fn short_date(d: crate::article::Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS
        .get(usize::from(d.month.saturating_sub(1)))
        .copied()
        .unwrap_or("???");
    format!("{:>2} {month}", d.day)
}

fn column_text(entry: &Entry, column: ListColumn) -> (String, usize) {
    let meta = entry.meta.as_ref();
    match column {
        ListColumn::Title => (entry.title().into_owned(), 0),
        ListColumn::Source => {
            let text = match &entry.error {
                Some(e) => format!("! {e}"),
                None => meta.and_then(|m| m.source.clone()).unwrap_or_default(),
            };
            (text, SOURCE_WIDTH)
        }
        ListColumn::Date => {
            let text = meta
                .and_then(|m| m.date)
                .map(short_date)
                .unwrap_or_default();
            (text, DATE_WIDTH)
        }
        ListColumn::ReadingTime => {
            let text = entry.reading_time().map(ReadingTime::short);
            (text.unwrap_or_default(), TIME_WIDTH)
        }
    }
}

/// The columns that fit in `width`: the title keeps at least [`MIN_TITLE`]
/// columns and the others are dropped from the right.
fn fitting(columns: &[ListColumn], width: usize) -> Vec<ListColumn> {
    let mut cols: Vec<ListColumn> = columns.to_vec();
    if !cols.contains(&ListColumn::Title) {
        cols.insert(0, ListColumn::Title);
    }
    loop {
        let fixed: usize = cols
            .iter()
            .map(|c| match c {
                ListColumn::Title => 3,
                ListColumn::Source => SOURCE_WIDTH + 1,
                ListColumn::Date => DATE_WIDTH + 1,
                ListColumn::ReadingTime => TIME_WIDTH + 1,
            })
            .sum();
        if fixed + MIN_TITLE <= width || cols.len() <= 1 {
            return cols;
        }
        if let Some(pos) = cols.iter().rposition(|c| *c != ListColumn::Title) {
            cols.remove(pos);
        }
    }
}

fn row(entry: &Entry, columns: &[ListColumn], width: usize) -> String {
    let fixed: usize = columns
        .iter()
        .filter(|c| **c != ListColumn::Title)
        .map(|c| column_text(entry, *c).1 + 1)
        .sum();
    let title_width = width.saturating_sub(fixed + 3);
    // Unread dot and star before the title.
    let mut out = String::from(if entry.read { " " } else { "●" });
    out.push(if entry.starred { '★' } else { ' ' });
    out.push(' ');
    for (i, c) in columns.iter().enumerate() {
        let (text, w) = column_text(entry, *c);
        if i > 0 {
            out.push(' ');
        }
        match c {
            ListColumn::Title => out.push_str(&pad(&text, title_width)),
            ListColumn::ReadingTime => {
                let t = fit(&text, w);
                out.push_str(&" ".repeat(w.saturating_sub(t.width())));
                out.push_str(&t);
            }
            _ => out.push_str(&pad(&text, w)),
        }
    }
    out
}

impl Widget for &ListView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let theme = self.theme;
        let lib = &state.library;
        let title = title::pane_title(state, usize::from(area.width.saturating_sub(2)));
        // Why the samples are shown (`lib.notice`) is in the status bar and
        // the `!` overlay, whole, not cut off in this border.
        let block = Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(if self.focused {
                theme.border_focused
            } else {
                theme.border
            })
            .title(Span::styled(title, theme.pane_title));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        if state.list.order.is_empty() {
            let msg = if state.list.narrowed() {
                "No article matches".to_string()
            } else {
                format!("No articles in {}", lib.label)
            };
            buf.set_stringn(
                inner.x + 1,
                inner.y,
                msg,
                width.saturating_sub(1),
                theme.list,
            );
            return;
        }
        let columns = fitting(self.columns, width);
        let rows = usize::from(inner.height);
        for (i, &entry_index) in state
            .list
            .order
            .iter()
            .enumerate()
            .skip(state.list.offset)
            .take(rows)
        {
            let Some(entry) = lib.entries.get(entry_index) else {
                continue;
            };
            let y = inner.y + u16::try_from(i - state.list.offset).unwrap_or(0);
            let mut style = theme.list;
            if !entry.read {
                style = style.patch(theme.unread);
            }
            if entry.error.is_some() {
                style = style.patch(theme.trailer);
            }
            if i == state.list.selected {
                style = style.patch(theme.selected);
            }
            let text = row(entry, &columns, width);
            let line = Line::from(Span::styled(text, style));
            buf.set_style(
                Rect {
                    x: inner.x,
                    y,
                    width: inner.width,
                    height: 1,
                },
                if i == state.list.selected {
                    style
                } else {
                    Style::new()
                },
            );
            line.render(
                Rect {
                    x: inner.x,
                    y,
                    width: inner.width,
                    height: 1,
                },
                buf,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_dropped_from_the_right_when_narrow() {
        let all = [
            ListColumn::Title,
            ListColumn::Source,
            ListColumn::Date,
            ListColumn::ReadingTime,
        ];
        assert_eq!(fitting(&all, 80).len(), 4);
        assert_eq!(
            fitting(&all, 30),
            vec![ListColumn::Title, ListColumn::Source]
        );
        assert_eq!(fitting(&all, 10), vec![ListColumn::Title]);
        // The time column is 4 wide (`~11m`).
        assert_eq!(fitting(&all, 42).len(), 4);
        assert_eq!(fitting(&all, 41).len(), 3);
    }

    #[test]
    fn dates_are_short() {
        let d = crate::article::Date {
            year: 2026,
            month: 3,
            day: 4,
        };
        assert_eq!(short_date(d), " 4 Mar");
    }
}
