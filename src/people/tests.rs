//! The merge rules, one test each, with names written for the purpose.

mod agree;
mod reference;

use super::*;
use crate::article::{Article, Meta, Quote, QuoteMarks, Section};

/// An article whose quotations have these speakers (top level, one section).
fn article(title: &str, speakers: &[&str]) -> Article {
    Article {
        meta: Meta {
            title: title.into(),
            ..Meta::default()
        },
        sections: vec![Section::default()],
        quotes: speakers
            .iter()
            .map(|s| quote(s, &format!("words of {s}")))
            .collect(),
        ..Article::default()
    }
}

/// A top-level quotation of `text` by `speaker`, in the first section.
pub(crate) fn quote(speaker: &str, text: &str) -> Quote {
    Quote {
        text: text.into(),
        speaker: Some(speaker.into()),
        section: 0,
        depth: 0,
        marks: QuoteMarks::Double,
        parts: Vec::new(),
    }
}

fn people(articles: &[Article]) -> Vec<Person> {
    build(articles.iter().enumerate())
}

/// Each person's name with the number of quotations, sorted by name.
fn names(articles: &[Article]) -> Vec<(String, usize)> {
    let mut v: Vec<_> = people(articles)
        .into_iter()
        .map(|p| (p.name, p.quotations.len()))
        .collect();
    v.sort();
    v
}

fn n(name: &str, count: usize) -> (String, usize) {
    (name.to_string(), count)
}

#[test]
fn titles_and_a_bare_surname_in_the_article_are_the_full_name() {
    let a = [article(
        "a",
        &[
            "Maj. Gen. Igor Konashenkov",
            "Konashenkov",
            "Igor Konashenkov",
        ],
    )];
    assert_eq!(names(&a), [n("Igor Konashenkov", 3)]);
    let p = &people(&a)[0];
    assert_eq!(p.forms.len(), 3);
}

#[test]
fn forms_merge_across_articles() {
    let a = [
        article("a", &["Igor Konashenkov"]),
        article("b", &["Konashenkov"]),
        article("c", &["Maj. Gen. Igor Konashenkov"]),
    ];
    assert_eq!(names(&a), [n("Igor Konashenkov", 3)]);
    assert_eq!(people(&a)[0].articles(), 3);
}

#[test]
fn case_and_accents_do_not_matter() {
    let a = [
        article("a", &["José Núñez"]),
        article("b", &["JOSE NUNEZ"]),
        article("c", &["Nunez"]),
    ];
    assert_eq!(names(&a), [n("José Núñez", 3)]);
}

#[test]
fn honorifics_and_offices_are_not_part_of_the_name() {
    for titled in [
        "Mr Alan Reed",
        "Mrs. Alan Reed",
        "Dr Alan Reed",
        "Prof. Alan Reed",
        "Sen. Alan Reed",
        "Rep. Alan Reed",
        "President Alan Reed",
        "Prime Minister Alan Reed",
        "Chancellor Alan Reed",
        "Alan Reed Jr.",
    ] {
        let a = [article("a", &[titled]), article("b", &["Alan Reed"])];
        assert_eq!(names(&a), [n("Alan Reed", 2)], "{titled}");
    }
}

#[test]
fn different_full_names_sharing_a_surname_stay_apart() {
    let a = [article("a", &["Anna Berg"]), article("b", &["Lars Berg"])];
    assert_eq!(names(&a), [n("Anna Berg", 1), n("Lars Berg", 1)]);
}

#[test]
fn a_bare_surname_shared_by_two_full_names_merges_with_neither() {
    let across = [
        article("a", &["Anna Berg"]),
        article("b", &["Lars Berg"]),
        article("c", &["Berg"]),
    ];
    assert_eq!(
        names(&across),
        [n("Anna Berg", 1), n("Berg", 1), n("Lars Berg", 1)]
    );
    let inside = [article("a", &["Anna Berg", "Lars Berg", "Berg"])];
    assert_eq!(
        names(&inside),
        [n("Anna Berg", 1), n("Berg", 1), n("Lars Berg", 1)]
    );
}

#[test]
fn the_article_decides_first() {
    // The library knows two Bergs, but this article names only Anna: its
    // "Berg" is hers.
    let a = [
        article("a", &["Anna Berg", "Berg"]),
        article("b", &["Lars Berg"]),
    ];
    assert_eq!(names(&a), [n("Anna Berg", 2), n("Lars Berg", 1)]);
}

#[test]
fn a_bare_surname_with_no_full_name_is_its_own_person() {
    let a = [article("a", &["Okafor"]), article("b", &["Okafor"])];
    assert_eq!(names(&a), [n("Okafor", 2)]);
}

