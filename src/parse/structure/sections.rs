//! Subheadings in plain text, and cutting the body into sections.
//!
//! A paragraph is a subheading when, with one pair of enclosing quotation marks
//! removed (`'Quiet streets'`, `“Next steps”`), it has 1–8 words and at most 80
//! characters, starts with a capital (or a digit, or a letter without case), ends in a
//! letter or digit, is no byline, dateline, date line or trailer, and stands between paragraphs:
//! the item before it is not another such candidate, and the item after it is a body
//! paragraph that is not a candidate either.
//!
//! Sections: text before the first heading forms an unnamed first section; when the
//! body opens with a heading, the first section carries it. An article always has at
//! least one section (an empty unnamed one when the body is empty). Separators end
//! nothing and are dropped.

use super::body::Item;
use super::byline::is_byline;
use super::dateline;
use super::published::date_line;
use super::text::{ends_plain, starts_upper, strip_enclosing_quotes, words};
use super::trailer::is_trailer;
use crate::article::Section;

/// Turn the paragraphs that are subheadings into headings.
pub fn detect_headings(items: &mut [Item]) {
    let candidates: Vec<Option<String>> = items
        .iter()
        .map(|i| i.paragraph().and_then(heading_text))
        .collect();
    for k in 0..items.len() {
        let Some(Some(text)) = candidates.get(k) else {
            continue;
        };
        let prev_ok = k == 0 || candidates.get(k - 1).is_some_and(Option::is_none);
        let next_ok = items.get(k + 1).and_then(Item::paragraph).is_some()
            && candidates.get(k + 1).is_some_and(Option::is_none);
        if prev_ok
            && next_ok
            && let Some(item) = items.get_mut(k)
        {
            *item = Item::Heading(text.clone());
        }
    }
}

/// Openings of photo captions and credits, which are never headings.
const CAPTIONS: &[&str] = &[
    "Photo",
    "Photograph",
    "Picture",
    "Image",
    "Illustration",
    "Video",
    "Credit",
    "Source",
    "File photo",
];

/// The heading a paragraph would make, if it looks like one.
fn heading_text(text: &str) -> Option<String> {
    if text.len() > 4 * 80 {
        return None;
    }
    let inner = strip_enclosing_quotes(text).unwrap_or(text);
    // Cheapest tests first: most paragraphs end in a full stop.
    let ok = ends_plain(inner)
        && starts_upper(inner)
        && inner.chars().count() <= 80
        && (1..=8).contains(&words(inner))
        && !is_byline(text)
        && !is_trailer(text)
        && date_line(text).is_none()
        && !is_caption(inner)
        && dateline::find(text).is_none();
    ok.then(|| inner.to_owned())
}

/// `Photo: Jane Doe/Harbour Press`, `Image by Max Roe`.
fn is_caption(text: &str) -> bool {
    CAPTIONS.iter().any(|c| {
        text.strip_prefix(c).is_some_and(|r| {
            r.starts_with([':', ' ', '/'])
                && (r.starts_with(':') || r.trim_start().starts_with("by"))
        })
    })
}

/// Cut the items into sections (see the module docs).
pub fn build(items: Vec<Item>) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut current = Section::default();
    for item in items {
        match item {
            Item::Heading(h) => {
                if current.heading.is_some() || !current.blocks.is_empty() {
                    sections.push(std::mem::take(&mut current));
                }
                current.heading = Some(h);
            }
            Item::Block(b) => current.blocks.push(b),
            Item::Separator => {}
        }
    }
    if sections.is_empty() || current.heading.is_some() || !current.blocks.is_empty() {
        sections.push(current);
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;

    fn items(texts: &[&str]) -> Vec<Item> {
        texts
            .iter()
            .map(|t| {
                if *t == "---" {
                    Item::Separator
                } else {
                    Item::Block(Block::paragraph(*t))
                }
            })
            .collect()
    }

    fn headings(texts: &[&str]) -> Vec<Option<String>> {
        let mut it = items(texts);
        detect_headings(&mut it);
        build(it).into_iter().map(|s| s.heading).collect()
    }

    const P: &str = "The quay was quiet. Nobody came.";

    #[test]
    fn case_styles_and_quotes() {
        let h = headings(&[
            P,
            "Quiet streets",
            P,
            "WHAT COMES NEXT",
            P,
            "'After the storm'",
            P,
            "“Next Steps”",
            P,
        ]);
        let want = [
            None,
            Some("Quiet streets"),
            Some("WHAT COMES NEXT"),
            Some("After the storm"),
            Some("Next Steps"),
        ];
        assert_eq!(h, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn separator_before_heading() {
        let h = headings(&[P, "---", "Aftermath", P]);
        assert_eq!(h, [None, Some("Aftermath".into())]);
    }

    #[test]
    fn not_headings() {
        let h = headings(&[
            P,
            "It rained.",
            P,
            "By Jane Doe",
            P,
            "and then",
            P,
            "Photo: Jane Doe/Harbour Press",
            P,
            "Image by Max Roe",
            P,
            "Final words",
        ]);
        assert_eq!(h, [None]);
    }

    #[test]
    fn runs_of_short_lines_are_paragraphs() {
        let h = headings(&[P, "Apples", "Pears", P]);
        assert_eq!(h, [None]);
    }

    #[test]
    fn body_opening_with_a_heading_has_no_unnamed_section() {
        let mut it = items(&["Background", P]);
        detect_headings(&mut it);
        let s = build(it);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].heading.as_deref(), Some("Background"));
    }

    #[test]
    fn empty_body_has_one_empty_section() {
        assert_eq!(build(Vec::new()), vec![Section::default()]);
    }
}
