//! `sync_feeds` (ctrl-r): `byline sync` from inside the app. The state asks
//! the app for it (`Effect::SyncFeeds`), shows "sync: fetching feeds…" while it
//! runs, and says what it did when it is done (`State::feeds_synced`); the new
//! articles arrive through the folder's watcher like any other file.

use std::fmt::Write as _;

use super::{Effect, State};
use crate::parse::decode::clean_line;

/// What a sync did, as the app hands it to the state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncOutcome {
    pub new: usize,
    pub updated: usize,
    /// Feeds fetched.
    pub feeds: usize,
    /// `name: why` of each feed that failed.
    pub failures: Vec<String>,
}

impl State {
    /// Ask for a sync, unless one runs.
    pub(super) fn start_sync(&mut self) {
        if self.saving.syncing {
            self.message = Some("sync: already running".into());
            return;
        }
        self.saving.syncing = true;
        self.effects.push(Effect::SyncFeeds);
    }

    /// A sync is done: "sync: 12 new from 5 feeds", with the updated and the
    /// failed (the first failure's reason) when there are any.
    pub fn feeds_synced(&mut self, outcome: &SyncOutcome) {
        self.saving.syncing = false;
        let feeds = outcome.feeds;
        let mut m = format!(
            "sync: {} new from {feeds} feed{}",
            outcome.new,
            if feeds == 1 { "" } else { "s" }
        );
        if outcome.updated > 0 {
            let _ = write!(m, ", {} updated", outcome.updated);
        }
        if let Some(first) = outcome.failures.first() {
            let _ = write!(m, ", {} failed ({first})", outcome.failures.len());
        }
        self.message = Some(clean_line(&m));
    }
}
