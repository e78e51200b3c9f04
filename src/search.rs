//! Text search with smart case: case-insensitive unless the query has a capital.
//!
//! Case-insensitive matching folds both sides with Unicode lower-casing plus the
//! few full case-folding rules lower-casing misses (`ß` = `ss`, final `ς` = `σ`,
//! long `ſ` = `s`), so "strasse" finds "Straße" and "οδος" finds "ΟΔΟΣ".
//!
//! Fast paths give the same matches as the folding scan: a case-sensitive query
//! is a plain substring search (`memchr::memmem`); an ASCII query in a text
//! without any of the few non-ASCII characters that fold to ASCII
//! ([`FOLDS_TO_ASCII`]) is an ASCII case-insensitive byte search.

pub mod terms;

use std::ops::Range;

use memchr::memmem;

/// A compiled query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    needle: Vec<char>,
    case_sensitive: bool,
    /// The needle as text (folded when case-insensitive), for the fast paths.
    text: String,
}

/// Every non-ASCII character whose fold has an ASCII character in it (checked
/// over all of Unicode by a test): a text without them folds ASCII to ASCII only.
const FOLDS_TO_ASCII: [&str; 5] = ["ß", "ẞ", "ſ", "\u{212a}", "\u{130}"];

/// How a text is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Case-sensitive: a substring search.
    Exact,
    /// An ASCII needle in a text where only ASCII folds to ASCII.
    AsciiFold,
    /// Character by character, folding both sides.
    Unicode,
}

/// `text` case-folded as a case-insensitive query folds it: what the
/// full-text index stores, so that a fold of the query is in the fold of
/// every text the query matches.
pub fn fold_str(text: &str) -> String {
    let mut out = Vec::with_capacity(2);
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        out.clear();
        fold(c, &mut out);
        s.extend(out.iter());
    }
    s
}

