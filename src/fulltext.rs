//! The full-text index: ctrl-f over a large library without reading every
//! file. A [`tantivy`] index in the cache folder (beside the heads cache,
//! [`store::dir`]) holds per file its path (the key), size and modification
//! time, and its title, source, byline, body and speakers, each case-folded
//! as a case-insensitive query folds text ([`crate::search::fold_str`]).
//!
//! The index only finds candidates: a query's words (or the parts of words
//! a substring query may start or end in) must be in a file's terms. Every
//! candidate is then read and matched with the same [`Terms`] as the scan, so
//! results, smart case and snippets are exactly the scan's.
//!
//! It is a cache: built and updated in the background ([`update::sync`],
//! files added, changed or gone since the last run), rebuilt whole when it
//! cannot be opened or was written by another binary or schema
//! ([`store::open`]); deleting it loses nothing.

pub mod query;
pub mod schema;
pub mod store;
pub mod update;

use std::collections::HashMap;
use std::path::PathBuf;

pub use query::candidates;
pub use schema::Fields;

use crate::search::terms::Terms;

/// Entries that may match, each with its speakers as written.
pub type Entries = Vec<(usize, Vec<String>)>;

/// An index brought up to date with a library: what a search needs.
pub struct Ready {
    pub reader: tantivy::IndexReader,
    pub fields: Fields,
    /// Each indexed file's entry in the library it was synced with.
    pub entries: HashMap<PathBuf, usize>,
    /// Entries the index does not hold (built-in samples, a path that is not
    /// UTF-8): a search reads them as the scan does.
    pub unindexed: Vec<usize>,
}

impl Ready {
    /// The entries that may match `terms`, each with the speakers the index
    /// holds for it, in entry order. `None` when the index cannot narrow the
    /// search (a query without a letter or digit): scan instead.
    ///
    /// # Errors
    /// When the index cannot be read (it is then rebuilt on the next sync).
    pub fn candidates(&self, terms: &Terms) -> tantivy::Result<Option<Entries>> {
        let Some(found) = candidates(&self.reader.searcher(), &self.fields, terms)? else {
            return Ok(None);
        };
        let mut out: Vec<(usize, Vec<String>)> = found
            .into_iter()
            .filter_map(|(path, speakers)| Some((*self.entries.get(&path)?, speakers)))
            .collect();
        out.sort_unstable_by_key(|(i, _)| *i);
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests;
