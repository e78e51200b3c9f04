//! Article -> document blocks (headline block, headings, paragraphs), then wrapped.

use std::collections::HashMap;
use std::ops::Range;

use super::numbers::{self, Shift};
use super::{BlockRole, Doc, DocBlock, Flags, QuoteRun, wrap};
use crate::article::{Article, Block, BlockKind, MarkKind, QuoteMarks};

/// Between the fields of the byline row (author · source · date · time).
pub(crate) const FIELD_SEPARATOR: &str = " · ";

/// Between the tags of the tag row.
pub(crate) const TAG_SEPARATOR: &str = " ";

/// Columns left of the text that hold speakers' names beside their
/// quotations; with fewer, names go under the paragraph, on a row of their own
/// ([`BuildOptions::speaker_rows`]).
pub const SPEAKER_MARGIN: u16 = 8;

/// Options that change the layout (and so the cache key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildOptions {
    /// Text width in columns.
    pub width: u16,
    /// Blank lines between paragraphs.
    pub paragraph_spacing: u16,
    pub hyphenate: bool,
    pub justify: bool,
    /// Balanced (optimal-fit) wrapping instead of first-fit (config
    /// `reader.wrap`).
    pub balanced: bool,
    /// A row for the speakers' names under each paragraph where a spoken
    /// quotation closes (quote mode in a pane without a margin for them), so
    /// the names keep the blank line before what follows.
    pub speaker_rows: bool,
    pub show_reading_time: bool,
    /// Which quotation families count, as a bit set of [`marks_bit`].
    pub quote_marks: u8,
}

/// The bit of one family of quotation marks in [`BuildOptions::quote_marks`].
pub fn marks_bit(marks: QuoteMarks) -> u8 {
    match marks {
        QuoteMarks::Double => 1,
        QuoteMarks::Single => 2,
        QuoteMarks::Low => 4,
        QuoteMarks::Guillemets => 8,
        QuoteMarks::Corner => 16,
    }
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            width: 80,
            paragraph_spacing: 1,
            hyphenate: false,
            justify: false,
            balanced: false,
            speaker_rows: false,
            show_reading_time: true,
            quote_marks: u8::MAX,
        }
    }
}

/// Lay out an article and wrap it.
pub fn build(article: &Article, opts: BuildOptions) -> Doc {
    build_until(article, opts, &|| false).unwrap_or_default()
}

