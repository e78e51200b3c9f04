//! Unread only, mark all read (asked first) and undoing the last mark change.

use super::*;

fn marks(s: &State) -> Vec<(bool, bool)> {
    s.library
        .entries
        .iter()
        .map(|e| (e.read, e.starred))
        .collect()
}

fn saved(s: &mut State) -> Vec<usize> {
    let mut saved = s.take_changed();
    saved.sort_unstable();
    saved
}

#[test]
fn unread_only_hides_read_articles_and_narrows_the_list() {
    let mut s = state_with(4, None);
    s.library.entries[1].read = true;
    s.library.entries[3].read = true;
    update(&mut s, Action::UnreadOnly);
    assert!(s.list.unread_only && s.list.narrowed());
    let mut shown = s.list.order.clone();
    shown.sort_unstable();
    assert_eq!(shown, [0, 2]);
    assert_eq!(s.message.as_deref(), Some("Unread only: 2"));
    // An article read while shown stays until the list is made again.
    update(&mut s, Action::ToggleRead);
    assert_eq!(s.list.order.len(), 2);
    update(&mut s, Action::UnreadOnly);
    assert!(!s.list.unread_only);
    assert_eq!(s.list.order.len(), 4);
}

#[test]
fn mark_all_read_asks_first_and_any_other_key_cancels() {
    let mut s = state_with(3, None);
    s.library.entries[2].read = true;
    update(&mut s, Action::MarkAllRead);
    assert_eq!(
        s.confirm.as_ref().map(Confirm::question).as_deref(),
        Some("Mark 2 articles read? (y/n)")
    );
    assert_eq!(s.library.entries.iter().filter(|e| e.read).count(), 1);
    // Any action while asked is an answer: no.
    update(&mut s, Action::Down);
    assert!(s.confirm.is_none());
    assert_eq!(s.list.selected, 0, "the key only answered");
    assert_eq!(s.message.as_deref(), Some("Not marked"));
    assert_eq!(s.library.entries.iter().filter(|e| e.read).count(), 1);
    update(&mut s, Action::MarkAllRead);
    s.answer(false);
    assert!(s.confirm.is_none());
    assert_eq!(s.library.entries.iter().filter(|e| e.read).count(), 1);
    assert!(saved(&mut s).is_empty());
    // Yes: every article shown is read, and the changed ones are saved.
    update(&mut s, Action::MarkAllRead);
    s.answer(true);
    assert!(s.confirm.is_none());
    assert!(s.library.entries.iter().all(|e| e.read));
    assert_eq!(saved(&mut s), [0, 1]);
    assert_eq!(
        s.message.as_deref(),
        Some("Marked 2 articles read (u undoes)")
    );
    // Nothing left unread: nothing to ask.
    update(&mut s, Action::MarkAllRead);
    assert!(s.confirm.is_none());
    assert_eq!(s.message.as_deref(), Some("Nothing unread"));
}

#[test]
fn undo_restores_exactly_the_marks_before_the_last_change() {
    let mut s = state_with(3, None);
    s.library.entries[1].read = true;
    s.library.entries[2].starred = true;
    let before = marks(&s);
    update(&mut s, Action::MarkAllRead);
    s.answer(true);
    saved(&mut s);
    update(&mut s, Action::Undo);
    assert_eq!(marks(&s), before);
    assert_eq!(
        saved(&mut s),
        [0, 2],
        "the entries it changed back are saved"
    );
    // One level: a second undo has nothing left.
    update(&mut s, Action::Undo);
    assert_eq!(s.message.as_deref(), Some("Nothing to undo"));
    assert_eq!(marks(&s), before);
    // Read, unread and star each undo alone.
    update(&mut s, Action::ToggleStar);
    assert!(s.library.entries[s.selected_index().unwrap_or(0)].starred != before[0].1);
    update(&mut s, Action::Undo);
    assert_eq!(marks(&s), before);
    update(&mut s, Action::ToggleRead);
    update(&mut s, Action::Undo);
    assert_eq!(marks(&s), before);
    assert_eq!(saved(&mut s), [0]);
    // The open article is not marked read again by the timer after an undo.
    assert!(s.reader.read_timer_done);
}

#[test]
fn undo_skips_an_entry_that_is_no_longer_the_same_file() {
    let mut s = state_with(2, None);
    update(&mut s, Action::ToggleRead);
    let i = s.selected_index().unwrap_or(0);
    s.library.entries[i].path = PathBuf::from("elsewhere.txt");
    update(&mut s, Action::Undo);
    assert!(s.library.entries[i].read, "a different file keeps its mark");
}
