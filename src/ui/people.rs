//! The People overlay: one row per person (name; quotations, articles, the
//! latest date), or one person's page (each quotation wrapped to at most
//! three lines, then its article's date, source and title). While the people
//! are built it says how far: `reading quotations 3,200/10,000`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::pick::{PickRow, PickView};
use super::popup;
use super::text::fit;
use crate::parse::decode::clean_line;
use crate::people::Person;
use crate::state::{Page, PeopleOverlay};
use crate::theme::Theme;

/// Lines of a quotation shown on a person's page, at most.
pub const QUOTE_LINES: usize = 3;

pub(crate) struct PeopleView<'a> {
    pub overlay: &'a PeopleOverlay,
    /// The list's rows (filtered and sorted).
    pub rows: Vec<&'a Person>,
    /// Whether any people have been built yet.
    pub built: bool,
    /// `(done, total)` while a build runs.
    pub progress: Option<(usize, usize)>,
    pub hints: String,
    pub theme: &'a Theme,
}

/// `n` with its thousands separated: `3,200`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 quotation", "12 quotations".
fn count(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {one}s", thousands(n))
    }
}

/// Text from an article on one line, safe for the terminal.
fn one_line(text: &str) -> String {
    clean_line(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The progress line while people are built.
pub fn progress_line((done, total): (usize, usize)) -> String {
    format!(
        "reading quotations {}/{}",
        thousands(done),
        thousands(total)
    )
}

impl PeopleView<'_> {
    fn list(&self) -> PickView<'_> {
        let sort = if self.overlay.by_name {
            "by name"
        } else {
            "by count"
        };
        let mut title = if !self.built {
            "People".to_string()
        } else if self.overlay.filter.is_empty() {
            format!("People ({}, {sort})", thousands(self.rows.len()))
        } else {
            format!(
                "People matching “{}” ({}, {sort})",
                one_line(&self.overlay.filter),
                thousands(self.rows.len())
            )
        };
        if let Some(p) = self.progress.filter(|_| self.built) {
            title = format!("{title} · {}", progress_line(p));
        }
        title = format!("{title} · {}", self.hints);
        // The counts and the date in columns of their own, so they line up
        // from row to row: numbers to the right, words and dates to the left
        // (a dash when no article of the person has a date).
        let cells: Vec<(String, String, String)> = self
            .rows
            .iter()
            .map(|p| {
                (
                    thousands(p.quotes()),
                    thousands(p.articles()),
                    p.latest()
                        .map_or_else(|| "—".to_string(), |d| d.to_string()),
                )
            })
            .collect();
        let widest = |f: fn(&(String, String, String)) -> &String| {
            cells.iter().map(|c| f(c).width()).max().unwrap_or(0)
        };
        let (qw, aw, dw) = (widest(|c| &c.0), widest(|c| &c.1), widest(|c| &c.2));
        let plural = |n: &str, one: &str| {
            if n == "1" {
                format!("{one} ")
            } else {
                format!("{one}s")
            }
        };
        let rows = self
            .rows
            .iter()
            .zip(&cells)
            .map(|(p, (q, a, d))| PickRow {
                text: one_line(&p.name),
                note: format!(
                    "{q:>qw$} {} · {a:>aw$} {} · {d:<dw$}",
                    plural(q, "quote"),
                    plural(a, "article")
                ),
            })
            .collect();
        PickView::choose(title, rows, self.overlay.selected, self.theme, "")
    }
}

impl Widget for &PeopleView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if let Some(page) = &self.overlay.page {
            PageView {
                page,
                hints: &self.hints,
                theme: self.theme,
            }
            .render(area, buf);
            return;
        }
        let empty = match self.progress {
            Some(p) if !self.built => progress_line(p),
            _ if self.overlay.filter.is_empty() => "Nobody is quoted in these articles".into(),
            _ => "Nobody matches".into(),
        };
        let mut list = self.list();
        list.empty = &empty;
        (&list).render(area, buf);
    }
}

