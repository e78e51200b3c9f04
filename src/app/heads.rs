//! Heads for the list: those remembered in the cache first (read on a thread
//! while the folders are scanned), the rest read in the background and given
//! to the list in batches; the cache is written again once every head is known.
//! Rescans keep the heads of unchanged files and read the others.

use std::collections::HashSet;
use std::path::PathBuf;
use std::thread::{self, JoinHandle};

use crate::library::cache::{self, Heads, Snapshot};
use crate::library::{Entry, Library, Skipped, Source};
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
    /// Heads were read (or files went) since the cache was loaded or saved.
    pub(super) stale: bool,
    /// Files whose heads were read or that are gone since the cache was
    /// written: the next save appends them to its log.
    changed: Vec<PathBuf>,
    /// Bytes on disk: the part written whole (0: none of ours, the next save
    /// writes it whole) and the log after it.
    base: u64,
    log: u64,
}

/// The log is compacted (the file written whole) when it would grow past
/// this fraction of the part written whole.
const LOG_SHARE: u64 = 4;

impl HeadCache {
    /// Start reading the cache in `dir` (`None`: no cache) for the library
    /// opened on `roots`, to give its heads to a library scanned meanwhile.
    pub fn start(dir: Option<PathBuf>, roots: Vec<PathBuf>) -> Self {
        let loading = dir.clone().and_then(|d| {
            let roots = roots.clone();
            thread::Builder::new()
                .name("head cache".into())
                .spawn(move || Heads::load(&d, &roots))
                .ok()
        });
        if let Some(d) = &dir {
            cache::remove_old(d, &roots);
        }
        Self {
            dir,
            roots,
            loading,
            stale: false,
            changed: Vec::new(),
            base: 0,
            log: 0,
        }
    }

    /// The library as the cache in `dir` has it, when there is one for
    /// `roots`, before any folder is walked: its entries (the list's order
    /// last time) and the files skipped.
    pub fn first(dir: Option<PathBuf>, roots: Vec<PathBuf>) -> Option<(Self, Vec<Entry>, Vec<Skipped>)> {
        let d = dir.as_deref()?;
        cache::remove_old(d, &roots);
        let mut snapshot = Snapshot::read(d, &roots)?;
        let mut entries = snapshot.first();
        let skipped = std::mem::take(&mut snapshot.skipped);
        let rest = snapshot.rest();
        entries.extend(rest.entries);
        if entries.is_empty() {
            return None;
        }
        let cache = Self {
            dir,
            roots,
            loading: None,
            // A torn or corrupt file is written whole at the first save.
            stale: rest.torn,
            changed: Vec::new(),
            base: if rest.torn { 0 } else { rest.base },
            log: rest.log,
        };
        Some((cache, entries, skipped))
    }

