//! One whole article, read and parsed on its own thread.

use std::thread;

use super::{Loaded, Loader};
use crate::article::Format;
use crate::library::{Source, load};

impl Loader {
    /// Read and parse one article in the background.
    pub fn read_article(&self, index: usize, source: Source, format: Format) {
        let (tx, generation) = (self.tx.clone(), self.generation);
        thread::spawn(move || {
            let result = load::full(&source, format);
            let _ = tx.send(Loaded::Article {
                generation,
                index,
                result,
            });
        });
    }
}
