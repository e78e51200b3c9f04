//! The article parser: bytes in, [`Article`] out. A library module with no UI imports.
//!
//! Pipeline: [`decode`](mod@decode) turns bytes into clean text (encoding, line ends, control
//! characters), [`structure`] finds the front matter, headline block, sections and
//! paragraphs, and [`quotes`] finds quotation spans and their speakers.

mod bytemask;
pub mod decode;
pub mod json;
pub mod quotes;
pub mod structure;

use crate::article::{Article, Format, Meta};

pub use decode::{DecodeError, decode};

/// Parse decoded text. For [`Format::Html`] the text is the page: its article
/// is extracted (see [`crate::html::document`]) and read as Markdown.
pub fn parse(text: &str, format: Format) -> Article {
    if format == Format::Html {
        return parse_document(&crate::html::document(text.as_bytes(), Some("utf-8")));
    }
    let mut article = structure::parse(text, format);
    article.quotes = quotes::find(&article.sections);
    article
}

/// Decode and parse the bytes of a file.
///
/// # Errors
/// When the bytes are not text (see [`DecodeError`]).
pub fn parse_bytes(bytes: &[u8], format: Format) -> Result<Article, DecodeError> {
    if format == Format::Html {
        return Ok(parse_document(&crate::html::document(bytes, None)));
    }
    let text = decode(bytes)?;
    Ok(parse(&text, format))
}

/// A web page's Markdown document (front matter and article, as
/// [`crate::html::document`] makes it), parsed.
pub(crate) fn parse_document(document: &str) -> Article {
    let mut article = structure::parse(document, Format::Html);
    article.quotes = quotes::find(&article.sections);
    article
}

/// What the list shows for a web page, from its first bytes: the metadata in
/// its `<head>` (JSON-LD, meta tags, `<title>`), without reader view.
pub fn parse_html_head(bytes: &[u8]) -> Meta {
    structure::parse_meta(&crate::html::head_document(bytes), Format::Html)
}

/// The metadata the list pane shows, read cheaply from the first few KB of a file
/// (`head` may end mid-sentence). For any normal article it agrees with
/// `parse(whole_text).meta` on title, kicker, standfirst, byline, dateline, date and
/// source: the head rules look only at the first paragraphs, and paragraph
/// splitting decides from the first lines of a group.
pub fn parse_head(head: &str, format: Format) -> Meta {
    if format == Format::Html {
        return parse_html_head(head.as_bytes());
    }
    structure::parse_meta(head_text(head), format)
}

/// Paragraphs the head rules can look at (kicker, headline, standfirst, byline,
/// date lines, the dateline paragraph, with room for page leftovers).
const HEAD_PARAGRAPHS: usize = 10;
/// Text kept after the front matter, at most.
const HEAD_TEXT: usize = 1536;

/// The part of `head` the head rules need: any front matter, then the first
/// paragraphs, cut at a line end. Parsing less makes the list appear sooner.
fn head_text(head: &str) -> &str {
    head.get(..head_span(head).0).unwrap_or(head)
}

/// Where [`head_text`] ends, and how much of `head` decides that: up to the
/// end of the line that stopped it (all of `head` when nothing did, or when a
/// front matter opens and does not close in it). Text that is the same over
/// that much has the same head text, whatever follows.
fn head_span(head: &str) -> (usize, usize) {
    let start = front_matter_end(head);
    if start == 0 && opens_front_matter(head) {
        return (head_text_from(head, 0).0, head.len());
    }
    head_text_from(head, start)
}

/// [`head_span`] after the front matter, which ends at `start`.
fn head_text_from(head: &str, start: usize) -> (usize, usize) {
    let mut paragraphs = 0;
    let mut blank = true;
    let mut end = start;
    for line in structure::text::lines_inclusive(head.get(start..).unwrap_or_default()) {
        let is_blank = line.trim().is_empty();
        if blank && !is_blank {
            paragraphs += 1;
            if paragraphs > HEAD_PARAGRAPHS {
                return (end, end + line.len());
            }
        }
        blank = is_blank;
        if end + line.len() - start > HEAD_TEXT && paragraphs > 1 {
            return (end, end + line.len());
        }
        end += line.len();
    }
    (end, head.len())
}

