//! Saved web pages: a generated plain-text article dressed as a news site's
//! page (JSON-LD and `OpenGraph` in `<head>`, a style sheet and an analytics
//! script inline, navigation, a cookie banner, a share bar, the article in
//! `<p>` and `<h2>`, comments, a footer), for the head pass and extraction
//! benchmarks.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use crate::article::Format;

/// The analytics and style clutter of a page's `<head>` (about 3 KB).
fn clutter(seed: u64) -> String {
    let mut out = String::from("<style>");
    for i in 0..40 {
        let _ = write!(out, ".c{seed}-{i}{{margin:{i}px;padding:0 {i}px}}");
    }
    out.push_str("</style>\n<script>window.dataLayer=window.dataLayer||[];");
    for i in 0..30 {
        let _ = write!(
            out,
            "dataLayer.push({{'event':'view','slot':{i},'id':{seed}}});"
        );
    }
    out.push_str("</script>\n");
    out
}

/// The page of the plain article `seed` of about `target_bytes` of text.
pub(super) fn write(seed: u64, target_bytes: usize) -> String {
    let plain = super::plain::write(seed, target_bytes, None);
    let article = crate::parse::parse(&plain, Format::Plain);
    let meta = &article.meta;
    let source = meta
        .source
        .clone()
        .unwrap_or_else(|| "The Daily Ledger".to_owned());
    let author = meta
        .byline
        .as_deref()
        .map(|b| b.trim_start_matches("By ").to_owned());
    let date = meta.date.map(|d| format!("{d}T08:00:00Z"));
    let slug: String = meta
        .title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let url = format!("https://news.example/{seed}/{slug}");
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "author": author.as_ref().map(|a| serde_json::json!([{"@type": "Person", "name": a}])),
        "datePublished": date,
        "publisher": {"@type": "Organization", "name": source},
        "mainEntityOfPage": url,
    })
    .to_string()
    .replace("</", "<\\/");
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} | {site}</title>\n<link rel=\"canonical\" href=\"{url}\">\n\
         <meta property=\"og:title\" content=\"{title_attr}\">\n\
         <meta property=\"og:site_name\" content=\"{site_attr}\">\n\
         <script type=\"application/ld+json\">{ld}</script>\n{clutter}</head>\n<body>\n\
         <div class=\"cookie-banner\"><p>We use cookies to measure our audience and to show \
         you advertising. By continuing you accept them.</p><button>Accept</button></div>\n\
         <header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> \
         <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav></header>\n\
         <main><article>\n<h1>{title}</h1>\n",
        title = text(&meta.title),
        site = text(&source),
        title_attr = attr(&meta.title),
        site_attr = attr(&source),
        clutter = clutter(seed),
    );
    if let Some(author) = &author {
        let _ = writeln!(page, "<p class=\"byline\">By {}</p>", text(author));
    }
    page.push_str(
        "<div class=\"share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>\n",
    );
    for section in &article.sections {
        if let Some(heading) = &section.heading {
            let _ = writeln!(page, "<h2>{}</h2>", text(heading));
        }
        for block in &section.blocks {
            let _ = writeln!(page, "<p>{}</p>", text(&block.text));
        }
    }
    page.push_str(
        "</article>\n<section id=\"comments\"><h3>Comments</h3><div class=\"comment\">\
         <p>First!</p></div></section></main>\n<footer><p>&copy; 2026 News Example</p></footer>\n\
         </body>\n</html>\n",
    );
    page
}
