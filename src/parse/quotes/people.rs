//! The people an article names, in reading order, so that `she said` can be read
//! as the last person named before it, by full name where the article gave one.

use std::collections::HashMap;
use std::ops::Range;

use crate::article::{BlockKind, Quote, Section};
use crate::parse::bytemask::Masks;

use super::capitals;
use super::lexicon::{self, Fast};
use super::names::{self, Name};
use super::verbs;
use super::words::{Gap, Word, word_end, word_end_unmasked};

/// A position in the article: section, block, byte.
pub(crate) type At = (usize, usize, usize);

/// Everyone named outside quotations, in reading order.
#[derive(Debug, Default)]
pub(crate) struct People {
    mentions: Vec<(At, String)>,
    /// Indices into `mentions` by the name's last word, for `full_name`.
    by_last: HashMap<String, Vec<usize>, Fast>,
}

/// The last word of a name ("Berg" in "Anna Berg", "Martin" in "Jean-Martin").
fn last_word(name: &str) -> &str {
    // Both separators are ASCII: a byte search finds them.
    name.bytes()
        .rposition(|b| b == b' ' || b == b'-')
        .and_then(|i| name.get(i + 1..))
        .unwrap_or(name)
}

impl People {
    /// Read the names out of every block, skipping the text inside quotations.
    #[cfg(test)]
    pub fn collect(sections: &[Section], quotes: &[Quote]) -> Self {
        Self::collect_through(sections, quotes, (usize::MAX, usize::MAX))
    }

    /// [`People::collect`] up to block `last` (section, block) and no further: a
    /// caller that asks only about places in or before that block needs no names
    /// after it (every answer looks only at the names before the place asked about).
    pub(crate) fn collect_through(
        sections: &[Section],
        quotes: &[Quote],
        last: (usize, usize),
    ) -> Self {
        let mut people = Self::default();
        // The quoted ranges by block (a stable sort keeps each block's in order).
        let mut spans: Vec<((usize, usize), Range<usize>)> = quotes
            .iter()
            .filter(|q| q.depth == 0)
            .flat_map(|q| {
                q.parts
                    .iter()
                    .map(|p| ((q.section, p.block), p.range.clone()))
            })
            .collect();
        spans.sort_by_key(|(at, _)| *at);
        // One buffer for the words of every segment.
        let mut w = Vec::new();
        let mut masks = Masks::default();
        for (si, section) in sections.iter().enumerate() {
            for (bi, block) in section.blocks.iter().enumerate() {
                if (si, bi) > last {
                    return people;
                }
                if block.kind == BlockKind::Code {
                    continue;
                }
                let mut from = 0;
                let first = spans.partition_point(|(at, _)| *at < (si, bi));
                let end = spans.partition_point(|(at, _)| *at <= (si, bi));
                for (_, range) in spans.get(first..end).unwrap_or_default() {
                    people.segment(
                        &block.text,
                        (si, bi),
                        (from, range.start),
                        &mut masks,
                        &mut w,
                    );
                    from = from.max(range.end);
                }
                people.segment(
                    &block.text,
                    (si, bi),
                    (from, block.text.len()),
                    &mut masks,
                    &mut w,
                );
            }
        }
        people
    }

    fn push(&mut self, at: At, name: String) {
        let k = self.mentions.len();
        // Names come back: the key is made only for a last name not seen yet.
        if let Some(same) = self.by_last.get_mut(last_word(&name)) {
            same.push(k);
        } else {
            self.by_last.insert(last_word(&name).to_string(), vec![k]);
        }
        self.mentions.push((at, name));
    }

