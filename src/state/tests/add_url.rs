//! `a`: the "save URL: " prompt, the progress line, the article selected when
//! it lands.

use std::path::PathBuf;

use super::super::*;
use super::{entry, state_with};

fn type_in(s: &mut State, text: &str) {
    for c in text.chars() {
        s.input_char(c);
    }
}

#[test]
fn a_asks_for_a_url_and_enter_saves_it() {
    let mut s = state_with(3, None);
    update(&mut s, Action::AddUrl);
    let input = s.input.clone().unwrap();
    assert_eq!(input.kind, InputKind::AddUrl);
    assert_eq!(input.prompt(), "save URL: ");
    type_in(&mut s, " https://example.com/ferry ");
    // Typing changes nothing else: no filter, no search.
    assert_eq!(s.list.order.len(), 3);
    assert!(s.list.filter.is_none());
    let effect = s.input_submit();
    assert_eq!(
        effect,
        Some(Effect::SaveUrl("https://example.com/ferry".into()))
    );
    assert!(s.input.is_none());
    assert_eq!(
        s.save_progress().as_deref(),
        Some("saving https://example.com/ferry…")
    );
    // A second save while the first runs.
    update(&mut s, Action::AddUrl);
    type_in(&mut s, "http://example.org/b");
    assert!(s.input_submit().is_some());
    assert_eq!(
        s.save_progress().as_deref(),
        Some("saving https://example.com/ferry… (+1)")
    );
    s.url_saved(
        "https://example.com/ferry",
        Err("https://example.com/ferry: HTTP 404 Not Found".into()),
    );
    assert_eq!(
        s.message.as_deref(),
        Some("https://example.com/ferry: HTTP 404 Not Found")
    );
    assert_eq!(
        s.save_progress().as_deref(),
        Some("saving http://example.org/b…")
    );
}

#[test]
fn urls_that_are_not_web_pages_are_refused_at_once() {
    let mut s = state_with(2, None);
    for bad in ["file:///etc/passwd", "data:text/html,x", "not a url"] {
        update(&mut s, Action::AddUrl);
        type_in(&mut s, bad);
        assert_eq!(s.input_submit(), None, "{bad}");
        assert!(
            s.message.as_deref().unwrap().starts_with(bad),
            "{:?}",
            s.message
        );
        assert!(s.saving.running.is_empty());
    }
    // Empty: nothing; Esc: nothing.
    update(&mut s, Action::AddUrl);
    assert_eq!(s.input_submit(), None);
    update(&mut s, Action::AddUrl);
    type_in(&mut s, "https://x.org");
    s.input_cancel();
    assert!(s.input.is_none() && s.saving.running.is_empty());
    assert!(s.take_effects().is_empty());
}

#[test]
fn a_control_sequence_in_an_error_is_not_shown() {
    let mut s = state_with(1, None);
    s.url_saved(
        "http://h/",
        Err("http://h/\u{1b}]0;x\u{7}: HTTP 500".into()),
    );
    assert!(!s.message.unwrap().contains('\u{1b}'));
}

#[test]
fn the_saved_article_is_selected_when_it_lands() {
    let mut s = state_with(3, None);
    update(&mut s, Action::AddUrl);
    type_in(&mut s, "https://example.com/ferry");
    s.input_submit();
    s.focus = Focus::Reader;
    s.url_saved("https://example.com/ferry", Ok(PathBuf::from("new.md")));
    assert_eq!(s.message.as_deref(), Some("Saved new.md"));
    assert!(s.save_progress().is_none());
    // Not listed yet: the selection stays.
    assert_eq!(s.list.selected, 0);
    assert_eq!(s.saving.landing, Some(PathBuf::from("new.md")));
    // The watcher's rescan lists it.
    let mut lib = s.library.clone();
    lib.entries.push(entry("new.md"));
    s.set_library(lib);
    let selected = s.selected_entry().unwrap();
    assert_eq!(selected.path, PathBuf::from("new.md"));
    assert_eq!(s.reader.entry, s.selected_index(), "the reader shows it");
    assert_eq!(s.focus, Focus::List);
    assert_eq!(s.saving.landing, None);
}

#[test]
fn a_page_saved_again_is_selected_at_once() {
    let mut s = state_with(3, None);
    // The list shows a path relative to the folder; the file is read from the
    // folder's path, which is what the save returns.
    let mut lib = s.library.clone();
    let mut e = entry("ferry.md");
    e.source = crate::library::Source::File(PathBuf::from("/news/ferry.md"));
    lib.entries.push(e);
    s.set_library(lib);
    assert_ne!(s.selected_entry().unwrap().path, PathBuf::from("ferry.md"));
    s.url_saved("https://example.com/x", Ok(PathBuf::from("/news/ferry.md")));
    assert_eq!(s.selected_entry().unwrap().path, PathBuf::from("ferry.md"));
    assert_eq!(s.saving.landing, None);
}
