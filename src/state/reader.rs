//! The reader pane: which article, its wrapped document, scrolling and jumps.

use super::{Focus, State};
use crate::action::Action;
use crate::doc::{self, BuildOptions, Doc};

/// What the reader shows and where it is.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    /// Index into `library.entries` of the article shown.
    pub entry: Option<usize>,
    /// The article wrapped for the current width (once loaded).
    pub doc: Option<Doc>,
    /// First visible line.
    pub scroll: usize,
    /// Quotations highlighted.
    pub quote_mode: bool,
    /// The quotation stepped to with `{` / `}` (index into `Article::quotes`).
    pub current_quote: Option<usize>,
    /// The section last jumped to and the scroll it left: while the scroll is
    /// unchanged this is the current section even if its heading could not reach
    /// the top (end of the text).
    pub jumped: Option<(usize, usize)>,
    /// A jump asked for before the article was loaded.
    pub pending: Option<Action>,
    /// When the article was first seen in the focused reader (for the read mark).
    pub opened_at: Option<std::time::Instant>,
    /// The read mark was set (or deliberately cleared) for this opening.
    pub read_timer_done: bool,
    /// The saved position has been applied for this opening.
    pub restored: bool,
    /// The search in this article.
    pub search: Option<super::Find>,
    /// Where the search started (Esc returns there).
    pub search_origin: usize,
    /// A search to run once the article is loaded (opened from a full-text hit).
    pub pending_search: Option<String>,
    /// A huge article needs laying out for these options (the app does it in
    /// the background and calls `State::doc_built`).
    pub rewrap: Option<BuildOptions>,
    /// The beginning and end of a huge article, shown until all of it is read.
    pub partial: Option<super::Partial>,
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

    /// Lines in the document (0 before it is loaded).
    pub fn len(&self) -> usize {
        self.doc.as_ref().map_or(0, Doc::len)
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
            self.rebuild_doc();
            self.restore_position();
        }
    }

    /// The section the reader is in (index into `Article::sections`).
    pub fn current_section(&self) -> usize {
        let r = &self.reader;
        match (r.jumped, &r.doc) {
            (Some((section, at)), _) if at == r.scroll => section,
            (_, Some(doc)) => doc.section_at(r.scroll),
            _ => 0,
        }
    }

    /// The largest useful scroll: the last line at the bottom of the pane.
    pub fn max_scroll(&self) -> usize {
        self.reader
            .len()
            .saturating_sub(self.viewport.reader_rows.max(1))
    }

    pub fn build_options(&self) -> BuildOptions {
        let r = &self.settings.reader;
        BuildOptions {
            width: self.viewport.text_width,
            paragraph_spacing: r.paragraph_spacing,
            hyphenate: r.hyphenate,
            justify: r.justify,
            show_reading_time: r.show_reading_time,
            quote_marks: self
                .settings
                .quotes
                .styles
                .iter()
                .fold(0, |acc, m| acc | doc::marks_bit(*m)),
        }
    }

    /// Wrap the article again (loaded, resized, settings changed), keeping the
    /// text that was at the top of the pane at the top.
    pub(super) fn rebuild_doc(&mut self) {
        if self.article().is_none() && self.is_partial() {
            // Only pieces of a huge article so far: they stay (laid out for
            // the old width) until the whole arrives.
            return;
        }
        let opts = self.build_options();
        let (big, built) = match self.article() {
            Some(article) if opts.width > 0 => {
                let big = article.words > BACKGROUND_WORDS;
                (big, (!big).then(|| doc::build(article, opts)))
            }
            _ => (false, None),
        };
        if big {
            // Laid out off the UI thread (`Reader::rewrap`); the old layout
            // stays on screen meanwhile.
            self.reader.rewrap = Some(opts);
            if self.reader.doc.is_some() {
                return;
            }
        }
        self.replace_doc(built);
    }

    /// Show `doc`, keeping the text that was at the top of the pane at the top.
    pub(super) fn replace_doc(&mut self, doc: Option<Doc>) {
        let anchor = self
            .reader
            .doc
            .as_ref()
            .and_then(|d| d.anchor_at(self.reader.scroll));
        self.reader.doc = doc;
        self.refresh_search();
        if let (Some((block, start)), Some(doc)) = (anchor, &self.reader.doc) {
            self.reader.scroll = doc
                .lines
                .iter()
                .position(|l| l.block == Some(block) && l.end >= start)
                .unwrap_or(0);
        }
        clamp(self);
    }

    /// A layout made in the background arrived.
    pub fn doc_built(&mut self, index: usize, opts: BuildOptions, doc: Doc) {
        if self.reader.entry == Some(index) && opts == self.build_options() {
            self.replace_doc(Some(doc));
            // What waited for the layout: the saved place, keys, a search.
            self.restore_position();
            apply_pending(self);
            self.apply_pending_search();
        }
    }
}

/// Articles longer than this are laid out in the background (about 400 KB;
/// laying one out takes tens of milliseconds).
pub const BACKGROUND_WORDS: usize = 60_000;

/// Keep the scroll within the document.
pub(super) fn clamp(state: &mut State) {
    state.reader.scroll = state.reader.scroll.min(state.max_scroll());
}

