//! Apostrophes are not quotation marks: `it's`, `Lisbon’s`, `officials'`, `'90s`,
//! `rock 'n' roll`, `’til`, `O'Brien`.

/// Words that an apostrophe shortens at their start (`'til`, `'em`, `rock 'n' roll`).
const ELIDED: &[&str] = &["til", "tis", "twas", "em", "n", "nuff", "bout", "cos"];

/// What a single mark at some position is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Apostrophe {
    /// Not an apostrophe: it may be a quotation mark.
    No,
    /// An apostrophe.
    Yes,
    /// An apostrophe, and so is the mark ending at this byte (`'n'`).
    Through(usize),
}

/// Decide whether the single mark `c` at byte `at` (`len` bytes) is an apostrophe,
/// from its neighbours alone.
pub fn check(
    text: &str,
    at: usize,
    len: usize,
    prev: Option<char>,
    next: Option<char>,
) -> Apostrophe {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if word(prev) && word(next) {
        return Apostrophe::Yes;
    }
    if word(prev) {
        return Apostrophe::No;
    }
    let rest = text.get(at + len..).unwrap_or("");
    if decade(rest) {
        return Apostrophe::Yes;
    }
    let elided: usize = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let Some(head) = rest.get(..elided) else {
        return Apostrophe::No;
    };
    if !ELIDED.iter().any(|w| head.eq_ignore_ascii_case(w)) {
        return Apostrophe::No;
    }
    if head.eq_ignore_ascii_case("n") {
        // rock 'n' roll: the second mark is an apostrophe too.
        let after = rest.get(elided..).unwrap_or("");
        return match after.chars().next() {
            Some(m @ ('\'' | '’' | '‘')) => {
                let end = at + len + elided + m.len_utf8();
                let follow = text.get(end..).and_then(|s| s.chars().next());
                if follow.is_none_or(|f| !f.is_alphanumeric()) {
                    Apostrophe::Through(end)
                } else {
                    Apostrophe::No
                }
            }
            _ => Apostrophe::No,
        };
    }
    Apostrophe::Yes
}

/// `90s`, `68`: two digits, an optional `s`, then no more letters or digits.
fn decade(rest: &str) -> bool {
    let b = rest.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits != 2 {
        return false;
    }
    let mut tail = rest.get(2..).unwrap_or("");
    if let Some(t) = tail.strip_prefix('s') {
        tail = t;
    }
    tail.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// `officials' cars`: a mark right after a plural `s`, followed by a space and a
/// lower-case word, reads as a possessive rather than the end of a quotation.
pub(crate) fn plural_possessive(text: &str, end: usize, prev: Option<char>) -> bool {
    if prev != Some('s') {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let Some(after_space) = rest.strip_prefix(' ') else {
        return false;
    };
    after_space.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, nth: usize) -> Apostrophe {
        let (i, c) = text
            .char_indices()
            .filter(|&(_, c)| matches!(c, '\'' | '’' | '‘'))
            .nth(nth)
            .unwrap();
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        check(text, i, c.len_utf8(), prev, next)
    }

    #[test]
    fn letters_on_both_sides_make_an_apostrophe() {
        assert_eq!(at("it's", 0), Apostrophe::Yes);
        assert_eq!(at("Lisbon’s", 0), Apostrophe::Yes);
        assert_eq!(at("don’t", 0), Apostrophe::Yes);
        assert_eq!(at("O'Brien", 0), Apostrophe::Yes);
        assert_eq!(at("5'10", 0), Apostrophe::Yes);
    }

    #[test]
    fn decades_are_apostrophes() {
        assert_eq!(at("the '90s were", 0), Apostrophe::Yes);
        assert_eq!(at("in ’68 they", 0), Apostrophe::Yes);
        assert_eq!(at("'1999 was'", 0), Apostrophe::No);
    }

    #[test]
    fn elided_words_are_apostrophes() {
        assert_eq!(at("wait ’til dawn", 0), Apostrophe::Yes);
        assert_eq!(at("tell 'em", 0), Apostrophe::Yes);
        assert_eq!(at("'Tis true", 0), Apostrophe::Yes);
        assert_eq!(at("'tilt'", 0), Apostrophe::No);
    }

    #[test]
    fn rock_n_roll_takes_both_marks() {
        let t = "rock 'n' roll";
        assert_eq!(at(t, 0), Apostrophe::Through(8));
        assert_eq!(at("‘n’ roll", 0), Apostrophe::Through("‘n’".len()));
        assert_eq!(at("'n'x", 0), Apostrophe::No);
    }

    #[test]
    fn quotation_openers_are_not_apostrophes() {
        assert_eq!(at("'Hello,' she", 0), Apostrophe::No);
        assert_eq!(at("'Hello,' she", 1), Apostrophe::No);
    }

    #[test]
    fn plural_possessive_needs_s_and_a_lower_case_word() {
        assert!(plural_possessive("officials' cars", 10, Some('s')));
        assert!(!plural_possessive("officials' Cars", 10, Some('s')));
        assert!(!plural_possessive("officials', he", 10, Some('s')));
        assert!(!plural_possessive("cat' cars", 4, Some('t')));
    }
}
