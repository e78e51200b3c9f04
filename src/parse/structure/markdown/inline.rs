//! The text of one Markdown block as it is gathered, with its marks.

use crate::article::{Mark, MarkKind};

/// A mark that is open.
pub enum Open {
    Emphasis,
    Strong,
    Link(String),
    /// A link whose target was refused: its text is kept, unmarked.
    Refused,
}

/// Rendered text of the current block and its marks.
#[derive(Default)]
pub(crate) struct Inline {
    text: String,
    marks: Vec<Mark>,
    open: Vec<(usize, Open)>,
}

impl Inline {
    /// Room for a block whose Markdown source is `len` bytes long (its text is no
    /// longer), so that it is not grown piece by piece.
    pub fn expect(&mut self, len: usize) {
        if self.text.capacity() == 0 {
            self.text.reserve(len);
        }
    }

    /// Running text: line breaks fold to spaces.
    pub fn text(&mut self, t: &str) {
        // A block grows by many small pieces: start it with room for a paragraph.
        if self.text.capacity() == 0 {
            self.text.reserve(t.len().max(256));
        }
        if memchr::memchr(b'\n', t.as_bytes()).is_none() {
            self.text.push_str(t);
            return;
        }
        for (i, part) in t.split('\n').enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            self.text.push_str(part);
        }
    }

    /// Text of a code block, kept as is.
    pub fn raw(&mut self, t: &str) {
        self.text.push_str(t);
    }

    /// Inline code: the text, marked.
    pub fn code(&mut self, t: &str) {
        let start = self.text.len();
        self.text(t);
        self.push(start, MarkKind::Code);
    }

    pub fn open(&mut self, kind: Open) {
        self.open.push((self.text.len(), kind));
    }

    pub fn close(&mut self) {
        if let Some((start, kind)) = self.open.pop() {
            let kind = match kind {
                Open::Emphasis => MarkKind::Emphasis,
                Open::Strong => MarkKind::Strong,
                Open::Link(url) => MarkKind::Link { url },
                Open::Refused => return,
            };
            self.push(start, kind);
        }
    }

    fn push(&mut self, start: usize, kind: MarkKind) {
        let end = self.text.len();
        if start < end {
            self.marks.push(Mark {
                range: start..end,
                kind,
            });
        }
    }

    /// The block's text, trimmed, and its marks (sorted, shifted to the trimmed text).
    pub fn take(&mut self) -> (String, Vec<Mark>) {
        let text = std::mem::take(&mut self.text);
        let mut marks = std::mem::take(&mut self.marks);
        let open_at = self.text.len();
        for (start, _) in &mut self.open {
            *start = open_at;
        }
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        let len = trimmed.len();
        marks.retain_mut(|m| {
            m.range = m.range.start.saturating_sub(lead).min(len)
                ..m.range.end.saturating_sub(lead).min(len);
            !m.range.is_empty()
        });
        marks.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
        if trimmed.len() == text.len() {
            return (text, marks);
        }
        (trimmed.to_owned(), marks)
    }

    /// A code block's text without its final line end; no marks.
    pub(crate) fn take_raw(&mut self) -> (String, Vec<Mark>) {
        let text = std::mem::take(&mut self.text);
        self.marks.clear();
        (text.trim_end_matches('\n').to_owned(), Vec::new())
    }
}
