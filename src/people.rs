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

pub mod filter;
pub mod gather;
pub mod name;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::article::{Article, Date};
use crate::parse::quotes::SpeakerKind;
use name::Name;

/// One quotation of a person: where it is and what the article is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRef {
    /// The article, as the caller numbered it.
    pub article: usize,
    /// Index into the article's `quotes`.
    pub quote: usize,
    /// The speaker as the article wrote it.
    pub speaker: String,
    /// The quotation's text (for the People view's person page).
    pub text: String,
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

/// A quotation with a speaker, read.
struct Mention {
    article: usize,
    quote: usize,
    speaker: String,
    read: name::Read,
}

/// The people quoted in `articles` (each with the number the caller knows it
/// by), most quoted first, then by name.
pub fn build<'a>(articles: impl IntoIterator<Item = (usize, &'a Article)>) -> Vec<Person> {
    let mut mentions = Vec::new();
    let mut refs: HashMap<(usize, usize), QuoteRef> = HashMap::new();
    for (article, a) in articles {
        for quote in 0..a.quotes.len() {
            let Some(speaker) = a.speaker(quote) else {
                continue;
            };
            let read = name::read(speaker);
            if read.shown.is_empty() {
                continue;
            }
            let section = a
                .quotes
                .get(quote)
                .and_then(|q| a.sections.get(q.section))
                .and_then(|s| s.heading.clone());
            refs.insert(
                (article, quote),
                QuoteRef {
                    article,
                    quote,
                    speaker: speaker.to_string(),
                    text: a
                        .quotes
                        .get(quote)
                        .map(|q| q.text.clone())
                        .unwrap_or_default(),
                    date: a.meta.date,
                    title: a.meta.title.clone(),
                    source: a.meta.source.clone(),
                    section,
                },
            );
            mentions.push(Mention {
                article,
                quote,
                speaker: speaker.to_string(),
                read,
            });
        }
    }
    let keys = resolve(&mentions);
    let mut people: BTreeMap<&str, Person> = BTreeMap::new();
    for (m, key) in mentions.iter().zip(&keys) {
        let person = people.entry(key).or_insert_with(|| Person {
            name: m.read.shown.clone(),
            forms: Vec::new(),
            kind: m.read.kind,
            quotations: Vec::new(),
        });
        if fuller(&m.read.shown, &person.name) {
            person.name.clone_from(&m.read.shown);
        }
        if !person.forms.contains(&m.speaker) {
            person.forms.push(m.speaker.clone());
        }
        if let Some(r) = refs.remove(&(m.article, m.quote)) {
            person.quotations.push(r);
        }
    }
    let mut people: Vec<Person> = people.into_values().collect();
    people.sort_by(|a, b| {
        b.quotations
            .len()
            .cmp(&a.quotations.len())
            .then_with(|| name::fold_phrase(&a.name).cmp(&name::fold_phrase(&b.name)))
            .then_with(|| a.name.cmp(&b.name))
    });
    people
}

/// Whether `a` is a fuller form of a name than `b`: more words, else longer.
fn fuller(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split_whitespace().count();
    (words(a), a.chars().count()) > (words(b), b.chars().count())
}

/// Full names (their keys) per surname.
type BySurname = HashMap<String, HashSet<String>>;

/// Full names (their keys) per surname, in the whole set and per article.
fn full_names(mentions: &[Mention]) -> (BySurname, HashMap<usize, BySurname>) {
    let mut library: BySurname = HashMap::new();
    let mut articles: HashMap<usize, BySurname> = HashMap::new();
    for m in mentions {
        if let Name::Full { surname, .. } = &m.read.name {
            for by in [&mut library, articles.entry(m.article).or_default()] {
                by.entry(surname.clone())
                    .or_default()
                    .insert(m.read.name.key());
            }
        }
    }
    (library, articles)
}

/// The key of the person each mention is, in order.
fn resolve(mentions: &[Mention]) -> Vec<String> {
    let (library, per_article) = full_names(mentions);
    mentions
        .iter()
        .map(|m| {
            let own = m.read.name.key();
            let (initial, surname) = match &m.read.name {
                Name::Bare { surname } => (None, surname),
                Name::Initialled { initial, surname } => (Some(*initial), surname),
                Name::Full { .. } | Name::Other { .. } => return own,
            };
            // The article's full names with this surname decide when it has any.
            let scope = per_article
                .get(&m.article)
                .and_then(|by| by.get(surname))
                .filter(|s| !s.is_empty())
                .or_else(|| library.get(surname));
            let only = match scope.map(|s| s.iter().collect::<Vec<_>>()).as_deref() {
                Some([only]) => (*only).clone(),
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