    /// The library is now opened on `roots` (the config was reloaded).
    pub(crate) fn set_roots(&mut self, roots: Vec<PathBuf>) {
        if roots != self.roots {
            self.base = 0;
            self.changed.clear();
        }
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

    /// The heads of entries `indices` of `lib` were read: noted for the log.
    pub(crate) fn read(&mut self, lib: &Library, indices: &[usize]) {
        if self.base == 0 {
            return;
        }
        self.changed
            .extend(indices.iter().filter_map(|&i| match &lib.entries.get(i)?.source {
                Source::File(p) => Some(p.clone()),
                Source::Embedded(_) => None,
            }));
    }

    /// `new` replaces `old` (a walk of the folders): the files gone are noted
    /// for the log; other files skipped mean the file is written whole.
    pub(crate) fn replaced(&mut self, old: &Library, new: &Library) {
        if old.skipped != new.skipped {
            self.base = 0;
            self.stale = true;
        }
        if self.base == 0 {
            return;
        }
        let now: HashSet<&Source> = new.entries.iter().map(|e| &e.source).collect();
        let before = self.changed.len();
        self.changed
            .extend(old.entries.iter().filter(|e| !now.contains(&e.source)).filter_map(
                |e| match &e.source {
                    Source::File(p) => Some(p.clone()),
                    Source::Embedded(_) => None,
                },
            ));
        self.stale |= self.changed.len() > before;
    }

    /// Write what `lib` knows now, if anything changed since the last time:
    /// the changes appended to the file's log while the log stays small
    /// (here: a few records), else the whole file, in the list's `order`
    /// (encoded here, borrowing the library, and written on a thread). A
    /// failure only costs the next start its speed.
    pub fn save(&mut self, lib: &Library, order: &[usize]) {
        let Some(dir) = self.dir.clone().filter(|_| self.stale) else {
            return;
        };
        self.stale = false;
        let changed = std::mem::take(&mut self.changed);
        if self.base > 0
            && !changed.is_empty()
            && let Some(chunk) = cache::encode_changes(lib, &self.roots, &changed)
            && (self.log + chunk.len() as u64) * LOG_SHARE <= self.base
            && cache::append(&dir, &self.roots, &chunk).is_ok()
        {
            self.log += chunk.len() as u64;
            return;
        }
        let Some(bytes) = cache::encode(lib, &self.roots, order) else {
            return;
        };
        (self.base, self.log) = (bytes.len() as u64, 0);
        let roots = self.roots.clone();
        let _ = thread::Builder::new()
            .name("head cache".into())
            .spawn(move || cache::write(&dir, &roots, &bytes));
    }
}

impl super::App {
    /// The articles again (after `R`, or when the folder changed).
    pub(super) fn rescan(&mut self) {
        // A walk still running in the background is older than this one.
        self.scanning = false;
        let lib = super::library(&self.start, &self.config);
        self.replace_library(lib);
    }

    /// Walk the folders on a thread (the list was opened from the cache):
    /// `Msg::Scanned` brings the library found to [`App::scanned`].
    pub(super) fn scan_in_background(&mut self) {
        let (paths, dirs, extensions) = (
            self.start.paths.clone(),
            self.config.articles_dirs.clone(),
            self.config.extensions.clone(),
        );
        let tx = self.loader.tx.clone();
        self.scanning = thread::Builder::new()
            .name("scan".into())
            .spawn(move || {
                let lib = crate::library::open::open(&paths, &dirs, &extensions);
                let _ = tx.send(crate::loader::Msg::Scanned(lib));
            })
            .is_ok();
    }

    /// The walk started by [`App::scan_in_background`] is done: files added,
    /// gone or changed since the cache was written are put right, as the
    /// watcher's changes are (unless a rescan came first).
    pub(super) fn scanned(&mut self, lib: Library) {
        if std::mem::take(&mut self.scanning) {
            self.replace_library(lib);
            self.start.timings.mark("folders walked");
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

    /// When every entry has its head: note the time, update the cache.
    fn all_heads_read(&mut self) {
        if self.heads_complete() {
            self.start.timings.mark("all heads read");
            self.heads.cache_due();
        }
    }
}

/// The library opened from the heads cache, when there is one for these
/// roots and every root is there (otherwise the folders are walked first: a
/// missing `articles_dir` is named, the samples shown).
pub(super) fn from_cache(
    start: &mut super::Start,
    roots: &[PathBuf],
) -> Option<(HeadCache, Library)> {
    let there = if start.paths.is_empty() {
        roots.iter().all(|d| d.is_dir())
    } else {
        roots.iter().all(|p| p.exists())
    };
    if roots.is_empty() || !there {
        return None;
    }
    let (cache, entries, skipped) = HeadCache::first(start.cache_dir.clone(), roots.to_vec())?;
    start
        .timings
        .mark(&format!("heads from the cache: {}", entries.len()));
    let lib = Library {
        entries,
        skipped,
        label: crate::library::scan::label(roots),
        notice: None,
    };
    Some((cache, lib))
}
