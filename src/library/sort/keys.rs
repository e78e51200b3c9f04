//! What an entry is sorted and filtered by, made once per entry (when its head
//! changes), whatever the sort; and [`Ranks`]: integers that stand for the
//! text keys of every entry, so that a re-sort (`t`) compares numbers.

use std::cmp::Ordering;

use nucleo_matcher::Utf32String;

use crate::article::Date;
use crate::config::{Sort, SortKey};
use crate::library::Entry;

/// One entry's keys, for every sort.
#[derive(Debug, Clone, Default)]
pub(super) struct Keys {
    pub date: Option<Date>,
    /// The source, collated ([`collation_key`]).
    pub source: Option<Box<str>>,
    /// The title (or file name), collated.
    pub title: Box<str>,
    /// The title's first 8 bytes as a number ([`prefix`]): most titles differ
    /// there, and comparing them does not read the titles themselves (each
    /// in its own allocation, as 100,000 heads are merged into the order).
    pub title_prefix: u64,
    /// What the list filter matches: made when the filter first needs it.
    pub haystack: Option<Utf32String>,
}

impl Keys {
    pub fn of(e: &Entry) -> Self {
        let meta = e.meta.as_ref();
        let title = collation_key(&e.title()).into_boxed_str();
        Self {
            title_prefix: prefix(&title),
            date: meta.and_then(|m| m.date),
            source: meta
                .and_then(|m| m.source.as_deref())
                .map(|s| collation_key(s).into_boxed_str()),
            title,
            haystack: None,
        }
    }

    /// By title: the same order as the titles' own.
    fn cmp_title(&self, other: &Self) -> Ordering {
        self.title_prefix
            .cmp(&other.title_prefix)
            .then_with(|| self.title.cmp(&other.title))
    }
}

/// The first 8 bytes of `s`, big-endian, padded with zeros: when two differ,
/// they are in the order of the strings (a zero is the least byte).
fn prefix(s: &str) -> u64 {
    let mut bytes = [0u8; 8];
    for (b, s) in bytes.iter_mut().zip(s.as_bytes()) {
        *b = *s;
    }
    u64::from_be_bytes(bytes)
}

/// A title or source as it is compared: lower case, with the accents and other
/// marks of Latin letters removed (nucleo-matcher's table, the one the list
/// filter matches with), so "À Lyon" sorts with the a's and "Tromsø" with the
/// t's. Equal keys ("a" and "à") go by path. ASCII text (most titles) is
/// lowered byte by byte: the table leaves ASCII as it is.
fn collation_key(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .flat_map(char::to_lowercase)
        .map(nucleo_matcher::chars::normalize)
        .collect()
}

/// The text the list filter matches against: title, source and kicker.
pub(crate) fn haystack(e: &Entry) -> String {
    let mut s = e.title().into_owned();
    if let Some(m) = &e.meta {
        for extra in [&m.source, &m.kicker].into_iter().flatten() {
            s.push(' ');
            s.push_str(extra);
        }
    }
    s
}

/// `s` as nucleo's `Utf32Str::new` sees it (the filter's matcher), kept:
/// ASCII as it is, else its graphemes' first characters, but the text as it
/// is when those are all ASCII (as `Utf32Str::new` does), so that scores are
/// those of matching the text itself.
pub(super) fn utf32(s: String) -> Utf32String {
    if s.is_ascii() {
        return Utf32String::Ascii(s.into_boxed_str());
    }
    let chars: Box<[char]> = nucleo_matcher::chars::graphemes(&s).collect();
    if chars.iter().all(char::is_ascii) {
        Utf32String::Ascii(s.into_boxed_str())
    } else {
        Utf32String::Unicode(chars)
    }
}

/// The path's bytes: the tie-break after the title (a total order, cheaper
/// than comparing path components).
fn path(entries: &[Entry], k: usize) -> Option<&[u8]> {
    entries
        .get(k)
        .map(|e| e.path.as_os_str().as_encoded_bytes())
}

/// `a` and `b` where both are known, in the order asked; the unknown last in
/// either direction.
fn known_first<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(&a),
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Compare entries `i` and `j` by their keys: entries without the primary key
/// come last; ties go by title, then path (both reversed for title Z to A),
/// then index.
pub(super) fn compare(
    entries: &[Entry],
    keys: &[Keys],
    i: usize,
    j: usize,
    sort: Sort,
) -> Ordering {
    let (Some(a), Some(b)) = (keys.get(i), keys.get(j)) else {
        return Ordering::Equal;
    };
    let primary = match sort.key {
        SortKey::Date => known_first(a.date, b.date, sort.descending),
        SortKey::Source => known_first(a.source.as_deref(), b.source.as_deref(), sort.descending),
        SortKey::Title => Ordering::Equal,
    };
    let title = || {
        let by_title = a
            .cmp_title(b)
            .then_with(|| path(entries, i).cmp(&path(entries, j)));
        if sort.key == SortKey::Title && sort.descending {
            by_title.reverse()
        } else {
            by_title
        }
    };
    // The same shown path twice (two folders): index order, as a stable sort.
    primary.then_with(title).then(i.cmp(&j))
}

