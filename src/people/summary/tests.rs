use super::*;
use crate::article::{Article, Meta, Section};

/// People built from two articles: Anna twice (dated), the council once.
fn people() -> Vec<Person> {
    let article = |day: u8, quotes: &[(&str, &str)]| Article {
        meta: Meta {
            title: format!("Day {day}"),
            date: Some(Date {
                year: 2024,
                month: 3,
                day,
            }),
            ..Meta::default()
        },
        sections: vec![Section::default()],
        quotes: quotes
            .iter()
            .map(|(who, text)| crate::people::tests::quote(who, text))
            .collect(),
        ..Article::default()
    };
    let articles = [
        article(
            1,
            &[
                ("Anna Berg", "We will rebuild."),
                ("the council", "Closed."),
            ],
        ),
        article(4, &[("Berg", "The pier is open.")]),
    ];
    crate::people::build(articles.iter().enumerate())
}

#[test]
fn a_summary_gives_the_list_back_with_its_counts_and_no_quotations() {
    let people = people();
    let bytes = encode(&people, 42, "byline 1").unwrap();
    let read = decode(&bytes, 42, "byline 1").unwrap();
    assert_eq!(read.len(), people.len());
    for (r, p) in read.iter().zip(&people) {
        assert_eq!((&r.name, &r.forms, r.kind), (&p.name, &p.forms, p.kind));
        assert_eq!(
            (r.quotes(), r.articles(), r.latest()),
            (p.quotes(), p.articles(), p.latest())
        );
        assert!(r.quotations.is_empty());
    }
    let anna = read.iter().find(|p| p.name == "Anna Berg").unwrap();
    assert_eq!((anna.quotes(), anna.articles()), (2, 2));
    assert_eq!(
        anna.latest().map(|d| d.to_string()),
        Some("2024-03-04".into())
    );
}

#[test]
fn a_summary_for_other_files_or_another_byline_is_not_used() {
    let bytes = encode(&people(), 42, "byline 1").unwrap();
    assert!(decode(&bytes, 43, "byline 1").is_none(), "another key");
    assert!(decode(&bytes, 42, "byline 2").is_none(), "another binary");
}

#[test]
fn a_corrupt_or_short_summary_is_ignored() {
    let bytes = encode(&people(), 42, "byline 1").unwrap();
    for cut in [0, 5, crate::people::sealed::HEADER, bytes.len() - 1] {
        assert!(
            decode(&bytes[..cut], 42, "byline 1").is_none(),
            "cut at {cut}"
        );
    }
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    assert!(decode(&flipped, 42, "byline 1").is_none(), "failed check");
    let mut format = bytes.clone();
    format[8] ^= 1;
    assert!(decode(&format, 42, "byline 1").is_none(), "another format");
    let mut longer = bytes;
    longer.push(0);
    assert!(decode(&longer, 42, "byline 1").is_none(), "trailing byte");
}

#[test]
fn a_summary_is_saved_and_loaded_beside_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("people-abc.bin");
    let path = file(&index);
    assert_eq!(path, dir.path().join("people-abc.sum"));
    assert!(load(&path, 7, "b").is_none(), "missing");
    save(&path, &people(), 7, "b").unwrap();
    assert_eq!(load(&path, 7, "b").map(|p| p.len()), Some(people().len()));
}
