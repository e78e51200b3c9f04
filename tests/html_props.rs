//! Whatever a saved page holds, reading it never panics: arbitrary bytes, and
//! HTML-ish strings built from the pieces pages are made of (tags left open,
//! stray `<`, comments, scripts, JSON-LD, entities, charsets).

use byline::article::Format;
use byline::html::{document, extract, head_document};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "<html>",
    "<head>",
    "</head>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div class=\"cookie\">",
    "</div>",
    "<h1>",
    "</h1>",
    "<h2>",
    "<blockquote>",
    "<ul><li>",
    "<a href=\"x\">",
    "</a>",
    "<em>",
    "<b><i>",
    "</b></i>",
    "<script>",
    "</script>",
    "<script type=\"application/ld+json\">",
    "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[",
    "<title>",
    "</title>",
    "<meta charset=\"latin1\">",
    "<meta property=\"og:title\" content=\"",
    "<!--",
    "-->",
    "<",
    ">",
    "&amp;",
    "&#x1b;",
    "&#0;",
    "\u{1b}[31m",
    "\"",
    "'",
    " said Ann Lee.",
    "Word ",
    "\n",
    "<meta http-equiv=content-type content=\"text/html; charset=utf-16\">",
    "<![CDATA[",
    "\u{feff}",
    "\u{202e}",
    "é",
    "<table><tr><td>",
];

fn htmlish() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn extract_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = extract(&bytes, None, None);
        let _ = head_document(&bytes);
        let _ = byline::parse::parse_bytes(&bytes, Format::Html);
    }

    #[test]
    fn extract_never_panics_on_html(html in htmlish(), charset in proptest::option::of("[a-z0-9=; -]{0,16}")) {
        let page = extract(html.as_bytes(), charset.as_deref(), Some("https://example.com/a"));
        // Nothing of the page reaches the terminal as a control character.
        for text in [&page.markdown].into_iter().chain(page.title.iter()).chain(page.author.iter()) {
            prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
        }
        let doc = document(html.as_bytes(), None);
        prop_assert!(doc.starts_with("+++\n"));
        let _ = byline::parse::parse_head(&html, Format::Html);
    }
}
