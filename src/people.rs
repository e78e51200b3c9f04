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

pub mod gather;
pub mod index;
pub mod name;
pub mod quoted;

use std::collections::{HashMap, HashSet};

use crate::article::{Article, Date};
use crate::parse::quotes::SpeakerKind;
use name::Name;
pub use quoted::{Counted, Quoted};

/// One quotation of a person: where it is and what the article is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRef {
    /// The article, as the caller numbered it.
    pub article: usize,
    /// Index into the article's `quotes`.
    pub quote: usize,
    /// The speaker as the article wrote it.
    pub speaker: String,
    pub date: Option<Date>,
    pub title: String,
    pub source: Option<String>,
    /// The section's heading, `None` for the untitled first section.
    pub section: Option<String>,
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
}

impl Person {
    /// In how many articles the person is quoted.
    pub fn articles(&self) -> usize {
        self.quotations
            .iter()
            .map(|q| q.article)
            .collect::<HashSet<_>>()
            .len()
    }

    /// The date of the most recent quotation, when any article has a date.
    pub fn latest(&self) -> Option<Date> {
        self.quotations.iter().filter_map(|q| q.date).max()
    }
}

/// A quotation with a speaker, and its speaker read.
struct Mention<'a> {
    article: usize,
    record: &'a Quoted,
    counted: &'a Counted,
    /// Index into the distinct speakers read.
    read: usize,
}

/// The people quoted in `articles` (each with the number the caller knows it
/// by), most quoted first, then by name. A thin adapter: each article is first
/// made the record [`build_from`] reads ([`Quoted::of`]).
pub fn build<'a>(articles: impl IntoIterator<Item = (usize, &'a Article)>) -> Vec<Person> {
    let records: Vec<(usize, Quoted)> = articles
        .into_iter()
        .map(|(i, a)| (i, Quoted::of(a)))
        .collect();
    build_from(records.iter().map(|(i, q)| (*i, q)))
}

/// The people quoted in the articles' records (each with the number the caller
/// knows it by), most quoted first, then by name. Each distinct spelling of a
/// speaker is read once.
pub fn build_from<'a>(articles: impl IntoIterator<Item = (usize, &'a Quoted)>) -> Vec<Person> {
    let mut reads: Vec<name::Read> = Vec::new();
    let mut seen: HashMap<&'a str, usize> = HashMap::new();
    let mut mentions = Vec::new();
    for (article, record) in articles {
        for counted in &record.quotes {
            let read = *seen.entry(&counted.speaker).or_insert_with(|| {
                reads.push(name::read(&counted.speaker));
                reads.len() - 1
            });
            if reads[read].shown.is_empty() {
                continue;
            }
            mentions.push(Mention {
                article,
                record,
                counted,
                read,
            });
        }
    }
    let own: Vec<String> = reads.iter().map(|r| r.name.key()).collect();
    let keys = resolve(&mentions, &reads, &own);
    let mut people: HashMap<&str, Person> = HashMap::new();
    for (m, key) in mentions.iter().zip(keys) {
        let read = &reads[m.read];
        let person = people.entry(key).or_insert_with(|| Person {
            name: read.shown.clone(),
            forms: Vec::new(),
            kind: read.kind,
            quotations: Vec::new(),
        });
        if fuller(&read.shown, &person.name) {
            person.name.clone_from(&read.shown);
        }
        if !person.forms.contains(&m.counted.speaker) {
            person.forms.push(m.counted.speaker.clone());
        }
        person.quotations.push(QuoteRef {
            article: m.article,
            quote: m.counted.quote,
            speaker: m.counted.speaker.clone(),
            date: m.record.date,
            title: m.record.title.clone(),
            source: m.record.source.clone(),
            section: m.counted.section.clone(),
        });
    }
    // The key last: rows that show alike still come in one order.
    let mut people: Vec<(&str, Person)> = people.into_iter().collect();
    people.sort_by_cached_key(|(key, p)| {
        (
            std::cmp::Reverse(p.quotations.len()),
            name::fold_phrase(&p.name),
            p.name.clone(),
            *key,
        )
    });
    people.into_iter().map(|(_, p)| p).collect()
}

/// Whether `a` is a fuller form of a name than `b`: more words, else longer.
fn fuller(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split_whitespace().count();
    (words(a), a.chars().count()) > (words(b), b.chars().count())
}

/// Full names (their keys) per surname.
type BySurname<'a> = HashMap<&'a str, HashSet<&'a str>>;

/// Full names (their keys) per surname, in the whole set and per article.
fn full_names<'a>(
    mentions: &[Mention<'_>],
    reads: &'a [name::Read],
    own: &'a [String],
) -> (BySurname<'a>, HashMap<usize, BySurname<'a>>) {
    let mut library: BySurname = HashMap::new();
    let mut articles: HashMap<usize, BySurname> = HashMap::new();
    for m in mentions {
        if let Name::Full { surname, .. } = &reads[m.read].name {
            for by in [&mut library, articles.entry(m.article).or_default()] {
                by.entry(surname.as_str())
                    .or_default()
                    .insert(own[m.read].as_str());
            }
        }
    }
    (library, articles)
}

/// The key of the person each mention is, in order (`own`: each read's own key).
fn resolve<'a>(
    mentions: &[Mention<'_>],
    reads: &'a [name::Read],
    own: &'a [String],
) -> Vec<&'a str> {
    let (library, per_article) = full_names(mentions, reads, own);
    mentions
        .iter()
        .map(|m| {
            let own = own[m.read].as_str();
            let (initial, surname) = match &reads[m.read].name {
                Name::Bare { surname } => (None, surname.as_str()),
                Name::Initialled { initial, surname } => (Some(*initial), surname.as_str()),
                Name::Full { .. } | Name::Other { .. } => return own,
            };
            // The article's full names with this surname decide when it has any.
            let scope = per_article
                .get(&m.article)
                .and_then(|by| by.get(surname))
                .filter(|s| !s.is_empty())
                .or_else(|| library.get(surname));
            let only = match scope.map(|s| s.iter().collect::<Vec<_>>()).as_deref() {
                Some([only]) => **only,
                _ => return own,
            };
            // A full name's key is `p:` and its folded words: the initial must
            // be its first given name's.
            match initial {
                Some(i) if !only.strip_prefix("p:").is_some_and(|k| k.starts_with(i)) => own,
                _ => only,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
