//! List order: newest first when dates are known, then by title.
//!
//! Keys are computed once per entry (title and source collated, the filter's
//! text when it is first needed: see [`keys`]), not once per comparison nor
//! per re-sort. As heads arrive for 100,000 entries, [`Sorted`] merges the
//! entries that changed into the order instead of sorting everything again;
//! a re-sort by another key (`t`) compares one number per entry
//! ([`keys::Ranks`]).

mod keys;

use nucleo_matcher::Utf32String;

use super::Entry;
use crate::config::Sort;
pub(crate) use keys::haystack;
use keys::{Keys, Ranks, compare};

/// The last [`Sorted::generation`] given, by any `Sorted`: a generation is
/// never given twice, so that nothing filtered with one `Sorted`'s keys is
/// taken for another's.
static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

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
    /// The text keys as numbers, until a key changes.
    ranks: Option<Ranks>,
    by: Option<Sort>,
    /// Entries whose keys changed outside a batch, merged with the next one.
    stale: Vec<usize>,
    /// Changes with the keys (unique among all `Sorted`s, 0 before any):
    /// what was filtered with older keys is not reused.
    generation: u64,
    /// The order was given ([`Sorted::adopt`]): the keys are made when
    /// first needed.
    keys_due: bool,
}

impl Sorted {
    /// `n` entries already in `sort`'s order (as the heads cache keeps
    /// them): the list is shown without making a key, and the keys are made
    /// the first time a change, another sort or the filter needs them.
    pub fn adopt(&mut self, n: usize, sort: Sort) {
        self.order = (0..n).collect();
        self.keys = Vec::new();
        self.keys_due = true;
        self.by = Some(sort);
        self.stale.clear();
        self.keys_changed();
    }

    /// The keys of an adopted order, made now if not yet.
    fn keys_made(&mut self, entries: &[Entry]) {
        if std::mem::take(&mut self.keys_due) {
            self.keys = entries.iter().map(Keys::of).collect();
            self.keys_changed();
        }
    }

    /// Every entry's keys made again, and sorted.
    pub fn all(&mut self, entries: &[Entry], sort: Sort) -> &[usize] {
        self.keys_due = false;
        self.keys = entries.iter().map(Keys::of).collect();
        self.keys_changed();
        self.stale.clear();
        self.sort_by_ranks(entries, sort)
    }

    /// Sorted by `sort` with the keys as they are (but for the stale
    /// entries'): no key is made again for a new order (`t`, `T`) or when
    /// only the filters changed. Like [`Sorted::all`] when the entries are
    /// not those last sorted.
    pub fn resort(&mut self, entries: &[Entry], sort: Sort) -> &[usize] {
        if self.keys_due
            && self.by == Some(sort)
            && self.stale.is_empty()
            && self.order.len() == entries.len()
        {
            return &self.order;
        }
        self.keys_made(entries);
        if self.keys.len() != entries.len() || self.by.is_none() {
            return self.all(entries, sort);
        }
        if !self.stale.is_empty() {
            if self.by == Some(sort) {
                return self.changed(entries, &[], sort);
            }
            for i in std::mem::take(&mut self.stale) {
                if let (Some(k), Some(e)) = (self.keys.get_mut(i), entries.get(i)) {
                    *k = Keys::of(e);
                }
            }
            self.keys_changed();
        }
        if self.by == Some(sort) {
            return &self.order;
        }
        self.sort_by_ranks(entries, sort)
    }

    fn keys_changed(&mut self) {
        self.ranks = None;
        self.generation = GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    }

    fn sort_by_ranks(&mut self, entries: &[Entry], sort: Sort) -> &[usize] {
        let ranks = self
            .ranks
            .get_or_insert_with(|| Ranks::of(entries, &self.keys));
        let mut keyed: Vec<(u128, usize)> = (0..self.keys.len())
            .map(|i| (ranks.key(&self.keys, i, sort), i))
            .collect();
        keyed.sort_unstable_by_key(|&(k, _)| k);
        self.order = keyed.into_iter().map(|(_, i)| i).collect();
        self.by = Some(sort);
        &self.order
    }

    /// Entry `i`'s keys changed: it moves with the next [`Sorted::changed`]
    /// (or [`Sorted::resort`]).
    pub(crate) fn stale(&mut self, i: usize) {
        self.stale.push(i);
    }

    /// Only the entries in `changed` have new keys since the last call: they
    /// are taken out, sorted, and merged back in (linear in the list, where
    /// sorting it all again is `n log n` comparisons). The result is the same
    /// as [`Sorted::all`]'s.
    pub fn changed(&mut self, entries: &[Entry], changed: &[usize], sort: Sort) -> &[usize] {
        self.keys_made(entries);
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
                *k = Keys::of(e);
                new.push(i);
            }
        }
        if new.is_empty() {
            return &self.order;
        }
        self.keys_changed();
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

    /// Every one of `n` entries in the order of the sort returned, when
    /// nothing has changed since it was sorted (`None` otherwise).
    pub fn settled(&self, n: usize) -> Option<(&[usize], Sort)> {
        let sort = self.by?;
        (self.stale.is_empty() && self.order.len() == n).then_some((&self.order, sort))
    }

    /// A number that changes whenever any entry's keys (and so its filter
    /// text) may have changed.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Entry `i`'s filter text (title, source, kicker), made the first time
    /// it is asked for and kept with its keys.
    pub fn haystack(&mut self, entries: &[Entry], i: usize) -> Option<&Utf32String> {
        self.keys_made(entries);
        let k = self.keys.get_mut(i)?;
        if k.haystack.is_none() {
            k.haystack = Some(keys::utf32(keys::haystack(entries.get(i)?)));
        }
        k.haystack.as_ref()
    }
}

#[cfg(test)]
mod tests;
