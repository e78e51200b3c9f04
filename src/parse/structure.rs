//! Headline block, sections and paragraphs.
//!
//! Simple first version: the first non-empty line is the title, blank lines separate
//! paragraphs, Markdown `#` headings start sections.

use crate::article::{Article, Block, Format, Meta, Section, count_words};

/// Split decoded text into an article (without quotations).
pub fn parse(text: &str, format: Format) -> Article {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let title = lines
        .next()
        .map(|l| l.trim().trim_start_matches('#').trim().to_string())
        .unwrap_or_default();
    let mut sections = vec![Section::default()];
    let mut para = String::new();
    let flush = |para: &mut String, sections: &mut Vec<Section>| {
        if !para.is_empty()
            && let Some(s) = sections.last_mut()
        {
            s.blocks.push(Block::paragraph(std::mem::take(para)));
        }
    };
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            flush(&mut para, &mut sections);
        } else if format == Format::Markdown && t.starts_with('#') {
            flush(&mut para, &mut sections);
            sections.push(Section {
                heading: Some(t.trim_start_matches('#').trim().to_string()),
                blocks: Vec::new(),
            });
        } else {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(t);
        }
    }
    flush(&mut para, &mut sections);
    let words = count_words(&title)
        + sections
            .iter()
            .flat_map(|s| s.heading.iter().chain(s.blocks.iter().map(|b| &b.text)))
            .map(|t| count_words(t))
            .sum::<usize>();
    Article {
        format,
        meta: Meta {
            title,
            ..Meta::default()
        },
        sections,
        quotes: Vec::new(),
        words,
    }
}
