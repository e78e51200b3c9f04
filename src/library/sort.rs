//! List order: newest first when dates are known, then by title.

use std::cmp::Ordering;

use super::Entry;
use crate::config::{Sort, SortKey};

/// Compare two entries for the list. Entries without the key (no date, no source)
/// come after those with it, whatever the direction.
pub fn compare(a: &Entry, b: &Entry, sort: Sort) -> Ordering {
    let by_title = || {
        a.title()
            .to_lowercase()
            .cmp(&b.title().to_lowercase())
            .then_with(|| a.path.cmp(&b.path))
    };
    let date = |e: &Entry| e.meta.as_ref().and_then(|m| m.date);
    let keyed = |x: Option<Ordering>| match x {
        Some(o) if sort.descending => o.reverse(),
        Some(o) => o,
        None => Ordering::Equal,
    };
    match sort.key {
        SortKey::Date => match (date(a), date(b)) {
            (Some(x), Some(y)) => keyed(Some(x.cmp(&y))).then_with(by_title),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => by_title(),
        },
        SortKey::Title => {
            let o = by_title();
            if sort.descending { o.reverse() } else { o }
        }
        SortKey::Source => match (source(a), source(b)) {
            (Some(x), Some(y)) => {
                keyed(Some(x.to_lowercase().cmp(&y.to_lowercase()))).then_with(by_title)
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => by_title(),
        },
    }
}

/// Entry indices in list order.
pub fn order(entries: &[Entry], sort: Sort) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..entries.len()).collect();
    idx.sort_by(|&i, &j| match (entries.get(i), entries.get(j)) {
        (Some(a), Some(b)) => compare(a, b, sort),
        _ => Ordering::Equal,
    });
    idx
}

fn source(e: &Entry) -> Option<&str> {
    e.meta.as_ref().and_then(|m| m.source.as_deref())
}