/// One character, case-folded (at most two characters out).
fn fold(c: char, out: &mut Vec<char>) {
    match c {
        'ß' | 'ẞ' => out.extend(['s', 's']),
        'ς' => out.push('σ'),
        'ſ' => out.push('s'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

impl Query {
    /// `None` for an empty (or all-blank) query.
    pub fn new(query: &str) -> Option<Self> {
        if query.trim().is_empty() {
            return None;
        }
        let case_sensitive = query.chars().any(char::is_uppercase);
        let needle = if case_sensitive {
            query.chars().collect()
        } else {
            let mut v = Vec::with_capacity(query.len());
            for c in query.chars() {
                fold(c, &mut v);
            }
            v
        };
        let text = needle.iter().collect();
        Some(Self {
            needle,
            case_sensitive,
            text,
        })
    }

    fn mode(&self, hay: &str) -> Mode {
        if self.case_sensitive {
            Mode::Exact
        } else if self.text.is_ascii()
            && !FOLDS_TO_ASCII
                .iter()
                .any(|c| memmem::find(hay.as_bytes(), c.as_bytes()).is_some())
        {
            Mode::AsciiFold
        } else {
            Mode::Unicode
        }
    }

    /// Whether the query has a capital (smart case): matched as written.
    pub fn is_case_sensitive(&self) -> bool {
        self.case_sensitive
    }

    /// The end of a match starting at `hay`'s first character, if any.
    fn match_at(&self, hay: &str) -> Option<usize> {
        let mut want = self.needle.iter();
        let mut folded = Vec::with_capacity(2);
        for (i, c) in hay.char_indices() {
            folded.clear();
            if self.case_sensitive {
                folded.push(c);
            } else {
                fold(c, &mut folded);
            }
            for f in &folded {
                match want.next() {
                    Some(w) if w == f => {}
                    // The needle ended inside a folded character: not a match
                    // on a character boundary.
                    _ => return None,
                }
            }
            if want.len() == 0 {
                return Some(i + c.len_utf8());
            }
        }
        None
    }

    /// Every non-overlapping match in `hay`, as byte ranges.
    pub(crate) fn find_all(&self, hay: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut from = 0;
        // A part of the text searches the same way as the whole of it.
        let mode = self.mode(hay);
        while let Some(r) = hay.get(from..).and_then(|rest| self.first_in(rest, mode)) {
            let (start, end) = (from + r.start, from + r.end);
            out.push(start..end);
            from = end;
        }
        out
    }

    /// Whether `hay` contains the query.
    pub fn is_in(&self, hay: &str) -> bool {
        self.first(hay).is_some()
    }

    /// The first match in `hay`.
    pub fn first(&self, hay: &str) -> Option<Range<usize>> {
        self.first_in(hay, self.mode(hay))
    }

    fn first_in(&self, hay: &str, mode: Mode) -> Option<Range<usize>> {
        match mode {
            Mode::Exact => {
                let start = memmem::find(hay.as_bytes(), self.text.as_bytes())?;
                Some(start..start + self.text.len())
            }
            Mode::AsciiFold => {
                let start = find_ascii_fold(hay.as_bytes(), self.text.as_bytes())?;
                Some(start..start + self.text.len())
            }
            Mode::Unicode => self.first_unicode(hay),
        }
    }

    fn first_unicode(&self, hay: &str) -> Option<Range<usize>> {
        let first = *self.needle.first()?;
        let mut f = Vec::with_capacity(2);
        hay.char_indices().find_map(|(i, c)| {
            f.clear();
            if self.case_sensitive {
                f.push(c);
            } else {
                fold(c, &mut f);
            }
            if f.first() != Some(&first) {
                return None;
            }
            let len = hay.get(i..).and_then(|s| self.match_at(s))?;
            Some(i..i + len)
        })
    }
}

/// The first place `needle` (lower-case ASCII) is in `hay`, ignoring ASCII case.
fn find_ascii_fold(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&b, rest) = needle.split_first()?;
    let upper = b.to_ascii_uppercase();
    let mut from = 0;
    while let Some(i) = hay
        .get(from..)
        .and_then(|h| memchr::memchr2(b, upper, h))
        .map(|i| from + i)
    {
        let tail = hay.get(i + 1..i + 1 + rest.len())?;
        if tail.eq_ignore_ascii_case(rest) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(q: &str, hay: &str) -> Vec<&'static str> {
        let hay: &'static str = Box::leak(hay.to_string().into_boxed_str());
        Query::new(q)
            .map(|q| q.find_all(hay))
            .unwrap_or_default()
            .into_iter()
            .map(|r| &hay[r])
            .collect()
    }

    #[test]
    fn lower_case_queries_ignore_case() {
        assert_eq!(
            find("port", "Port, PORT and port."),
            ["Port", "PORT", "port"]
        );
    }

    #[test]
    fn a_capital_makes_the_query_case_sensitive() {
        assert_eq!(find("Port", "Port, PORT and port."), ["Port"]);
        assert!(Query::new("Port").unwrap().is_case_sensitive());
        assert!(!Query::new("port").unwrap().is_case_sensitive());
    }

    #[test]
    fn unicode_case_folding() {
        assert_eq!(find("straße", "STRASSE"), ["STRASSE"]);
        assert_eq!(find("strasse", "Die Straße ist"), ["Straße"]);
        assert_eq!(find("οδος", "ΟΔΟΣ and οδος"), ["ΟΔΟΣ", "οδος"]);
        assert_eq!(find("école", "ÉCOLE"), ["ÉCOLE"]);
        assert_eq!(find("東京", "東京の朝"), ["東京"]);
    }

    #[test]
    fn matches_do_not_overlap_and_ranges_are_on_char_boundaries() {
        assert_eq!(find("aa", "aaaa"), ["aa", "aa"]);
        let hay = "ßs";
        for r in Query::new("s").unwrap().find_all(hay) {
            assert!(hay.is_char_boundary(r.start) && hay.is_char_boundary(r.end));
        }
        // "s" alone never matches half of a folded ß.
        assert_eq!(find("s", "ß"), Vec::<&str>::new());
    }

    #[test]
    fn blank_queries_are_none() {
        assert!(Query::new("").is_none());
        assert!(Query::new("  ").is_none());
        assert!(Query::new("x").unwrap().is_in("XY"));
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_to_ascii_lists_every_such_character() {
        let mut found = Vec::new();
        for c in (0x80..=0x10_FFFF).filter_map(char::from_u32) {
            let mut f = Vec::new();
            fold(c, &mut f);
            if f.iter().any(char::is_ascii) {
                found.push(c.to_string());
            }
        }
        let mut listed: Vec<String> = FOLDS_TO_ASCII.iter().map(|s| (*s).to_string()).collect();
        listed.sort();
        found.sort();
        assert_eq!(found, listed);
    }

    #[test]
    fn modes() {
        let q = Query::new("strasse").unwrap();
        assert_eq!(q.mode("Die Strasse"), Mode::AsciiFold);
        assert_eq!(q.mode("Die Straße"), Mode::Unicode);
        assert_eq!(Query::new("Port").unwrap().mode("x"), Mode::Exact);
        assert_eq!(Query::new("école").unwrap().mode("x"), Mode::Unicode);
        assert_eq!(find_ascii_fold(b"xxPoRt", b"port"), Some(2));
        assert_eq!(find_ascii_fold(b"xxPoR", b"port"), None);
        assert_eq!(find_ascii_fold(b"pop port", b"port"), Some(4));
    }

    fn slow_all(q: &Query, hay: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(r) = hay.get(from..).and_then(|rest| q.first_unicode(rest)) {
            out.push(from + r.start..from + r.end);
            from += r.end;
        }
        out
    }

    proptest! {
        #[test]
        fn fast_paths_find_what_folding_finds(
            hay in "[aAsSkKiIoO ßẞſ\u{212a}\u{130}éÉ’.]{0,40}",
            needle in "[aAsSkKiIoO ßéÉ]{1,4}",
        ) {
            if let Some(q) = Query::new(&needle) {
                prop_assert_eq!(q.find_all(&hay), slow_all(&q, &hay));
                prop_assert_eq!(q.first(&hay), q.first_unicode(&hay));
            }
        }
    }
}
