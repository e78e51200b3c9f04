//! Who said a quotation: the attribution right after it (`"...," said Jane Doe`,
//! `she said`, `a-t-elle ajouté`, `so Berg`) or in the clause before it
//! (`Jane Doe told reporters: "..."`, `according to the ministry, "..."`).
//! Pronouns stand for the last person named; nothing is guessed.

use crate::article::{Quote, Section};

use super::attribution::{self, Found};
use super::people::People;
use super::verbs;
use super::words::{Gap, words};

/// Fill in `speaker` for the quotes the text attributes.
pub fn attribute(sections: &[Section], quotes: &mut [Quote]) {
    let people = People::collect(sections, quotes);
    for k in 0..quotes.len() {
        let speaker = speaker_of(sections, quotes, k, &people);
        if let Some(q) = quotes.get_mut(k) {
            q.speaker = speaker;
        }
    }
    inherit(sections, quotes);
}

/// The text of block `block` in section `section`.
fn block_text(sections: &[Section], section: usize, block: usize) -> &str {
    sections
        .get(section)
        .and_then(|s| s.blocks.get(block))
        .map_or("", |b| b.text.as_str())
}

/// Byte bounds the attribution of quote `k` may use in a block: between the
/// neighbouring quotations of the same depth, inside the enclosing quotation.
fn bounds(quotes: &[Quote], k: usize, block: usize, len: usize) -> (usize, usize) {
    let Some(q) = quotes.get(k) else {
        return (0, 0);
    };
    let same = |o: &&Quote| o.section == q.section && o.depth == q.depth;
    let parts = |o: &Quote| {
        o.parts
            .iter()
            .filter(|p| p.block == block)
            .cloned()
            .collect::<Vec<_>>()
    };
    let mut lo = quotes
        .get(..k)
        .unwrap_or_default()
        .iter()
        .filter(same)
        .flat_map(parts)
        .map(|p| p.range.end)
        .max()
        .unwrap_or(0);
    let mut hi = quotes
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .filter(same)
        .flat_map(parts)
        .map(|p| p.range.start)
        .min()
        .unwrap_or(len);
    if q.depth > 0 {
        let start = q.parts.first().map_or(0, |p| p.range.start);
        let parent = quotes.get(..k).unwrap_or_default().iter().rev().find(|o| {
            o.section == q.section
                && o.depth + 1 == q.depth
                && o.parts
                    .iter()
                    .any(|p| p.block == block && p.range.start < start && start < p.range.end)
        });
        if let Some(p) = parent.and_then(|o| o.parts.iter().find(|p| p.block == block)) {
            lo = lo.max(p.range.start + 1);
            hi = hi.min(p.range.end.saturating_sub(1));
        }
    }
    (lo, hi.max(lo))
}

fn speaker_of(sections: &[Section], quotes: &[Quote], k: usize, people: &People) -> Option<String> {
    let q = quotes.get(k)?;
    let first = q.parts.first()?;
    let last = q.parts.last()?;
    let nested = q.depth > 0;
    let resolve = |found: Found, block: usize, base: usize| -> Option<String> {
        let at = (q.section, block, base + found.at);
        match found.kind {
            attribution::Kind::Name(name) => {
                Some(people.full_name(&name, at).map_or(name, str::to_string))
            }
            attribution::Kind::Phrase(phrase) => Some(phrase),
            attribution::Kind::Pronoun if !nested => people.last_before(at).map(str::to_string),
            attribution::Kind::Pronoun => None,
        }
    };
    // After the closing mark.
    let text = block_text(sections, q.section, last.block);
    let (_, hi) = bounds(quotes, k, last.block, text.len());
    if let Some(after) = text.get(last.range.end..hi.max(last.range.end)) {
        let w = words(after);
        let end = w.iter().position(|x| x.gap == Gap::Stop).unwrap_or(w.len());
        let fresh = q.text.ends_with(['.', '!', '?']);
        if let Some(found) =
            attribution::after(after, w.get(..end).unwrap_or_default(), fresh, |n| {
                people.knows_longer(n, (q.section, last.block, last.range.end))
            })
            && let Some(s) = resolve(found, last.block, last.range.end)
        {
            return Some(s);
        }
    }
    // Before the opening mark.
    let text = block_text(sections, q.section, first.block);
    let (lo, _) = bounds(quotes, k, first.block, text.len());
    let before = text.get(lo.min(first.range.start)..first.range.start)?;
    let w = words(before);
    let start = w.iter().rposition(|x| x.gap == Gap::Stop).unwrap_or(0);
    let found = attribution::before(before, w.get(start..).unwrap_or_default(), |n| {
        people.knows_longer(n, (q.section, first.block, first.range.start))
    })?;
    resolve(found, first.block, lo.min(first.range.start))
}

/// `"A," she said. "B."`: a quotation right after an attributed one, with nothing
/// but that attribution between them, has the same speaker.
fn inherit(sections: &[Section], quotes: &mut [Quote]) {
    for k in 1..quotes.len() {
        let (Some(prev), Some(q)) = (
            quotes
                .get(..k)
                .and_then(|p| p.iter().rev().find(|o| o.depth == 0)),
            quotes.get(k),
        ) else {
            continue;
        };
        if q.depth > 0 || q.speaker.is_some() || prev.speaker.is_none() || prev.section != q.section
        {
            continue;
        }
        let (Some(a), Some(b)) = (prev.parts.last(), q.parts.first()) else {
            continue;
        };
        if a.block != b.block || a.range.end > b.range.start {
            continue;
        }
        let between = block_text(sections, q.section, a.block)
            .get(a.range.end..b.range.start)
            .unwrap_or("");
        let w = words(between);
        let attributed = w.is_empty() || w.iter().any(verbs::is_speech);
        if w.len() <= 16 && attributed && !w.iter().any(|x| x.gap == Gap::Stop) {
            let speaker = prev.speaker.clone();
            if let Some(q) = quotes.get_mut(k) {
                q.speaker = speaker;
            }
        }
    }
}

#[cfg(test)]
mod tests;
