//! The application state and `update`: pure, no terminal, unit-tested.
//!
//! The app loop turns keys into [`Action`]s and calls [`update`]; files read in
//! the background arrive through [`State::head_loaded`] and
//! [`State::article_loaded`]; the terminal size through [`State::set_viewport`].

mod list;
mod overlay;
mod reader;
#[cfg(test)]
mod tests;

use std::sync::Arc;

pub use overlay::{Overlay, listed_quotes as overlay_quotes};
pub use reader::Reader;

use crate::action::Action;
use crate::article::{Article, Meta};
use crate::config::{QuotesConfig, ReaderConfig, Sort};
use crate::library::Library;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Leave byline.
    Quit,
    /// Read the config and the articles again.
    Reload,
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

    /// Replace the library (start, reload), keeping the selection on the same path.
    pub fn set_library(&mut self, library: Library) {
        let keep = self.selected_entry().map(|e| e.path.clone());
        self.message = library.skipped_summary();
        self.library = library;
        self.resort();
        if let Some(path) = keep
            && let Some(pos) = self
                .order
                .iter()
                .position(|&i| self.library.entries.get(i).is_some_and(|e| e.path == path))
        {
            self.selected = pos;
        }
        self.selected = self.selected.min(self.order.len().saturating_sub(1));
        self.reader.clear();
        self.sync_reader();
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
    pub fn head_loaded(&mut self, index: usize, result: Result<Meta, String>) {
        if let Some(e) = self.library.entries.get_mut(index) {
            match result {
                Ok(meta) => e.meta = Some(meta),
                Err(reason) => e.error = Some(reason),
            }
        }
    }

    /// Several heads have been read: one re-sort for all of them.
    pub fn heads_loaded(&mut self, batch: Vec<(usize, Result<Meta, String>)>) {
        for (i, r) in batch {
            self.head_loaded(i, r);
        }
        let keep = self.selected_index();
        self.resort();
        if let Some(k) = keep
            && let Some(pos) = self.order.iter().position(|&i| i == k)
        {
            self.selected = pos;
        }
        list::keep_visible(self);
    }

    /// A whole article has been read.
    pub fn article_loaded(&mut self, index: usize, result: Result<Arc<Article>, String>) {
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
            self.rebuild_doc();
            reader::apply_pending(self);
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
        self.resort();
        if rewrap {
            self.rebuild_doc();
        }
    }

    fn resort(&mut self) {
        self.order = crate::library::sort::order(&self.library.entries, self.settings.sort);
    }
}

/// Apply one action. Returns what the app loop must do, if anything.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
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
        Action::Back => state.focus = Focus::List,
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
    }
    None
}
