//! Reading files: the head for the list, the whole file when an article is opened.

use std::fs::File;
use std::io::Read;
use std::sync::Arc;

use super::scan::NOT_A_FILE;
use super::{Facts, Source};
use crate::article::{Article, Format, Meta};
use crate::io_error;
use crate::parse::decode::is_clean;

/// How much of a file is read for its title, date and source.
pub const HEAD_BYTES: usize = 8 * 1024;

pub use super::scan::{MAX_FILE_BYTES, TOO_LARGE};

/// Why a file could not be read as an article. Shown to the user beside the
/// file's name (status bar, skipped list, `byline parse`), so each message is one
/// short line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Opening or reading failed; `reason` is short and has no OS error number
    /// (see [`crate::io_error::reason`]).
    #[error("{reason}")]
    Io {
        kind: std::io::ErrorKind,
        reason: String,
    },
    /// A FIFO, socket, device or folder: not opened (see [`NOT_A_FILE`]).
    #[error("{}", NOT_A_FILE)]
    NotAFile,
    /// Over [`MAX_FILE_BYTES`] (see [`TOO_LARGE`]).
    #[error("{}", TOO_LARGE)]
    TooLarge,
    /// The bytes are not text.
    #[error(transparent)]
    Decode(#[from] crate::parse::DecodeError),
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io {
            kind: e.kind(),
            reason: io_error::reason(&e),
        }
    }
}

fn read_prefix(source: &Source, limit: Option<usize>) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    read_into(source, limit, &mut buf)?;
    Ok(buf)
}

/// The file's bytes (at most `limit`) in `buf`, which is cleared first: a
/// scan of every file reuses one buffer.
///
/// # Errors
/// [`ReadError`] when the file cannot be read, is not a regular file, or
/// is too large to read whole.
pub fn read_into(
    source: &Source,
    limit: Option<usize>,
    buf: &mut Vec<u8>,
) -> Result<(), ReadError> {
    read_with_facts(source, limit, buf).map(|_| ())
}

/// [`read_into`], with the file's [`Facts`] as it was read (`None` for an
/// embedded sample). A file over [`MAX_FILE_BYTES`] is refused even when
/// only its beginning is asked for: it is no article.
fn read_with_facts(
    source: &Source,
    limit: Option<usize>,
    buf: &mut Vec<u8>,
) -> Result<Option<Facts>, ReadError> {
    buf.clear();
    match source {
        Source::Embedded(bytes) => {
            let n = limit.map_or(bytes.len(), |l| l.min(bytes.len()));
            buf.extend_from_slice(bytes.get(..n).unwrap_or_default());
            Ok(None)
        }
        Source::File(path) => {
            let mut file = match open_regular(path) {
                Ok(file) => file,
                // A socket cannot be opened at all (ENXIO): named for what it is.
                Err(_) if std::fs::metadata(path).is_ok_and(|md| !md.is_file()) => {
                    return Err(ReadError::NotAFile);
                }
                Err(e) => return Err(e.into()),
            };
            let md = file.metadata()?;
            if !md.is_file() {
                return Err(ReadError::NotAFile);
            }
            if md.len() > MAX_FILE_BYTES {
                return Err(ReadError::TooLarge);
            }
            let facts = Some(Facts::of(&md));
            if let Some(l) = limit {
                // As much as the file has (one read, where asking for the
                // limit took a second to find the end); a file said to be
                // empty may not be (`/proc`), and is read to its end.
                let size = usize::try_from(md.len()).unwrap_or(usize::MAX);
                let want = if size == 0 { l } else { l.min(size) };
                return read_up_to(&mut file, want, buf).map(|()| facts);
            }
            // A file that grows while it is read stops at the limit too.
            let hint = usize::try_from(md.len()).unwrap_or(0).saturating_add(1);
            buf.reserve(hint);
            file.take(MAX_FILE_BYTES + 1).read_to_end(buf)?;
            if buf.len() as u64 > MAX_FILE_BYTES {
                return Err(ReadError::TooLarge);
            }
            Ok(facts)
        }
    }
}

/// `path` opened for reading without waiting: a FIFO's `open` would block
/// until a writer comes (`O_NONBLOCK`; the caller refuses what is not a
/// regular file by the opened file's metadata, one path lookup where a
/// `stat` first made two, for each of 100,000 heads).
fn open_regular(path: &std::path::Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    #[cfg(not(unix))]
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    options.open(path)
}

