//! Which entries the list shows, in which order: sorted, then filtered by the
//! fuzzy filter and the starred-only switch.

mod fuzzy;

pub use fuzzy::{FuzzyCache, fuzzy_filter};

use super::State;
use crate::config::SortKey;
use crate::library::Entry;

/// A tag as written in a filter or an overlay: without a leading `#`, trimmed.
fn bare_tag(tag: &str) -> &str {
    tag.trim().trim_start_matches('#').trim()
}

/// Whether entry `e` has `tag` (exactly, ignoring case and a leading `#`).
fn has_tag(e: &Entry, tag: &str) -> bool {
    e.meta.as_ref().is_some_and(|m| {
        m.tags
            .iter()
            .any(|t| bare_tag(t).to_lowercase() == tag.to_lowercase())
    })
}

/// The tags of the articles in the list (their heads), each with the number of
/// articles that have it, most used first, then by name; tags that differ only
/// in case are one, spelt as first met.
pub fn tag_counts(entries: &[Entry]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for m in entries
        .iter()
        .filter(|e| !e.skipped)
        .filter_map(|e| e.meta.as_ref())
    {
        let mut seen = std::collections::HashSet::new();
        for tag in m.tags.iter().map(|t| bare_tag(t)).filter(|t| !t.is_empty()) {
            let key = tag.to_lowercase();
            if !seen.insert(key.clone()) {
                continue;
            }
            if let Some((_, n)) = at.get(&key).and_then(|&i| counts.get_mut(i)) {
                *n += 1;
            } else {
                at.insert(key, counts.len());
                counts.push((tag.to_string(), 1));
            }
        }
    }
    counts.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.to_lowercase().cmp(&b.0.to_lowercase()))
    });
    counts
}

/// Which entries' heads may have changed since the list was last sorted.
#[derive(Debug, Clone, Copy)]
pub(super) enum Changed<'a> {
    /// Any: every key is made again.
    All,
    /// These: they are merged into the sorted list.
    These(&'a [usize]),
    /// None (but those marked stale): only the sort or the filters changed.
    Nothing,
}

impl State {
    /// Sort, filter, and keep the selection on the same entry when it is
    /// still shown: every entry's keys made again (any entry may have
    /// changed).
    pub(crate) fn refresh_order(&mut self) {
        self.refresh_order_after(Changed::All);
    }

    /// [`State::refresh_order`] when no entry's head changed (but those
    /// marked stale): only the sort or the filters did. The keys are kept.
    pub(crate) fn refresh_view(&mut self) {
        self.refresh_order_after(Changed::Nothing);
    }

    /// [`State::refresh_order`] when only the entries `changed` says may
    /// have moved.
    pub(super) fn refresh_order_after(&mut self, changed: Changed<'_>) {
        // Until the user picks something, the newest article stays selected
        // while heads arrive and re-sort the list.
        let keep = if self.list.chosen {
            self.selected_index()
        } else {
            None
        };
        let (entries, sort) = (&self.library.entries, self.settings.sort);
        // Counted again with every refresh (one pass, like the filters'
        // below): marks and heads set on the entries directly are counted
        // too. Between refreshes `State::change_entry` keeps them, and heads
        // (`These`) come through it: at 100,000 entries the pass was a
        // good part of merging a batch of heads, ten times over a first
        // listing.
        if !matches!(changed, Changed::These(_)) {
            self.counts = super::Counts::count(entries);
        }
        let any_skipped = self.counts.skipped > 0;
        let mut order = match changed {
            Changed::These(changed) => self.list.sorted.changed(entries, changed, sort),
            Changed::All => self.list.sorted.all(entries, sort),
            Changed::Nothing => self.list.sorted.resort(entries, sort),
        }
        .to_vec();
        // Files skipped by their head are in `!`, not rows.
        if any_skipped {
            order.retain(|&i| self.library.entries.get(i).is_some_and(|e| !e.skipped));
        }
        if self.list.starred_only {
            order.retain(|&i| self.library.entries.get(i).is_some_and(|e| e.starred));
        }
        if self.list.unread_only {
            // The selected article stays, read or not: reading it does not
            // take it away.
            order.retain(|&i| {
                keep == Some(i) || self.library.entries.get(i).is_some_and(|e| !e.read)
            });
        }
        if let Some(q) = self.list.filter.as_deref().filter(|q| !q.trim().is_empty()) {
            // `#tag`: the articles with that tag, in the list's order.
            if q.trim_start().starts_with('#') {
                let tag = bare_tag(q);
                order.retain(|&i| self.library.entries.get(i).is_some_and(|e| has_tag(e, tag)));
            } else {
                order =
                    self.list
                        .fuzzy
                        .filter(&mut self.list.sorted, &self.library.entries, order, q);
            }
        }
        self.list.order = order;
        self.list.selected = keep
            .and_then(|k| self.list.order.iter().position(|&i| i == k))
            .unwrap_or(0)
            .min(self.list.order.len().saturating_sub(1));
        self.list.keep_visible(self.viewport.list_rows);
        self.sync_reader();
    }

