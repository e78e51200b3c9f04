//! Keeping reading state: applied when heads arrive, saved when it changes
//! (at most once a second, on the saver thread) and when byline quits (waiting
//! for that at most [`QUIT_WAIT`]).
//!
//! The UI thread never touches the state file: it is read at start-up on a
//! thread waited for at most [`LOAD_WAIT`], and saved on [`saver::Saver`]'s
//! thread, which waits for another byline's lock only so long. A save that
//! fails keeps the changes here, to be saved by the next one.

mod saver;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::Sort;
use crate::library::Library;
use crate::state::Remembered;
use crate::store::{self, File, LOCK_WAIT, Moves, SaveError, Store, record_key, timestamp};

/// How often changes are written at most.
const SAVE_EVERY: Duration = Duration::from_secs(1);

/// How long quitting waits for the last save (a save in flight included).
pub(crate) const QUIT_WAIT: Duration = Duration::from_millis(600);

/// Kept from the quit deadline for the save to write once it has the lock.
const QUIT_MARGIN: Duration = Duration::from_millis(150);

pub(crate) struct Persist {
    /// `None`: no data folder (or no thread to save on).
    saver: Option<saver::Saver>,
    store: Store,
    /// Changes not handed to the saver yet (or handed and failed).
    dirty: bool,
    last_save: Option<Instant>,
    /// The last save failed: say so once, not every second.
    failing: bool,
    /// Files changed before their head (and so their key) was known: saved,
    /// and not overwritten from the store, once the head arrives.
    pending: Vec<PathBuf>,
    /// The list's sort last given or noted, and the config's `[sort]` then.
    sort: Option<(Sort, Sort)>,
    /// Full screen as last read from the store or noted.
    full_screen: bool,
}

/// The path a record is kept under: absolute for files (two folders may both
/// have an `index.md`), as shown for the built-in samples.
fn record_path(e: &crate::library::Entry) -> String {
    match &e.source {
        crate::library::Source::File(p) => std::path::absolute(p)
            .unwrap_or_else(|_| p.clone())
            .to_string_lossy()
            .into_owned(),
        crate::library::Source::Embedded(_) => e.path.to_string_lossy().into_owned(),
    }
}

/// How long start-up waits for the state file to be read.
const LOAD_WAIT: Duration = Duration::from_millis(1500);

/// Read the store in `dir` on a thread, waiting for it at most `wait` (a
/// hung network disk does not hold up the first frame). `None`: not in time.
fn load_within(dir: PathBuf, wait: Duration) -> Option<(Store, Option<crate::store::LoadError>)> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("state loader".into())
        .spawn(move || {
            let _ = tx.send(Store::load(&dir));
        })
        .ok()?;
    rx.recv_timeout(wait).ok()
}

/// A file entry's device and inode.
fn inode(e: &crate::library::Entry) -> Option<(u64, u64)> {
    e.identity.map(|id| (id.dev, id.ino))
}

impl Persist {
    /// Read the store; with a problem to report in the status bar.
    pub fn open(dir: Option<PathBuf>) -> (Self, Option<String>) {
        let mut store = Store::default();
        let told = match &dir {
            Some(d) => match load_within(d.clone(), LOAD_WAIT) {
                Some((s, err)) => {
                    store = s;
                    err.map(|e| e.to_string())
                }
                // Saving still merges with the file, so nothing in it is lost.
                None => Some("reading state not read: the disk did not answer".into()),
            },
            None => Some("state not saved: no data folder".into()),
        };
        let persist = Self {
            saver: dir.and_then(saver::Saver::start),
            store,
            dirty: false,
            last_save: None,
            failing: false,
            pending: Vec::new(),
            sort: None,
            full_screen: false,
        };
        (persist, told)
    }

    /// What the store remembers of the entries `indices`, whose heads just
    /// arrived (the state takes it: `State::remembered`). A record found
    /// under another path (the file was moved or renamed) takes the new one:
    /// first for files of the same inode, then for the rest, so that a copy
    /// does not take the record of the file moved.
    pub(crate) fn remembered(&mut self, library: &Library, indices: &[usize]) -> Vec<Remembered> {
        // Most files have no record (never opened): the paths and heads the
        // records have tell them apart at once, without a look through every
        // record for each (100,000 files and 10,000 records).
        let mut candidates = self.store.candidates();
        let mut found = Vec::new();
        let mut left = Vec::new();
        for &i in indices {
            let Some((e, hash)) = library.entries.get(i).and_then(|e| Some((e, e.hash?))) else {
                continue;
            };
            if let Some(k) = self.pending.iter().position(|p| *p == e.path) {
                // Changed by the user before its head arrived: theirs wins.
                self.pending.swap_remove(k);
                found.push(Remembered::ChangedFirst(i));
                continue;
            }
            if candidates.is_empty() {
                continue;
            }
            let path = record_path(e);
            if !candidates.may_have(hash, &path) {
                continue;
            }
            match self.remembered_one(e, i, &path, Moves::SameInode, &mut candidates) {
                Some(r) => found.push(r),
                None => left.push((i, path)),
            }
        }
        for (i, path) in left {
            if let Some(e) = library.entries.get(i) {
                found.extend(self.remembered_one(e, i, &path, Moves::Any, &mut candidates));
            }
        }
        found
    }

