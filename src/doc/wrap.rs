//! Blocks -> lines, with textwrap's word separation and first-fit (or, on
//! request, balanced optimal-fit) wrapping.
//!
//! textwrap's `Word`s are slices of the block text, so every line is kept as a
//! byte range of its block rather than as a new string.

use std::ops::Range;
use std::sync::LazyLock;

use textwrap::core::Word;
use textwrap::wrap_algorithms::Penalties;
use textwrap::{WordSeparator, WordSplitter, WrapAlgorithm};
use unicode_width::UnicodeWidthChar;

use unicode_width::UnicodeWidthStr;

use super::build::{FIELD_SEPARATOR, TAG_SEPARATOR};
use super::{BlockRole, BuildOptions, DocBlock, Line};

/// English hyphenation patterns, loaded once when first needed.
static HYPHENATOR: LazyLock<WordSplitter> = LazyLock::new(|| {
    use hyphenation::{Language, Load, Standard};
    Standard::from_embedded(Language::EnglishUS)
        .map_or(WordSplitter::HyphenSplitter, WordSplitter::Hyphenation)
});

/// Optimal fit, but a line never runs past the column: textwrap's default
/// lets a line overflow by one column when that avoids a ragged break (found by
/// the wrap property test).
const NEVER_OVERFLOW: Penalties = {
    let mut p = Penalties::new();
    p.overflow_penalty = 1_000_000_000;
    p
};

/// Wrapped lines plus where each block's lines are.
pub(crate) struct Wrapped {
    pub lines: Vec<Line>,
    /// First line of each block.
    pub first_line: Vec<usize>,
    /// Lines of each block.
    block_lines: Vec<Range<usize>>,
}

impl Wrapped {
    /// The line of block `b` that holds byte `offset`.
    pub(crate) fn line_of(&self, b: usize, offset: usize) -> usize {
        let Some(range) = self.block_lines.get(b) else {
            return 0;
        };
        let lines = self.lines.get(range.clone()).unwrap_or_default();
        let i = lines.partition_point(|l| l.end as usize <= offset);
        range.start + i.min(lines.len().saturating_sub(1))
    }
}

/// Blank lines to put before `block` when it follows `prev`.
fn gap(
    prev: Option<&DocBlock>,
    block: &DocBlock,
    opts: BuildOptions,
    header_len: usize,
    index: usize,
) -> u16 {
    let Some(prev) = prev else { return 0 };
    if index < header_len {
        return 0;
    }
    if prev.role == BlockRole::Rule {
        return 1;
    }
    let spacing = opts.paragraph_spacing;
    match (prev.role, block.role) {
        (_, BlockRole::Heading) => spacing.max(1),
        (BlockRole::ListItem, BlockRole::ListItem) => 0,
        _ => spacing,
    }
}

/// `None` when `cancelled` says so (asked before each block).
pub(crate) fn wrap_blocks(
    blocks: &[DocBlock],
    spoken: &[bool],
    opts: BuildOptions,
    header_len: usize,
    cancelled: &dyn Fn() -> bool,
) -> Option<Wrapped> {
    let mut lines = Vec::new();
    let mut first_line = Vec::with_capacity(blocks.len());
    let mut block_lines = Vec::with_capacity(blocks.len());
    let mut prev = None;
    for (i, block) in blocks.iter().enumerate() {
        if cancelled() {
            return None;
        }
        // A row for the speakers' names under the block before.
        let names = i
            .checked_sub(1)
            .and_then(|p| spoken.get(p))
            .is_some_and(|s| *s);
        for _ in 0..gap(prev, block, opts, header_len, i) + u16::from(names) {
            lines.push(Line::BLANK);
        }
        let start = lines.len();
        first_line.push(start);
        let b = u32::try_from(i).unwrap_or(u32::MAX);
        let width = usize::from(opts.width)
            .saturating_sub(usize::from(block.indent) + prefix_width(block))
            .max(1);
        match block.role {
            BlockRole::Rule => lines.push(Line {
                block: Some(b),
                ..Line::BLANK
            }),
            BlockRole::Code => cut_lines(&block.text, width, b, &mut lines),
            BlockRole::Byline | BlockRole::Tags => {
                let separator = if block.role == BlockRole::Tags {
                    TAG_SEPARATOR
                } else {
                    FIELD_SEPARATOR
                };
                field_lines(&block.text, separator, width, opts, b, &mut lines);
            }
            _ => wrap_text(&block.text, width, opts, b, &mut lines),
        }
        if let Some(first) = lines.get_mut(start) {
            first.first = true;
        }
        block_lines.push(start..lines.len());
        prev = Some(block);
    }
    Some(Wrapped {
        lines,
        first_line,
        block_lines,
    })
}

/// Columns taken by the marker or gutter before a block's text.
pub(crate) fn prefix_width(block: &DocBlock) -> usize {
    match (&block.role, &block.marker) {
        (_, Some(m)) => unicode_width::UnicodeWidthStr::width(m.as_str()) + 1,
        (BlockRole::BlockQuote, None) => 2,
        _ => 0,
    }
}

