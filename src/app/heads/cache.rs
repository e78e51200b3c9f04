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
mod tests {
    use super::*;
    use crate::article::Meta;
    use crate::library::scan::scan;
    use tempfile::TempDir;

    /// The folder scanned, each file's head its name.
    fn scanned(dir: &std::path::Path) -> Library {
        let mut lib = scan(&[dir.to_path_buf()], &["txt".into()]);
        for (i, e) in lib.entries.iter_mut().enumerate() {
            e.meta = Some(Meta {
                title: e.path.display().to_string(),
                ..Meta::default()
            });
            e.hash = Some(i as u64);
        }
        lib
    }

    fn titles(entries: &[Entry]) -> Vec<String> {
        let mut t: Vec<String> = entries
            .iter()
            .map(|e| e.meta.as_ref().map(|m| m.title.clone()).unwrap_or_default())
            .collect();
        t.sort();
        t
    }

    fn cache_file(dir: &std::path::Path) -> u64 {
        let only = std::fs::read_dir(dir).unwrap().flatten().next().unwrap();
        only.metadata().unwrap().len()
    }

    /// A folder of `n` files (each file's head its name), a cache folder, the
    /// roots and the library scanned.
    fn folder(n: usize) -> (TempDir, TempDir, Vec<PathBuf>, Library) {
        let (files, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        for i in 0..n {
            std::fs::write(files.path().join(format!("f{i:03}.txt")), "x\n").unwrap();
        }
        let roots = vec![files.path().to_path_buf()];
        let lib = scanned(files.path());
        (files, dir, roots, lib)
    }

    /// The list opened from the cache in `dir`: its first chunk, then the
    /// rest (as the app takes it after the first frame).
    fn opened(dir: &std::path::Path, roots: &[PathBuf]) -> (HeadCache, Vec<Entry>) {
        let mut first =
            HeadCache::first_split(Some(dir.into()), roots.to_vec(), 0).expect("the cache is read");
        assert!(first.cache.rest_due());
        let (all, _) = first.cache.rest(std::mem::take(&mut first.entries));
        assert!(!first.cache.rest_due(), "taken once");
        (first.cache, all)
    }

    #[test]
    fn the_first_chunk_comes_alone_and_the_rest_after_it_in_order() {
        let (_files, dir, roots, lib) = folder(300);
        let order: Vec<usize> = (0..lib.entries.len()).rev().collect();
        let sort = crate::config::Sort {
            key: crate::config::SortKey::Title,
            descending: true,
        };
        let mut cache = HeadCache::start(Some(dir.path().into()), roots.clone());
        cache.stale = true;
        cache.save(&lib, &order, Some(sort));
        written(dir.path(), cache.base);

        // Read whole when small.
        let whole = HeadCache::first(Some(dir.path().into()), roots.clone()).unwrap();
        assert_eq!((whole.entries.len(), whole.coming), (300, 0));
        assert_eq!(whole.sorted, Some(sort));
        assert!(!whole.cache.rest_due());
        let mut first = HeadCache::first_split(Some(dir.path().into()), roots, 0).unwrap();
        assert_eq!(first.entries.len(), 256);
        assert_eq!(first.coming, 300 - 256);
        assert_eq!(first.sorted, Some(sort));
        assert!(first.cache.rest_due());
        let (all, sorted) = first.cache.rest(first.entries.clone());
        assert!(!first.cache.rest_due());
        assert_eq!(sorted, Some(sort));
        let all: Vec<_> = all.iter().map(|e| e.path.clone()).collect();
        let want: Vec<_> = order.iter().map(|&i| lib.entries[i].path.clone()).collect();
        assert_eq!(all, want);
        // The sizes are known once the rest is in: a save appends.
        assert_eq!(first.cache.base, cache.base);
    }

    /// Wait for the thread writing the whole file.
    fn written(dir: &std::path::Path, len: u64) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::fs::read_dir(dir).map_or(0, |d| d.flatten().count()) == 0
            || cache_file(dir) != len
        {
            assert!(std::time::Instant::now() < deadline, "not written");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn a_file_gone_or_changed_is_appended_and_a_big_log_is_compacted() {
        let (files, dir, roots, lib) = folder(40);
        let mut cache = HeadCache::start(Some(dir.path().into()), roots.clone());
        cache.stale = true;
        cache.save(&lib, &[], None);
        written(dir.path(), cache.base);
        let base = cache.base;

        // The list opens from it; then one file is gone, one has changed.
        let (mut cache, entries) = opened(dir.path(), &roots);
        assert_eq!(titles(&entries), titles(&lib.entries));
        std::fs::remove_file(files.path().join("f003.txt")).unwrap();
        std::fs::write(files.path().join("f007.txt"), "longer\n").unwrap();
        let mut new = scan(&roots, &["txt".into()]);
        let old = Library {
            entries,
            ..Library::default()
        };
        cache.replaced(&old, &new);
        let i = new
            .entries
            .iter()
            .position(|e| e.path.ends_with("f007.txt"))
            .unwrap();
        for n in &mut new.entries {
            let o = old.entries.iter().find(|o| o.path == n.path).unwrap();
            (n.meta, n.hash) = (o.meta.clone(), o.hash);
        }
        new.entries[i].meta = Some(Meta {
            title: "Changed".into(),
            ..Meta::default()
        });
        cache.read(&new, &[i]);
        cache.stale = true;
        cache.save(&new, &[], None);
        // Appended, not written whole.
        assert_eq!(cache.base, base);
        assert!(cache.log > 0);
        assert_eq!(cache_file(dir.path()), base + cache.log);
        let (_, back) = opened(dir.path(), &roots);
        assert_eq!(titles(&back), titles(&new.entries));
        assert!(titles(&back).contains(&"Changed".to_string()));
        assert!(!titles(&back).contains(&"f003.txt".to_string()));

        // Every file read again: a log that big is compacted into the file.
        let all: Vec<usize> = (0..new.entries.len()).collect();
        cache.read(&new, &all);
        cache.stale = true;
        cache.save(&new, &[], None);
        assert_eq!(cache.log, 0);
        written(dir.path(), cache.base);
        let (_, back) = opened(dir.path(), &roots);
        assert_eq!(titles(&back), titles(&new.entries));
    }
}
