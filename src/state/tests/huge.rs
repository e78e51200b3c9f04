//! Huge articles: pieces first, layout off the UI thread.

use std::sync::Arc;

use super::super::*;
use super::{article, layout_asked, state_with};
use crate::article::Article;

fn doc_of(a: &Article, s: &State) -> crate::doc::Doc {
    crate::doc::build(a, s.build_options())
}

#[test]
fn a_huge_article_shows_its_beginning_then_its_end_then_the_whole() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    let head = article(2, 3);
    let tail = article(2, 4);
    let whole = article(6, 4);
    s.partial_loaded(0, Part::Head, doc_of(&head, &s), 20 << 20);
    assert!(s.is_partial());
    assert_eq!(s.reader.len(), doc_of(&head, &s).len());
    // G before the end has arrived waits for the end (the bottom of the
    // beginning is not the end); g after it takes it back, so the end
    // arriving then does not pull the reader away.
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.scroll, 0);
    update(&mut s, Action::Top);
    s.partial_loaded(0, Part::Tail, doc_of(&tail, &s), 20 << 20);
    assert_eq!(s.reader.layout.showing(), Some(Part::Head));
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.layout.showing(), Some(Part::Tail));
    assert_eq!(s.reader.len(), doc_of(&tail, &s).len());
    assert_eq!(s.reader.scroll, s.max_scroll(), "at the end of the end");
    update(&mut s, Action::Up);
    let from_bottom = s.reader.len() - s.reader.scroll;
    // The whole article replaces the pieces at the same distance from the end.
    let prebuilt = Some((s.build_options(), doc_of(&whole, &s)));
    s.article_loaded_with(0, Ok(Arc::new(whole.clone())), prebuilt);
    assert!(!s.is_partial());
    assert_eq!(s.reader.len(), doc_of(&whole, &s).len());
    assert_eq!(s.reader.len() - s.reader.scroll, from_bottom);
    // g and G are ordinary again.
    update(&mut s, Action::Top);
    assert_eq!(s.reader.scroll, 0);
}

#[test]
fn pieces_of_another_article_are_ignored() {
    let mut s = state_with(2, None);
    let head = article(1, 1);
    let d = doc_of(&head, &s);
    s.partial_loaded(1, Part::Head, d, 1);
    assert!(!s.is_partial());
    assert!(s.reader.doc().is_none());
}

#[test]
fn a_huge_article_is_laid_out_again_off_the_ui_thread() {
    let mut big = article(2, 2);
    big.words = BACKGROUND_WORDS + 1;
    let mut s = state_with(1, None);
    let prebuilt = Some((s.build_options(), doc_of(&big, &s)));
    s.article_loaded_with(0, Ok(Arc::new(big.clone())), prebuilt);
    assert!(s.reader.doc().is_some());
    assert!(layout_asked(&mut s).is_none(), "laid out already");
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 30,
        margin: 0,
    });
    let asked = layout_asked(&mut s).expect("asks for a new layout");
    assert_eq!(asked.width, 30);
    assert_eq!(
        s.reader.doc().unwrap().width,
        40,
        "old layout kept meanwhile"
    );
    let fresh = crate::doc::build(&big, asked);
    s.doc_built(0, asked, fresh);
    assert_eq!(s.reader.doc().unwrap().width, 30);
    // A layout for options that are no longer current is dropped.
    let stale = crate::doc::build(&big, s.build_options());
    let mut old = s.build_options();
    old.width = 55;
    s.doc_built(0, old, stale);
    assert_eq!(s.reader.doc().unwrap().width, 30);
}

#[test]
fn a_whole_laid_out_for_old_options_keeps_the_end_on_screen_until_its_layout() {
    // Enter and G at once, then the window is resized while the whole is
    // read: the end stays on screen (and g/G keep working) until the whole is
    // laid out for the new width, which then lands at the same place.
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    update(&mut s, Action::Bottom);
    let (head, tail) = (article(1, 3), article(1, 6));
    s.partial_loaded(0, Part::Head, doc_of(&head, &s), 20 << 20);
    s.partial_loaded(0, Part::Tail, doc_of(&tail, &s), 20 << 20);
    assert_eq!(s.reader.layout.showing(), Some(Part::Tail));
    let old = s.build_options();
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 30,
        margin: 0,
    });
    assert!(layout_asked(&mut s).is_none(), "no whole to lay out yet");
    let mut whole = article(6, 6);
    whole.words = BACKGROUND_WORDS + 1;
    let stale = Some((old, crate::doc::build(&whole, old)));
    s.article_loaded_with(0, Ok(Arc::new(whole.clone())), stale);
    assert_eq!(s.reader.layout.showing(), Some(Part::Tail), "the end stays");
    let asked = layout_asked(&mut s).expect("the whole is laid out anew");
    assert_eq!(asked.width, 30);
    update(&mut s, Action::Top);
    assert_eq!(s.reader.layout.showing(), Some(Part::Head), "g still swaps");
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.layout.showing(), Some(Part::Tail), "and G");
    s.doc_built(0, asked, crate::doc::build(&whole, asked));
    assert!(s.reader.layout.is_whole());
    assert_eq!(s.reader.doc().unwrap().width, 30);
    assert_eq!(s.reader.scroll, s.max_scroll(), "at the end of the whole");
}

#[test]
fn g_before_anything_arrived_waits_through_the_beginning_for_the_end() {
    // G typed before the first frame of the article: it waits while there is
    // nothing, and still while only the beginning is in.
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    update(&mut s, Action::Bottom);
    assert_eq!(super::waiting_key(&s), Some(Action::Bottom));
    let (head, tail) = (article(1, 8), article(1, 5));
    s.partial_loaded(0, Part::Head, doc_of(&head, &s), 20 << 20);
    assert_eq!(s.reader.layout.showing(), Some(Part::Head));
    assert_eq!(
        s.reader.scroll, 0,
        "the bottom of the beginning is not the end"
    );
    assert_eq!(super::waiting_key(&s), Some(Action::Bottom));
    s.partial_loaded(0, Part::Tail, doc_of(&tail, &s), 20 << 20);
    assert_eq!(s.reader.layout.showing(), Some(Part::Tail));
    assert_eq!(s.reader.scroll, s.max_scroll());
}
