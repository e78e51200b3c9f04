//! Who said what: the people quoted across a set of parsed articles, one
//! [`Person`] per person, not per spelling.
//!
//! Only top-level quotations with a speaker count (those [`Article::speaker`]
//! names). Names are read by [`name::read`] (titles, ranks and honorifics off;
//! case and accents ignored) and merged by these rules, cautious by design — when
//! unsure, two names stay two people:
//!
//! - The same full name is one person (`Maj. Gen. Igor Konashenkov` = `Igor
//!   Konashenkov`). Full names that differ are different people, even with one
//!   surname (`Anna Berg`, `Lars Berg`); a middle name or initial makes a
//!   different full name (`John F. Smith` ≠ `John Smith`).
//! - A bare surname (`Konashenkov`) joins the one full name with that surname in
//!   the same article; when the article names none, the one full name with that
//!   surname in the whole set; when there are two or more (in the article, or in
//!   the set when the article has none), it stays a person of its own.
//! - An initial and a surname (`J. Smith`) is read the same way as a bare
//!   surname, and joins the one full name only when that name's first given name
//!   starts with the initial (`John Smith`); `J. Smith` next to `John Smith` and
//!   `Jane Smith` stays apart.
//! - Organisations ([`SpeakerKind::Organisation`]) and phrases that are not names
//!   (`the President`, `a spokesman`) are rows of their own, the same only as the
//!   same phrase; they never take part in the surname rules.

mod build;
pub mod filter;
pub mod gather;
pub mod index;
pub mod name;
pub mod quoted;
mod resolve;
mod sealed;
pub mod summary;
mod text;

use std::collections::HashSet;
use std::sync::Arc;

use crate::article::Date;
use crate::parse::quotes::SpeakerKind;
pub use build::{build, build_from};
pub use quoted::{Counted, Quoted};
pub use text::Text;

/// One quotation of a person: where it is and what the article is. The
/// strings are shared (an article's title by all its quotations, a spelling
/// of a speaker by all its quotations): a library has hundreds of thousands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRef {
    /// The article, as the caller numbered it.
    pub article: usize,
    /// Index into the article's `quotes`.
    pub quote: usize,
    /// The speaker as the article wrote it.
    pub speaker: Arc<str>,
    /// The quotation's words (for the People view's person page), shared
    /// with the article's other quotations.
    pub text: Text,
    pub date: Option<Date>,
    pub title: Arc<str>,
    pub source: Option<Arc<str>>,
    /// The section's heading, `None` for the untitled first section.
    pub section: Option<Arc<str>>,
}

/// One person (or organisation) and every quotation of theirs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The fullest form of the name seen (without titles).
    pub name: String,
    /// Every spelling the articles used, as written, each once.
    pub forms: Vec<String>,
    pub kind: SpeakerKind,
    /// In the order the articles were given, then in reading order.
    pub quotations: Vec<QuoteRef>,
    /// Read from the summary ([`summary`]) while the quotations are not read
    /// yet (`quotations` is then empty): what the list shows of them.
    pub counts: Option<summary::Counts>,
}

impl Person {
    /// How many quotations the person has.
    pub fn quotes(&self) -> usize {
        self.counts.map_or(self.quotations.len(), |c| c.quotations)
    }

    /// In how many articles the person is quoted.
    ///
    /// The list asks for every row on every frame: quotations in article
    /// order (as [`build`] makes them) are counted without a set.
    pub fn articles(&self) -> usize {
        if let Some(c) = self.counts {
            return c.articles;
        }
        if self.quotations.is_sorted_by_key(|q| q.article) {
            return self
                .quotations
                .chunk_by(|a, b| a.article == b.article)
                .count();
        }
        self.quotations
            .iter()
            .map(|q| q.article)
            .collect::<HashSet<_>>()
            .len()
    }

    /// The date of the most recent quotation, when any article has a date.
    pub fn latest(&self) -> Option<Date> {
        if let Some(c) = self.counts {
            return c.latest;
        }
        self.quotations.iter().filter_map(|q| q.date).max()
    }
}

#[cfg(test)]
mod tests;
