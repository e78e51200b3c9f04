//! Heads of every file, on a few worker threads, sent in batches.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use super::{Loader, Msg};
use crate::article::Format;
use crate::library::{Library, Source, load};

impl Loader {
    /// Read the heads the entries do not have yet (no hash: a title may come
    /// from the whole article) in the background (a new
    /// generation: results for the library before are dropped).
    pub(crate) fn read_heads(&mut self, library: &Library) {
        self.generation += 1;
        let generation = self.generation;
        let jobs: Vec<(usize, Source, Format)> = library
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.hash.is_none())
            .map(|(i, e)| (i, e.source.clone(), e.format))
            .collect();
        if jobs.is_empty() {
            return;
        }
        let jobs = Arc::new(jobs);
        let next = Arc::new(AtomicUsize::new(0));
        let workers = thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 4));
        for _ in 0..workers {
            let (jobs, next, tx) = (Arc::clone(&jobs), Arc::clone(&next), self.tx.clone());
            thread::spawn(move || {
                let mut batch = Vec::new();
                let mut last = Instant::now();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((index, source, format)) = jobs.get(i) else {
                        break;
                    };
                    batch.push((*index, load::head(source, *format)));
                    if batch.len() >= 256 || last.elapsed() > Duration::from_millis(40) {
                        let batch = std::mem::take(&mut batch);
                        if tx.send(Msg::Heads { generation, batch }).is_err() {
                            return;
                        }
                        last = Instant::now();
                    }
                }
                if !batch.is_empty() {
                    let _ = tx.send(Msg::Heads { generation, batch });
                }
            });
        }
    }
}
