//! The words around each capitalised word of a text, for the name pass.
//!
//! Names start with a capital, and the name rules read only a few words around
//! one: the word before it, the name (up to six words, then particles), and the
//! adverbs and verb after it. So instead of splitting a whole paragraph, the
//! capitals are found from the byte masks and only the words around each are
//! split: the same words, with the same gaps, as [`words`](super::words::words)
//! gives for the whole text.

use super::verbs;
use super::words::{Gap, Word, gap, inner_apostrophe, split_more};
use crate::parse::bytemask::Masks;

/// The byte where the first word at or after `from` that starts with a capital
/// letter begins (`masks` filled for `text`).
pub(crate) fn next_capital(text: &str, masks: &Masks, from: usize) -> Option<usize> {
    next_capital_by(text, from, |i| masks.next_upper_or_wide(i))
}

/// [`next_capital`] for a text whose masks are not filled: the bytes are read
/// eight at a time for the same candidates.
pub(crate) fn next_capital_unmasked(text: &str, from: usize) -> Option<usize> {
    next_capital_by(text, from, |i| next_upper_or_wide(text.as_bytes(), i))
}

/// The first byte at or after `from` that is an ASCII capital or belongs to a
/// non-ASCII character (as [`Masks::next_upper_or_wide`] finds it).
fn next_upper_or_wide(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(eight) = bytes
        .get(i..i + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
    {
        let x = u64::from_le_bytes(eight);
        // Each byte below 0x80 plus an offset sets its high bit from `A`, and
        // from past `Z` (no carry into the next byte).
        let x7 = x & !HIGH;
        let upper = (x7 + ONES * u64::from(0x80 - b'A')) & !(x7 + ONES * u64::from(0x7f - b'Z'));
        let hit = (upper & !x & HIGH) | (x & HIGH);
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter()
        .position(|&b| b.is_ascii_uppercase() || !b.is_ascii())
        .map(|p| i + p)
}

fn next_capital_by(
    text: &str,
    from: usize,
    find: impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let mut i = from;
    loop {
        i = find(i)?;
        // Inside a character (when `from` was): go on to its end.
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        if c.is_uppercase() && c.is_alphanumeric() && starts_word(text, i, c) {
            return Some(i);
        }
        i += c.len_utf8();
    }
}

/// Fill `out` with the words around the word starting at `start`: the one before
/// it (when there is one), then it and up to `ahead` words after it. Returns the
/// index of the word at `start` in `out`.
pub fn around<'a>(
    text: &'a str,
    masks: &Masks,
    start: usize,
    ahead: usize,
    out: &mut Vec<Word<'a>>,
) -> usize {
    out.clear();
    let mut from = 0;
    if let Some((s, e)) = word_before_in(text, masks, start) {
        // The word before that one only decides the gap (an abbreviation).
        let before = word_before_in(text, masks, s).and_then(|(bs, be)| {
            text.get(bs..be).map(|t| Word {
                text: t,
                start: bs,
                end: be,
                gap: Gap::Other,
            })
        });
        if let Some(t) = text.get(s..e) {
            out.push(Word {
                text: t,
                start: s,
                end: e,
                gap: gap(text, before.map_or(0, |b| b.end), s, before.as_ref()),
            });
        }
        from = e;
    }
    let at = out.len();
    split_more(text, masks, from, out, at + 1 + ahead);
    at
}

/// Split more words into `out` (filled by [`around`]) until it holds `until`;
/// returns whether any was added (none when the text has ended).
pub fn more<'a>(text: &'a str, masks: &Masks, out: &mut Vec<Word<'a>>, until: usize) -> bool {
    let n = out.len();
    let from = out.last().map_or(0, |w| w.end);
    split_more(text, masks, from, out, until);
    out.len() > n
}

/// Split on while the last word of `out` is an adverb or auxiliary, so that the
/// verb after a name ("Jane Doe later also said") is in it.
pub(crate) fn through_adverbs<'a>(text: &'a str, masks: &Masks, out: &mut Vec<Word<'a>>) {
    while out
        .last()
        .is_some_and(|x| verbs::is_adverb(x) || verbs::is_auxiliary(x))
        && more(text, masks, out, out.len() + 1)
    {}
}

/// Whether the letter `c` at byte `i` starts a word rather than continuing one.
fn starts_word(text: &str, i: usize, c: char) -> bool {
    let mut before = text.get(..i).unwrap_or("").chars();
    let Some(prev) = before.next_back() else {
        return true;
    };
    // `O'Brien`, `l’Élysée`: an apostrophe between letters joins them.
    let joined = matches!(prev, '\'' | '’')
        && c.is_alphabetic()
        && before.next_back().is_some_and(char::is_alphanumeric);
    !prev.is_alphanumeric() && !joined
}

/// Whether the character `c` at byte `i` belongs to a word.
fn in_word(text: &str, i: usize, c: char) -> bool {
    c.is_alphanumeric()
        || (text
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric)
            && inner_apostrophe(text, i, c))
}

