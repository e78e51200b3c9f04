//! Headline block, sections and paragraphs.
//!
//! Plain text goes through `plain`, Markdown through `markdown`; both share the body
//! rules (`body`: dateline and trailers, `sections`: subheadings and sections). Each
//! rule is documented in its own module: `paragraphs`, `headline`, `byline`,
//! `published`, `dateline`, `date`, `trailer`, `frontmatter`, `text` (leftovers,
//! separators, quotation marks around headings).

mod body;
mod byline;
mod date;
mod dateline;
mod frontmatter;
mod headline;
mod leftover;
mod markdown;
mod paragraphs;
mod plain;
mod published;
mod sections;
mod site;
pub(crate) mod text;
mod trailer;

use crate::article::{Article, Format, Section};
use text::words as count_words;

pub use leftover::{LEFTOVERS, is_leftover};
pub(crate) use site::strip_suffix as strip_site_suffix;
pub(crate) use text::ends_sentence;

/// Split decoded text into an article (without quotations).
pub fn parse(text: &str, format: Format) -> Article {
    let (meta, sections) = match format {
        Format::Plain => plain::parse(text),
        // An HTML page arrives here as the Markdown document made of it.
        Format::Markdown | Format::Html => markdown::parse(text),
    };
    let meta = finish_meta(meta);
    let words = count_words(&meta.title)
        + meta.standfirst.as_deref().map_or(0, count_words)
        + body_words(&sections);
    Article {
        format,
        meta,
        sections,
        quotes: Vec::new(),
        words,
    }
}

/// The metadata alone, as [`parse`] finds it: the list's columns.
pub(crate) fn parse_meta(text: &str, format: Format) -> crate::article::Meta {
    finish_meta(match format {
        Format::Plain => plain::meta(text),
        Format::Markdown | Format::Html => markdown::parse(text).0,
    })
}

/// Rules on the metadata as a whole: the site name leaves the title (and becomes
/// the source when there is none, or only a domain).
fn finish_meta(mut meta: crate::article::Meta) -> crate::article::Meta {
    if let Some(name) = site::strip_suffix(&mut meta.title, meta.source.as_deref())
        && meta.source.as_deref().is_none_or(site::is_domain)
    {
        meta.source = Some(name);
    }
    meta
}

/// Words of the headings and blocks.
fn body_words(sections: &[Section]) -> usize {
    sections
        .iter()
        .map(|s| {
            s.heading.as_deref().map_or(0, count_words)
                + s.blocks.iter().map(|b| count_words(&b.text)).sum::<usize>()
        })
        .sum()
}

/// Split a piece cut out of the middle or end of an article (no headline
/// block, no dateline): paragraphs, subheadings and trailers only. Used to show
/// the end of a huge article before the whole of it is parsed.
pub(crate) fn parse_fragment(text: &str, format: Format) -> Article {
    let sections = match format {
        Format::Markdown | Format::Html => markdown::parse(text).1,
        Format::Plain => {
            let mut items: Vec<body::Item> = paragraphs::split(text)
                .into_iter()
                .filter(|p| !matches!(p, paragraphs::Piece::Paragraph(t) if is_leftover(t)))
                .map(|p| match p {
                    paragraphs::Piece::Paragraph(t) => {
                        body::Item::Block(crate::article::Block::paragraph(t))
                    }
                    paragraphs::Piece::Separator => body::Item::Separator,
                })
                .collect();
            body::mark_trailers(&mut items);
            sections::detect_headings(&mut items);
            sections::build(items)
        }
    };
    Article {
        format,
        words: body_words(&sections),
        sections,
        ..Article::default()
    }
}
