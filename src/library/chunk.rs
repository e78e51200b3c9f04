//! The beginning and the end of a huge file, read on their own so that a
//! 20 MB article shows at once (and `G` can show its end) while the whole of it
//! is parsed in the background.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// Files at least this big are opened in pieces first (laying out 512 KB takes
/// tens of milliseconds; the pieces take a few).
pub(crate) const BIG: u64 = 512 * 1024;
/// How much of each end is read.
pub(crate) const CHUNK: u64 = 128 * 1024;
/// Web pages at least this big are shown in pieces of the page itself
/// ([`ends`]) before reader view has read the whole page (about a tenth of
/// a second per megabyte); smaller ones in pieces of the article it finds.
pub(crate) const HUGE_PAGE: u64 = 2 * 1024 * 1024;

fn read_range(path: &Path, from: u64, len: u64) -> Option<Vec<u8>> {
    let mut f = File::open(path).ok()?;
    f.seek(SeekFrom::Start(from)).ok()?;
    let mut buf = Vec::new();
    f.take(len).read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// UTF-16 cannot be cut at an arbitrary byte: such files are read whole.
fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// The first and the last [`CHUNK`] bytes of a file of `size` bytes, as
/// they are (a web page's are cut at its tags: see `html::tail_piece`).
pub fn ends(path: &Path, size: u64) -> Option<(Vec<u8>, Vec<u8>)> {
    let first = read_range(path, 0, CHUNK)?;
    let last = read_range(path, size.checked_sub(CHUNK)?, CHUNK)?;
    Some((first, last))
}

/// The first ~128 KB of text, cut after the last complete paragraph.
pub fn head(path: &Path) -> Option<String> {
    let bytes = read_range(path, 0, CHUNK)?;
    if is_utf16(&bytes) {
        return None;
    }
    let text = crate::parse::decode(&bytes).ok()?;
    head_of(&text).map(str::to_string)
}

/// The last ~128 KB of text, from the first paragraph that starts in it.
pub fn tail(path: &Path, size: u64) -> Option<String> {
    let start = size.checked_sub(CHUNK)?;
    let head = read_range(path, 0, 2)?;
    if is_utf16(&head) {
        return None;
    }
    let bytes = read_range(path, start, CHUNK)?;
    let text = crate::parse::decode(&bytes).ok()?;
    tail_of(&text).map(str::to_string)
}

/// At most [`CHUNK`] bytes from the start of `text` (whole characters), cut
/// after the last complete paragraph: the beginning of a long text in memory
/// (a web page's article, once extracted).
pub fn head_of(text: &str) -> Option<&str> {
    let mut end = text.len().min(window());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = text.get(..end)?;
    let cut = text
        .rfind("\n\n")
        .filter(|&i| i > text.len() / 4)
        .or_else(|| text.rfind('\n'))?;
    text.get(..cut)
}

/// At most [`CHUNK`] bytes from the end of `text` (whole characters), from the
/// first paragraph that starts in them.
pub fn tail_of(text: &str) -> Option<&str> {
    let mut start = text.len().saturating_sub(window());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let text = text.get(start..)?;
    let from = text
        .find("\n\n")
        .filter(|&i| i < text.len() * 3 / 4)
        .or_else(|| text.find('\n'))?;
    Some(text.get(from..)?.trim_start())
}

fn window() -> usize {
    usize::try_from(CHUNK).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_and_tail_are_whole_paragraphs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let para = "A paragraph of news text that goes on for a while.\n\n";
        let n = usize::try_from(CHUNK * 3).unwrap() / para.len();
        let mut text = String::from("Headline\n\n");
        for i in 0..n {
            text.push_str(&para.replace("A paragraph", &format!("Paragraph {i}")));
        }
        std::fs::write(&path, &text).unwrap();
        let h = head(&path).unwrap();
        assert!(h.starts_with("Headline"));
        assert!(h.ends_with("for a while."), "{:?}", &h[h.len() - 40..]);
        let t = tail(&path, text.len() as u64).unwrap();
        assert!(t.starts_with("Paragraph "), "{:?}", &t[..40]);
        assert!(t.trim_end().ends_with(&format!(
            "Paragraph {} of news text that goes on for a while.",
            n - 1
        )));
    }

    #[test]
    fn pieces_of_text_in_memory_are_whole_paragraphs_and_characters() {
        use std::fmt::Write as _;
        let para = "Überall «Zitat» — ein Absatz, der eine Weile läuft.\n\n";
        let n = window() * 3 / para.len();
        let mut text = String::from("Schlagzeile\n\n");
        for i in 0..n {
            write!(text, "{i}. {para}").unwrap();
        }
        let h = head_of(&text).unwrap();
        assert!(h.starts_with("Schlagzeile") && h.len() <= window());
        assert!(h.ends_with("läuft."), "{:?}", &h[h.len() - 20..]);
        let t = tail_of(&text).unwrap();
        assert!(t.len() <= window());
        assert!(t.starts_with(char::is_numeric), "{:?}", &t[..20]);
        assert!(
            t.trim_end()
                .ends_with(&format!("{}. {}", n - 1, para.trim_end()))
        );
        // Short texts are their own pieces; one line has none to cut at.
        assert_eq!(head_of("a\n\nb\n"), Some("a\n\nb"));
        assert_eq!(tail_of("a\n\nb\n"), Some("b\n"));
        assert_eq!(head_of("no line end"), None);
    }

    #[test]
    fn utf16_and_small_files_have_no_pieces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u16.txt");
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(std::iter::repeat_n([b'a', 0], 100_000).flatten());
        std::fs::write(&path, &bytes).unwrap();
        assert!(head(&path).is_none());
        assert!(tail(&path, bytes.len() as u64).is_none());
        assert!(tail(&path, 10).is_none());
    }
}
