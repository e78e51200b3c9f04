//! Reading files: the head for the list, the whole file when an article is opened.

use std::fs::File;
use std::io::Read;
use std::sync::Arc;

use super::scan::NOT_A_FILE;
use super::{Facts, Source};
use crate::article::{Article, Format, Meta};
use crate::io_error;

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
    if !is_clean_ascii_controls(bytes) || bytes.starts_with(b"\xEF\xBB\xBF") {
        return None;
    }
    let text = simdutf8::basic::from_utf8(bytes).ok()?;
    (!has_c1_control(text) && !crate::parse::decode::has_bidi_control(bytes)).then_some(text)
}

/// No C0 control but `\n`, no DEL. Blocks of 64 bytes are folded without a
/// branch (the compiler vectorises that), with an early exit between blocks.
fn is_clean_ascii_controls(bytes: &[u8]) -> bool {
    let bad = |acc: u8, &b: &u8| acc | u8::from((b < 0x20 && b != b'\n') || b == 0x7f);
    let blocks = bytes.chunks_exact(64);
    let tail = blocks.remainder();
    blocks.into_iter().all(|c| c.iter().fold(0, bad) == 0) && tail.iter().fold(0, bad) == 0
}

/// U+0080..U+009F, in UTF-8 `C2 80`..`C2 9F`.
fn has_c1_control(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(0xC2, bytes)
        .any(|i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
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
    let meta = match clean_utf8(bytes) {
        Some(text) => crate::parse::parse_head(text, format),
        None => crate::parse::parse_head(&decode(bytes.to_vec())?, format),
    };
    Ok(Head { meta, hash, file })
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_parse_decode(bytes: &[u8]) {
        let want = crate::parse::decode(bytes).map_err(ReadError::from);
        assert_eq!(decode(bytes.to_vec()), want, "{bytes:?}");
        // A head parsed from the bytes as they are: only when that is the text.
        if let Some(text) = clean_utf8(bytes) {
            assert_eq!(Ok(text.to_string()), want, "{bytes:?}");
        }
    }

    #[test]
    fn a_head_tells_the_file_it_was_read_from() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "A title\n\nSome text.\n").unwrap();
        let head = head(&Source::File(path.clone()), Format::Plain).unwrap();
        assert_eq!(head.meta.title, "A title");
        let md = std::fs::metadata(&path).unwrap();
        assert_eq!(head.file, Some(Facts::of(&md)));
        assert_eq!(head.file.unwrap().size, 20);
        let sample = super::head(&Source::Embedded(b"A title\n"), Format::Plain).unwrap();
        assert_eq!(sample.file, None);
    }

    #[test]
    fn a_file_too_large_to_be_an_article_has_no_head() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.txt");
        let file = std::fs::File::create(&path).unwrap();
        // Sparse: no disk space is used.
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        assert_eq!(
            head(&Source::File(path), Format::Plain),
            Err(ReadError::TooLarge)
        );
    }

    #[test]
    fn decoding_agrees_with_the_parser() {
        for bytes in [
            &b"Plain text.\n\nTwo paragraphs."[..],
            b"",
            b"\xEF\xBB\xBFWith a BOM",
            b"tab\there",
            b"crlf\r\nline",
            b"esc \x1b[31mred\x1b[0m",
            b"nul\0byte",
            b"del\x7f",
            "c1 \u{9b}31m and nbsp \u{a0} and \u{85}".as_bytes(),
            "curly \u{2019} quotes and Troms\u{f8}".as_bytes(),
            "bidi \u{202e}gnp.exe\u{202c} and \u{2066}isolate\u{2069}".as_bytes(),
            b"latin-1 caf\xe9",
            b"\xFF\xFEu\0t\0f\0",
            b"cut in the middle of \xE2\x80",
        ] {
            same_as_parse_decode(bytes);
        }
    }

    proptest! {
        #[test]
        fn decoding_agrees_with_the_parser_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            same_as_parse_decode(&bytes);
        }

        #[test]
        fn decoding_agrees_with_the_parser_on_text(text in "[a-z \n\t\r\u{1b}\u{80}-\u{a0}\u{2019}é\u{2029}-\u{202f}\u{2065}-\u{206a}]{0,40}") {
            same_as_parse_decode(text.as_bytes());
        }
    }

    #[test]
    fn a_control_character_is_found_wherever_it_is() {
        for len in [0, 1, 63, 64, 65, 127, 128, 200] {
            let clean = vec![b'a'; len];
            assert!(is_clean_ascii_controls(&clean));
            for at in 0..len {
                for bad in [0x01, 0x1b, 0x7f, b'\t', b'\r'] {
                    let mut dirty = clean.clone();
                    dirty[at] = bad;
                    assert!(!is_clean_ascii_controls(&dirty), "{len} {at} {bad}");
                }
            }
        }
    }

    #[test]
    fn reads_up_to_the_limit() {
        let data = vec![7u8; 10_000];
        let read = |from: &[u8]| {
            let mut buf = Vec::new();
            read_up_to(&mut &from[..], 8192, &mut buf).unwrap();
            buf
        };
        assert_eq!(read(&data).len(), 8192);
        assert_eq!(read(&data[..50]).len(), 50);
        assert!(read(&[]).is_empty());
    }

    #[test]
    fn a_buffer_read_into_again_holds_only_the_second_file() {
        let dir = tempfile::tempdir().unwrap();
        let (long, short) = (dir.path().join("long.txt"), dir.path().join("short.txt"));
        std::fs::write(&long, "x".repeat(5000)).unwrap();
        std::fs::write(&short, "short").unwrap();
        let mut buf = Vec::new();
        read_into(&Source::File(long), None, &mut buf).unwrap();
        assert_eq!(buf.len(), 5000);
        read_into(&Source::File(short), None, &mut buf).unwrap();
        assert_eq!(buf, b"short");
        let gone = read_into(&Source::File(dir.path().join("gone.txt")), None, &mut buf);
        assert!(gone.is_err());
        assert!(buf.is_empty(), "nothing of a file before");
    }

    #[test]
    fn heads_and_texts_of_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let body = "Ports close\n\nBy Jane Doe\n\nThe harbour shut.\n".repeat(400);
        std::fs::write(&path, &body).unwrap();
        let source = Source::File(path);
        let h = head(&source, Format::Plain).unwrap();
        assert_eq!(h.meta.title, "Ports close");
        assert_eq!(h.hash, crate::store::hash(&body.as_bytes()[..HEAD_BYTES]));
        assert_eq!(text(&source, Format::Plain).unwrap(), body);
        assert_eq!(
            full(&source, Format::Plain).unwrap().meta.title,
            "Ports close"
        );
    }
}
