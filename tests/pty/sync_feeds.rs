//! ctrl-r: a feed sync from the app, against a feed served on 127.0.0.1. The
//! status bar shows it running, then what it did; the new article arrives
//! through the folder's watcher.

use std::time::Duration;

use super::harness::Spawn;
use super::http::{Reply, Server};
use super::panes::write;

const FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Mountain Post",
"items": [{"id": "snow-1", "title": "Snow closes the pass",
"content_html": "<p>The pass is closed until Monday, the road office said.</p>"}]}"#;

#[test]
fn ctrl_r_syncs_and_the_new_article_arrives() {
    let server = Server::start(|_| Reply {
        // Long enough to see the progress line.
        stall: Some(Duration::from_millis(1500)),
        ..Reply::new(200, "application/feed+json", FEED)
    });
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "quay.txt",
        "Crews at the quay\n\nRopes and crates.\n",
    );
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[[feeds]]\nname = \"Mountain Post\"\nurl = {:?}\nfolder = {:?}\n",
            server.url("/feed.json"),
            dir.path().join("mountain").to_string_lossy()
        ),
    )
    .expect("write the config");
    let term = Spawn::new(&[
        "--config".to_string(),
        config.to_string_lossy().into_owned(),
        dir.path().to_string_lossy().into_owned(),
    ])
    .start();
    term.wait_text("Crews at the quay");
    term.send("\x12");
    term.wait_text("sync: fetching feeds…");
    term.wait_text("sync: 1 new from 1 feed");
    term.wait_text("Snow closes the pass");
    assert!(
        dir.path()
            .join("mountain/snow-closes-the-pass.md")
            .is_file()
    );
}