/// At most `limit` bytes from the start, into `buf` (empty): two reads for a
/// small file (the bytes, then the end), where `read_to_end` would probe and
/// grow its buffer first.
fn read_up_to(file: &mut impl Read, limit: usize, buf: &mut Vec<u8>) -> Result<(), ReadError> {
    buf.resize(limit, 0);
    let mut filled = 0;
    while let Some(rest) = buf.get_mut(filled..).filter(|r| !r.is_empty()) {
        match file.read(rest) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    buf.truncate(filled);
    Ok(())
}

/// The decoded text of `bytes`, exactly as [`crate::parse::decode`] gives it, but
/// without a copy and a pass of the cleaner when there is nothing to clean: UTF-8
/// without a byte-order mark, tabs, carriage returns, control characters (C0
/// but the line feed, DEL, C1) or bidi controls: most saved articles.
fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    // Nothing to clean: the bytes are the text. `String::from_utf8` checks
    // them again (there is no unchecked way without `unsafe`) and cannot
    // fail here.
    let bytes = if clean_utf8(&bytes).is_some() {
        match String::from_utf8(bytes) {
            Ok(text) => return Ok(text),
            Err(e) => e.into_bytes(),
        }
    } else {
        bytes
    };
    Ok(crate::parse::decode(&bytes)?)
}

/// `bytes` as the text [`decode`] would give, when that is `bytes` as they
/// are (borrowed: a head is parsed without a copy), checked with SIMD
/// (`simdutf8`: std's check is slow on text with curly quotes and dashes).
pub(crate) fn clean_utf8(bytes: &[u8]) -> Option<&str> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return None;
    }
    let text = simdutf8::basic::from_utf8(bytes).ok()?;
    is_clean(text).then_some(text)
}

/// UTF-8 text that [`crate::parse::decode`] gives back as it is wherever it
/// needs no cleaning (no byte-order mark to drop, no NUL that makes it a
/// binary file, no encoding to guess): for a head, only the part its rules
/// read is checked for cleaning ([`is_clean`]).
fn plain_utf8(bytes: &[u8]) -> Option<&str> {
    if bytes.starts_with(b"\xEF\xBB\xBF") || memchr::memchr(0, bytes).is_some() {
        return None;
    }
    simdutf8::basic::from_utf8(bytes).ok()
}

/// What the head of a file tells: the list's columns and the reading-state key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub meta: Meta,
    /// Hash of the head's bytes (see [`crate::store::hash`]).
    pub hash: u64,
    /// The file's size, time and identity when the head was read (`None`
    /// for a sample): a folder walked for a first list does not look them
    /// up itself (see `scan::scan_seen`).
    pub file: Option<Facts>,
}

/// Read the head of an article: what the list shows.
///
/// # Errors
/// [`ReadError`] when the file cannot be read or is not text.
pub fn head(source: &Source, format: Format) -> Result<Head, ReadError> {
    head_in(source, format, &mut Vec::new())
}

/// [`head`], the bytes read into `buf`: a worker reading thousands of heads
/// reuses one buffer (a new 8 KB one for each had the allocator
/// consolidating its free lists).
///
/// # Errors
/// [`ReadError`] when the file cannot be read or is not text.
pub fn head_in(source: &Source, format: Format, buf: &mut Vec<u8>) -> Result<Head, ReadError> {
    let file = read_with_facts(source, Some(HEAD_BYTES), buf)?;
    let bytes = &buf[..];
    let hash = crate::store::hash(bytes);
    if format == Format::Html {
        return Ok(Head {
            meta: crate::parse::parse_html_head(bytes),
            hash,
            file,
        });
    }
    let meta = head_meta(bytes, format)?;
    Ok(Head { meta, hash, file })
}

/// What the head rules find in the first bytes of a plain or Markdown file:
/// the same as in their decoded text. Most heads are UTF-8 whose first 2 KB
/// or so, all the rules read, need no cleaning: only those are checked, and
/// nothing is copied.
fn head_meta(bytes: &[u8], format: Format) -> Result<Meta, ReadError> {
    match plain_utf8(bytes).and_then(|t| crate::parse::parse_clean_head(t, format, is_clean)) {
        Some(meta) => Ok(meta),
        None => Ok(crate::parse::parse_head(&decode(bytes.to_vec())?, format)),
    }
}

/// Read and decode a whole file (for the full-text search): a web page's
/// article as Markdown, not its markup.
///
/// # Errors
/// [`ReadError`] when the file cannot be read or is not text.
pub fn text(source: &Source, format: Format) -> Result<String, ReadError> {
    let bytes = read_prefix(source, None)?;
    if format == Format::Html {
        return Ok(crate::html::document(&bytes, None));
    }
    decode(bytes)
}

/// Read and parse a whole article.
///
/// # Errors
/// [`ReadError`] when the file cannot be read or is not text.
pub fn full(source: &Source, format: Format) -> Result<Arc<Article>, ReadError> {
    let bytes = read_prefix(source, None)?;
    if format == Format::Html {
        return Ok(Arc::new(crate::parse::parse_bytes(&bytes, format)?));
    }
    let text = decode(bytes)?;
    Ok(Arc::new(crate::parse::parse(&text, format)))
}

#[cfg(test)]
mod tests;
