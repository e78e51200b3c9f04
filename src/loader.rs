//! Background reading: heads for the list, whole articles when opened. Results
//! come back as [`Loaded`] messages on a channel; the UI thread never waits.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use crate::article::{Article, Format};
use crate::library::load::Head;
use crate::library::{Library, Source, load};
use crate::search::Query;
use crate::state::Hit;

/// A result from a background reader. `generation` tells results for an old
/// library (before a reload) from current ones.
pub enum Loaded {
    Heads {
        generation: u64,
        batch: Vec<(usize, Result<Head, String>)>,
    },
    Article {
        generation: u64,
        index: usize,
        result: Result<Arc<Article>, String>,
    },
    /// Full-text search results (more follow until `done`).
    Hits {
        generation: u64,
        query: String,
        items: Vec<Hit>,
        done: bool,
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

    /// Search the full text of every entry for `query`, in the background.
    /// Files are read one at a time and never kept: memory stays flat.
    pub fn search_all(&self, library: &Library, query: &str) {
        let Some(q) = Query::new(query) else { return };
        let (tx, generation, query) = (self.tx.clone(), self.generation, query.to_string());
        let jobs: Vec<(usize, Source)> = library
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (i, e.source.clone()))
            .collect();
        thread::spawn(move || {
            let mut items = Vec::new();
            let mut last = Instant::now();
            for (index, source) in jobs {
                if let Some(snippet) = load::text(&source).ok().and_then(|t| snippet(&t, &q)) {
                    items.push(Hit {
                        entry: index,
                        snippet,
                    });
                }
                if last.elapsed() > Duration::from_millis(100) && !items.is_empty() {
                    let items = std::mem::take(&mut items);
                    let msg = Loaded::Hits {
                        generation,
                        query: query.clone(),
                        items,
                        done: false,
                    };
                    if tx.send(msg).is_err() {
                        return;
                    }
                    last = Instant::now();
                }
            }
            let _ = tx.send(Loaded::Hits {
                generation,
                query,
                items,
                done: true,
            });
        });
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

/// About 70 characters of text around the first match, on one line.
pub fn snippet(text: &str, q: &Query) -> Option<String> {
    let r = q.first(text)?;
    let before: String = text
        .get(..r.start)?
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text.get(r.start..)?.chars().take(40).collect();
    let joined = format!("{before}{after}");
    let words: Vec<&str> = joined.split_whitespace().collect();
    Some(format!("…{}…", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_one_line_around_the_match() {
        let q = Query::new("harbour").unwrap();
        let text = "Line one.\n\nThe old Harbour market\nwill reopen in spring, the council said on Tuesday evening.";
        let s = snippet(text, &q).unwrap();
        assert!(s.contains("old Harbour market will reopen"), "{s}");
        assert!(!s.contains('\n'));
        assert!(snippet("nothing here", &q).is_none());
    }
}
