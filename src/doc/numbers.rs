//! Link numbers in the text: each link's number (`[3]`, see [`crate::links`])
//! goes after its text, and byte offsets of the article's block move by what
//! was put in before them.

use std::ops::Range;

use super::Flags;
use crate::article::Article;
use crate::links::LinkSpot;

/// The places of an article's link numbers, taken block by block in order.
pub(super) struct Spots(std::iter::Peekable<std::vec::IntoIter<LinkSpot>>);

impl Spots {
    pub fn of(article: &Article) -> Self {
        Self(crate::links::numbered(article).1.into_iter().peekable())
    }

    /// (offset, number) of the numbers in block `block` of section `section`;
    /// blocks are asked for in reading order.
    pub fn take(&mut self, section: usize, block: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        while let Some(s) = self.0.next_if(|s| (s.section, s.block) <= (section, block)) {
            if (s.section, s.block) == (section, block) {
                out.push((s.end, s.number));
            }
        }
        out
    }
}

/// How a block's byte offsets in the article map to its text in the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Shift {
    /// Bytes put before the text (the dateline).
    pub prefix: usize,
    /// (offset in the article's text, bytes put in there), by offset.
    pub inserted: Vec<(usize, usize)>,
}

impl Shift {
    /// Where the text starting at article offset `p` starts: after anything
    /// put in at `p`.
    pub fn start(&self, p: usize) -> usize {
        p + self.prefix + self.before(|at| at <= p)
    }

    /// Where a stretch ending at article offset `p` ends: before anything put
    /// in at `p`.
    pub fn end(&self, p: usize) -> usize {
        p + self.prefix + self.before(|at| at < p)
    }

    fn before(&self, counts: impl Fn(usize) -> bool) -> usize {
        self.inserted
            .iter()
            .filter(|(at, _)| counts(*at))
            .map(|(_, len)| len)
            .sum()
    }
}

/// A link's number as shown: glued to the word before it by a no-break space,
/// so it never starts a line of its own.
pub(super) fn label(number: usize) -> String {
    format!("\u{a0}[{number}]")
}

/// `text` with each number of `numbers` ((article offset, number), by offset)
/// put in, appended to `out`, which already holds `shift.prefix` bytes; the
/// runs of the numbers are pushed to `runs`, and the insertions to `shift`.
pub(super) fn put_in(
    text: &str,
    numbers: &[(usize, usize)],
    out: &mut String,
    shift: &mut Shift,
    runs: &mut Vec<(Range<usize>, Flags)>,
) {
    let mut last = 0;
    for &(at, number) in numbers {
        let Some(piece) = text.get(last..at) else {
            continue;
        };
        out.push_str(piece);
        let label = label(number);
        runs.push((
            out.len()..out.len() + label.len(),
            Flags {
                link_index: true,
                ..Flags::default()
            },
        ));
        out.push_str(&label);
        shift.inserted.push((at, label.len()));
        last = at;
    }
    out.push_str(text.get(last..).unwrap_or_default());
}
