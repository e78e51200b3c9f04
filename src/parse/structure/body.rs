//! The body as a flat list of items, and the rules that work on its ends: the
//! publication-date lines and the dateline near the start, trailers at the end.

use super::dateline::{self, Found};
use super::published::date_line;
use super::trailer::is_trailer;
use crate::article::{Block, BlockKind, Date};

/// One item of an article body, before it is cut into sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    Block(Block),
    Heading(String),
    Separator,
}

impl Item {
    /// The text of a plain paragraph.
    pub fn paragraph(&self) -> Option<&str> {
        match self {
            Self::Block(b) if b.kind == BlockKind::Paragraph => Some(&b.text),
            _ => None,
        }
    }
}

/// Index of the first item that is not a publication-date line.
fn after_date_lines(items: &[Item]) -> usize {
    items
        .iter()
        .take_while(|i| i.paragraph().is_some_and(|t| date_line(t).is_some()))
        .count()
}

/// The publication-date lines that open the body (`Published 13 January 2026`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Published {
    /// The first full date they give.
    pub date: Option<Date>,
    /// Their text, joined by ` · ` (kept for the headline block).
    pub text: Option<String>,
}

/// Remove the publication-date lines that open the body: they are the article's
/// date, not body text.
pub(crate) fn take_date_lines(items: &mut Vec<Item>) -> Published {
    let n = after_date_lines(items);
    let mut out = Published::default();
    for item in items.drain(..n) {
        let Item::Block(b) = item else { continue };
        out.date = out.date.or_else(|| date_line(&b.text).and_then(|l| l.date));
        match &mut out.text {
            Some(t) => {
                t.push_str(" · ");
                t.push_str(&b.text);
            }
            None => out.text = Some(b.text),
        }
    }
    out
}

/// Blocks looked at for the dateline: page furniture, a standfirst, a caption or a
/// summary may stand before it.
const DATELINE_WINDOW: usize = 6;

/// Remove the dateline that opens one of the first paragraphs (before any
/// subheading; see [`DATELINE_WINDOW`]). A paragraph that held only the dateline
/// is removed. The `CITY:` form counts only in the first paragraph.
pub(crate) fn take_dateline(items: &mut Vec<Item>) -> Option<Found> {
    let mut seen = 0;
    let mut at = None;
    for (k, item) in items.iter().enumerate().take(DATELINE_WINDOW) {
        match item {
            Item::Heading(_) => return None,
            Item::Separator => {}
            Item::Block(b) if b.kind == BlockKind::Paragraph => {
                if let Some(found) = dateline::find(&b.text)
                    && (seen == 0 || !found.colon)
                {
                    at = Some((k, found));
                    break;
                }
                seen += 1;
            }
            Item::Block(_) => seen += 1,
        }
    }
    let (at, mut found) = at?;
    found.dateline.block = items
        .get(..at)
        .unwrap_or_default()
        .iter()
        .filter(|i| matches!(i, Item::Block(_)))
        .count();
    let Some(Item::Block(block)) = items.get_mut(at) else {
        return None;
    };
    let rest = block.text.get(found.len..)?;
    let offset = block.text.len() - rest.trim_start().len();
    block.text = rest.trim_start().to_owned();
    block.marks.retain_mut(|m| {
        m.range = m.range.start.saturating_sub(offset)..m.range.end.saturating_sub(offset);
        !m.range.is_empty()
    });
    if block.text.is_empty() {
        items.remove(at);
    }
    Some(found)
}

/// Turn the paragraphs that close the body into trailers (separators between them
/// are passed over).
pub(crate) fn mark_trailers(items: &mut [Item]) {
    for item in items.iter_mut().rev() {
        match item {
            Item::Separator => {}
            Item::Block(b) if b.kind == BlockKind::Paragraph && is_trailer(&b.text) => {
                b.kind = BlockKind::Trailer;
            }
            _ => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Mark, MarkKind};

    fn para(t: &str) -> Item {
        Item::Block(Block::paragraph(t))
    }

    #[test]
    fn dateline_is_removed_and_marks_shift() {
        let mut b = Block::paragraph("OSLO (AP) — The *port* closed.");
        b.marks.push(Mark {
            range: 18..24,
            kind: MarkKind::Emphasis,
        });
        let mut items = vec![Item::Block(b)];
        let found = take_dateline(&mut items).unwrap();
        assert_eq!(found.dateline.text, "OSLO (AP) —");
        let Item::Block(b) = &items[0] else { panic!() };
        assert_eq!(b.text, "The *port* closed.");
        assert_eq!(b.marks[0].range, 4..10);
    }

    #[test]
    fn a_lone_dateline_paragraph_goes() {
        let mut items = vec![para("OMSK, June 9. /TASS/."), para("Text.")];
        assert!(take_dateline(&mut items).is_some());
        assert_eq!(items, vec![para("Text.")]);
    }

    #[test]
    fn trailers_only_at_the_end() {
        let mut items = vec![
            para("(Reporting by Jane Doe)"),
            para("Body."),
            para("(Reporting by Jane Doe; Editing by Max Roe)"),
            Item::Separator,
            para("© 2026 Harbour Press"),
        ];
        mark_trailers(&mut items);
        let kinds: Vec<bool> = items
            .iter()
            .map(|i| matches!(i, Item::Block(b) if b.kind == BlockKind::Trailer))
            .collect();
        assert_eq!(kinds, [false, false, true, false, true]);
    }
}
