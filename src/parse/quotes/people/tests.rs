//! The people pass: who is named, and the same names found without splitting
//! whole paragraphs.

use super::*;
use crate::article::Block;

fn people(paras: &[&str]) -> People {
    let sections = vec![Section {
        heading: None,
        blocks: paras.iter().map(|p| Block::paragraph(*p)).collect(),
    }];
    People::collect(&sections, &[])
}

#[test]
fn titled_and_speaking_names_are_people() {
    let p = people(&["Foreign Minister Anna Berg arrived. Later Tom Reed said it."]);
    let names: Vec<_> = p.mentions.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Anna Berg", "Tom Reed"]);
}

#[test]
fn appositives_make_people_and_places_do_not() {
    let p = people(&["In New York, Jane Doe, 41, waited near Central Park."]);
    let names: Vec<_> = p.mentions.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Jane Doe"]);
}

#[test]
fn surnames_resolve_to_full_names() {
    let p = people(&["Mayor Lena Holt spoke.", "Holt left early."]);
    assert_eq!(p.last_before((0, 1, 100)), Some("Lena Holt"));
    assert_eq!(p.full_name("Holt", (0, 1, 0)), Some("Lena Holt"));
    assert_eq!(p.full_name("Olt", (0, 1, 0)), None);
    assert_eq!(p.last_before((0, 0, 0)), None);
}

/// The pass as it was: every paragraph split into words, a name tried at each.
fn by_all_words(paras: &[&str]) -> Vec<(At, String)> {
    let mut p = People::default();
    for (bi, seg) in paras.iter().enumerate() {
        let w = super::super::words::words(seg);
        let mut i = 0;
        while i < w.len() {
            let Some(name) = names::forward(seg, &w, i) else {
                i += 1;
                continue;
            };
            i = name.last + 1;
            let at = (0, bi, w[name.first].start);
            if let Some(full) = p.full_name(name.text, at).map(str::to_string) {
                p.push(at, full);
            } else if (name.words() > 1 || name.titled) && is_person(&w, &name) {
                p.push(at, name.text.to_string());
            }
        }
    }
    p.mentions
}

#[test]
fn splitting_around_capitals_finds_what_splitting_everything_found() {
    let pieces = [
        "Anna ",
        "Berg ",
        "said ",
        "the ",
        "minister ",
        "Mr. ",
        "Dr ",
        "von ",
        "der ",
        "de ",
        "la ",
        "Leyen ",
        "Jean-",
        "Pierre ",
        "Martin, ",
        "52, ",
        "later ",
        "also ",
        "has ",
        "who ",
        "Foreign ",
        "Ministry ",
        "New ",
        "York. ",
        "O'",
        "Brien ",
        "owners' ",
        "It's ",
        "J. ",
        "R. ",
        "Smith ",
        "sagte ",
        "Émile ",
        "Zoé ",
        "“",
        "” ",
        "; ",
        "told ",
        "she ",
    ];
    let mut k = 7usize;
    let mut next = move || {
        k = k
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695);
        k >> 33
    };
    let mut found = 0;
    for _ in 0..3000 {
        let paras: Vec<String> = (0..3)
            .map(|_| {
                (0..next() % 40)
                    .map(|_| pieces[next() % pieces.len()])
                    .collect()
            })
            .collect();
        let paras: Vec<&str> = paras.iter().map(String::as_str).collect();
        let mentions = by_all_words(&paras);
        found += mentions.len();
        assert_eq!(people(&paras).mentions, mentions, "{paras:?}");
    }
    assert!(found > 3000, "{found}");
}

#[test]
fn organisations_are_not_people() {
    let p = people(&["The Health Ministry said nothing."]);
    assert!(p.mentions.is_empty());
}
