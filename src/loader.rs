//! Background reading: heads for the list ([`heads`]), whole articles when
//! opened ([`article`]), and the full-text search ([`search_all`]). Results
//! come back as [`Msg`] messages on a channel; the UI thread never waits.

mod article;
mod heads;
mod index;
mod layout;
mod people;
mod search_all;
mod snippet;

pub use snippet::{snippet, snippet_of};

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::article::Article;
use crate::doc::{BuildOptions, Doc};
use crate::library::load::{Head, ReadError};
use crate::state::{Hit, Part};

/// Everything that comes back to the event loop, on one channel: terminal
/// input and the results of background work (`Effect`s carried out).
/// `generation` tells results for an old library (before a reload) from
/// current ones.
pub enum Msg {
    /// A terminal event, from the input thread (`terminal::Events`).
    Input(std::io::Result<crossterm::event::Event>),
    Heads {
        generation: u64,
        batch: Vec<(usize, Result<Head, ReadError>)>,
    },
    Article {
        generation: u64,
        index: usize,
        result: Result<Arc<Article>, ReadError>,
        /// The article laid out for the options asked for.
        doc: Option<(BuildOptions, Doc)>,
    },
    /// The beginning or the end of a huge article, laid out on its own.
    Partial {
        generation: u64,
        index: usize,
        part: Part,
        doc: Doc,
        /// Size of the whole file.
        bytes: u64,
    },
    /// An article laid out again for new options.
    Layout {
        generation: u64,
        index: usize,
        opts: BuildOptions,
        doc: Doc,
    },
    /// People build `generation` (`State::people`'s number, not the
    /// library's) has read `done` of `total` articles.
    PeopleProgress {
        generation: u64,
        done: usize,
        total: usize,
    },
    /// People build `generation` is done.
    People {
        generation: u64,
        gathered: crate::people::gather::Gathered,
    },
    /// A web page saved (`Effect::SaveUrl`): the file written, or why not.
    Saved {
        url: String,
        result: Result<std::path::PathBuf, String>,
    },
    /// A feed sync is done (`Effect::SyncFeeds`).
    Synced(crate::state::SyncOutcome),
    /// The folders walked in the background (after the list was opened from
    /// the heads cache, or when the watcher saw a change): walk `id`'s library,
    /// `None` when it has the same files as the list.
    Scanned {
        id: u64,
        lib: Option<crate::library::Library>,
    },
    /// The full-text index being brought up to date has read `done` of the
    /// `total` files it needs; `total` of `total` is the index ready.
    IndexProgress {
        generation: u64,
        done: usize,
        total: usize,
    },
    /// Full-text search results (more follow until `done`).
    Hits {
        generation: u64,
        /// The search's number (`Effect::SearchAll::id`).
        id: u64,
        items: Vec<Hit>,
        done: bool,
    },
}

/// Starts readers and hands out their results.
pub struct Loader {
    pub(crate) tx: Sender<Msg>,
    pub rx: Receiver<Msg>,
    pub generation: u64,
    /// The number of the latest full-text search (older ones stop).
    pub(crate) latest_search: Arc<std::sync::atomic::AtomicU64>,
    /// The full-text index, once up to date with the library (`None` while
    /// it is built or updated: searches scan).
    pub(crate) index: Arc<std::sync::RwLock<Option<Arc<crate::fulltext::Ready>>>>,
    /// The number of the latest index job (an older one stops).
    pub(crate) index_job: Arc<std::sync::atomic::AtomicU64>,
    /// Layouts on resize: one at a time, the newest only.
    layouts: layout::Layouts,
}

impl Loader {
    /// Where the terminal input thread sends its events, so that input and
    /// results arrive on one channel and either wakes the loop.
    pub(crate) fn input_sender(
        &self,
    ) -> impl Fn(std::io::Result<crossterm::event::Event>) -> bool + Send + 'static {
        let tx = self.tx.clone();
        move |ev| tx.send(Msg::Input(ev)).is_ok()
    }
}

impl Default for Loader {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            generation: 0,
            latest_search: Arc::default(),
            index: Arc::default(),
            index_job: Arc::default(),
            layouts: layout::Layouts::default(),
        }
    }
}
