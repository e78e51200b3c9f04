//! The cache's copy of [`Meta`]: its own serde form (the dateline's text too,
//! which `byline parse --json` leaves out), so either can change alone. Text
//! is borrowed from the library when the cache is written, and from the
//! cache's bytes when read (postcard: every field is written, in order).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::article::{Date, Dateline, Meta};

type Text<'a> = Cow<'a, str>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CachedMeta<'a> {
    #[serde(borrow)]
    kicker: Option<Text<'a>>,
    title: Text<'a>,
    standfirst: Option<Text<'a>>,
    byline: Option<Text<'a>>,
    dateline: Option<CachedDateline<'a>>,
    /// Year, month, day.
    date: Option<(i32, u8, u8)>,
    published: Option<Text<'a>>,
    source: Option<Text<'a>>,
    tags: Vec<Text<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct CachedDateline<'a> {
    #[serde(borrow)]
    text: Text<'a>,
    place: Option<Text<'a>>,
    date: Option<Text<'a>>,
    source: Option<Text<'a>>,
    block: usize,
}

fn text(s: &str) -> Text<'_> {
    Cow::Borrowed(s)
}

fn owned(t: Text<'_>) -> String {
    t.into_owned()
}

impl<'a> From<&'a Meta> for CachedMeta<'a> {
    fn from(m: &'a Meta) -> Self {
        // Destructured: a new field of `Meta` does not compile until it is cached.
        let Meta {
            kicker,
            title,
            standfirst,
            byline,
            dateline,
            date,
            published,
            source,
            tags,
        } = m;
        Self {
            kicker: kicker.as_deref().map(text),
            title: text(title),
            standfirst: standfirst.as_deref().map(text),
            byline: byline.as_deref().map(text),
            dateline: dateline.as_deref().map(
                |Dateline {
                     text: line,
                     place,
                     date,
                     source,
                     block,
                 }| CachedDateline {
                    text: text(line),
                    place: place.as_deref().map(text),
                    date: date.as_deref().map(text),
                    source: source.as_deref().map(text),
                    block: *block,
                },
            ),
            date: date.map(|d| (d.year, d.month, d.day)),
            published: published.as_deref().map(text),
            source: source.as_deref().map(text),
            tags: tags.iter().map(|t| text(t)).collect(),
        }
    }
}

impl From<CachedMeta<'_>> for Meta {
    fn from(m: CachedMeta<'_>) -> Self {
        Self {
            kicker: m.kicker.map(owned),
            title: owned(m.title),
            standfirst: m.standfirst.map(owned),
            byline: m.byline.map(owned),
            dateline: m.dateline.map(|d| {
                Box::new(Dateline {
                    text: owned(d.text),
                    place: d.place.map(owned),
                    date: d.date.map(owned),
                    source: d.source.map(owned),
                    block: d.block,
                })
            }),
            date: m.date.map(|(year, month, day)| Date { year, month, day }),
            published: m.published.map(owned),
            source: m.source.map(owned),
            tags: m.tags.into_iter().map(owned).collect(),
        }
    }
}