#[test]
fn an_initial_joins_only_the_one_full_name_it_fits() {
    let one = [article("a", &["John Smith"]), article("b", &["J. Smith"])];
    assert_eq!(names(&one), [n("John Smith", 2)]);
    let other_initial = [article("a", &["John Smith"]), article("b", &["K. Smith"])];
    assert_eq!(
        names(&other_initial),
        [n("John Smith", 1), n("K. Smith", 1)]
    );
    let two = [
        article("a", &["John Smith"]),
        article("b", &["Jane Smith"]),
        article("c", &["J. Smith"]),
    ];
    assert_eq!(
        names(&two),
        [n("J. Smith", 1), n("Jane Smith", 1), n("John Smith", 1)]
    );
}

#[test]
fn a_middle_name_makes_a_different_full_name() {
    let a = [
        article("a", &["John F. Smith"]),
        article("b", &["John Smith"]),
    ];
    assert_eq!(names(&a), [n("John F. Smith", 1), n("John Smith", 1)]);
}

#[test]
fn organisations_never_merge_with_people_by_surname() {
    let a = [
        article("a", &["Defence Ministry", "the ministry"]),
        article("b", &["Anna Ministry"]),
    ];
    let got = people(&a);
    let org = got.iter().find(|p| p.name == "Defence Ministry");
    assert_eq!(org.map(|p| p.kind), Some(SpeakerKind::Organisation));
    assert_eq!(org.map(|p| p.quotations.len()), Some(1));
    assert!(got.iter().all(|p| p.quotations.len() == 1), "{got:?}");
}

#[test]
fn nested_and_unattributed_quotations_do_not_count() {
    let mut a = article("a", &["Anna Berg", "Anna Berg"]);
    a.quotes[1].depth = 1;
    a.quotes.push(Quote {
        speaker: None,
        ..a.quotes[0].clone()
    });
    assert_eq!(names(&[a]), [n("Anna Berg", 1)]);
}

#[test]
fn the_fullest_form_is_the_name_and_rows_sort_by_count_then_name() {
    let a = [
        article("a", &["Konashenkov", "Zed Ames", "Zed Ames"]),
        article("b", &["Igor Konashenkov", "Amy Ames"]),
    ];
    let got: Vec<_> = people(&a).into_iter().map(|p| p.name).collect();
    assert_eq!(got, ["Igor Konashenkov", "Zed Ames", "Amy Ames"]);
}

#[test]
fn a_quotation_knows_its_article() {
    let mut a = article("Harbour opens", &["Anna Berg"]);
    a.meta.source = Some("Gazette".into());
    a.meta.date = Some(Date {
        year: 2026,
        month: 3,
        day: 4,
    });
    a.sections[0].heading = Some("Reactions".into());
    let got = build([(7, &a)]);
    let q = &got[0].quotations[0];
    assert_eq!((q.article, q.quote), (7, 0));
    assert_eq!(&*q.title, "Harbour opens");
    assert_eq!(q.source.as_deref(), Some("Gazette"));
    assert_eq!(q.section.as_deref(), Some("Reactions"));
    assert_eq!(got[0].latest(), a.meta.date);
}

proptest::proptest! {
    #[test]
    fn building_never_panics_on_any_speaker(
        speakers in proptest::collection::vec(".{0,40}", 0..8),
        split in 0usize..8,
    ) {
        let refs: Vec<&str> = speakers.iter().map(String::as_str).collect();
        let (one, two) = refs.split_at(split.min(refs.len()));
        let a = [article("a", one), article("b", two)];
        let got = people(&a);
        let total: usize = got.iter().map(|p| p.quotations.len()).sum();
        proptest::prop_assert!(total <= speakers.len());
    }
}

#[test]
fn offices_alone_and_lower_case_phrases_are_not_names() {
    use super::name::{Name, read};
    assert!(matches!(read("the President").name, Name::Other { .. }));
    assert!(matches!(read("a spokesman").name, Name::Other { .. }));
    assert_eq!(
        read("Maj. Gen. Igor Konashenkov").name,
        Name::Full {
            key: "igor konashenkov".into(),
            surname: "konashenkov".into()
        }
    );
    assert_eq!(read("Maj. Gen. Igor Konashenkov").shown, "Igor Konashenkov");
    let a = [
        article("a", &["the President", "President Alan Reed"]),
        article("b", &["Reed"]),
    ];
    assert_eq!(names(&a), [n("Alan Reed", 2), n("the President", 1)]);
}

#[test]
fn articles_are_counted_in_any_order() {
    let q = |article| QuoteRef {
        article,
        quote: 0,
        speaker: "Anna Berg".into(),
        text: "words".into(),
        date: None,
        title: "Pier".into(),
        source: None,
        section: None,
    };
    let person = |articles: &[usize]| Person {
        name: "Anna Berg".into(),
        forms: vec!["Anna Berg".into()],
        kind: SpeakerKind::Person,
        quotations: articles.iter().map(|&a| q(a)).collect(),
        counts: None,
    };
    assert_eq!(person(&[0, 0, 2, 5, 5]).articles(), 3, "in order, as built");
    assert_eq!(person(&[5, 0, 5, 2, 0]).articles(), 3, "any other order");
    assert_eq!(person(&[]).articles(), 0);
}
