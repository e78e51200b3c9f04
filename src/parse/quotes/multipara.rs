//! Quotations that run over several paragraphs: each paragraph opens with a mark and
//! only the last one closes. The paragraph before a continued one has no closing mark.

use std::ops::Range;

use crate::article::BlockKind;

use super::marks;

/// Whether the scanner reads quotations in blocks of this kind.
pub(crate) fn scanned(kind: &BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Paragraph | BlockKind::BlockQuote { .. } | BlockKind::ListItem { .. }
    )
}

/// The byte range of the mark that opens `text` when that mark continues a quotation
/// opened with `open` in the paragraph before.
pub fn continuation(text: &str, open: char) -> Option<Range<usize>> {
    let (at, c) = text.char_indices().find(|&(_, c)| !c.is_whitespace())?;
    if !marks::continues(open, c) {
        return None;
    }
    let end = at + c.len_utf8();
    // A mark followed by nothing continues nothing.
    let rest = text.get(end..)?;
    if rest.trim_start().is_empty() {
        return None;
    }
    Some(at..end)
}

/// Where a paragraph's text ends, without trailing white space: the end of a part
/// that continues into the next paragraph.
pub(crate) fn content_end(text: &str) -> usize {
    text.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_mark_continues() {
        assert_eq!(continuation("\"And more.\"", '"'), Some(0..1));
        assert_eq!(continuation("  „Weiter.“", '„'), Some(2..5));
        assert_eq!(continuation("» Suite. »", '«'), Some(0..2));
    }

    #[test]
    fn other_marks_or_text_do_not_continue() {
        assert_eq!(continuation("“And more.”", '"'), None);
        assert_eq!(continuation("And more.", '"'), None);
        assert_eq!(continuation("\"   ", '"'), None);
        assert_eq!(continuation("", '"'), None);
    }

    #[test]
    fn only_running_text_is_scanned() {
        assert!(scanned(&BlockKind::Paragraph));
        assert!(scanned(&BlockKind::BlockQuote { depth: 1 }));
        assert!(!scanned(&BlockKind::Code));
        assert!(!scanned(&BlockKind::Trailer));
    }

    #[test]
    fn content_end_drops_trailing_space() {
        assert_eq!(content_end("abc \u{a0}"), 3);
    }
}
