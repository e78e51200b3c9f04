//! The page's article as reader view finds it (`dom_smoothie`, a port of
//! Mozilla's Readability), turned into Markdown by its serializer (`dom_query`):
//! headings, paragraphs, block quotes, lists, links and emphasis. Navigation,
//! share bars, cookie banners, comments, scripts and styles do not make it in.

use dom_smoothie::{Config, Readability, TextMode};

/// Fewer characters of text than this is no article (an index page's teasers,
/// a cookie wall with nothing behind it).
const MIN_TEXT_CHARS: usize = 140;

/// The article's Markdown and the title reader view gives it, or `None` when
/// the page holds no article.
pub(super) fn article(html: &str, url: Option<&str>) -> Option<(String, String)> {
    let config = || Config {
        text_mode: TextMode::Markdown,
        // Our own metadata pass reads JSON-LD; this one need not parse it again.
        disable_json_ld: true,
        ..Config::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut reader = Readability::new(html, url, Some(config()))
        .or_else(|_| Readability::new(html, None, Some(config())))
        .ok()?;
    if !reader.is_probably_readable() {
        return None;
    }
    let article = reader.parse().ok()?;
    let markdown = article.text_content.to_string();
    let text_chars = markdown
        .chars()
        .filter(|c| c.is_alphanumeric())
        .take(MIN_TEXT_CHARS)
        .count();
    (text_chars >= MIN_TEXT_CHARS).then_some((markdown, article.title))
}
