//! The list's sort as the user last chose it (`t`), remembered between runs.
//!
//! Kept in the same file as the reading state, as one more field with the time
//! it changed: two windows merge to the later choice, as a record's fields do.
//! The config's `[sort]` at the time is kept with it, so that a sort set in the
//! config afterwards is not hidden by an old choice.

use serde::{Deserialize, Serialize};

use super::Store;
use crate::config::{Sort, SortKey};

/// A sort chosen with `t`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ChosenSort {
    /// "title ascending".
    pub sort: String,
    /// The config's `[sort]` when it was chosen, in the same words.
    pub under: String,
    /// Milliseconds since the epoch: merging keeps the later choice.
    pub changed: u64,
}

/// "title ascending": the config's words for a sort.
pub(crate) fn name(sort: Sort) -> String {
    let key = match sort.key {
        SortKey::Date => "date",
        SortKey::Title => "title",
        SortKey::Source => "source",
    };
    let order = if sort.descending {
        "descending"
    } else {
        "ascending"
    };
    format!("{key} {order}")
}

/// The sort [`name`] gave; `None` for anything else.
pub(crate) fn parse(text: &str) -> Option<Sort> {
    let (key, order) = text.split_once(' ')?;
    let key = match key {
        "date" => SortKey::Date,
        "title" => SortKey::Title,
        "source" => SortKey::Source,
        _ => return None,
    };
    let descending = match order {
        "descending" => true,
        "ascending" => false,
        _ => return None,
    };
    Some(Sort { key, descending })
}

impl Store {
    /// The sort to show under the config's `configured` one: the one chosen
    /// last, unless the config's has changed since (or nothing was chosen).
    pub(crate) fn sort_for(&self, configured: Sort) -> Sort {
        self.sort
            .as_ref()
            .filter(|c| c.under == name(configured))
            .and_then(|c| parse(&c.sort))
            .unwrap_or(configured)
    }

    /// The user chose `sort` (at `now`) while the config said `configured`.
    pub(crate) fn choose_sort(&mut self, sort: Sort, configured: Sort, now: u64) {
        self.sort = Some(ChosenSort {
            sort: name(sort),
            under: name(configured),
            changed: now,
        });
    }

    /// Merging with another copy: the later choice wins.
    pub(super) fn merge_sort(&mut self, theirs: Option<ChosenSort>) {
        if let Some(theirs) = theirs
            && self
                .sort
                .as_ref()
                .is_none_or(|ours| theirs.changed > ours.changed)
        {
            self.sort = Some(theirs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE_UP: Sort = Sort {
        key: SortKey::Title,
        descending: false,
    };
    const DATE_DOWN: Sort = Sort {
        key: SortKey::Date,
        descending: true,
    };
    const SOURCE_DOWN: Sort = Sort {
        key: SortKey::Source,
        descending: true,
    };

    #[test]
    fn names_read_back() {
        for key in [SortKey::Date, SortKey::Title, SortKey::Source] {
            for descending in [false, true] {
                let sort = Sort { key, descending };
                assert_eq!(parse(&name(sort)), Some(sort));
            }
        }
        assert_eq!(parse("colour ascending"), None);
        assert_eq!(parse("title"), None);
    }

    #[test]
    fn the_chosen_sort_survives_a_save_and_an_old_file_has_none() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::default();
        assert_eq!(store.sort_for(DATE_DOWN), DATE_DOWN);
        store.choose_sort(TITLE_UP, DATE_DOWN, 5);
        store.save(dir.path()).unwrap();
        let (back, err) = Store::load(dir.path());
        assert!(err.is_none());
        assert_eq!(back.sort_for(DATE_DOWN), TITLE_UP);
        // The config's sort changed since: it wins.
        assert_eq!(back.sort_for(SOURCE_DOWN), SOURCE_DOWN);
        // A file written before the sort was kept loads, with its records.
        let old = r#"{"version":1,"articles":{"00000000000000ff /a.txt":{"path":"/a.txt","read":true,"updated":3}}}"#;
        std::fs::write(dir.path().join("state.json"), old).unwrap();
        let (old, err) = Store::load(dir.path());
        assert!(err.is_none());
        assert_eq!(old.articles.len(), 1);
        assert_eq!(old.sort_for(DATE_DOWN), DATE_DOWN);
    }

    #[test]
    fn merging_keeps_the_later_choice() {
        let mut ours = Store::default();
        ours.choose_sort(TITLE_UP, DATE_DOWN, 10);
        let mut theirs = Store::default();
        theirs.choose_sort(SOURCE_DOWN, DATE_DOWN, 20);
        ours.merge(theirs.clone());
        assert_eq!(ours.sort_for(DATE_DOWN), SOURCE_DOWN);
        let mut older = Store::default();
        older.choose_sort(TITLE_UP, DATE_DOWN, 5);
        ours.merge(older);
        assert_eq!(ours.sort_for(DATE_DOWN), SOURCE_DOWN);
        ours.merge(Store::default());
        assert_eq!(ours.sort_for(DATE_DOWN), SOURCE_DOWN);
    }
}
