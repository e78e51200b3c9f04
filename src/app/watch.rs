//! Live reload: files added, changed or removed in the articles folders show
//! up within a second. Events are debounced; the rescan keeps the selection and
//! the reading position (see `State::set_library`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::Start;
use crate::config::Config;

/// Quiet time after the last change before rescanning.
const SETTLE: Duration = Duration::from_millis(300);

pub(crate) struct Watch {
    /// Set once its folders are watched (on a thread: notify walks every
    /// folder and file under them, 200 ms at 100,000 files).
    _watcher: Arc<Mutex<Option<RecommendedWatcher>>>,
    changed: Arc<AtomicBool>,
    pending_since: Option<Instant>,
}

impl Watch {
    /// Watch the folders byline shows (the paths given, or `articles_dir`).
    /// `since`: their modification times when they were walked; if they
    /// differ once they are watched (a file added or removed in between),
    /// that is a change like any other.
    pub fn new(start: &Start, config: &Config, since: Option<Times>) -> Self {
        let changed = Arc::new(AtomicBool::new(false));
        let dirs = super::roots(start, config);
        let flag = Arc::clone(&changed);
        let missed = Arc::clone(&changed);
        let slot = Arc::new(Mutex::new(None));
        let watching = Arc::clone(&slot);
        let watch = move || {
            let watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
                if ev.is_ok_and(|e| !e.kind.is_access()) {
                    flag.store(true, Ordering::Relaxed);
                }
            });
            let Ok(mut w) = watcher else {
                return;
            };
            for d in dirs.iter().filter(|d| d.is_dir()) {
                // A folder that cannot be watched is still read; it just does
                // not reload by itself.
                let _ = w.watch(d, RecursiveMode::Recursive);
            }
            if since.is_some_and(|t| t != folder_times(&dirs)) {
                missed.store(true, Ordering::Relaxed);
            }
            if let Ok(mut slot) = watching.lock() {
                *slot = Some(w);
            }
        };
        // Without a thread the folders are not watched (`R` still reads
        // them again).
        let _ = std::thread::Builder::new()
            .name("watch".into())
            .spawn(watch);
        Self {
            _watcher: slot,
            changed,
            pending_since: None,
        }
    }

    /// Whether it is time to rescan: something changed and things have settled.
    pub(crate) fn due(&mut self, now: Instant) -> bool {
        if self.changed.swap(false, Ordering::Relaxed) {
            self.pending_since = Some(now);
        }
        match self.pending_since {
            Some(t) if now.duration_since(t) >= SETTLE => {
                self.pending_since = None;
                true
            }
            _ => false,
        }
    }
}

/// Modification times of folders (see [`folder_times`]).
pub(crate) type Times = Vec<Option<std::time::SystemTime>>;

/// Modification times of `dirs` (a folder's changes when a file in it is
/// added, removed or renamed; `None` for what cannot be read).
pub(crate) fn folder_times(dirs: &[std::path::PathBuf]) -> Times {
    dirs.iter()
        .map(|d| std::fs::metadata(d).and_then(|m| m.modified()).ok())
        .collect()
}