/// `head` opens with a front matter fence (closed or not).
fn opens_front_matter(head: &str) -> bool {
    let head = head.trim_start_matches('\u{feff}');
    ["+++", "---"].iter().any(|fence| {
        head.strip_prefix(fence)
            .is_some_and(|r| r.starts_with(['\n', '\r']))
    })
}

/// [`parse_head`] of text that is clean as far as the head rules read it:
/// `head` is the first bytes of a file, valid UTF-8, and `clean` tells
/// whether a stretch of it needs no cleaning. `None` when the part the rules
/// read does not, and the head must be decoded first.
pub(crate) fn parse_clean_head(
    head: &str,
    format: Format,
    clean: impl Fn(&str) -> bool,
) -> Option<Meta> {
    let (end, decided) = head_span(head);
    if !clean(head.get(..decided)?) {
        return None;
    }
    Some(structure::parse_meta(head.get(..end)?, format))
}

/// Where a `+++` or `---` front matter block ends (0 when there is none or it
/// does not close in `head`).
fn front_matter_end(head: &str) -> usize {
    let head_trim = head.trim_start_matches('\u{feff}');
    let offset = head.len() - head_trim.len();
    for fence in ["+++", "---"] {
        if let Some(rest) = head_trim.strip_prefix(fence)
            && rest.starts_with(['\n', '\r'])
            && let Some(close) = rest.find(&format!("\n{fence}"))
        {
            let after = offset + fence.len() + close + 1 + fence.len();
            return head
                .get(after..)
                .and_then(|t| t.find('\n'))
                .map_or(head.len(), |n| after + n + 1);
        }
    }
    0
}

/// Parse a piece of an article's body (see [`structure::parse_fragment`]),
/// with its quotations.
pub(crate) fn parse_fragment(text: &str, format: Format) -> Article {
    let mut article = structure::parse_fragment(text, format);
    article.quotes = quotes::find(&article.sections);
    article
}

#[cfg(test)]
mod head_tests {
    use super::*;

    #[test]
    fn the_head_keeps_front_matter_and_the_first_paragraphs() {
        let body = (0..40)
            .map(|i| format!("Paragraph {i}."))
            .collect::<Vec<_>>()
            .join("\n\n");
        let md = format!("+++\ntitle = \"T\"\n+++\n\n{body}");
        let h = head_text(&md);
        assert!(h.starts_with("+++\ntitle"));
        assert!(h.contains("Paragraph 9."));
        assert!(!h.contains("Paragraph 10."));
        assert_eq!(head_text("short"), "short");
        assert_eq!(front_matter_end("---\nunclosed"), 0);
    }

    #[test]
    fn the_head_agrees_with_the_whole_article_for_generated_articles() {
        for seed in 0..300 {
            for text in [
                crate::corpus::article(seed, 5000),
                crate::corpus::markdown_article(seed, 5000),
            ] {
                let format = if text.starts_with("+++") {
                    Format::Markdown
                } else {
                    Format::Plain
                };
                let whole = parse(&text, format).meta;
                let mut cut = crate::library::load::HEAD_BYTES.min(text.len());
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                assert_eq!(parse_head(&text[..cut], format), whole, "seed {seed}");
            }
        }
    }

    #[test]
    fn the_head_agrees_with_the_whole_article_for_every_sample() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_articles");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let format = Format::from_path(&path);
            let whole = parse_bytes(&bytes, format).unwrap().meta;
            let cut = bytes.len().min(crate::library::load::HEAD_BYTES);
            let head = parse_head(&decode(&bytes[..cut]).unwrap(), format);
            assert_eq!(head, whole, "{}", path.display());
        }
    }
}
