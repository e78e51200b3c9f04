//! The outline, quotations and tags overlays, and which quotations count.

use std::sync::Arc;

use super::super::*;
use super::{article, state_with};
use crate::article::QuoteMarks;

#[test]
fn outline_moves_and_jumps() {
    let mut s = state_with(1, Some(article(5, 2)));
    update(&mut s, Action::Outline);
    assert!(matches!(
        s.overlay,
        Some(Overlay::Outline { selected: 0, .. })
    ));
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    update(&mut s, Action::Bottom);
    assert!(matches!(
        s.overlay,
        Some(Overlay::Outline { selected: 4, .. })
    ));
    update(&mut s, Action::Up);
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert_eq!(s.current_section(), 3);
    assert_eq!(s.focus, Focus::Reader);
    update(&mut s, Action::Outline);
    assert!(matches!(
        s.overlay,
        Some(Overlay::Outline { selected: 3, .. })
    ));
}

#[test]
fn outline_needs_a_loaded_article() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Outline);
    assert!(s.overlay.is_none());
    assert!(s.message.is_some());
}

#[test]
fn quote_list_jumps_to_the_chosen_quotation() {
    let mut s = state_with(1, Some(article(3, 3)));
    update(&mut s, Action::QuoteList);
    assert_eq!(s.overlay, Some(Overlay::Quotes { selected: 0 }));
    update(&mut s, Action::Bottom);
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert_eq!(s.reader.current_quote, Some(2));
    assert!(s.reader.quote_mode);
}

#[test]
fn quotes_whose_marks_do_not_count_are_skipped() {
    let mut s = state_with(1, None);
    let mut settings = s.settings.clone();
    settings.quotes.styles = vec![QuoteMarks::Low];
    s.set_settings(settings);
    s.article_loaded(0, Ok(Arc::new(article(3, 2))));
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, None);
    assert_eq!(s.message.as_deref(), Some("No quotations in this article"));
}

#[test]
fn tags_overlay_from_the_heads_toggles_and_enter_filters_the_list() {
    let mut s = state_with(3, None);
    update(&mut s, Action::Tags);
    assert!(s.overlay.is_none());
    assert_eq!(s.message.as_deref(), Some("No tags in these articles"));
    for (e, tags) in s
        .library
        .entries
        .iter_mut()
        .zip([&["Harbour"][..], &["harbour", "heat"], &[]])
    {
        e.meta = Some(crate::article::Meta {
            title: "t".into(),
            tags: tags.iter().map(|t| (*t).to_string()).collect(),
            ..crate::article::Meta::default()
        });
    }
    update(&mut s, Action::Tags);
    let Some(Overlay::Tags { tags, selected: 0 }) = &s.overlay else {
        panic!("{:?}", s.overlay);
    };
    assert_eq!(tags, &[("Harbour".to_string(), 2), ("heat".to_string(), 1)]);
    update(&mut s, Action::Tags);
    assert!(s.overlay.is_none(), "the key that opened it closes it");
    update(&mut s, Action::Tags);
    update(&mut s, Action::Down);
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert_eq!(s.list.filter.as_deref(), Some("#heat"));
    assert_eq!(s.list.order, [1]);
    assert_eq!(s.focus, Focus::List);
    // Esc in the list clears the tag filter as any other.
    update(&mut s, Action::Back);
    assert_eq!(s.list.order.len(), 3);
}
