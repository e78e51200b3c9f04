//! The folders watched with inotify itself. `notify` 8 asks inotify for
//! `IN_OPEN` on every folder, so each file byline opened raised an event to
//! read and drop: at 100,000 files its thread took 19% of the CPU of a
//! full-text scan. Here only changes are asked for, and only folders are
//! walked to watch them (hidden ones left out, as the scan leaves them).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use inotify::{EventMask, Inotify, WatchDescriptor, WatchMask};

/// What changes a file in a watched folder, or the folder itself.
fn mask() -> WatchMask {
    WatchMask::CREATE
        | WatchMask::DELETE
        | WatchMask::MODIFY
        | WatchMask::CLOSE_WRITE
        | WatchMask::MOVED_FROM
        | WatchMask::MOVED_TO
        | WatchMask::ATTRIB
        | WatchMask::DELETE_SELF
        | WatchMask::MOVE_SELF
        | WatchMask::ONLYDIR
}

/// How often the thread looks for events (and whether to stop).
const POLL: Duration = Duration::from_millis(100);

/// Folders nested deeper are not watched (the scan's limit).
const MAX_DEPTH: usize = 64;

/// The watching thread stops when this is dropped.
pub(super) struct Watcher {
    stop: Arc<AtomicBool>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Watch `dirs` and the folders under them on a thread; `changed` is set
/// at every change, and `ready` called once they are all watched.
pub(super) fn watch(
    dirs: Vec<PathBuf>,
    changed: Arc<AtomicBool>,
    ready: impl FnOnce() + Send + 'static,
) -> Watcher {
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = Arc::clone(&stop);
    // Without a thread the folders are not watched (`R` still reads them
    // again).
    let _ = std::thread::Builder::new()
        .name("watch".into())
        .spawn(move || run(&dirs, &changed, &stopped, ready));
    Watcher { stop }
}

fn run(dirs: &[PathBuf], changed: &AtomicBool, stop: &AtomicBool, ready: impl FnOnce()) {
    let Ok(mut inotify) = Inotify::init() else {
        return;
    };
    let mut tree = Tree::default();
    for d in dirs.iter().filter(|d| d.is_dir()) {
        tree.add(&inotify, d, 0);
    }
    ready();
    let mut buf = vec![0u8; 64 * 1024];
    while !stop.load(Ordering::Relaxed) {
        let mut new_dirs = Vec::new();
        match inotify.read_events(&mut buf) {
            Ok(events) => {
                for ev in events {
                    if ev.mask.contains(EventMask::IGNORED) {
                        tree.dirs.remove(&ev.wd);
                        continue;
                    }
                    // An overflowed queue lost changes: a rescan finds them.
                    changed.store(true, Ordering::Relaxed);
                    if ev.mask.contains(EventMask::ISDIR)
                        && ev.mask.intersects(EventMask::CREATE | EventMask::MOVED_TO)
                        && let (Some(parent), Some(name)) = (tree.dirs.get(&ev.wd), ev.name)
                    {
                        new_dirs.push(parent.join(name));
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => std::thread::sleep(POLL),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
        for d in new_dirs {
            tree.add(&inotify, &d, 0);
        }
    }
}

/// The folders watched, by watch.
#[derive(Default)]
struct Tree {
    dirs: HashMap<WatchDescriptor, PathBuf>,
    /// Real paths watched: a symlink loop is entered once.
    seen: HashSet<PathBuf>,
}

impl Tree {
    /// Watch `dir` and the folders under it (a folder that cannot be
    /// watched is still read; it just does not reload by itself).
    fn add(&mut self, inotify: &Inotify, dir: &Path, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let Ok(real) = std::fs::canonicalize(dir) else {
            return;
        };
        if !self.seen.insert(real) {
            return;
        }
        let Ok(wd) = inotify.watches().add(dir, mask()) else {
            return;
        };
        self.dirs.insert(wd, dir.to_path_buf());
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            if entry.file_name().as_encoded_bytes().starts_with(b".") {
                continue;
            }
            // The folder's own listing says what is a folder; a link is
            // followed, as the scan follows it.
            let is_dir = entry
                .file_type()
                .is_ok_and(|t| t.is_dir() || (t.is_symlink() && entry.path().is_dir()));
            if is_dir {
                self.add(inotify, &entry.path(), depth + 1);
            }
        }
    }
}
