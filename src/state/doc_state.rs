//! The reader's document, one lifecycle state at a time: loading (keys and a
//! search wait for it), the pieces of a huge article, ready, or laid out
//! again in the background. A huge article shows its beginning and its end
//! (each laid out on its own) until all of it is read; `G` and `g` move
//! between them, and the whole replaces them at the same place.

use std::sync::Arc;

use super::{Effect, State};
use crate::action::Action;
use crate::doc::{self, BuildOptions, Doc};

/// Which end of a huge article a piece is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Head,
    Tail,
}

/// What waits for the article to be laid out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Waiting {
    /// A movement or jump key pressed before there was anything to move in.
    pub key: Option<Action>,
    /// A search to run (the article was opened from a full-text hit).
    pub search: Option<String>,
    /// A quotation to make current (the article was opened from People).
    pub quote: Option<usize>,
}

/// The pieces of a huge article shown while it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pieces {
    /// Which end is on screen.
    pub showing: Part,
    /// The piece on screen.
    pub shown: Doc,
    /// The other end, once it has arrived.
    pub other: Option<Doc>,
    /// Size of the file.
    pub bytes: u64,
}

/// Where the reader's document is in its life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocState {
    /// Nothing laid out yet: the article is being read (or laid out in the
    /// background for the first time), or none is open.
    Loading(Waiting),
    /// Only pieces of a huge article so far; the whole is being read.
    Partial {
        pieces: Box<Pieces>,
        waiting: Waiting,
    },
    /// The article laid out for the current options.
    Ready(Doc),
    /// Laid out for earlier options: on screen while a new layout is made in
    /// the background (`Effect::Layout`).
    Relayout(Doc),
}

impl Default for DocState {
    fn default() -> Self {
        DocState::Loading(Waiting::default())
    }
}

impl DocState {
    /// The document on screen, if any.
    pub fn doc(&self) -> Option<&Doc> {
        match self {
            DocState::Loading(_) => None,
            DocState::Partial { pieces, .. } => Some(&pieces.shown),
            DocState::Ready(doc) | DocState::Relayout(doc) => Some(doc),
        }
    }

    /// The whole article is laid out (for these options or earlier ones).
    pub(crate) fn is_whole(&self) -> bool {
        matches!(self, DocState::Ready(_) | DocState::Relayout(_))
    }

    /// The piece on screen while only pieces of a huge article are known.
    pub fn showing(&self) -> Option<Part> {
        match self {
            DocState::Partial { pieces, .. } => Some(pieces.showing),
            _ => None,
        }
    }

    /// Take what waits for the layout, leaving nothing waiting.
    fn take_waiting(&mut self) -> Waiting {
        match self {
            DocState::Loading(w) | DocState::Partial { waiting: w, .. } => std::mem::take(w),
            DocState::Ready(_) | DocState::Relayout(_) => Waiting::default(),
        }
    }

    /// The whole article laid out for the current options. (What waited
    /// was taken out first by whoever runs it: `State::settle`.)
    fn ready(&mut self, doc: Doc) {
        *self = DocState::Ready(doc);
    }

    /// No layout (yet): loading, keeping what waits.
    fn unload(&mut self) {
        let waiting = self.take_waiting();
        *self = DocState::Loading(waiting);
    }

    /// A new layout was asked for: the old one stays on screen meanwhile.
    fn relayout(&mut self) {
        if let DocState::Ready(doc) = self {
            *self = DocState::Relayout(std::mem::take(doc));
        }
    }
}

/// Articles longer than this are laid out in the background (about 400 KB;
/// laying one out takes tens of milliseconds).
pub const BACKGROUND_WORDS: usize = 60_000;

impl State {
    /// "reading…" while only pieces of a huge article are shown.
    pub(crate) fn is_partial(&self) -> bool {
        self.reader.layout.showing().is_some()
    }

    /// Wrap the article again (loaded, resized, settings changed), keeping the
    /// text that was at the top of the pane at the top. A huge article is
    /// laid out in the background (`Effect::Layout`).
    pub(super) fn rebuild_doc(&mut self) {
        if self.article().is_none() && self.is_partial() {
            // Only pieces of a huge article so far: they stay (laid out for
            // the old width) until the whole arrives.
            return;
        }
        let opts = self.build_options();
        let (Some(entry), Some(article)) = (self.reader.entry, self.article()) else {
            self.replace_doc(None);
            return;
        };
        if opts.width == 0 {
            self.replace_doc(None);
        } else if article.words > BACKGROUND_WORDS {
            self.effects.push(Effect::Layout {
                entry,
                article: Arc::clone(article),
                opts,
            });
            self.reader.layout.relayout();
        } else {
            let built = doc::build(article, opts);
            self.replace_doc(Some(built));
        }
    }

    /// Show `doc` (or nothing), keeping the text that was at the top of the
    /// pane at the top.
    pub(super) fn replace_doc(&mut self, doc: Option<Doc>) {
        let anchor = self
            .reader
            .doc()
            .and_then(|d| d.anchor_at(self.reader.scroll));
        match doc {
            Some(doc) => self.reader.layout.ready(doc),
            None => self.reader.layout.unload(),
        }
        self.refresh_search();
        if let (Some((block, start)), Some(doc)) = (anchor, self.reader.doc()) {
            self.reader.scroll = doc
                .lines
                .iter()
                .position(|l| l.block == Some(block) && l.end >= start)
                .unwrap_or(0);
        }
        self.clamp_scroll();
    }

