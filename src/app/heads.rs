//! Heads for the list: those remembered in the cache first (read on a thread
//! while the folders are scanned), the rest read in the background; the cache
//! is written again, off the UI thread, once every head is known.

use std::path::PathBuf;
use std::thread::{self, JoinHandle};

use crate::library::Library;
use crate::library::cache::{self, Heads};

pub struct HeadCache {
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
    pub fn set_roots(&mut self, roots: Vec<PathBuf>) {
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
