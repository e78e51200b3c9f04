//! Search in the open article: matches, `n` / `N`, and their count.

use std::ops::Range;

use super::State;
use crate::search::Query;

/// The search in the reader.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Find {
    pub query: String,
    /// (document block, byte range), in reading order.
    pub matches: Vec<(usize, Range<usize>)>,
    /// Index into `matches`.
    pub current: Option<usize>,
}

impl Find {
    /// The matches in one block.
    pub(crate) fn in_block(&self, block: usize) -> impl Iterator<Item = &Range<usize>> {
        let start = self.matches.partition_point(|(b, _)| *b < block);
        self.matches
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |(b, _)| *b == block)
            .map(|(_, r)| r)
    }
}

/// Every match of `query` in the document's blocks, in reading order.
fn all_matches(doc: &crate::doc::Doc, query: &Query) -> Vec<(usize, Range<usize>)> {
    doc.blocks
        .iter()
        .enumerate()
        .flat_map(|(b, block)| query.find_all(&block.text).into_iter().map(move |r| (b, r)))
        .collect()
}

impl State {
    fn match_line(&self, i: usize) -> Option<usize> {
        let (block, range) = self.reader.search.as_ref()?.matches.get(i)?;
        Some(self.reader.doc()?.line_of(*block, range.start))
    }

    fn show_match(&mut self, i: usize) {
        if let Some(f) = &mut self.reader.search {
            f.current = Some(i);
        }
        if let Some(line) = self.match_line(i) {
            let rows = self.viewport.reader_rows.max(1);
            let s = self.reader.scroll;
            if line < s || line >= s + rows {
                self.reader.scroll = line.saturating_sub(rows / 3).min(self.max_scroll());
            }
        }
    }

    /// Search the article for `text` (as typed): every match, the first one at
    /// or after where the search started made current.
    pub(super) fn set_search(&mut self, text: &str) {
        let Some(doc) = self.reader.doc() else { return };
        let Some(query) = Query::new(text) else {
            self.reader.search = None;
            self.reader.scroll = self.reader.search_origin.min(self.max_scroll());
            return;
        };
        let matches = all_matches(doc, &query);
        let origin = self.reader.search_origin;
        let first = matches
            .iter()
            .position(|(b, r)| doc.line_of(*b, r.start) >= origin)
            .or(if matches.is_empty() { None } else { Some(0) });
        self.reader.search = Some(Find {
            query: text.to_string(),
            matches,
            current: None,
        });
        match first {
            Some(i) => self.show_match(i),
            None => self.reader.scroll = origin.min(self.max_scroll()),
        }
    }

    /// The text was laid out again (resize, re-read, the whole of a huge
    /// article): find the matches again without moving the reader.
    pub(super) fn refresh_search(&mut self) {
        let (Some(f), Some(doc)) = (&self.reader.search, self.reader.doc()) else {
            return;
        };
        let Some(query) = Query::new(&f.query) else {
            return;
        };
        let matches = all_matches(doc, &query);
        let scroll = self.reader.scroll;
        let current = matches
            .iter()
            .position(|(b, r)| doc.line_of(*b, r.start) >= scroll);
        let q = f.query.clone();
        self.reader.search = Some(Find {
            query: q,
            matches,
            current,
        });
    }

    /// `n` / `N`.
    pub(super) fn search_step(&mut self, forward: bool) {
        let Some(f) = &self.reader.search else {
            self.message = Some("No search: press / first".into());
            return;
        };
        let n = f.matches.len();
        if n == 0 {
            self.message = Some(format!("No match for {}", f.query));
            return;
        }
        let next = match (f.current, forward) {
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
            (None, _) => 0,
        };
        if (forward && next == 0) || (!forward && next == n - 1) {
            self.message = Some("Search wrapped".into());
        }
        self.show_match(next);
    }
}
