//! A huge article (opened in pieces: its beginning and its end first): `G`
//! typed right after Enter shows the end of the article, not the bottom of its
//! beginning, for a text file and for a saved web page (whose article is
//! extracted from the whole page first). How fast is measured in
//! docs/performance.md; here the screen is checked.

use std::fmt::Write as _;

use super::harness::dump;
use super::panes::{start_on, write};

/// Numbered paragraphs past `bytes` bytes, the last one ending in `last` (one
/// word, so that it is never wrapped).
fn paragraphs(bytes: usize, last: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut n = 0;
    let mut len = 0;
    while len < bytes {
        n += 1;
        let p = format!(
            "Paragraph {n} of the harbour archive: the crews count ropes and crates \
             on the pier before the tide turns and the ferry leaves for the island."
        );
        len += p.len() + 2;
        out.push(p);
    }
    out.push(format!("The archive closes with {last}."));
    out
}

/// Enter and `G` at once on the only article in `dir`, whose list title is
/// `title`: the end (`last`) is on screen, and neither the beginning nor
/// the page's footer is.
fn enter_then_g_shows_the_end(dir: &std::path::Path, title: &str, last: &str) {
    let term = start_on(dir, title);
    term.send("\r");
    term.send("G");
    let screen = term.wait_text(last);
    for not in ["Paragraph 1 of", "Contact us"] {
        assert!(
            !screen.contents().contains(not),
            "the end, without {not:?}:\n{}",
            dump(&screen)
        );
    }
}

#[test]
fn g_right_after_enter_shows_the_end_of_a_huge_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = String::from("Harbour archive reopens\n\n");
    for p in paragraphs(1 << 20, "Lighthouselog") {
        writeln!(text, "{p}\n").expect("write to a String");
    }
    write(dir.path(), "archive.txt", &text);
    enter_then_g_shows_the_end(dir.path(), "Harbour archive reopens", "Lighthouselog");
}

/// A saved web page whose article has paragraphs past `bytes` bytes, the
/// last ending in `last`, with a navigation bar before it and a footer after.
fn web_page(bytes: usize, last: &str) -> String {
    let mut page = String::from(
        "<!doctype html><html><head><title>Harbour archive online</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article>\
         <h1>Harbour archive online</h1>",
    );
    for p in paragraphs(bytes, last) {
        writeln!(page, "<p>{p}</p>").expect("write to a String");
    }
    page.push_str("</article></main><footer>Contact us</footer></body></html>\n");
    page
}

/// A big page (1 MB): its article is found in the whole page, then its ends
/// are shown while all of it is parsed.
#[test]
fn g_right_after_enter_shows_the_end_of_a_huge_web_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "archive.html",
        &web_page(1 << 20, "Harbourmasternote"),
    );
    enter_then_g_shows_the_end(dir.path(), "Harbour archive online", "Harbourmasternote");
}

/// A huge page (3 MB): the end of the page itself is shown, without its
/// footer, before reader view has read all of it.
#[test]
fn g_right_after_enter_shows_the_end_of_a_huger_web_page_without_its_footer() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "archive.html",
        &web_page(3 << 20, "Portwardenentry"),
    );
    enter_then_g_shows_the_end(dir.path(), "Harbour archive online", "Portwardenentry");
}
