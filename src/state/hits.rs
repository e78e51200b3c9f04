//! Full-text search: its progress, its results (carried by the results
//! overlay), and opening an article at its hit.

use super::{DocState, Focus, Overlay, State};

/// One article found by the full-text search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into `library.entries`.
    pub entry: usize,
    /// Where the query occurs in it.
    pub snippet: Snippet,
}

/// Where the query occurs in one article: how often, and the first lines that
/// hold it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// Matches in the whole article.
    pub count: usize,
    /// The first few matching lines ([`Snippet::MAX_LINES`]), each cut to start
    /// a little before its first match.
    pub lines: Vec<HitLine>,
}

impl Snippet {
    /// Matching lines kept per article.
    pub const MAX_LINES: usize = 3;
}

/// One matching line of an article, on one screen line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HitLine {
    pub text: String,
    /// The matches in `text`, as byte ranges (on character boundaries).
    pub marks: Vec<std::ops::Range<usize>>,
}

/// "1 article matches “q”", "3 articles match “q”".
pub fn matches_phrase(n: usize, query: &str) -> String {
    if n == 1 {
        format!("1 article matches “{query}”")
    } else {
        format!("{n} articles match “{query}”")
    }
}

/// Results of a full-text search, as the results overlay shows them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hits {
    pub query: String,
    pub items: Vec<Hit>,
    /// All articles have been searched.
    pub done: bool,
}

/// The full-text searches asked for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchAll {
    /// Number of the latest search: results of older ones are dropped.
    pub seq: u64,
    /// The latest search while its results arrive (`None`: none, or it was
    /// forgotten with the library its results point into).
    pub latest: Option<Running>,
    /// The full-text index being built or updated: files read of those it
    /// needs (`None`: no index, or it is ready).
    pub index: Option<(usize, usize)>,
}

/// A full-text search whose results are arriving.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Running {
    pub query: String,
    /// Results so far.
    pub found: usize,
    /// The results overlay has been opened for it (once only).
    pub shown: bool,
}

impl State {
    /// Open a full-text hit: show its article and search for the query there.
    pub(crate) fn open_hit(&mut self, hits: &Hits, selected: usize) {
        let Some(entry) = hits.items.get(selected).map(|h| h.entry) else {
            return;
        };
        if !self.list.order.contains(&entry) {
            self.list.filter = None;
            self.list.starred_only = false;
            self.refresh_view();
        }
        // The reader searches for the words typed, without quotes or `speaker:`.
        let query = crate::search::terms::Terms::parse(&hits.query)
            .map_or_else(|| hits.query.clone(), |t| t.reader_text().to_string());
        if let Some(pos) = self.list.order.iter().position(|&i| i == entry) {
            self.select_row(pos);
            self.focus = Focus::Reader;
            if let DocState::Loading(waiting) = &mut self.reader.layout {
                // Nothing to search yet: when the article is laid out.
                waiting.search = Some(query);
            } else {
                self.reader.search_origin = 0;
                self.set_search(&query);
            }
        }
    }

    /// The full-text index has read `done` of the `total` files it needs
    /// (`done == total`: it is ready).
    pub fn index_progress(&mut self, done: usize, total: usize) {
        self.search_all.index = (done < total).then_some((done, total));
    }

    /// Start a full-text search: results with this search's number follow.
    pub(crate) fn start_search_all(&mut self, query: String) -> super::Effect {
        self.search_all.seq += 1;
        self.search_all.latest = Some(Running {
            query: query.clone(),
            ..Running::default()
        });
        super::Effect::SearchAll {
            query,
            id: self.search_all.seq,
        }
    }

    /// Full-text results arrived for search `id` (more may follow). Results of
    /// an earlier search are dropped. The results overlay opens once, with the
    /// first results, and only over the panes (not over another overlay);
    /// later results join it while it is open.
    pub(crate) fn hits_found(&mut self, id: u64, mut items: Vec<Hit>, done: bool) {
        let Some(run) = self
            .search_all
            .latest
            .as_mut()
            .filter(|_| id == self.search_all.seq)
        else {
            return;
        };
        run.found += items.len();
        let open = !run.shown && (done || run.found > 0);
        run.shown |= open;
        if done {
            let mut told = matches_phrase(run.found, &run.query);
            if let Some((read, of)) = self.search_all.index {
                // Scanned: say that an index is on its way.
                told = format!("{told} · index {}%", read * 100 / of.max(1));
            }
            self.message = Some(told);
        }
        match &mut self.overlay {
            None if open => {
                self.overlay = Some(Overlay::Hits {
                    hits: Hits {
                        query: run.query.clone(),
                        items,
                        done,
                    },
                    selected: 0,
                });
            }
            // Open for this search (a new one starts only with no overlay).
            Some(Overlay::Hits { hits, .. }) if !open => {
                hits.items.append(&mut items);
                hits.done = done;
            }
            // Closed by the user, or another overlay was open: dropped.
            _ => {}
        }
    }
}