/// `text` in lines of at most `width` columns, word by word (a word wider
/// than the line is cut), and at most `max` lines, the last ending in an
/// ellipsis when text was left out.
pub fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut cut = false;
    for word in text.split_whitespace() {
        let word = fit(word, width);
        let need = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if need > width && !line.is_empty() {
            if lines.len() + 1 == max {
                cut = true;
                break;
            }
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if cut {
        // Whole words, and room for the ellipsis.
        while line.width() + 1 > width {
            if let Some(i) = line.rfind(' ') {
                line.truncate(i);
            } else {
                line = fit(&line, width - 1).trim_end_matches('…').to_string();
                break;
            }
        }
        line.push('…');
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A person's page.
struct PageView<'a> {
    page: &'a Page,
    hints: &'a str,
    theme: &'a Theme,
}

impl PageView<'_> {
    /// Each item's lines: the quotation (indented), then where it is.
    fn items(&self, width: usize) -> Vec<(Vec<String>, String)> {
        self.page
            .items
            .iter()
            .map(|item| {
                let q = &item.quote;
                let text = wrap(
                    &one_line(&format!("“{}”", q.text)),
                    width.saturating_sub(3),
                    QUOTE_LINES,
                );
                // The date and source first: a long title is what gets cut.
                let at = [
                    q.date.map(|d| d.to_string()).unwrap_or_default(),
                    q.source.as_deref().map(one_line).unwrap_or_default(),
                    one_line(&q.title),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
                (text, at)
            })
            .collect()
    }
}

/// The line a person's page shows until their quotations are read.
pub const WAITING: &str = "reading quotations…";

impl Widget for PageView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if self.page.waiting {
            // Opened from the summary: the quotations are on their way.
            let title = format!("{} · {}", one_line(&self.page.name), self.hints);
            let inner = popup::frame(area, buf, 100, 2, &title, self.theme.border_focused);
            buf.set_stringn(
                inner.x,
                inner.y,
                format!("  {WAITING}"),
                usize::from(inner.width),
                self.theme.help.patch(self.theme.speaker),
            );
            return;
        }
        let title = format!(
            "{} · {} · {}",
            one_line(&self.page.name),
            count(self.page.items.len(), "quotation"),
            self.hints
        );
        // The items are wrapped to the box's inside: as wide as the box can be.
        let w = usize::from(area.width.saturating_sub(4));
        let items = self.items(w);
        let height = |i: usize| items.get(i).map_or(0, |(t, _)| t.len() + 2);
        let total: usize = (0..items.len()).map(height).sum();
        let tall = u16::try_from(total + 1).unwrap_or(u16::MAX);
        let inner = popup::frame(area, buf, 100, tall, &title, self.theme.border_focused);
        let w = usize::from(inner.width);
        let visible = usize::from(inner.height);
        // The first item shown: the selected one fits below it.
        let selected = self.page.selected.min(items.len().saturating_sub(1));
        let mut first = selected;
        let mut rows = height(selected);
        while first > 0 && rows + height(first - 1) <= visible {
            first -= 1;
            rows += height(first);
        }
        let mut y = inner.y;
        for (i, (text, at)) in items.iter().enumerate().skip(first) {
            let mark = |s: Style| {
                if i == selected {
                    s.patch(self.theme.selected)
                } else {
                    s
                }
            };
            let lines = text
                .iter()
                .map(|l| {
                    (
                        format!("  {l}"),
                        mark(self.theme.help.patch(self.theme.quote)),
                    )
                })
                .chain([(
                    format!("  {}", fit(at, w.saturating_sub(3))),
                    mark(self.theme.help.patch(self.theme.speaker)),
                )]);
            for (line, style) in lines {
                if y >= inner.bottom() {
                    return;
                }
                let pad = " ".repeat(w.saturating_sub(line.width()));
                Line::from(Span::styled(format!("{line}{pad}"), style)).render(
                    Rect {
                        y,
                        height: 1,
                        ..inner
                    },
                    buf,
                );
                y += 1;
            }
            y += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(3200), "3,200");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn wrap_keeps_three_lines_and_ends_a_cut_with_an_ellipsis() {
        let text = "one two three four five six seven eight nine ten";
        assert_eq!(wrap(text, 9, 3), ["one two", "three", "four…"]);
        assert_eq!(wrap("short", 20, 3), ["short"]);
        assert_eq!(wrap(text, 100, 3), [text]);
        for line in wrap(text, 9, 3) {
            assert!(line.width() <= 9, "{line}");
        }
    }
}
