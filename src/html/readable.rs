//! The page's article as reader view finds it (`dom_smoothie`, a port of
//! Mozilla's Readability), turned into Markdown by its serializer (`dom_query`):
//! headings, paragraphs, block quotes, lists, links and emphasis.
//!
//! Before reader view runs, what is never the article leaves the page:
//! navigation, cookie banners and consent walls, share bars, comments, forms,
//! scripts and styles ([`BOILERPLATE`]). Reader view's own rules drop the rest
//! (ads, related links, footers). A page whose text, without links, lists and
//! headings, is shorter than [`MIN_PROSE_CHARS`] letters holds no article (an
//! index page's teasers).

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

/// Letters and digits of prose an article has at least.
const MIN_PROSE_CHARS: usize = 140;

/// Reader view keeps the first candidate with this much text (Readability's
/// default is 500, which drops the short news brief for looser attempts that
/// take in the page around it).
const CHAR_THRESHOLD: usize = 250;

/// Elements removed before reader view runs.
pub(super) const BOILERPLATE: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "form",
    "button",
    "iframe",
    "[role=dialog]",
    "[role=navigation]",
    "[aria-modal=true]",
    "[id*=cookie]",
    "[class*=cookie]",
    "[id*=consent]",
    "[class*=consent]",
    "[class*=gdpr]",
    "[class*=share-bar]",
    "[class*=sharing]",
    "[class~=share]",
    "[class~=social]",
    "[id=comments]",
    "[class~=comments]",
    "[class~=comment]",
    "[id=disqus_thread]",
];

/// What reader view found.
pub(super) struct Readable {
    pub markdown: String,
    /// The page's title as reader view reads it.
    pub title: String,
    /// The byline it found in the page (and took out of the text).
    pub byline: Option<String>,
}

/// The article, or `None` when the page holds no article.
pub(super) fn article(html: &str, url: Option<&str>) -> Option<Readable> {
    let config = || Config {
        text_mode: TextMode::Markdown,
        // Our own metadata pass reads JSON-LD; this one need not parse it again.
        disable_json_ld: true,
        char_threshold: CHAR_THRESHOLD,
        ..Config::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let document = || {
        let doc = Document::from(html);
        for selector in BOILERPLATE {
            if let Some(found) = doc.try_select(selector) {
                found.remove();
            }
        }
        doc
    };
    let mut reader = Readability::with_document(document(), url, Some(config()))
        .or_else(|_| Readability::with_document(document(), None, Some(config())))
        .ok()?;
    let article = reader.parse().ok()?;
    let markdown = article.text_content.to_string();
    (prose_chars(&markdown) >= MIN_PROSE_CHARS).then_some(Readable {
        markdown,
        title: article.title,
        byline: article.byline,
    })
}

/// Letters and digits outside links, list items, headings and tables (counted
/// up to [`MIN_PROSE_CHARS`]).
fn prose_chars(markdown: &str) -> usize {
    let mut count = 0;
    for line in markdown.lines() {
        let line = line.trim_start();
        if line.starts_with(['#', '-', '*', '+', '|']) {
            continue;
        }
        let mut depth = 0usize;
        let mut in_url = false;
        let mut prev = ' ';
        for c in line.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                '(' if prev == ']' => in_url = true,
                ')' if in_url => in_url = false,
                c if c.is_alphanumeric() && depth == 0 && !in_url => count += 1,
                _ => {}
            }
            prev = c;
        }
        if count >= MIN_PROSE_CHARS {
            break;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_lists_and_headings_are_not_prose() {
        assert_eq!(
            prose_chars("# Head\n- item\n[link](https://x.example/a) ok."),
            2
        );
        assert_eq!(prose_chars("Some words."), 9);
    }
}
