//! People from the summary: the list shown before the quotations are read,
//! a person's page opened meanwhile filled in when they are.

use super::people::{gather_asked, gathered, library_state};
use super::*;
use crate::people::gather::Gathered;

/// What the summary would send: the people without quotations, with counts.
fn summary(full: &Gathered) -> Gathered {
    let people = full
        .people
        .iter()
        .map(|p| crate::people::Person {
            quotations: Vec::new(),
            counts: Some(crate::people::summary::Counts {
                quotations: p.quotes(),
                articles: p.articles(),
                latest: p.latest(),
            }),
            ..p.clone()
        })
        .collect();
    Gathered {
        people,
        sources: Vec::new(),
        partial: true,
    }
}

#[test]
fn a_page_opened_from_the_summary_waits_then_fills_in() {
    let mut s = library_state();
    update(&mut s, Action::People);
    let generation = gather_asked(&mut s).unwrap();
    let full = gathered(&s);
    s.people_gathered(generation, summary(&full));
    // The list is there at once, with its numbers; the build goes on.
    let rows: Vec<(String, usize)> = s
        .people_rows()
        .iter()
        .map(|p| (p.name.clone(), p.quotes()))
        .collect();
    let want: Vec<(String, usize)> = full
        .people
        .iter()
        .map(|p| (p.name.clone(), p.quotes()))
        .collect();
    assert_eq!(rows, want);
    assert!(s.people.progress.is_some(), "still reading quotations");
    let first = want[0].0.clone();

    update(&mut s, Action::Open);
    let page = |s: &State| match &s.overlay {
        Some(Overlay::People(o)) => o.page.clone().unwrap(),
        other => panic!("not a page: {other:?}"),
    };
    assert!(page(&s).waiting && page(&s).items.is_empty());
    // Enter and the trail do nothing yet.
    update(&mut s, Action::Open);
    assert!(matches!(s.overlay, Some(Overlay::People(_))));

    s.people_gathered(generation, full.clone());
    let filled = page(&s);
    assert!(!filled.waiting);
    assert_eq!(filled.name, first);
    assert_eq!(filled.items.len(), want[0].1);
    assert!(s.people.progress.is_none());
    // Enter now opens the quotation in the reader.
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert!(s.people.trail.is_some());
}

#[test]
fn a_summary_never_replaces_people_with_their_quotations() {
    let mut s = library_state();
    update(&mut s, Action::People);
    let generation = gather_asked(&mut s).unwrap();
    let full = gathered(&s);
    s.people_gathered(generation, full.clone());
    // The library is read again (`R`): the summary of the new build comes
    // first, but the people shown keep their quotations.
    s.library_changed();
    let again = gather_asked(&mut s).unwrap();
    s.people_gathered(again, summary(&full));
    let g = s.people.gathered.clone().unwrap();
    assert!(!g.partial);
    assert_eq!(g.people, full.people);
}
