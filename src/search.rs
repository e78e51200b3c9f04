//! Text search with smart case: case-insensitive unless the query has a capital.
//!
//! Case-insensitive matching folds both sides with Unicode lower-casing plus the
//! few full case-folding rules lower-casing misses (`ß` = `ss`, final `ς` = `σ`,
//! long `ſ` = `s`), so "strasse" finds "Straße" and "οδος" finds "ΟΔΟΣ".

use std::ops::Range;

/// A compiled query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    needle: Vec<char>,
    case_sensitive: bool,
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
        Some(Self {
            needle,
            case_sensitive,
        })
    }

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
    pub fn find_all(&self, hay: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(r) = hay.get(from..).and_then(|rest| self.first(rest)) {
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
