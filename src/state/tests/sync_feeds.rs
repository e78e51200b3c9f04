//! `sync_feeds` (ctrl-r): one sync at a time, the progress line, the outcome.

use super::super::*;
use super::state_with;

#[test]
fn ctrl_r_asks_for_one_sync_and_says_what_it_did() {
    let mut s = state_with(2, None);
    update(&mut s, Action::SyncFeeds);
    assert_eq!(s.take_effects(), [Effect::SyncFeeds]);
    assert_eq!(s.save_progress().as_deref(), Some("sync: fetching feeds…"));
    // A second press while it runs asks for nothing.
    update(&mut s, Action::SyncFeeds);
    assert!(s.take_effects().is_empty());
    assert_eq!(s.message.as_deref(), Some("sync: already running"));
    s.feeds_synced(&SyncOutcome {
        new: 12,
        updated: 0,
        feeds: 5,
        failures: vec![],
    });
    assert_eq!(s.message.as_deref(), Some("sync: 12 new from 5 feeds"));
    assert_eq!(s.save_progress(), None);
    update(&mut s, Action::SyncFeeds);
    assert_eq!(s.take_effects(), [Effect::SyncFeeds]);
    s.feeds_synced(&SyncOutcome {
        new: 1,
        updated: 2,
        feeds: 1,
        failures: vec!["Busy: HTTP 503\u{1b}[2J".into()],
    });
    assert_eq!(
        s.message.as_deref(),
        Some("sync: 1 new from 1 feed, 2 updated, 1 failed (Busy: HTTP 503?[2J)")
    );
}
