//! Web pages as articles: the text of a page's article and what the page says
//! about it (title, author, date, publisher, canonical URL).
//!
//! [`extract`] is shared by the reader (`.html` files) and `byline save`:
//! [`charset`] finds the encoding, [`meta`] the metadata (JSON-LD, then
//! `OpenGraph` and `article:*` tags, then `<title>`), [`readable`] the article's
//! text as Markdown. [`document`] writes a page as a Markdown file with TOML
//! front matter, which the parser then reads like any Markdown article, so the
//! dateline, sections, quotations and speakers come out as for any other
//! format. [`head_document`] does the same from a page's first bytes for the
//! list, without reader view. [`pieces`] gives the two ends of a huge page on
//! their own, shown while reader view reads all of it.

use std::fmt::Write as _;

pub use pieces::{head_piece, tail_piece};

mod charset;
mod jsonld;
mod meta;
mod pieces;
mod readable;
mod tags;

/// The body of a page without an article (an index page, a cookie wall).
pub const NO_ARTICLE: &str = "No article found in this page.";

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
    let html = charset::decode(bytes, charset.and_then(header_charset));
    let found = meta::find(&html);
    let page_url = found.url.clone().or_else(|| url.map(str::to_owned));
    let article = readable::article(&html, page_url.as_deref().or(url));
    let (markdown, reader_title, byline) = match article {
        Some(r) => (Some(r.markdown), Some(r.title), r.byline),
        None => (None, None, None),
    };
    let title = found
        .title
        .or_else(|| reader_title.filter(|t| !t.trim().is_empty()))
        .or(found.page_title);
    let markdown = markdown
        .map(|m| body(&m, title.as_deref()))
        .filter(|m| !m.is_empty());
    Page {
        found: markdown.is_some(),
        markdown: markdown.unwrap_or_default(),
        title,
        author: found
            .author
            .or_else(|| byline.and_then(|b| one_line_byline(&b))),
        date: found.date,
        source: found.source,
        url: page_url,
    }
}

/// A piece of HTML that is all article (a feed item's `content:encoded` or
/// summary) as Markdown: no reader view, which would judge a short item no
/// article; scripts, styles and forms left out.
#[must_use]
pub fn fragment(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    let md = doc.md(Some(&[
        "script", "style", "noscript", "template", "form", "iframe",
    ]));
    crate::parse::decode::clean(md.trim())
}

/// A byline reader view found in the text: `By Jane Doe` is `Jane Doe`.
fn one_line_byline(byline: &str) -> Option<String> {
    let text = crate::parse::decode::clean(byline);
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
        .unwrap_or(&line);
    Some(line.to_owned()).filter(|l| !l.is_empty())
}

/// The charset of a `Content-Type` header value, or a bare label.
fn header_charset(value: &str) -> Option<&str> {
    if !value.contains('=') {
        return Some(value);
    }
    let at = value.to_ascii_lowercase().find("charset=")?;
    let rest = value.get(at + "charset=".len()..)?;
    Some(rest.split(';').next()?.trim().trim_matches('"'))
}

/// The article's Markdown, cleaned, without a first heading that repeats the
/// title (the page's `<h1>`; the title is in the front matter).
fn body(markdown: &str, title: Option<&str>) -> String {
    let text = crate::parse::decode::clean(markdown);
    let trimmed = text.trim_start();
    let first = trimmed.lines().next().unwrap_or_default();
    let heading = first.trim_start_matches('#');
    let repeats = first.starts_with('#') && title.is_some_and(|t| same_words(heading, t));
    let text = if repeats {
        trimmed.get(first.len()..).unwrap_or_default()
    } else {
        trimmed
    };
    text.trim().to_owned()
}

fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// The page as a Markdown document with TOML front matter (title, author, date,
/// source, url): what the parser reads for an `.html` file. A page without an
/// article says so under its title ([`NO_ARTICLE`]).
#[must_use]
pub fn document(bytes: &[u8], charset: Option<&str>) -> String {
    let page = extract(bytes, charset, None);
    let mut doc = front_matter(
        page.title.as_deref(),
        page.author.as_deref(),
        page.date.as_deref(),
        page.source.as_deref(),
        page.url.as_deref(),
    );
    doc.push('\n');
    doc.push_str(if page.found {
        &page.markdown
    } else {
        NO_ARTICLE
    });
    doc.push('\n');
    doc
}

/// The front matter of a page from its first bytes alone (no reader view): what
/// the list shows for an `.html` file.
#[must_use]
pub fn head_document(bytes: &[u8]) -> String {
    let html = charset::decode(bytes, None);
    let found = meta::find(&html);
    front_matter(
        found.title.as_deref().or(found.page_title.as_deref()),
        found.author.as_deref(),
        found.date.as_deref(),
        found.source.as_deref(),
        found.url.as_deref(),
    )
}

fn front_matter(
    title: Option<&str>,
    author: Option<&str>,
    date: Option<&str>,
    source: Option<&str>,
    url: Option<&str>,
) -> String {
    let mut out = String::from("+++\n");
    for (key, value) in [
        ("title", title),
        ("author", author),
        ("date", date),
        ("source", source),
        ("url", url),
    ] {
        if let Some(value) = value {
            out.push_str(key);
            out.push_str(" = ");
            push_toml_string(&mut out, value);
            out.push('\n');
        }
    }
    out.push_str("+++\n");
    out
}

/// `value` as a TOML basic string: quoted, with `\`, `"` and control
/// characters escaped.
fn push_toml_string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests;
