//! The body of an article: subheaded sections filled up to a byte budget.

use super::builder::Builder;
use super::phrases::SUBHEADINGS;

/// How a format writes its subheadings and paragraphs.
pub(crate) trait Format {
    /// Write a subheading line (the text is in sentence case).
    fn heading(&mut self, b: &mut Builder, text: &str);
    /// Write one paragraph; narrative text should stop growing at `end` bytes.
    fn paragraph(&mut self, b: &mut Builder, end: usize);
}

/// Write `sections` sections (the first one continues the lead, without a subheading)
/// until the text reaches about `target` bytes. Every section gets a paragraph.
pub(crate) fn sections(b: &mut Builder, format: &mut impl Format, sections: usize, target: usize) {
    for i in 0..sections {
        let left = sections - i;
        let end = b.out.len() + target.saturating_sub(b.out.len()) / left;
        if i > 0 {
            b.push("\n\n");
            let text = b.rng.pick(SUBHEADINGS);
            format.heading(b, text);
        }
        loop {
            b.push("\n\n");
            format.paragraph(b, end);
            if b.out.len() >= end {
                break;
            }
        }
        if i % 3 == 2 {
            b.recast_someone();
        }
    }
}

/// Title Case: every word capitalised except short function words inside the line.
pub(crate) fn push_title_case(b: &mut Builder, text: &str) {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
        "with",
    ];
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            b.push(" ");
        }
        let mut chars = word.chars();
        match chars.next() {
            Some(first) if i == 0 || !SMALL.contains(&word) => {
                b.out.extend(first.to_uppercase());
                b.push_text(chars.as_str());
            }
            _ => b.push_text(word),
        }
    }
}
