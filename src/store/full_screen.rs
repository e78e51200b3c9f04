//! Full screen or the split, as the user last chose it, remembered between
//! runs: one more field of the reading state with the time it changed, so
//! that two windows merge to the later choice (as the sort does).

use serde::{Deserialize, Serialize};

use super::Store;

/// Full screen turned on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ChosenFullScreen {
    pub on: bool,
    /// Milliseconds since the epoch: merging keeps the later choice.
    pub changed: u64,
}

impl Store {
    /// Whether the reader was last left in full screen (off if never chosen).
    pub(crate) fn full_screen(&self) -> bool {
        self.full_screen.is_some_and(|c| c.on)
    }

    /// The user turned full screen `on` or off (at `now`).
    pub(crate) fn choose_full_screen(&mut self, on: bool, now: u64) {
        self.full_screen = Some(ChosenFullScreen { on, changed: now });
    }

    /// Merging with another copy: the later choice wins.
    pub(super) fn merge_full_screen(&mut self, theirs: Option<ChosenFullScreen>) {
        if let Some(theirs) = theirs
            && self
                .full_screen
                .is_none_or(|ours| theirs.changed > ours.changed)
        {
            self.full_screen = Some(theirs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_survives_a_save_and_an_old_file_has_none() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::default();
        assert!(!store.full_screen());
        store.choose_full_screen(true, 5);
        store.save(dir.path()).unwrap();
        let (back, err) = Store::load(dir.path());
        assert!(err.is_none());
        assert!(back.full_screen());
        // A file written before full screen was kept loads, with its records
        // and its sort.
        let old = r#"{"version":1,"articles":{"00000000000000ff /a.txt":{"path":"/a.txt","read":true,"updated":3}},"sort":{"sort":"title ascending","under":"date descending","changed":4}}"#;
        std::fs::write(dir.path().join("state.json"), old).unwrap();
        let (old, err) = Store::load(dir.path());
        assert!(err.is_none());
        assert_eq!(old.articles.len(), 1);
        assert!(old.sort.is_some());
        assert!(!old.full_screen());
    }

    #[test]
    fn merging_keeps_the_later_choice() {
        let mut ours = Store::default();
        ours.choose_full_screen(true, 10);
        let mut theirs = Store::default();
        theirs.choose_full_screen(false, 20);
        ours.merge(theirs);
        assert!(!ours.full_screen());
        let mut older = Store::default();
        older.choose_full_screen(true, 5);
        ours.merge(older);
        assert!(!ours.full_screen());
        ours.merge(Store::default());
        assert!(!ours.full_screen());
    }
}
