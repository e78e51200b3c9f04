//! Which person each quotation is: the merge rules of [`super`] (a bare
//! surname, or an initial and a surname, joins the one full name with that
//! surname in its article, else in the whole set), worked on numbered
//! speakers and keys.

use std::collections::HashMap;

use super::build::{Mention, Speaker};
use super::name::Name;

/// The key (an index into `keys`) of the person each mention is, in order.
pub(super) fn resolve(mentions: &[Mention], speakers: &[Speaker], keys: &[String]) -> Vec<usize> {
    // Full names (their keys) per surname in the whole set: every speaker
    // here has a mention.
    let mut library: HashMap<&str, Vec<usize>, foldhash::fast::RandomState> = HashMap::default();
    for s in speakers {
        if let Name::Full { surname, .. } = &s.read.name {
            let keys = library.entry(surname.as_str()).or_default();
            if !keys.contains(&s.own) {
                keys.push(s.own);
            }
        }
    }
    // The mentions article by article (in order already when each article
    // comes once, as from `gather`).
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    if !mentions.is_sorted_by_key(|m| m.article) {
        order.sort_by_key(|&i| mentions[i].article);
    }
    let mut out = vec![0; mentions.len()];
    for group in order.chunk_by(|&a, &b| mentions[a].article == mentions[b].article) {
        // The article's full names: (surname, key), sorted, each once.
        let mut fulls: Vec<(&str, usize)> = group
            .iter()
            .filter_map(|&i| {
                let s = &speakers[mentions[i].speaker];
                match &s.read.name {
                    Name::Full { surname, .. } => Some((surname.as_str(), s.own)),
                    _ => None,
                }
            })
            .collect();
        fulls.sort_unstable();
        fulls.dedup();
        for &i in group {
            let s = &speakers[mentions[i].speaker];
            let (initial, surname) = match &s.read.name {
                Name::Bare { surname } => (None, surname.as_str()),
                Name::Initialled { initial, surname } => (Some(*initial), surname.as_str()),
                Name::Full { .. } | Name::Other { .. } => {
                    out[i] = s.own;
                    continue;
                }
            };
            // The article's full names with this surname decide when it has any.
            let lo = fulls.partition_point(|(f, _)| *f < surname);
            let hi = lo + fulls[lo..].partition_point(|(f, _)| *f == surname);
            let only = match (&fulls[lo..hi], library.get(surname).map(Vec::as_slice)) {
                ([(_, only)], _) | ([], Some([only])) => *only,
                _ => s.own,
            };
            // A full name's key is `p:` and its folded words: the initial must
            // be its first given name's.
            out[i] = match initial {
                Some(c)
                    if !keys[only]
                        .strip_prefix("p:")
                        .is_some_and(|k| k.starts_with(c)) =>
                {
                    s.own
                }
                _ => only,
            };
        }
    }
    out
}
