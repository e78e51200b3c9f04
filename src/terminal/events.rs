//! Terminal events on their own thread.
//!
//! crossterm's `poll` never returns once the terminal has hung up (it spins on
//! a read of 0 bytes), so the event loop must not call it: it waits on this
//! thread's channel with a timeout and so always sees the signal flags. While
//! an editor runs or byline is suspended, the thread is paused (and says so) so
//! that it does not take the keys meant for the other program.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

/// How long the reader waits for input before checking whether it is paused.
const POLL: Duration = Duration::from_millis(30);

pub struct Events {
    paused: Arc<AtomicBool>,
    idle: Arc<AtomicBool>,
}

impl Events {
    /// Read events on a thread and hand each to `send` (which says whether
    /// anyone is still listening).
    pub fn spawn(send: impl Fn(std::io::Result<Event>) -> bool + Send + 'static) -> Self {
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
                if !send(ev) || failed {
                    return;
                }
            }
        });
        Self { paused, idle }
    }

    /// Stop reading keys until [`Events::resume`], and wait (briefly) until the
    /// reader is really idle.
    pub(crate) fn pause(&self) {
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
