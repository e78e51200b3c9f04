//! People built in the background ([`crate::people::gather::gather_early`]):
//! the people of the summary when it is current (the list, without
//! quotations), the progress at most every 50 ms, then the people, each
//! tagged with the build's number so that the state drops an older build's.

use std::path::PathBuf;
use std::thread;
use std::time::{Duration, Instant};

use super::{Loader, Msg};
use crate::library::Library;
use crate::people::gather::gather_early;

/// How often progress is sent.
const PROGRESS_EVERY: Duration = Duration::from_millis(50);

impl Loader {
    /// Build the people of every entry of `library` (skipped ones aside),
    /// with `cache` the folder beside the heads cache.
    pub fn gather_people(&self, library: &Library, cache: Option<PathBuf>, generation: u64) {
        let articles: Vec<_> = library
            .entries
            .iter()
            .filter(|e| !e.skipped)
            .map(|e| (e.source.clone(), e.format))
            .collect();
        let tx = self.tx.clone();
        thread::spawn(move || {
            let mut last = Instant::now();
            let mut progress = |done: usize, total: usize| {
                if last.elapsed() >= PROGRESS_EVERY || done == total {
                    last = Instant::now();
                    let _ = tx.send(Msg::PeopleProgress {
                        generation,
                        done,
                        total,
                    });
                }
            };
            let mut early = |gathered| {
                let _ = tx.send(Msg::People {
                    generation,
                    gathered,
                });
            };
            let gathered = gather_early(&articles, cache.as_deref(), &mut early, &mut progress);
            let _ = tx.send(Msg::People {
                generation,
                gathered,
            });
        });
    }
}
