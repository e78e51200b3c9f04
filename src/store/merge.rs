//! Merging two copies of the store field by field, and reading records of the
//! first file format (one time per record, keys without the path).

use super::{Record, Stamps, Store};

impl Stamps {
    /// Every field at time `t`.
    pub fn all(t: u64) -> Self {
        Self {
            read: t,
            starred: t,
            anchor: t,
        }
    }

    /// No field has a time of its own (a record of the first format).
    pub fn is_none(&self) -> bool {
        *self == Self::default()
    }

    fn newest(&self) -> u64 {
        self.read.max(self.starred).max(self.anchor)
    }
}

impl Record {
    /// When each field changed; a record of the first format had one time
    /// for all of them.
    pub(crate) fn stamps(&self) -> Stamps {
        if self.stamps.is_none() {
            Stamps::all(self.updated)
        } else {
            self.stamps
        }
    }

    /// Set the fields to `read`, `starred` and `anchor`, giving those that
    /// change the time `now`. Returns whether anything changed.
    pub fn change(
        &mut self,
        read: bool,
        starred: bool,
        anchor: Option<super::Anchor>,
        now: u64,
    ) -> bool {
        let mut stamps = self.stamps();
        let before = self.clone();
        if self.read != read {
            self.read = read;
            stamps.read = now;
        }
        if self.starred != starred {
            self.starred = starred;
            stamps.starred = now;
        }
        if self.anchor != anchor {
            self.anchor = anchor;
            stamps.anchor = now;
        }
        self.stamps = stamps;
        self.updated = self.updated.max(stamps.newest());
        *self != before
    }

    /// Take each field of `theirs` that changed later than ours (on a tie
    /// ours stays).
    pub(crate) fn merge(&mut self, theirs: &Record) {
        let (mut ours, other) = (self.stamps(), theirs.stamps());
        if other.read > ours.read {
            self.read = theirs.read;
            ours.read = other.read;
        }
        if other.starred > ours.starred {
            self.starred = theirs.starred;
            ours.starred = other.starred;
        }
        if other.anchor > ours.anchor {
            self.anchor = theirs.anchor;
            ours.anchor = other.anchor;
        }
        self.stamps = ours;
        self.updated = self.updated.max(theirs.updated).max(ours.newest());
    }
}

impl Store {
    /// Merge another copy (from disk, written by another process) field by
    /// field: for each article and each field, the later change wins.
    /// Records this process dropped (moved to a new key) are not taken back.
    pub(crate) fn merge(&mut self, other: Store) {
        self.merge_sort(other.sort);
        self.merge_full_screen(other.full_screen);
        for (k, theirs) in other.articles {
            if self.removed.contains(&k) {
                continue;
            }
            match self.articles.get_mut(&k) {
                Some(ours) => ours.merge(&theirs),
                None => {
                    self.articles.insert(k, theirs);
                }
            }
        }
    }

    /// Records of the first format: keyed by the head hash alone, one time
    /// for every field. Re-keyed by hash and path; their one time stands for
    /// each field ([`Record::stamps`]) until a field changes. Nothing is lost.
    pub(super) fn migrate(&mut self) {
        let old: Vec<String> = self
            .articles
            .keys()
            .filter(|k| !k.contains(' '))
            .cloned()
            .collect();
        for k in old {
            let Some(r) = self.articles.remove(&k) else {
                continue;
            };
            let new = format!("{k} {}", r.path);
            match self.articles.get_mut(&new) {
                Some(there) => there.merge(&r),
                None => {
                    self.articles.insert(new, r);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Record, Store, record_key};

    fn rec(read: bool, starred: bool, stamps: (u64, u64)) -> Record {
        Record {
            path: "/news/a.txt".into(),
            read,
            starred,
            stamps: super::Stamps {
                read: stamps.0,
                starred: stamps.1,
                anchor: 1,
            },
            updated: stamps.0.max(stamps.1),
            ..Record::default()
        }
    }

    #[test]
    fn a_star_in_one_window_and_a_read_mark_in_another_both_survive() {
        // Both windows started from the same record (unread, unstarred, time 1).
        let base = rec(false, false, (1, 1));
        let mut a = base.clone();
        assert!(a.change(false, true, None, 10)); // A stars at 10
        let mut b = base;
        assert!(b.change(true, false, None, 20)); // B marks read at 20
        let (mut ab, mut ba) = (a.clone(), b.clone());
        ab.merge(&b);
        ba.merge(&a);
        for r in [ab, ba] {
            assert!(r.read && r.starred, "{r:?}");
        }
    }

    #[test]
    fn an_unchanged_field_does_not_get_a_new_time() {
        let mut r = rec(true, false, (5, 5));
        assert!(!r.change(true, false, None, 9));
        assert_eq!(r.stamps().read, 5);
        assert!(r.change(true, true, None, 9));
        assert_eq!((r.stamps().read, r.stamps().starred), (5, 9));
    }

    #[test]
    fn a_first_format_file_migrates_without_losing_a_mark() {
        let json = r#"{"version":1,"articles":{
            "00000000000000aa":{"path":"/news/a.txt","read":true,"starred":true,
                "anchor":{"block":3,"offset":7},"updated":42},
            "00000000000000bb":{"path":"/news/b.txt","read":false,"starred":true,"updated":7}}}"#;
        let mut s: Store = serde_json::from_str(json).unwrap();
        s.migrate();
        let a = &s.articles[&record_key(0xaa, "/news/a.txt")];
        assert!(a.read && a.starred && a.anchor.is_some());
        assert_eq!(a.stamps(), super::Stamps::all(42));
        let b = &s.articles[&record_key(0xbb, "/news/b.txt")];
        assert!(!b.read && b.starred);
        assert_eq!(s.articles.len(), 2);
        // A later read mark from a new-format record beats the old one's time.
        let mut newer = b.clone();
        newer.change(true, true, None, 100);
        let mut old = b.clone();
        old.merge(&newer);
        assert!(old.read && old.starred);
    }
}