/// [`build`], giving up (`None`) as soon as `cancelled` says so; it is asked
/// between blocks, so a layout nobody wants any more (the window was resized
/// again) stops within a block.
pub fn build_until(
    article: &Article,
    opts: BuildOptions,
    cancelled: &dyn Fn() -> bool,
) -> Option<Doc> {
    let mut blocks = header(article, opts);
    let header_len = blocks.len();
    // (section, block) -> (doc block index, how its offsets moved)
    let mut index: HashMap<(usize, usize), (usize, Shift)> = HashMap::new();
    let mut spots = numbers::Spots::of(article);
    let mut heading_blocks: Vec<Option<usize>> = Vec::with_capacity(article.sections.len());
    let mut dateline = article.meta.dateline.as_ref().map(|d| d.text.trim());
    let dateline_block = article.meta.dateline.as_ref().map_or(0, |d| d.block);
    for (si, section) in article.sections.iter().enumerate() {
        heading_blocks.push(section.heading.as_ref().map(|h| {
            blocks.push(plain(BlockRole::Heading, h.clone(), si));
            blocks.len() - 1
        }));
        for (bi, block) in section.blocks.iter().enumerate() {
            if cancelled() {
                return None;
            }
            // The dateline opens its own paragraph, after any furniture before it.
            let here = si > 0 || bi >= dateline_block;
            let prefix = match (dateline.take(), &block.kind) {
                (Some(d), BlockKind::Paragraph) if !d.is_empty() && here => Some(d),
                (Some(d), _) => {
                    dateline = Some(d);
                    None
                }
                (None, _) => None,
            };
            let (doc_block, shift) = body_block(block, si, prefix, &spots.take(si, bi));
            index.insert((si, bi), (blocks.len(), shift));
            blocks.push(doc_block);
        }
    }
    if let Some(d) = dateline.filter(|d| !d.is_empty()) {
        // An article with a dateline but no paragraph: show the dateline alone.
        let mut b = plain(BlockRole::Body, d.to_string(), 0);
        b.runs = vec![(0..d.len(), dateline_flags())];
        blocks.push(b);
    }
    for (qi, quote) in article.quotes.iter().enumerate() {
        if marks_bit(quote.marks) & opts.quote_marks == 0 {
            continue;
        }
        for part in &quote.parts {
            if let Some((b, shift)) = index.get(&(quote.section, part.block))
                && let Some(block) = blocks.get_mut(*b)
            {
                let range = shift.start(part.range.start)..shift.end(part.range.end);
                if range.end <= block.text.len() && range.start < range.end {
                    block.quotes.push(QuoteRun {
                        range,
                        quote: qi,
                        depth: quote.depth,
                    });
                }
            }
        }
    }
    for block in &mut blocks {
        block
            .quotes
            .sort_by_key(|q| (q.range.start, std::cmp::Reverse(q.range.end)));
    }
    let spoken = if opts.speaker_rows {
        spoken_blocks(article, opts, &index, blocks.len())
    } else {
        Vec::new()
    };
    let wrapped = wrap::wrap_blocks(&blocks, &spoken, opts, header_len, cancelled)?;
    let section_lines = heading_blocks
        .iter()
        .enumerate()
        .map(|(si, hb)| match hb {
            Some(b) => wrapped.first_line.get(*b).copied().unwrap_or(0),
            None if si == 0 => 0,
            // A later section without a heading starts at its first block.
            None => first_line_of_section(&blocks, &wrapped.first_line, si),
        })
        .collect();
    let mut quote_lines = vec![None; article.quotes.len()];
    let mut quote_end_lines = vec![None; article.quotes.len()];
    for (b, block) in blocks.iter().enumerate() {
        for run in &block.quotes {
            if let Some(slot) = quote_lines.get_mut(run.quote)
                && slot.is_none()
            {
                *slot = Some(wrapped.line_of(b, run.range.start));
            }
            // Blocks come in order: the last run seen is the end.
            if let Some(slot) = quote_end_lines.get_mut(run.quote) {
                *slot = Some(wrapped.line_of(b, run.range.end.saturating_sub(1)));
            }
        }
    }
    Some(Doc {
        blocks,
        block_lines: wrapped.first_line,
        lines: wrapped.lines,
        width: opts.width,
        justify: opts.justify,
        section_lines,
        quote_lines,
        quote_end_lines,
    })
}

/// The blocks where a spoken quotation that counts closes (its speaker's row
/// follows them); `index` maps (section, block) to the doc block.
fn spoken_blocks(
    article: &Article,
    opts: BuildOptions,
    index: &HashMap<(usize, usize), (usize, Shift)>,
    len: usize,
) -> Vec<bool> {
    let mut spoken = vec![false; len];
    for (qi, quote) in article.quotes.iter().enumerate() {
        if article.speaker(qi).is_none() || marks_bit(quote.marks) & opts.quote_marks == 0 {
            continue;
        }
        if let Some(part) = quote.parts.last()
            && let Some((b, _)) = index.get(&(quote.section, part.block))
            && let Some(slot) = spoken.get_mut(*b)
        {
            *slot = true;
        }
    }
    spoken
}

fn first_line_of_section(blocks: &[DocBlock], first_line: &[usize], section: usize) -> usize {
    blocks
        .iter()
        .position(|b| b.section == section && b.role != BlockRole::Rule)
        .and_then(|b| first_line.get(b).copied())
        .unwrap_or(0)
}

fn dateline_flags() -> Flags {
    Flags {
        dateline: true,
        ..Flags::default()
    }
}

fn plain(role: BlockRole, text: String, section: usize) -> DocBlock {
    DocBlock {
        role,
        text,
        runs: Vec::new(),
        quotes: Vec::new(),
        indent: 0,
        marker: None,
        section,
    }
}

