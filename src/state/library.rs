//! What the library gives the state: a new or re-scanned library, heads and
//! whole articles read in the background, and the files that failed.

use std::path::PathBuf;
use std::sync::Arc;

use super::State;
use crate::article::Article;
use crate::config::Sort;
use crate::library::load::Head;
use crate::library::{Entry, Library, Source};
use crate::parse::decode::clean_line;

impl State {
    /// Replace the library (start, reload, the folder changed), keeping the
    /// selection on the same path, the reader on the same article when its
    /// file did not change, and pending reading-state changes with their files.
    pub(crate) fn set_library(&mut self, library: Library) {
        self.set_library_sorted(library, None);
    }

    /// [`State::set_library`] for a library whose entries are in `sorted`'s
    /// order already (the heads cache keeps the list's order): when that is
    /// the sort in force, the list is shown as it comes, with no key made.
    pub(crate) fn set_library_sorted(&mut self, library: Library, sorted: Option<Sort>) {
        // Files are told apart by where they are read from: two folders may
        // both show an `x.txt`.
        let id_of = |lib: &Library, i: usize| {
            lib.entries
                .get(i)
                .map(|e| (e.source.clone(), e.path.clone()))
        };
        let keep = self.selected_index().and_then(|i| id_of(&self.library, i));
        self.remember_position();
        let changed: Vec<(Source, PathBuf)> = self
            .take_changed()
            .into_iter()
            .filter_map(|i| id_of(&self.library, i))
            .collect();
        let reading = self.reader.entry.and_then(|i| id_of(&self.library, i));
        // Why the samples are shown comes first (it names the folder missing).
        self.message = library.notice.clone().or_else(|| library.skipped_summary());
        let mut library = library;
        carry_over(&self.library, &mut library);
        self.library = library;
        let index_of = |lib: &Library, (source, path): &(Source, PathBuf)| {
            lib.entries
                .iter()
                .position(|e| e.id() == (source, path.as_path()))
        };
        for i in changed
            .iter()
            .filter_map(|id| index_of(&self.library, id))
            .collect::<Vec<_>>()
        {
            self.entry_changed(i);
        }
        // Results point into the library before.
        self.search_all.latest = None;
        if matches!(self.overlay, Some(super::Overlay::Hits { .. })) {
            self.overlay = None;
        }
        // The open article stays open (layout, place, search) if its file is
        // unchanged; otherwise it is read again and the saved place restored.
        match reading
            .and_then(|id| index_of(&self.library, &id))
            .filter(|&i| {
                self.library
                    .entries
                    .get(i)
                    .is_some_and(|e| e.article.is_some())
            }) {
            Some(i) => self.reader.entry = Some(i),
            None => self.reader.clear(),
        }
        self.order_as(sorted);
        if let Some(id) = keep
            && let Some(pos) = self
                .list
                .order
                .iter()
                .position(|&i| index_of(&self.library, &id) == Some(i))
        {
            self.select_row(pos);
        }
        self.select_landed();
    }

    /// The list's order for a new library: its entries as they are when they
    /// are in `sorted`'s order and that is the sort in force, else sorted.
    fn order_as(&mut self, sorted: Option<Sort>) {
        self.list.order.clear();
        match sorted.filter(|s| *s == self.settings.sort) {
            Some(sort) => {
                self.list.sorted.adopt(self.library.entries.len(), sort);
                self.refresh_view();
            }
            None => self.refresh_order(),
        }
    }

    /// `n` entries are still to come ([`State::library_completed`]).
    pub(crate) fn coming(&mut self, n: usize) {
        self.coming = n;
    }

    /// The list was opened with the heads cache's first chunk: `complete`
    /// is given its entries and returns them with the rest after them, and
    /// the sort they are all in, if one. The row selected stays selected.
    pub(crate) fn library_completed(
        &mut self,
        complete: impl FnOnce(Vec<Entry>) -> (Vec<Entry>, Option<Sort>),
    ) {
        self.coming = 0;
        let keep = self.selected_index();
        let (all, sorted) = complete(std::mem::take(&mut self.library.entries));
        self.library.entries = all;
        self.order_as(sorted);
        if let Some(i) = keep
            && let Some(pos) = self.list.order.iter().position(|&j| j == i)
        {
            self.select_row(pos);
        }
    }

