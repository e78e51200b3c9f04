//! What People needs of one article, and nothing more: its title, source and
//! date, and its counted quotations (top level, with a speaker) with the
//! speaker as written, the quotation's index and its section's heading. The
//! people index keeps one [`Quoted`] per file instead of the article, and
//! [`super::build_from`] works from these records.

use serde::{Deserialize, Serialize};

use crate::article::{Article, Date};

/// One article, as People reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quoted {
    pub title: String,
    pub source: Option<String>,
    #[serde(with = "date")]
    pub date: Option<Date>,
    /// In reading order.
    pub quotes: Vec<Counted>,
}

/// One counted quotation: top level, with a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    /// Index into the article's `quotes`.
    pub quote: usize,
    /// The speaker as the article wrote it.
    pub speaker: String,
    /// The section's heading, `None` for the untitled first section.
    pub section: Option<String>,
}

impl Quoted {
    /// The record of `a`: the quotations [`Article::speaker`] names.
    pub fn of(a: &Article) -> Self {
        let quotes = (0..a.quotes.len())
            .filter_map(|quote| {
                let speaker = a.speaker(quote)?;
                let section = a
                    .quotes
                    .get(quote)
                    .and_then(|q| a.sections.get(q.section))
                    .and_then(|s| s.heading.clone());
                Some(Counted {
                    quote,
                    speaker: speaker.to_string(),
                    section,
                })
            })
            .collect();
        Self {
            title: a.meta.title.clone(),
            source: a.meta.source.clone(),
            date: a.meta.date,
            quotes,
        }
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
            text: "words".into(),
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
            .map(|c| (c.quote, c.speaker.as_str(), c.section.as_deref()))
            .collect();
        assert_eq!(
            got,
            [(0, "Anna Berg", None), (3, "Lars Berg", Some("Reactions"))]
        );
    }
}
