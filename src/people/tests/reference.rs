//! The first, plain implementation of the merge (strings and maps, as it was
//! before the build worked on numbered speakers), kept to check that the fast
//! build gives exactly the same people on any input.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::super::name::{self, Name};
use crate::article::{Article, Date};
use crate::parse::quotes::SpeakerKind;

/// A person as the plain build made it: name, forms, kind and quotations
/// (article, quote, speaker, date, title, source, section).
pub type Plain = (
    String,
    Vec<String>,
    SpeakerKind,
    Vec<(
        usize,
        usize,
        String,
        Option<Date>,
        String,
        Option<String>,
        Option<String>,
    )>,
);

struct QuoteRef {
    article: usize,
    quote: usize,
    speaker: String,
    date: Option<Date>,
    title: String,
    source: Option<String>,
    section: Option<String>,
}

struct Person {
    name: String,
    forms: Vec<String>,
    kind: SpeakerKind,
    quotations: Vec<QuoteRef>,
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
fn plain<'a>(articles: impl IntoIterator<Item = (usize, &'a Article)>) -> Vec<Person> {
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

/// The plain build's people, as tuples.
pub fn build(articles: &[(usize, &Article)]) -> Vec<Plain> {
    plain(articles.iter().copied())
        .into_iter()
        .map(|p| {
            let quotations = p
                .quotations
                .into_iter()
                .map(|q| {
                    (
                        q.article, q.quote, q.speaker, q.date, q.title, q.source, q.section,
                    )
                })
                .collect();
            (p.name, p.forms, p.kind, quotations)
        })
        .collect()
}
