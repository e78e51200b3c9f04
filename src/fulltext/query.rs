//! A query's parts as index queries. Every file a part matches has the
//! part's words among its terms, so the index query keeps every match (and a
//! few more, which the check against the text drops):
//! - text, found anywhere (inside words too): its first word may be the end
//!   of a term, its last the start of one, a single word any part of one,
//!   and the words between are whole terms;
//! - a phrase (whole words): its words, in order ([`PhraseQuery`]);
//! - a speaker: as text, in the speakers field.
//!
//! Words are looked up folded (as a case-insensitive query matches); a part
//! with a capital (matched as written) must also have its words as written,
//! in the cased terms: "Apple" reads the files with "Apple", not every file
//! with "apple". A word that may be part of a term is looked up by reading
//! the term dictionary (small: one entry per distinct word) and asking for
//! the terms that hold it, which is cheaper than a regular expression's
//! automaton per query.

use std::collections::BTreeSet;
use std::path::PathBuf;

use tantivy::query::{BooleanQuery, EmptyQuery, PhraseQuery, Query, TermQuery, TermSetQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::Fields;
use super::schema::words;
use crate::search::fold_str;
use crate::search::terms::{Kind, Part, Terms};

/// The index query for `terms`, `None` if a part has no word to look up.
///
/// # Errors
/// When the term dictionary cannot be read.
pub fn translate(
    searcher: &Searcher,
    terms: &Terms,
    fields: &Fields,
) -> tantivy::Result<Option<Box<dyn Query>>> {
    let mut parts = Vec::with_capacity(terms.parts.len());
    for p in &terms.parts {
        let Some(q) = part(searcher, p, fields)? else {
            return Ok(None);
        };
        parts.push(q);
    }
    Ok(Some(all_of(parts)))
}

/// One query that needs all of `queries` (at least one).
fn all_of(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1
        && let Some(q) = queries.pop()
    {
        return q;
    }
    Box::new(BooleanQuery::intersection(queries))
}

/// How a word of a part is looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Whole,
    /// The end of a term.
    Ends,
    /// The start of a term.
    Starts,
    /// Anywhere in a term.
    Inside,
}

/// The words of a part, folded, and how each is looked up.
fn looks(part: &Part) -> Vec<(String, Look)> {
    looks_in(&fold_str(&part.text), part.kind)
}

/// The words of `text` (a part's, folded or as written) and how each is
/// looked up.
fn looks_in(text: &str, kind: Kind) -> Vec<(String, Look)> {
    let ws = words(text);
    let open_start = text.chars().next().is_some_and(char::is_alphanumeric);
    let open_end = text.chars().next_back().is_some_and(char::is_alphanumeric);
    let last = ws.len().saturating_sub(1);
    ws.iter()
        .enumerate()
        .map(|(i, w)| {
            let look = if kind == Kind::Phrase {
                Look::Whole
            } else {
                match (i == 0 && open_start, i == last && open_end) {
                    (true, true) => Look::Inside,
                    (true, false) => Look::Ends,
                    (false, true) => Look::Starts,
                    (false, false) => Look::Whole,
                }
            };
            ((*w).to_string(), look)
        })
        .collect()
}

fn part(
    searcher: &Searcher,
    part: &Part,
    fields: &Fields,
) -> tantivy::Result<Option<Box<dyn Query>>> {
    let field = if part.kind == Kind::Speaker {
        fields.speakers
    } else {
        fields.body
    };
    let Some(folded) = lookup(searcher, field, &looks(part), true)? else {
        return Ok(None);
    };
    if part.kind == Kind::Speaker || !part.query.is_case_sensitive() {
        return Ok(Some(folded));
    }
    let cased = looks_in(&part.text, part.kind);
    // Positions are in the folded terms only: the cased words are each
    // looked up alone.
    Ok(Some(
        match lookup(searcher, fields.body_cased, &cased, false)? {
            Some(cased) => all_of(vec![folded, cased]),
            None => folded,
        },
    ))
}

/// The query for `looks` in `field`: a phrase when all are whole words and
/// `phrase` (the field has positions), else each word.
fn lookup(
    searcher: &Searcher,
    field: Field,
    looks: &[(String, Look)],
    phrase: bool,
) -> tantivy::Result<Option<Box<dyn Query>>> {
    if looks.is_empty() {
        return Ok(None);
    }
    if phrase && looks.len() > 1 && looks.iter().all(|(_, l)| *l == Look::Whole) {
        let terms = looks
            .iter()
            .map(|(w, _)| Term::from_field_text(field, w))
            .collect();
        return Ok(Some(Box::new(PhraseQuery::new(terms))));
    }
    let mut queries = Vec::with_capacity(looks.len());
    for (w, l) in looks {
        queries.push(word(searcher, field, w, *l)?);
    }
    Ok(Some(all_of(queries)))
}