    /// `S`: starred only, or all again.
    pub(super) fn toggle_starred_only(&mut self) {
        self.list.starred_only = !self.list.starred_only;
        self.refresh_view();
        self.message = Some(if self.list.starred_only {
            format!("Starred only: {}", self.list.order.len())
        } else {
            "All articles".into()
        });
    }

    /// `U`: unread only, or all again.
    pub(super) fn toggle_unread_only(&mut self) {
        self.list.unread_only = !self.list.unread_only;
        self.refresh_view();
        self.message = Some(if self.list.unread_only {
            format!("Unread only: {}", self.list.order.len())
        } else {
            "All articles".into()
        });
    }

    /// `t`: date, title, source in turn, in the order configured (or chosen
    /// before): descending is newest first and Z to A.
    pub(super) fn cycle_sort(&mut self) {
        let sort = &mut self.settings.sort;
        sort.key = match sort.key {
            SortKey::Date => SortKey::Title,
            SortKey::Title => SortKey::Source,
            SortKey::Source => SortKey::Date,
        };
        self.sorted_by();
    }

    /// Flip the order of the sort in force (`T`).
    pub(super) fn reverse_sort(&mut self) {
        self.settings.sort.descending = !self.settings.sort.descending;
        self.sorted_by();
    }

    /// Sort again by the settings, and say how.
    fn sorted_by(&mut self) {
        let sort = &self.settings.sort;
        let name = match (sort.key, sort.descending) {
            (SortKey::Date, true) => "date, newest first",
            (SortKey::Date, false) => "date, oldest first",
            (SortKey::Title, false) => "title, A to Z",
            (SortKey::Title, true) => "title, Z to A",
            (SortKey::Source, false) => "source, A to Z",
            (SortKey::Source, true) => "source, Z to A",
        };
        self.refresh_view();
        self.message = Some(format!("Sorted by {name}"));
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::article::Meta;
    use crate::library::Source;

    fn tagged(title: &str, tags: &[&str]) -> Entry {
        let mut e = entry(title);
        if let Some(m) = &mut e.meta {
            m.tags = tags.iter().map(|t| (*t).to_string()).collect();
        }
        e
    }

    #[test]
    fn tags_are_counted_across_the_heads_most_used_first() {
        let entries = [
            tagged("a", &["Wine", "portugal"]),
            tagged("b", &["wine", "malta", "wine"]),
            tagged("c", &["#Malta", "wine"]),
            entry("d"),
        ];
        assert_eq!(
            tag_counts(&entries),
            [
                ("Wine".to_string(), 3),
                ("malta".to_string(), 2),
                ("portugal".to_string(), 1)
            ]
        );
    }

    #[test]
    fn a_hash_filters_by_exact_tag_ignoring_case() {
        use crate::library::Library;
        use crate::state::Settings;
        let entries = vec![
            tagged("Vines on terraces", &["wine", "Portugal"]),
            tagged("Wine bars close", &["nightlife"]),
            tagged("Seagrass", &["malta", "wines"]),
        ];
        let library = Library {
            entries,
            ..Library::default()
        };
        let mut s = State::new(library, Settings::default());
        s.list.filter = Some("#WINE".into());
        s.refresh_order();
        assert_eq!(s.list.order, [0]);
        s.list.filter = Some("# portugal ".into());
        s.refresh_order();
        assert_eq!(s.list.order, [0]);
        s.list.filter = Some("wine".into());
        s.refresh_order();
        // Without `#` it is the fuzzy filter over titles.
        assert_eq!(s.list.order, [1]);
    }

    fn entry(title: &str) -> Entry {
        let mut e = Entry::new(PathBuf::from("a.txt"), Source::Embedded(b""), 1);
        e.meta = Some(Meta {
            title: title.into(),
            ..Meta::default()
        });
        e
    }
}
