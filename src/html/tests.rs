use super::*;

const STORY: &str = r#"<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Ferry returns to Eastport after repairs | The Harbour Post</title>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ferry returns to Eastport after repairs</h1>
<p>EASTPORT — The island ferry sailed again on Saturday after six months in dry dock, and the morning crossing was full before eight o'clock.</p>
<p>"We have waited a long time for this," said Mara Quinn, who runs the bakery by the quay. She said the winter without the boat had been <em>hard</em> on everyone.</p>
<h2>What was repaired</h2>
<blockquote><p>The hull plates were replaced and the engines rebuilt.</p></blockquote>
<ul><li>New hull plates</li><li>Two rebuilt engines</li></ul>
<p>The harbour master, Tom Ellis, said the <a href="https://example.com/timetable">timetable</a> would return to normal next week, with six crossings a day in each direction.</p>
</article>
<div class="share">Share on Facebook Share on X</div>
</body></html>"#;

#[test]
fn finds_the_article_and_its_title() {
    let page = extract(STORY.as_bytes(), None, Some("https://example.com/ferry"));
    assert!(page.found, "{page:?}");
    assert_eq!(
        page.title.as_deref(),
        Some("Ferry returns to Eastport after repairs")
    );
    assert_eq!(page.url.as_deref(), Some("https://example.com/ferry"));
    let md = &page.markdown;
    assert!(md.starts_with("EASTPORT"), "{md}");
    assert!(md.contains("## What was repaired"), "{md}");
    assert!(md.contains("> The hull plates"), "{md}");
    assert!(md.contains("- New hull plates"), "{md}");
    assert!(md.contains("*hard*"), "{md}");
    assert!(
        md.contains("[timetable](https://example.com/timetable)"),
        "{md}"
    );
    assert!(!md.contains("Sport"), "{md}");
    assert!(!md.contains("Share on"), "{md}");
}

#[test]
fn a_page_without_an_article_says_so() {
    let index = "<html><head><title>News | Harbour Post</title></head><body><ul>\
        <li><a href=/a>Ferry returns</a></li><li><a href=/b>Storm warning</a></li></ul></body></html>";
    let page = extract(index.as_bytes(), None, None);
    assert!(!page.found);
    assert_eq!(page.title.as_deref(), Some("News | Harbour Post"));
    let doc = document(index.as_bytes(), None);
    assert!(doc.contains(NO_ARTICLE), "{doc}");
}

#[test]
fn the_document_has_front_matter() {
    let doc = document(STORY.as_bytes(), None);
    assert!(
        doc.starts_with("+++\ntitle = \"Ferry returns to Eastport after repairs\"\n"),
        "{doc}"
    );
    assert!(doc.contains("+++\n\nEASTPORT"), "{doc}");
    let head = head_document(STORY.as_bytes());
    assert_eq!(
        head,
        "+++\ntitle = \"Ferry returns to Eastport after repairs\"\n+++\n"
    );
}

#[test]
fn the_http_charset_is_read_from_a_header_value() {
    assert_eq!(
        header_charset("text/html; charset=ISO-8859-1"),
        Some("ISO-8859-1")
    );
    assert_eq!(header_charset("utf-8"), Some("utf-8"));
    let page = extract(
        b"<title>caf\xE9</title>",
        Some("text/html; charset=iso-8859-1"),
        None,
    );
    assert_eq!(page.title.as_deref(), Some("café"));
}

#[test]
fn front_matter_values_are_toml_strings() {
    let mut out = String::new();
    push_toml_string(&mut out, "a \"quoted\" \\ back\u{7f}");
    assert_eq!(out, r#""a \"quoted\" \\ back\u007F""#);
    let parsed: toml::Value = toml::from_str(&format!("v = {out}")).unwrap();
    assert_eq!(parsed["v"].as_str(), Some("a \"quoted\" \\ back\u{7f}"));
}

#[test]
fn titles_with_quotes_and_backslashes_survive_the_front_matter() {
    let page = r#"<title>Mayor: "We will rebuild" \ C:\path | Post</title><body><p>x</p></body>"#;
    let article = crate::parse::parse_bytes(page.as_bytes(), crate::article::Format::Html).unwrap();
    assert_eq!(article.meta.title, r#"Mayor: "We will rebuild" \ C:\path"#);
    let head = crate::parse::parse_html_head(page.as_bytes());
    assert_eq!(head.title, article.meta.title);
}

#[test]
fn a_feed_fragment_is_kept_whole_however_short() {
    let md = fragment(
        "<p>The bridge is <em>open</em>.</p><script>alert(1)</script>\
         <blockquote><p>\u{201c}At last,\u{201d} said Ana Ruiz.</p></blockquote>",
    );
    assert!(md.contains("The bridge is *open*."), "{md}");
    assert!(
        md.contains("> \u{201c}At last,\u{201d} said Ana Ruiz."),
        "{md}"
    );
    assert!(!md.contains("alert"), "{md}");
    assert_eq!(fragment(""), "");
}
