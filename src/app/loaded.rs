//! Background results (`loader::Msg`) handed to the state; results for a
//! library replaced since (an older generation) are dropped.

use std::time::Instant;

use super::App;
use crate::loader::Msg;

impl App {
    pub(super) fn loaded(&mut self, msg: Msg) {
        match msg {
            Msg::Heads { generation, batch } if generation == self.loader.generation => {
                let batch = batch
                    .into_iter()
                    .map(|(i, r)| (i, r.map_err(|e| e.to_string())))
                    .collect();
                self.heads.receive(batch, &self.state.library);
                if self.heads_complete() {
                    self.apply_heads();
                }
            }
            Msg::Article {
                generation,
                index,
                result,
                doc,
            } if generation == self.loader.generation => {
                self.inflight.remove(&index);
                let t = Instant::now();
                self.state
                    .article_loaded_with(index, result.map_err(|e| e.to_string()), doc);
                self.start.timings.took("article wrapped", t.elapsed());
            }
            Msg::Partial {
                generation,
                index,
                part,
                doc,
                bytes,
            } if generation == self.loader.generation => {
                self.state.partial_loaded(index, part, doc, bytes);
                self.start
                    .timings
                    .mark("first piece of a huge article shown");
            }
            Msg::Layout {
                generation,
                index,
                opts,
                doc,
            } if generation == self.loader.generation => {
                self.state.doc_built(index, opts, doc);
            }
            Msg::Hits {
                generation,
                id,
                items,
                done,
            } if generation == self.loader.generation => {
                if done {
                    self.start.timings.mark("search all done");
                }
                self.state.hits_found(id, items, done);
            }
            Msg::IndexProgress {
                generation,
                done,
                total,
            } if generation == self.loader.generation => {
                if done == total {
                    self.start.timings.mark("full-text index ready");
                }
                self.state.index_progress(done, total);
            }
            Msg::PeopleProgress {
                generation,
                done,
                total,
            } => self.state.people_progress(generation, done, total),
            Msg::People {
                generation,
                gathered,
            } => self.state.people_gathered(generation, gathered),
            // Not tied to a library: the file lands in a folder either way.
            Msg::Saved { url, result } => self.state.url_saved(&url, result),
            Msg::Synced(outcome) => self.state.feeds_synced(&outcome),
            Msg::Scanned { id, lib } => self.scanned(id, lib),
            _ => {}
        }
    }
}
