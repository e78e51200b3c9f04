//! Read marks, stars and reading positions.

use std::time::{Duration, Instant};

use super::{Effect, Focus, State};
use crate::store::Anchor;

/// What the reading-state store remembers of an entry whose head arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remembered {
    /// Its saved marks and place.
    Marks {
        entry: usize,
        read: bool,
        starred: bool,
        anchor: Option<Anchor>,
    },
    /// The user changed it before its head (and so its record) was known:
    /// theirs is kept, and saved.
    ChangedFirst(usize),
}

/// How long an article must be open in the reader to count as read.
pub const READ_AFTER: Duration = Duration::from_secs(3);

impl State {
    pub(super) fn entry_changed(&mut self, index: usize) {
        let save = Effect::Save(index);
        if !self.effects.contains(&save) {
            self.effects.push(save);
        }
    }

    /// Take the `Effect::Save`s waiting in the queue: the entries whose read
    /// mark, star or position changed since they were last taken.
    pub(crate) fn take_changed(&mut self) -> Vec<usize> {
        let mut changed = Vec::new();
        self.effects.retain(|e| match e {
            Effect::Save(i) => {
                changed.push(*i);
                false
            }
            _ => true,
        });
        changed
    }

    pub(super) fn set_read(&mut self, index: usize, read: bool) {
        if self.change_entry(index, |e| std::mem::replace(&mut e.read, read) != read) == Some(true)
        {
            self.entry_changed(index);
        }
    }

    /// `m`: flip the read mark of the selected article.
    pub(super) fn toggle_read(&mut self) {
        let Some(i) = self.selected_index() else {
            return;
        };
        let read = self.library.entries.get(i).is_some_and(|e| e.read);
        self.keep_for_undo(&[i]);
        self.set_read(i, !read);
        // A deliberate "unread" must not be undone by the timer a moment later.
        self.reader.read_timer_done = true;
        self.message = Some(if read { "Marked unread" } else { "Marked read" }.into());
    }

    /// `s`: star or unstar the selected article.
    pub(super) fn toggle_star(&mut self) {
        let Some(i) = self.selected_index() else {
            return;
        };
        self.keep_for_undo(&[i]);
        let Some(e) = self.library.entries.get_mut(i) else {
            return;
        };
        e.starred = !e.starred;
        let starred = e.starred;
        self.entry_changed(i);
        self.message = Some(if starred { "Starred" } else { "Unstarred" }.into());
        if self.list.starred_only {
            self.refresh_view();
        }
    }

    /// Time passes: an article open in the reader for [`READ_AFTER`] is read.
    pub(crate) fn tick(&mut self, now: Instant) {
        if self.focus != Focus::Reader || self.reader.doc().is_none() {
            self.reader.opened_at = None;
            return;
        }
        let opened = *self.reader.opened_at.get_or_insert(now);
        if !self.reader.read_timer_done && now.duration_since(opened) >= READ_AFTER {
            self.reader.read_timer_done = true;
            if let Some(i) = self.reader.entry {
                self.set_read(i, true);
            }
        }
    }

    /// Scrolling past half of the article marks it read.
    pub(super) fn read_by_scrolling(&mut self) {
        if self.is_partial() {
            // Half of the first piece is not half of the article.
            return;
        }
        let len = self.reader.len();
        if len > 0
            && (self.reader.scroll + self.viewport.reader_rows) * 2 >= len
            && !self.reader.read_timer_done
            && let Some(i) = self.reader.entry
        {
            self.reader.read_timer_done = true;
            self.set_read(i, true);
        }
    }

    /// What the store remembered of entries whose heads arrived: their
    /// marks, and the place if that article is open and still at its top.
    pub(crate) fn remembered(&mut self, found: Vec<Remembered>) {
        let mut starred = false;
        for r in found {
            match r {
                Remembered::ChangedFirst(i) => self.entry_changed(i),
                Remembered::Marks {
                    entry,
                    read,
                    starred: star,
                    anchor,
                } => {
                    let set = |e: &mut crate::library::Entry| {
                        (e.read, e.starred, e.anchor) = (read, star, anchor);
                    };
                    if self.change_entry(entry, set).is_none() {
                        continue;
                    }
                    starred |= star;
                    if anchor.is_some() {
                        self.anchor_arrived(entry);
                    }
                }
            }
        }
        if starred && self.list.starred_only {
            self.refresh_view();
        }
    }

    /// The reader's position as an anchor (block and byte at the top line).
    pub(crate) fn anchor(&self) -> Option<Anchor> {
        let (block, offset) = self.reader.doc()?.anchor_at(self.reader.scroll)?;
        Some(Anchor { block, offset })
    }

    /// Keep the reader's position in its entry (leaving the article, quitting).
    pub(crate) fn remember_position(&mut self) {
        let Some(i) = self.reader.entry else { return };
        let anchor = if self.reader.scroll == 0 {
            None
        } else {
            self.anchor()
        };
        if let Some(e) = self.library.entries.get_mut(i)
            && e.anchor != anchor
            && e.article.is_some()
        {
            e.anchor = anchor;
            self.entry_changed(i);
        }
    }

    /// Go back to where reading stopped last time (called once per opening,
    /// when the article is first laid out: `State::settle`).
    pub(super) fn restore_position(&mut self) {
        let Some(anchor) = self
            .reader
            .entry
            .and_then(|i| self.library.entries.get(i))
            .and_then(|e| e.anchor)
        else {
            return;
        };
        if let Some(doc) = self.reader.doc() {
            let line = doc.line_of(anchor.block as usize, anchor.offset as usize);
            self.reader.scroll = line.min(self.max_scroll());
        }
    }

    /// The article was changed outside (edited): read it again, keep the place.
    pub(crate) fn reload_article(&mut self, index: usize) {
        if self.reader.entry == Some(index) {
            self.remember_position();
            self.reader.layout = super::DocState::default();
            self.ask_for_article();
        }
    }

    /// A saved position arrived (with the file's head) for an entry: if that
    /// article is already open and still at its top, go there now.
    pub(crate) fn anchor_arrived(&mut self, index: usize) {
        // Before the article is laid out, it goes there when it is.
        if self.reader.entry == Some(index) && self.reader.scroll == 0 {
            self.restore_position();
        }
    }
}
