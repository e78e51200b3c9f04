//! The fast build against the plain one ([`super::reference`]): the same
//! people, names, forms and quotations, on speakers in every shape the rules
//! know and on any text.

use super::article;
use super::reference;
use crate::article::{Article, Date, Section};
use crate::people::{Person, build};

/// Speakers in the shapes the rules tell apart, and near misses.
const POOL: &[&str] = &[
    "Anna Berg",
    "Berg",
    "Lars Berg",
    "A. Berg",
    "L. Berg",
    "Igor Konashenkov",
    "Konashenkov",
    "Maj. Gen. Igor Konashenkov",
    "John Smith",
    "Jane Smith",
    "J. Smith",
    "Smith",
    "John F. Smith",
    "the President",
    "President Alan Reed",
    "Reed",
    "Defence Ministry",
    "José Núñez",
    "NUNEZ",
    "Nunez",
    "",
    "Dr.",
];

/// Articles from picks into [`POOL`] (past its end: the random speaker), with
/// two sections, a nested quotation now and then, and a source and a date on
/// every other article.
fn picked(picks: &[Vec<(usize, String)>]) -> Vec<Article> {
    picks
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let speakers: Vec<&str> = row
                .iter()
                .map(|(k, any)| POOL.get(*k).copied().unwrap_or(any))
                .collect();
            let mut a = article(&format!("article {i}"), &speakers);
            a.sections.push(Section {
                heading: Some(format!("part {i}")),
                blocks: Vec::new(),
            });
            for (q, quote) in a.quotes.iter_mut().enumerate() {
                quote.section = q % 2;
                quote.depth = u8::from(q % 5 == 4);
            }
            if i % 2 == 1 {
                a.meta.source = Some("Gazette".into());
                a.meta.date = Some(Date {
                    year: 2026,
                    month: 1,
                    day: u8::try_from(i % 28).unwrap() + 1,
                });
            }
            a
        })
        .collect()
}

/// The people as tuples, to compare with the plain build.
fn plain(people: Vec<Person>) -> Vec<reference::Plain> {
    people
        .into_iter()
        .map(|p| {
            let quotations = p
                .quotations
                .into_iter()
                .map(|q| {
                    (
                        q.article,
                        q.quote,
                        q.speaker.to_string(),
                        q.date,
                        q.title.to_string(),
                        q.source.map(|s| s.to_string()),
                        q.section.map(|s| s.to_string()),
                    )
                })
                .collect();
            (p.name, p.forms, p.kind, quotations)
        })
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    #[test]
    fn the_fast_build_makes_the_same_people_as_the_plain_one(
        picks in proptest::collection::vec(
            proptest::collection::vec((0..POOL.len() + 2, ".{0,16}"), 0..8),
            0..7,
        ),
        backwards in proptest::bool::ANY,
    ) {
        let articles = picked(&picks);
        // Numbered as a caller might: in order, or backwards with gaps.
        let numbered: Vec<(usize, &Article)> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (if backwards { 3 * (articles.len() - i) } else { i }, a))
            .collect();
        let fast = plain(build(numbered.iter().copied()));
        proptest::prop_assert_eq!(fast, reference::build(&numbered));
    }
}
