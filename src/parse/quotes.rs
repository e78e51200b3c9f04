//! Quotation spans inside paragraphs, and who said them.
//!
//! `scan` pairs the marks (`marks` is the table, `apostrophe` keeps `it's` out,
//! `multipara` follows a quotation over paragraphs), this module turns the pairs
//! into [`Quote`]s, and `speaker` reads the attribution around each one:
//! `words` splits the text around a quotation (`sentence` only its last sentence
//! before it; `fold` matches words ignoring case), `attribution` matches the patterns (`said X`, `X said`, `she said`,
//! `according to X`, `sagte`, `a-t-il dit`), `names` reads people's names
//! (`capitals` splits a paragraph only around its capitalised words), `roles`
//! reads a person named after a role (`the coordinator, Daniel Price`), `people`
//! remembers who was named for pronouns, `cjk` reads Japanese attributions, and
//! `verbs` and `lexicon` hold the word lists.

mod apostrophe;
mod attribution;
mod capitals;
mod carry;
mod cjk;
mod fold;
mod kind;
mod lexicon;
mod marks;
mod multipara;
mod names;
mod people;
mod resolve;
mod role_person;
mod roles;
mod scan;
mod sentence;
mod speaker;
mod verbs;
mod words;

use crate::article::{Quote, QuotePart, Section};

pub use kind::{SpeakerKind, speaker_kind};

use scan::Span;

/// Find every quotation in the sections' blocks, in reading order.
pub fn find(sections: &[Section]) -> Vec<Quote> {
    let spans = scan::scan(sections);
    let mut quotes = build(sections, spans);
    speaker::attribute(sections, &mut quotes);
    quotes
}

/// Closed spans become quotes; depth counts the closed quotations around each.
fn build(sections: &[Section], mut spans: Vec<Span>) -> Vec<Quote> {
    // around[k]: closed spans enclosing span k (parents always come first).
    let mut around: Vec<u8> = Vec::with_capacity(spans.len());
    let mut quotes = Vec::new();
    for k in 0..spans.len() {
        let Some(span) = spans.get(k) else {
            continue;
        };
        let depth = span.parent.map_or(0, |p| {
            let closed = spans.get(p).is_some_and(|s| s.closed);
            around
                .get(p)
                .map_or(0, |&d| d.saturating_add(u8::from(closed)))
        });
        around.push(depth);
        if !span.closed {
            continue;
        }
        let text = inner_text(sections.get(span.section), &span.parts);
        if text.is_empty() {
            continue;
        }
        let (section, marks) = (span.section, marks::family(span.open));
        // Only the `closed` flags of earlier spans are read again: the parts move.
        let parts = spans
            .get_mut(k)
            .map(|s| std::mem::take(&mut s.parts))
            .unwrap_or_default();
        quotes.push(Quote {
            text,
            speaker: None,
            section,
            depth,
            marks,
            parts,
        });
    }
    quotes
}

/// The quoted words: each part without its marks, trimmed, joined by a blank line.
fn inner_text(section: Option<&Section>, parts: &[QuotePart]) -> String {
    let mut out = String::new();
    let last = parts.len().saturating_sub(1);
    let slice_of = |part: &QuotePart| {
        section
            .and_then(|s| s.blocks.get(part.block))
            .and_then(|b| b.text.get(part.range.clone()))
            .unwrap_or("")
    };
    // `“…’’`: two single marks closing a double quotation.
    let double = parts
        .first()
        .and_then(|p| slice_of(p).chars().next())
        .is_some_and(|c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'));
    for (i, part) in parts.iter().enumerate() {
        let slice = slice_of(part);
        let mut inner = strip_marks(slice, i == last);
        if i == last && double && slice.ends_with(['’', '\'']) {
            inner = inner.strip_suffix(['’', '\'']).unwrap_or(inner).trim_end();
        }
        if i > 0 {
            out.push_str("\n\n");
        }
        out.push_str(inner);
    }
    out
}

/// A part's slice without its opening mark (and closing mark when `closed`), trimmed.
fn strip_marks(slice: &str, closed: bool) -> &str {
    let mut chars = slice.chars();
    chars.next();
    if closed {
        chars.next_back();
    }
    chars.as_str().trim()
}

#[cfg(test)]
mod tests;
