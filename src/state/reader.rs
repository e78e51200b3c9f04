//! The reader pane: which article, its wrapped document, scrolling and jumps.

use super::{DocState, Focus, State};
use crate::action::Action;
use crate::doc::{self, BuildOptions, Doc};

/// What the reader shows and where it is.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    /// Index into `library.entries` of the article shown.
    pub entry: Option<usize>,
    /// The article's layout, through its lifecycle (see [`DocState`]).
    pub layout: DocState,
    /// First visible line.
    pub scroll: usize,
    /// A jump scrolled past the end of the text (to put a heading on the top
    /// line): a new layout keeps that place; scrolling back within the text
    /// ends it.
    pub past_end: bool,
    /// Quotations highlighted.
    pub quote_mode: bool,
    /// The quotation stepped to with `{` / `}` (index into `Article::quotes`).
    pub current_quote: Option<usize>,
    /// When the article was first seen in the focused reader (for the read mark).
    pub opened_at: Option<std::time::Instant>,
    /// The read mark was set (or deliberately cleared) for this opening.
    pub read_timer_done: bool,
    /// The search in this article.
    pub search: Option<super::Find>,
    /// Where the search started (Esc returns there).
    pub search_origin: usize,
}

impl Reader {
    pub fn new(quote_mode: bool) -> Self {
        Self {
            quote_mode,
            ..Self::default()
        }
    }

    /// Forget the article (new library).
    pub fn clear(&mut self) {
        *self = Self::new(self.quote_mode);
    }

    /// The document on screen (the whole article, or a piece of a huge one).
    pub fn doc(&self) -> Option<&Doc> {
        self.layout.doc()
    }

