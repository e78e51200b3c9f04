//! What a page says about its article, in this order: JSON-LD (`NewsArticle`,
//! `Article`, see [`super::jsonld`]), then `OpenGraph` and `article:*` meta tags
//! (`og:title`, `article:author`, `article:published_time`, `og:site_name`) and
//! the plain `author` / `date` meta tags, then `<title>` with the site's name
//! dropped (` | Site`, ` - Site`, ` — Site`). `<link rel=canonical>` gives the
//! URL, else `og:url`, else the JSON-LD `url`.
//!
//! Read with the tag scanner ([`super::tags`]), never a DOM, so a page's first
//! bytes are enough: the list's head pass reads only those.

use super::jsonld::{self, LinkedData};
use super::tags::tags;

/// The metadata found, each value cleaned and on one line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Found {
    pub title: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The `<title>` as written (site name and all).
    pub page_title: Option<String>,
}

/// Meta tags by name, the first of each.
#[derive(Default)]
struct Tags {
    og_title: Option<String>,
    og_site: Option<String>,
    og_url: Option<String>,
    article_author: Option<String>,
    meta_author: Option<String>,
    published: Option<String>,
    meta_date: Option<String>,
    title: Option<String>,
    canonical: Option<String>,
    linked: Option<LinkedData>,
}

/// Read the metadata of `html` (the whole page or its first bytes).
pub(super) fn find(html: &str) -> Found {
    let mut t = Tags::default();
    for tag in tags(html) {
        match tag.name {
            "meta" => {
                let key = tag
                    .attr("property")
                    .or_else(|| tag.attr("name"))
                    .or_else(|| tag.attr("itemprop"))
                    .map(|k| k.trim().to_ascii_lowercase());
                let (Some(key), Some(content)) = (key, tag.attr("content").and_then(one_line))
                else {
                    continue;
                };
                let slot = match key.as_str() {
                    "og:title" => &mut t.og_title,
                    "og:site_name" => &mut t.og_site,
                    "og:url" => &mut t.og_url,
                    "article:author" | "og:article:author" => &mut t.article_author,
                    "author" | "byl" | "dc.creator" | "sailthru.author" => &mut t.meta_author,
                    "article:published_time" | "og:article:published_time" => &mut t.published,
                    "date" | "pubdate" | "dc.date" | "datepublished" | "publishdate" => {
                        &mut t.meta_date
                    }
                    _ => continue,
                };
                slot.get_or_insert(content);
            }
            "title" if t.title.is_none() => t.title = tag.text.map(decode).and_then(one_line),
            "link" if t.canonical.is_none() => {
                let canonical = tag.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    t.canonical = tag.attr("href").and_then(one_line);
                }
            }
            "script" if t.linked.is_none() => {
                let ld = tag
                    .attr("type")
                    .is_some_and(|k| k.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld {
                    t.linked = tag.text.and_then(jsonld::article);
                }
            }
            _ => {}
        }
    }
    let ld = t.linked.unwrap_or_default();
    let clean = |v: Option<String>| v.map(|v| decode(&v)).and_then(one_line);
    let source = clean(ld.publisher).or(t.og_site);
    let mut title = clean(ld.headline)
        .or(t.og_title)
        .or_else(|| t.title.clone());
    if let Some(title) = &mut title {
        let _ = crate::parse::structure::strip_site_suffix(title, source.as_deref());
    }
    let author = clean(ld.author)
        .or(t.article_author.filter(|a| !a.starts_with("http")))
        .or(t.meta_author)
        .map(|a| a.strip_prefix("By ").map_or(a.clone(), str::to_owned));
    Found {
        title,
        author,
        date: clean(ld.date).or(t.published).or(t.meta_date),
        source,
        url: t.canonical.or(t.og_url).or_else(|| clean(ld.url)),
        page_title: t.title,
    }
}

fn decode(text: &str) -> String {
    html_escape::decode_html_entities(text).into_owned()
}

/// Clean text on one line, or nothing when it is empty.
fn one_line(text: impl AsRef<str>) -> Option<String> {
    let text = crate::parse::decode::clean(text.as_ref());
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(line).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<head>
<title>Old title | The Harbour Post</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="Harbour Post">
<meta property="article:author" content="https://facebook.com/janedoe">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2026-03-14T08:00:00Z">
<link rel="canonical" href="https://example.com/ferry">
"#;

    #[test]
    fn json_ld_comes_first() {
        let html = format!(
            r#"{HEAD}<script type="application/ld+json">{{"@type":"NewsArticle","headline":"LD &amp; title","author":"Ann Lee","datePublished":"2026-03-15","publisher":{{"name":"LD Post"}}}}</script>"#
        );
        let f = find(&html);
        assert_eq!(f.title.as_deref(), Some("LD & title"));
        assert_eq!(f.author.as_deref(), Some("Ann Lee"));
        assert_eq!(f.date.as_deref(), Some("2026-03-15"));
        assert_eq!(f.source.as_deref(), Some("LD Post"));
        assert_eq!(f.url.as_deref(), Some("https://example.com/ferry"));
    }

    #[test]
    fn then_open_graph_and_article_tags() {
        let f = find(HEAD);
        assert_eq!(f.title.as_deref(), Some("OG title"));
        assert_eq!(
            f.author.as_deref(),
            Some("Jane Doe"),
            "a profile URL is no name"
        );
        assert_eq!(f.date.as_deref(), Some("2026-03-14T08:00:00Z"));
        assert_eq!(f.source.as_deref(), Some("Harbour Post"));
    }

    #[test]
    fn then_the_title_without_the_site_name() {
        for (title, want) in [
            (
                "Ferry returns to the island | The Harbour Post",
                "Ferry returns to the island",
            ),
            (
                "Ferry returns to the island - Harbour Post",
                "Ferry returns to the island",
            ),
            (
                "Ferry returns to the island \u{2014} Harbour Post",
                "Ferry returns to the island",
            ),
            (
                "Ferry   returns\n to the island",
                "Ferry returns to the island",
            ),
        ] {
            let f = find(&format!("<title>{title}</title>"));
            assert_eq!(f.title.as_deref(), Some(want), "{title}");
        }
        assert_eq!(find("<p>no head</p>"), Found::default());
    }

    #[test]
    fn values_are_cleaned() {
        let f = find("<title>Bad \u{1b}[31mred\u{7} title</title>");
        assert_eq!(f.title.as_deref(), Some("Bad red title"));
    }
}