    /// A layout made in the background arrived.
    pub fn doc_built(&mut self, index: usize, opts: BuildOptions, doc: Doc) {
        if self.reader.entry == Some(index) && opts == self.build_options() {
            if self.is_partial() {
                // The whole, laid out for options that changed while it was
                // read: it replaces the pieces at the same place.
                self.take_whole(Some((opts, doc)));
                return;
            }
            let first = !self.reader.layout.is_whole();
            let waiting = self.reader.layout.take_waiting();
            self.replace_doc(Some(doc));
            self.settle(first, waiting);
        }
    }

    /// The article is laid out after a wait (`first`: its first whole
    /// layout): the saved place, then the keys and the search that waited.
    /// With still no layout they wait on.
    pub(super) fn settle(&mut self, first: bool, waiting: Waiting) {
        if first {
            self.restore_position();
        }
        match &mut self.reader.layout {
            DocState::Loading(w) | DocState::Partial { waiting: w, .. } => *w = waiting,
            DocState::Ready(_) | DocState::Relayout(_) => {
                if let Some(key) = waiting.key {
                    self.run_waiting_key(key);
                }
                if let Some(q) = waiting.search {
                    self.reader.search_origin = 0;
                    self.set_search(&q);
                }
                if let Some(q) = waiting.quote {
                    self.show_quote(q);
                }
            }
        }
    }

    /// A piece of the article the reader is waiting for. The end is kept
    /// only once the beginning is shown (the loader sends that first).
    pub(crate) fn partial_loaded(&mut self, index: usize, part: Part, doc: Doc, bytes: u64) {
        if self.reader.entry != Some(index) || self.article().is_some() {
            return;
        }
        match &mut self.reader.layout {
            DocState::Loading(waiting) if part == Part::Head => {
                let waiting = std::mem::take(waiting);
                self.reader.layout = DocState::Partial {
                    pieces: Box::new(Pieces {
                        showing: Part::Head,
                        shown: doc,
                        other: None,
                        bytes,
                    }),
                    waiting,
                };
                self.reader.scroll = 0;
            }
            DocState::Partial { pieces, waiting } => {
                pieces.bytes = bytes;
                if pieces.showing == part {
                    pieces.shown = doc;
                } else {
                    pieces.other = Some(doc);
                }
                // `G` pressed before the end was in: show it now, not when
                // the whole has been read.
                if part == Part::Tail && waiting.key == Some(Action::Bottom) {
                    waiting.key = None;
                    self.switch_part(Action::Bottom);
                }
            }
            _ => {}
        }
    }

    /// `G` on the beginning shows the end; `g` on the end shows the beginning.
    /// Returns whether it switched.
    pub(super) fn switch_part(&mut self, action: Action) -> bool {
        let DocState::Partial { pieces, .. } = &mut self.reader.layout else {
            return false;
        };
        let want = match (action, pieces.showing) {
            (Action::Bottom, Part::Head) => Part::Tail,
            (Action::Top, Part::Tail) => Part::Head,
            _ => return false,
        };
        let Some(other) = pieces.other.take() else {
            return false;
        };
        pieces.other = Some(std::mem::replace(&mut pieces.shown, other));
        pieces.showing = want;
        self.reader.scroll = if want == Part::Tail {
            self.max_scroll()
        } else {
            0
        };
        true
    }

    /// The whole article arrived, maybe laid out already for `prebuilt`'s
    /// options: it replaces the pieces at the same place (the same line from
    /// the top on the beginning, from the bottom on the end); then the saved
    /// place, keys and search that waited for it.
    pub(super) fn take_whole(&mut self, prebuilt: Option<(BuildOptions, Doc)>) {
        let opts = self.build_options();
        let doc = prebuilt.and_then(|(o, doc)| (o == opts).then_some(doc));
        if doc.is_none()
            && self.is_partial()
            && self.article().is_some_and(|a| a.words > BACKGROUND_WORDS)
            && opts.width > 0
        {
            // Laid out for other options (the window changed while it was
            // read): the pieces stay, and `G`/`g` with them, until the
            // layout made in the background arrives (`doc_built`).
            self.rebuild_doc();
            return;
        }
        let first = !self.reader.layout.is_whole();
        let waiting = self.reader.layout.take_waiting();
        let Some(showing) = self.reader.layout.showing() else {
            match doc {
                Some(d) => self.replace_doc(Some(d)),
                None => self.rebuild_doc(),
            }
            self.settle(first, waiting);
            return;
        };
        let from_bottom = self.reader.len().saturating_sub(self.reader.scroll);
        self.reader.layout.unload();
        match doc {
            Some(d) => self.reader.layout.ready(d),
            None => self.rebuild_doc(),
        }
        if showing == Part::Tail {
            self.reader.scroll = self.reader.len().saturating_sub(from_bottom);
        }
        self.clamp_scroll();
        self.refresh_search();
        self.settle(first, waiting);
    }
}
