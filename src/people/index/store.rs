//! The people index on disk: a header, then the records in `postcard`.
//!
//! ```text
//! magic   8 bytes  "bylinepi"
//! format  u32 LE   FORMAT (another format is ignored: the index is rebuilt)
//! length  u64 LE   of the body
//! check   u64 LE   crate::store::hash of the body
//! body    postcard { binary, files: [(path, Record)] sorted by path }
//! ```
//!
//! `binary` is the stamp of the byline that wrote it ([`cache::stamp`]):
//! another build may parse differently, so its records are not used. A file
//! that is short, long, fails its check or does not decode is ignored.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Record;
#[cfg(doc)]
use crate::library::cache;

const MAGIC: &[u8; 8] = b"bylinepi";
/// The format of the body; raised whenever [`Record`] or [`super::Quoted`]
/// changes shape.
pub const FORMAT: u32 = 3;

/// The body, borrowed to write.
#[derive(Serialize)]
struct BodyOut<'a> {
    binary: &'a str,
    files: Vec<(&'a str, &'a Record)>,
}

/// The body, owned when read (the same shape as [`BodyOut`]).
#[derive(Deserialize)]
struct BodyIn {
    binary: String,
    files: Vec<(String, Record)>,
}

/// The file's bytes for `files`, written by `binary`.
///
/// # Errors
/// When postcard cannot encode the records.
pub fn encode<'a>(
    files: impl IntoIterator<Item = (&'a String, &'a Record)>,
    binary: &str,
) -> postcard::Result<Vec<u8>> {
    let mut sorted: Vec<(&str, &Record)> =
        files.into_iter().map(|(p, r)| (p.as_str(), r)).collect();
    sorted.sort_unstable_by_key(|(p, _)| *p);
    let body = postcard::to_stdvec(&BodyOut {
        binary,
        files: sorted,
    })?;
    Ok(crate::people::sealed::seal(*MAGIC, FORMAT, &body))
}

/// The records in `bytes` when they are whole, of this format and written by
/// `binary`; `None` otherwise.
pub fn decode(bytes: &[u8], binary: &str) -> Option<HashMap<String, Record>> {
    let body = crate::people::sealed::open(bytes, *MAGIC, FORMAT)?;
    let (read, rest): (BodyIn, _) = postcard::take_from_bytes(body).ok()?;
    if !rest.is_empty() || read.binary != binary {
        return None;
    }
    Some(read.files.into_iter().collect())
}
