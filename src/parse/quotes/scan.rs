//! Pairing and nesting: one pass over each block's bytes with a stack of open marks.
//!
//! A closing mark closes the innermost open quotation it answers; quotations opened
//! inside that one and never closed are dropped (unpaired marks are never quotes).
//! An opening mark that repeats an open one abandons the earlier one. Nothing crosses
//! a section; an unclosed quotation ends with its paragraph unless the next one
//! continues it (see [`super::multipara`]).

use crate::article::{QuotePart, Section};

use super::apostrophe::{self, Apostrophe};
use super::marks;
use super::multipara;

/// Deepest nesting followed; marks opened deeper are ignored.
const MAX_DEPTH: usize = 16;

/// One opened quotation, closed or not.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub section: usize,
    pub open: char,
    /// The span that was open around this one when it opened.
    pub parent: Option<usize>,
    pub closed: bool,
    pub parts: Vec<QuotePart>,
}

/// Every quotation opened in the sections, in reading order.
pub fn scan(sections: &[Section]) -> Vec<Span> {
    let mut s = Scanner::default();
    for (si, section) in sections.iter().enumerate() {
        s.stack.clear();
        for (bi, block) in section.blocks.iter().enumerate() {
            if !multipara::scanned(&block.kind) {
                s.stack.clear();
                continue;
            }
            let from = s.carry(&block.text, bi);
            s.block(&block.text, si, bi, from);
            let end = multipara::content_end(&block.text);
            for &k in &s.stack {
                if let Some(p) = s.spans.get_mut(k).and_then(|sp| sp.parts.last_mut()) {
                    p.range.end = end.max(p.range.start);
                }
            }
        }
    }
    s.spans
}

/// A mark `c` after byte `from` that could close a quotation: not inside a word
/// (`region’s`), after a letter or punctuation. Only then does a plural possessive
/// (`officials' plans`) leave a straight-quoted quotation open; otherwise, and
/// always after a curly ‘, the pairing wins (`‘moderate oppositionists’ were`).
fn later_closer(text: &str, from: usize, c: char) -> bool {
    let Some(rest) = text.get(from..) else {
        return false;
    };
    let mut prev = None;
    let mut chars = rest.chars().peekable();
    while let Some(x) = chars.next() {
        if x == c
            && prev.is_some_and(|p: char| !p.is_whitespace())
            && chars.peek().is_none_or(|n| !n.is_alphanumeric())
        {
            return true;
        }
        prev = Some(x);
    }
    false
}

#[derive(Default)]
struct Scanner {
    spans: Vec<Span>,
    stack: Vec<usize>,
}

impl Scanner {
    /// Continue the outermost open quotation into block `bi` when the block opens
    /// with its mark; otherwise drop what is open. Returns where scanning starts.
    fn carry(&mut self, text: &str, bi: usize) -> usize {
        let Some(&bottom) = self.stack.first() else {
            return 0;
        };
        let Some(span) = self.spans.get_mut(bottom) else {
            self.stack.clear();
            return 0;
        };
        if let Some(mark) = multipara::continuation(text, span.open) {
            self.stack.truncate(1);
            let at = mark.end;
            span.parts.push(QuotePart {
                block: bi,
                range: mark,
            });
            at
        } else {
            self.stack.clear();
            0
        }
    }

    fn block(&mut self, text: &str, si: usize, bi: usize, from: usize) {
        let bytes = text.as_bytes();
        let mut i = from;
        while let Some(at) = marks::next_may_start(bytes, i) {
            let Some(c) = text.get(at..).and_then(|s| s.chars().next()) else {
                i = at + 1;
                continue;
            };
            i = if marks::is_mark(c) {
                self.mark(text, si, bi, at, c)
            } else {
                at + c.len_utf8()
            };
        }
    }

