//! A huge article before all of it is read: its beginning and its end are
//! shown (each laid out on its own), `G` and `g` move between them, and the
//! whole article replaces them at the same place when it arrives.

use super::State;
use crate::action::Action;
use crate::doc::{BuildOptions, Doc};

/// Which end of a huge article a piece is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Head,
    Tail,
}

/// The pieces of a huge article shown while it is read.
#[derive(Debug, Clone, Default)]
pub struct Partial {
    pub head: Option<Doc>,
    pub tail: Option<Doc>,
    /// The piece on screen (`None` before the first arrives).
    pub showing: Option<Part>,
    /// Size of the file.
    pub bytes: u64,
}

impl State {
    /// A piece of the article the reader is waiting for.
    pub fn partial_loaded(&mut self, index: usize, part: Part, doc: Doc, bytes: u64) {
        if self.reader.entry != Some(index) || self.article().is_some() {
            return;
        }
        let p = self.reader.partial.get_or_insert_with(Partial::default);
        p.bytes = bytes;
        match part {
            Part::Head => p.head = Some(doc),
            Part::Tail => p.tail = Some(doc),
        }
        if p.showing.is_none() && part == Part::Head {
            p.showing = Some(Part::Head);
            self.reader.doc = p.head.clone();
            self.reader.scroll = 0;
        }
    }

    /// `G` on the beginning shows the end; `g` on the end shows the beginning.
    /// Returns whether it switched.
    pub(super) fn switch_part(&mut self, action: Action) -> bool {
        let Some(p) = &mut self.reader.partial else {
            return false;
        };
        let (want, doc) = match (action, p.showing) {
            (Action::Bottom, Some(Part::Head)) => (Part::Tail, p.tail.clone()),
            (Action::Top, Some(Part::Tail)) => (Part::Head, p.head.clone()),
            _ => return false,
        };
        let Some(doc) = doc else { return false };
        p.showing = Some(want);
        self.reader.doc = Some(doc);
        self.reader.scroll = if want == Part::Tail { usize::MAX } else { 0 };
        super::reader::clamp(self);
        true
    }

    /// The whole article arrived, maybe laid out already for `prebuilt`'s
    /// options: it replaces the pieces at the same place (the same line from
    /// the top on the beginning, from the bottom on the end).
    pub(super) fn take_whole(&mut self, prebuilt: Option<(BuildOptions, Doc)>) {
        let partial = self.reader.partial.take();
        let opts = self.build_options();
        let doc = match prebuilt {
            Some((o, doc)) if o == opts => Some(doc),
            _ => None,
        };
        let Some(p) = partial.filter(|p| p.showing.is_some()) else {
            match doc {
                Some(d) => self.replace_doc(Some(d)),
                None => self.rebuild_doc(),
            }
            return;
        };
        let from_bottom = self.reader.len().saturating_sub(self.reader.scroll);
        self.reader.doc = None;
        match doc {
            Some(d) => self.reader.doc = Some(d),
            None => self.rebuild_doc(),
        }
        if p.showing == Some(Part::Tail) {
            self.reader.scroll = self.reader.len().saturating_sub(from_bottom);
        }
        super::reader::clamp(self);
        self.refresh_search();
    }

    /// "reading…" while only pieces of a huge article are shown.
    pub fn is_partial(&self) -> bool {
        self.reader
            .partial
            .as_ref()
            .is_some_and(|p| p.showing.is_some())
    }
}
