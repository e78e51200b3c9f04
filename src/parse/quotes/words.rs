//! A small word splitter for the text around a quotation: words with their byte
//! ranges and what separates each from the word before.

use crate::parse::bytemask::{Masks, is_alphanumeric};

/// What stands between a word and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// The first word of the text.
    Start,
    /// White space only.
    Space,
    /// A hyphen (`Jean-Pierre`, `a-t-il`).
    Hyphen,
    /// A comma or a dash: a clause goes on.
    Comma,
    /// A colon.
    Colon,
    /// A full stop, `!`, `?` or `;`: a new sentence.
    Stop,
    /// Anything else (brackets, marks).
    Other,
}

/// One word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub gap: Gap,
}

impl Word<'_> {
    /// Starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// Split `text` into words. Letters, digits and apostrophes between letters make
/// up a word.
pub fn words(text: &str) -> Vec<Word<'_>> {
    split(text, false)
}

/// The words of `text` up to the first one that opens a new sentence (`Gap::Stop`),
/// without it: what `words` gives before that word, without reading further.
#[cfg(test)]
pub(crate) fn first_sentence(text: &str) -> Vec<Word<'_>> {
    split(text, true)
}

fn split(text: &str, first_only: bool) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    split_into(text, first_only, &mut Masks::default(), &mut out);
    out
}

/// [`words`] into `out`, with `masks` as scratch space: a caller splitting many
/// texts reuses both buffers.
pub(crate) fn words_into<'a>(text: &'a str, masks: &mut Masks, out: &mut Vec<Word<'a>>) {
    split_into(text, false, masks, out);
}

/// The words of `text` before the first one that opens a new sentence, into
/// `out`, with `masks` as scratch space.
pub(crate) fn first_sentence_into<'a>(text: &'a str, masks: &mut Masks, out: &mut Vec<Word<'a>>) {
    // Most first sentences are short: the head of the text is split first, and
    // its answer kept when the word that opens the next sentence ends well inside
    // it (a word's end and gap look at most a few bytes further on).
    let mut head = FIRST_HEAD.min(text.len());
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    if head < text.len()
        && let Some(prefix) = text.get(..head)
        && split_into(prefix, true, masks, out).is_some_and(|end| end + LOOK_AHEAD <= head)
    {
        return;
    }
    split_into(text, true, masks, out);
}

/// Bytes of the text split first for its first sentence.
const FIRST_HEAD: usize = 128;
/// Bytes past a word's end that its end and the next gap may depend on (an
/// apostrophe, a space and a letter: `owners' association`).
const LOOK_AHEAD: usize = 16;

/// Split `text` into `out`; with `first_only`, stop before the word that opens
/// a new sentence and return where that word ends.
fn split_into<'a>(
    text: &'a str,
    first_only: bool,
    masks: &mut Masks,
    out: &mut Vec<Word<'a>>,
) -> Option<usize> {
    out.clear();
    masks.fill(text.as_bytes());
    let mut gap_from = 0;
    while let Some(start) = next_word(text, masks, gap_from) {
        let end = word_end(text, masks, start);
        if push(text, out, gap_from, start, end, first_only) {
            return Some(end);
        }
        gap_from = end;
    }
    None
}

/// Go on splitting `text` (with its `masks` filled) after the words in `out`, the
/// last of which ended at `from` (0 when `out` is empty), until `out` holds `until`
/// words or the text ends. Returns where the last word ends.
pub(crate) fn split_more<'a>(
    text: &'a str,
    masks: &Masks,
    mut from: usize,
    out: &mut Vec<Word<'a>>,
    until: usize,
) -> usize {
    while out.len() < until
        && let Some(start) = next_word(text, masks, from)
    {
        let end = word_end(text, masks, start);
        push(text, out, from, start, end, false);
        from = end;
    }
    from
}

/// The byte where the next word starts at or after `from`: a letter or digit.
fn next_word(text: &str, masks: &Masks, from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i = masks.next_maybe_word(i)?;
        if text.as_bytes().get(i).is_some_and(u8::is_ascii) {
            return Some(i);
        }
        let c = text.get(i..).and_then(|r| r.chars().next())?;
        if is_alphanumeric(c) {
            return Some(i);
        }
        i += c.len_utf8();
    }
}

