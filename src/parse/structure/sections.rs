//! Subheadings in plain text, and cutting the body into sections.
//!
//! A paragraph is a subheading when it has the shape of one: looked at without one
//! pair of enclosing quotation marks (`'Quiet streets'`, `“Next steps”`) and without
//! the closing marks of a quotation at its end (`Mines 'almost everywhere'`), it
//! ends in a letter or digit, starts with a capital (or a digit, or a letter without
//! case), is no byline, dateline, date line, trailer, caption or page chrome
//! (`Scroll down for video`), and has at most 8 words (or up to 14 without a comma:
//! news subheads run long, captions have commas), in at most 110 characters. It must
//! stand between paragraphs: the item before it is not another such candidate, and
//! the item after it is body text (it ends a sentence or has [`BODY`] words) that is
//! not a candidate either. A line
//! that starts in lower case (German subheads may) qualifies only before a paragraph
//! of at least [`LONG_BODY`] words. A heading keeps its quotation marks.
//!
//! Sections: text before the first heading forms an unnamed first section; when the
//! body opens with a heading, the first section carries it. An article always has at
//! least one section (an empty unnamed one when the body is empty). Separators end
//! nothing and are dropped.

use super::body::Item;
use super::byline::is_byline;
use super::dateline;
use super::published::date_line;
use super::text::{ends_plain, ends_sentence, starts_upper, strip_enclosing_quotes, words_upto};
use super::trailer::is_trailer;
use crate::article::Section;

/// Words of the paragraph after a heading that starts in lower case.
const LONG_BODY: usize = 25;
/// Words of body text after a heading that ends no sentence (a heading needs body
/// text after it, not another short line).
const BODY: usize = 12;

/// A paragraph that may be a subheading.
struct Candidate {
    text: String,
    /// Starts in lower case: needs a long paragraph after it.
    lower: bool,
}

/// Turn the paragraphs that are subheadings into headings.
pub(crate) fn detect_headings(items: &mut [Item]) {
    let candidates: Vec<Option<Candidate>> = items
        .iter()
        .map(|i| i.paragraph().and_then(heading_text))
        .collect();
    for k in 0..items.len() {
        let Some(Some(c)) = candidates.get(k) else {
            continue;
        };
        let prev_ok = k == 0 || candidates.get(k - 1).is_some_and(Option::is_none);
        let next = items.get(k + 1).and_then(Item::paragraph);
        let next_ok = next.is_some_and(|t| {
            let n = words_upto(t, LONG_BODY.max(BODY));
            (ends_sentence(t) || n >= BODY) && (!c.lower || n >= LONG_BODY)
        }) && candidates.get(k + 1).is_some_and(Option::is_none);
        if prev_ok
            && next_ok
            && let Some(item) = items.get_mut(k)
        {
            *item = Item::Heading(c.text.clone());
        }
    }
}

/// Page chrome that stands alone like a heading and is none (lower case openings).
const CHROME: &[&str] = &[
    "scroll down for",
    "sign up for",
    "subscribe to",
    "our newsletter",
    "newsletter",
    "we use cookies",
    "cookie",
    "cookies",
    "accept all",
    "manage preferences",
    "related articles",
    "related stories",
    "related coverage",
    "more on this story",
    "most read",
    "most popular",
    "follow us",
    "share this",
    "comments",
    "advertisement",
    "recommended",
    "read next",
    "read more",
    "see also",
    "also read",
    "more:",
    "watch:",
];

/// A line of page chrome: it opens with one of [`CHROME`].
pub(crate) fn is_chrome(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['#', '*', '_', ' ']);
    let head = t.get(..t.len().min(32)).unwrap_or(t).to_lowercase();
    CHROME.iter().any(|c| {
        head.strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '?', '!']))
    })
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

/// Longest subheading, in characters.
const MAX_CHARS: usize = 110;
/// Most words of a subheading with a comma in it.
const MAX_WORDS_COMMA: usize = 8;
/// Most words of a subheading.
const MAX_WORDS: usize = 14;

/// Closing quotation marks that may end a subheading (`Mines 'almost everywhere'`).
const CLOSING: &[char] = &['"', '\'', '”', '’', '»', '«', '“', '」'];

/// The heading a paragraph would make, if it looks like one.
fn heading_text(text: &str) -> Option<Candidate> {
    if text.len() > 4 * MAX_CHARS {
        return None;
    }
    let inner = strip_enclosing_quotes(text).unwrap_or(text);
    let core = inner.trim_end().trim_end_matches(CLOSING);
    // Cheapest tests first: most paragraphs end in a full stop.
    if !ends_plain(core) || inner.chars().count() > MAX_CHARS {
        return None;
    }
    let n = words_upto(inner, MAX_WORDS.max(MAX_WORDS_COMMA));
    let most = if inner.contains(',') {
        MAX_WORDS_COMMA
    } else {
        MAX_WORDS
    };
    let lower = !starts_upper(inner);
    let lower_ok = inner.trim_start().starts_with(char::is_lowercase);
    let ok = (1..=most).contains(&n)
        && (!lower || lower_ok)
        && !is_byline(text)
        && !is_trailer(text)
        && date_line(text).is_none()
        && !is_caption(inner)
        && !is_chrome(inner)
        && dateline::find(text).is_none();
    ok.then(|| Candidate {
        text: text.trim().to_owned(),
        lower,
    })
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
        // Headings keep their own marks.
        let want = [
            None,
            Some("Quiet streets"),
            Some("WHAT COMES NEXT"),
            Some("'After the storm'"),
            Some("“Next Steps”"),
        ];
        assert_eq!(h, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn a_line_ending_in_a_quotation_is_a_heading() {
        let h = headings(&[
            P,
            "Mines 'almost everywhere'",
            P,
            "Ferries “back by spring”",
            P,
        ]);
        assert_eq!(
            h,
            [
                None,
                Some("Mines 'almost everywhere'".into()),
                Some("Ferries “back by spring”".into())
            ]
        );
    }

    #[test]
    fn long_subheads_and_lower_case_ones() {
        let long_body = "Der Rat hat am Dienstag beschlossen, dass die Schulen im Bezirk mehr Geld \
            bekommen, und zwar schon ab dem kommenden Herbst, wenn das neue Schuljahr beginnt.";
        let h = headings(&[
            P,
            "What the new timetable means for the towns along the northern line",
            P,
            "mehr Geld für die Schulen im Bezirk",
            long_body,
            "and then",
            P,
        ]);
        assert_eq!(
            h,
            [
                None,
                Some("What the new timetable means for the towns along the northern line".into()),
                Some("mehr Geld für die Schulen im Bezirk".into())
            ]
        );
    }

    #[test]
    fn captions_and_chrome_are_not_headings() {
        let h = headings(&[
            P,
            "With his eyes closed, the harbour master appears to doze through the long speech",
            P,
            "Scroll down for video",
            P,
            "Sign up for our morning newsletter",
            P,
        ]);
        assert_eq!(h, [None]);
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
