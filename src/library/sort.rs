//! List order: newest first when dates are known, then by title.
//!
//! Keys are computed once per entry (title and source collated: see
//! [`collation_key`]), not once per comparison. As heads arrive for 10,000 entries, [`Sorted`] merges the
//! entries that changed into the order instead of sorting everything again.

use std::cmp::{Ordering, Reverse};

use super::Entry;
use crate::article::Date;
use crate::config::{Sort, SortKey};

/// What an entry is sorted by (and its path, from the entry, on a tie).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Keys {
    /// `None` sorts after every `Some`, in either direction.
    primary: Option<Primary>,
    title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Primary {
    Date(Date),
    NewestFirst(Reverse<Date>),
    Text(String),
    TextDescending(Reverse<String>),
}

/// A title or source as it is compared: lower case, with the accents and other
/// marks of Latin letters removed (nucleo-matcher's table, the one the list
/// filter matches with), so "À Lyon" sorts with the a's and "Tromsø" with the
/// t's. Equal keys ("a" and "à") go by path.
fn collation_key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(nucleo_matcher::chars::normalize)
        .collect()
}

fn keys(e: &Entry, sort: Sort) -> Keys {
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
            let s = collation_key(s);
            if sort.descending {
                Primary::TextDescending(Reverse(s))
            } else {
                Primary::Text(s)
            }
        }),
        SortKey::Title => None,
    };
    Keys {
        primary,
        title: collation_key(&e.title()),
    }
}

