//! Heads for the list: those remembered in the cache first (read on a thread
//! while the folders are scanned), the rest read in the background and given
//! to the list in batches; the cache is written again once every head is known.
//! Rescans keep the heads of unchanged files and read the others.

mod cache;
mod open;

use std::thread;

use crate::library::Library;
use crate::library::load::Head;
pub(crate) use cache::HeadCache;
pub(super) use open::{Opened, open};

/// A head read in the background, for entry N.
type HeadResult = (usize, Result<Head, String>);

/// What the app knows of the heads: how many are in, those held back for the
/// next frame, and the cache they are kept in between runs.
pub(crate) struct HeadBook {
    /// Entries of the current library with a head (cached or read).
    seen: usize,
    /// Heads received and not yet given to the list (see `App::apply_heads`).
    held: Vec<HeadResult>,
    pub cache: HeadCache,
    /// Every head is known: the cache is written after the next frame.
    cache_due: bool,
    /// Walks started in the background (the number of the latest).
    walks: u64,
    /// Every head is known: the full-text index is brought up to date after
    /// the next frame, and after the walk behind a list opened from the cache
    /// (which would start it again).
    index_due: bool,
    /// Heads read while the folders were walked come numbered in the order
    /// found: the file found `n`th is entry `place[n]`.
    place: Option<Vec<usize>>,
}

impl HeadBook {
    pub fn new(cache: HeadCache) -> Self {
        Self {
            seen: 0,
            held: Vec::new(),
            cache,
            cache_due: false,
            index_due: false,
            walks: 0,
            place: None,
        }
    }

    /// Whether all `total` entries have their heads.
    pub fn complete(&self, total: usize) -> bool {
        self.seen >= total
    }

    /// A batch read from files: held until the list takes it. Heads read
    /// during the walk are placed, those of entries that have one (from the
    /// cache) dropped.
    pub(crate) fn receive(&mut self, mut batch: Vec<HeadResult>, lib: &Library) {
        if let Some(place) = &self.place {
            batch = batch
                .into_iter()
                .filter_map(|(n, head)| Some((*place.get(n)?, head)))
                .filter(|(i, _)| lib.entries.get(*i).is_some_and(|e| e.hash.is_none()))
                .collect();
        }
        self.seen += batch.len();
        self.cache.stale = true;
        self.held.extend(batch);
    }

    /// The heads held back, for the list.
    pub(crate) fn take_held(&mut self) -> Vec<HeadResult> {
        std::mem::take(&mut self.held)
    }

    /// A new library: count the heads it has, forget those held for the old.
    pub fn restart(&mut self, lib: &Library) {
        self.held.clear();
        self.place = None;
        self.seen = lib.entries.iter().filter(|e| e.hash.is_some()).count();
    }

    /// Write the cache after the next frame.
    pub(crate) fn cache_due(&mut self) {
        self.cache_due = true;
    }

    /// Whether the cache is to be written now (once).
    pub(crate) fn take_cache_due(&mut self) -> bool {
        std::mem::take(&mut self.cache_due)
    }

    /// Whether the index is to be brought up to date now (once).
    pub(crate) fn take_index_due(&mut self) -> bool {
        std::mem::take(&mut self.index_due)
    }
}

impl super::App {
    /// The articles again (after `R`, or when the folder changed).
    pub(super) fn rescan(&mut self) {
        // A walk still running in the background is older than this one.
        self.walk = Walk::Idle;
        let lib = super::library(&self.start, &self.config);
        self.replace_library(lib);
    }

    /// Walk the folders on a thread (the list was opened from the cache and
    /// its first frame drawn):
    /// `Msg::Scanned` brings the library found to [`App::scanned`].
    pub(super) fn scan_in_background(&mut self) {
        let (paths, dirs, extensions) = (
            self.start.paths.clone(),
            self.config.articles_dirs.clone(),
            self.config.extensions.clone(),
        );
        let tx = self.loader.tx.clone();
        // The files as the cache gave them, as one number: a walk that finds
        // the same keeps nothing (a second library of 100,000 entries would
        // be 50 MB more at the peak) and sends `None`.
        let cached = self.state.library.fingerprint();
        self.heads.walks += 1;
        let id = self.heads.walks;
        let started = thread::Builder::new()
            .name("scan".into())
            .spawn(move || {
                use crate::library::open;
                let same = open::fingerprint(&paths, &dirs, &extensions) == Some(cached);
                let lib = (!same).then(|| open::open(&paths, &dirs, &extensions));
                let _ = tx.send(crate::loader::Msg::Scanned { id, lib });
            })
            .is_ok();
        self.walk = if started {
            Walk::Running { id, again: false }
        } else {
            Walk::Idle
        };
    }

    /// The watcher saw the folders change: they are walked in the background
    /// (at 100,000 files a walk on this thread would hold the screen for
    /// half a second), or again after the walk that is running.
    pub(super) fn rescan_in_background(&mut self) {
        match &mut self.walk {
            Walk::Running { again, .. } => *again = true,
            Walk::Idle | Walk::Due => self.scan_in_background(),
        }
    }

