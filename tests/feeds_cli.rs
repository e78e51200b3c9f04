//! `byline feeds` and `byline sync` end to end, against a server this test
//! starts on 127.0.0.1 (tests/support/http.rs) serving the fixture feeds of
//! tests/fixtures/feeds. No test reaches past loopback: the feeds whose items
//! link elsewhere have `full_text = false`.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

#[path = "support/home.rs"]
mod home;
#[path = "support/http.rs"]
mod http;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use home::{byline, fixture, text};
use http::{Reply, Server};

/// The article files under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if !p.file_name().unwrap().to_string_lossy().starts_with('.') {
                out.push(p.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

fn server() -> (Server, Arc<AtomicUsize>) {
    let rss_calls = Arc::new(AtomicUsize::new(0));
    let calls = Arc::clone(&rss_calls);
    let server = Server::start(move |path| match path {
        "/rss.xml" => {
            // The first request gets the feed with its validators, the next a 304.
            if calls.fetch_add(1, Ordering::SeqCst) == 0 {
                let mut r = Reply::new(200, "application/rss+xml", fixture("rss2.xml"));
                r.headers.push(("ETag".into(), "\"v1\"".into()));
                r.headers.push((
                    "Last-Modified".into(),
                    "Sat, 14 Mar 2026 09:00:00 GMT".into(),
                ));
                r
            } else {
                Reply::new(304, "application/rss+xml", "")
            }
        }
        "/atom.xml" => Reply::new(200, "application/atom+xml", fixture("atom.xml")),
        "/posts/bridge" => Reply::html(
            "<html><head><title>Bridge reopens</title></head><body>\
             <p>The bridge over the river is open again after six weeks of repairs.</p>\
             <p>Engineers replaced the bearings and the deck joints, and the council said \
             the crossing would stay open to buses and lorries through the winter.</p></body></html>",
        ),
        "/feed.json" => Reply::new(200, "application/feed+json", fixture("feed.json")),
        "/broken.xml" => Reply::new(200, "text/xml", fixture("broken.xml")),
        "/moved.xml" => Reply::redirect(301, "/broken.xml"),
        "/slow.xml" => Reply {
            stall: Some(Duration::from_secs(4)),
            ..Reply::new(200, "text/xml", fixture("broken.xml"))
        },
        "/busy.xml" => {
            let mut r = Reply::new(503, "text/plain", "later");
            r.headers.push(("Retry-After".into(), "120".into()));
            r
        }
        "/not-a-feed" => Reply::html("<html><body>hello</body></html>"),
        _ => Reply::new(500, "text/plain", "boom"),
    });
    (server, rss_calls)
}

fn write_config(home: &Path, server: &Server, feeds: &[(&str, &str, bool)]) -> PathBuf {
    let news = home.join("news");
    let mut c = format!(
        "# my byline config\narticles_dir = {:?}\n\n[web]\nread_timeout = 1\n",
        news.to_string_lossy()
    );
    for (name, path, full_text) in feeds {
        let _ = write!(
            c,
            "\n[[feeds]]\nname = {name:?}\nurl = {:?}\nfull_text = {full_text}\ntags = [\"local\"]\n",
            server.url(path)
        );
    }
    std::fs::write(home.join("config.toml"), c).unwrap();
    news
}

#[test]
fn sync_writes_each_item_once_and_reports_failures() {
    let home = tempfile::tempdir().unwrap();
    let (server, rss_calls) = server();
    let news = write_config(
        home.path(),
        &server,
        &[
            ("Harbour Times", "/rss.xml", false),
            ("Valley Courier", "/atom.xml", true),
            ("Mountain Post", "/feed.json", true),
            ("Broken Items", "/moved.xml", false),
            ("Failing", "/fail.xml", true),
            ("Slow", "/slow.xml", true),
            ("Busy", "/busy.xml", true),
            ("Not a feed", "/not-a-feed", true),
        ],
    );
    let out = byline(home.path(), &["sync"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("sync: 6 new, 0 updated from 8 feeds, 4 failed:"),
        "{err}"
    );
    assert!(
        err.contains("Failing: ") && err.contains("HTTP 500"),
        "{err}"
    );
    assert!(err.contains("Slow: ") && err.contains("timed out"), "{err}");
    assert!(err.contains("Busy: ") && err.contains("wait 120s"), "{err}");
    assert!(
        err.contains("Not a feed: ") && err.contains("not a feed"),
        "{err}"
    );
    assert!(err.contains("Broken Items: 1 new"), "{err}");
    assert_eq!(
        files(&news),
        [
            "broken-items/the-one-good-item.md",
            "harbour-times/ferry-returns-to-the-island.md",
            "harbour-times/lighthouse-keeper-retires.md",
            "mountain-post/snow-closes-the-pass.md",
            "valley-courier/bridge-reopens-after-repairs.md",
            "valley-courier/market-moves-to-the-square.md",
        ]
    );
    // RSS 2.0: content:encoded, with the feed's name, author, date and tags.
    let ferry =
        std::fs::read_to_string(news.join("harbour-times/ferry-returns-to-the-island.md")).unwrap();
    assert!(ferry.starts_with("+++\ntitle = \"Ferry returns to the island\"\nauthor = \"Jane Doe\"\ndate = \"2026-03-14T08:30:00+00:00\"\nsource = \"Harbour Times\"\nurl = \"http://harbour.example/ferry\"\n"), "{ferry}");
    assert!(ferry.contains("tags = [\"local\"]\n+++\n"), "{ferry}");
    assert!(ferry.contains("three weeks in dry dock"), "{ferry}");
    // Atom: a relative link resolved and fetched for the full text.
    let bridge =
        std::fs::read_to_string(news.join("valley-courier/bridge-reopens-after-repairs.md"))
            .unwrap();
    assert!(
        bridge.contains(&format!("url = \"{}\"", server.url("/posts/bridge"))),
        "{bridge}"
    );
    assert!(bridge.contains("six weeks of repairs"), "{bridge}");
    let market =
        std::fs::read_to_string(news.join("valley-courier/market-moves-to-the-square.md")).unwrap();
    assert!(market.contains(&server.url("/posts/market")), "{market}");
    assert!(market.contains("The market moves on Saturday."), "{market}");
    // JSON Feed: the page is gone (500), so the feed's content_html is kept.
    let snow = std::fs::read_to_string(news.join("mountain-post/snow-closes-the-pass.md")).unwrap();
    assert!(snow.contains("The pass is closed until Monday"), "{snow}");
    // byline parse reads what sync wrote.
    let parsed = byline(
        home.path(),
        &[
            "parse",
            "--json",
            &news
                .join("harbour-times/ferry-returns-to-the-island.md")
                .to_string_lossy(),
        ],
    );
    let json = text(&parsed.stdout);
    assert!(parsed.status.success(), "{}", text(&parsed.stderr));
    assert!(json.contains("Ferry returns to the island"), "{json}");
    assert!(json.contains("Harbour Times"), "{json}");

    second_sync_adds_nothing(home.path(), &server, &rss_calls, &news);
}

/// The second sync adds nothing: a 304 for the RSS feed (asked with its
/// validators), the same items for the others.
fn second_sync_adds_nothing(home: &Path, server: &Server, rss_calls: &AtomicUsize, news: &Path) {
    let again = byline(home, &["sync"]);
    let err = text(&again.stderr);
    assert!(err.contains("sync: 0 new, 0 updated from 8 feeds"), "{err}");
    assert!(err.contains("Harbour Times: not modified"), "{err}");
    assert!(
        err.contains("Busy: ") && err.contains("asked to wait"),
        "{err}"
    );
    assert_eq!(rss_calls.load(Ordering::SeqCst), 2);
    let heads = server.requests.lock().unwrap().clone();
    let second_rss = heads
        .iter()
        .filter(|h| h.starts_with("GET /rss.xml"))
        .nth(1)
        .unwrap();
    assert!(
        second_rss
            .to_ascii_lowercase()
            .contains("if-none-match: \"v1\""),
        "{second_rss}"
    );
    assert!(
        second_rss
            .to_ascii_lowercase()
            .contains("if-modified-since: sat, 14 mar 2026"),
        "{second_rss}"
    );
    assert_eq!(files(news).len(), 6);
}

#[test]
fn sync_by_name_exits_0_when_all_succeed() {
    let home = tempfile::tempdir().unwrap();
    let (server, _) = server();
    let news = write_config(
        home.path(),
        &server,
        &[
            ("Mountain Post", "/feed.json", false),
            ("Failing", "/fail.xml", true),
        ],
    );
    let out = byline(home.path(), &["sync", "Mountain Post"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(files(&news), ["mountain-post/snow-closes-the-pass.md"]);
    let out = byline(home.path(), &["sync", "Nobody"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Nobody: no feed of that name"));
}

/// A feed server that takes 300 ms per request and records how many requests
/// it had in flight at once, in `flight` (shared by several servers) and in its own.
fn slow_server(all: &Arc<Flight>) -> (Server, Arc<Flight>) {
    let own = Arc::new(Flight::default());
    let (all, mine) = (Arc::clone(all), Arc::clone(&own));
    let server = Server::start(move |_| {
        all.enter();
        mine.enter();
        std::thread::sleep(Duration::from_millis(300));
        mine.leave();
        all.leave();
        Reply::new(200, "text/xml", fixture("broken.xml"))
    });
    (server, own)
}

#[derive(Default)]
struct Flight {
    now: AtomicUsize,
    max: AtomicUsize,
}

impl Flight {
    fn enter(&self) {
        let n = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.max.fetch_max(n, Ordering::SeqCst);
    }
    fn leave(&self) {
        self.now.fetch_sub(1, Ordering::SeqCst);
    }
}

#[test]
fn at_most_four_feeds_at_a_time_and_one_per_host() {
    let home = tempfile::tempdir().unwrap();
    let all = Arc::new(Flight::default());
    let servers: Vec<(Server, Arc<Flight>)> = (0..6).map(|_| slow_server(&all)).collect();
    let mut c = format!(
        "articles_dir = {:?}\n",
        home.path().join("news").to_string_lossy()
    );
    // Two feeds on each of six hosts (ports): twelve feeds.
    for (i, (server, _)) in servers.iter().enumerate() {
        for f in 0..2 {
            let _ = write!(
                c,
                "\n[[feeds]]\nname = \"F{i}-{f}\"\nurl = {:?}\n",
                server.url(&format!("/{f}.xml"))
            );
        }
    }
    std::fs::write(home.path().join("config.toml"), c).unwrap();
    let out = byline(home.path(), &["sync"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("from 12 feeds"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(all.max.load(Ordering::SeqCst), 4);
    for (_, own) in &servers {
        assert_eq!(own.max.load(Ordering::SeqCst), 1);
    }
}

#[test]
fn a_changed_item_updates_its_file() {
    let home = tempfile::tempdir().unwrap();
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&calls);
    let server = Server::start(move |_| {
        let feed = String::from_utf8(fixture("feed.json")).unwrap();
        if seen.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::new(200, "application/feed+json", feed)
        } else {
            let changed = feed.replace("until Monday", "until Wednesday");
            Reply::new(200, "application/feed+json", changed)
        }
    });
    let news = write_config(
        home.path(),
        &server,
        &[("Mountain Post", "/feed.json", false)],
    );
    let first = byline(home.path(), &["sync"]);
    assert!(text(&first.stderr).contains("sync: 1 new, 0 updated"));
    let again = byline(home.path(), &["sync"]);
    let err = text(&again.stderr);
    assert!(err.contains("sync: 0 new, 1 updated from 1 feed"), "{err}");
    assert_eq!(files(&news), ["mountain-post/snow-closes-the-pass.md"]);
    let snow = std::fs::read_to_string(news.join("mountain-post/snow-closes-the-pass.md")).unwrap();
    assert!(snow.contains("until Wednesday"), "{snow}");
}
