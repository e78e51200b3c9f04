//! Web pages as articles: the text of a page's article and what the page says
//! about it (title, author, date, publisher, canonical URL).
//!
//! This is the contract the reader (`.html` files) and `byline save` share;
//! [`extract`] is a placeholder that keeps the `<title>` and the text between
//! tags until the reader-view extraction lands.

/// What a page holds, as an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub author: Option<String>,
    /// As the page wrote it (ISO 8601 when from JSON-LD or meta tags).
    pub date: Option<String>,
    /// The publisher or site name.
    pub source: Option<String>,
    /// The canonical URL, else the URL the page was fetched from.
    pub url: Option<String>,
    /// The article's text as Markdown (headings, quotes, lists, links).
    pub markdown: String,
    /// Whether an article was found (an index page has none).
    pub found: bool,
}

/// Extract the article of an HTML page. `charset` is the HTTP header's, when
/// the page came from the web; `url` is where it came from.
#[must_use]
pub fn extract(bytes: &[u8], charset: Option<&str>, url: Option<&str>) -> Page {
    let _ = charset;
    let text = String::from_utf8_lossy(bytes);
    let title = between(&text, "<title>", "</title>").map(|t| t.trim().to_string());
    let body = between(&text, "<body", "</body>").unwrap_or(&text);
    let mut markdown = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                markdown.push(' ');
            }
            _ if !in_tag => markdown.push(c),
            _ => {}
        }
    }
    let markdown = markdown
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Page {
        found: !markdown.is_empty(),
        title,
        url: url.map(str::to_string),
        markdown,
        ..Page::default()
    }
}

fn between<'t>(text: &'t str, open: &str, close: &str) -> Option<&'t str> {
    let start = text.find(open)? + open.len();
    let start = start
        + text
            .get(start..)?
            .find('>')
            .map_or(0, |i| if open.ends_with('>') { 0 } else { i + 1 });
    let end = start + text.get(start..)?.find(close)?;
    text.get(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_title_and_the_text() {
        let page = extract(
            b"<html><head><title>Ferry returns</title></head><body><p>The ferry is back.</p></body></html>",
            None,
            Some("http://127.0.0.1/x"),
        );
        assert_eq!(page.title.as_deref(), Some("Ferry returns"));
        assert_eq!(page.markdown, "The ferry is back.");
        assert!(page.found);
    }
}
