//! Full-text search results and opening an article at its hit.

use super::{Focus, Hit, Hits, Overlay, State, list};

impl State {
    /// Open a full-text hit: show its article and search for the query there.
    pub(crate) fn open_hit(&mut self, selected: usize) {
        let Some((entry, query)) = self
            .hits
            .as_ref()
            .and_then(|h| Some((h.items.get(selected)?.entry, h.query.clone())))
        else {
            return;
        };
        if !self.order.contains(&entry) {
            self.filter = None;
            self.starred_only = false;
            self.refresh_order();
        }
        if let Some(pos) = self.order.iter().position(|&i| i == entry) {
            self.selected = pos;
            list::keep_visible(self);
            self.sync_reader();
            self.focus = Focus::Reader;
            self.reader.pending_search = Some(query);
            self.apply_pending_search();
        }
    }

    /// Run the search a full-text hit asked for, once the article is loaded.
    pub(super) fn apply_pending_search(&mut self) {
        if self.reader.doc.is_none() {
            return;
        }
        if let Some(q) = self.reader.pending_search.take() {
            self.reader.search_origin = 0;
            self.set_search(&q);
        }
    }

    /// Full-text results arrived (more may follow).
    pub fn hits_found(&mut self, query: &str, mut items: Vec<Hit>, done: bool) {
        let hits = self.hits.get_or_insert_with(Hits::default);
        if hits.query != query {
            *hits = Hits {
                query: query.to_string(),
                ..Hits::default()
            };
        }
        hits.items.append(&mut items);
        hits.done = done;
        if done {
            let n = hits.items.len();
            self.message = Some(format!("{n} articles match {query}"));
        }
        if !matches!(self.overlay, Some(Overlay::Hits { .. })) && (done || !hits.items.is_empty()) {
            self.overlay = Some(Overlay::Hits { selected: 0 });
        }
    }
}
