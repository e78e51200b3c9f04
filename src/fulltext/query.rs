//! A query's parts as index queries. Every file a part matches has the
//! part's words among its terms, so the index query keeps every match (and a
//! few more, which the check against the text drops):
//! - text, found anywhere (inside words too): its first word may be the end
//!   of a term, its last the start of one, a single word any part of one,
//!   and the words between are whole terms;
//! - a phrase (whole words): its words, in order ([`PhraseQuery`]);
//! - a speaker: as text, in the speakers field.

use std::path::PathBuf;

use tantivy::query::{BooleanQuery, PhraseQuery, Query, RegexQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::Fields;
use super::schema::words;
use crate::search::fold_str;
use crate::search::terms::{Kind, Part, Terms};

/// The index query for `terms`, `None` if a part has no word to look up.
pub fn translate(terms: &Terms, fields: &Fields) -> Option<Box<dyn Query>> {
    let parts: Option<Vec<Box<dyn Query>>> = terms.parts.iter().map(|p| part(p, fields)).collect();
    let mut parts = parts?;
    if parts.len() == 1 {
        return parts.pop();
    }
    Some(Box::new(BooleanQuery::intersection(parts)))
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

/// The words of a part and how each is looked up.
fn looks(part: &Part) -> Vec<(String, Look)> {
    let folded = fold_str(&part.text);
    let ws = words(&folded);
    let open_start = folded.chars().next().is_some_and(char::is_alphanumeric);
    let open_end = folded
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let last = ws.len().saturating_sub(1);
    ws.iter()
        .enumerate()
        .map(|(i, w)| {
            let look = if part.kind == Kind::Phrase {
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

fn part(part: &Part, fields: &Fields) -> Option<Box<dyn Query>> {
    let field = if part.kind == Kind::Speaker {
        fields.speakers
    } else {
        fields.body
    };
    let looks = looks(part);
    if looks.is_empty() {
        return None;
    }
    if looks.len() > 1 && looks.iter().all(|(_, l)| *l == Look::Whole) {
        let terms = looks
            .iter()
            .map(|(w, _)| Term::from_field_text(field, w))
            .collect();
        return Some(Box::new(PhraseQuery::new(terms)));
    }
    let queries: Option<Vec<Box<dyn Query>>> =
        looks.iter().map(|(w, l)| word(field, w, *l)).collect();
    let mut queries = queries?;
    if queries.len() == 1 {
        return queries.pop();
    }
    Some(Box::new(BooleanQuery::intersection(queries)))
}

/// One word looked up. A word is letters and digits only, so it needs no
/// escaping in a pattern.
fn word(field: Field, w: &str, look: Look) -> Option<Box<dyn Query>> {
    let pattern = match look {
        Look::Whole => {
            let term = Term::from_field_text(field, w);
            return Some(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
        }
        Look::Ends => format!(".*{w}"),
        Look::Starts => format!("{w}.*"),
        Look::Inside => format!(".*{w}.*"),
    };
    RegexQuery::from_pattern(&pattern, field)
        .ok()
        .map(|q| Box::new(q) as Box<dyn Query>)
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
    let Some(query) = translate(terms, fields) else {
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
