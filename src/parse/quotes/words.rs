//! A small word splitter for the text around a quotation: words with their byte
//! ranges and what separates each from the word before.

use super::lexicon::Set;

/// What stands between a word and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
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
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub gap: Gap,
}

impl Word<'_> {
    /// Starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// In the lower-case word list `list`, ignoring case.
    pub fn is_in(&self, list: &Set) -> bool {
        let t = self.text;
        let ascii = t.is_ascii();
        // An ASCII first letter lowers to one byte, and ASCII words keep their
        // length: most words are turned away here, before any lowering.
        let first = t.bytes().next().filter(u8::is_ascii);
        let len = ascii.then_some(t.len());
        if !list.may_hold(len, first.map(|b| b.to_ascii_lowercase())) {
            return false;
        }
        let contains = |w: &str| list.contains(w);
        if ascii {
            if !t.bytes().any(|b| b.is_ascii_uppercase()) {
                return contains(t);
            }
            let mut buf = [0u8; 24];
            if let Some(dst) = buf.get_mut(..t.len()) {
                dst.copy_from_slice(t.as_bytes());
                dst.make_ascii_lowercase();
                return std::str::from_utf8(dst).is_ok_and(contains);
            }
            return contains(&t.to_ascii_lowercase());
        }
        if !t.chars().any(char::is_uppercase) {
            return contains(t);
        }
        // Short words are lowered on the stack, without allocating.
        let mut buf = [0u8; 48];
        let mut n = 0;
        for c in t.chars().flat_map(char::to_lowercase) {
            let Some(dst) = buf.get_mut(n..n + c.len_utf8()) else {
                return contains(&t.to_lowercase());
            };
            c.encode_utf8(dst);
            n += c.len_utf8();
        }
        buf.get(..n)
            .and_then(|b| std::str::from_utf8(b).ok())
            .is_some_and(contains)
    }

    /// Equal to one of `list` (lower-case entries), ignoring case.
    pub fn is_one_of(&self, list: &[&str]) -> bool {
        list.iter().any(|w| eq_ignore_case(self.text, w))
    }
}

/// Case-insensitive comparison that also folds non-ASCII letters (`Erklärte`).
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // Only the Kelvin sign lowers to an ASCII letter: other non-ASCII words never
    // equal an ASCII one, and need not be lowered.
    !a.is_ascii()
        && (!b.is_ascii() || a.contains('\u{212A}'))
        && a.chars().flat_map(char::to_lowercase).eq(b.chars())
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "gov", "rep", "lt", "col", "sgt", "capt",
    "mme", "m", "jr", "sr", "no",
];

/// Split `text` into words. Letters, digits and apostrophes between letters make
/// up a word.
pub fn words(text: &str) -> Vec<Word<'_>> {
    split(text, false)
}

/// The words of `text` up to the first one that opens a new sentence (`Gap::Stop`),
/// without it: what `words` gives before that word, without reading further.
pub fn first_sentence(text: &str) -> Vec<Word<'_>> {
    split(text, true)
}

fn split(text: &str, first_only: bool) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::with_capacity(text.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let mut gap_from = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII is read byte by byte; other characters are decoded.
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            (c, c.len_utf8())
        };
        let in_word = if b.is_ascii() {
            b.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        let inner_apostrophe = !in_word
            && matches!(c, '\'' | '’')
            && start.is_some()
            && (text
                .get(i + len..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphabetic)
                || possessive(text, i, len));
        if in_word || inner_apostrophe {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            if push(text, &mut out, gap_from, s, i, first_only) {
                return out;
            }
            gap_from = i;
        }
        i += len;
    }
    if let Some(s) = start {
        push(text, &mut out, gap_from, s, text.len(), first_only);
    }
    out
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
    let between = text.get(gap_from..start).unwrap_or("");
    let gap = if between == " " && !out.is_empty() {
        Gap::Space
    } else if out.is_empty() && between.trim().is_empty() {
        Gap::Start
    } else {
        // Only a lone full stop can follow an abbreviation.
        let abbreviated = between.trim() == "."
            && out
                .last()
                .is_some_and(|w| initial(w.text) || w.is_one_of(ABBREVIATIONS));
        classify(between, abbreviated)
    };
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

/// `owners' association`: a plural possessive, kept in its word.
fn possessive(text: &str, at: usize, len: usize) -> bool {
    let prev = text.get(..at).and_then(|s| s.chars().next_back());
    super::apostrophe::plural_possessive(text, at + len, prev)
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
mod tests {
    use super::*;

    fn gaps(text: &str) -> Vec<(&str, Gap)> {
        words(text).into_iter().map(|w| (w.text, w.gap)).collect()
    }

    #[test]
    fn words_and_gaps() {
        assert_eq!(
            gaps("It's over, she said. Then: x—y"),
            [
                ("It's", Gap::Start),
                ("over", Gap::Space),
                ("she", Gap::Comma),
                ("said", Gap::Space),
                ("Then", Gap::Stop),
                ("x", Gap::Colon),
                ("y", Gap::Comma),
            ]
        );
    }

    #[test]
    fn initials_and_titles_do_not_end_sentences() {
        assert_eq!(
            gaps("Dr. J. Smith said"),
            [
                ("Dr", Gap::Start),
                ("J", Gap::Space),
                ("Smith", Gap::Space),
                ("said", Gap::Space),
            ]
        );
    }

    #[test]
    fn plural_possessives_stay_in_their_word() {
        assert_eq!(
            gaps("the owners' association"),
            [
                ("the", Gap::Start),
                ("owners'", Gap::Space),
                ("association", Gap::Space)
            ]
        );
    }

    #[test]
    fn hyphens_and_ranges() {
        let w = words("a-t-il «Élysée»");
        assert_eq!(w[1].gap, Gap::Hyphen);
        assert_eq!(w[3].gap, Gap::Other);
        assert_eq!(&"a-t-il «Élysée»"[w[3].start..w[3].end], "Élysée");
    }

    #[test]
    fn first_sentence_is_words_up_to_the_first_stop() {
        for t in [
            "said Dr. Jane Doe. Then more. And more",
            "a, b: c! d",
            "no stop here",
            "",
        ] {
            let all = words(t);
            let end = all
                .iter()
                .position(|w| w.gap == Gap::Stop)
                .unwrap_or(all.len());
            assert_eq!(first_sentence(t), all[..end], "{t}");
        }
    }

    #[test]
    fn case_folding_handles_umlauts() {
        assert!(eq_ignore_case("Erklärte", "erklärte"));
        assert!(eq_ignore_case("SAID", "said"));
        assert!(!eq_ignore_case("sagt", "sagte"));
    }
}
