//! List order: newest first when dates are known, then by title.
//!
//! Keys are computed once per entry, not once per comparison, and without
//! allocating for ASCII text (compared lower-cased on the fly): the list is
//! re-sorted as heads arrive, for 10,000 entries.

use std::cmp::Ordering;

use super::Entry;
use crate::article::Date;
use crate::config::{Sort, SortKey};

/// Text compared as its lower case.
#[derive(Debug)]
enum Folded<'a> {
    /// ASCII: lower-cased byte by byte while comparing.
    Ascii(&'a str),
    /// Anything else, lower-cased once.
    Lower(String),
}

impl<'a> Folded<'a> {
    fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            Folded::Ascii(text)
        } else {
            Folded::Lower(text.to_lowercase())
        }
    }

    /// The same order as comparing `to_lowercase()` strings.
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Folded::Lower(a), Folded::Lower(b)) => a.cmp(b),
            _ => self.bytes().cmp(other.bytes()),
        }
    }

    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        let (ascii, lower) = match self {
            Folded::Ascii(s) => (s.as_bytes(), &b""[..]),
            Folded::Lower(s) => (&b""[..], s.as_bytes()),
        };
        ascii
            .iter()
            .map(u8::to_ascii_lowercase)
            .chain(lower.iter().copied())
    }
}

/// What an entry is sorted by, computed once.
#[derive(Debug)]
struct SortKeys<'a> {
    /// `None` sorts after every `Some`, in either direction.
    primary: Option<Primary<'a>>,
    title: Folded<'a>,
    path: &'a std::path::Path,
}

#[derive(Debug)]
enum Primary<'a> {
    Date(Date),
    Text(Folded<'a>),
}

fn keys(e: &Entry, sort: Sort) -> SortKeys<'_> {
    let meta = e.meta.as_ref();
    let primary = match sort.key {
        SortKey::Date => meta.and_then(|m| m.date).map(Primary::Date),
        SortKey::Source => meta
            .and_then(|m| m.source.as_deref())
            .map(|s| Primary::Text(Folded::new(s))),
        SortKey::Title => None,
    };
    // As `Entry::title`, borrowed.
    let title = match meta {
        Some(m) if !m.title.trim().is_empty() => Folded::new(&m.title),
        _ => match e.path.file_stem().map(|s| s.to_string_lossy()) {
            Some(std::borrow::Cow::Borrowed(s)) => Folded::new(s),
            Some(std::borrow::Cow::Owned(s)) => Folded::Lower(s.to_lowercase()),
            None => Folded::Ascii(""),
        },
    };
    SortKeys {
        primary,
        title,
        path: &e.path,
    }
}

/// Compare two keys: entries without the primary key come last.
fn compare(a: &SortKeys<'_>, b: &SortKeys<'_>, sort: Sort) -> Ordering {
    let primary = match (&a.primary, &b.primary) {
        (Some(x), Some(y)) => {
            let ascending = match (x, y) {
                (Primary::Date(x), Primary::Date(y)) => x.cmp(y),
                (Primary::Text(x), Primary::Text(y)) => x.cmp(y),
                _ => Ordering::Equal,
            };
            if sort.descending {
                ascending.reverse()
            } else {
                ascending
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    if primary != Ordering::Equal {
        return primary;
    }
    let title = a.title.cmp(&b.title).then_with(|| a.path.cmp(b.path));
    if sort.key == SortKey::Title && sort.descending {
        title.reverse()
    } else {
        title
    }
}

/// Entry indices in list order.
pub fn order(entries: &[Entry], sort: Sort) -> Vec<usize> {
    let keyed: Vec<SortKeys<'_>> = entries.iter().map(|e| keys(e, sort)).collect();
    let mut idx: Vec<usize> = (0..entries.len()).collect();
    idx.sort_by(|&i, &j| match (keyed.get(i), keyed.get(j)) {
        (Some(a), Some(b)) => compare(a, b, sort),
        _ => Ordering::Equal,
    });
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Meta;
    use crate::library::Source;

    fn entry(title: &str, date: Option<(i32, u8)>, source: Option<&str>) -> Entry {
        let mut e = Entry::new(format!("{title}.txt").into(), Source::Embedded(b""), 0);
        e.meta = Some(Meta {
            title: title.into(),
            date: date.map(|(year, month)| Date {
                year,
                month,
                day: 1,
            }),
            source: source.map(str::to_string),
            ..Meta::default()
        });
        e
    }

    fn titles(entries: &[Entry], sort: Sort) -> Vec<String> {
        order(entries, sort)
            .into_iter()
            .map(|i| entries[i].title())
            .collect()
    }

    #[test]
    fn newest_first_then_undated_by_title() {
        let e = [
            entry("b undated", None, None),
            entry("old", Some((2025, 1)), None),
            entry("new", Some((2026, 5)), None),
            entry("A undated", None, None),
        ];
        let sort = Sort::default();
        assert_eq!(titles(&e, sort), ["new", "old", "A undated", "b undated"]);
        let oldest = Sort {
            key: SortKey::Date,
            descending: false,
        };
        assert_eq!(titles(&e, oldest), ["old", "new", "A undated", "b undated"]);
    }

    #[test]
    fn by_title_and_by_source_ignore_case() {
        let e = [
            entry("beta", None, Some("Zed")),
            entry("Alpha", None, Some("agency")),
            entry("gamma", None, None),
        ];
        let title = Sort {
            key: SortKey::Title,
            descending: false,
        };
        assert_eq!(titles(&e, title), ["Alpha", "beta", "gamma"]);
        let title_desc = Sort {
            key: SortKey::Title,
            descending: true,
        };
        assert_eq!(titles(&e, title_desc), ["gamma", "beta", "Alpha"]);
        let source = Sort {
            key: SortKey::Source,
            descending: false,
        };
        assert_eq!(titles(&e, source), ["Alpha", "beta", "gamma"]);
        let source_desc = Sort {
            key: SortKey::Source,
            descending: true,
        };
        assert_eq!(titles(&e, source_desc), ["beta", "Alpha", "gamma"]);
    }

    #[test]
    fn folded_text_orders_as_its_lower_case() {
        let words = [
            "alpha",
            "Alpha",
            "ALPHA",
            "alphabet",
            "Émile",
            "émile",
            "Zed",
            "zed",
            "Ærø",
            "ΟΔΟΣ",
            "οδος",
            "",
            "a",
            "B",
            "straße",
            "STRASSE",
            "İstanbul",
            "istanbul",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    Folded::new(a).cmp(&Folded::new(b)),
                    a.to_lowercase().cmp(&b.to_lowercase()),
                    "{a} vs {b}"
                );
            }
        }
    }

    #[test]
    fn untitled_entries_sort_by_file_name_ignoring_case() {
        let mut e = [
            Entry::new("b.txt".into(), Source::Embedded(b""), 0),
            Entry::new("A.txt".into(), Source::Embedded(b""), 0),
            Entry::new("Émile.txt".into(), Source::Embedded(b""), 0),
        ];
        e[0].meta = Some(Meta::default());
        assert_eq!(titles(&e, Sort::default()), ["A", "b", "Émile"]);
    }
}