    /// Walk `id` started by [`App::scan_in_background`] is done: files added,
    /// gone or changed since the cache was written are put right (unless a
    /// rescan or a newer walk came first); `None`: the files are the same.
    pub(super) fn scanned(&mut self, id: u64, lib: Option<Library>) {
        let Walk::Running { id: running, again } = self.walk else {
            return;
        };
        if running != id {
            return;
        }
        self.walk = Walk::Idle;
        match lib {
            // The same files as the list's: the list, its order and its keys
            // stay as they are.
            None => self.start.timings.mark("folders walked: nothing changed"),
            Some(lib) => {
                self.replace_library(lib);
                let missing = self
                    .state
                    .library
                    .entries
                    .iter()
                    .filter(|e| e.hash.is_none());
                let n = missing.count();
                self.start
                    .timings
                    .mark(&format!("folders walked: {n} heads to read"));
            }
        }
        // The folders changed while it ran: walked again, against the list
        // as it is now.
        if again {
            self.scan_in_background();
        }
    }

    /// `lib` (a new walk of the folders) replaces the library.
    fn replace_library(&mut self, lib: Library) {
        self.inflight.clear();
        let message = self.state.message.take();
        // Heads held back belong to the library before: given to it first,
        // they are carried over with their files.
        self.apply_heads();
        self.heads.cache.replaced(&self.state.library, &lib);
        // Unchanged files keep their heads (`State::set_library`).
        self.state.set_library(lib);
        self.state.library_changed();
        self.read_heads();
        self.state.message = self.state.message.take().or(message);
    }

    /// Bring the full-text index up to date with the library, if it is large
    /// enough to have one (`index_from`) and there is a cache folder: once
    /// every head is known and the frame for them drawn (listing the files
    /// for it takes a while at 100,000), and not before the walk behind a
    /// list opened from the cache is done.
    pub(super) fn index_when_due(&mut self) {
        if self.walk == Walk::Idle && self.heads.take_index_due() {
            self.index_library();
        }
    }

    fn index_library(&mut self) {
        let n = self.state.library.entries.len();
        let from = self.config.index_from;
        let (Some(cache), Some(binary)) = (&self.start.cache_dir, crate::library::cache::stamp())
        else {
            return;
        };
        if from == 0 || n < from {
            return;
        }
        let dir = crate::fulltext::store::dir(cache, &super::roots(&self.start, &self.config));
        self.loader.index_library(&self.state.library, dir, binary);
    }

    /// Whether every entry of the library has its head (cached or read),
    /// the cache's entries after its first chunk among them.
    pub(super) fn heads_complete(&self) -> bool {
        !self.heads.cache.rest_due() && self.heads.complete(self.state.library.entries.len())
    }

    /// The list was opened from the heads cache's first chunk and that
    /// frame drawn: the rest of the cache joins it (in its order, the
    /// selection kept), with what the reading state remembers of it. False
    /// when there was no rest to come.
    pub(super) fn rest_from_cache(&mut self) -> bool {
        if !self.heads.cache.rest_due() {
            return false;
        }
        let from = self.state.library.entries.len();
        let cache = &mut self.heads.cache;
        self.state.library_completed(|first| cache.rest(first));
        let indices: Vec<usize> = (from..self.state.library.entries.len()).collect();
        let found = self.persist.remembered(&self.state.library, &indices);
        self.state.remembered(found);
        self.start.timings.mark(&format!(
            "rest of the list from the cache: {}",
            indices.len()
        ));
        self.read_heads();
        true
    }

    /// Give the list the heads held back: one merge for all of them, before a
    /// frame or a key needs the list as it is.
    pub(super) fn apply_heads(&mut self) {
        let batch = self.heads.take_held();
        if batch.is_empty() {
            return;
        }
        let indices: Vec<usize> = batch.iter().map(|(i, _)| *i).collect();
        self.state.heads_loaded(batch);
        self.heads.cache.read(&self.state.library, &indices);
        let found = self.persist.remembered(&self.state.library, &indices);
        self.state.remembered(found);
        self.all_heads_read();
    }

    /// Read the heads the library does not have yet, in the background.
    pub(super) fn read_heads(&mut self) {
        self.heads.restart(&self.state.library);
        self.loader.read_heads(&self.state.library);
        self.all_heads_read();
    }

    /// The heads of every file were read while the folders were walked
    /// ([`open`]): they come placed by `place`.
    pub(super) fn heads_prefetched(&mut self, place: Vec<usize>) {
        self.heads.restart(&self.state.library);
        self.heads.place = Some(place);
        self.all_heads_read();
    }

    /// When every entry has its head: note the time, update the cache.
    fn all_heads_read(&mut self) {
        if self.heads_complete() {
            self.start.timings.mark_process("all heads read");
            self.heads.cache_due();
            self.heads.index_due = true;
        }
    }
}

/// The walk of the folders behind a list opened from the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Walk {
    /// None (the folders were walked first), or done, or made moot by a rescan.
    Idle,
    /// After the first frame: the list does not wait for it, nor share the CPU.
    Due,
    /// Walk number `id` is running; `again`: the folders changed meanwhile,
    /// and they are walked again once it is done.
    Running { id: u64, again: bool },
}

#[cfg(test)]
mod tests;
