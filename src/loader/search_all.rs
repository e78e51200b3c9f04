//! The full-text search over every article. With the index up to date
//! ([`crate::fulltext::Ready`]), only its candidates are read; else every
//! file is, on a few threads. Either way each file is read, matched with the
//! query's [`Terms`] and dropped (memory stays flat), and results go back as
//! they are found: the first at once, then at most every 100 ms.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use super::{Loader, Msg, snippet_of};
use crate::article::Format;
use crate::library::{Library, Source, load};
use crate::search::terms::Terms;
use crate::state::Hit;

/// Results are sent at most this often (the first at once).
const BATCH_EVERY: Duration = Duration::from_millis(100);

/// Files a scanning thread takes at a time.
const CHUNK: usize = 16;

/// One file to read: its entry, and the speakers the index holds for it
/// (`None`: not known, parse the file if the query names a speaker).
struct Job {
    entry: usize,
    source: Source,
    format: Format,
    speakers: Option<Vec<String>>,
}

impl Loader {
    /// Search the full text of every entry for `query`, in the background.
    /// A newer search (a larger `id`) stops this one.
    pub fn search_all(&self, library: &Library, query: &str, id: u64) {
        let Some(terms) = Terms::parse(query) else {
            return;
        };
        let (tx, generation) = (self.tx.clone(), self.generation);
        let latest = Arc::clone(&self.latest_search);
        latest.store(id, Ordering::Relaxed);
        let ready = self
            .index
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let job = |(entry, e): (usize, &crate::library::Entry)| Job {
            entry,
            source: e.source.clone(),
            format: e.format,
            speakers: None,
        };
        let mut jobs = Vec::new();
        let from_index = ready.and_then(|r| {
            let found = r.candidates(&terms).ok()??;
            // Entries the index does not hold (built-in samples) are read too.
            jobs.extend(
                r.unindexed
                    .iter()
                    .filter_map(|&i| Some(job((i, library.entries.get(i)?)))),
            );
            Some(found)
        });
        match from_index {
            Some(found) => jobs.extend(found.into_iter().filter_map(|(i, speakers)| {
                let mut j = job((i, library.entries.get(i)?));
                j.speakers = Some(speakers);
                Some(j)
            })),
            None => jobs = library.entries.iter().enumerate().map(job).collect(),
        }
        thread::spawn(move || {
            let send = |items, done| {
                tx.send(Msg::Hits {
                    generation,
                    id,
                    items,
                    done,
                })
                .is_ok()
            };
            run(&jobs, &terms, &latest, id, &send);
        });
    }
}

/// Read `jobs` on a few threads and hand their hits to `send` (with `true`
/// once all are read). Stops early when a newer search starts.
fn run(
    jobs: &[Job],
    terms: &Terms,
    latest: &AtomicU64,
    id: u64,
    send: &impl Fn(Vec<Hit>, bool) -> bool,
) {
    let threads = thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .clamp(1, 4)
        .min(jobs.len().div_ceil(CHUNK).max(1));
    let next = AtomicUsize::new(0);
    let (hit_tx, hit_rx) = channel::<Hit>();
    thread::scope(|s| {
        for _ in 0..threads {
            let hit_tx: Sender<Hit> = hit_tx.clone();
            let next = &next;
            s.spawn(move || {
                // One buffer for every file this thread reads.
                let mut buf = Vec::new();
                loop {
                    let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                    let Some(chunk) = jobs.get(from..jobs.len().min(from + CHUNK)) else {
                        return;
                    };
                    if chunk.is_empty() || latest.load(Ordering::Relaxed) != id {
                        return;
                    }
                    for job in chunk {
                        if let Some(hit) = hit(job, terms, &mut buf)
                            && hit_tx.send(hit).is_err()
                        {
                            return;
                        }
                    }
                }
            });
        }
        drop(hit_tx);
        let mut items: Vec<Hit> = Vec::new();
        let mut last: Option<Instant> = None;
        loop {
            let wait = last.map_or(BATCH_EVERY, |t| BATCH_EVERY.saturating_sub(t.elapsed()));
            match hit_rx.recv_timeout(wait) {
                Ok(hit) => items.push(hit),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
            let due = last.is_none_or(|t| t.elapsed() >= BATCH_EVERY);
            if due && !items.is_empty() {
                items.sort_unstable_by_key(|h| h.entry);
                if !send(std::mem::take(&mut items), false) {
                    latest.store(0, Ordering::Relaxed);
                }
                last = Some(Instant::now());
            }
        }
        if latest.load(Ordering::Relaxed) == id {
            items.sort_unstable_by_key(|h| h.entry);
            send(items, true);
        }
    });
}

/// The hit in one file, if the query matches it: matched in the bytes as
/// read (into `buf`) when they are the text already (clean UTF-8), else in
/// the text decoded from them; a web page's in its article's text.
fn hit(job: &Job, terms: &Terms, buf: &mut Vec<u8>) -> Option<Hit> {
    if job.format == Format::Html {
        // The page's article, not its markup.
        return hit_in(job, terms, &load::text(&job.source, job.format).ok()?);
    }
    load::read_into(&job.source, None, buf).ok()?;
    match load::clean_utf8(buf) {
        Some(text) => hit_in(job, terms, text),
        None => hit_in(job, terms, &crate::parse::decode(buf).ok()?),
    }
}

/// The hit in `text`, the text of `job`'s file.
fn hit_in(job: &Job, terms: &Terms, text: &str) -> Option<Hit> {
    if !terms.in_text(text) {
        return None;
    }
    if terms.has_speaker() {
        let matched = match &job.speakers {
            Some(names) => terms.speakers_match(names),
            None => {
                // A speaker's name is (nearly always) written in the text:
                // parse only the files that have it.
                terms.speakers().all(|p| p.query.is_in(text)) && {
                    let article = if job.format == Format::Html {
                        load::full(&job.source, job.format).ok()?
                    } else {
                        Arc::new(crate::parse::parse(text, job.format))
                    };
                    let names: Vec<&str> = (0..article.quotes.len())
                        .filter_map(|q| article.speaker(q))
                        .collect();
                    terms.speakers_match(&names)
                }
            }
        };
        if !matched {
            return None;
        }
    }
    Some(Hit {
        entry: job.entry,
        snippet: snippet_of(text, terms),
    })
}