fn scroll_to(state: &mut State, line: usize) {
    state.reader.scroll = line.min(state.max_scroll());
    state.reader.jumped = None;
}

/// Scrolling keys in the reader.
pub(super) fn motion(state: &mut State, action: Action) {
    if state.switch_part(action) {
        return;
    }
    if state.reader.doc.is_none() {
        // Pressed while the article is still being read: done when it arrives.
        state.reader.pending = Some(action);
        return;
    }
    let target = super::motion::target(action, state.reader.scroll, state.viewport.reader_rows);
    scroll_to(state, target);
    state.read_by_scrolling();
}

/// Section and quotation jumps; kept for later when the article is not loaded yet.
pub(super) fn jump(state: &mut State, action: Action) {
    if state.reader.doc.is_none() {
        state.reader.pending = Some(action);
        return;
    }
    match action {
        Action::NextSection => step_section(state, true),
        Action::PrevSection => step_section(state, false),
        Action::Section(n) => to_section(state, usize::from(n).saturating_sub(1)),
        Action::NextQuote => step_quote(state, true),
        Action::PrevQuote => step_quote(state, false),
        _ => {}
    }
}

/// Run a jump that waited for the article.
pub(super) fn apply_pending(state: &mut State) {
    if let Some(action) = state.reader.pending.take()
        && state.reader.doc.is_some()
    {
        match action {
            Action::NextSection
            | Action::PrevSection
            | Action::Section(_)
            | Action::NextQuote
            | Action::PrevQuote => jump(state, action),
            _ => motion(state, action),
        }
    }
}

fn sections(state: &State) -> &[usize] {
    state
        .reader
        .doc
        .as_ref()
        .map_or(&[][..], |d| d.section_lines.as_slice())
}

/// Jump to section `index` (0 = the first, usually the top of the article).
pub fn to_section(state: &mut State, index: usize) {
    let n = sections(state).len();
    let Some(&line) = sections(state).get(index) else {
        state.message = Some(if n <= 1 {
            "This article has no sections".into()
        } else {
            format!("No section {} (the article has {n})", index + 1)
        });
        return;
    };
    scroll_to(state, line);
    state.reader.jumped = Some((index, state.reader.scroll));
}

fn step_section(state: &mut State, forward: bool) {
    let n = sections(state).len();
    if n <= 1 {
        state.message = Some("This article has no sections".into());
        return;
    }
    let current = state.current_section();
    let at_heading = sections(state).get(current) == Some(&state.reader.scroll)
        || state
            .reader
            .jumped
            .is_some_and(|(_, at)| at == state.reader.scroll);
    let target = if forward {
        current + 1
    } else if at_heading || state.reader.scroll == 0 {
        current.saturating_sub(1)
    } else {
        // Inside a section, `[` goes back to its own heading first.
        current
    };
    if target >= n {
        state.message = Some("Last section".into());
        return;
    }
    to_section(state, target);
}

/// The quotations that count (their marks are enabled), in reading order.
fn quote_lines(state: &State) -> Vec<(usize, usize)> {
    state
        .reader
        .doc
        .as_ref()
        .map_or_else(Vec::new, |d| d.counted_quotes().collect())
}

fn step_quote(state: &mut State, forward: bool) {
    state.reader.quote_mode = true;
    let quotes = quote_lines(state);
    if quotes.is_empty() {
        state.message = Some("No quotations in this article".into());
        return;
    }
    let pos = match state.reader.current_quote {
        Some(cur) => quotes.iter().position(|(q, _)| *q == cur),
        None => None,
    };
    let next = match (pos, forward) {
        (Some(p), true) => p + 1,
        (Some(p), false) => {
            let Some(p) = p.checked_sub(1) else {
                state.message = Some("First quotation".into());
                return;
            };
            p
        }
        // Nothing current yet: the first quotation at or below the top of the pane.
        (None, true) => quotes
            .iter()
            .position(|(_, l)| *l >= state.reader.scroll)
            .unwrap_or(quotes.len()),
        (None, false) => {
            let bottom = state.reader.scroll + state.viewport.reader_rows;
            let Some(p) = quotes.iter().rposition(|(_, l)| *l < bottom) else {
                state.message = Some("First quotation".into());
                return;
            };
            p
        }
    };
    let Some(&(q, line)) = quotes.get(next) else {
        state.message = Some("Last quotation".into());
        return;
    };
    to_quote(state, q, line);
}

/// Make quotation `q` (first line `line`) current and scroll it into view.
pub(super) fn to_quote(state: &mut State, q: usize, line: usize) {
    state.reader.quote_mode = true;
    state.reader.current_quote = Some(q);
    let rows = state.viewport.reader_rows.max(1);
    let s = state.reader.scroll;
    if line < s || line >= s + rows {
        // A little context above the quotation.
        scroll_to(state, line.saturating_sub(2.min(rows / 4)));
    }
    state.focus = Focus::Reader;
}

pub(super) fn toggle_quotes(state: &mut State) {
    state.reader.quote_mode = !state.reader.quote_mode;
    if !state.reader.quote_mode {
        state.reader.current_quote = None;
    }
}
