//! The application state and `update`: pure, no terminal, unit-tested.
//!
//! The app loop turns keys into [`Action`]s and calls [`update`]; files read in
//! the background arrive through [`State::head_loaded`] and
//! [`State::article_loaded`]; the terminal size through [`State::set_viewport`].

mod filter;
mod find;
mod input;
mod list;
mod marks;
mod mouse;
mod overlay;
mod partial;
mod reader;
#[cfg(test)]
mod tests;

use std::sync::Arc;

pub use filter::fuzzy_filter;
pub use find::Find;
pub use input::{Input, InputKind};
pub use marks::READ_AFTER;
pub use mouse::Pane;
pub use overlay::{Overlay, listed_quotes as overlay_quotes};
pub use partial::{Part, Partial};
pub use reader::Reader;

use crate::action::Action;
use crate::article::Article;
use crate::config::{QuotesConfig, ReaderConfig, Sort};
use crate::library::Library;
use crate::library::load::Head;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Reader,
}

/// Sizes the state needs from the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Viewport {
    /// Rows of the list pane (inside its border).
    pub list_rows: usize,
    /// Rows of the reader pane (inside its border).
    pub reader_rows: usize,
    /// Columns the article text is wrapped to.
    pub text_width: u16,
}

/// Settings the state applies (from the config; replaced on reload).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub reader: ReaderConfig,
    pub quotes: QuotesConfig,
    pub sort: Sort,
}

/// What the app loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave byline.
    Quit,
    /// Read the config and the articles again.
    Reload,
    /// Search the full text of every article for this query.
    SearchAll(String),
    /// Open a link with the configured opener.
    OpenUrl(String),
    /// Open entry N in $EDITOR / $PAGER.
    Edit(usize),
}

/// One article found by the full-text search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into `library.entries`.
    pub entry: usize,
    /// Text around the first match.
    pub snippet: String,
}

/// Results of the full-text search, as they come in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hits {
    pub query: String,
    pub items: Vec<Hit>,
    /// All articles have been searched.
    pub done: bool,
}

/// Everything byline shows, and nothing about how.
#[derive(Debug, Clone, Default)]
pub struct State {
    pub library: Library,
    /// Entry indices in list order.
    pub order: Vec<usize>,
    /// Position of the selection in `order`.
    pub selected: usize,
    /// First visible row of the list.
    pub list_offset: usize,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    pub reader: Reader,
    pub viewport: Viewport,
    pub settings: Settings,
    /// A message for the status bar (replaced by the next one).
    pub message: Option<String>,
    /// The prompt, while typing a search or filter.
    pub input: Option<Input>,
    /// The list filter (fuzzy on title, source, kicker).
    pub filter: Option<String>,
    /// Show only starred articles.
    pub starred_only: bool,
    /// Entries whose reading state changed (the app saves them).
    pub changed: Vec<usize>,
    /// Full-text search results.
    pub hits: Option<Hits>,
    /// The user has pressed a key or clicked: from now on the selection
    /// follows its article when the list is re-sorted.
    pub chosen: bool,
}

impl State {
    pub fn new(library: Library, settings: Settings) -> Self {
        let mut state = State {
            reader: Reader::new(settings.quotes.highlight),
            settings,
            ..State::default()
        };
        state.set_library(library);
        state
    }

    /// The `!` overlay's rows: skipped files and entries that failed, with reasons.
    pub fn skipped_rows(&self) -> Vec<(String, String)> {
        let skipped = self
            .library
            .skipped
            .iter()
            .map(|s| (s.path.display().to_string(), s.reason.clone()));
        let failed = self
            .library
            .entries
            .iter()
            .filter_map(|e| Some((e.path.display().to_string(), e.error.clone()?)));
        skipped.chain(failed).collect()
    }

