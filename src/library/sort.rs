//! List order: newest first when dates are known, then by title.
//!
//! Keys are computed once per entry (lower-cased title and source), not once
//! per comparison: the list is re-sorted as heads arrive, for 10,000 entries.

use std::cmp::{Ordering, Reverse};

use super::Entry;
use crate::article::Date;
use crate::config::{Sort, SortKey};

/// What an entry is sorted by, computed once.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct SortKeys<'a> {
    /// `None` sorts after every `Some`, in either direction.
    primary: Option<Primary>,
    title: String,
    path: &'a std::path::Path,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Primary {
    Date(Date),
    NewestFirst(Reverse<Date>),
    Text(String),
    TextDescending(Reverse<String>),
}

fn keys(e: &Entry, sort: Sort) -> SortKeys<'_> {
    let meta = e.meta.as_ref();
    let primary = match sort.key {
        SortKey::Date => meta.and_then(|m| m.date).map(|d| {
            if sort.descending {
                Primary::NewestFirst(Reverse(d))
            } else {
                Primary::Date(d)
            }
        }),
        SortKey::Source => meta.and_then(|m| m.source.as_deref()).map(|s| {
            let s = s.to_lowercase();
            if sort.descending {
                Primary::TextDescending(Reverse(s))
            } else {
                Primary::Text(s)
            }
        }),
        SortKey::Title => None,
    };
    SortKeys {
        primary,
        title: e.title().to_lowercase(),
        path: &e.path,
    }
}

/// Compare two keys: entries without the primary key come last.
fn compare(a: &SortKeys<'_>, b: &SortKeys<'_>, sort: Sort) -> Ordering {
    let primary = match (&a.primary, &b.primary) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let title = (&a.title, a.path).cmp(&(&b.title, b.path));
    let title = if sort.key == SortKey::Title && sort.descending {
        title.reverse()
    } else {
        title
    };
    primary.then(title)
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