    /// Handle the mark `c` at byte `at`; returns where scanning goes on.
    fn mark(&mut self, text: &str, si: usize, bi: usize, at: usize, c: char) -> usize {
        let len = c.len_utf8();
        let end = at + len;
        let prev = text.get(..at).and_then(|s| s.chars().next_back());
        let next = text.get(end..).and_then(|s| s.chars().next());
        let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
        let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        if marks::may_be_apostrophe(c) {
            match apostrophe::check(text, at, len, prev, next) {
                Apostrophe::Yes => return end,
                Apostrophe::Through(e) => return e,
                Apostrophe::No => {}
            }
        }
        if c == '"' && prev.is_some_and(|p| p.is_ascii_digit()) && self.inch(text, at) {
            return end;
        }
        // `’’` or `''` after a word: two single marks standing for a closing double.
        if matches!(c, '’' | '\'')
            && next == Some(c)
            && !space(prev)
            && let Some(pos) = self.double_open()
        {
            self.close(pos, end + len);
            return end + len;
        }
        // `audiences. ”`: a closing mark set off by a space, where it cannot open.
        if space(prev)
            && !marks::may_be_apostrophe(c)
            && (space(next) || next.is_some_and(|n| n.is_ascii_punctuation()))
            && let Some(pos) = self.closer_for(c)
        {
            self.close(pos, end);
            return end;
        }
        if (!space(prev) || marks::spaced_inside(c))
            && let Some(pos) = self.closer_for(c)
            && !(marks::may_be_apostrophe(c)
                && !self.curly_single_open(pos)
                && apostrophe::plural_possessive(text, end, prev)
                && later_closer(text, end, c))
        {
            self.close(pos, end);
            return end;
        }
        // `…retrospectively. "We are not…`: the same mark opening again right after a
        // sentence end inside an open quotation is a lost paragraph break; the
        // quotation goes on.
        if self.reopens(text, at, c) {
            return end;
        }
        let opens = match c {
            _ if marks::close_only(c) => false,
            '«' | '‹' => {
                !word(prev) && text.get(end..).is_some_and(|r| !r.trim_start().is_empty())
            }
            '„' | '‚' | '「' | '『' => !space(next),
            '”' => space(prev) && word(next),
            _ => !space(next) && !word(prev),
        };
        if opens {
            self.open(si, bi, at, c);
        }
        end
    }

    /// `5'10"`: a double mark after digits is an inch sign when the digits follow a
    /// foot sign, or when no straight quotation is open for it to close.
    fn inch(&self, text: &str, at: usize) -> bool {
        let before = text.get(..at).unwrap_or("");
        let digits = before.trim_end_matches(|c: char| c.is_ascii_digit());
        digits.ends_with(['\'', '’', '′']) || self.closer_for('"').is_none()
    }

    /// The open quotation at `pos` in the stack was opened by a curly ‘, which only
    /// a quotation opens: its ’ pairs with it, even after an `s`.
    fn curly_single_open(&self, pos: usize) -> bool {
        self.stack
            .get(pos)
            .and_then(|&k| self.spans.get(k))
            .is_some_and(|s| s.open == '‘')
    }

    /// Index into the stack of the innermost open double quotation.
    fn double_open(&self) -> Option<usize> {
        self.stack.iter().rposition(|&k| {
            self.spans
                .get(k)
                .is_some_and(|s| matches!(s.open, '"' | '“' | '”' | '„' | '«' | '»'))
        })
    }

    /// The opening mark `c` at `at` repeats the innermost open quotation's mark
    /// right after a sentence end.
    fn reopens(&self, text: &str, at: usize, c: char) -> bool {
        let Some(top) = self.stack.last().and_then(|&k| self.spans.get(k)) else {
            return false;
        };
        let same = top.open == c || (top.open == '“' && c == '"') || (top.open == '"' && c == '“');
        let before = text.get(..at).unwrap_or("");
        same && !matches!(c, '\'' | '‘')
            && before.ends_with(char::is_whitespace)
            && crate::parse::structure::ends_sentence(before)
    }

    /// Index into the stack of the innermost open quotation that `c` closes.
    fn closer_for(&self, c: char) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|&k| self.spans.get(k).is_some_and(|s| marks::closes(s.open, c)))
    }

    fn close(&mut self, pos: usize, end: usize) {
        let Some(&k) = self.stack.get(pos) else {
            return;
        };
        self.stack.truncate(pos);
        if let Some(span) = self.spans.get_mut(k) {
            span.closed = true;
            if let Some(p) = span.parts.last_mut() {
                p.range.end = end;
            }
        }
    }

    fn open(&mut self, si: usize, bi: usize, at: usize, c: char) {
        if let Some(pos) = self
            .stack
            .iter()
            .position(|&k| self.spans.get(k).is_some_and(|s| s.open == c))
        {
            self.stack.truncate(pos);
        }
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        self.stack.push(self.spans.len());
        self.spans.push(Span {
            section: si,
            open: c,
            parent: self.stack.iter().rev().nth(1).copied(),
            closed: false,
            parts: vec![QuotePart {
                block: bi,
                range: at..at + c.len_utf8(),
            }],
        });
    }
}
