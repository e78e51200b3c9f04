//! `a`: save a web page from the app, against a server on 127.0.0.1. The status
//! bar shows the save running; the new article is selected when it lands; an
//! error shows in the status bar.

use std::time::Duration;

use super::harness::Key;
use super::http::{Reply, Server};
use super::panes::{start_on, write};

const PAGE: &str = "<!doctype html><html><head><title>Ferry returns to the island</title></head>
<body><p>The ferry is back in service after three weeks in dry dock.</p>
<p>The crossing takes forty minutes and runs four times a day until the end of the season, \
when the winter timetable begins and the boats sail twice a day.</p></body></html>";

#[test]
fn a_saves_a_page_and_selects_it() {
    let server = Server::start(|path| match path {
        "/missing" => Reply::new(404, "text/html", "gone"),
        _ => Reply {
            // Long enough to see the progress line.
            stall: Some(Duration::from_millis(1500)),
            ..Reply::html(PAGE)
        },
    });
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        "Crews at the quay\n\nRopes and crates.\n",
    );
    let term = start_on(dir.path(), "Crews at the quay");
    // An error first: it shows in the status bar, naming the URL.
    term.send("a");
    term.wait_text("save URL: ");
    let missing = server.url("/missing");
    term.send(&missing);
    term.send_key(Key::Enter);
    term.wait_text(&format!("{missing}: HTTP 404 Not Found"));
    // Then a page: "saving URL…" while it runs, then the article, selected.
    term.send("a");
    term.wait_text("save URL: ");
    let url = server.url("/ferry");
    term.send(&url);
    term.send_key(Key::Enter);
    term.wait_text(&format!("saving {url}…"));
    term.wait_text("Ferry returns to the");
    // The reader shows it: the list selected it.
    term.wait_text("ferry-returns-to-the-island.md");
    term.wait_text("after three weeks in");
    assert!(dir.path().join("ferry-returns-to-the-island.md").is_file());
}
