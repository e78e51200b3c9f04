//! One whole article, read, parsed and laid out on its own thread.
//!
//! A huge file (see [`chunk::BIG`]) first sends its beginning and its end,
//! each parsed and laid out on their own, so the reader shows at once and `G`
//! can show the end; the whole article follows. A web page is read whole.

use std::sync::Arc;
use std::thread;

use super::{Loader, Msg};
use crate::article::{Article, Format};
use crate::doc::{self, BuildOptions};
use crate::library::{Source, chunk, load};
use crate::state::Part;

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
            // A web page is never cut: its article is found in the whole page.
            if let Source::File(path) = &source
                && format != Format::Html
                && let Ok(md) = std::fs::metadata(path)
                && md.len() >= chunk::BIG
            {
                let pieces = [
                    (
                        Part::Head,
                        chunk::head(path).map(|t| crate::parse::parse(&t, format)),
                    ),
                    (
                        Part::Tail,
                        chunk::tail(path, md.len())
                            .map(|t| crate::parse::parse_fragment(&t, format)),
                    ),
                ];
                for (part, article) in pieces {
                    let Some(article) = article else { continue };
                    let doc = doc::build(&article, opts);
                    let msg = Msg::Partial {
                        generation,
                        index,
                        part,
                        doc,
                        bytes: md.len(),
                    };
                    if tx.send(msg).is_err() {
                        return;
                    }
                }
            }
            let result = load::full(&source, format);
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
