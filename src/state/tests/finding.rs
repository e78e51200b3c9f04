//! Finding: the list filter, search in the article, the full-text search.

use std::sync::Arc;

use super::super::*;
use super::habits::titled;
use super::{article, state_with};

#[test]
fn slash_in_the_list_filters_as_you_type_and_esc_clears() {
    let mut s = titled(4);
    update(&mut s, Action::Search);
    assert_eq!(s.input.as_ref().map(|i| i.kind), Some(InputKind::Filter));
    for c in "nitr".chars() {
        s.input_char(c);
    }
    let titles: Vec<String> = s
        .list
        .order
        .iter()
        .map(|&i| s.library.entries[i].title().into_owned())
        .collect();
    assert_eq!(titles, ["Night trains"], "fuzzy: n-i-t-r");
    assert_eq!(s.reader.entry, s.selected_index(), "the reader follows");
    s.input_cancel();
    assert_eq!(s.list.order.len(), 4);
    // Enter keeps the filter; Back (Esc) in the list clears it.
    update(&mut s, Action::Search);
    s.input_char('m');
    s.input_char('e');
    s.input_char('r');
    assert!(s.input_submit().is_none());
    assert_eq!(s.list.order.len(), 2, "source matches too");
    update(&mut s, Action::Back);
    assert_eq!(s.list.order.len(), 4);
}

