//! Saved web pages (`.html`) as articles: one test per real-world shape of page
//! (fixtures written for the purpose under `tests/fixtures/html/`), the page and
//! the same story as text giving the same `byline parse --json`, the list's head
//! pass agreeing with the whole page, and pages that must still open.

use std::path::{Path, PathBuf};
use std::process::Command;

use byline::article::{Article, Format};
use byline::html::{NO_ARTICLE, extract};
use byline::library::{Source, load};
use byline::parse::parse_bytes;

#[cfg(test)]
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name)
}

#[cfg(test)]
fn article(name: &str) -> Article {
    let path = fixture(name);
    let article = load::full(&Source::File(path.clone()), Format::from_path(&path)).unwrap();
    Article::clone(&article)
}

#[cfg(test)]
fn paragraphs(a: &Article) -> Vec<&str> {
    a.sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.text.as_str()))
        .collect()
}

#[cfg(test)]
fn speakers(a: &Article) -> Vec<String> {
    a.quotes
        .iter()
        .map(|q| format!("{:?}", q.speaker.as_deref()))
        .collect()
}

#[cfg(test)]
fn byline(args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_ld_page_gives_headline_byline_date_source_sections_and_quotes() {
    let page = byline(&["parse", "--json", "tests/fixtures/html/ferry.html"]);
    assert_eq!(page["format"], "html");
    assert_eq!(
        page["title"],
        "Island ferry sails again after six months in dry dock"
    );
    assert_eq!(page["byline"], "Jane Doe");
    assert_eq!(page["date"], "2026-03-14");
    assert_eq!(page["source"], "The Harbour Post");
    assert_eq!(page["dateline"]["place"], "EASTPORT");
    let headings: Vec<&serde_json::Value> = page["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["heading"])
        .collect();
    assert_eq!(
        headings,
        [
            &serde_json::Value::Null,
            &"What was repaired".into(),
            &"What comes next".into()
        ]
    );
    let quotes = page["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 4, "{quotes:?}");
    let text = page.to_string();
    for gone in [
        "cookies",
        "Share on",
        "Subscribe",
        "harbourwatcher",
        "All rights",
        "Bus route",
    ] {
        assert!(!text.contains(gone), "{gone} kept: {text}");
    }
}

/// What only one of the two holds is left out: the text's `published` line, the
/// page's publisher and its links and emphasis; a text byline keeps its "By".
#[test]
fn the_page_and_the_same_story_as_text_parse_the_same() {
    let page = byline(&["parse", "--json", "tests/fixtures/html/ferry.html"]);
    let text = byline(&["parse", "--json", "tests/fixtures/html/ferry.txt"]);
    for key in ["title", "date", "dateline", "quotes", "words"] {
        assert_eq!(page[key], text[key], "{key}");
    }
    let strip = |v: &serde_json::Value| {
        let b = v.as_str().unwrap_or_default();
        b.strip_prefix("By ").unwrap_or(b).to_owned()
    };
    assert_eq!(strip(&page["byline"]), strip(&text["byline"]));
    let sections = |v: &serde_json::Value| {
        v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["heading"].clone(), s["paragraphs"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(sections(&page), sections(&text));
    assert!(text["source"].is_null() && page["source"] == "The Harbour Post");
}

#[test]
fn open_graph_only() {
    let a = article("opengraph.html");
    assert_eq!(a.meta.title, "Library reopens with longer hours");
    assert_eq!(a.meta.byline.as_deref(), Some("Priya Natarajan"));
    assert_eq!(
        a.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-05-02")
    );
    assert_eq!(a.meta.source.as_deref(), Some("Valley Gazette"));
    assert_eq!(paragraphs(&a).len(), 4);
    assert!(paragraphs(&a)[0].starts_with("The town library reopened"));
    assert_eq!(
        speakers(&a),
        ["Some(\"Oskar Brandt\")", "Some(\"Lena Fischer\")"]
    );
    assert!(!format!("{a:?}").contains("Advertise"));
}

#[test]
fn no_metadata_takes_the_title_from_the_heading() {
    let a = article("no_metadata.html");
    assert_eq!(a.meta.title, "Volunteers count the spring birds");
    assert_eq!(a.meta.source, None);
    assert_eq!(a.meta.date, None);
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(speakers(&a), ["Some(\"Ruth Ambrose\")"]);
}

#[test]
fn a_cookie_wall_is_not_the_article() {
    let a = article("cookie_wall.html");
    assert_eq!(a.meta.title, "Council approves new cycle lanes");
    assert_eq!(a.meta.byline.as_deref(), Some("Sam Okafor"));
    assert_eq!(a.meta.source.as_deref(), Some("Northern Courier"));
    let text = paragraphs(&a).join("\n");
    assert!(text.starts_with("The city council voted"), "{text}");
    assert!(
        !text.contains("partners") && !text.contains("Privacy"),
        "{text}"
    );
    assert_eq!(a.sections.len(), 1);
    assert_eq!(speakers(&a), ["Some(\"Helen Marsh\")"]);
}

#[test]
fn an_index_page_has_no_article_and_says_so() {
    let bytes = std::fs::read(fixture("index_page.html")).unwrap();
    let page = extract(&bytes, None, None);
    assert!(!page.found);
    // The site's name (og:site_name) comes off the title, short as it is.
    assert_eq!(page.title.as_deref(), Some("Latest news"));
    assert_eq!(page.source.as_deref(), Some("The Harbour Post"));
    let a = article("index_page.html");
    assert_eq!(a.meta.title, "Latest news");
    assert_eq!(paragraphs(&a), [NO_ARTICLE]);
}

#[test]
fn latin_1_declared_in_a_meta_tag() {
    let a = article("latin1.html");
    assert_eq!(a.meta.title, "Café in Tromsø wins award");
    assert_eq!(a.meta.source.as_deref(), Some("Nordlys Weekly"));
    assert!(paragraphs(&a)[0].contains("café on the harbour front"));
    assert_eq!(speakers(&a), ["Some(\"Sigrid Sæther\")"]);
}

#[test]
fn a_broken_page_still_opens() {
    let a = article("broken.html");
    assert_eq!(a.meta.title, "Market hall roof to be replaced");
    let text = paragraphs(&a).join("\n");
    assert!(text.contains("inspectors found rot"), "{text}");
    assert!(text.contains("in time for the Christmas market"), "{text}");
    assert_eq!(speakers(&a), ["Some(\"Dev Patel\")"]);
}

#[test]
fn a_five_megabyte_inline_script_does_not_stop_the_page() {
    let story = std::fs::read_to_string(fixture("ferry.html")).unwrap();
    let script = format!(
        "<script>var blob = \"{}\"; if (a < b && c > d) {{ document.write('<p>not text</p>'); }}</script>",
        "x0<>".repeat(5 * 1024 * 1024 / 4)
    );
    let page = story.replacen("</head>", &format!("{script}</head>"), 1);
    assert!(page.len() > 5 * 1024 * 1024);
    let a = parse_bytes(page.as_bytes(), Format::Html).unwrap();
    assert_eq!(
        a.meta.title,
        "Island ferry sails again after six months in dry dock"
    );
    assert!(!format!("{a:?}").contains("not text"));
    assert_eq!(a.sections.len(), 3);
}

#[test]
fn the_head_pass_agrees_with_the_whole_page() {
    for name in [
        "ferry.html",
        "opengraph.html",
        "cookie_wall.html",
        "latin1.html",
        "broken.html",
    ] {
        let path = fixture(name);
        let head = load::head(&Source::File(path.clone()), Format::Html)
            .unwrap()
            .meta;
        let whole = article(name).meta;
        assert_eq!(head.title, whole.title, "{name}");
        assert_eq!(head.date, whole.date, "{name}");
        assert_eq!(head.source, whole.source, "{name}");
    }
    // A JSON-LD block past the head's bytes is not read, nor needed.
    let path = fixture("ferry.html");
    let head = load::head(&Source::File(path), Format::Html).unwrap().meta;
    assert_eq!(head.byline.as_deref(), Some("Jane Doe"));
}

#[test]
fn html_files_are_found_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("ferry.html"), dir.path().join("ferry.html")).unwrap();
    std::fs::copy(fixture("latin1.html"), dir.path().join("cafe.HTM")).unwrap();
    let dir_arg = dir.path().to_str().unwrap();
    let pages = byline(&["parse", "--json", dir_arg]);
    let titles: Vec<&str> = pages
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 2, "{pages}");
    assert!(titles.contains(&"Café in Tromsø wins award"), "{titles:?}");
}