    /// Open a full-text hit: show its article and search for the query there.
    pub(crate) fn open_hit(&mut self, selected: usize) {
        let Some((entry, query)) = self
            .hits
            .as_ref()
            .and_then(|h| Some((h.items.get(selected)?.entry, h.query.clone())))
        else {
            return;
        };
        if !self.order.contains(&entry) {
            self.filter = None;
            self.starred_only = false;
            self.refresh_order();
        }
        if let Some(pos) = self.order.iter().position(|&i| i == entry) {
            self.selected = pos;
            list::keep_visible(self);
            self.sync_reader();
            self.focus = Focus::Reader;
            self.reader.pending_search = Some(query);
            self.apply_pending_search();
        }
    }

    /// Run the search a full-text hit asked for, once the article is loaded.
    fn apply_pending_search(&mut self) {
        if self.reader.doc.is_none() {
            return;
        }
        if let Some(q) = self.reader.pending_search.take() {
            self.reader.search_origin = 0;
            self.set_search(&q);
        }
    }

    /// Full-text results arrived (more may follow).
    pub fn hits_found(&mut self, query: &str, mut items: Vec<Hit>, done: bool) {
        let hits = self.hits.get_or_insert_with(Hits::default);
        if hits.query != query {
            *hits = Hits {
                query: query.to_string(),
                ..Hits::default()
            };
        }
        hits.items.append(&mut items);
        hits.done = done;
        if done {
            let n = hits.items.len();
            self.message = Some(format!("{n} articles match {query}"));
        }
        if !matches!(self.overlay, Some(Overlay::Hits { .. })) && (done || !hits.items.is_empty()) {
            self.overlay = Some(Overlay::Hits { selected: 0 });
        }
    }

    /// Replace the library (start, reload), keeping the selection on the same path.
    pub fn set_library(&mut self, library: Library) {
        let keep = self.selected_entry().map(|e| e.path.clone());
        self.remember_position();
        self.message = library.skipped_summary();
        let mut library = library;
        carry_over(&self.library, &mut library);
        self.library = library;
        self.hits = None;
        self.reader.clear();
        self.order.clear();
        self.refresh_order();
        if let Some(path) = keep
            && let Some(pos) = self
                .order
                .iter()
                .position(|&i| self.library.entries.get(i).is_some_and(|e| e.path == path))
        {
            self.selected = pos;
            list::keep_visible(self);
            self.sync_reader();
        }
    }

    /// Index into `library.entries` of the selected entry.
    pub fn selected_index(&self) -> Option<usize> {
        self.order.get(self.selected).copied()
    }

    pub fn selected_entry(&self) -> Option<&crate::library::Entry> {
        self.selected_index()
            .and_then(|i| self.library.entries.get(i))
    }

    /// The article shown in the reader, when loaded.
    pub fn article(&self) -> Option<&Arc<Article>> {
        self.reader
            .entry
            .and_then(|i| self.library.entries.get(i))
            .and_then(|e| e.article.as_ref())
    }

    /// The entry the reader wants and nobody has read yet: the app loads it.
    pub fn wanted(&self) -> Option<usize> {
        let i = self.reader.entry?;
        let e = self.library.entries.get(i)?;
        (e.article.is_none() && e.error.is_none()).then_some(i)
    }

    /// A file's head has been read.
    pub fn head_loaded(&mut self, index: usize, result: Result<Head, String>) {
        if let Some(e) = self.library.entries.get_mut(index) {
            match result {
                Ok(head) => {
                    e.meta = Some(head.meta);
                    e.hash = Some(head.hash);
                }
                Err(reason) => e.error = Some(reason),
            }
        }
    }

    /// Several heads have been read: one re-sort for all of them.
    pub fn heads_loaded(&mut self, batch: Vec<(usize, Result<Head, String>)>) {
        for (i, r) in batch {
            self.head_loaded(i, r);
        }
        self.refresh_order();
    }

    /// A whole article has been read.
    pub fn article_loaded(&mut self, index: usize, result: Result<Arc<Article>, String>) {
        self.article_loaded_with(index, result, None);
    }