/// The byte where the word starting at `start` ends: at the first character that
/// is neither a letter, a digit nor an apostrophe inside the word.
pub(crate) fn word_end(text: &str, masks: &Masks, start: usize) -> usize {
    word_end_by(text, start, |i| masks.alnum_end(i, text.len()))
}

/// [`word_end`] for a text whose masks are not filled.
pub(crate) fn word_end_unmasked(text: &str, start: usize) -> usize {
    word_end_by(text, start, |i| {
        text.as_bytes()
            .get(i..)
            .and_then(|r| r.iter().position(|b| !b.is_ascii_alphanumeric()))
            .map_or(text.len(), |p| i + p)
    })
}

/// [`word_end`], with `alnum_end` giving the end of a run of ASCII letters and
/// digits.
fn word_end_by(text: &str, start: usize, alnum_end: impl Fn(usize) -> usize) -> usize {
    let mut i = start;
    loop {
        i = alnum_end(i);
        // Most words end at an ASCII space or punctuation mark.
        if text
            .as_bytes()
            .get(i)
            .is_some_and(|&b| b.is_ascii() && b != b'\'')
        {
            return i;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            return text.len();
        };
        if !(is_alphanumeric(c) || inner_apostrophe(text, i, c)) {
            return i;
        }
        i += c.len_utf8();
    }
}

/// Whether `c` at byte `i`, right after a letter or digit of a word, is an
/// apostrophe inside it: before a letter (`it's`) or in a plural possessive.
pub(crate) fn inner_apostrophe(text: &str, i: usize, c: char) -> bool {
    let len = c.len_utf8();
    matches!(c, '\'' | '’')
        && (text
            .get(i + len..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphabetic)
            || possessive(text, i, len))
}

/// Push the word `start..end`; returns true (without pushing) when `stop` is set
/// and the word opens a new sentence.
fn push<'a>(
    text: &'a str,
    out: &mut Vec<Word<'a>>,
    gap_from: usize,
    start: usize,
    end: usize,
    stop: bool,
) -> bool {
    let gap = gap(text, gap_from, start, out.last());
    if stop && gap == Gap::Stop {
        return true;
    }
    if let Some(word) = text.get(start..end) {
        out.push(Word {
            text: word,
            start,
            end,
            gap,
        });
    }
    false
}

/// The gap before the word starting at `start`, the word before it being `prev`
/// (ending at `gap_from`; `None` and 0 for the first word).
pub(crate) fn gap(text: &str, gap_from: usize, start: usize, prev: Option<&Word<'_>>) -> Gap {
    let between = text.get(gap_from..start).unwrap_or("");
    if between == " " && prev.is_some() {
        Gap::Space
    } else if between == "." && prev.is_some() {
        // `Node.js`, `example.org`: a full stop inside a word ends no sentence.
        Gap::Other
    } else if prev.is_none() && between.trim().is_empty() {
        Gap::Start
    } else {
        // Only a lone full stop can follow an abbreviation.
        let abbreviated = between.trim() == "." && prev.is_some_and(abbreviation);
        classify(between, abbreviated)
    }
}

/// `owners' association`: a plural possessive, kept in its word.
fn possessive(text: &str, at: usize, len: usize) -> bool {
    let prev = text.get(..at).and_then(|s| s.chars().next_back());
    super::apostrophe::plural_possessive(text, at + len, prev)
}

/// A word whose full stop does not end a sentence: an initial or an abbreviation.
pub(crate) fn abbreviation(w: &Word<'_>) -> bool {
    initial(w.text) || w.is_in(&super::lexicon::ABBREVIATIONS)
}

/// A single capital letter (`J.` in `J. R. Smith`).
fn initial(word: &str) -> bool {
    let mut c = word.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

fn classify(between: &str, abbreviated: bool) -> Gap {
    let trimmed = between.trim();
    if trimmed.is_empty() {
        return Gap::Space;
    }
    if trimmed.contains(['!', '?', ';'])
        || (trimmed.contains('.') && !(abbreviated && trimmed == "."))
    {
        return Gap::Stop;
    }
    if trimmed == "." {
        return Gap::Space;
    }
    if trimmed.contains(':') {
        return Gap::Colon;
    }
    if trimmed.contains([',', '—', '–']) {
        return Gap::Comma;
    }
    if trimmed == "-" && between.len() == 1 {
        return Gap::Hyphen;
    }
    Gap::Other
}

#[cfg(test)]
mod tests;
