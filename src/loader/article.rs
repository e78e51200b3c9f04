//! One whole article, read, parsed and laid out on its own thread.
//!
//! A huge file (see [`chunk::BIG`]) first sends its beginning and its end,
//! each parsed and laid out on their own, so the reader shows at once and `G`
//! can show the end; the whole article follows. A web page is never cut as
//! bytes: its article is found in the whole page first (the extractor), and a
//! big one then sends the pieces of that article before parsing all of it; a
//! huge one (see [`chunk::HUGE_PAGE`]) sends the two ends of the page itself
//! first, read on their own (`html::head_piece`, `tail_piece`).

use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::thread;

use super::{Loader, Msg};
use crate::article::{Article, Format};
use crate::doc::{self, BuildOptions};
use crate::library::load::{self, ReadError};
use crate::library::{Source, chunk};
use crate::state::Part;

/// Where the pieces of one article go.
struct Pieces {
    tx: Sender<Msg>,
    generation: u64,
    index: usize,
    opts: BuildOptions,
    bytes: u64,
}

impl Pieces {
    /// Lay out and send the beginning, then the end. False once nobody listens.
    fn send(&self, head: Option<Article>, tail: Option<Article>) -> bool {
        for (part, article) in [(Part::Head, head), (Part::Tail, tail)] {
            let Some(mut article) = article else { continue };
            // The beginning's reading time is the whole file's, as the list
            // estimates it, not that of the piece.
            if part == Part::Head {
                article.words = article.words.max(crate::article::words_of_size(self.bytes));
            }
            let msg = Msg::Partial {
                generation: self.generation,
                index: self.index,
                part,
                doc: doc::build(&article, self.opts),
                bytes: self.bytes,
            };
            if self.tx.send(msg).is_err() {
                return false;
            }
        }
        true
    }

    /// A huge text file: its two ends read and parsed on their own, then the
    /// whole file.
    fn file(&self, path: &std::path::Path, source: &Source, format: Format) -> Option<Whole> {
        let head = chunk::head(path).map(|t| crate::parse::parse(&t, format));
        let tail = chunk::tail(path, self.bytes).map(|t| crate::parse::parse_fragment(&t, format));
        self.send(head, tail).then(|| load::full(source, format))
    }

    /// A huge web page: the two ends of the page on their own, then the
    /// whole page through reader view (see [`Pieces::article_ends`] for one
    /// that takes less time).
    fn page(&self, path: &std::path::Path, source: &Source) -> Option<Whole> {
        let ends = (self.bytes >= chunk::HUGE_PAGE)
            .then(|| chunk::ends(path, self.bytes))
            .flatten();
        let Some((first, last)) = ends else {
            return self.article_ends(source);
        };
        let head = crate::html::head_piece(&first).map(|d| crate::parse::parse_document(&d));
        let tail = crate::html::tail_piece(&first, &last)
            .as_deref()
            .and_then(chunk::tail_of)
            .map(|t| crate::parse::parse_fragment(t, Format::Html));
        self.send(head, tail)
            .then(|| load::full(source, Format::Html))
    }

    /// A big web page: its article extracted from the whole page, the two
    /// ends of that article parsed and sent, then all of it parsed.
    fn article_ends(&self, source: &Source) -> Option<Whole> {
        let document = match load::text(source, Format::Html) {
            Ok(d) => d,
            Err(e) => return Some(Err(e)),
        };
        let head = chunk::head_of(&document).map(crate::parse::parse_document);
        let tail = chunk::tail_of(&document).map(|t| crate::parse::parse_fragment(t, Format::Html));
        self.send(head, tail)
            .then(|| Ok(Arc::new(crate::parse::parse_document(&document))))
    }
}

type Whole = Result<Arc<Article>, ReadError>;

impl Loader {
    /// Read, parse and lay out one article (for `opts`) in the background.
    pub(crate) fn read_article(
        &self,
        index: usize,
        source: Source,
        format: Format,
        opts: BuildOptions,
    ) {
        let (tx, generation) = (self.tx.clone(), self.generation);
        thread::spawn(move || {
            let huge = match &source {
                Source::File(path) => std::fs::metadata(path)
                    .ok()
                    .filter(|md| md.is_file() && md.len() >= chunk::BIG)
                    .map(|md| (path.clone(), md.len())),
                Source::Embedded(_) => None,
            };
            let result = match huge {
                Some((path, bytes)) => {
                    let pieces = Pieces {
                        tx: tx.clone(),
                        generation,
                        index,
                        opts,
                        bytes,
                    };
                    let whole = if format == Format::Html {
                        pieces.page(&path, &source)
                    } else {
                        pieces.file(&path, &source, format)
                    };
                    // None: the app is gone.
                    let Some(whole) = whole else { return };
                    whole
                }
                None => load::full(&source, format),
            };
            let doc = result.as_ref().ok().map(|a| (opts, doc::build(a, opts)));
            let _ = tx.send(Msg::Article {
                generation,
                index,
                result,
                doc,
            });
        });
    }

    /// Lay out an article again (a new width) without blocking the screen:
    /// on the layout thread, superseding any layout asked for before.
    pub fn build_doc(&self, index: usize, article: Arc<Article>, opts: BuildOptions) {
        self.layouts
            .ask(&self.tx, self.generation, index, article, opts);
    }
}
