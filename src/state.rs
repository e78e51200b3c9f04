//! The application state and `update`: pure, no terminal, unit-tested.
//!
//! The app loop turns keys into [`Action`]s and calls [`update`]; files read in
//! the background arrive through [`State::heads_loaded`],
//! [`State::article_loaded_with`], [`State::partial_loaded`] and
//! [`State::doc_built`]; the terminal size through [`State::set_viewport`].
//! What the state needs from the outside world waits as [`Effect`]s in one
//! queue, taken by the app with [`State::take_effects`].

mod add_url;
mod bulk;
mod counts;
mod doc_state;
mod filter;
mod find;
mod hits;
mod input;
mod library;
mod list;
mod marks;
mod motion;
mod mouse;
mod overlay;
mod people;
mod reader;
mod sync_feeds;
#[cfg(test)]
mod tests;

use std::sync::Arc;

pub use add_url::Saving;
pub use bulk::{Before, Confirm};
pub use counts::Counts;
pub use doc_state::{BACKGROUND_WORDS, DocState, Part, Pieces, Waiting};
pub use filter::{FuzzyCache, fuzzy_filter};
pub use find::Find;
pub use hits::{Hit, HitLine, Hits, Running, SearchAll, Snippet, matches_phrase};
pub use input::{Input, InputKind};
pub use list::ListState;
pub use marks::{READ_AFTER, Remembered};
pub use mouse::Pane;
pub use overlay::Overlay;
pub use people::{Item, Page, People, PeopleOverlay, Trail};
pub use reader::Reader;
pub use sync_feeds::SyncOutcome;

use crate::action::Action;
use crate::article::Article;
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
    /// Columns left of the text column, where speakers' names go when there
    /// are at least [`crate::doc::SPEAKER_MARGIN`].
    pub margin: u16,
}

/// Settings the state applies (from the config; replaced on reload).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub reader: ReaderConfig,
    pub quotes: QuotesConfig,
    pub sort: Sort,
    /// Rows in the help overlay (from the keymap), to bound its scrolling.
    pub help_rows: usize,
}

/// What the app loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave byline.
    Quit,
    /// Read the config and the articles again.
    Reload,
    /// Search the full text of every article for this query; results carry `id`.
    SearchAll { query: String, id: u64 },
    /// Open a link with the configured opener.
    OpenUrl(String),
    /// Open entry N in $EDITOR / $PAGER.
    Edit(usize),
    /// Save the web page at this URL into the articles folder (in the
    /// background); the outcome comes back through `State::url_saved`.
    SaveUrl(String),
    /// Sync the feeds of the config (in the background); the outcome comes
    /// back through `State::feeds_synced`.
    SyncFeeds,
    /// Entry N's read mark, star or place changed: keep it (once per entry
    /// while waiting in the queue).
    Save(usize),
    /// Read (and lay out) entry N's article: the reader shows it and nobody
    /// has read it yet. It comes back through `State::article_loaded_with`.
    Load(usize),
    /// Lay out entry `entry`'s (huge) article for `opts` in the background;
    /// the layout comes back through `State::doc_built`.
    Layout {
        entry: usize,
        article: Arc<Article>,
        opts: crate::doc::BuildOptions,
    },
    /// Build the people of the library (every entry) in the background;
    /// progress and the result carry `generation`
    /// (`State::people_progress`, `State::people_gathered`).
    GatherPeople { generation: u64 },
}

/// Everything byline shows, and nothing about how.
#[derive(Debug, Clone, Default)]
pub struct State {
    pub library: Library,
    /// The list pane: order, filters, selection.
    pub list: ListState,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    pub reader: Reader,
    pub viewport: Viewport,
    pub settings: Settings,
    /// A message for the status bar (replaced by the next one).
    pub message: Option<String>,
    /// The prompt, while typing a search or filter.
    pub input: Option<Input>,
    /// Requests to the outside world made by `update` and every other
    /// transition (background results, resize, time), in order; the app
    /// takes them ([`State::take_effects`]) and carries them out.
    pub effects: Vec<Effect>,
    /// The full-text searches (their results go to `Overlay::Hits`).
    pub search_all: SearchAll,
    /// One pane at a time, over the whole window (the one with the focus),
    /// instead of the split.
    pub full_screen: bool,
    /// A question waiting for y or n in the status bar.
    pub confirm: Option<Confirm>,
    /// The marks before the last change of marks, for `u`.
    pub undo: Option<Vec<Before>>,
    /// People quoted across the library (`P`), and the trail of one
    /// person's quotations.
    pub people: People,
    /// Web pages being saved (`a`), the one to select when it lands, and
    /// whether a feed sync runs.
    pub saving: Saving,
    /// The list title's counts, kept as entries change (`State::change_entry`)
    /// and counted again whenever the list is refreshed: a frame never
    /// counts.
    pub counts: Counts,
    /// Entries still to join the library: the list was opened from the
    /// heads cache's first chunk, and the rest of it is on its way
    /// ([`State::library_completed`]). Counted as titles being read.
    pub coming: usize,
}