    /// Lines in the document (0 before it is loaded).
    pub fn len(&self) -> usize {
        self.doc().map_or(0, Doc::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl State {
    /// Show the selected entry in the reader (a preview follows the selection).
    pub(super) fn sync_reader(&mut self) {
        let want = self.selected_index();
        if self.reader.entry != want {
            self.remember_position();
            let quote_mode = self.reader.quote_mode;
            self.reader = Reader::new(quote_mode);
            self.reader.entry = want;
            self.ask_for_article();
            self.rebuild_doc();
            self.settle(true, super::Waiting::default());
        }
    }

    /// The section the reader is in (index into `Article::sections`): one
    /// rule however the reader got there ([`Doc::section_shown`]).
    pub(crate) fn current_section(&self) -> usize {
        let r = &self.reader;
        // The beginning of a huge article is not its end.
        let whole = r.layout.showing() != Some(super::Part::Head);
        r.doc().map_or(0, |doc| {
            doc.section_shown(r.scroll, self.viewport.reader_rows, whole)
        })
    }

    /// The largest scroll by scrolling: the last line at the bottom of the pane.
    pub(crate) fn max_scroll(&self) -> usize {
        self.reader
            .len()
            .saturating_sub(self.viewport.reader_rows.max(1))
    }

    /// The largest scroll at all: a jump may scroll past the end of the text
    /// (as `less` does) until the last line is on the top line, so that any
    /// heading can be put there.
    pub(crate) fn last_top(&self) -> usize {
        self.reader.len().saturating_sub(1).max(self.max_scroll())
    }

    pub fn build_options(&self) -> BuildOptions {
        let r = &self.settings.reader;
        BuildOptions {
            width: self.viewport.text_width,
            paragraph_spacing: r.paragraph_spacing,
            hyphenate: r.hyphenate,
            justify: r.justify,
            balanced: r.wrap == crate::config::Wrap::Balanced,
            speaker_rows: self.reader.quote_mode && self.viewport.margin < doc::SPEAKER_MARGIN,
            show_reading_time: r.show_reading_time,
            quote_marks: self
                .settings
                .quotes
                .styles
                .iter()
                .fold(0, |acc, m| acc | doc::marks_bit(*m)),
        }
    }
}

/// Whether a key is a section or quotation jump (not a scroll).
fn is_jump(action: Action) -> bool {
    matches!(
        action,
        Action::NextSection
            | Action::PrevSection
            | Action::Section(_)
            | Action::NextQuote
            | Action::PrevQuote
    )
}

/// Keep a key pressed before there was a layout, for when it comes.
fn wait_for_layout(layout: &mut DocState, action: Action) {
    if let DocState::Loading(waiting) = layout {
        waiting.key = Some(action);
    }
}

/// `G` on the beginning of a huge article whose end has not arrived: it waits
/// for the end (the bottom of the beginning is not the end of the article).
fn wait_for_the_end(layout: &mut DocState, action: Action) -> bool {
    match layout {
        DocState::Partial { pieces, waiting }
            if action == Action::Bottom
                && pieces.showing == super::Part::Head
                && pieces.other.is_none() =>
        {
            waiting.key = Some(action);
            true
        }
        _ => false,
    }
}

impl State {
    /// Keep the scroll within the document (a jump may have left it past the
    /// end of the text: that place is kept).
    pub(super) fn clamp_scroll(&mut self) {
        let limit = if self.reader.past_end {
            self.last_top()
        } else {
            self.max_scroll()
        };
        self.reader.scroll = self.reader.scroll.min(limit);
        self.reader.past_end = self.reader.scroll > self.max_scroll();
    }

    /// Scroll by a movement key: it stops with the last line at the bottom,
    /// and past the end of the text (after a jump) it goes no further down.
    fn scroll_to(&mut self, line: usize) {
        let here = self.reader.scroll.min(self.last_top());
        self.reader.scroll = line.min(self.max_scroll().max(here));
        self.reader.past_end = self.reader.scroll > self.max_scroll();
    }

    /// Put `line` on the top line, past the end of the text if need be.
    fn jump_to(&mut self, line: usize) {
        self.reader.scroll = line.min(self.last_top());
        self.reader.past_end = self.reader.scroll > self.max_scroll();
    }

    /// Run a key that waited for the layout.
    pub(super) fn run_waiting_key(&mut self, action: Action) {
        if is_jump(action) {
            self.jump(action);
        } else {
            self.reader_motion(action);
        }
    }

    /// Scrolling keys in the reader.
    pub(super) fn reader_motion(&mut self, action: Action) {
        if self.switch_part(action) || wait_for_the_end(&mut self.reader.layout, action) {
            return;
        }
        if let DocState::Partial { waiting, .. } = &mut self.reader.layout
            && waiting.key == Some(Action::Bottom)
        {
            // Another key after a `G` that waits for the end: it no longer does.
            waiting.key = None;
        }
        if self.reader.doc().is_none() {
            // Pressed while the article is still being read: done when it arrives.
            wait_for_layout(&mut self.reader.layout, action);
            return;
        }
        let target = match action {
            // The end of the text at the bottom of the pane, from anywhere.
            Action::Bottom => self.max_scroll(),
            _ => super::motion::target(action, self.reader.scroll, self.viewport.reader_rows),
        };
        self.scroll_to(target);
        self.read_by_scrolling();
    }

    /// Section and quotation jumps; kept for later when the article is not
    /// loaded yet.
    pub(super) fn jump(&mut self, action: Action) {
        if self.reader.doc().is_none() {
            wait_for_layout(&mut self.reader.layout, action);
            return;
        }
        match action {
            Action::NextSection => self.step_section(true),
            Action::PrevSection => self.step_section(false),
            Action::Section(n) => self.go_to_section(usize::from(n).saturating_sub(1)),
            Action::NextQuote => self.step_quote(true),
            Action::PrevQuote => self.step_quote(false),
            _ => {}
        }
    }

    fn sections(&self) -> &[usize] {
        self.reader
            .doc()
            .map_or(&[][..], |d| d.section_lines.as_slice())
    }

    /// Jump to section `index` (0 = the first, usually the top of the article).
    pub(crate) fn go_to_section(&mut self, index: usize) {
        let n = self.sections().len();
        let Some(&line) = self.sections().get(index) else {
            self.message = Some(if n <= 1 {
                "This article has no sections".into()
            } else {
                format!("No section {} (the article has {n})", index + 1)
            });
            return;
        };
        self.jump_to(line);
    }

    fn step_section(&mut self, forward: bool) {
        let n = self.sections().len();
        if n <= 1 {
            self.message = Some("This article has no sections".into());
            return;
        }
        let current = self.current_section();
        let scroll = self.reader.scroll;
        let at_heading = self.sections().get(current) == Some(&scroll);
        let target = if forward {
            current + 1
        } else if at_heading || scroll == 0 {
            current.saturating_sub(1)
        } else {
            // Inside a section, `[` goes back to its own heading first.
            current
        };
        if target >= n {
            self.message = Some("Last section".into());
            return;
        }
        self.go_to_section(target);
    }

    fn step_quote(&mut self, forward: bool) {
        self.set_quote_mode(true);
        let quotes: Vec<(usize, usize)> = self
            .reader
            .doc()
            .map_or_else(Vec::new, |d| d.counted_quotes().collect());
        if quotes.is_empty() {
            self.message = Some("No quotations in this article".into());
            return;
        }
        let pos = match self.reader.current_quote {
            Some(cur) => quotes.iter().position(|(q, _)| *q == cur),
            None => None,
        };
        let next = match (pos, forward) {
            (Some(p), true) => p + 1,
            (Some(p), false) => {
                let Some(p) = p.checked_sub(1) else {
                    self.message = Some("First quotation".into());
                    return;
                };
                p
            }
            // Nothing current yet: the first quotation at or below the top of the pane.
            (None, true) => quotes
                .iter()
                .position(|(_, l)| *l >= self.reader.scroll)
                .unwrap_or(quotes.len()),
            (None, false) => {
                let bottom = self.reader.scroll + self.viewport.reader_rows;
                let Some(p) = quotes.iter().rposition(|(_, l)| *l < bottom) else {
                    self.message = Some("First quotation".into());
                    return;
                };
                p
            }
        };
        let Some(&(q, line)) = quotes.get(next) else {
            self.message = Some("Last quotation".into());
            return;
        };
        self.go_to_quote(q, line);
    }

    /// Make quotation `q` (first line `line`) current and scroll it into view,
    /// so that the section shown is the quotation's.
    pub(super) fn go_to_quote(&mut self, q: usize, line: usize) {
        self.set_quote_mode(true);
        // Quote mode may have laid the text out again (rows for speakers).
        let line = self
            .reader
            .doc()
            .and_then(|d| d.quote_lines.get(q).copied().flatten())
            .unwrap_or(line);
        self.reader.current_quote = Some(q);
        let rows = self.viewport.reader_rows.max(1);
        let s = self.reader.scroll;
        let section = self.reader.doc().map_or(0, |d| d.section_at(line));
        let start = self.sections().get(section).copied().unwrap_or(0);
        if line < s || line >= s + rows || self.current_section() != section {
            // A little context above the quotation, within its section.
            self.jump_to(line.saturating_sub(2.min(rows / 4)).max(start));
            if self.current_section() != section && line < start + rows {
                // A later heading at the end of the text would name the
                // screen: its own heading on the top line names it.
                self.jump_to(start);
            }
        }
        self.focus = Focus::Reader;
    }

    /// Quote mode on or off; a pane without a margin for speakers' names lays
    /// the text out again with rows for them.
    fn set_quote_mode(&mut self, on: bool) {
        let before = self.build_options();
        self.reader.quote_mode = on;
        if self.build_options() != before {
            self.rebuild_doc();
        }
    }

    pub(super) fn toggle_quotes(&mut self) {
        self.set_quote_mode(!self.reader.quote_mode);
        if !self.reader.quote_mode {
            self.reader.current_quote = None;
        }
    }
}
