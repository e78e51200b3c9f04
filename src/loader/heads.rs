//! Heads of files, on a few worker threads, sent in batches. The files are
//! handed to the workers through a [`HeadFeed`]: all at once for a library
//! (`read_heads`), or one by one as a walk finds them (`prefetch_heads`).

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::{Loader, Msg};
use crate::article::Format;
use crate::library::{Library, Source, load};

/// A head to read: the number its result is sent with, and the file.
pub(crate) type Job = (usize, Source, Format);

/// Jobs go to the workers in batches this large (small: a walk's first
/// files are read while it goes on).
const JOB_BATCH: usize = 32;

impl Loader {
    /// Read the heads the entries do not have yet (no hash: a title may come
    /// from the whole article) in the background (a new
    /// generation: results for the library before are dropped).
    pub(crate) fn read_heads(&mut self, library: &Library) {
        let mut jobs = library
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.hash.is_none())
            .map(|(i, e)| (i, e.source.clone(), e.format))
            .peekable();
        if jobs.peek().is_none() {
            self.generation += 1;
            return;
        }
        let mut feed = self.head_workers();
        jobs.for_each(|job| feed.push(job));
    }

    /// Workers for heads of files not found yet (a new generation): a walk
    /// gives each file to the feed as it finds it, numbered in the order
    /// found, and the heads come back with those numbers.
    pub(crate) fn prefetch_heads(&mut self) -> HeadFeed {
        self.head_workers()
    }

    fn head_workers(&mut self) -> HeadFeed {
        self.generation += 1;
        let generation = self.generation;
        let (jobs, taken) = channel::<Vec<Job>>();
        let taken = Arc::new(Mutex::new(taken));
        let workers = thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 4));
        for _ in 0..workers {
            let (taken, tx) = (Arc::clone(&taken), self.tx.clone());
            thread::spawn(move || work(&taken, &tx, generation));
        }
        HeadFeed {
            jobs,
            batch: Vec::with_capacity(JOB_BATCH),
            count: 0,
        }
    }
}

/// One worker: heads read into one buffer, sent every 256 or 40 ms.
fn work(taken: &Mutex<Receiver<Vec<Job>>>, tx: &Sender<Msg>, generation: u64) {
    let mut buf = Vec::new();
    let mut batch = Vec::new();
    let mut last = Instant::now();
    // One worker waits for jobs at a time (holding the lock); the others
    // wait for it.
    while let Some(jobs) = taken.lock().ok().and_then(|rx| rx.recv().ok()) {
        for (index, source, format) in jobs {
            // The list's fields alone, made here: the rest is freed on the
            // thread that made it, not on the UI's (`State::head_loaded`
            // keeps these as they are).
            let head = load::head_in(&source, format, &mut buf).map(|mut head| {
                head.meta = head.meta.into_listed();
                head
            });
            batch.push((index, head));
            if batch.len() >= 256 || last.elapsed() > Duration::from_millis(40) {
                let batch = std::mem::take(&mut batch);
                if tx.send(Msg::Heads { generation, batch }).is_err() {
                    return;
                }
                last = Instant::now();
            }
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(Msg::Heads { generation, batch });
    }
}

/// Where the files whose heads are to be read go; the workers stop once it
/// is dropped and they have read every file given.
pub(crate) struct HeadFeed {
    jobs: Sender<Vec<Job>>,
    batch: Vec<Job>,
    count: usize,
}

impl HeadFeed {
    /// Read this file's head.
    pub(crate) fn push(&mut self, job: Job) {
        self.batch.push(job);
        self.count += 1;
        if self.batch.len() >= JOB_BATCH {
            self.flush();
        }
    }

    /// How many files were given.
    pub(crate) fn count(&self) -> usize {
        self.count
    }

    fn flush(&mut self) {
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(JOB_BATCH));
        // No worker left (none could start): nothing more is read.
        let _ = self.jobs.send(batch);
    }
}

impl Drop for HeadFeed {
    fn drop(&mut self) {
        if !self.batch.is_empty() {
            self.flush();
        }
    }
}
