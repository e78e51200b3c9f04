//! What People needs of one article, and nothing more: its title, source and
//! date, and its counted quotations (top level, with a speaker) with the
//! speaker as written, the quotation's index, its section's heading and its
//! words (all of an article's in one string, each quotation a range). The
//! people index keeps one [`Quoted`] per file instead of the article, and
//! [`super::build_from`] works from these records.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Date};

/// One article, as People reads it. Spellings and headings are kept once
/// each and numbered: an article quotes few people many times.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quoted {
    pub title: String,
    pub source: Option<String>,
    #[serde(with = "date")]
    pub date: Option<Date>,
    /// Each speaker as the article wrote it, once, in order of appearance.
    pub speakers: Vec<String>,
    /// Each section heading a counted quotation is under, once.
    pub sections: Vec<String>,
    /// In reading order.
    pub quotes: Vec<Counted>,
    /// The words of the counted quotations, one after the other: one string
    /// to read and share, not one per quotation.
    pub words: String,
}

/// One counted quotation: top level, with a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    /// Index into the article's `quotes`.
    pub quote: usize,
    /// The quotation's words (a person's page shows them): a range of
    /// [`Quoted::words`].
    pub text: Range<usize>,
    /// Index into [`Quoted::speakers`].
    pub speaker: usize,
    /// Index into [`Quoted::sections`], `None` for the untitled first section.
    pub section: Option<usize>,
}

impl Quoted {
    /// The record of `a`: the quotations [`Article::speaker`] names.
    pub fn of(a: &Article) -> Self {
        let mut speakers: Vec<String> = Vec::new();
        let mut sections: Vec<String> = Vec::new();
        let number = |list: &mut Vec<String>, text: &str| {
            list.iter().position(|s| s == text).unwrap_or_else(|| {
                list.push(text.to_string());
                list.len() - 1
            })
        };
        let mut words = String::new();
        let quotes = (0..a.quotes.len())
            .filter_map(|quote| {
                let speaker = number(&mut speakers, a.speaker(quote)?);
                let section = a
                    .quotes
                    .get(quote)
                    .and_then(|q| a.sections.get(q.section))
                    .and_then(|s| s.heading.as_deref())
                    .map(|h| number(&mut sections, h));
                let start = words.len();
                words.push_str(a.quotes.get(quote).map_or("", |q| q.text.as_str()));
                Some(Counted {
                    quote,
                    text: start..words.len(),
                    speaker,
                    section,
                })
            })
            .collect();
        Self {
            title: a.meta.title.clone(),
            source: a.meta.source.clone(),
            date: a.meta.date,
            speakers,
            sections,
            quotes,
            words,
        }
    }

    /// The words of `c` (empty for a range out of the words, which only a
    /// damaged index could hold).
    pub fn text(&self, c: &Counted) -> &str {
        self.words.get(c.text.clone()).unwrap_or("")
    }

    /// The speaker of `c`, as written (empty for a number out of range, which
    /// only a damaged index could hold).
    pub fn speaker(&self, c: &Counted) -> &str {
        self.speakers.get(c.speaker).map_or("", String::as_str)
    }

    /// The heading of the section `c` is in.
    pub fn section(&self, c: &Counted) -> Option<&str> {
        c.section
            .and_then(|s| self.sections.get(s))
            .map(String::as_str)
    }
}

/// A date stored as `(year, month, day)`: the model's `Date` stays free of
/// serde.
mod date {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::article::Date;

    #[allow(clippy::ref_option)] // serde's `with` hands a reference to the field.
    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        d.map(|d| (d.year, d.month, d.day)).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Ok(
            Option::<(i32, u8, u8)>::deserialize(d)?.map(|(year, month, day)| Date {
                year,
                month,
                day,
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Meta, Quote, QuoteMarks, Section};

    #[test]
    fn keeps_the_counted_quotations_with_their_sections() {
        let quote = |speaker: Option<&str>, depth, section| Quote {
            text: format!("said {}.", speaker.unwrap_or("nobody")),
            speaker: speaker.map(Into::into),
            section,
            depth,
            marks: QuoteMarks::Double,
            parts: Vec::new(),
        };
        let a = Article {
            meta: Meta {
                title: "Pier".into(),
                source: Some("Gazette".into()),
                date: Some(Date {
                    year: 2026,
                    month: 2,
                    day: 3,
                }),
                ..Meta::default()
            },
            sections: vec![
                Section::default(),
                Section {
                    heading: Some("Reactions".into()),
                    blocks: Vec::new(),
                },
            ],
            quotes: vec![
                quote(Some("Anna Berg"), 0, 0),
                quote(Some("Lars Berg"), 1, 1),
                quote(None, 0, 1),
                quote(Some("Lars Berg"), 0, 1),
                quote(Some("Anna Berg"), 0, 1),
            ],
            ..Article::default()
        };
        let q = Quoted::of(&a);
        assert_eq!(
            (q.title.as_str(), q.source.as_deref()),
            ("Pier", Some("Gazette"))
        );
        assert_eq!(q.date, a.meta.date);
        let got: Vec<_> = q
            .quotes
            .iter()
            .map(|c| (c.quote, q.speaker(c), q.section(c)))
            .collect();
        assert_eq!(
            got,
            [
                (0, "Anna Berg", None),
                (3, "Lars Berg", Some("Reactions")),
                (4, "Anna Berg", Some("Reactions"))
            ]
        );
        let texts: Vec<_> = q.quotes.iter().map(|c| q.text(c)).collect();
        assert_eq!(
            texts,
            ["said Anna Berg.", "said Lars Berg.", "said Anna Berg."]
        );
        assert_eq!(q.words, texts.concat(), "one string");
        assert_eq!(q.speakers, ["Anna Berg", "Lars Berg"], "each once");
        assert_eq!(q.sections, ["Reactions"]);
    }

    #[test]
    fn numbers_out_of_range_are_left_out_not_a_panic() {
        // Only a damaged index could hold them; the build skips them.
        let q = Quoted {
            title: "Pier".into(),
            speakers: vec!["Anna Berg".into()],
            quotes: vec![
                Counted {
                    quote: 0,
                    text: 0..5,
                    speaker: 7,
                    section: None,
                },
                Counted {
                    quote: 1,
                    text: 5..40,
                    speaker: 0,
                    section: Some(9),
                },
            ],
            words: "wordsmore words".into(),
            ..Quoted::default()
        };
        assert_eq!(q.speaker(&q.quotes[0]), "");
        assert_eq!(q.section(&q.quotes[1]), None);
        assert_eq!((q.text(&q.quotes[0]), q.text(&q.quotes[1])), ("words", ""));
        let people = crate::people::build_from([(0, &q)]);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].quotations.len(), 1);
        assert_eq!(people[0].quotations[0].quote, 1);
        assert_eq!(people[0].quotations[0].section, None);
        assert_eq!(&*people[0].quotations[0].text, "");
    }
}
