//! The plain-text pipeline: paragraphs, head block, dateline, trailers, subheadings.
//!
//! Page leftovers standing alone on a line ([`super::leftover::LEFTOVERS`]) are dropped
//! before anything else, so they break no rule. The article's date is the first
//! full date of a publication-date line at the top, else the dateline's.

use super::body::{self, Item};
use super::headline;
use super::leftover::is_leftover;
use super::paragraphs::{self, Piece};
use super::sections;
use crate::article::{Block, Meta, Section};

/// Parse plain text into its metadata and sections.
pub fn parse(text: &str) -> (Meta, Vec<Section>) {
    let (meta, mut items) = meta_and_body(text);
    body::mark_trailers(&mut items);
    sections::detect_headings(&mut items);
    (meta, sections::build(items))
}

/// The metadata alone (what the list shows): no sections, subheadings or trailers.
pub fn meta(text: &str) -> Meta {
    meta_and_body(text).0
}

/// The metadata and the body items, with the dateline taken out.
fn meta_and_body(text: &str) -> (Meta, Vec<Item>) {
    let pieces: Vec<Piece> = paragraphs::split(text)
        .into_iter()
        .filter(|p| !matches!(p, Piece::Paragraph(t) if is_leftover(t)))
        .collect();
    let head = headline::split(&pieces);
    // Date lines inside the head open the body, before the pieces after the head.
    let (kept, rest): (Vec<_>, Vec<_>) = pieces
        .into_iter()
        .enumerate()
        .filter(|(k, _)| *k >= head.body_start || head.kept.contains(k))
        .partition(|(k, _)| *k < head.body_start);
    let mut items: Vec<Item> = kept
        .into_iter()
        .chain(rest)
        .map(|(_, p)| match p {
            Piece::Paragraph(t) => Item::Block(Block::paragraph(t)),
            Piece::Separator => Item::Separator,
        })
        .collect();
    let published = body::take_date_lines(&mut items);
    let found = body::take_dateline(&mut items);
    let mut meta = Meta {
        kicker: head.kicker,
        title: head.title,
        standfirst: head.standfirst,
        byline: head.byline,
        ..Meta::default()
    };
    meta.date = published.date;
    meta.published = published.text;
    if let Some(found) = found {
        meta.date = meta.date.or(found.full_date);
        meta.source.clone_from(&found.dateline.source);
        meta.dateline = Some(Box::new(found.dateline));
    }
    (meta, items)
}
