//! Terminal events on their own thread.
//!
//! crossterm's `poll` never returns once the terminal has hung up (it spins on
//! a read of 0 bytes), so the event loop must not call it: it waits on this
//! thread's channel with a timeout and so always sees the signal flags. While
//! an editor runs or byline is suspended, the thread is paused (and says so) so
//! that it does not take the keys meant for the other program.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

/// How long the reader waits for input before checking whether it is paused.
const POLL: Duration = Duration::from_millis(30);

pub struct Events {
    rx: Receiver<std::io::Result<Event>>,
    paused: Arc<AtomicBool>,
    idle: Arc<AtomicBool>,
}

impl Events {
    pub fn spawn() -> Self {
        let (tx, rx) = channel();
        let paused = Arc::new(AtomicBool::new(false));
        let idle = Arc::new(AtomicBool::new(false));
        let (p, i) = (Arc::clone(&paused), Arc::clone(&idle));
        thread::spawn(move || {
            loop {
                if p.load(Ordering::Acquire) {
                    i.store(true, Ordering::Release);
                    thread::sleep(Duration::from_millis(5));
                    continue;
                }
                i.store(false, Ordering::Release);
                let ev = match event::poll(POLL) {
                    Ok(false) => continue,
                    Ok(true) => event::read(),
                    Err(e) => Err(e),
                };
                let failed = ev.is_err();
                if tx.send(ev).is_err() || failed {
                    return;
                }
            }
        });
        Self { rx, paused, idle }
    }

    /// The next event, or `None` after `timeout`.
    ///
    /// # Errors
    /// When the terminal cannot be read (or the reader has stopped).
    pub fn next(&self, timeout: Duration) -> std::io::Result<Option<Event>> {
        match self.rx.recv_timeout(timeout) {
            Ok(ev) => ev.map(Some),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => {
                Err(std::io::Error::other("terminal input closed"))
            }
        }
    }

    /// Stop reading keys until [`Events::resume`], and wait (briefly) until the
    /// reader is really idle.
    pub fn pause(&self) {
        self.paused.store(true, Ordering::Release);
        let deadline = Instant::now() + Duration::from_millis(300);
        while !self.idle.load(Ordering::Acquire) && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(2));
        }
    }

    pub fn resume(&self) {
        self.paused.store(false, Ordering::Release);
    }
}
