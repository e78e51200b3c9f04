//! The full-text search over every article: files are read one at a time and
//! never kept, so memory stays flat.

use std::thread;
use std::time::{Duration, Instant};

use super::{Loader, Msg};
use crate::library::{Library, Source, load};
use crate::search::Query;
use crate::state::Hit;

impl Loader {
    /// Search the full text of every entry for `query`, in the background.
    /// Files are read one at a time and never kept: memory stays flat.
    /// A newer search (a larger `id`) stops this one.
    pub fn search_all(&self, library: &Library, query: &str, id: u64) {
        let Some(q) = Query::new(query) else { return };
        let (tx, generation) = (self.tx.clone(), self.generation);
        let latest = std::sync::Arc::clone(&self.latest_search);
        latest.store(id, std::sync::atomic::Ordering::Relaxed);
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
                if latest.load(std::sync::atomic::Ordering::Relaxed) != id {
                    return;
                }
                if let Some(snippet) = load::text(&source).ok().and_then(|t| snippet(&t, &q)) {
                    items.push(Hit {
                        entry: index,
                        snippet,
                    });
                }
                if last.elapsed() > Duration::from_millis(100) && !items.is_empty() {
                    let items = std::mem::take(&mut items);
                    let msg = Msg::Hits {
                        generation,
                        id,
                        items,
                        done: false,
                    };
                    if tx.send(msg).is_err() {
                        return;
                    }
                    last = Instant::now();
                }
            }
            let _ = tx.send(Msg::Hits {
                generation,
                id,
                items,
                done: true,
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
