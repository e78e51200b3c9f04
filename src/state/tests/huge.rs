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
