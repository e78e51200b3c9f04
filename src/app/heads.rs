//! Heads for the list: those remembered in the cache first (read on a thread
//! while the folders are scanned), the rest read in the background; the cache
//! is written again, off the UI thread, once every head is known.

use std::path::PathBuf;
use std::thread::{self, JoinHandle};

use crate::library::Library;
use crate::library::cache::Heads;

pub struct HeadCache {
    dir: Option<PathBuf>,
    loading: Option<JoinHandle<Heads>>,
    heads: Heads,
    /// Heads were read from files since the cache was loaded or saved.
    pub(super) stale: bool,
}

impl HeadCache {
    /// Start reading the cache in `dir` (`None`: no cache).
    pub fn start(dir: Option<PathBuf>) -> Self {
        let loading = dir.clone().and_then(|d| {
            thread::Builder::new()
                .name("head cache".into())
                .spawn(move || Heads::load(&d))
                .ok()
        });
        Self {
            dir,
            loading,
            heads: Heads::default(),
            stale: false,
        }
    }

    /// Give `lib` the remembered heads (waiting for the cache to be read).
    /// Returns the indices of the entries filled.
    pub fn apply(&mut self, lib: &mut Library) -> Vec<usize> {
        if let Some(h) = self.loading.take() {
            self.heads = h.join().unwrap_or_default();
        }
        self.heads.apply(lib)
    }

    /// Write what `lib` knows now, in the background, if heads were read
    /// since the last time. A failure only costs the next start its speed.
    pub fn save(&mut self, lib: &Library) {
        let Some(dir) = self.dir.clone().filter(|_| self.stale) else {
            return;
        };
        self.stale = false;
        let heads = self.heads.updated(lib);
        let _ = thread::Builder::new()
            .name("head cache".into())
            .spawn(move || heads.save(&dir));
    }
}