/// Numbers for the text keys of every entry: equal keys, equal numbers, in
/// the keys' order. Made with one sort of the titles; every sort after that
/// compares one `u128` per entry ([`Ranks::key`]).
#[derive(Debug, Clone, Default)]
pub(super) struct Ranks {
    /// Per entry: its (title, path) among all.
    title: Vec<u32>,
    /// Per entry: its source among the sources, `None` without one.
    source: Vec<Option<u32>>,
}

fn rank(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Ranks {
    pub fn of(entries: &[Entry], keys: &[Keys]) -> Self {
        let mut by_title: Vec<usize> = (0..keys.len()).collect();
        let same = |i: usize, j: usize| {
            let by_title = match (keys.get(i), keys.get(j)) {
                (Some(a), Some(b)) => a.cmp_title(b),
                (a, b) => a.is_some().cmp(&b.is_some()),
            };
            by_title.then_with(|| path(entries, i).cmp(&path(entries, j)))
        };
        by_title.sort_unstable_by(|&i, &j| same(i, j));
        let mut title = vec![0; keys.len()];
        let mut at = 0;
        for (n, pair) in by_title.iter().enumerate() {
            if n > 0
                && let Some(&before) = by_title.get(n - 1)
                && same(before, *pair).is_ne()
            {
                at += 1;
            }
            if let Some(r) = title.get_mut(*pair) {
                *r = rank(at);
            }
        }
        let mut sources: Vec<&str> = keys.iter().filter_map(|k| k.source.as_deref()).collect();
        sources.sort_unstable();
        sources.dedup();
        let source = keys
            .iter()
            .map(|k| {
                let s = k.source.as_deref()?;
                sources.binary_search(&s).ok().map(rank)
            })
            .collect();
        Self { title, source }
    }

    /// Entry `i`'s place in `sort` as one number (smaller first), the same
    /// order as [`compare`]: whether the primary key is missing (1 bit), the
    /// primary key (63), the title's rank (32), the index (32).
    pub fn key(&self, keys: &[Keys], i: usize, sort: Sort) -> u128 {
        const MISSING: u128 = 1 << 127;
        const LOW_63: u64 = (1 << 63) - 1;
        let flip = |v: u64| if sort.descending { LOW_63 - v } else { v };
        let primary = match sort.key {
            SortKey::Date => keys.get(i).and_then(|k| k.date).map(|d| {
                // The year made unsigned, then month and day: 48 bits.
                let year = u64::from(d.year.cast_unsigned() ^ (1 << 31));
                flip((year << 16) | (u64::from(d.month) << 8) | u64::from(d.day))
            }),
            SortKey::Source => self
                .source
                .get(i)
                .copied()
                .flatten()
                .map(|r| flip(u64::from(r))),
            SortKey::Title => Some(0),
        };
        let primary = primary.map_or(MISSING, |p| u128::from(p) << 64);
        let title = self.title.get(i).copied().unwrap_or(u32::MAX);
        let title = if sort.key == SortKey::Title && sort.descending {
            u32::MAX - title
        } else {
            title
        };
        primary | (u128::from(title) << 32) | u128::from(rank(i))
    }
}

#[cfg(test)]
mod tests {
    use super::{Keys, collation_key, prefix};

    /// Titles compared by their prefixes first are in the titles' order.
    #[test]
    fn prefixes_keep_the_order_of_titles() {
        let titles = [
            "",
            "a",
            "ab",
            "ab\0",
            "ab\0c",
            "abcdefgh",
            "abcdefgh",
            "abcdefghi",
            "abcdefgz",
            "b",
            "é",
            "\u{10ffff}",
        ];
        let keys: Vec<Keys> = titles
            .iter()
            .map(|t| Keys {
                title: (*t).into(),
                title_prefix: prefix(t),
                ..Keys::default()
            })
            .collect();
        for a in &keys {
            for b in &keys {
                assert_eq!(
                    a.cmp_title(b),
                    a.title.cmp(&b.title),
                    "{} {}",
                    a.title,
                    b.title
                );
            }
        }
    }

    /// The ASCII shortcut gives what the full fold gives.
    #[test]
    fn ascii_is_lowered_as_the_full_fold_would() {
        let full = |s: &str| -> String {
            s.chars()
                .flat_map(char::to_lowercase)
                .map(nucleo_matcher::chars::normalize)
                .collect()
        };
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(collation_key(&ascii), full(&ascii));
        assert_eq!(collation_key("À Lyon"), "a lyon");
        assert_eq!(collation_key("Tromsø"), full("Tromsø"));
    }
}
