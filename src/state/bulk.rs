//! Changes of many marks at once and taking the last change back: mark all
//! read (after a y/n question) and undo.

use std::path::PathBuf;

use super::State;

/// A question in the status bar, answered with y (anything else is no).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Mark these entries read (the unread ones the list showed when asked).
    MarkAllRead(Vec<usize>),
}

impl Confirm {
    /// "Mark 14 articles read? (y/n)".
    pub fn question(&self) -> String {
        match self {
            Confirm::MarkAllRead(entries) => {
                format!("Mark {} read? (y/n)", articles(entries.len()))
            }
        }
    }
}

/// "1 article", "14 articles".
fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".into()
    } else {
        format!("{n} articles")
    }
}

/// An entry's marks before a change, and its file (an undo after a rescan
/// leaves an entry that is now another file alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Before {
    pub entry: usize,
    pub path: PathBuf,
    pub read: bool,
    pub starred: bool,
}

impl State {
    /// Keep the marks of `entries` as they are now: the change about to be
    /// made is the one `u` takes back.
    pub(super) fn keep_for_undo(&mut self, entries: &[usize]) {
        let before = entries
            .iter()
            .filter_map(|&entry| {
                let e = self.library.entries.get(entry)?;
                Some(Before {
                    entry,
                    path: e.path.clone(),
                    read: e.read,
                    starred: e.starred,
                })
            })
            .collect();
        self.undo = Some(before);
    }

    /// `A`: ask whether to mark every unread article the list shows read.
    pub(super) fn ask_mark_all_read(&mut self) {
        let unread: Vec<usize> = self
            .list
            .order
            .iter()
            .copied()
            .filter(|&i| self.library.entries.get(i).is_some_and(|e| !e.read))
            .collect();
        if unread.is_empty() {
            self.message = Some("Nothing unread".into());
        } else {
            self.confirm = Some(Confirm::MarkAllRead(unread));
        }
    }

    /// The answer to the question asked: y (`yes`) or any other key.
    pub fn answer(&mut self, yes: bool) {
        let Some(confirm) = self.confirm.take() else {
            return;
        };
        if !yes {
            self.message = Some("Not marked".into());
            return;
        }
        match confirm {
            Confirm::MarkAllRead(entries) => {
                self.keep_for_undo(&entries);
                for &i in &entries {
                    self.set_read(i, true);
                }
                self.reader.read_timer_done = true;
                self.message = Some(format!(
                    "Marked {} read (u undoes)",
                    articles(entries.len())
                ));
            }
        }
    }

    /// `u`: the marks of the entries the last change touched, as they were
    /// before it (each one changed back is saved).
    pub(super) fn undo(&mut self) {
        let Some(before) = self.undo.take() else {
            self.message = Some("Nothing to undo".into());
            return;
        };
        let mut restored = 0;
        for b in &before {
            let restore = |e: &mut crate::library::Entry| {
                if e.path != b.path || (e.read == b.read && e.starred == b.starred) {
                    return false;
                }
                (e.read, e.starred) = (b.read, b.starred);
                true
            };
            if self.change_entry(b.entry, restore) != Some(true) {
                continue;
            }
            restored += 1;
            self.entry_changed(b.entry);
        }
        // An article marked unread again is not read again by the timer.
        self.reader.read_timer_done = true;
        if self.list.starred_only {
            self.refresh_view();
        }
        self.message = Some(match restored {
            1 => "Undone: 1 mark".into(),
            n => format!("Undone: {n} marks"),
        });
    }
}
