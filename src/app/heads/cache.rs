//! The heads cache as the app keeps it: read at the start, given the files
//! whose heads were read or that went away, and written back (a chunk
//! appended to its log, or the whole file).

use std::collections::HashSet;
use std::path::PathBuf;
use std::thread::{self, JoinHandle};

use crate::library::cache::{self, Heads, Snapshot};
use crate::library::{Entry, Library, Skipped, Source};

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
    /// The cache the list was opened from, its first chunk taken: the rest
    /// is decoded once the first frame is drawn.
    rest: Option<Snapshot>,
}

/// A cache of at most this many entries is read whole before the first
/// frame (about 20 ms); a bigger one shows its first chunk first, and its
/// rest after that frame (the whole of 100,000 takes 70-130 ms).
const SPLIT_FROM: usize = 20_000;

/// The log is compacted (the file written whole) when it would grow past
/// this fraction of the part written whole.
const LOG_SHARE: u64 = 4;

/// A library opened from the cache: the cache, the entries of its first
/// chunk (the top of the list last shown; the rest is decoded after the
/// first frame: [`HeadCache::rest`]), the files skipped, the sort the
/// entries are in if they are in one, and how many entries are to come.
pub(crate) struct First {
    pub cache: HeadCache,
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
    pub sorted: Option<crate::config::Sort>,
    pub coming: usize,
}

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
            rest: None,
        }
    }

    /// The library as the cache in `dir` has it, when there is one for
    /// `roots`, before any folder is walked: its entries (the list's order
    /// last time) and the files skipped.
    pub fn first(dir: Option<PathBuf>, roots: Vec<PathBuf>) -> Option<First> {
        Self::first_split(dir, roots, SPLIT_FROM)
    }

    /// [`HeadCache::first`], the first chunk alone when the cache holds more
    /// than `split_from` entries.
    fn first_split(dir: Option<PathBuf>, roots: Vec<PathBuf>, split_from: usize) -> Option<First> {
        let d = dir.as_deref()?;
        cache::remove_old(d, &roots);
        let mut snapshot = Snapshot::read(d, &roots)?;
        let entries = snapshot.first();
        let skipped = std::mem::take(&mut snapshot.skipped);
        let mut cache = Self {
            dir,
            roots,
            loading: None,
            stale: false,
            changed: Vec::new(),
            base: 0,
            log: 0,
            rest: None,
        };
        if entries.is_empty() || snapshot.count() <= split_from {
            // A small cache, or no first chunk (torn, or only a log):
            // everything at once.
            let rest = snapshot.rest_after(entries);
            let sorted = rest.sorted;
            let entries = cache.taken(rest);
            return (!entries.is_empty()).then_some(First {
                cache,
                entries,
                skipped,
                sorted,
                coming: 0,
            });
        }
        let sorted = snapshot.sorted();
        let coming = snapshot.count().saturating_sub(entries.len());
        cache.rest = Some(snapshot);
        Some(First {
            cache,
            entries,
            skipped,
            sorted,
            coming,
        })
    }

    /// The entries of the cache the list was opened from: `first` (those of
    /// its first chunk) and the rest after them, and the sort they are in if
    /// they are in one. `first` alone, in no known sort, once taken or for
    /// a list not opened from the cache.
    pub(crate) fn rest(&mut self, first: Vec<Entry>) -> (Vec<Entry>, Option<crate::config::Sort>) {
        let Some(snapshot) = self.rest.take() else {
            return (first, None);
        };
        let rest = snapshot.rest_after(first);
        let sorted = rest.sorted;
        (self.taken(rest), sorted)
    }

    /// Whether the list was opened from the first chunk alone and the rest is
    /// still to be decoded.
    pub(crate) fn rest_due(&self) -> bool {
        self.rest.is_some()
    }

    /// The entries of `rest`, the file's sizes noted.
    fn taken(&mut self, rest: cache::Rest) -> Vec<Entry> {
        // A torn or corrupt file is written whole at the first save.
        self.stale = rest.torn;
        self.base = if rest.torn { 0 } else { rest.base };
        self.log = rest.log;
        rest.entries
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
        self.changed.extend(
            indices
                .iter()
                .filter_map(|&i| match &lib.entries.get(i)?.source {
                    Source::File(p) => Some(p.clone()),
                    Source::Embedded(_) => None,
                }),
        );
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
        self.changed.extend(
            old.entries
                .iter()
                .filter(|e| !now.contains(&e.source))
                .filter_map(|e| match &e.source {
                    Source::File(p) => Some(p.clone()),
                    Source::Embedded(_) => None,
                }),
        );
        self.stale |= self.changed.len() > before;
    }

    /// Write what `lib` knows now, if anything changed since the last time:
    /// the changes appended to the file's log while the log stays small
    /// (here: a few records), else the whole file, in the list's `order`
    /// (encoded here, borrowing the library, and written on a thread). A
    /// failure only costs the next start its speed.
    /// `sorted`: `order` is every entry in that sort's order.
    pub fn save(&mut self, lib: &Library, order: &[usize], sorted: Option<crate::config::Sort>) {
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
        let Some(bytes) = cache::encode(lib, &self.roots, order, sorted) else {
            return;
        };
        (self.base, self.log) = (bytes.len() as u64, 0);
        let roots = self.roots.clone();
        let _ = thread::Builder::new()
            .name("head cache".into())
            .spawn(move || cache::write(&dir, &roots, &bytes));
    }
}

#[cfg(test)]
mod tests;
