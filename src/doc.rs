//! The reader's document: an [`Article`] laid out as text blocks and wrapped into
//! lines for one width.
//!
//! Built once per (article, width, options) and cached by the reader state; a frame
//! only styles the visible lines ([`Doc::segments`]). Lines are byte ranges into
//! their block's text, so a long article costs a few words per line, not a copy.

mod build;
#[cfg(test)]
mod link_tests;
mod numbers;
mod segments;
#[cfg(test)]
mod tag_tests;
#[cfg(test)]
mod tests;
mod wrap;

use crate::article::Article;
use std::ops::Range;

pub use build::{BuildOptions, SPEAKER_MARGIN, build, build_until, marks_bit};
pub use segments::{Match, Segment, SegmentStyle};

/// What a block of the document is; the theme gives each its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockRole {
    Kicker,
    Headline,
    Standfirst,
    /// Byline, source, date and reading time under the headline.
    Byline,
    /// The article's tags under the byline (`#harbour #climate`).
    Tags,
    /// The rule under the headline block.
    Rule,
    Heading,
    Body,
    BlockQuote,
    ListItem,
    Code,
    Trailer,
}

/// Inline styling flags over a byte range of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    pub emphasis: bool,
    pub strong: bool,
    pub code: bool,
    pub link: bool,
    /// A link's number after its text (`[3]`).
    pub link_index: bool,
    pub dateline: bool,
}

/// A quotation's stretch inside one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRun {
    pub range: Range<usize>,
    /// Index into `Article::quotes`.
    pub quote: usize,
    pub depth: u8,
}

/// One block of text, before wrapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocBlock {
    pub role: BlockRole,
    pub text: String,
    /// Sorted, non-overlapping styled ranges.
    pub runs: Vec<(Range<usize>, Flags)>,
    /// Sorted by start; nested runs lie inside their parent.
    pub quotes: Vec<QuoteRun>,
    /// Columns to indent every line (block quotes, list items).
    pub indent: u16,
    /// Text drawn before the first line ("•", "3.", "│").
    pub marker: Option<String>,
    /// Section of the article this block belongs to.
    pub section: usize,
}

/// One wrapped line: a byte range of one block (or a blank line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Index into `Doc::blocks`; `None` for a blank separator line.
    pub block: Option<u32>,
    pub start: u32,
    pub end: u32,
    /// The line ends in a word broken by hyphenation: draw a `-` after it.
    pub hyphen: bool,
    /// The first line of its block (draws the marker).
    pub first: bool,
}

impl Line {
    pub(crate) const BLANK: Line = Line {
        block: None,
        start: 0,
        end: 0,
        hyphen: false,
        first: false,
    };
}

/// Speakers' names on a blank line under the quotations they said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SpeakerLine<'a> {
    pub line: usize,
    pub names: Vec<&'a str>,
}

/// An article laid out for one text width.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    pub blocks: Vec<DocBlock>,
    pub lines: Vec<Line>,
    /// The width the lines were wrapped to.
    pub width: u16,
    /// Stretch full lines to the width (config `reader.justify`).
    pub justify: bool,
    /// First line of each section (index = `Article::sections` index): its heading,
    /// or the top of the article for the unnamed first section.
    pub section_lines: Vec<usize>,
    /// First line of each block (index = `blocks` index).
    pub block_lines: Vec<usize>,
    /// First line of each quotation (index = `Article::quotes` index); `None` for
    /// a quotation whose marks do not count (config `quotes.styles`).
    pub quote_lines: Vec<Option<usize>>,
    /// Last line of each quotation (where it closes).
    pub quote_end_lines: Vec<Option<usize>>,
}

impl Doc {
    /// The number of wrapped lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The quotations that count (their marks are enabled), in reading
    /// order: (index into `Article::quotes`, first line).
    pub(crate) fn counted_quotes(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.quote_lines
            .iter()
            .enumerate()
            .filter_map(|(q, l)| l.map(|l| (q, l)))
    }

