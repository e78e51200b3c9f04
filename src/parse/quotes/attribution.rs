//! The attribution patterns, read from the words after a quotation's closing mark
//! or from the clause before its opening mark.

use super::names;
use super::roles;
use super::verbs;
use super::words::{Gap, Word};

/// What the text calls the speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A name ("Anna Berg", "Berg").
    Name(String),
    /// A noun phrase ("the ministry", "a spokesman for the council").
    Phrase(String),
    /// he, she, er, sie, il, elle.
    Pronoun,
}

/// An attribution and the byte (in the context text) where its subject stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub at: usize,
    pub kind: Kind,
}

/// Words that end a noun phrase after a verb (`said the minister on Monday`).
const PHRASE_END: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "who",
    "which",
    "that",
    "yesterday",
    "today",
    "last",
    "this",
    "am",
    "im",
    "lors",
    "dans",
    "en",
];

const MAX_PHRASE: usize = 6;

/// Longest appositive between a subject and its verb, in words (`Anna Berg, the
/// head of the port's national security and defence council, said`).
const APPOSITIVE: usize = 25;

/// The attribution in the words right after a closing mark. `fresh`: those words
/// start a new sentence. `known`: whether a lone name was named in full before.
pub fn after(
    text: &str,
    w: &[Word<'_>],
    fresh: bool,
    known: impl Fn(&str) -> bool,
) -> Option<Found> {
    let first = w.first()?;
    if let Some(n) = verbs::source_marker(w) {
        return subject_after(text, w, n).or_else(|| source_phrase(text, w, n));
    }
    if verbs::is_so(first) {
        return names::forward(text, w, 1).map(|n| found_name(w, &n));
    }
    let mut j = 0;
    while j < 2 && w.get(j).is_some_and(verbs::is_auxiliary) {
        j += 1;
    }
    // "a-t-il dit": the pronoun between auxiliary and participle.
    if j > 0
        && w.get(j + 1).is_some_and(verbs::is_speech)
        && let Some(p) = pronoun(w, j)
    {
        return Some(p);
    }
    if w.get(j).is_some_and(verbs::is_speech) {
        let mut k = j + 1;
        while w.get(k).is_some_and(|x| x.text == "t") {
            k += 1;
        }
        return subject_after(text, w, k);
    }
    subject_then_verb(text, w, fresh, &known)
}

/// The attribution in the clause before an opening mark.
pub fn before(text: &str, w: &[Word<'_>], known: impl Fn(&str) -> bool) -> Option<Found> {
    for i in 0..w.len() {
        if let Some(n) = w.get(i..).and_then(verbs::source_marker) {
            return subject_after(text, w, i + n).or_else(|| source_phrase(text, w, i + n));
        }
    }
    let v = w.iter().rposition(verbs::is_speech)?;
    // `…, saying:`, `standing in the car park saying`: a participle's subject is
    // the sentence's, never the word before it.
    if w.get(v).is_some_and(verbs::is_participle) {
        return shared_subject(text, w, v, &known);
    }
    subject_before(text, w, v, &known)
        .or_else(|| {
            // "Dazu sagte Berg:", "sagte sie:"
            let n = names::forward(text, w, v + 1);
            match n {
                Some(n) if n.last + 1 == w.len() => Some(found_name(w, &n)),
                _ => pronoun(w, v + 1),
            }
        })
        .or_else(|| shared_subject(text, w, v, &known))
}

/// `Berg insisted that … and warned:`, `He raised the matter, saying:`: a verb
/// that shares the sentence's subject. The subject is that of an earlier verb of
/// saying, else the pronoun or person's name that opens the sentence (after a
/// connective such as `But`).
fn shared_subject(
    text: &str,
    w: &[Word<'_>],
    v: usize,
    known: &impl Fn(&str) -> bool,
) -> Option<Found> {
    let verb = w.get(v)?;
    let joined = v
        .checked_sub(1)
        .and_then(|p| w.get(p))
        .is_some_and(|x| verbs::is_conjunction(x) && x.gap != Gap::Stop);
    let participle = verbs::is_participle(verb);
    if !joined && !participle {
        return None;
    }
    if let Some(e) = w.get(..v)?.iter().rposition(verbs::is_speech)
        && let Some(found) = subject_before(text, w, e, known)
    {
        return Some(found);
    }
    let mut k = 0;
    while w.get(k).is_some_and(verbs::is_connective) {
        k += 1;
    }
    if let Some(p) = pronoun(w, k) {
        return Some(p);
    }
    let n = names::forward(text, w, k).filter(|n| {
        n.person() && n.last + 1 < v && (n.full_person_name() || n.titled || known(n.text))
    })?;
    let next = w.get(n.last + 1)?;
    (next.gap == Gap::Space && !next.capitalised()).then(|| found_name(w, &n))
}

/// The attribution in a clause later in the quotation's sentence: `"…" when they
/// are part of a community, said Jane Doe` or `'…' of Russia, he said`. Tried
/// after [`after`] finds nothing right after the mark.
pub(crate) fn after_clause(
    text: &str,
    w: &[Word<'_>],
    known: impl Fn(&str) -> bool,
) -> Option<Found> {
    (1..w.len())
        .filter(|&c| w.get(c).is_some_and(|x| x.gap == Gap::Comma))
        .find_map(|c| {
            let rest = w.get(c..)?;
            let found = after(text, rest, false, &known)?;
            // A phrase this far from the quotation is too loose a guess.
            (!matches!(found.kind, Kind::Phrase(_))).then_some(found)
        })
}

/// A pronoun, name or noun phrase starting at word `k` (after a verb or `selon`).
fn subject_after(text: &str, w: &[Word<'_>], mut k: usize) -> Option<Found> {
    // "said councillor Dev Patel"
    while w
        .get(k)
        .is_some_and(|x| !x.capitalised() && names::is_title(x))
        && w.get(k + 1)
            .is_some_and(|x| x.capitalised() && x.gap == Gap::Space)
    {
        k += 1;
    }
    if let Some(p) = pronoun(w, k) {
        return Some(p);
    }
    // The name is read once: as a modifier before a role, else as the subject.
    let name = names::forward(text, w, k);
    if let Some(n) = roles::behind(text, w, name.as_ref()).or(name) {
        return Some(found_name(w, &n));
    }
    if let Some(n) =
        roles::titled_after_determiner(text, w, k).or_else(|| roles::role_then_name(text, w, k))
    {
        return Some(found_name(w, &n));
    }
    noun_phrase(text, w, k).map(|(_, found)| found)
}

/// After `according to`, `según`, `secondo`: any noun phrase names the source
/// (`la capitanía`), whether or not its noun is one we know.
fn source_phrase(text: &str, w: &[Word<'_>], k: usize) -> Option<Found> {
    let det = w.get(k).filter(|x| roles::opens_phrase(x))?;
    let mut end = k;
    while end + 1 - k < MAX_PHRASE
        && w.get(end + 1).is_some_and(|x| {
            x.gap == Gap::Space
                && !x.capitalised()
                && !verbs::is_speech(x)
                && !x.is_one_of(PHRASE_END)
        })
    {
        end += 1;
    }
    (end > k).then(|| phrase(text, w, k, end, det.start))
}

/// A noun phrase naming a role or body from the determiner at word `k` ("the
/// minister", "a spokesman for the council"), with the word index where it ends.
/// An appositive full name after it wins: "the minister, Anna Berg," is Anna Berg.
fn noun_phrase(text: &str, w: &[Word<'_>], k: usize) -> Option<(usize, Found)> {
    let det = w.get(k).filter(|x| roles::opens_phrase(x))?;
    let mut end = k;
    while end + 1 - k < MAX_PHRASE
        && w.get(end + 1).is_some_and(|x| {
            x.gap == Gap::Space
                && !x.is_one_of(PHRASE_END)
                && !verbs::is_speech(x)
                && !verbs::is_adverb(x)
        })
    {
        end += 1;
    }
    if end == k {
        return None;
    }
    // Any role will do before a full name set off by commas.
    if w.get(end + 1).is_some_and(|x| x.gap == Gap::Comma)
        && let Some(n) = names::forward(text, w, end + 1)
        && n.full_person_name()
        && w.get(n.last + 1).is_none_or(|x| x.gap != Gap::Space)
    {
        return Some((n.last, found_name(w, &n)));
    }
    w.get(k..=end)
        .is_some_and(names::speaking_phrase)
        .then(|| (end, phrase(text, w, k, end, det.start)))
}

/// `Jane Doe said`, `she added`, `the minister, who ..., said`: a subject first.
fn subject_then_verb(
    text: &str,
    w: &[Word<'_>],
    fresh: bool,
    known: &impl Fn(&str) -> bool,
) -> Option<Found> {
    let (end, found) = if let Some(p) = pronoun(w, 0) {
        (0, p)
    } else if let Some(n) = roles::behind_modifier(text, w, 0) {
        (n.last, found_name(w, &n))
    } else if let Some(n) = names::forward(text, w, 0) {
        if fresh && !names::trusted_at_sentence_start(&n, known(n.text)) {
            return None;
        }
        (n.last, found_name(w, &n))
    } else if let Some(n) = roles::role_then_name(text, w, 0) {
        (n.last, found_name(w, &n))
    } else {
        noun_phrase(text, w, 0)?
    };
    let mut k = end + 1;
    if w.get(k)
        .is_some_and(|x| x.gap == Gap::Comma && !verbs::is_speech(x))
    {
        k = (k + 1..k + APPOSITIVE).find(|&m| w.get(m).is_some_and(|x| x.gap == Gap::Comma))?;
    }
    while w
        .get(k)
        .is_some_and(|x| verbs::is_adverb(x) || verbs::is_auxiliary(x))
    {
        k += 1;
    }
    w.get(k)
        .is_some_and(|x| verbs::is_speech(x) && matches!(x.gap, Gap::Space | Gap::Comma))
        .then_some(found)
}

/// The subject standing before the verb at word `verb`.
fn subject_before(
    text: &str,
    w: &[Word<'_>],
    verb: usize,
    known: &impl Fn(&str) -> bool,
) -> Option<Found> {
    let mut j = verb;
    while j > 0
        && w.get(j - 1).is_some_and(|x| {
            verbs::is_adverb(x) || verbs::is_auxiliary(x) || roles::is_object_pronoun(x)
        })
    {
        j -= 1;
    }
    // j: first word of "[adverbs] [auxiliary] verb"; the subject ends before it.
    // "One of them, Priya Nair, said": the name right before the comma speaks.
    if w.get(j).is_some_and(|x| x.gap == Gap::Comma)
        && let Some(n) = j.checked_sub(1).and_then(|e| names::backward(text, w, e))
        && n.full_person_name()
    {
        return Some(found_name(w, &n));
    }
    if w.get(j).is_some_and(|x| x.gap == Gap::Comma) {
        j = (j.saturating_sub(APPOSITIVE)..j)
            .rev()
            .find(|&c| w.get(c).is_some_and(|x| x.gap == Gap::Comma))?;
    }
    let end = j.checked_sub(1)?;
    if let Some(p) = pronoun(w, end) {
        return Some(p);
    }
    let mut end = end;
    let mut name = names::backward(text, w, end);
    // `nach Italien erzählt`, `the harbour master of Nordvik accused`: a name
    // after a preposition is no subject; the phrase before the preposition may be.
    if let Some(n) = &name
        && let Some(p) = n.first.checked_sub(1)
        && w.get(p).is_some_and(verbs::is_preposition)
    {
        end = p.checked_sub(1)?;
        name = None;
    }
    if let Some(n) = name {
        let det = n
            .first
            .checked_sub(1)
            .and_then(|det_at| w.get(det_at))
            .filter(|det_at| verbs::is_determiner(det_at));
        match (n.org, det) {
            (true, Some(det_at)) => {
                return Some(phrase(text, w, n.first - 1, end, det_at.start));
            }
            // "dem Andrang": a German noun, not a name; "die Leiterin Sabine
            // Krüger" is one.
            (false, Some(_)) if !n.titled => return None,
            _ => {}
        }
        if n.first == 0 && !names::trusted_at_sentence_start(&n, known(n.text)) {
            return None;
        }
        return Some(found_name(w, &n));
    }
    let det_at = (end.saturating_sub(MAX_PHRASE - 1)..end)
        .rev()
        .find(|&det_at| w.get(det_at).is_some_and(verbs::is_determiner))?;
    let spaced = w
        .get(det_at + 1..=end)
        .is_some_and(|s| s.iter().all(|x| x.gap == Gap::Space));
    let spoken = w.get(det_at..=end).is_some_and(names::speaking_phrase);
    (spaced && spoken).then(|| phrase(text, w, det_at, end, w.get(det_at).map_or(0, |x| x.start)))
}

fn pronoun(w: &[Word<'_>], k: usize) -> Option<Found> {
    let x = w.get(k).filter(|x| verbs::is_pronoun(x))?;
    Some(Found {
        at: x.start,
        kind: Kind::Pronoun,
    })
}

fn found_name(w: &[Word<'_>], n: &names::Name<'_>) -> Found {
    Found {
        at: w.get(n.first).map_or(0, |x| x.start),
        kind: Kind::Name(n.text.to_string()),
    }
}

/// Words `a..=b` as a phrase, its determiner in lower case ("The ministry" → "the ministry").
fn phrase(text: &str, w: &[Word<'_>], a: usize, b: usize, at: usize) -> Found {
    let slice = w
        .get(a)
        .zip(w.get(b))
        .and_then(|(x, y)| text.get(x.start..y.end))
        .unwrap_or("");
    let mut out = String::with_capacity(slice.len());
    let mut chars = slice.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
    }
    out.push_str(chars.as_str());
    Found {
        at,
        kind: Kind::Phrase(out),
    }
}
