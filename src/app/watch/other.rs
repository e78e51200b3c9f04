//! The folders watched with `notify` (macOS, Windows, the BSDs).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

/// Set once its folders are watched (on a thread: notify walks every
/// folder and file under them).
pub(super) struct Watcher {
    _watcher: Arc<Mutex<Option<RecommendedWatcher>>>,
}

/// Watch `dirs` and the folders under them on a thread; `changed` is set
/// at every change, and `ready` called once they are all watched.
pub(super) fn watch(
    dirs: Vec<PathBuf>,
    changed: Arc<AtomicBool>,
    ready: impl FnOnce() + Send + 'static,
) -> Watcher {
    let slot = Arc::new(Mutex::new(None));
    let watching = Arc::clone(&slot);
    let watch = move || {
        let watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
            if ev.is_ok_and(|e| !e.kind.is_access()) {
                changed.store(true, Ordering::Relaxed);
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
        ready();
        if let Ok(mut slot) = watching.lock() {
            *slot = Some(w);
        }
    };
    // Without a thread the folders are not watched (`R` still reads them
    // again).
    let _ = std::thread::Builder::new()
        .name("watch".into())
        .spawn(watch);
    Watcher { _watcher: slot }
}
