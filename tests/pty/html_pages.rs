//! Saved web pages in the app: the list shows a page's title from its `<head>`,
//! the reader its article (not the cookie banner, the navigation or the share
//! bar), and a page without an article says so under its title.

use super::harness::dump;
use super::panes::{open_reader, start_on};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name);
    std::fs::read_to_string(path).expect("read a fixture")
}

#[test]
fn a_saved_page_is_listed_and_read_as_an_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("ferry.html"), fixture("ferry.html")).expect("write");
    let term = start_on(dir.path(), "Island ferry sails again");
    open_reader(&term);
    let screen = term.wait_text("EASTPORT");
    let text = screen.contents();
    assert!(text.contains("Jane Doe"), "{}", dump(&screen));
    assert!(
        text.contains("What was repaired") || text.contains("six months"),
        "{}",
        dump(&screen)
    );
    for gone in ["cookies", "Share on", "Subscribe", "<p>"] {
        assert!(!text.contains(gone), "{gone}:\n{}", dump(&screen));
    }
}

#[test]
fn a_page_without_an_article_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("index.htm"), fixture("index_page.html")).expect("write");
    let term = start_on(dir.path(), "Latest news");
    open_reader(&term);
    term.wait_text("No article found in this page.");
}
