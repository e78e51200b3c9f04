//! The full-text index: ctrl-f over a large library without reading every
//! file. A [`tantivy`] index in the cache folder (beside the heads cache,
//! [`store::dir`]) holds per file its path (the key), size and modification
//! time, and its title, source, byline, body and speakers, each case-folded
//! as a case-insensitive query folds text ([`crate::search::fold_str`]), and
//! the body's terms as written (for a query with a capital).
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
use std::hash::{Hash, Hasher};

pub use query::candidates;
pub use schema::Fields;
use tantivy::{DocAddress, Searcher};

use crate::search::terms::Terms;

/// Entries that may match, each with its speakers as written (read from the
/// index only when the query names a speaker; else empty).
pub type Entries = Vec<(usize, Vec<String>)>;

/// The key a file's path is looked up by while the index is synced and
/// read (a 64-bit hash, not a second copy of 100,000 paths: two paths
/// alike in all 64 bits, a chance of about 1 in 10^9 at 100,000 files,
/// would share one document's key).
#[must_use]
pub fn path_key(path: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    path.hash(&mut h);
    h.finish()
}

/// Entries by the [`path_key`] of their paths.
pub type Keyed = HashMap<u64, usize>;

/// An index brought up to date with a library: what a search needs.
pub struct Ready {
    /// The index as synced: its segments stay as they are, so `keys` holds.
    pub searcher: Searcher,
    pub fields: Fields,
    /// Per segment (in the searcher's order), per document: its entry in
    /// the library it was synced with, `None` for a deleted document or a
    /// file the library no longer has. A lookup needs no stored document.
    keys: Vec<Vec<Option<u32>>>,
    /// Entries the index does not hold (built-in samples, a path that is not
    /// UTF-8): a search reads them as the scan does.
    pub unindexed: Vec<usize>,
}

impl Ready {
    /// The index behind `searcher`, its documents keyed by the entries of
    /// their paths (`entries`): each stored document is read once, here.
    ///
    /// # Errors
    /// When the index cannot be read.
    pub fn new(
        searcher: Searcher,
        fields: Fields,
        entries: &Keyed,
        unindexed: Vec<usize>,
    ) -> tantivy::Result<Self> {
        let key = searcher.schema().get_field_name(fields.key).to_string();
        let mut keys = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let mut of_segment = vec![None; segment.max_doc() as usize];
            // The keys' fast field: no stored document is read.
            let column = segment.fast_fields().u64(&key)?;
            for id in segment.doc_ids_alive() {
                let entry = column
                    .first(id)
                    .and_then(|k| entries.get(&k))
                    .and_then(|&e| u32::try_from(e).ok());
                if let Some(slot) = of_segment.get_mut(id as usize) {
                    *slot = entry;
                }
            }
            keys.push(of_segment);
        }
        Ok(Self {
            searcher,
            fields,
            keys,
            unindexed,
        })
    }

    /// The entries that may match `terms`, in entry order, each with the
    /// speakers the index holds for it when `terms` names a speaker. `None`
    /// when the index cannot narrow the search (a query without a letter or
    /// digit): scan instead.
    ///
    /// # Errors
    /// When the index cannot be read (it is then rebuilt on the next sync).
    pub fn candidates(&self, terms: &Terms) -> tantivy::Result<Option<Entries>> {
        let Some(found) = query::matching(&self.searcher, &self.fields, terms)? else {
            return Ok(None);
        };
        let mut out: Entries = Vec::with_capacity(found.len());
        for address in found {
            let Some(entry) = self.entry(address) else {
                continue;
            };
            let speakers = if terms.has_speaker() {
                query::speakers(&self.searcher.doc(address)?, &self.fields)
            } else {
                Vec::new()
            };
            out.push((entry, speakers));
        }
        out.sort_unstable_by_key(|(i, _)| *i);
        Ok(Some(out))
    }

    fn entry(&self, address: DocAddress) -> Option<usize> {
        let of_segment = self.keys.get(address.segment_ord as usize)?;
        let entry = (*of_segment.get(address.doc_id as usize)?)?;
        usize::try_from(entry).ok()
    }
}

#[cfg(test)]
mod tests;
