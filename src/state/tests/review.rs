//! Edge cases found in review: rescans, blank lines, tiny terminals, huge
//! articles still loading, stale searches.

use std::sync::Arc;

use super::super::*;
use super::{article, entry, state_with};
use crate::article::Article;

fn doc_of(a: &Article, s: &State) -> crate::doc::Doc {
    crate::doc::build(a, s.build_options())
}

#[test]
fn a_rescan_keeps_pending_changes_with_their_files() {
    let mut s = state_with(3, None);
    update(&mut s, Action::Bottom);
    let path = s.selected_entry().unwrap().path.clone();
    update(&mut s, Action::ToggleStar);
    // The new scan lists a file before it: indices shift.
    let mut entries = vec![entry("000-new.txt")];
    entries.extend((0..3).map(|i| entry(&format!("{i:02}.txt"))));
    s.set_library(Library {
        entries,
        label: "test".into(),
        ..Library::default()
    });
    let changed = s.take_changed();
    assert_eq!(changed.len(), 1);
    assert_eq!(s.library.entries[changed[0]].path, path);
    assert!(s.library.entries[changed[0]].starred);
}

#[test]
fn a_rescan_keeps_the_open_article_when_its_file_is_unchanged() {
    let mut s = state_with(2, Some(article(4, 3)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Section(3));
    let scroll = s.reader.scroll;
    let mut entries: Vec<_> = (0..2).map(|i| entry(&format!("{i:02}.txt"))).collect();
    entries.insert(0, entry("000-new.txt"));
    s.set_library(Library {
        entries,
        label: "test".into(),
        ..Library::default()
    });
    assert_eq!(s.reader.scroll, scroll, "same place");
    assert!(s.reader.doc().is_some(), "not read again");
    assert_eq!(s.reader.entry, Some(1));
}

#[test]
fn the_position_is_kept_on_a_blank_line_too() {
    let mut s = state_with(1, Some(article(3, 4)));
    update(&mut s, Action::Open);
    let doc = s.reader.doc().unwrap();
    let blank = (5..doc.len())
        .find(|&i| doc.lines[i].block.is_none())
        .unwrap();
    for _ in 0..blank {
        update(&mut s, Action::Down);
    }
    assert_eq!(s.reader.scroll, blank);
    assert!(s.anchor().is_some(), "anchored to the next line with text");
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 30,
        margin: 0,
    });
    let top = s.reader.doc().unwrap().line_text(s.reader.scroll);
    assert!(
        !top.trim().is_empty() || s.reader.scroll > 0,
        "near the same text"
    );
}

#[test]
fn a_terminal_too_small_keeps_the_place() {
    let mut s = state_with(1, Some(article(3, 4)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Section(3));
    let (scroll, width) = (s.reader.scroll, s.reader.doc().unwrap().width);
    s.set_viewport(Viewport::default());
    assert_eq!(s.reader.scroll, scroll);
    assert_eq!(s.reader.doc().unwrap().width, width);
    assert!(s.anchor().is_some());
}

#[test]
fn a_background_layout_restores_the_saved_place_and_waiting_keys() {
    let mut big = article(4, 3);
    big.words = BACKGROUND_WORDS + 1;
    let mut s = state_with(1, None);
    let probe = {
        let mut p = state_with(1, Some(article(4, 3)));
        update(&mut p, Action::Section(3));
        p.anchor().unwrap()
    };
    s.library.entries[0].anchor = Some(probe);
    s.article_loaded(0, Ok(Arc::new(big.clone())));
    assert!(s.reader.doc().is_none(), "laid out in the background");
    let opts = super::layout_asked(&mut s).unwrap();
    s.doc_built(0, opts, crate::doc::build(&big, opts));
    assert_eq!(s.anchor(), Some(probe));
}

#[test]
fn while_a_huge_article_loads_resizing_keeps_the_pieces_and_the_outline_waits() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    let head = article(3, 4);
    let d = doc_of(&head, &s);
    s.partial_loaded(0, Part::Head, d, 20 << 20);
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 30,
        margin: 0,
    });
    assert!(s.reader.doc().is_some(), "the piece stays on screen");
    update(&mut s, Action::Outline);
    assert!(s.overlay.is_none());
    assert!(s.message.as_deref().unwrap().starts_with("Still reading"));
    // Half of the first piece is not half of the article.
    update(&mut s, Action::Bottom);
    assert!(!s.library.entries[0].read);
}

#[test]
fn a_search_is_found_again_when_the_text_is_laid_out_again() {
    let mut s = state_with(1, Some(article(3, 3)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Search);
    for c in "quoted".chars() {
        s.input_char(c);
    }
    s.input_submit();
    let before = s.reader.search.as_ref().unwrap().matches.len();
    // The file was edited: the article is read again, with fewer quotations.
    s.reload_article(0);
    s.article_loaded(0, Ok(Arc::new(article(1, 3))));
    let f = s.reader.search.as_ref().unwrap();
    assert!(f.matches.len() < before);
    let doc = s.reader.doc().unwrap();
    for (b, r) in &f.matches {
        assert_eq!(&doc.blocks[*b].text[r.clone()].to_lowercase(), "quoted");
    }
}

/// A file entry: `shown` in the list, read from `source`, with size and time.
fn file_entry(shown: &str, source: &str) -> crate::library::Entry {
    let mut e = crate::library::Entry::new(
        shown.into(),
        crate::library::Source::File(source.into()),
        10,
    );
    e.modified = Some(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(5));
    e
}

fn head(title: &str, hash: u64) -> crate::library::load::Head {
    crate::library::load::Head {
        meta: crate::article::Meta {
            title: title.into(),
            ..crate::article::Meta::default()
        },
        hash,
        file: None,
    }
}

#[test]
fn two_folders_with_the_same_file_name_keep_their_own_heads_and_marks_on_a_rescan() {
    let lib = |entries| Library {
        entries,
        label: "two".into(),
        ..Library::default()
    };
    let both = || {
        vec![
            file_entry("x.txt", "/a/x.txt"),
            file_entry("x.txt", "/b/x.txt"),
        ]
    };
    let mut s = State::new(lib(both()), Settings::default());
    s.heads_loaded(vec![(0, Ok(head("Alpha", 1))), (1, Ok(head("Beta", 2)))]);
    s.library.entries[1].starred = true;
    s.set_library(lib(both()));
    let got: Vec<_> = s
        .library
        .entries
        .iter()
        .map(|e| (e.title().into_owned(), e.hash, e.starred))
        .collect();
    assert_eq!(
        got,
        [
            ("Alpha".to_string(), Some(1), false),
            ("Beta".to_string(), Some(2), true)
        ]
    );
}

#[test]
fn an_article_read_before_its_head_still_waits_for_the_head_after_a_rescan() {
    // The user opened the first entry before its head arrived: a title from
    // the whole article, but no hash (the reading-state key).
    let mut s = state_with(2, Some(article(1, 1)));
    assert!(s.library.entries[0].meta.is_some());
    assert_eq!(s.library.entries[0].hash, None);
    assert_eq!(s.heads_pending(), 2);
    s.set_library(Library {
        entries: (0..2).map(|i| entry(&format!("{i:02}.txt"))).collect(),
        label: "test".into(),
        ..Library::default()
    });
    // Still wanted by the head readers (they read entries without a hash).
    assert_eq!(s.library.entries[0].hash, None);
    assert_eq!(s.heads_pending(), 2);
}
