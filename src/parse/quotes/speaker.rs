//! Who said a quotation: the attribution right after it (`"...," said Jane Doe`,
//! `she said`, `a-t-elle ajouté`, `so Berg`) or in the clause before it
//! (`Jane Doe told reporters: "..."`, `according to the ministry, "..."`).
//! Pronouns stand for the last person named; nothing is guessed.

use crate::article::{Quote, Section};

use super::attribution;
use super::cjk;
use super::people::People;
use super::resolve::{Ctx, resolve};
use super::role_person::Roles;
use super::sentence::last_sentence_into;
use super::verbs;
use super::words::{Gap, Word, first_sentence_into, words};
use crate::parse::bytemask::Masks;

/// Fill in `speaker` for the quotes the text attributes.
pub(crate) fn attribute(sections: &[Section], quotes: &mut [Quote]) {
    if quotes.is_empty() {
        return;
    }
    // Every question about people is asked in a block that holds a quotation or
    // one before it (the carried speakers): names after the last one are not read.
    let last = quotes
        .iter()
        .filter_map(|q| q.parts.iter().map(|p| (q.section, p.block)).max())
        .max()
        .unwrap_or_default();
    let people = People::collect_through(sections, quotes, last);
    let roles = Roles::new(sections);
    let ctx = Ctx {
        people: &people,
        roles: &roles,
    };
    let mut scratch = Scratch::default();
    for k in 0..quotes.len() {
        let speaker = speaker_of(sections, quotes, k, &ctx, &mut scratch);
        if let Some(q) = quotes.get_mut(k) {
            q.speaker = speaker;
        }
    }
    inherit(sections, quotes);
    super::carry::carry(sections, quotes, &ctx);
}

/// Bytes read on each side of a quotation for its attribution.
const WINDOW: usize = 300;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

#[cfg(test)]
thread_local! {
    /// Earlier quotations looked at by [`bounds`] (tests check it stays linear).
    pub(crate) static WALKED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn walked() {
    #[cfg(test)]
    WALKED.with(|w| w.set(w.get() + 1));
}

/// The text of block `block` in section `section`.
fn block_text(sections: &[Section], section: usize, block: usize) -> &str {
    sections
        .get(section)
        .and_then(|s| s.blocks.get(block))
        .map_or("", |b| b.text.as_str())
}

/// Byte bounds the attribution of quote `k` may use in block `block` (whose text
/// is `text`): between the neighbouring quotations of the same depth, inside the
/// enclosing quotation. Quotes are in reading order, so the neighbours and the
/// parent are found by walking out from `k` over the nested ones.
fn bounds(quotes: &[Quote], k: usize, block: usize, text: &str) -> (usize, usize) {
    let Some(q) = quotes.get(k) else {
        return (0, 0);
    };
    let part = |o: &Quote| o.parts.iter().find(|p| p.block == block).cloned();
    let near = |o: &&Quote| o.section != q.section || o.depth <= q.depth;
    let (mut lo, mut hi) = (0, text.len());
    let earlier = quotes.get(..k).unwrap_or_default();
    let mut back = earlier.iter().rev().inspect(|_| walked());
    if let Some(o) = back.find(near)
        && o.section == q.section
    {
        let parent = if o.depth == q.depth {
            if let Some(p) = part(o) {
                lo = p.range.end;
            }
            // A quotation at depth 0 has no parent: no walk back over every
            // earlier quotation (that made parsing quadratic in the quotations).
            if q.depth == 0 {
                None
            } else {
                back.find(|o| o.section != q.section || o.depth < q.depth)
            }
        } else {
            Some(o)
        };
        if let Some(p) = parent.filter(|o| o.section == q.section).and_then(part) {
            let inner = text.get(p.range.clone()).unwrap_or("");
            let open = inner.chars().next().map_or(0, char::len_utf8);
            let close = inner.chars().next_back().map_or(0, char::len_utf8);
            lo = lo.max(p.range.start + open);
            hi = hi.min(p.range.end.saturating_sub(close));
        }
    }
    if let Some(o) = quotes.get(k + 1..).unwrap_or_default().iter().find(near)
        && o.section == q.section
        && o.depth == q.depth
        && let Some(p) = part(o)
    {
        hi = hi.min(p.range.start);
    }
    (lo, hi.max(lo))
}

/// Buffers for the words around each quotation, reused from one to the next.
#[derive(Default)]
struct Scratch<'s> {
    masks: Masks,
    words: Vec<Word<'s>>,
}

