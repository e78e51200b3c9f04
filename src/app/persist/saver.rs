//! The thread that writes the state file, so that a slow disk, a lock held by
//! another byline or a full disk never holds up the screen. One save at a
//! time: a copy of the store goes in, the outcome comes back.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::thread;
use std::time::{Duration, Instant};

use crate::store::{SaveError, Store};

struct Job {
    store: Store,
    /// How long to wait for another byline's lock.
    wait: Duration,
}

pub struct Saver {
    jobs: Sender<Job>,
    done: Receiver<Result<(), SaveError>>,
    /// A save was sent and its outcome has not come back.
    busy: bool,
}

impl Saver {
    /// Start the thread that saves to `dir` (`None` if it cannot be started).
    pub fn start(dir: PathBuf) -> Option<Self> {
        let (jobs, inbox) = channel::<Job>();
        let (outcome, done) = channel();
        thread::Builder::new()
            .name("state saver".into())
            .spawn(move || {
                for mut job in inbox {
                    let result = job.store.save_within(&dir, job.wait);
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
        })
    }

    pub fn busy(&self) -> bool {
        self.busy
    }

    /// Save `store` in the background, waiting at most `wait` for the lock.
    pub fn send(&mut self, store: Store, wait: Duration) -> Result<(), SaveError> {
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
        match self.done.recv_timeout(left) {
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