    /// The order to keep the heads cache in: every entry sorted, with the
    /// sort, when the sort is up to date; else the list's rows.
    pub(crate) fn cache_order(&self) -> (&[usize], Option<Sort>) {
        match self.list.sorted.settled(self.library.entries.len()) {
            Some((order, sort)) => (order, Some(sort)),
            None => (&self.list.order, None),
        }
    }

    /// The `!` overlay's rows: the files skipped by the scan, then those
    /// skipped by their head, with reasons (as many as the counts say).
    pub fn skipped_rows(&self) -> Vec<(String, String)> {
        let skipped = self
            .library
            .skipped
            .iter()
            .map(|s| (crate::library::shown(&s.path), clean_line(&s.reason)));
        let failed = self
            .library
            .entries
            .iter()
            .filter(|e| e.skipped)
            .filter_map(|e| Some((e.shown(), clean_line(e.error.as_deref()?))));
        skipped.chain(failed).collect()
    }

    /// A file's head has been read.
    /// A file whose head cannot be read (binary, unreadable) is skipped: it
    /// leaves the list for `!`. Returns whether it was.
    pub fn head_loaded(&mut self, index: usize, result: Result<Head, String>) -> bool {
        self.change_entry(index, |e| match result {
            Ok(head) => {
                // The list's fields alone (see `Meta::into_listed`).
                e.meta = Some(head.meta.into_listed());
                e.hash = Some(head.hash);
                if let Some(facts) = head.file {
                    e.set_facts(facts);
                }
                false
            }
            Err(reason) => {
                e.error = Some(reason);
                e.skipped = true;
                true
            }
        })
        .unwrap_or(false)
    }

    /// Several heads have been read: one re-sort for all of them. Files
    /// skipped by their head change the status's count of skipped files.
    pub fn heads_loaded(&mut self, batch: Vec<(usize, Result<Head, String>)>) {
        let indices: Vec<usize> = batch.iter().map(|(i, _)| *i).collect();
        let mut skipped = false;
        for (i, r) in batch {
            skipped |= self.head_loaded(i, r);
        }
        if skipped {
            self.message = self.library.skipped_summary();
        }
        self.refresh_order_after(super::filter::Changed::These(&indices));
        self.select_landed();
    }

    /// A whole article has been read.
    pub fn article_loaded(&mut self, index: usize, result: Result<Arc<Article>, String>) {
        self.article_loaded_with(index, result, None);
    }

    /// A whole article has been read, maybe laid out already (off the UI thread).
    pub fn article_loaded_with(
        &mut self,
        index: usize,
        result: Result<Arc<Article>, String>,
        prebuilt: Option<(crate::doc::BuildOptions, crate::doc::Doc)>,
    ) {
        if let Some(e) = self.library.entries.get_mut(index) {
            match result {
                Ok(article) => {
                    let listed = article.meta.listed();
                    if e.meta.as_ref() != Some(&listed) {
                        // The whole article knows better than its head (rare):
                        // it moves at the next re-sort.
                        self.list.sorted.stale(index);
                    }
                    e.meta = Some(listed);
                    e.article = Some(article);
                }
                Err(reason) => {
                    // Not text after all (or gone): skipped like a file whose
                    // head shows it, so that it is no row and `!` counts it.
                    self.message = Some(format!("{}: {}", e.shown(), clean_line(&reason)));
                    e.error = Some(reason);
                    e.skipped = true;
                    let row = self.list.selected;
                    self.refresh_order();
                    // The selection stays where it was, on the next article.
                    self.select_row(row);
                    return;
                }
            }
        }
        if self.reader.entry == Some(index) {
            self.take_whole(prebuilt);
        }
    }
}

/// A re-scanned library keeps what was known of files that are still there
/// (the same source): marks and position always; head and article when the
/// file is the same version (size, modification time, identity), otherwise
/// they are read again.
fn carry_over(old: &Library, new: &mut Library) {
    type Id<'a> = (&'a Source, &'a std::path::Path);
    let by_id: std::collections::HashMap<Id<'_>, &crate::library::Entry> =
        old.entries.iter().map(|e| (e.id(), e)).collect();
    for e in &mut new.entries {
        if let Some(&o) = by_id.get(&e.id()) {
            e.read = o.read;
            e.starred = o.starred;
            e.anchor = o.anchor;
            if o.size == e.size && o.modified == e.modified && o.identity == e.identity {
                e.meta.clone_from(&o.meta);
                e.hash = o.hash;
                e.article.clone_from(&o.article);
                if o.skipped {
                    e.skipped = true;
                    e.error.clone_from(&o.error);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