/// Compare entries `i` and `j` by their keys: entries without the primary key
/// come last; ties go by path, then by index.
fn compare(entries: &[Entry], keys: &[Keys], i: usize, j: usize, sort: Sort) -> Ordering {
    let (Some(a), Some(b)) = (keys.get(i), keys.get(j)) else {
        return Ordering::Equal;
    };
    let primary = match (&a.primary, &b.primary) {
        (Some(first), Some(second)) => first.cmp(second),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    // Byte order (a total order, cheaper than comparing path components).
    let path = |k: usize| {
        entries
            .get(k)
            .map(|e| e.path.as_os_str().as_encoded_bytes())
    };
    let title = a.title.cmp(&b.title).then_with(|| path(i).cmp(&path(j)));
    let title = if sort.key == SortKey::Title && sort.descending {
        title.reverse()
    } else {
        title
    };
    // The same shown path twice (two folders): index order, as a stable sort.
    primary.then(title).then(i.cmp(&j))
}

/// Entry indices in list order.
pub fn order(entries: &[Entry], sort: Sort) -> Vec<usize> {
    Sorted::default().all(entries, sort).to_vec()
}

/// Every entry in list order, kept up to date as heads arrive: each entry's
/// keys are computed once, when it changes.
#[derive(Debug, Clone, Default)]
pub struct Sorted {
    order: Vec<usize>,
    keys: Vec<Keys>,
    by: Option<Sort>,
    /// Entries whose keys changed outside a batch, merged with the next one.
    stale: Vec<usize>,
}

impl Sorted {
    /// Sort every entry again.
    pub fn all(&mut self, entries: &[Entry], sort: Sort) -> &[usize] {
        self.keys = entries.iter().map(|e| keys(e, sort)).collect();
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_unstable_by(|&i, &j| compare(entries, &self.keys, i, j, sort));
        self.order = order;
        self.by = Some(sort);
        self.stale.clear();
        &self.order
    }

    /// Entry `i`'s keys changed: it moves with the next [`Sorted::changed`].
    pub(crate) fn stale(&mut self, i: usize) {
        self.stale.push(i);
    }

    /// Only the entries in `changed` have new keys since the last call: they
    /// are taken out, sorted, and merged back in (linear in the list, where
    /// sorting it all again is `n log n` comparisons). The result is the same
    /// as [`Sorted::all`]'s.
    pub fn changed(&mut self, entries: &[Entry], changed: &[usize], sort: Sort) -> &[usize] {
        if self.by != Some(sort) || self.order.len() != entries.len() {
            return self.all(entries, sort);
        }
        let mut moved = vec![false; entries.len()];
        let mut new = Vec::with_capacity(changed.len());
        let stale = std::mem::take(&mut self.stale);
        for &i in changed.iter().chain(&stale) {
            if let (Some(m), Some(e), Some(k)) =
                (moved.get_mut(i), entries.get(i), self.keys.get_mut(i))
                && !*m
            {
                *m = true;
                *k = keys(e, sort);
                new.push(i);
            }
        }
        let keys = &self.keys;
        new.sort_unstable_by(|&i, &j| compare(entries, keys, i, j, sort));
        let mut merged = Vec::with_capacity(entries.len());
        let mut new = new.into_iter().peekable();
        for &i in &self.order {
            if moved.get(i).copied().unwrap_or(true) {
                continue;
            }
            while let Some(j) = new.next_if(|&j| compare(entries, keys, j, i, sort).is_lt()) {
                merged.push(j);
            }
            merged.push(i);
        }
        merged.extend(new);
        self.order = merged;
        &self.order
    }
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
            .map(|i| entries[i].title().into_owned())
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
    fn titles_and_sources_sort_ignoring_accents_and_case() {
        let e = [
            entry("Tromsø caps aurora tours", None, Some("Øresund Post")),
            entry("À Lyon, les traboules", None, Some("agence")),
            entry("zurich swims", None, Some("Zeitung")),
            entry("Émile's bakery", None, Some("Écho")),
        ];
        let title = Sort {
            key: SortKey::Title,
            descending: false,
        };
        assert_eq!(
            titles(&e, title),
            [
                "À Lyon, les traboules",
                "Émile's bakery",
                "Tromsø caps aurora tours",
                "zurich swims"
            ]
        );
        let source = Sort {
            key: SortKey::Source,
            descending: false,
        };
        assert_eq!(
            titles(&e, source),
            [
                "À Lyon, les traboules",
                "Émile's bakery",
                "Tromsø caps aurora tours",
                "zurich swims"
            ]
        );
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

    fn sort_strategy() -> impl Strategy<Value = Sort> {
        (
            prop_oneof![
                Just(SortKey::Date),
                Just(SortKey::Title),
                Just(SortKey::Source)
            ],
            any::<bool>(),
        )
            .prop_map(|(key, descending)| Sort { key, descending })
    }

    fn meta_strategy() -> impl Strategy<Value = Option<Meta>> {
        proptest::option::of((
            "[aAbBé ]{0,3}",
            proptest::option::of((2024..2027i32, 1..3u8)),
            proptest::option::of("[xXy]{0,2}"),
        ))
        .prop_map(|m| {
            m.map(|(title, date, source)| entry(&title, date, source.as_deref()).meta.unwrap())
        })
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn merging_the_changed_entries_gives_the_full_sort(
            names in proptest::collection::vec("[aAb]{1,2}", 0..24),
            batches in proptest::collection::vec(
                proptest::collection::vec((0..24usize, meta_strategy(), any::<bool>()), 0..8),
                1..5,
            ),
            sort in sort_strategy(),
        ) {
            let mut entries: Vec<Entry> = names
                .iter()
                .map(|n| Entry::new(format!("{n}.txt").into(), Source::Embedded(b""), 0))
                .collect();
            let mut sorted = Sorted::default();
            sorted.all(&entries, sort);
            for batch in batches {
                let mut changed = Vec::new();
                for (i, meta, outside_a_batch) in batch {
                    if let Some(e) = entries.get_mut(i) {
                        e.meta = meta;
                        if outside_a_batch {
                            sorted.stale(i);
                        } else {
                            changed.push(i);
                        }
                    }
                }
                let merged = sorted.changed(&entries, &changed, sort).to_vec();
                prop_assert_eq!(merged, order(&entries, sort));
            }
        }
    }
}
