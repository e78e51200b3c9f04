//! The full-text index brought up to date with the library in the
//! background ([`crate::fulltext::update::sync`]): one thread, progress at
//! most every 100 ms, and a newer job (after a rescan) stops an older one and
//! waits for it to let go of the index.
//! Searches scan until it is done.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use super::{Loader, Msg};
use crate::fulltext::update::{File, sync};
use crate::fulltext::{Keyed, Ready, store};
use crate::library::Library;

/// Held by the job writing the index: one at a time in a process (an index
/// has one writer; a second fails, and must not be taken for a broken index).
static WRITING: Mutex<()> = Mutex::new(());

/// How often progress is sent.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

impl Loader {
    /// Bring the index in `dir` (written by the binary `binary`) up to date
    /// with `library`, in the background.
    pub fn index_library(&self, library: &Library, dir: PathBuf, binary: String) {
        let mut files = Vec::new();
        let mut entries = Keyed::new();
        let mut unindexed = Vec::new();
        for (i, e) in library.entries.iter().enumerate() {
            match File::of(e) {
                Some(f) => {
                    entries.insert(f.key, i);
                    files.push(f);
                }
                None if !e.skipped => unindexed.push(i),
                None => {}
            }
        }
        *self.index.write().unwrap_or_else(PoisonError::into_inner) = None;
        let job = self.index_job.fetch_add(1, Ordering::Relaxed) + 1;
        let (tx, generation) = (self.tx.clone(), self.generation);
        let (shared, jobs) = (Arc::clone(&self.index), Arc::clone(&self.index_job));
        thread::spawn(move || {
            let cancelled = || jobs.load(Ordering::Relaxed) != job;
            // The older job, cancelled, commits and lets go of the index first.
            let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
            if cancelled() {
                return;
            }
            let send = |done: usize, total: usize| {
                let _ = tx.send(Msg::IndexProgress {
                    generation,
                    done,
                    total,
                });
            };
            let mut last = Instant::now();
            let mut read = (0, 0);
            // At once when there is work, then at most every 100 ms. All
            // read is not ready yet (a commit, a merge and the keys of the
            // documents follow): that is sent once searches can use it.
            let mut progress = |done: usize, total: usize| {
                read = (done, total);
                if (done == 0 || last.elapsed() >= PROGRESS_EVERY) && done < total {
                    last = Instant::now();
                    send(done, total);
                }
            };
            let run = |progress: &mut dyn FnMut(usize, usize)| {
                let (index, fields) = store::open(&dir, &binary)?;
                if !sync(&index, &fields, &files, &cancelled, progress)? {
                    return Ok(None);
                }
                let reader: tantivy::IndexReader = index
                    .reader_builder()
                    .reload_policy(tantivy::ReloadPolicy::Manual)
                    .try_into()?;
                Ready::new(reader.searcher(), fields, &entries, unindexed.clone()).map(Some)
            };
            // A broken index (a segment gone or cut short) is made anew once.
            let result = run(&mut progress).or_else(|e| {
                // Another byline is writing it: leave it be (searches scan).
                if matches!(e, tantivy::TantivyError::LockFailure(..)) {
                    return Err(e);
                }
                std::fs::remove_dir_all(&dir)?;
                run(&mut progress)
            });
            if let Ok(Some(ready)) = result
                && !cancelled()
            {
                *shared.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(ready));
                send(read.1, read.1);
            }
        });
    }
}
