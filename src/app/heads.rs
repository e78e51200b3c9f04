//! Heads for the list: those remembered in the cache first (read on a thread
//! while the folders are scanned), the rest read in the background and given
//! to the list in batches; the cache is written again once every head is known.
//! Rescans keep the heads of unchanged files and read the others.

use std::path::PathBuf;
use std::thread::{self, JoinHandle};

use crate::library::Library;
use crate::library::cache::{self, Heads};
use crate::library::load::Head;

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
}

impl HeadBook {
    pub fn new(cache: HeadCache) -> Self {
        Self {
            seen: 0,
            held: Vec::new(),
            cache,
            cache_due: false,
        }
    }

    /// Whether all `total` entries have their heads.
    pub fn complete(&self, total: usize) -> bool {
        self.seen >= total
    }

    /// A batch read from files: held until the list takes it.
    pub(crate) fn receive(&mut self, batch: Vec<HeadResult>) {
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
}

pub(crate) struct HeadCache {
    dir: Option<PathBuf>,
    /// The folders or files the library is opened on (the cache's key).
    roots: Vec<PathBuf>,
    loading: Option<JoinHandle<Heads>>,
    /// Heads were read from files since the cache was loaded or saved.
    pub(super) stale: bool,
}

impl HeadCache {
    /// Start reading the cache in `dir` (`None`: no cache) for the library
    /// opened on `roots`.
    pub fn start(dir: Option<PathBuf>, roots: Vec<PathBuf>) -> Self {
        let loading = dir.clone().and_then(|d| {
            let roots = roots.clone();
            thread::Builder::new()
                .name("head cache".into())
                .spawn(move || Heads::load(&d, &roots))
                .ok()
        });
        Self {
            dir,
            roots,
            loading,
            stale: false,
        }
    }

    /// The library is now opened on `roots` (the config was reloaded).
    pub(crate) fn set_roots(&mut self, roots: Vec<PathBuf>) {
        self.roots = roots;
    }

    /// Give `lib` the remembered heads (waiting for the cache to be read).
    /// Returns the indices of the entries filled.
    pub fn apply(&mut self, lib: &mut Library) -> Vec<usize> {
        self.loading
            .take()
            .and_then(|h| h.join().ok())
            .map(|heads| heads.apply(lib))
            .unwrap_or_default()
    }

    /// Write what `lib` knows now, if heads were read since the last time:
    /// encoded here (borrowing the library, no copy of it), written to disk
    /// on a thread. A failure only costs the next start its speed.
    pub fn save(&mut self, lib: &Library) {
        let Some(dir) = self.dir.clone().filter(|_| self.stale) else {
            return;
        };
        self.stale = false;
        let Some(bytes) = cache::encode(lib) else {
            return;
        };
        let roots = self.roots.clone();
        let _ = thread::Builder::new()
            .name("head cache".into())
            .spawn(move || cache::write(&dir, &roots, &bytes));
    }
}

impl super::App {
    /// The articles again (after `R`, or when the folder changed).
    pub(super) fn rescan(&mut self) {
        let lib = super::library(&self.start, &self.config);
        self.inflight.clear();
        let message = self.state.message.take();
        // Heads held back belong to the library before: given to it first,
        // they are carried over with their files.
        self.apply_heads();
        // Unchanged files keep their heads (`State::set_library`).
        self.state.set_library(lib);
        self.state.library_changed();
        self.read_heads();
        self.state.message = self.state.message.take().or(message);
    }

    /// Bring the full-text index up to date with the library, if it is large
    /// enough to have one (`index_from`) and there is a cache folder.
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

    /// Whether every entry of the library has its head (cached or read).
    pub(super) fn heads_complete(&self) -> bool {
        self.heads.complete(self.state.library.entries.len())
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

    /// When every entry has its head: note the time, update the cache.
    fn all_heads_read(&mut self) {
        if self.heads_complete() {
            self.start.timings.mark("all heads read");
            self.heads.cache_due();
            self.index_library();
        }
    }
}
