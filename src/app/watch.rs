//! Live reload: files added, changed or removed in the articles folders show
//! up within a second. Events are debounced; the rescan keeps the selection and
//! the reading position (see `State::set_library`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::Start;
use crate::config::Config;

#[cfg(target_os = "linux")]
#[path = "watch/linux.rs"]
mod platform;
#[cfg(not(target_os = "linux"))]
#[path = "watch/other.rs"]
mod platform;

/// Quiet time after the last change before rescanning.
const SETTLE: Duration = Duration::from_millis(300);

pub(crate) struct Watch {
    /// The folders are watched on a thread (walking them takes a while at
    /// 100,000 files); dropped, it stops.
    _watcher: platform::Watcher,
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
        let missed = Arc::clone(&changed);
        let roots = dirs.clone();
        let ready = move || {
            if since.is_some_and(|t| t != folder_times(&roots)) {
                missed.store(true, Ordering::Relaxed);
            }
        };
        Self {
            _watcher: platform::watch(dirs, Arc::clone(&changed), ready),
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
