//! One wrapped line -> styled segments (semantic styles; the theme turns them
//! into colours). Only visible lines are ever turned into segments.

use std::ops::Range;

use super::{BlockRole, Doc, DocBlock, Flags};

/// What a stretch of a line is, for the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentStyle {
    pub role: BlockRole,
    pub flags: Flags,
    /// The innermost quotation over this stretch: (index in `Article::quotes`, depth).
    pub quote: Option<(usize, u8)>,
    /// The outermost quotation over this stretch (the same as `quote` unless nested).
    pub outer_quote: Option<usize>,
    /// Indentation, list marker or block-quote gutter.
    pub prefix: bool,
    /// Inside a search match; `Current` for the one stepped to.
    pub matched: Match,
}

/// Whether a segment is a search match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Match {
    #[default]
    No,
    Yes,
    Current,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub style: SegmentStyle,
}

/// Replace anything a terminal could act on. The decoder already removed control
/// characters; this is the last line of defence before the screen.
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

impl Doc {
    /// The styled pieces of line `index`, prefix first. Empty for a blank line or
    /// an index past the end.
    #[cfg(test)]
    pub(crate) fn segments(&self, index: usize) -> Vec<Segment> {
        self.segments_marked(index, &[], None)
    }

    /// Like [`Doc::segments`], with search matches (byte ranges of the line's
    /// block) marked; `current` is the match stepped to.
    pub(crate) fn segments_marked(
        &self,
        index: usize,
        matches: &[Range<usize>],
        current: Option<&Range<usize>>,
    ) -> Vec<Segment> {
        let Some(line) = self.lines.get(index) else {
            return Vec::new();
        };
        let Some(block) = self.block_of(line) else {
            return Vec::new();
        };
        let base = SegmentStyle {
            role: block.role,
            flags: Flags::default(),
            quote: None,
            outer_quote: None,
            prefix: false,
            matched: Match::No,
        };
        let mut out = Vec::new();
        if block.role == BlockRole::Rule {
            out.push(Segment {
                text: "─".repeat(usize::from(self.width)),
                style: base,
            });
            return out;
        }
        let prefix = prefix_text(block, line.first);
        if !prefix.is_empty() {
            out.push(Segment {
                text: prefix,
                style: SegmentStyle {
                    prefix: true,
                    ..base
                },
            });
        }
        let (start, end) = (line.start as usize, line.end as usize);
        let mut points = vec![start, end];
        for (r, _) in &block.runs {
            points.extend([r.start, r.end]);
        }
        for q in &block.quotes {
            points.extend([q.range.start, q.range.end]);
        }
        for m in matches {
            points.extend([m.start, m.end]);
        }
        // A range that does not fall on character boundaries (a stale search
        // match) is dropped, never the text around it.
        points.retain(|p| (start..=end).contains(p) && block.text.is_char_boundary(*p));
        points.sort_unstable();
        points.dedup();
        for pair in points.windows(2) {
            let &[a, b] = pair else { continue };
            let Some(text) = block.text.get(a..b) else {
                continue;
            };
            let mut style = style_at(block, a, base);
            if let Some(m) = matches.iter().find(|m| m.start <= a && a < m.end) {
                style.matched = if current == Some(m) {
                    Match::Current
                } else {
                    Match::Yes
                };
            }
            out.push(Segment {
                text: printable(text),
                style,
            });
        }
        if line.hyphen {
            let style = out.last().map_or(base, |s| s.style);
            out.push(Segment {
                text: "-".into(),
                style,
            });
        }
        let last_of_block = self
            .lines
            .get(index + 1)
            .is_none_or(|next| next.block != line.block || next.first);
        if self.justify
            && !last_of_block
            && matches!(
                block.role,
                BlockRole::Body | BlockRole::BlockQuote | BlockRole::ListItem | BlockRole::Trailer
            )
        {
            justify(&mut out, usize::from(self.width));
        }
        out
    }
}

/// Widen the spaces between words so that the line fills `width` columns.
fn justify(segments: &mut [Segment], width: usize) {
    let used: usize = segments
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.text.as_str()))
        .sum();
    let gaps: usize = segments
        .iter()
        .filter(|s| !s.style.prefix)
        .map(|s| s.text.matches(' ').count())
        .sum();
    let Some(extra) = width.checked_sub(used).filter(|e| *e > 0 && gaps > 0) else {
        return;
    };
    // Spread evenly: gap `i` takes the columns between `i * extra / gaps`
    // and `(i + 1) * extra / gaps`, so the remainder falls across the line,
    // not on its first gaps.
    let mut gap = 0;
    for seg in segments.iter_mut().filter(|s| !s.style.prefix) {
        let mut text = String::with_capacity(seg.text.len() + extra);
        for c in seg.text.chars() {
            text.push(c);
            if c == ' ' {
                let more = (gap + 1) * extra / gaps - gap * extra / gaps;
                gap += 1;
                text.extend(std::iter::repeat_n(' ', more));
            }
        }
        seg.text = text;
    }
}

fn prefix_text(block: &DocBlock, first: bool) -> String {
    let indent = " ".repeat(usize::from(block.indent));
    match (&block.role, &block.marker) {
        (_, Some(m)) if first => format!("{indent}{m} "),
        (_, Some(m)) => format!(
            "{indent}{} ",
            " ".repeat(unicode_width::UnicodeWidthStr::width(m.as_str()))
        ),
        (BlockRole::BlockQuote, None) => format!("{indent}│ "),
        _ => indent,
    }
}

/// The style of the stretch starting at byte `at`.
fn style_at(block: &DocBlock, at: usize, base: SegmentStyle) -> SegmentStyle {
    let flags = block
        .runs
        .iter()
        .find(|(r, _)| r.start <= at && at < r.end)
        .map_or_else(Flags::default, |(_, f)| *f);
    let covering = || {
        block
            .quotes
            .iter()
            .filter(|q| q.range.start <= at && at < q.range.end)
    };
    SegmentStyle {
        flags,
        quote: covering()
            .max_by_key(|q| q.depth)
            .map(|q| (q.quote, q.depth)),
        outer_quote: covering().min_by_key(|q| q.depth).map(|q| q.quote),
        ..base
    }
}
