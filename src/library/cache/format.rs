//! The heads cache on disk: a prefix, then length-prefixed chunks, each with
//! its own checksum, each a `postcard` body.
//!
//! ```text
//! magic    8 bytes  "bylinehc"
//! format   u32 LE   FORMAT (another format is ignored: the cache is rebuilt)
//! chunk*   length u32 LE | check u64 LE (crate::store::hash of the body) | body
//! ```
//!
//! Chunk 0 is the [`Header`] (the binary's stamp, the absolute roots, the
//! files the scan skipped, and `base`: where the chunks written whole end).
//! Then come chunks of [`Record`]s in the order the list last showed them, a
//! small one first ([`FIRST`] records: a screenful) and then [`CHUNK`] records
//! each. Past `base` is the log: chunks appended as files change, whose
//! records replace those before them (a record without a head is a file
//! gone). A chunk that is cut short or fails its check ends the file there: a
//! torn tail (a crash while appending) costs only what it held.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::meta::CachedMeta;
use crate::library::Identity;

const MAGIC: &[u8; 8] = b"bylinehc";
/// Raised whenever [`Header`], [`Record`] or [`CachedMeta`] changes shape.
pub(crate) const FORMAT: u32 = 3;
const PREFIX: usize = 8 + 4;
const FRAME: usize = 4 + 8;
/// Records in the first chunk: more than a screen's rows.
pub(crate) const FIRST: usize = 256;
/// Records in each later chunk.
pub(crate) const CHUNK: usize = 4096;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Header<'a> {
    /// Which binary wrote it (see [`super::stamp`]).
    #[serde(borrow)]
    pub binary: Cow<'a, str>,
    /// The roots, absolute, that records' `root` numbers point to.
    #[serde(borrow)]
    pub roots: Vec<Cow<'a, str>>,
    /// Files the scan skipped: path (as the scan gave it) and reason.
    #[serde(borrow)]
    pub skipped: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Bytes from the start of the file to the end of the last chunk written
    /// whole; the log follows.
    pub base: u64,
    /// The sort the records are in, when they are in one (key: 0 date, 1
    /// title, 2 source; descending): the list is then shown in their order
    /// without sorting it (see `Sorted::adopt`).
    pub sort: Option<(u8, bool)>,
    /// Records in the chunks written whole: the list's length before the
    /// log (the title counts them while the first chunk alone is shown).
    pub count: u64,
}

/// A sort as the header keeps it.
pub(crate) fn sort_code(sort: crate::config::Sort) -> (u8, bool) {
    use crate::config::SortKey;
    let key = match sort.key {
        SortKey::Date => 0,
        SortKey::Title => 1,
        SortKey::Source => 2,
    };
    (key, sort.descending)
}

/// The sort a header's code stands for (`None`: not one of this binary's).
pub(crate) fn sort_of((key, descending): (u8, bool)) -> Option<crate::config::Sort> {
    use crate::config::SortKey;
    let key = match key {
        0 => SortKey::Date,
        1 => SortKey::Title,
        2 => SortKey::Source,
        _ => return None,
    };
    Some(crate::config::Sort { key, descending })
}

/// One file: where it is, which version, and its head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Record<'a> {
    /// Which of the header's roots it was found under.
    pub root: u32,
    /// Its path under that root (`""`: the root is this file).
    #[serde(borrow)]
    pub rel: Cow<'a, str>,
    pub size: u64,
    /// Modification time: seconds and nanoseconds since the epoch.
    pub modified: (u64, u32),
    pub identity: Option<Identity>,
    /// The head's hash (the reading-state key) and what the list shows;
    /// `None`: the file is gone (a record of the log).
    #[serde(borrow)]
    pub head: Option<(u64, CachedMeta<'a>)>,
}

/// One chunk's frame and body, appended to `out`.
fn frame(out: &mut Vec<u8>, body: &[u8]) -> Option<()> {
    out.extend_from_slice(&u32::try_from(body.len()).ok()?.to_le_bytes());
    out.extend_from_slice(&crate::store::hash(body).to_le_bytes());
    out.extend_from_slice(body);
    Some(())
}