impl State {
    pub fn new(library: Library, settings: Settings) -> Self {
        Self::new_sorted(library, settings, None)
    }

    /// [`State::new`] for entries in `sorted`'s order already (see
    /// [`State::set_library_sorted`]).
    pub fn new_sorted(
        library: Library,
        settings: Settings,
        sorted: Option<crate::config::Sort>,
    ) -> Self {
        let mut state = State {
            reader: Reader::new(settings.quotes.highlight),
            settings,
            ..State::default()
        };
        state.set_library_sorted(library, sorted);
        state
    }

    /// Index into `library.entries` of the selected entry.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.list.selected_index()
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

    /// The entry the reader wants and nobody has read yet.
    pub fn wanted(&self) -> Option<usize> {
        let i = self.reader.entry?;
        let e = self.library.entries.get(i)?;
        (e.article.is_none() && e.error.is_none()).then_some(i)
    }

    /// Ask for the reader's article if it still has to be read.
    pub(crate) fn ask_for_article(&mut self) {
        if let Some(i) = self.wanted() {
            self.effects.push(Effect::Load(i));
        }
    }

    /// The terminal was resized: re-wrap if the text width changed.
    pub fn set_viewport(&mut self, viewport: Viewport) {
        if viewport.text_width == 0 || viewport.reader_rows == 0 || viewport.list_rows == 0 {
            // Too small to draw the panes: keep the layout and the place, so
            // that growing the window again finds the reader where it was.
            return;
        }
        let before = self.build_options();
        self.viewport = viewport;
        if self.build_options() != before {
            self.rebuild_doc();
        }
        self.clamp_scroll();
        self.list.keep_visible(self.viewport.list_rows);
    }

    /// The requests made since the last call (see `State::effects`).
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// New settings (config reload).
    pub(crate) fn set_settings(&mut self, settings: Settings) {
        let rewrap = settings.reader != self.settings.reader
            || settings.quotes.styles != self.settings.quotes.styles;
        self.settings = settings;
        self.refresh_order();
        if rewrap {
            self.rebuild_doc();
        }
    }
}

/// Apply one action. What the app loop must do (the action's own request and
/// any its transitions made: an article to read, a layout, a save) waits in
/// `State::effects`, for [`State::take_effects`].
pub fn update(state: &mut State, action: Action) {
    if let Some(effect) = apply(state, action) {
        state.effects.push(effect);
    }
}

fn apply(state: &mut State, action: Action) -> Option<Effect> {
    state.list.chosen = true;
    if state.confirm.is_some() {
        // Any key but y answers no (the app gives y to `State::answer`).
        state.answer(false);
        return None;
    }
    if state.overlay.is_some() {
        return state.overlay_update(action);
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
        Action::FullScreen => {
            state.full_screen = !state.full_screen;
            if state.full_screen && state.selected_entry().is_some() {
                state.focus = Focus::Reader;
            }
        }
        Action::Back => {
            if state.focus == Focus::List && state.list.filter.is_some() {
                state.list.filter = None;
                state.refresh_view();
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
        Action::NextArticle => state.step_article(1),
        Action::PrevArticle => state.step_article(-1),
        Action::Down
        | Action::Up
        | Action::PageDown
        | Action::PageUp
        | Action::HalfPageDown
        | Action::HalfPageUp
        | Action::Top
        | Action::Bottom => match state.focus {
            Focus::List => state.list_motion(action),
            Focus::Reader => state.reader_motion(action),
        },
        Action::NextQuote if state.trail_active() => state.trail_step(1),
        Action::PrevQuote if state.trail_active() => state.trail_step(-1),
        Action::NextSection
        | Action::PrevSection
        | Action::Section(_)
        | Action::NextQuote
        | Action::PrevQuote => {
            if state.selected_entry().is_some() {
                state.focus = Focus::Reader;
                state.jump(action);
            }
        }
        Action::ToggleQuotes => state.toggle_quotes(),
        Action::Outline => state.open_outline(),
        Action::QuoteList => state.open_quotes(),
        Action::People => state.open_people(),
        Action::SpeakerPage => state.speaker_page(),
        Action::ToggleRead => state.toggle_read(),
        Action::ToggleStar => state.toggle_star(),
        Action::StarredOnly => state.toggle_starred_only(),
        Action::UnreadOnly => state.toggle_unread_only(),
        Action::MarkAllRead => state.ask_mark_all_read(),
        Action::Undo => state.undo(),
        Action::CycleSort => state.cycle_sort(),
        Action::ReverseSort => state.reverse_sort(),
        Action::Search => state.search_key(),
        Action::SearchNext => state.search_step(true),
        Action::SearchPrev => state.search_step(false),
        Action::SearchAll => state.start_input(InputKind::SearchAll),
        Action::AddUrl => state.start_input(InputKind::AddUrl),
        Action::SyncFeeds => state.start_sync(),
        Action::Links => state.open_links(),
        Action::Tags => state.open_tags(),
        Action::Skipped => state.overlay = Some(Overlay::Skipped { scroll: 0 }),
        Action::Edit => return state.selected_index().map(Effect::Edit),
    }
    None
}