fn header(article: &Article, opts: BuildOptions) -> Vec<DocBlock> {
    let meta = &article.meta;
    let mut blocks = Vec::new();
    if let Some(k) = &meta.kicker {
        blocks.push(plain(BlockRole::Kicker, k.to_uppercase(), 0));
    }
    blocks.push(plain(BlockRole::Headline, meta.title.clone(), 0));
    if let Some(s) = &meta.standfirst {
        blocks.push(plain(BlockRole::Standfirst, s.clone(), 0));
    }
    let mut facts: Vec<String> = Vec::new();
    if let Some(b) = &meta.byline {
        facts.push(b.clone());
    }
    if let Some(s) = &meta.source
        && !facts.iter().any(|f| f.contains(s.as_str()))
    {
        facts.push(s.clone());
    }
    // The date as the page printed it (`Published 13 January 2026`), else the date.
    if let Some(p) = &meta.published {
        facts.push(p.clone());
    } else if let Some(d) = &meta.date {
        facts.push(d.to_string());
    }
    if opts.show_reading_time && article.words > 0 {
        facts.push(article.reading_time().long());
    }
    if !facts.is_empty() {
        blocks.push(plain(BlockRole::Byline, facts.join(FIELD_SEPARATOR), 0));
    }
    if let Some(tags) = tag_row(&meta.tags) {
        blocks.push(plain(BlockRole::Tags, tags, 0));
    }
    blocks.push(plain(BlockRole::Rule, String::new(), 0));
    blocks
}

/// The tags as a row, `#one #two`: a space inside a tag is a no-break space,
/// so that the row wraps between whole tags ([`TAG_SEPARATOR`]).
fn tag_row(tags: &[String]) -> Option<String> {
    let tags: Vec<String> = tags
        .iter()
        .map(|t| t.trim().trim_start_matches('#').trim())
        .filter(|t| !t.is_empty())
        .map(|t| {
            format!(
                "#{}",
                t.split_whitespace().collect::<Vec<_>>().join("\u{a0}")
            )
        })
        .collect();
    (!tags.is_empty()).then(|| tags.join(TAG_SEPARATOR))
}

fn body_block(
    block: &Block,
    section: usize,
    dateline: Option<&str>,
    numbers: &[(usize, usize)],
) -> (DocBlock, Shift) {
    let (role, indent, marker) = match &block.kind {
        BlockKind::Paragraph => (BlockRole::Body, 0, None),
        BlockKind::BlockQuote { depth } => (BlockRole::BlockQuote, 2 * u16::from(*depth), None),
        BlockKind::ListItem { marker, depth } => (
            BlockRole::ListItem,
            2 * u16::from(*depth),
            Some(marker.clone()),
        ),
        BlockKind::Code => (BlockRole::Code, 2, None),
        BlockKind::Trailer => (BlockRole::Trailer, 0, None),
    };
    let mut text = match dateline {
        Some(d) if block.text.is_empty() => d.to_string(),
        Some(d) => format!("{d} "),
        None => String::new(),
    };
    let mut shift = Shift {
        prefix: text.len(),
        inserted: Vec::new(),
    };
    let mut index_runs = Vec::new();
    numbers::put_in(&block.text, numbers, &mut text, &mut shift, &mut index_runs);
    let mut runs = mark_runs(block, &shift);
    if !index_runs.is_empty() {
        runs.extend(index_runs);
        runs.sort_by_key(|(r, _)| r.start);
    }
    if let Some(d) = dateline {
        runs.insert(0, (0..d.len(), dateline_flags()));
    }
    let doc_block = DocBlock {
        role,
        text,
        runs,
        quotes: Vec::new(),
        indent,
        marker,
        section,
    };
    (doc_block, shift)
}

/// Turn possibly overlapping marks into sorted, non-overlapping flag runs.
fn mark_runs(block: &Block, shift: &Shift) -> Vec<(Range<usize>, Flags)> {
    if block.marks.is_empty() {
        return Vec::new();
    }
    let len = block.text.len();
    let mut points: Vec<usize> = block
        .marks
        .iter()
        .flat_map(|m| [m.range.start.min(len), m.range.end.min(len)])
        .chain(shift.inserted.iter().map(|(at, _)| *at))
        .collect();
    points.sort_unstable();
    points.dedup();
    let mut runs: Vec<(Range<usize>, Flags)> = Vec::new();
    for pair in points.windows(2) {
        let &[a, b] = pair else { continue };
        let mut flags = Flags::default();
        for m in block
            .marks
            .iter()
            .filter(|m| m.range.start <= a && b <= m.range.end)
        {
            match m.kind {
                MarkKind::Emphasis => flags.emphasis = true,
                MarkKind::Strong => flags.strong = true,
                MarkKind::Code => flags.code = true,
                MarkKind::Link { .. } => flags.link = true,
            }
        }
        if flags != Flags::default() {
            runs.push((shift.start(a)..shift.end(b), flags));
        }
    }
    runs
}
