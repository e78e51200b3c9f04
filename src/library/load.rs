//! Reading files: the head for the list, the whole file when an article is opened.

use std::fs::File;
use std::io::Read;
use std::sync::Arc;

use super::Source;
use super::scan::{NOT_A_FILE, io_reason};
use crate::article::{Article, Format, Meta};

/// How much of a file is read for its title, date and source.
pub const HEAD_BYTES: usize = 8 * 1024;

fn read_prefix(source: &Source, limit: Option<usize>) -> Result<Vec<u8>, String> {
    match source {
        Source::Embedded(bytes) => {
            let n = limit.map_or(bytes.len(), |l| l.min(bytes.len()));
            Ok(bytes.get(..n).unwrap_or_default().to_vec())
        }
        Source::File(path) => {
            // Checked before opening: opening a FIFO blocks until a writer comes.
            let md = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
            if !md.is_file() {
                return Err(NOT_A_FILE.into());
            }
            let file = File::open(path).map_err(|e| io_reason(&e))?;
            let mut buf = Vec::new();
            let result = match limit {
                Some(l) => file.take(l as u64).read_to_end(&mut buf),
                None => (&file).read_to_end(&mut buf),
            };
            result.map_err(|e| io_reason(&e))?;
            Ok(buf)
        }
    }
}

/// What the head of a file tells: the list's columns and the reading-state key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub meta: Meta,
    /// Hash of the head's bytes (see [`crate::store::hash`]).
    pub hash: u64,
}

/// Read the head of an article: what the list shows.
///
/// # Errors
/// A one-line reason when the file cannot be read or is not text.
pub fn head(source: &Source, format: Format) -> Result<Head, String> {
    let bytes = read_prefix(source, Some(HEAD_BYTES))?;
    let text = crate::parse::decode(&bytes).map_err(|e| e.to_string())?;
    Ok(Head {
        meta: crate::parse::parse_head(&text, format),
        hash: crate::store::hash(&bytes),
    })
}

/// Read and decode a whole file (for the full-text search).
///
/// # Errors
/// A one-line reason when the file cannot be read or is not text.
pub fn text(source: &Source) -> Result<String, String> {
    let bytes = read_prefix(source, None)?;
    crate::parse::decode(&bytes).map_err(|e| e.to_string())
}

/// Read and parse a whole article.
///
/// # Errors
/// A one-line reason when the file cannot be read or is not text.
pub fn full(source: &Source, format: Format) -> Result<Arc<Article>, String> {
    let bytes = read_prefix(source, None)?;
    crate::parse::parse_bytes(&bytes, format)
        .map(Arc::new)
        .map_err(|e| e.to_string())
}
