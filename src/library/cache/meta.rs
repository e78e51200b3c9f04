//! The cache's copy of [`Meta`]: its own serde form (the dateline's text too,
//! which `byline parse --json` leaves out), so either can change alone.

use serde::{Deserialize, Serialize};

use crate::article::{Date, Dateline, Meta};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedMeta {
    kicker: Option<String>,
    title: String,
    standfirst: Option<String>,
    byline: Option<String>,
    dateline: Option<CachedDateline>,
    /// Year, month, day.
    date: Option<(i32, u8, u8)>,
    source: Option<String>,
    tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct CachedDateline {
    text: String,
    place: Option<String>,
    date: Option<String>,
    source: Option<String>,
}

impl From<&Meta> for CachedMeta {
    fn from(m: &Meta) -> Self {
        // Destructured: a new field of `Meta` does not compile until it is cached.
        let Meta {
            kicker,
            title,
            standfirst,
            byline,
            dateline,
            date,
            source,
            tags,
        } = m.clone();
        Self {
            kicker,
            title,
            standfirst,
            byline,
            dateline: dateline.map(
                |Dateline {
                     text,
                     place,
                     date,
                     source,
                 }| CachedDateline {
                    text,
                    place,
                    date,
                    source,
                },
            ),
            date: date.map(|d| (d.year, d.month, d.day)),
            source,
            tags,
        }
    }
}

impl From<CachedMeta> for Meta {
    fn from(m: CachedMeta) -> Self {
        Self {
            kicker: m.kicker,
            title: m.title,
            standfirst: m.standfirst,
            byline: m.byline,
            dateline: m.dateline.map(|d| Dateline {
                text: d.text,
                place: d.place,
                date: d.date,
                source: d.source,
            }),
            date: m.date.map(|(year, month, day)| Date { year, month, day }),
            source: m.source,
            tags: m.tags,
        }
    }
}
