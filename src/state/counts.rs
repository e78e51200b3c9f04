//! The counts the list's title shows (articles, unread, skipped, heads still
//! to read), kept as marks and heads change: a frame reads them, it never
//! counts the entries.

use super::State;
use crate::library::Entry;

/// Entries by what the title says of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Rows: every entry but those skipped by their head.
    pub listed: usize,
    /// Rows not read.
    pub unread: usize,
    /// Entries skipped by their head (the scan's are in `Library::skipped`).
    pub skipped: usize,
    /// Entries whose head has not been read yet (nor failed).
    pub pending: usize,
}

impl Counts {
    /// What one entry adds.
    fn of(e: &Entry) -> Self {
        Self {
            listed: usize::from(!e.skipped),
            unread: usize::from(!e.read && !e.skipped),
            skipped: usize::from(e.skipped),
            // A head comes with its hash; a title alone may come from the
            // whole article.
            pending: usize::from(e.hash.is_none() && e.error.is_none()),
        }
    }

    /// Every entry counted (when the whole library may have changed).
    pub fn count(entries: &[Entry]) -> Self {
        entries
            .iter()
            .fold(Self::default(), |n, e| n.with(Self::of(e)))
    }

    fn with(self, o: Self) -> Self {
        Self {
            listed: self.listed + o.listed,
            unread: self.unread + o.unread,
            skipped: self.skipped + o.skipped,
            pending: self.pending + o.pending,
        }
    }

    fn without(self, o: Self) -> Self {
        Self {
            listed: self.listed.saturating_sub(o.listed),
            unread: self.unread.saturating_sub(o.unread),
            skipped: self.skipped.saturating_sub(o.skipped),
            pending: self.pending.saturating_sub(o.pending),
        }
    }
}

impl State {
    /// Change entry `index` with `f`, keeping the counts (`None` if there is
    /// no such entry).
    pub(super) fn change_entry<R>(
        &mut self,
        index: usize,
        f: impl FnOnce(&mut Entry) -> R,
    ) -> Option<R> {
        let e = self.library.entries.get_mut(index)?;
        let before = Counts::of(e);
        let r = f(e);
        self.counts = self.counts.without(before).with(Counts::of(e));
        Some(r)
    }

    /// Number of unread articles.
    pub fn unread(&self) -> usize {
        self.counts.unread
    }

    /// Entries whose head has not been read yet (nor failed), with those
    /// still to come from the heads cache.
    pub(crate) fn heads_pending(&self) -> usize {
        self.counts.pending + self.coming
    }

    /// Rows, with the entries still to come from the heads cache.
    pub(crate) fn listed(&self) -> usize {
        self.counts.listed + self.coming
    }

    /// Files skipped: by the scan, and by their head.
    pub(crate) fn skipped_count(&self) -> usize {
        self.library.skipped.len() + self.counts.skipped
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::library::{Library, Skipped, Source};
    use crate::state::Settings;

    #[test]
    fn counts_kept_as_entries_change_are_those_counted_again() {
        let entries = (0..4)
            .map(|i| Entry::new(PathBuf::from(format!("{i}.txt")), Source::Embedded(b""), 1))
            .collect();
        let lib = Library {
            entries,
            skipped: vec![Skipped {
                path: "x.bin".into(),
                reason: "binary".into(),
            }],
            ..Library::default()
        };
        let mut s = State::new(lib, Settings::default());
        let fresh = |s: &State| Counts::count(&s.library.entries);
        assert_eq!(s.counts, fresh(&s));
        assert_eq!(
            (s.unread(), s.heads_pending(), s.skipped_count()),
            (4, 4, 1)
        );
        s.change_entry(0, |e| e.hash = Some(1));
        s.change_entry(1, |e| {
            e.skipped = true;
            e.error = Some("binary".into());
        });
        s.change_entry(2, |e| e.read = true);
        assert_eq!(s.counts, fresh(&s));
        assert_eq!(
            (s.unread(), s.heads_pending(), s.skipped_count()),
            (2, 2, 2)
        );
        assert_eq!(s.counts.listed, s.library.listed());
    }
}