/// A whole file: the header and the records, in that order, chunked.
pub(crate) fn encode(header: &Header<'_>, records: &[Record<'_>]) -> Option<Vec<u8>> {
    let mut chunks = Vec::new();
    let (first, rest) = records.split_at(records.len().min(FIRST));
    for part in std::iter::once(first).chain(rest.chunks(CHUNK)) {
        if !part.is_empty() {
            frame(&mut chunks, &postcard::to_stdvec(part).ok()?)?;
        }
    }
    // The header's length depends on `base`, which counts the header:
    // encoded once to learn its size (a varint that grows at most once).
    let mut header = header.clone();
    header.count = records.len() as u64;
    let mut head = Vec::new();
    for _ in 0..3 {
        head = postcard::to_stdvec(&header).ok()?;
        let base = (PREFIX + FRAME + head.len() + chunks.len()) as u64;
        if base == header.base {
            break;
        }
        header.base = base;
    }
    let mut out = Vec::with_capacity(PREFIX + FRAME + head.len() + chunks.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    frame(&mut out, &head)?;
    out.extend_from_slice(&chunks);
    (out.len() as u64 == header.base).then_some(out)
}

/// A chunk of the log: `records` framed, to append to a file.
pub(crate) fn log_chunk(records: &[Record<'_>]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    frame(&mut out, &postcard::to_stdvec(records).ok()?)?;
    Some(out)
}

/// A file's chunks, read without copying: the header, then record chunks.
#[derive(Debug)]
pub(crate) struct Chunks<'b> {
    bytes: &'b [u8],
    at: usize,
    /// A chunk was cut short or failed its check (the rest is ignored).
    pub torn: bool,
}

impl<'b> Chunks<'b> {
    /// The header of `bytes` and its record chunks, when the prefix and the
    /// header are whole and of this format.
    pub fn open(bytes: &'b [u8]) -> Option<(Header<'b>, Self)> {
        let (magic, rest) = bytes.split_first_chunk::<8>()?;
        let format = rest.first_chunk::<4>()?;
        if magic != MAGIC || u32::from_le_bytes(*format) != FORMAT {
            return None;
        }
        let mut chunks = Self {
            bytes,
            at: PREFIX,
            torn: false,
        };
        let header: Header<'b> = postcard::from_bytes(chunks.next_body()?).ok()?;
        Some((header, chunks))
    }

    /// The record chunks of `bytes` from byte `at` (an offset [`Chunks::offset`]
    /// gave), once the header has been read.
    pub fn at(bytes: &'b [u8], at: usize) -> Self {
        Self {
            bytes,
            at,
            torn: false,
        }
    }

    /// Where the next chunk starts.
    pub fn offset(&self) -> usize {
        self.at
    }

    /// The next chunk's body, checked; `None` at the end or at a torn chunk.
    pub fn next_body(&mut self) -> Option<&'b [u8]> {
        let rest = self.bytes.get(self.at..)?;
        if rest.is_empty() {
            return None;
        }
        let body = (|| {
            let (len, rest) = rest.split_first_chunk::<4>()?;
            let (check, rest) = rest.split_first_chunk::<8>()?;
            let body = rest.get(..usize::try_from(u32::from_le_bytes(*len)).ok()?)?;
            (u64::from_le_bytes(*check) == crate::store::hash(body)).then_some(body)
        })();
        if let Some(b) = body {
            self.at += FRAME + b.len();
        } else {
            self.torn = true;
            self.at = self.bytes.len();
        }
        body
    }
}

/// A chunk body's records (`None`: it does not decode).
pub(crate) fn records(body: &[u8]) -> Option<Vec<Record<'_>>> {
    postcard::from_bytes(body).ok()
}

impl<'b> Iterator for Chunks<'b> {
    type Item = Vec<Record<'b>>;

    /// The next chunk's records; a chunk that does not decode ends the file
    /// like a torn one.
    fn next(&mut self) -> Option<Self::Item> {
        let body = self.next_body()?;
        let records = records(body);
        if records.is_none() {
            self.torn = true;
            self.at = self.bytes.len();
        }
        records
    }
}

#[cfg(test)]
mod tests;
