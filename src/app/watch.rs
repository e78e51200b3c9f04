//! Live reload: files added, changed or removed in the articles folders show
//! up within a second. Events are debounced; the rescan keeps the selection and
//! the reading position (see `State::set_library`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::Start;
use crate::config::Config;

/// Quiet time after the last change before rescanning.
const SETTLE: Duration = Duration::from_millis(300);

pub(crate) struct Watch {
    _watcher: Option<RecommendedWatcher>,
    changed: Arc<AtomicBool>,
    pending_since: Option<Instant>,
}

impl Watch {
    /// Watch the folders byline shows (the paths given, or `articles_dir`).
    pub fn new(start: &Start, config: &Config) -> Self {
        let changed = Arc::new(AtomicBool::new(false));
        let dirs = super::roots(start, config);
        let flag = Arc::clone(&changed);
        let watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
            if ev.is_ok_and(|e| !e.kind.is_access()) {
                flag.store(true, Ordering::Relaxed);
            }
        })
        .ok()
        .map(|mut w| {
            for d in dirs.iter().filter(|d| d.is_dir()) {
                // A folder that cannot be watched is still read; it just does
                // not reload by itself.
                let _ = w.watch(d, RecursiveMode::Recursive);
            }
            w
        });
        Self {
            _watcher: watcher,
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

/// Modification times of `dirs` (a folder's changes when a file in it is
/// added, removed or renamed; `None` for what cannot be read).
pub(crate) fn folder_times(dirs: &[std::path::PathBuf]) -> Vec<Option<std::time::SystemTime>> {
    dirs.iter()
        .map(|d| std::fs::metadata(d).and_then(|m| m.modified()).ok())
        .collect()
}
