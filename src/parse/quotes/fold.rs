//! Case-insensitive word matching: a word against a word list or a few words,
//! folding non-ASCII letters (`Erklärte`) without allocating for short words.

use super::lexicon::{Set, pack};
use super::words::Word;

impl Word<'_> {
    /// In the lower-case word list `list`, ignoring case.
    pub fn is_in(&self, list: &Set) -> bool {
        let t = self.text;
        // Up to eight ASCII bytes: one integer, lowered as it is packed.
        if let Some(key) = pack(t.as_bytes()) {
            let first = key.to_le_bytes()[0];
            return list.may_hold(Some(t.len()), Some(first)) && list.contains_packed(key);
        }
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
    pub(crate) fn is_one_of(&self, list: &[&str]) -> bool {
        let t = self.text;
        // An ASCII word equals a word only ignoring ASCII case (see `eq_ignore_case`).
        if t.is_ascii() {
            return list.iter().any(|w| t.eq_ignore_ascii_case(w));
        }
        list.iter().any(|w| eq_ignore_case(t, w))
    }
}

/// Case-insensitive comparison that also folds non-ASCII letters (`Erklärte`).
pub(crate) fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // Only the Kelvin sign lowers to an ASCII letter: other non-ASCII words never
    // equal an ASCII one, and need not be lowered.
    !a.is_ascii()
        && (!b.is_ascii() || a.contains('\u{212A}'))
        && a.chars().flat_map(char::to_lowercase).eq(b.chars())
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    #[test]
    fn case_folding_handles_umlauts() {
        assert!(eq_ignore_case("Erklärte", "erklärte"));
        assert!(eq_ignore_case("SAID", "said"));
        assert!(!eq_ignore_case("sagt", "sagte"));
    }

    #[test]
    fn word_lists_ignore_case() {
        let w = words("SAID Erklärte Mr");
        assert!(w[0].is_one_of(&["said"]));
        assert!(w[1].is_one_of(&["sagte", "erklärte"]));
        assert!(w[2].is_one_of(&["mrs", "mr"]));
        assert!(!w[2].is_one_of(&["mrs"]));
    }
}