#[test]
fn slash_in_the_reader_searches_incrementally_and_n_steps() {
    let mut s = state_with(1, Some(article(4, 2)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Search);
    assert_eq!(s.input.as_ref().map(|i| i.kind), Some(InputKind::Search));
    for c in "quoted".chars() {
        s.input_char(c);
    }
    let n = s.reader.search.as_ref().unwrap().matches.len();
    assert_eq!(n, 8, "two paragraphs in each of four sections");
    assert_eq!(s.reader.search.as_ref().unwrap().current, Some(0));
    s.input_submit();
    assert!(s.message.as_deref().unwrap().starts_with("8 matches"));
    update(&mut s, Action::SearchNext);
    assert_eq!(s.reader.search.as_ref().unwrap().current, Some(1));
    update(&mut s, Action::SearchPrev);
    update(&mut s, Action::SearchPrev);
    assert_eq!(s.reader.search.as_ref().unwrap().current, Some(7));
    assert_eq!(s.message.as_deref(), Some("Search wrapped"));
    let line = s.reader.doc().unwrap();
    let (b, r) = &s.reader.search.as_ref().unwrap().matches[7];
    let at = line.line_of(*b, r.start);
    assert!(
        (s.reader.scroll..s.reader.scroll + 10).contains(&at),
        "current match is visible"
    );
    // Esc (Back) clears the highlights before it leaves the reader.
    update(&mut s, Action::Back);
    assert!(s.reader.search.is_none());
    assert_eq!(s.focus, Focus::Reader);
}

#[test]
fn a_search_with_capitals_is_case_sensitive_and_escape_restores_the_scroll() {
    let mut s = state_with(1, Some(article(4, 2)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Down);
    update(&mut s, Action::Search);
    s.input_char('Q');
    assert_eq!(s.reader.search.as_ref().unwrap().matches.len(), 8);
    s.input_char('U');
    assert_eq!(s.reader.search.as_ref().unwrap().matches.len(), 0);
    s.input_backspace();
    s.input_backspace();
    assert!(s.reader.search.is_none());
    s.input_char('x');
    s.input_cancel();
    assert!(s.reader.search.is_none());
    assert_eq!(s.reader.scroll, 1);
}

#[test]
fn n_without_a_search_says_so() {
    let mut s = state_with(1, Some(article(2, 2)));
    update(&mut s, Action::SearchNext);
    assert_eq!(s.message.as_deref(), Some("No search: press / first"));
}

#[test]
fn full_text_hits_open_the_article_at_the_match() {
    let mut s = titled(3);
    let Effect::SearchAll { id, .. } = s.start_search_all("quoted 2".into()) else {
        panic!("a search-all effect");
    };
    s.hits_found(
        id,
        vec![Hit {
            entry: 2,
            snippet: Snippet::default(),
        }],
        true,
    );
    assert!(matches!(s.overlay, Some(Overlay::Hits { selected: 0, .. })));
    update(&mut s, Action::Open);
    assert_eq!(s.selected_index(), Some(2));
    assert_eq!(s.focus, Focus::Reader);
    s.article_loaded(2, Ok(Arc::new(article(4, 2))));
    let f = s.reader.search.as_ref().unwrap();
    assert_eq!(f.query, "quoted 2");
    assert_eq!(f.matches.len(), 2);
    let at = s
        .reader
        .doc()
        .unwrap()
        .line_of(f.matches[0].0, f.matches[0].1.start);
    assert!((s.reader.scroll..s.reader.scroll + 10).contains(&at));
}

#[test]
fn search_all_asks_the_app_on_enter() {
    let mut s = titled(2);
    update(&mut s, Action::SearchAll);
    s.input_char('x');
    assert_eq!(
        s.input_submit(),
        Some(Effect::SearchAll {
            query: "x".into(),
            id: 1
        })
    );
}

fn hit(entry: usize) -> Hit {
    Hit {
        entry,
        snippet: Snippet::default(),
    }
}

#[test]
fn results_of_an_older_search_are_dropped_and_the_overlay_opens_once() {
    let mut s = titled(3);
    let Effect::SearchAll { id: old, .. } = s.start_search_all("old".into()) else {
        panic!("effect");
    };
    let Effect::SearchAll { id: new, .. } = s.start_search_all("new".into()) else {
        panic!("effect");
    };
    s.hits_found(old, vec![hit(0)], false);
    assert!(
        s.search_all.latest.as_ref().unwrap().found == 0,
        "old results dropped"
    );
    assert!(s.overlay.is_none());
    s.hits_found(new, vec![hit(1)], false);
    assert!(matches!(s.overlay, Some(Overlay::Hits { selected: 0, .. })));
    // Closed by the user: more results do not reopen it.
    update(&mut s, Action::Back);
    s.hits_found(new, vec![hit(2)], true);
    assert!(s.overlay.is_none());
    assert_eq!(s.search_all.latest.as_ref().unwrap().found, 2);
    assert_eq!(s.message.as_deref(), Some("2 articles match “new”"));
    // Results never replace another overlay.
    let Effect::SearchAll { id: third, .. } = s.start_search_all("third".into()) else {
        panic!("effect");
    };
    update(&mut s, Action::Help);
    s.hits_found(third, vec![hit(0)], true);
    assert!(matches!(s.overlay, Some(Overlay::Help { .. })));
}

#[test]
fn later_results_join_the_open_results_overlay() {
    let mut s = titled(3);
    let Effect::SearchAll { id, .. } = s.start_search_all("q".into()) else {
        panic!("effect");
    };
    s.hits_found(id, vec![hit(0)], false);
    s.hits_found(id, vec![hit(2)], true);
    let Some(Overlay::Hits { hits, selected: 0 }) = &s.overlay else {
        panic!("the results overlay is open");
    };
    let entries: Vec<usize> = hits.items.iter().map(|h| h.entry).collect();
    assert_eq!((entries, hits.done), (vec![0, 2], true));
    assert_eq!(hits.query, "q");
    // A new library: the results pointed into the old one.
    s.set_library(s.library.clone());
    assert!(s.overlay.is_none());
    s.hits_found(id, vec![hit(1)], true);
    assert!(s.overlay.is_none(), "a forgotten search opens nothing");
}

#[test]
fn the_count_of_matching_articles_agrees_with_its_number() {
    let mut s = titled(3);
    let Effect::SearchAll { id, .. } = s.start_search_all("harbour".into()) else {
        panic!("effect");
    };
    s.hits_found(id, vec![hit(0)], true);
    assert_eq!(s.message.as_deref(), Some("1 article matches “harbour”"));
    let Effect::SearchAll { id, .. } = s.start_search_all("pier".into()) else {
        panic!("effect");
    };
    s.hits_found(id, vec![hit(0), hit(2)], true);
    assert_eq!(s.message.as_deref(), Some("2 articles match “pier”"));
}

#[test]
fn a_hit_of_a_phrase_or_speaker_query_searches_the_article_for_the_words() {
    let mut s = titled(3);
    let Effect::SearchAll { id, .. } = s.start_search_all("\"quoted 2\" speaker:Ada".into()) else {
        panic!("a search-all effect");
    };
    s.hits_found(id, vec![hit(2)], true);
    update(&mut s, Action::Open);
    s.article_loaded(2, Ok(Arc::new(article(4, 2))));
    let f = s.reader.search.as_ref().unwrap();
    assert_eq!(f.query, "quoted 2");
    assert_eq!(f.matches.len(), 2);
}

#[test]
fn a_search_done_while_the_index_builds_says_how_far_it_is() {
    let mut s = titled(2);
    s.index_progress(250, 1000);
    assert_eq!(s.search_all.index, Some((250, 1000)));
    let Effect::SearchAll { id, .. } = s.start_search_all("q".into()) else {
        panic!("effect");
    };
    s.hits_found(id, vec![hit(0)], true);
    assert_eq!(
        s.message.as_deref(),
        Some("1 article matches “q” · index 25%")
    );
    s.index_progress(1000, 1000);
    assert_eq!(s.search_all.index, None, "ready");
}
