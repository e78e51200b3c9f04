//! The reader's document lifecycle (`DocState`): which state each event
//! leads to, and what waits in it.

use std::sync::Arc;

use super::super::*;
use super::{article, layout_asked, state_with, waiting_key};

fn doc_of(a: &Article, s: &State) -> crate::doc::Doc {
    crate::doc::build(a, s.build_options())
}

#[test]
fn loading_holds_the_waiting_key_through_the_pieces_to_the_whole() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    assert!(matches!(s.reader.layout, DocState::Loading(_)));
    update(&mut s, Action::Section(3));
    let head = doc_of(&article(2, 2), &s);
    s.partial_loaded(0, Part::Head, head, 1 << 20);
    assert!(matches!(s.reader.layout, DocState::Partial { .. }));
    assert_eq!(
        waiting_key(&s),
        Some(Action::Section(3)),
        "kept for the whole"
    );
    s.article_loaded(0, Ok(Arc::new(article(4, 3))));
    assert!(matches!(s.reader.layout, DocState::Ready(_)));
    assert_eq!(s.current_section(), 2, "the waiting jump ran");
    assert!(waiting_key(&s).is_none());
}

#[test]
fn g_pressed_before_the_end_arrived_shows_it_when_it_does() {
    // Enter and G at once: G waits for the end piece, not for the whole.
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    update(&mut s, Action::Bottom);
    let (head, tail) = (doc_of(&article(1, 2), &s), doc_of(&article(1, 5), &s));
    s.partial_loaded(0, Part::Head, head.clone(), 1 << 20);
    assert_eq!(s.reader.doc(), Some(&head), "the beginning first");
    s.partial_loaded(0, Part::Tail, tail.clone(), 1 << 20);
    assert_eq!(s.reader.doc(), Some(&tail), "the end as soon as it is in");
    assert_eq!(s.reader.scroll, s.max_scroll());
    assert!(waiting_key(&s).is_none(), "G is done");
    // The whole then replaces the end at the end.
    let whole = article(6, 5);
    let prebuilt = Some((s.build_options(), doc_of(&whole, &s)));
    s.article_loaded_with(0, Ok(Arc::new(whole)), prebuilt);
    assert!(s.reader.layout.is_whole());
    assert_eq!(s.reader.scroll, s.max_scroll(), "still at the end");
}

#[test]
fn g_on_the_beginning_before_the_end_arrived_waits_for_the_end() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    let (head, tail) = (doc_of(&article(1, 8), &s), doc_of(&article(1, 5), &s));
    s.partial_loaded(0, Part::Head, head.clone(), 1 << 20);
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.doc(), Some(&head));
    assert_eq!(
        s.reader.scroll, 0,
        "the end of the beginning is not the end"
    );
    s.partial_loaded(0, Part::Tail, tail.clone(), 1 << 20);
    assert_eq!(s.reader.doc(), Some(&tail));
    assert_eq!(s.reader.scroll, s.max_scroll());
}

#[test]
fn the_end_alone_is_not_shown_and_g_swaps_the_pieces() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    let (head, tail) = (doc_of(&article(1, 2), &s), doc_of(&article(1, 5), &s));
    s.partial_loaded(0, Part::Tail, tail.clone(), 1);
    assert!(s.reader.doc().is_none(), "the beginning comes first");
    s.partial_loaded(0, Part::Head, head.clone(), 1);
    s.partial_loaded(0, Part::Tail, tail.clone(), 1);
    update(&mut s, Action::Bottom);
    let DocState::Partial { pieces, .. } = &s.reader.layout else {
        panic!("still partial");
    };
    assert_eq!((pieces.showing, &pieces.shown), (Part::Tail, &tail));
    assert_eq!(pieces.other.as_ref(), Some(&head));
    update(&mut s, Action::Top);
    assert_eq!(s.reader.doc(), Some(&head));
}

#[test]
fn a_huge_article_relayouts_with_the_old_layout_on_screen() {
    let mut big = article(2, 2);
    big.words = BACKGROUND_WORDS + 1;
    let mut s = state_with(1, None);
    s.article_loaded(0, Ok(Arc::new(big.clone())));
    assert!(matches!(s.reader.layout, DocState::Loading(_)));
    let opts = layout_asked(&mut s).expect("the first layout is asked for");
    s.doc_built(0, opts, crate::doc::build(&big, opts));
    assert!(matches!(s.reader.layout, DocState::Ready(_)));
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 30,
        margin: 0,
    });
    assert!(matches!(&s.reader.layout, DocState::Relayout(d) if d.width == 40));
    assert!(s.reader.layout.is_whole());
    let opts = layout_asked(&mut s).expect("a new layout is asked for");
    s.doc_built(0, opts, crate::doc::build(&big, opts));
    assert!(matches!(&s.reader.layout, DocState::Ready(d) if d.width == 30));
    assert!(s.take_effects().is_empty());
}

#[test]
fn an_edited_article_goes_back_to_loading() {
    let mut s = state_with(1, Some(article(2, 2)));
    assert!(s.reader.layout.is_whole());
    s.reload_article(0);
    assert_eq!(s.reader.layout, DocState::default());
    assert!(s.reader.layout.doc().is_none() && s.reader.layout.showing().is_none());
}
