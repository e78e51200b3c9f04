//! Full-text search results and opening an article at its hit.

use super::{Focus, Hit, Hits, Overlay, State};

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
        if !self.list.order.contains(&entry) {
            self.list.filter = None;
            self.list.starred_only = false;
            self.refresh_order();
        }
        if let Some(pos) = self.list.order.iter().position(|&i| i == entry) {
            self.select_row(pos);
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

    /// Start a full-text search: results with this search's number follow.
    pub(crate) fn start_search_all(&mut self, query: String) -> super::Effect {
        self.search_seq += 1;
        self.hits = Some(Hits {
            query: query.clone(),
            id: self.search_seq,
            ..Hits::default()
        });
        super::Effect::SearchAll {
            query,
            id: self.search_seq,
        }
    }

    /// Full-text results arrived for search `id` (more may follow). Results of
    /// an earlier search are dropped. The results overlay opens once, with the
    /// first results, and only over the panes (not over another overlay).
    pub fn hits_found(&mut self, id: u64, mut items: Vec<Hit>, done: bool) {
        let Some(hits) = self.hits.as_mut().filter(|h| h.id == id) else {
            return;
        };
        hits.items.append(&mut items);
        hits.done = done;
        let (n, query) = (hits.items.len(), hits.query.clone());
        let open = !hits.shown && (done || n > 0);
        if open {
            hits.shown = true;
        }
        if done {
            self.message = Some(format!("{n} articles match {query}"));
        }
        if open && self.overlay.is_none() {
            self.overlay = Some(Overlay::Hits { selected: 0 });
        }
    }
}
