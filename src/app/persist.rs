//! Keeping reading state: applied when heads arrive, saved when it changes
//! (at most once a second) and when byline quits.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::state::State;
use crate::store::{Record, SaveError, Store, timestamp};

/// How often changes are written at most.
const SAVE_EVERY: Duration = Duration::from_secs(1);

pub struct Persist {
    dir: Option<PathBuf>,
    store: Store,
    /// Changes not written yet.
    dirty: bool,
    last_save: Option<Instant>,
    /// The last save failed: say so once, not every second.
    failing: bool,
    /// Files changed before their head (and so their key) was known: saved,
    /// and not overwritten from the store, once the head arrives.
    pending: Vec<PathBuf>,
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

impl Persist {
    /// Read the store; a problem is reported in the status bar.
    pub fn open(dir: Option<PathBuf>, state: &mut State) -> Self {
        let mut store = Store::default();
        match &dir {
            Some(d) => {
                let (s, err) = Store::load(d);
                store = s;
                if let Some(e) = err {
                    state.message = Some(e.to_string());
                }
            }
            None => state.message = Some("state not saved: no data folder".into()),
        }
        Self {
            dir,
            store,
            dirty: false,
            last_save: None,
            failing: false,
            pending: Vec::new(),
        }
    }

    /// Give entries whose heads just arrived what was remembered about them.
    pub fn apply(&mut self, state: &mut State, indices: &[usize]) {
        let mut starred = false;
        for &i in indices {
            let Some(e) = state.library.entries.get_mut(i) else {
                continue;
            };
            let Some(hash) = e.hash else { continue };
            if let Some(k) = self.pending.iter().position(|p| *p == e.path) {
                // Changed by the user before its head arrived: theirs wins.
                self.pending.swap_remove(k);
                state.changed.push(i);
                continue;
            }
            if let Some(r) = self.store.find(hash, std::path::Path::new(&record_path(e))) {
                e.read = r.read;
                e.starred = r.starred;
                e.anchor = r.anchor;
                starred |= r.starred;
                if r.anchor.is_some() {
                    state.anchor_arrived(i);
                }
            }
        }
        if starred && state.starred_only {
            state.refresh_order();
        }
    }

    /// Take the state's changes; write them when a second has passed.
    pub fn sync(&mut self, state: &mut State, now: Instant) {
        for i in state.take_changed() {
            let Some(e) = state.library.entries.get(i) else {
                continue;
            };
            let Some(hash) = e.hash else {
                if !self.pending.contains(&e.path) {
                    self.pending.push(e.path.clone());
                }
                continue;
            };
            self.store.put(
                hash,
                Record {
                    path: record_path(e),
                    read: e.read,
                    starred: e.starred,
                    anchor: e.anchor,
                    updated: timestamp(),
                },
            );
            self.dirty = true;
        }
        let due = self
            .last_save
            .is_none_or(|t| now.duration_since(t) >= SAVE_EVERY);
        if self.dirty && due {
            self.last_save = Some(now);
            match self.flush() {
                Ok(()) => self.failing = false,
                Err(e) if !self.failing => {
                    self.failing = true;
                    state.message = Some(e.to_string());
                }
                Err(_) => {}
            }
        }
    }

    /// Write now if anything changed.
    ///
    /// # Errors
    /// When the data folder cannot be written.
    pub fn flush(&mut self) -> Result<(), SaveError> {
        if !self.dirty {
            return Ok(());
        }
        let Some(dir) = &self.dir else {
            return Err(SaveError("no data folder".into()));
        };
        self.store.save(dir)?;
        self.dirty = false;
        Ok(())
    }
}
