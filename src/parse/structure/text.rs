//! Small predicates on lines and paragraphs shared by the structure rules.

/// `text.split_inclusive('\n')`, each line end found with `memchr` (vector
/// instructions where the machine has them; std's search for a `char` is not).
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    // One searcher over the whole text: no set-up for each line.
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let end = ends.next().map_or(text.len(), |i| i + 1);
        let line = text.get(at..end);
        at = end;
        line
    })
}

#[cfg(test)]
use crate::article::count_words;
use crate::parse::bytemask::{
    count_high, eight, fill, is_alphanumeric, plain_alnum, plain_alnum_64,
};

/// Closing marks that may follow the last real character of a sentence.
const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', '»', '«', '“', '‘', ')', ']', '」', '』',
];

/// The text ends a sentence: its last character, before closing quotes and brackets,
/// is `.`, `!`, `?`, `…` or an East Asian full stop.
pub(crate) fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// The text ends in a letter or digit (no final punctuation of any kind).
pub(crate) fn ends_plain(text: &str) -> bool {
    text.trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The text starts like a name or a sentence: an uppercase letter, a digit, or a
/// letter of a script without case.
pub(crate) fn starts_upper(text: &str) -> bool {
    text.trim_start().chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// Words as the reading time counts them: the same count as [`count_words`]
/// (runs of letters, digits, `'`, `’` and `-` holding at least one letter or digit),
/// with a fast path for ASCII bytes. Parsing counts every block, so this is hot.
pub fn words(text: &str) -> usize {
    words_upto(text, usize::MAX)
}

/// [`words`], counted only until it passes `most`: the count when it is at most
/// `most`, else some number above `most`. Rules that only compare the count with a
/// limit read a long paragraph no further than they need.
pub(crate) fn words_upto(text: &str, most: usize) -> usize {
    let mut count = Count { words: 0, carry: 0 };
    // 64 bytes at a time while they are plain (a count past `most` may then
    // be some words higher: still above it).
    let (blocks, _) = text.as_bytes().as_chunks::<64>();
    for (b, block) in blocks.iter().enumerate() {
        if let Some(alnums) = plain_alnum_64(block) {
            for alnum in alnums {
                count.add_plain(alnum);
            }
        } else {
            for (n, chunk) in block.chunks_exact(8).enumerate() {
                count.add(text, 64 * b + 8 * n, chunk);
            }
        }
        if count.words > most {
            return count.words;
        }
    }
    // Then eight bytes at a time (whole ones first: no length to check in the loop).
    let done = 64 * blocks.len();
    let mut chunks = text
        .as_bytes()
        .get(done..)
        .unwrap_or_default()
        .chunks_exact(8);
    for (n, chunk) in chunks.by_ref().enumerate() {
        count.add(text, done + 8 * n, chunk);
        if count.words > most {
            return count.words;
        }
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        count.add(text, text.len() - rest.len(), rest);
    }
    count.words
}

/// A word count under way.
struct Count {
    words: usize,
    /// 1 when the byte before the next chunk ends a run that holds a letter or digit.
    carry: u64,
}

impl Count {
    /// Count the words that start in up to eight bytes of `text`, from byte `at`.
    #[inline]
    fn add(&mut self, text: &str, at: usize, chunk: &[u8]) {
        // Most chunks hold only ASCII letters, digits and separators, where a word
        // starts at each letter or digit after a separator.
        if let Some(alnum) = plain_alnum(chunk) {
            self.add_plain(alnum);
        } else {
            self.add_mixed(text, at, chunk);
        }
    }

    /// [`Count::add`] for eight plain bytes, given their letters and digits
    /// (see [`plain_alnum`]).
    #[inline]
    fn add_plain(&mut self, alnum: u64) {
        // High bits of the bytes: the byte below a bit is 8 bits down.
        self.words += count_high(alnum & !((alnum << 8) | (self.carry << 7))) as usize;
        self.carry = alnum >> 63;
    }

    /// [`Count::add`] for bytes with `'`, `-` or other characters than ASCII.
    #[inline(never)]
    fn add_mixed(&mut self, text: &str, at: usize, chunk: &[u8]) {
        let m = eight(chunk);
        let mut alnum = m.alnum;
        // Bytes inside a word: letters, digits, joiners, and the bytes after the
        // first of a non-ASCII character (the first one decides).
        let mut inside = m.alnum | m.joins | (m.wide & !m.lead);
        let mut leads = m.lead;
        while leads != 0 {
            let k = leads.trailing_zeros();
            leads &= leads - 1;
            let bit = 1 << k;
            let c = text.get(at + k as usize..).and_then(|r| r.chars().next());
            match c.map_or(SEP, char_class) {
                ALNUM => {
                    alnum |= bit;
                    inside |= bit;
                }
                JOIN => inside |= bit,
                _ => {}
            }
        }
        // Bytes of runs from their first letter or digit on: each such first one
        // starts a word.
        let carry = self.carry;
        let filled = fill(alnum | (carry & inside), inside);
        self.words += (alnum & !((filled << 1) | carry)).count_ones() as usize;
        self.carry = (filled >> 7) & 1;
    }
}

/// Ends a word.
const SEP: u8 = 0;
/// Joins a word without making it one (`'`, `-`, `’`).
const JOIN: u8 = 1;
/// A letter or digit.
const ALNUM: u8 = 2;

fn char_class(c: char) -> u8 {
    if is_alphanumeric(c) {
        ALNUM
    } else if c == '’' {
        JOIN
    } else {
        SEP
    }
}

/// The line holds nothing visible: spaces, no-break spaces, zero-width spaces.
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}'))
}