    /// [`Persist::remembered`] for entry `i` (`e`, its record kept under
    /// `path`): `None` if no record was found.
    fn remembered_one(
        &mut self,
        e: &crate::library::Entry,
        i: usize,
        path: &str,
        moves: Moves,
        candidates: &mut store::Candidates,
    ) -> Option<Remembered> {
        let hash = e.hash?;
        let inode = inode(e);
        let file = File { hash, path, inode };
        let (k, r) = self.store.find_keyed(&file, moves, store::gone)?;
        let marks = Remembered::Marks {
            entry: i,
            read: r.read,
            starred: r.starred,
            anchor: r.anchor,
        };
        if k != record_key(hash, path) {
            let (k, mut r) = (k.to_string(), r.clone());
            r.path = path.to_string();
            r.inode = inode;
            self.store.forget(&k);
            self.store.put(hash, r);
            candidates.add(hash, path);
            self.dirty = true;
        }
        Some(marks)
    }

    /// The sort to show (at start-up, after a reload) when the config says
    /// `configured`: the one chosen last with `t`, unless the config's has
    /// changed since.
    pub fn sort(&mut self, configured: Sort) -> Sort {
        let sort = self.store.sort_for(configured);
        self.sort = Some((sort, configured));
        sort
    }

    /// The list's sort now: kept when the user changed it.
    pub fn note_sort(&mut self, now: Sort) {
        if let Some((sort, configured)) = &mut self.sort
            && *sort != now
        {
            *sort = now;
            self.store.choose_sort(now, *configured, timestamp());
            self.dirty = true;
        }
    }

    /// Full screen as last chosen (at start-up).
    pub fn full_screen(&mut self) -> bool {
        self.full_screen = self.store.full_screen();
        self.full_screen
    }

    /// Full screen now: kept when the user changed it.
    pub fn note_full_screen(&mut self, now: bool) {
        if self.full_screen != now {
            self.full_screen = now;
            self.store.choose_full_screen(now, timestamp());
            self.dirty = true;
        }
    }

    /// `Effect::Save`: take the changes of entries `indices` into the store,
    /// each changed field with the time it changed.
    pub fn note(&mut self, library: &Library, indices: &[usize]) {
        for &i in indices {
            let Some(e) = library.entries.get(i) else {
                continue;
            };
            let Some(hash) = e.hash else {
                if !self.pending.contains(&e.path) {
                    self.pending.push(e.path.clone());
                }
                continue;
            };
            let (path, inode) = (record_path(e), inode(e));
            let file = File {
                hash,
                path: &path,
                inode,
            };
            // What `apply` gave the entry, if anything (moves were settled there).
            let (old_key, mut record) = self
                .store
                .find_keyed(&file, Moves::SameInode, store::gone)
                .map(|(k, r)| (Some(k.to_string()), r.clone()))
                .unwrap_or_default();
            let key = record_key(hash, &path);
            let moved = old_key.as_ref().is_some_and(|k| *k != key);
            let new_inode = record.inode != inode;
            record.path = path;
            record.inode = inode;
            if record.change(e.read, e.starred, e.anchor, timestamp()) || moved || new_inode {
                if let Some(k) = old_key.filter(|_| moved) {
                    self.store.forget(&k);
                }
                self.store.put(hash, record);
                self.dirty = true;
            }
        }
    }

    /// What a save that came back means: failed, its changes are still here
    /// and go with the next one. Returns what to tell (the first failure).
    fn saved(&mut self, result: Result<(), SaveError>) -> Option<String> {
        match result {
            Ok(()) => {
                self.failing = false;
                None
            }
            Err(e) => {
                self.dirty = true;
                let first = !std::mem::replace(&mut self.failing, true);
                first.then(|| e.to_string())
            }
        }
    }

    /// Hand the changes noted to the saver when a second has passed and no
    /// save is in flight. Never waits. Returns a failed save to tell in the
    /// status bar.
    pub fn sync(&mut self, now: Instant) -> Option<String> {
        let saver = self.saver.as_mut()?;
        let mut told = saver.poll().and_then(|result| self.saved(result));
        let saver = self.saver.as_mut()?;
        let due = self
            .last_save
            .is_none_or(|t| now.duration_since(t) >= SAVE_EVERY);
        if self.dirty && due && !saver.busy() {
            self.last_save = Some(now);
            match saver.send(self.store.clone(), LOCK_WAIT) {
                Ok(()) => self.dirty = false,
                Err(e) => told = self.saved(Err(e)).or(told),
            }
        }
        told
    }

    /// The last save, when byline quits: the changes not saved yet are
    /// written if that can be done within [`QUIT_WAIT`] (a save in flight
    /// is waited for first); else they are given up with the error.
    ///
    /// # Errors
    /// When the data folder cannot be written, or the lock or the disk took
    /// longer than [`QUIT_WAIT`].
    pub fn finish(&mut self) -> Result<(), SaveError> {
        let until = Instant::now() + QUIT_WAIT;
        let Some(saver) = self.saver.as_mut() else {
            return if self.dirty {
                Err(SaveError("no data folder".into()))
            } else {
                Ok(())
            };
        };
        if saver.busy() {
            match saver.wait(until) {
                Some(Ok(())) => {}
                Some(Err(_)) => self.dirty = true,
                None => return Err(SaveError("still waiting for the lock or the disk".into())),
            }
        }
        if !self.dirty {
            return Ok(());
        }
        let wait = until
            .saturating_duration_since(Instant::now())
            .saturating_sub(QUIT_MARGIN);
        saver.send(self.store.clone(), wait)?;
        match saver.wait(until) {
            Some(result) => result,
            None => Err(SaveError("the disk did not answer in time".into())),
        }
    }
}

#[cfg(test)]
mod tests;