/// The character that ends at byte `j`: where it starts, and whether it belongs
/// to a word (ASCII bytes are read without decoding).
fn char_before(text: &str, j: usize) -> Option<(usize, bool)> {
    let b = *text.as_bytes().get(j.checked_sub(1)?)?;
    if b.is_ascii() && b != b'\'' {
        return Some((j - 1, b.is_ascii_alphanumeric()));
    }
    let c = text.get(..j)?.chars().next_back()?;
    let i = j - c.len_utf8();
    Some((i, in_word(text, i, c)))
}

/// [`word_before`] with the masks of `text`: runs of ASCII letters and digits
/// are passed over at once.
fn word_before_in(text: &str, masks: &Masks, end: usize) -> Option<(usize, usize)> {
    let last = word_end_before(text, end)?;
    let mut first = last;
    loop {
        first = masks.alnum_start(first);
        match char_before(text, first) {
            Some((i, true)) => first = i,
            _ => break,
        }
    }
    Some((first, last))
}

/// Where the last word that ends at or before `end` ends: the separators
/// before `end` passed over (shared by [`word_before`] and [`word_before_in`]).
fn word_end_before(text: &str, end: usize) -> Option<usize> {
    let mut last = end;
    loop {
        let (i, inside) = char_before(text, last)?;
        if inside {
            return Some(last);
        }
        last = i;
    }
}

/// The byte range of the last word that ends at or before `end`.
pub(crate) fn word_before(text: &str, end: usize) -> Option<(usize, usize)> {
    let last = word_end_before(text, end)?;
    let mut first = last;
    while let Some((i, true)) = char_before(text, first) {
        first = i;
    }
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    /// Every capitalised word, with the words `around` gives, against `words`.
    fn check(text: &str) {
        let all = words(text);
        let mut masks = Masks::default();
        masks.fill(text.as_bytes());
        let capitals: Vec<usize> = all
            .iter()
            .filter(|w| w.text.chars().next().is_some_and(char::is_uppercase))
            .map(|w| w.start)
            .collect();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(p) = next_capital(text, &masks, from) {
            found.push(p);
            from = p + 1;
        }
        assert_eq!(found, capitals, "{text}");
        let mut out = Vec::new();
        for p in capitals {
            let k = all.iter().position(|w| w.start == p).unwrap();
            let at = around(text, &masks, p, 3, &mut out);
            let first = k - at;
            assert_eq!(out[..], all[first..first + out.len()], "{text} at {p}");
            assert_eq!(out.len(), (all.len() - first).min(at + 4), "{text}");
            more(text, &masks, &mut out, at + 8);
            through_adverbs(text, &masks, &mut out);
            assert_eq!(out[..], all[first..first + out.len()], "{text} at {p}");
        }
    }

    #[test]
    fn the_words_around_capitals_are_the_words_of_the_text() {
        for text in [
            "said Jane Doe, the owners' Association chair. Then Mr. Berg left",
            "It's O'Brien and l’Élysée, Dr. J. R. Smith — „Wir“ sagte Émile.",
            "rock 'n' Roll's 'Til Dawn; Ärger über Öl? ÉTÉ",
            "McDonald iPhone 5G A. B.",
            "Anna Berg also later again then once has said",
            "",
            "  Zed",
        ] {
            check(text);
        }
    }

    #[test]
    fn generated_texts_agree() {
        let pieces = [
            "Anna", " ", "berg", "'", "’", "s", ". ", "Mr", "J", "É", "é", ", ", "—", "-", "5",
            "  ", "later", "has", "said", "?", "\u{a0}", "O", "l", "東",
        ];
        for seed in 0..2000usize {
            let mut text = String::new();
            let mut k = seed;
            while text.len() < 120 {
                k = k
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695);
                text.push_str(pieces[(k >> 33) % pieces.len()]);
            }
            check(&text);
        }
    }

    #[test]
    fn words_before_agree_with_and_without_masks() {
        let text = "It's O'Brien and l’Élysée, Dr. J. R. Smith — „Wir“ sagte Émile x9-y ab";
        let mut masks = Masks::default();
        masks.fill(text.as_bytes());
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                let slow = word_before(text, end);
                assert_eq!(word_before_in(text, &masks, end), slow, "{end}");
            }
        }
    }

    #[test]
    fn capitals_are_found_alike_without_masks() {
        let text = "ab Cd éF 'Gh' x1Y zz ÉTÉ l’Élysée McD O'Brien — Zed12345678 end Q";
        let mut masks = Masks::default();
        masks.fill(text.as_bytes());
        for from in 0..=text.len() + 1 {
            assert_eq!(
                next_capital_unmasked(text, from),
                next_capital(text, &masks, from),
                "{from}"
            );
            assert_eq!(
                next_upper_or_wide(text.as_bytes(), from),
                masks.next_upper_or_wide(from),
                "{from}"
            );
        }
    }

    #[test]
    fn no_capitals_no_words() {
        let mut masks = Masks::default();
        masks.fill(b"all lower case");
        assert_eq!(next_capital("all lower case", &masks, 0), None);
    }
}