    /// A whole article has been read, maybe laid out already (off the UI thread).
    pub fn article_loaded_with(
        &mut self,
        index: usize,
        result: Result<Arc<Article>, String>,
        prebuilt: Option<(crate::doc::BuildOptions, crate::doc::Doc)>,
    ) {
        if let Some(e) = self.library.entries.get_mut(index) {
            match result {
                Ok(article) => {
                    e.meta = Some(article.meta.clone());
                    e.article = Some(article);
                }
                Err(reason) => {
                    self.message = Some(format!("{}: {reason}", e.path.display()));
                    e.error = Some(reason);
                }
            }
        }
        if self.reader.entry == Some(index) {
            self.take_whole(prebuilt);
            self.restore_position();
            reader::apply_pending(self);
            self.apply_pending_search();
        }
    }

    /// The terminal was resized: re-wrap if the text width changed.
    pub fn set_viewport(&mut self, viewport: Viewport) {
        let rewrap = viewport.text_width != self.viewport.text_width;
        self.viewport = viewport;
        if rewrap {
            self.rebuild_doc();
        }
        reader::clamp(self);
        list::keep_visible(self);
    }

    /// New settings (config reload).
    pub fn set_settings(&mut self, settings: Settings) {
        let rewrap = settings.reader != self.settings.reader
            || settings.quotes.styles != self.settings.quotes.styles;
        self.settings = settings;
        self.refresh_order();
        if rewrap {
            self.rebuild_doc();
        }
    }
}

/// A re-scanned library keeps what was known of files that are still there
/// (same path and size): head, marks and position; the article is read again.
fn carry_over(old: &Library, new: &mut Library) {
    let by_path: std::collections::HashMap<&std::path::Path, &crate::library::Entry> =
        old.entries.iter().map(|e| (e.path.as_path(), e)).collect();
    for e in &mut new.entries {
        if let Some(o) = by_path.get(e.path.as_path()) {
            e.read = o.read;
            e.starred = o.starred;
            e.anchor = o.anchor;
            if o.size == e.size {
                e.meta.clone_from(&o.meta);
                e.hash = o.hash;
            }
        }
    }
}

/// Apply one action. Returns what the app loop must do, if anything.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    state.chosen = true;
    if state.overlay.is_some() {
        return overlay::update(state, action);
    }
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::Reload => return Some(Effect::Reload),
        Action::Help => state.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::FocusNext | Action::FocusPrev => {
            state.focus = match state.focus {
                Focus::List => Focus::Reader,
                Focus::Reader => Focus::List,
            };
        }
        Action::Back => {
            if state.focus == Focus::List && state.filter.is_some() {
                state.filter = None;
                state.refresh_order();
            } else if state.reader.search.is_some() {
                state.reader.search = None;
            } else {
                state.focus = Focus::List;
            }
        }
        Action::Open => {
            if state.selected_entry().is_some() {
                state.focus = Focus::Reader;
            }
        }
        Action::NextArticle => list::step_article(state, 1),
        Action::PrevArticle => list::step_article(state, -1),
        Action::Down
        | Action::Up
        | Action::PageDown
        | Action::PageUp
        | Action::HalfPageDown
        | Action::HalfPageUp
        | Action::Top
        | Action::Bottom => match state.focus {
            Focus::List => list::motion(state, action),
            Focus::Reader => reader::motion(state, action),
        },
        Action::NextSection
        | Action::PrevSection
        | Action::Section(_)
        | Action::NextQuote
        | Action::PrevQuote => {
            if state.selected_entry().is_some() {
                state.focus = Focus::Reader;
                reader::jump(state, action);
            }
        }
        Action::ToggleQuotes => reader::toggle_quotes(state),
        Action::Outline => overlay::open_outline(state),
        Action::QuoteList => overlay::open_quotes(state),
        Action::ToggleRead => state.toggle_read(),
        Action::ToggleStar => state.toggle_star(),
        Action::StarredOnly => state.toggle_starred_only(),
        Action::CycleSort => state.cycle_sort(),
        Action::Search => state.search_key(),
        Action::SearchNext => state.search_step(true),
        Action::SearchPrev => state.search_step(false),
        Action::SearchAll => state.start_input(InputKind::SearchAll),
        Action::Links => overlay::open_links(state),
        Action::Skipped => state.overlay = Some(Overlay::Skipped { scroll: 0 }),
        Action::Edit => return state.selected_index().map(Effect::Edit),
    }
    None
}