/// One word looked up: a whole word is a term; a part of a term, every term
/// of the dictionary that holds it as `look` says.
fn word(searcher: &Searcher, field: Field, w: &str, look: Look) -> tantivy::Result<Box<dyn Query>> {
    if look == Look::Whole {
        let term = Term::from_field_text(field, w);
        return Ok(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
    }
    let fits = |t: &str| match look {
        Look::Ends => t.ends_with(w),
        Look::Starts => t.starts_with(w),
        Look::Inside | Look::Whole => t.contains(w),
    };
    let mut found: BTreeSet<String> = BTreeSet::new();
    for segment in searcher.segment_readers() {
        let index = segment.inverted_index(field)?;
        let dict = index.terms();
        let mut stream = if look == Look::Starts {
            dict.range().ge(w.as_bytes()).into_stream()?
        } else {
            dict.stream()?
        };
        while stream.advance() {
            let Ok(t) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if look == Look::Starts && !t.starts_with(w) {
                break;
            }
            if fits(t) && !found.contains(t) {
                found.insert(t.to_string());
            }
        }
    }
    if found.is_empty() {
        return Ok(Box::new(EmptyQuery));
    }
    Ok(Box::new(TermSetQuery::new(
        found.iter().map(|t| Term::from_field_text(field, t)),
    )))
}

/// Files that may match, each with its speakers as written.
pub type Candidates = Vec<(PathBuf, Vec<String>)>;

/// The documents that may match `terms`. `None` when the index cannot
/// narrow the search.
///
/// # Errors
/// When the index cannot be read.
pub fn matching(
    searcher: &Searcher,
    fields: &Fields,
    terms: &Terms,
) -> tantivy::Result<Option<Vec<DocAddress>>> {
    let Some(query) = translate(searcher, terms, fields)? else {
        return Ok(None);
    };
    let found = searcher.search(&query, &tantivy::collector::DocSetCollector)?;
    Ok(Some(found.into_iter().collect()))
}

/// The speakers of a stored document, as written.
pub fn speakers(doc: &TantivyDocument, fields: &Fields) -> Vec<String> {
    doc.get_all(fields.speaker_names)
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The files that may match `terms`, each with its speakers as written
/// (from the stored documents: [`crate::fulltext::Ready::candidates`] needs
/// them only for a speaker). `None` when the index cannot narrow the search.
///
/// # Errors
/// When the index cannot be read.
pub fn candidates(
    searcher: &Searcher,
    fields: &Fields,
    terms: &Terms,
) -> tantivy::Result<Option<Candidates>> {
    let Some(found) = matching(searcher, fields, terms)? else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(found.len());
    for address in found {
        let doc: TantivyDocument = searcher.doc(address)?;
        let Some(path) = doc.get_first(fields.path).and_then(|v| v.as_str()) else {
            continue;
        };
        out.push((PathBuf::from(path), speakers(&doc, fields)));
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(q: &str) -> Vec<(String, Look)> {
        looks(&Terms::parse(q).unwrap().parts[0])
    }

    #[test]
    fn text_words_at_the_edges_may_be_parts_of_terms() {
        assert_eq!(look("arbou"), [("arbou".into(), Look::Inside)]);
        assert_eq!(
            look("harbour master"),
            [
                ("harbour".into(), Look::Ends),
                ("master".into(), Look::Starts)
            ]
        );
        assert_eq!(
            look("old harbour master"),
            [
                ("old".into(), Look::Ends),
                ("harbour".into(), Look::Whole),
                ("master".into(), Look::Starts)
            ]
        );
        assert_eq!(look(" port "), [("port".into(), Look::Whole)]);
        assert_eq!(look("port "), [("port".into(), Look::Ends)]);
        assert!(look("—").is_empty());
    }

    #[test]
    fn case_sensitive_and_folded_queries_look_up_folded_words() {
        assert_eq!(look("Straße"), [("strasse".into(), Look::Inside)]);
        assert_eq!(
            look("\"Harbour Master\""),
            [
                ("harbour".into(), Look::Whole),
                ("master".into(), Look::Whole)
            ]
        );
    }
}
