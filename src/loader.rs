//! Background reading: heads for the list, whole articles when opened. Results
//! come back as [`Loaded`] messages on a channel; the UI thread never waits.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use crate::article::{Article, Format, Meta};
use crate::library::{Library, Source, load};

/// A result from a background reader. `generation` tells results for an old
/// library (before a reload) from current ones.
pub enum Loaded {
    Heads {
        generation: u64,
        batch: Vec<(usize, Result<Meta, String>)>,
    },
    Article {
        generation: u64,
        index: usize,
        result: Result<Arc<Article>, String>,
    },
}

/// Starts readers and hands out their results.
pub struct Loader {
    tx: Sender<Loaded>,
    pub rx: Receiver<Loaded>,
    pub generation: u64,
}

impl Default for Loader {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            generation: 0,
        }
    }
}

impl Loader {
    /// Read every entry's head in the background (a new generation).
    pub fn read_heads(&mut self, library: &Library) {
        self.generation += 1;
        let generation = self.generation;
        let jobs: Arc<Vec<(usize, Source, Format)>> = Arc::new(
            library
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| (i, e.source.clone(), e.format))
                .collect(),
        );
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
                        if tx.send(Loaded::Heads { generation, batch }).is_err() {
                            return;
                        }
                        last = Instant::now();
                    }
                }
                if !batch.is_empty() {
                    let _ = tx.send(Loaded::Heads { generation, batch });
                }
            });
        }
    }

    /// Read and parse one article in the background.
    pub fn read_article(&self, index: usize, source: Source, format: Format) {
        let (tx, generation) = (self.tx.clone(), self.generation);
        thread::spawn(move || {
            let result = load::full(&source, format);
            let _ = tx.send(Loaded::Article {
                generation,
                index,
                result,
            });
        });
    }
}
