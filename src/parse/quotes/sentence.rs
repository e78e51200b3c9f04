//! The last sentence before a quotation, where its attribution stands: the words
//! `words` gives for the whole text from the last one that opens a sentence, split
//! from the last sentence end on instead of from the start of the text.

use super::capitals::word_before;
use super::words::{Gap, Word, abbreviation, words_into};
use crate::parse::bytemask::Masks;

/// Characters that may end a sentence (see `words::classify`).
const ENDS: [char; 4] = ['.', '!', '?', ';'];

/// The words of `text` from the last one that opens a sentence (`Gap::Stop`) on,
/// or all of them when none does.
pub(crate) fn last_sentence(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    last_sentence_into(text, &mut Masks::default(), &mut out);
    out
}

/// [`last_sentence`] into `out`, with `masks` as scratch space.
pub(crate) fn last_sentence_into<'a>(text: &'a str, masks: &mut Masks, out: &mut Vec<Word<'a>>) {
    let mut end = text.len();
    // No word holds a sentence end: the words after one are the words of the
    // whole text there, and all but the first have the same gaps.
    while let Some(q) = text.get(..end).and_then(|t| t.rfind(ENDS)) {
        words_into(text.get(q..).unwrap_or_default(), masks, out);
        if out
            .first()
            .is_some_and(|first| stops_at(text, q, q + first.start))
        {
            let start = out.iter().rposition(|x| x.gap == Gap::Stop).unwrap_or(0);
            out.drain(..start);
            for x in out.iter_mut() {
                x.start += q;
                x.end += q;
            }
            return;
        }
        end = q;
    }
    words_into(text, masks, out);
    let start = out.iter().rposition(|x| x.gap == Gap::Stop).unwrap_or(0);
    out.drain(..start);
}

/// Whether the word starting at `start` opens a sentence in `text`, with the
/// sentence end at byte `q` in the gap before it: always, unless that gap is a
/// lone full stop after an abbreviation (`Mr. Smith`) or inside a word (`Node.js`).
fn stops_at(text: &str, q: usize, start: usize) -> bool {
    let lone_stop = text.as_bytes().get(q) == Some(&b'.')
        && text.get(q + 1..start).is_some_and(|t| t.trim().is_empty());
    let before = text.get(..q).unwrap_or_default().trim_end();
    // `Node.js`: a full stop between two words with no space ends no sentence.
    if lone_stop
        && start == q + 1
        && text
            .get(..q)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    // Only a letter or digit ends the word before right at the gap: anything else
    // stands in the gap, which then is more than a full stop.
    if !lone_stop
        || !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return true;
    }
    let Some((s, e)) = word_before(text, q) else {
        return true;
    };
    !text.get(s..e).is_some_and(|t| {
        abbreviation(&Word {
            text: t,
            start: s,
            end: e,
            gap: Gap::Other,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn by_all_words(text: &str) -> Vec<Word<'_>> {
        let w = words(text);
        let start = w.iter().rposition(|x| x.gap == Gap::Stop).unwrap_or(0);
        w[start..].to_vec()
    }

    #[test]
    fn the_last_sentence_is_what_splitting_everything_gives() {
        for t in [
            "The port closed. Then Mr. Smith said",
            "It rose 56.8 percent; officials! said? J. R. Smith told Dr. Berg",
            "no stop at all",
            "ends in a stop.",
            "",
            "…and then.” Anna Berg, 52, said",
            " . Word",
            "Sen. . Mr . x",
        ] {
            assert_eq!(last_sentence(t), by_all_words(t), "{t}");
        }
    }

    #[test]
    fn generated_texts_agree() {
        let pieces = [
            "Mr", "Dr", "J", "Anna", "said", ".", ". ", " ", "!", "?", ";", "56", "’", "'", "s",
            "“", "”", ",", "é", "no",
        ];
        let mut k = 3usize;
        for _ in 0..5000 {
            let mut t = String::new();
            k = k.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            for _ in 0..(k >> 33) % 30 {
                k = k.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                t.push_str(pieces[(k >> 33) % pieces.len()]);
            }
            assert_eq!(last_sentence(&t), by_all_words(&t), "{t}");
        }
    }
}
