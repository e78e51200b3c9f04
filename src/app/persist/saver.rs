//! The thread that writes the state file, so that a slow disk, a lock held by
//! another byline or a full disk never holds up the screen. One save at a
//! time: a copy of the store goes in, the outcome comes back.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::thread;
use std::time::{Duration, Instant};

use crate::store::{SaveError, Store};

struct Job {
    store: Store,
    /// How long to wait for another byline's lock.
    wait: Duration,
}

pub(crate) struct Saver {
    jobs: Sender<Job>,
    done: Receiver<Result<(), SaveError>>,
    /// A save was sent and its outcome has not come back.
    busy: bool,
    /// The save in flight holds the lock (it only writes now).
    locked: Arc<AtomicBool>,
}

/// How much longer than its deadline quitting waits for a save that holds the lock:
/// a loaded machine may take that long to write and sync a file, and the changes
/// would be lost otherwise. A save still waiting for the lock gets no more time.
const WRITE_GRACE: Duration = Duration::from_secs(2);

impl Saver {
    /// Start the thread that saves to `dir` (`None` if it cannot be started).
    pub fn start(dir: PathBuf) -> Option<Self> {
        let (jobs, inbox) = channel::<Job>();
        let (outcome, done) = channel();
        let locked = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&locked);
        thread::Builder::new()
            .name("state saver".into())
            .spawn(move || {
                for mut job in inbox {
                    let result = job.store.save_telling(&dir, job.wait, &flag);
                    flag.store(false, Ordering::Release);
                    if outcome.send(result).is_err() {
                        return;
                    }
                }
            })
            .ok()?;
        Some(Self {
            jobs,
            done,
            busy: false,
            locked,
        })
    }

    pub fn busy(&self) -> bool {
        self.busy
    }

    /// Save `store` in the background, waiting at most `wait` for the lock.
    pub fn send(&mut self, store: Store, wait: Duration) -> Result<(), SaveError> {
        self.locked.store(false, Ordering::Release);
        self.jobs
            .send(Job { store, wait })
            .map_err(|_| SaveError("the saving thread ended".into()))?;
        self.busy = true;
        Ok(())
    }

    /// The outcome of the save in flight, if it is in.
    pub fn poll(&mut self) -> Option<Result<(), SaveError>> {
        if !self.busy {
            return None;
        }
        match self.done.try_recv() {
            Ok(r) => {
                self.busy = false;
                Some(r)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.busy = false;
                Some(Err(SaveError("the saving thread ended".into())))
            }
        }
    }

    /// Wait until `until` for the outcome of the save in flight (`None`: it
    /// did not come in time, or nothing was in flight).
    pub fn wait(&mut self, until: Instant) -> Option<Result<(), SaveError>> {
        if !self.busy {
            return None;
        }
        let left = until.saturating_duration_since(Instant::now());
        let got = match self.done.recv_timeout(left) {
            // Past the deadline with the lock held: the save only writes now.
            Err(RecvTimeoutError::Timeout) if self.locked.load(Ordering::Acquire) => {
                self.done.recv_timeout(WRITE_GRACE)
            }
            other => other,
        };
        match got {
            Ok(r) => {
                self.busy = false;
                Some(r)
            }
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => {
                self.busy = false;
                Some(Err(SaveError("the saving thread ended".into())))
            }
        }
    }
}