/// A line that only separates: `---`, `___`, `* * *`, `***`, `===`, `~~~`, `⁂`.
pub(crate) fn is_separator(line: &str) -> bool {
    let t = line.trim();
    if t == "⁂" {
        return true;
    }
    let mut symbols = t.chars().filter(|c| !c.is_whitespace());
    let Some(first) = symbols.next() else {
        return false;
    };
    matches!(first, '-' | '_' | '*' | '=' | '~' | '•' | '·' | '#')
        && symbols.clone().all(|c| c == first)
        && symbols.count() >= 2
}

/// The text without one pair of quotation marks that encloses all of it, or `None`.
pub(crate) fn strip_enclosing_quotes(text: &str) -> Option<&str> {
    const PAIRS: &[(char, char)] = &[
        ('"', '"'),
        ('\'', '\''),
        ('“', '”'),
        ('‘', '’'),
        ('«', '»'),
        ('»', '«'),
        ('„', '“'),
        ('‚', '‘'),
        ('「', '」'),
    ];
    let t = text.trim();
    // The openings differ: only the pair that opens with the first character can match.
    let first = t.chars().next()?;
    PAIRS
        .iter()
        .filter(|p| p.0 == first)
        .find_map(|&(open, close)| {
            let inner = t.strip_prefix(open)?.strip_suffix(close)?;
            (!inner.contains(open) && !inner.contains(close) && !inner.trim().is_empty())
                .then(|| inner.trim())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends_look_through_closing_quotes() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“We stay,” she said.”"));
        assert!(ends_sentence("Why?”"));
        assert!(!ends_sentence("Storm closes ports"));
        assert!(!ends_sentence("A list:"));
    }

    #[test]
    fn fast_word_count_equals_count_words() {
        for s in [
            "",
            "It's a rock 'n' roll town — “really”, 1990s.",
            "- - ' ’ x-y 東京 e\u{301}té",
            "a\u{a0}b\tc\nd",
            "--a-- ’’b’’ 'c",
        ] {
            assert_eq!(words(s), count_words(s), "{s}");
        }
    }

    #[test]
    fn word_count_agrees_across_64_byte_chunks() {
        let pieces = [
            "ab", " ", "x-", "-", "'", "é", "’", "9", ", ", "東", "\u{a0}", "-y",
        ];
        for seed in 0..400usize {
            let mut s = String::new();
            let mut k = seed;
            while s.len() < 300 {
                k = k.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                s.push_str(pieces[(k >> 33) % pieces.len()]);
            }
            assert_eq!(words(&s), count_words(&s), "{s}");
        }
    }

    #[test]
    fn word_count_up_to_a_limit() {
        let s = "one two three four five ".repeat(40);
        for most in [0, 1, 3, 30, 199, 200, 201, usize::MAX] {
            let n = words_upto(&s, most);
            assert_eq!(
                n.min(most.saturating_add(1)),
                200.min(most.saturating_add(1))
            );
            assert!(n <= 200, "{most}");
        }
    }

    #[test]
    fn separators() {
        for s in ["---", "___", "* * *", "***", " ~~~ ", "⁂", "=====", "• • •"] {
            assert!(is_separator(s), "{s}");
        }
        for s in ["--", "-*-", "- item", "", "*"] {
            assert!(!is_separator(s), "{s}");
        }
    }

    #[test]
    fn enclosing_quotes_are_stripped_once() {
        assert_eq!(
            strip_enclosing_quotes("'Quiet streets'"),
            Some("Quiet streets")
        );
        assert_eq!(strip_enclosing_quotes("“Next steps”"), Some("Next steps"));
        assert_eq!(strip_enclosing_quotes("\"a\" and \"b\""), None);
        assert_eq!(strip_enclosing_quotes("Plain"), None);
    }

    #[test]
    fn starts_upper_accepts_digits_and_caseless_scripts() {
        assert!(starts_upper("Next"));
        assert!(starts_upper("10 things"));
        assert!(starts_upper("東京"));
        assert!(!starts_upper("and then"));
    }
}