    fn segment<'a>(
        &mut self,
        text: &'a str,
        (si, bi): (usize, usize),
        (from, to): (usize, usize),
        masks: &mut Masks,
        w: &mut Vec<Word<'a>>,
    ) {
        let Some(seg) = text.get(from..to) else {
            return;
        };
        // Only a capitalised word can start a name: the words around each are
        // split, as `words(seg)` would give them, as far as the rules read. The
        // masks are filled only for a capital that needs more than its own word
        // and the next (most sentence starts do not).
        let mut filled = false;
        let mut next = 0;
        loop {
            let found = if filled {
                capitals::next_capital(seg, masks, next)
            } else {
                capitals::next_capital_unmasked(seg, next)
            };
            let Some(start) = found else {
                break;
            };
            let end = if filled {
                word_end(seg, masks, start)
            } else {
                word_end_unmasked(seg, start)
            };
            next = end;
            let Some(first) = seg.get(start..end).map(|text| Word {
                text,
                start,
                end,
                gap: Gap::Other,
            }) else {
                continue;
            };
            // A word that no name can go on from (`Harbour council`) is a name of
            // one word, untitled: it counts only as the short form of one known
            // (asked first: most are known to no one, and then whether the word
            // may start a name does not matter).
            let alone = if filled {
                stands_alone(seg, end, |i| word_end(seg, masks, i))
            } else {
                stands_alone(seg, end, |i| word_end_unmasked(seg, i))
            };
            if alone {
                let at = (si, bi, from + start);
                let known = self
                    .full_name(first.text, at)
                    .filter(|_| names::may_start(&first))
                    .map(str::to_string);
                if let Some(full) = known {
                    self.push(at, full);
                }
                continue;
            }
            if !names::may_start(&first) {
                continue;
            }
            if !filled {
                masks.fill(seg.as_bytes());
                filled = true;
            }
            // The capital and the words after it, then as far as `forward` read.
            // Two words after it: a name of two words is read at once.
            let i = capitals::around(seg, masks, start, 2, w);
            let name = loop {
                match names::forward_from(seg, w, i) {
                    Some(n)
                        if names::read_to(w, &n) >= w.len()
                            && capitals::more(seg, masks, w, names::read_to(w, &n) + 1) => {}
                    name => break name,
                }
            };
            let Some(name) = name else {
                continue;
            };
            next = w.get(name.last).map_or(seg.len(), |x| x.end);
            let at = (si, bi, from + w.get(name.first).map_or(0, |x| x.start));
            let known = self.full_name(name.text, at).map(str::to_string);
            if let Some(full) = known {
                self.push(at, full);
            } else if name.words() > 1 || name.titled {
                capitals::through_adverbs(seg, masks, w);
                if is_person(w, &name) {
                    self.push(at, name.text.to_string());
                }
            }
        }
    }

    /// The last person named before `at`.
    pub(crate) fn last_before(&self, at: At) -> Option<&str> {
        let n = self.mentions.partition_point(|(m, _)| *m < at);
        n.checked_sub(1)
            .and_then(|k| self.mentions.get(k))
            .map(|(_, name)| name.as_str())
    }

    /// Whether `name` is the shorter form of a full name named before `at`.
    pub(crate) fn knows_longer(&self, name: &str, at: At) -> bool {
        self.full_name(name, at)
            .is_some_and(|full| full.len() > name.len())
    }

    /// The name a speaker is given: the full name named before `at` that ends in
    /// `name` ("Berg" after "Anna Berg"), else the one full name that starts with
    /// a lone first name ("Anna" after "Anna Berg", in articles that use first
    /// names), else `name` as written.
    pub fn resolve(&self, name: String, at: At) -> String {
        if let Some(full) = self.full_name(&name, at) {
            return full.to_owned();
        }
        if name.contains(' ') {
            return name;
        }
        let end = self.mentions.partition_point(|(m, _)| *m < at);
        let mut fulls = self
            .mentions
            .get(..end)
            .unwrap_or_default()
            .iter()
            .rev()
            .map(|(_, full)| full.as_str())
            .filter(|full| full.split(' ').next() == Some(name.as_str()) && full.contains(' '));
        match fulls.next() {
            Some(one) if fulls.all(|other| other == one) => one.to_owned(),
            _ => name,
        }
    }

    /// The full name, named before `at`, of which `name` is the last word(s)
    /// ("Berg" after "Anna Berg"); `name` itself when it is already that long.
    pub(crate) fn full_name(&self, name: &str, at: At) -> Option<&str> {
        let same_last = self.by_last.get(last_word(name))?;
        let before =
            same_last.partition_point(|&k| self.mentions.get(k).is_some_and(|(m, _)| *m < at));
        same_last
            .get(..before)?
            .iter()
            .rev()
            .filter_map(|&k| self.mentions.get(k))
            .map(|(_, full)| full.as_str())
            .find(|full| {
                full.strip_suffix(name)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '-']))
            })
    }
}

/// Whether the word ending at `end` ends any name run that starts with it: the
/// text ends there, or a lower-case word that is no particle (`van`) follows
/// after one space, so [`names::forward_from`] reads no further (the same words
/// as [`capitals::around`] would split: a letter after a space starts a word).
fn stands_alone(seg: &str, end: usize, word_end: impl Fn(usize) -> usize) -> bool {
    let bytes = seg.as_bytes();
    if end == bytes.len() {
        return true;
    }
    if bytes.get(end) != Some(&b' ') || !bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let next_end = word_end(end + 1);
    seg.get(end + 1..next_end).is_some_and(|text| {
        !Word {
            text,
            start: end + 1,
            end: next_end,
            gap: Gap::Space,
        }
        .is_in(&lexicon::PARTICLES)
    })
}

/// Prepositions that go before places.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "into",
    "throughout",
    "around",
    "im",
    "nach",
    "à",
    "en",
    "dans",
];

/// `II`, `IV`, `XIV`.
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// Whether a name in running text stands for a person: a title before it, a verb
/// of saying next to it, or an appositive after it ("Anna Berg, 52, ...").
fn is_person(w: &[Word<'_>], name: &Name<'_>) -> bool {
    if !name.person() {
        return false;
    }
    let before = name.first.checked_sub(1).and_then(|j| w.get(j));
    // `the Abu Dhabi talks`, `in Abu Dhabi`: a determiner or a preposition of place
    // goes before a thing or a place, not a person.
    let spaced = w.get(name.first).is_some_and(|x| x.gap == Gap::Space);
    if before
        .is_some_and(|x| verbs::is_determiner(x) || (spaced && x.is_one_of(PLACE_PREPOSITIONS)))
    {
        return false;
    }
    // `Artemis II`: a numbered thing, unless a title makes it a person (`King Olav V`).
    if !name.titled && name.text.rsplit(' ').next().is_some_and(is_roman_numeral) {
        return false;
    }
    if name.titled || before.is_some_and(names::is_title) || name.full_person_name() {
        return true;
    }
    let mut k = name.last + 1;
    while w
        .get(k)
        .is_some_and(|x| verbs::is_adverb(x) || verbs::is_auxiliary(x))
    {
        k += 1;
    }
    let next = w.get(k);
    if next.is_some_and(|x| verbs::is_speech(x) && x.gap == Gap::Space) {
        return true;
    }
    if before.is_some_and(|x| verbs::is_speech(x))
        && w.get(name.first).is_some_and(|x| x.gap == Gap::Space)
    {
        return true;
    }
    let after = w.get(name.last + 1);
    name.words() > 1
        && after.is_some_and(|x| {
            x.gap == Gap::Comma
                && (x.text.chars().all(|c| c.is_ascii_digit())
                    || verbs::is_determiner(x)
                    || x.is_one_of(&["who", "der", "die", "qui"]))
        })
}

#[cfg(test)]
mod tests;
