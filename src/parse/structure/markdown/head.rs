//! The plain-text rules applied to a Markdown body once it is read: a kicker line
//! just above the H1 title, an all-emphasised standfirst and a byline just below it,
//! the dateline of the first body paragraph, trailers at the end. Front matter wins:
//! when it names a field, the text is left alone for that field. Without any title,
//! a first paragraph that reads like a headline is the title. A short paragraph set
//! entirely in strong (`**What comes next**`, at most 10 words, no final full stop)
//! followed by another block is a subheading.

use super::super::body::{self, Item};
use super::super::byline::is_byline;
use super::super::frontmatter::FrontMatter;
use super::super::headline::{is_headline, is_kicker};
use super::super::sections;
use super::super::text::words_upto;
use super::Title;
use crate::article::{BlockKind, MarkKind, Meta, Section};

/// Build the metadata and sections from front matter, the H1 title and the items.
pub fn finish(fm: FrontMatter, title: Option<Title>, mut items: Vec<Item>) -> (Meta, Vec<Section>) {
    let mut meta = Meta {
        kicker: fm.kicker,
        title: fm.title.unwrap_or_default(),
        standfirst: fm.standfirst,
        byline: fm.byline,
        dateline: None,
        date: fm.date,
        published: None,
        source: fm.source,
        tags: fm.tags,
    };
    let mut at = 0;
    if let Some(title) = title {
        if meta.title.is_empty() {
            meta.title = title.text;
        }
        at = title.at;
        if meta.kicker.is_none()
            && at == 1
            && items
                .first()
                .and_then(Item::paragraph)
                .is_some_and(is_kicker)
        {
            meta.kicker = take_text(&mut items, 0);
            at = 0;
        }
        if meta.standfirst.is_none() && items.get(at).is_some_and(is_emphasised) {
            meta.standfirst = take_text(&mut items, at);
        }
    }
    if meta.title.is_empty()
        && items.len() > 1
        && items
            .first()
            .and_then(Item::paragraph)
            .is_some_and(is_headline)
    {
        meta.title = take_text(&mut items, 0).unwrap_or_default();
    }
    if meta.byline.is_none()
        && items
            .get(at)
            .and_then(Item::paragraph)
            .is_some_and(is_byline)
    {
        meta.byline = take_text(&mut items, at);
    }
    let mut rest = items.split_off(at.min(items.len()));
    let published = body::take_date_lines(&mut rest);
    meta.date = meta.date.or(published.date);
    meta.published = published.text;
    if let Some(found) = body::take_dateline(&mut rest) {
        meta.date = meta.date.or(found.full_date);
        meta.source = meta.source.or_else(|| found.dateline.source.clone());
        meta.dateline = Some(Box::new(found.dateline));
    }
    items.append(&mut rest);
    body::mark_trailers(&mut items);
    bold_headings(&mut items);
    (meta, sections::build(items))
}

/// Remove the item at `at` and return its paragraph text.
fn take_text(items: &mut Vec<Item>, at: usize) -> Option<String> {
    if at >= items.len() {
        return None;
    }
    match items.remove(at) {
        Item::Block(b) => Some(b.text),
        _ => None,
    }
}

/// Turn whole-strong short paragraphs followed by a block into headings. Under a
/// block quote, a strong line with a comma (`**Anna Berg, State Secretary**`) signs
/// the quotation and stays a paragraph.
fn bold_headings(items: &mut [Item]) {
    for k in 0..items.len() {
        let next_is_block = matches!(items.get(k + 1), Some(Item::Block(_)));
        let signs = k.checked_sub(1).and_then(|p| items.get(p)).is_some_and(
            |p| matches!(p, Item::Block(b) if matches!(b.kind, BlockKind::BlockQuote { .. })),
        ) && items
            .get(k)
            .and_then(Item::paragraph)
            .is_some_and(|t| t.contains(", "));
        if let Some(item) = items.get_mut(k)
            && next_is_block
            && !signs
            && let Item::Block(b) = item
            && b.kind == BlockKind::Paragraph
            && b.marks
                .iter()
                .any(|m| m.range == (0..b.text.len()) && m.kind == MarkKind::Strong)
            && !b.text.ends_with('.')
            && words_upto(&b.text, 10) <= 10
        {
            *item = Item::Heading(std::mem::take(&mut b.text));
        }
    }
}

/// A paragraph set entirely in emphasis or strong, of at most 60 words.
fn is_emphasised(item: &Item) -> bool {
    let Item::Block(b) = item else {
        return false;
    };
    item.paragraph()
        .is_some_and(|t| words_upto(t, 60) <= 60 && !is_byline(t))
        && b.marks.iter().any(|m| {
            m.range == (0..b.text.len()) && matches!(m.kind, MarkKind::Emphasis | MarkKind::Strong)
        })
}
