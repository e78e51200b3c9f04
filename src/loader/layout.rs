//! Laying out an article again (a new width) on one thread, one job at a
//! time. A newer request replaces the one waiting and cancels the one running
//! (checked between blocks), so a storm of resizes costs one layout in memory
//! and on the CPU, whatever the number of resizes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::thread;

use super::Msg;
use crate::article::Article;
use crate::doc::{self, BuildOptions};

/// One layout asked for.
struct Job {
    /// Its number: the job is wanted while it is the newest.
    n: u64,
    generation: u64,
    index: usize,
    article: Arc<Article>,
    opts: BuildOptions,
}

#[derive(Default)]
struct Queue {
    /// The newest job not started yet (an older one waiting is dropped).
    next: Option<Job>,
    /// The loader is gone: the thread ends.
    closed: bool,
}

#[derive(Default)]
struct Shared {
    queue: Mutex<Queue>,
    wake: Condvar,
    /// The number of the newest job asked for.
    newest: AtomicU64,
}

/// The layout thread (started with the first job) and its queue of one.
#[derive(Default)]
pub(crate) struct Layouts {
    shared: Arc<Shared>,
    thread: OnceLock<()>,
}

impl Layouts {
    /// Ask for a layout; any older one waiting or running is given up.
    pub(crate) fn ask(
        &self,
        tx: &Sender<Msg>,
        generation: u64,
        index: usize,
        article: Arc<Article>,
        opts: BuildOptions,
    ) {
        self.thread.get_or_init(|| {
            let (shared, tx) = (Arc::clone(&self.shared), tx.clone());
            // Without the thread nothing is laid out again: the old layout
            // stays on screen, which is better than no screen.
            let _ = thread::Builder::new()
                .name("layout".into())
                .spawn(move || work(&shared, &tx));
        });
        let n = self.shared.newest.fetch_add(1, Ordering::SeqCst) + 1;
        let mut queue = lock(&self.shared.queue);
        queue.next = Some(Job {
            n,
            generation,
            index,
            article,
            opts,
        });
        drop(queue);
        self.shared.wake.notify_one();
    }
}

impl Drop for Layouts {
    /// The thread ends: a layout running is cancelled, none waiting is started.
    fn drop(&mut self) {
        self.shared.newest.fetch_add(1, Ordering::SeqCst);
        lock(&self.shared.queue).closed = true;
        self.shared.wake.notify_one();
    }
}

fn lock(queue: &Mutex<Queue>) -> std::sync::MutexGuard<'_, Queue> {
    queue.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The layout thread: the newest job, one at a time, until the loader goes.
fn work(shared: &Shared, tx: &Sender<Msg>) {
    loop {
        let job = {
            let mut queue = lock(&shared.queue);
            loop {
                if queue.closed {
                    return;
                }
                if let Some(job) = queue.next.take() {
                    break job;
                }
                queue = shared
                    .wake
                    .wait(queue)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        let superseded = || shared.newest.load(Ordering::SeqCst) != job.n;
        let Some(doc) = doc::build_until(&job.article, job.opts, &superseded) else {
            continue;
        };
        let msg = Msg::Layout {
            generation: job.generation,
            index: job.index,
            opts: job.opts,
            doc,
        };
        // Let go of the article before waiting for the next job.
        drop(job);
        if tx.send(msg).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use crate::doc::{self, BuildOptions};

    #[test]
    fn a_cancelled_layout_stops_at_the_next_block() {
        let text = format!(
            "Title\n\n{}",
            "One paragraph of a long article.\n\n".repeat(200)
        );
        let article = crate::parse::parse(&text, crate::article::Format::Plain);
        let asked = Cell::new(0);
        let cancelled = || {
            asked.set(asked.get() + 1);
            asked.get() > 5
        };
        assert!(doc::build_until(&article, BuildOptions::default(), &cancelled).is_none());
        assert_eq!(asked.get(), 6, "asked once per block, stopped at once");
        let whole = doc::build_until(&article, BuildOptions::default(), &|| false);
        assert_eq!(whole, Some(doc::build(&article, BuildOptions::default())));
    }
}