fn speaker_of<'s>(
    sections: &'s [Section],
    quotes: &[Quote],
    k: usize,
    ctx: &Ctx<'_, '_>,
    scratch: &mut Scratch<'s>,
) -> Option<String> {
    let q = quotes.get(k)?;
    let first = q.parts.first()?;
    let text = block_text(sections, q.section, first.block);
    // `Anna Berg said: "…"`: a clause ending in a colon right before the
    // quotation introduces it, whatever follows the quotation.
    let introduced = text
        .get(..first.range.start)
        .is_some_and(|t| t.trim_end().ends_with(':'));
    if introduced && let Some(s) = before_mark(sections, quotes, k, ctx, scratch) {
        return Some(s);
    }
    if let Some(s) = after_mark(sections, quotes, k, ctx, scratch) {
        return Some(s);
    }
    if introduced {
        return None;
    }
    before_mark(sections, quotes, k, ctx, scratch)
}

/// The attribution after the closing mark.
fn after_mark<'s>(
    sections: &'s [Section],
    quotes: &[Quote],
    k: usize,
    ctx: &Ctx<'_, '_>,
    scratch: &mut Scratch<'s>,
) -> Option<String> {
    let q = quotes.get(k)?;
    let last = q.parts.last()?;
    let text = block_text(sections, q.section, last.block);
    let (_, hi) = bounds(quotes, k, last.block, text);
    let hi = floor_boundary(text, hi.min(last.range.end + WINDOW));
    let after = text.get(last.range.end..hi.max(last.range.end))?;
    if let Some(name) = cjk::speaker_after(after) {
        return Some(name);
    }
    first_sentence_into(after, &mut scratch.masks, &mut scratch.words);
    let w = &scratch.words;
    let fresh = q.text.ends_with(['.', '!', '?']);
    let known = |n: &str| {
        ctx.people
            .knows_longer(n, (q.section, last.block, last.range.end))
    };
    // A later clause of the quotation's own sentence may attribute it; a new
    // sentence after a quotation that ended one is not its attribution.
    let found = attribution::after(after, w, fresh, known).or_else(|| {
        (!fresh)
            .then(|| attribution::after_clause(after, w, known))
            .flatten()
    })?;
    resolve(
        ctx,
        found,
        (q.section, last.block, last.range.end),
        q.depth > 0,
    )
}

/// The attribution in the clause before the opening mark.
fn before_mark<'s>(
    sections: &'s [Section],
    quotes: &[Quote],
    k: usize,
    ctx: &Ctx<'_, '_>,
    scratch: &mut Scratch<'s>,
) -> Option<String> {
    let q = quotes.get(k)?;
    let first = q.parts.first()?;
    let text = block_text(sections, q.section, first.block);
    let (lo, _) = bounds(quotes, k, first.block, text);
    let lo = lo.min(first.range.start).max(ceil_boundary(
        text,
        first.range.start.saturating_sub(WINDOW),
    ));
    let before = text.get(lo..first.range.start)?;
    if let Some(name) = cjk::speaker_before(before) {
        return Some(name);
    }
    last_sentence_into(before, &mut scratch.masks, &mut scratch.words);
    let found = attribution::before(before, &scratch.words, |n| {
        ctx.people
            .knows_longer(n, (q.section, first.block, first.range.start))
    })?;
    resolve(ctx, found, (q.section, first.block, lo), q.depth > 0)
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
        // `"A," said X, the port's director, standing on the quay. "B."` and
        // `"A," X, who ran the port for a decade, said. "B."`: a longer clause
        // may hold the attribution near its start.
        let opens = w.iter().take(12).any(verbs::is_speech);
        let attributed = w.is_empty() || w.iter().any(verbs::is_speech);
        let short = w.len() <= 16 || (opens && w.len() <= 40);
        if short && attributed && !w.iter().any(|x| x.gap == Gap::Stop) {
            let speaker = prev.speaker.clone();
            if let Some(q) = quotes.get_mut(k) {
                q.speaker = speaker;
            }
        }
    }
}

#[cfg(test)]
mod tests;
