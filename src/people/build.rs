//! The people of a set of articles, built from their records ([`Quoted`]):
//! each distinct spelling of a speaker is read once, names and keys are
//! numbered, and the strings a quotation shows are shared, not copied, so that
//! a library of 10,000 articles (some 150,000 quotations) builds in a few tens
//! of milliseconds. The merge rules are [`super::resolve`]'s.

use std::collections::HashMap;
use std::sync::Arc;

use super::name;
use super::resolve::resolve;
use super::{Person, QuoteRef, Quoted, Text};
use crate::article::{Article, Date};
use crate::parse::quotes::SpeakerKind;

/// Short strings hash much faster with `foldhash` than with `SipHash`.
type Fast = foldhash::fast::RandomState;

/// One distinct spelling of a speaker, read.
pub(super) struct Speaker {
    pub read: name::Read,
    /// As the articles wrote it.
    pub written: Arc<str>,
    /// Words and characters of the name shown: the fuller form is the name.
    pub fullness: (usize, usize),
    /// The key it is its own person under (an index into the keys).
    pub own: usize,
}

/// A quotation with a speaker.
pub(super) struct Mention {
    /// As the caller numbered it.
    pub article: usize,
    pub quote: usize,
    /// Index into the speakers.
    pub speaker: usize,
    /// Index into the articles' shared strings.
    shared: usize,
    section: Option<Arc<str>>,
    text: Text,
}

/// What every quotation of one article shows of it.
struct Shared {
    title: Arc<str>,
    source: Option<Arc<str>>,
    date: Option<Date>,
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
/// knows it by), most quoted first, then by name.
pub fn build_from<'a>(articles: impl IntoIterator<Item = (usize, &'a Quoted)>) -> Vec<Person> {
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut seen: HashMap<&'a str, usize, Fast> = HashMap::default();
    let mut key_ids: HashMap<String, usize, Fast> = HashMap::default();
    let mut keys: Vec<String> = Vec::new();
    let mut shared: Vec<Shared> = Vec::new();
    let mut mentions: Vec<Mention> = Vec::new();
    for (article, record) in articles {
        // The record's spellings as speakers, its headings and its strings:
        // each made once, when a counted quotation first needs it.
        let mut local: Vec<Option<usize>> = vec![None; record.speakers.len()];
        let mut headings: Vec<Option<Arc<str>>> = vec![None; record.sections.len()];
        let mut this: Option<usize> = None;
        let mut words: Option<Arc<str>> = None;
        for counted in &record.quotes {
            let Some(slot) = local.get_mut(counted.speaker) else {
                continue;
            };
            let speaker = *slot.get_or_insert_with(|| {
                let written = record.speaker(counted);
                *seen.entry(written).or_insert_with(|| {
                    let read = name::read(written);
                    let own = *key_ids.entry(read.name.key()).or_insert_with_key(|key| {
                        keys.push(key.clone());
                        keys.len() - 1
                    });
                    speakers.push(Speaker {
                        fullness: (
                            read.shown.split_whitespace().count(),
                            read.shown.chars().count(),
                        ),
                        written: written.into(),
                        read,
                        own,
                    });
                    speakers.len() - 1
                })
            });
            if speakers[speaker].read.shown.is_empty() {
                continue;
            }
            let shared_at = *this.get_or_insert_with(|| {
                shared.push(Shared {
                    title: record.title.as_str().into(),
                    source: record.source.as_deref().map(Into::into),
                    date: record.date,
                });
                shared.len() - 1
            });
            let section = counted.section.and_then(|s| {
                let heading = headings.get_mut(s)?;
                let text = record.sections.get(s)?;
                Some(Arc::clone(
                    heading.get_or_insert_with(|| text.as_str().into()),
                ))
            });
            mentions.push(Mention {
                article,
                quote: counted.quote,
                speaker,
                shared: shared_at,
                section,
                text: Text::new(
                    Arc::clone(words.get_or_insert_with(|| record.words.as_str().into())),
                    counted.text.clone(),
                ),
            });
        }
    }
    let person_keys = resolve(&mentions, &speakers, &keys);
    assemble(mentions, &person_keys, &speakers, &keys, &shared)
}

/// The people, from the mentions and the key of the person each is.
fn assemble(
    mentions: Vec<Mention>,
    person_keys: &[usize],
    speakers: &[Speaker],
    keys: &[String],
    shared: &[Shared],
) -> Vec<Person> {
    /// A person being built: the speaker whose name is shown, the spellings
    /// (speakers) seen, and the quotations.
    struct Building {
        key: usize,
        kind: SpeakerKind,
        name: usize,
        forms: Vec<usize>,
        quotations: Vec<QuoteRef>,
    }
    let mut at: Vec<Option<usize>> = vec![None; keys.len()];
    let mut people: Vec<Building> = Vec::new();
    for (m, &key) in mentions.into_iter().zip(person_keys) {
        let Some(slot) = at.get_mut(key) else {
            continue;
        };
        let i = if let Some(i) = *slot {
            i
        } else {
            people.push(Building {
                key,
                kind: speakers[m.speaker].read.kind,
                name: m.speaker,
                forms: Vec::new(),
                quotations: Vec::new(),
            });
            *slot = Some(people.len() - 1);
            people.len() - 1
        };
        let p = &mut people[i];
        if speakers[m.speaker].fullness > speakers[p.name].fullness {
            p.name = m.speaker;
        }
        if !p.forms.contains(&m.speaker) {
            p.forms.push(m.speaker);
        }
        let article = &shared[m.shared];
        p.quotations.push(QuoteRef {
            article: m.article,
            quote: m.quote,
            speaker: Arc::clone(&speakers[m.speaker].written),
            text: m.text,
            date: article.date,
            title: Arc::clone(&article.title),
            source: article.source.clone(),
            section: m.section,
        });
    }
    // The key last: rows that show alike still come in one order.
    people.sort_by_cached_key(|p| {
        let shown = &speakers[p.name].read.shown;
        (
            std::cmp::Reverse(p.quotations.len()),
            name::fold_phrase(shown),
            shown.clone(),
            keys[p.key].clone(),
        )
    });
    people
        .into_iter()
        .map(|p| Person {
            name: speakers[p.name].read.shown.clone(),
            forms: p
                .forms
                .iter()
                .map(|&s| speakers[s].written.to_string())
                .collect(),
            kind: p.kind,
            quotations: p.quotations,
            counts: None,
        })
        .collect()
}