fn offset_in(base: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(base.as_ptr() as usize)
        .min(base.len())
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Wrap running text; every line is a range of `text`.
fn wrap_text(text: &str, width: usize, opts: BuildOptions, block: u32, out: &mut Vec<Line>) {
    let hyphenate = opts.hyphenate;
    // First-fit, as less and glow wrap; balanced on request.
    let algorithm = if opts.balanced {
        WrapAlgorithm::OptimalFit(NEVER_OVERFLOW)
    } else {
        WrapAlgorithm::FirstFit
    };
    let before = out.len();
    let mut seg_start = 0;
    for segment in text.split('\n') {
        let base = seg_start;
        seg_start += segment.len() + 1;
        let words = WordSeparator::UnicodeBreakProperties.find_words(segment);
        // In a very narrow column the hyphen itself would not fit.
        let words: Vec<Word<'_>> = if hyphenate && width >= 10 {
            // English patterns, for ASCII words only: textwrap's splitter can
            // cut other scripts off a character boundary (found by proptest).
            words
                .flat_map(|w| -> Box<dyn Iterator<Item = Word<'_>>> {
                    if w.word.is_ascii() {
                        Box::new(textwrap::word_splitters::split_words(
                            std::iter::once(w),
                            &HYPHENATOR,
                        ))
                    } else {
                        Box::new(std::iter::once(w))
                    }
                })
                .collect()
        } else {
            words.collect()
        };
        // Measure words the way the screen does (whole strings, not the sum of
        // their characters), so that a line never runs past the column.
        let words = words.into_iter().map(|mut w| {
            w.width = unicode_width::UnicodeWidthStr::width(w.word);
            w
        });
        let words = break_long(words, width);
        let widths = [width];
        let lines = algorithm.wrap(&words, &widths);
        for line in lines {
            let (Some(first), Some(last)) = (line.first(), line.last()) else {
                continue;
            };
            let start = base + offset_in(segment, first.word);
            let end = base + offset_in(segment, last.word) + last.word.len();
            if start >= end && line.len() == 1 && first.word.is_empty() {
                continue;
            }
            out.push(Line {
                block: Some(block),
                start: to_u32(start),
                end: to_u32(end),
                hyphen: !last.penalty.is_empty(),
                first: false,
            });
        }
    }
    if out.len() == before {
        out.push(Line {
            block: Some(block),
            ..Line::BLANK
        });
    }
}

/// The byline row (and the tag row): fields (author, source, date, reading
/// time; tags) joined by `separator` ([`FIELD_SEPARATOR`], [`TAG_SEPARATOR`])
/// are kept whole, as many on a line as fit; a line
/// breaks between two fields, where the separator is left out, so no line
/// starts (or ends) with it. A field wider than the column is wrapped alone.
fn field_lines(
    text: &str,
    separator: &str,
    width: usize,
    opts: BuildOptions,
    block: u32,
    out: &mut Vec<Line>,
) {
    let before = out.len();
    let mut line: Option<(usize, usize)> = None;
    let mut start = 0;
    for field in text.split(separator) {
        let range = (start, start + field.len());
        start = range.1 + separator.len();
        let joined = line.map(|(from, _)| (from, range.1));
        match joined {
            Some((from, to)) if text.get(from..to).is_some_and(|t| t.width() <= width) => {
                line = Some((from, to));
                continue;
            }
            _ => {}
        }
        if let Some((from, to)) = line.take() {
            out.push(range_line(block, from, to));
        }
        if field.width() <= width {
            line = Some(range);
        } else {
            let first = out.len();
            wrap_text(field, width, opts, block, out);
            for l in out.iter_mut().skip(first) {
                l.start = to_u32(l.start as usize + range.0);
                l.end = to_u32(l.end as usize + range.0);
            }
        }
    }
    if let Some((from, to)) = line {
        out.push(range_line(block, from, to));
    }
    if out.len() == before {
        out.push(Line {
            block: Some(block),
            ..Line::BLANK
        });
    }
}

/// Preformatted text: one line per source line, cut (not wrapped) at `width`.
fn cut_lines(text: &str, width: usize, block: u32, out: &mut Vec<Line>) {
    let mut offset = 0;
    for src in text.split('\n') {
        let mut start = offset;
        let mut cols = 0;
        for (i, c) in src.char_indices() {
            let w = c.width().unwrap_or(0);
            if cols + w > width && cols > 0 {
                out.push(range_line(block, start, offset + i));
                start = offset + i;
                cols = 0;
            }
            cols += w;
        }
        out.push(range_line(block, start, offset + src.len()));
        offset += src.len() + 1;
    }
}

fn range_line(block: u32, start: usize, end: usize) -> Line {
    Line {
        block: Some(block),
        start: to_u32(start),
        end: to_u32(end),
        hyphen: false,
        first: false,
    }
}

/// Words wider than `width` cut into pieces that fit, measured as the screen
/// measures them (whole strings: `0` with U+FE0F is 2 columns, not 1), and
/// never cut before a zero-width character (it stays with the one before).
/// A piece wider than `width` is a single character (or cluster) that is.
fn break_long<'a>(words: impl Iterator<Item = Word<'a>>, width: usize) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    for w in words {
        if w.width <= width {
            out.push(w);
            continue;
        }
        let s = w.word;
        let mut start = 0;
        let mut cut = None;
        for (i, c) in s.char_indices() {
            if i > start && UnicodeWidthChar::width(c).unwrap_or(0) > 0 {
                cut = Some(i);
            }
            let end = i + c.len_utf8();
            if let Some(k) = cut
                && UnicodeWidthStr::width(&s[start..end]) > width
            {
                out.push(piece(&s[start..k], "", ""));
                start = k;
                cut = None;
            }
        }
        out.push(piece(&s[start..], w.whitespace, w.penalty));
    }
    out
}

/// A word of `text` with its trailing whitespace and penalty, measured whole.
fn piece<'a>(text: &'a str, whitespace: &'a str, penalty: &'a str) -> Word<'a> {
    let mut w = Word::from(text);
    w.whitespace = whitespace;
    w.penalty = penalty;
    w.width = UnicodeWidthStr::width(text);
    w
}
