//! A quotation's words as a person's page shows them: a range of the words of
//! its article's counted quotations ([`super::Quoted::words`]), which every
//! quotation of that article shares. Building People makes one string per
//! article, not one per quotation (a library has hundreds of thousands).

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// The words of one quotation. Compares, prints and derefs as the `str` it
/// is; a range outside the words (only a damaged index could hold one) is the
/// empty string, not a panic.
#[derive(Clone, Default)]
pub struct Text {
    words: Arc<str>,
    range: Range<usize>,
}

impl Text {
    /// `range` of `words`.
    pub fn new(words: Arc<str>, range: Range<usize>) -> Self {
        Self { words, range }
    }

    pub fn as_str(&self) -> &str {
        self.words.get(self.range.clone()).unwrap_or("")
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Self::new(s.into(), 0..s.len())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_of_shared_words() {
        let words: Arc<str> = "We rebuild.Not yet.".into();
        let a = Text::new(Arc::clone(&words), 0..11);
        let b = Text::new(Arc::clone(&words), 11..19);
        assert_eq!((&*a, b.as_str()), ("We rebuild.", "Not yet."));
        assert_eq!(a, Text::from("We rebuild."), "compared as the words");
        assert_eq!(format!("“{b}” {b:?}"), "“Not yet.” \"Not yet.\"");
    }

    #[test]
    fn a_range_out_of_the_words_is_empty_not_a_panic() {
        let words: Arc<str> = "café".into();
        // Past the end, reversed, inside a character.
        for (start, end) in [(0, 40), (4, 2), (0, 4)] {
            assert_eq!(Text::new(Arc::clone(&words), start..end).as_str(), "");
        }
    }
}