    /// Speakers for a narrow pane, where there is no margin for them: on the
    /// blank line under the paragraph each quotation closes in, names in
    /// order, each once per line; only blank lines within `shown` (a frame
    /// asks for the lines it draws).
    pub(crate) fn speaker_lines<'a>(
        &self,
        article: &'a Article,
        shown: Range<usize>,
    ) -> Vec<SpeakerLine<'a>> {
        let mut under: Vec<SpeakerLine<'a>> = Vec::new();
        for (q, end) in self.quote_end_lines.iter().enumerate() {
            let (Some(end), Some(name)) = (*end, article.speaker(q)) else {
                continue;
            };
            // The blank line after the paragraph the quotation closes in.
            let block = self.lines.get(end).and_then(|l| l.block);
            let blank = end
                + self
                    .lines
                    .iter()
                    .skip(end)
                    .take_while(|l| l.block.is_some() && l.block == block)
                    .count();
            if !shown.contains(&blank) || self.lines.get(blank).is_none_or(|l| l.block.is_some()) {
                continue;
            }
            match under.iter_mut().find(|s| s.line == blank) {
                Some(s) if !s.names.contains(&name) => s.names.push(name),
                Some(_) => {}
                None => under.push(SpeakerLine {
                    line: blank,
                    names: vec![name],
                }),
            }
        }
        under
    }

    /// The block a line belongs to.
    pub(crate) fn block_of(&self, line: &Line) -> Option<&DocBlock> {
        line.block.and_then(|b| self.blocks.get(b as usize))
    }

    /// The section the line at `index` belongs to (0 before any heading).
    pub(crate) fn section_at(&self, index: usize) -> usize {
        self.section_lines
            .iter()
            .rposition(|&start| start <= index)
            .unwrap_or(0)
    }

    /// The section a screen shows, from `top` for `rows` lines: the one whose
    /// text is at the top line, but when the end of the text is on screen
    /// (`whole`: this is the whole article) and no heading is on the top
    /// line, the last heading visible (the text cannot scroll further to
    /// bring it to the top).
    pub(crate) fn section_shown(&self, top: usize, rows: usize, whole: bool) -> usize {
        let at_top = self.section_at(top);
        if self.section_lines.get(at_top) == Some(&top) {
            return at_top;
        }
        let bottom = top.saturating_add(rows.max(1));
        if whole && bottom >= self.lines.len() {
            let shown = top..bottom;
            if let Some(last) = self.section_lines.iter().rposition(|l| shown.contains(l)) {
                return last;
            }
        }
        at_top
    }

    /// The text at line `index` as (block, byte): the line itself, or the first
    /// line with text after it when it is a blank separator.
    pub(crate) fn anchor_at(&self, index: usize) -> Option<(u32, u32)> {
        self.lines
            .get(index..)?
            .iter()
            .find_map(|l| Some((l.block?, l.start)))
    }

    /// The line of block `block` that holds byte `offset`.
    pub(crate) fn line_of(&self, block: usize, offset: usize) -> usize {
        let Some(&first) = self.block_lines.get(block) else {
            return 0;
        };
        let end = self
            .block_lines
            .get(block + 1)
            .copied()
            .unwrap_or(self.lines.len())
            .min(self.lines.len());
        let lines = self.lines.get(first..end).unwrap_or_default();
        let in_block = lines
            .iter()
            .take_while(|l| l.block == u32::try_from(block).ok())
            .count();
        let lines = lines.get(..in_block).unwrap_or_default();
        let i = lines.partition_point(|l| (l.end as usize) <= offset);
        first + i.min(in_block.saturating_sub(1))
    }

    /// The visible text of a line, without styling (tests and search use it).
    #[cfg(test)]
    pub(crate) fn line_text(&self, index: usize) -> String {
        self.segments(index)
            .into_iter()
            .map(|s| s.text)
            .collect::<String>()
    }
}
