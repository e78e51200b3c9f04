//! `byline save` end to end, against a server this test starts on 127.0.0.1
//! (tests/support/http.rs): pages, redirects, errors, limits, file names. No
//! test reaches past loopback.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

#[path = "support/http.rs"]
mod http;
#[path = "support/run.rs"]
mod run;

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use http::{Reply, Server};
use run::byline;

const FERRY: &str = "<!doctype html><html><head><title>Ferry returns to the island</title></head>
<body><p>The ferry is back in service after three weeks in dry dock.</p>
<p>\"We are glad to have it,\" said the harbour master.</p>
<p>The crossing takes forty minutes and runs four times a day until the end of the season, when the winter timetable begins.</p></body></html>";

fn page(title: &str, text: &str) -> String {
    // Reader view wants an article's worth of prose, not a line.
    format!(
        "<html><head><title>{title}</title></head><body><p>{text}</p>\
         <p>The council met on Tuesday evening to hear the plans, and residents filled the \
         hall to ask about the timetable, the cost and the work on the quay. The mayor said \
         the first boats would sail in the spring if the weather allowed.</p></body></html>"
    )
}

/// A config file in `dir` with `[web]` set as given (and nothing else).
fn config(dir: &Path, web: &str) -> String {
    let path = dir.join("config.toml");
    std::fs::write(&path, format!("[web]\n{web}\n")).unwrap();
    path.to_string_lossy().into_owned()
}

fn save(dir: &Path, urls: &[&str], extra: &[&str]) -> Output {
    let to = dir.to_string_lossy().into_owned();
    let mut args = vec!["save", "--to", &to];
    args.extend_from_slice(extra);
    args.extend_from_slice(urls);
    byline(&args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A save that failed on `url` alone: status 1 and one line naming it.
fn assert_failed(out: &Output, url: &str, why: &str) {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    assert_eq!(stderr(out), format!("byline: {url}: {why}\n"));
}

/// Save `url` with the `[web]` settings `web`, and check it gave up within
/// `within` (the timeouts are what end it).
fn save_within(dir: &Path, url: &str, web: &str, within: Duration) -> Output {
    let conf = config(dir, web);
    let started = std::time::Instant::now();
    let out = save(dir, &[url], &["--config", &conf]);
    assert!(started.elapsed() < within, "{:?}", started.elapsed());
    out
}

/// The article files in `dir`, sorted by name.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && n != "config.toml")
        .collect();
    names.sort();
    names
}

#[test]
fn saves_a_page_as_markdown_that_reads_back() {
    let server = Server::start(|_| Reply::html(FERRY));
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/news/ferry");
    let out = save(dir.path(), &[&url], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let path = dir.path().join("ferry-returns-to-the-island.md");
    assert_eq!(stdout(&out).trim(), path.to_string_lossy());
    assert_eq!(stderr(&out), "");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("+++\ntitle = \"Ferry returns to the island\"\nsource = \"127.0.0.1\"\n"),
        "{text}"
    );
    assert!(text.contains(&format!("\nurl = \"{url}\"\n")), "{text}");
    assert!(text.contains("\nsaved = \"20"), "{text}");
    assert!(text.contains("The ferry is back in service"), "{text}");
    // The parser reads it back with its title and source.
    let parsed = byline(&["parse", "--json", &path.to_string_lossy()]);
    assert!(parsed.status.success(), "{}", stderr(&parsed));
    let json: serde_json::Value = serde_json::from_slice(&parsed.stdout).unwrap();
    assert_eq!(json["title"], "Ferry returns to the island");
    assert_eq!(json["source"], "127.0.0.1");
    // The request named byline and asked for no cookies.
    let requests = server.requests.lock().unwrap();
    let head = requests[0].to_ascii_lowercase();
    assert!(head.contains("user-agent: byline/"), "{head}");
    assert!(!head.contains("cookie"), "{head}");
}

#[test]
fn follows_a_redirect_chain() {
    let server = Server::start(|path| match path {
        "/a" => Reply::redirect(301, "/b"),
        "/b" => Reply::redirect(302, "c"),
        "/c" => Reply::redirect(307, "/final"),
        _ => Reply::html(FERRY),
    });
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/a");
    let out = save(dir.path(), &[&url], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files(dir.path()), ["ferry-returns-to-the-island.md"]);
    // Filed under the URL asked for, so a second save finds it.
    let text = std::fs::read_to_string(dir.path().join("ferry-returns-to-the-island.md")).unwrap();
    assert!(text.contains(&format!("url = \"{url}\"")), "{text}");
    assert_eq!(server.requests.lock().unwrap().len(), 4);
}

#[test]
fn more_than_ten_redirects_are_refused() {
    let server = Server::start(|path| {
        let n: u32 = path.trim_start_matches("/r").parse().unwrap_or(0);
        Reply::redirect(302, &format!("/r{}", n + 1))
    });
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/r0");
    let out = save(dir.path(), &[&url], &[]);
    assert_failed(&out, &url, "more than 10 redirects");
    assert_eq!(server.requests.lock().unwrap().len(), 11);
    assert!(files(dir.path()).is_empty());
}

#[test]
fn ten_redirects_are_followed() {
    let server = Server::start(|path| {
        let n: u32 = path.trim_start_matches("/r").parse().unwrap_or(99);
        if n < 10 {
            Reply::redirect(302, &format!("/r{}", n + 1))
        } else {
            Reply::html(FERRY)
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let out = save(dir.path(), &[&server.url("/r0")], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_redirect_to_another_scheme_is_refused() {
    let server = Server::start(|_| Reply::redirect(302, "file:///etc/passwd"));
    let dir = tempfile::tempdir().unwrap();
    let out = save(dir.path(), &[&server.url("/x")], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "byline: {} (redirected to file:///etc/passwd): file: URLs are not fetched",
            server.url("/x")
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn not_found_names_the_url() {
    let server = Server::start(|_| Reply::new(404, "text/html", "<p>gone</p>"));
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/missing");
    let out = save(dir.path(), &[&url], &[]);
    assert_failed(&out, &url, "HTTP 404 Not Found");
    assert_eq!(stdout(&out), "");
    assert!(files(dir.path()).is_empty());
}

#[test]
fn a_slow_server_hits_the_read_timeout() {
    let server = Server::start(|_| Reply {
        stall: Some(Duration::from_secs(5)),
        ..Reply::html(FERRY)
    });
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/slow");
    let out = save_within(
        dir.path(),
        &url,
        "read_timeout = 0.5\nconnect_timeout = 2",
        Duration::from_secs(4),
    );
    assert_failed(&out, &url, "timed out (reading)");
    assert!(files(dir.path()).is_empty());
}

#[test]
fn a_server_that_drips_bytes_still_times_out() {
    // Every read comes in time (a byte each 50 ms); the whole page does not.
    let server = Server::start(|_| Reply {
        drip: Some(Duration::from_millis(50)),
        ..Reply::html(FERRY)
    });
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/drip");
    let out = save_within(
        dir.path(),
        &url,
        "read_timeout = 0.2\nconnect_timeout = 0.5",
        Duration::from_secs(5),
    );
    assert_failed(&out, &url, "timed out (reading)");
}

#[test]
fn an_oversize_body_is_refused_while_reading() {
    let big = "x".repeat(5000);
    let server = Server::start(move |path| Reply {
        // Without a length the cap is found only while reading.
        no_length: path == "/stream",
        ..Reply::html(&page("Big", &big))
    });
    let dir = tempfile::tempdir().unwrap();
    let conf = config(dir.path(), "max_size = \"1 KB\"");
    for path in ["/stream", "/sized"] {
        let url = server.url(path);
        let out = save(dir.path(), &[&url], &["--config", &conf]);
        assert_failed(&out, &url, "larger than the size cap (1024 bytes)");
    }
    assert!(files(dir.path()).is_empty());
}

#[test]
fn a_wrong_content_type_is_refused() {
    let server = Server::start(|_| Reply::new(200, "application/pdf", "%PDF-1.7"));
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/paper.pdf");
    let out = save(dir.path(), &[&url], &[]);
    assert_failed(
        &out,
        &url,
        "not saved: application/pdf is not a web page or text",
    );
    assert!(files(dir.path()).is_empty());
}

#[test]
fn plain_text_and_markdown_are_saved_as_they_are() {
    const TEXT: &str = "Ferry timetable\n\nFerries run every hour from June.\n";
    const MD: &str = "# Harbour news\n\nThe port dredges in *April*.\n";
    let server = Server::start(|path| match path {
        "/t" => Reply::new(200, "text/plain; charset=utf-8", TEXT),
        _ => Reply::new(200, "text/markdown", MD),
    });
    let dir = tempfile::tempdir().unwrap();
    let out = save(dir.path(), &[&server.url("/t"), &server.url("/m")], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files(dir.path()),
        ["ferry-timetable.txt", "harbour-news.md"]
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ferry-timetable.txt")).unwrap(),
        TEXT
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("harbour-news.md")).unwrap(),
        MD
    );
}

#[test]
fn a_page_saved_twice_updates_its_file() {
    let version = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(1));
    let v = std::sync::Arc::clone(&version);
    let server = Server::start(move |_| {
        let n = v.load(std::sync::atomic::Ordering::SeqCst);
        Reply::html(&page(
            "Ferry returns",
            &format!("Version {n} of the story."),
        ))
    });
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/ferry");
    let first = save(dir.path(), &[&url], &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    version.store(2, std::sync::atomic::Ordering::SeqCst);
    let second = save(dir.path(), &[&url], &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(stdout(&first), stdout(&second));
    assert_eq!(files(dir.path()), ["ferry-returns.md"]);
    let text = std::fs::read_to_string(dir.path().join("ferry-returns.md")).unwrap();
    assert!(text.contains("Version 2 of the story."), "{text}");
    // No temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn two_pages_with_one_title_get_two_files() {
    let server = Server::start(|path| Reply::html(&page("Weather", &format!("Page {path}."))));
    let dir = tempfile::tempdir().unwrap();
    let out = save(dir.path(), &[&server.url("/a"), &server.url("/b")], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files(dir.path()), ["weather-2.md", "weather.md"]);
    let second = std::fs::read_to_string(dir.path().join("weather-2.md")).unwrap();
    assert!(second.contains("Page /b."), "{second}");
}

#[test]
fn one_failure_does_not_stop_the_others() {
    let server = Server::start(|path| match path {
        "/bad" => Reply::new(500, "text/plain", "oops"),
        p => Reply::html(&page(&format!("Story {}", &p[1..]), "Text.")),
    });
    let dir = tempfile::tempdir().unwrap();
    let bad = server.url("/bad");
    let out = save(
        dir.path(),
        &[&server.url("/one"), &bad, &server.url("/two")],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 2, "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        format!("byline: {bad}: HTTP 500 Internal Server Error\n")
    );
    assert_eq!(files(dir.path()), ["story-one.md", "story-two.md"]);
}

#[test]
fn only_http_and_https_are_fetched() {
    let dir = tempfile::tempdir().unwrap();
    let out = save(
        dir.path(),
        &[
            "file:///etc/passwd",
            "data:text/html,<title>x</title>",
            "ftp://127.0.0.1/a",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "byline: file:///etc/passwd: file: URLs are not fetched (only http and https)\n\
         byline: data:text/html,<title>x</title>: data: URLs are not fetched (only http and https)\n\
         byline: ftp://127.0.0.1/a: ftp: URLs are not fetched (only http and https)\n"
    );
    assert!(files(dir.path()).is_empty());
}

#[test]
fn a_refused_connection_names_the_url() {
    // A port nothing listens on: bind one, then let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("http://127.0.0.1:{port}/x");
    let out = save(dir.path(), &[&url], &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with(&format!("byline: {url}: ")), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn the_folder_defaults_to_articles_dir() {
    let server = Server::start(|_| Reply::html(FERRY));
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    let conf = dir.path().join("config.toml");
    std::fs::write(
        &conf,
        format!("articles_dir = {:?}\n", news.to_string_lossy()),
    )
    .unwrap();
    let out = byline(&[
        "save",
        "--config",
        &conf.to_string_lossy(),
        &server.url("/f"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files(&news), ["ferry-returns-to-the-island.md"]);
    // Without a folder configured, a clear error.
    let none = dir.path().join("none.toml");
    std::fs::write(&none, "").unwrap();
    let out = byline(&[
        "save",
        "--config",
        &none.to_string_lossy(),
        &server.url("/f"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no folder to save into"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let server = Server::start(|_| Reply::new(200, "text/x\u{1b}]0;pwned\u{7}", "x"));
    let dir = tempfile::tempdir().unwrap();
    let out = save(dir.path(), &[&server.url("/x")], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.contains(&0x1b), "{:?}", stderr(&out));
}

#[test]
fn an_error_after_a_redirect_names_both_urls() {
    let server = Server::start(|path| match path {
        "/old" => Reply::redirect(301, "/gone"),
        _ => Reply::new(404, "text/html", "no"),
    });
    let dir = tempfile::tempdir().unwrap();
    let old = server.url("/old");
    let out = save(dir.path(), &[&old], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "byline: {old} (redirected to {}): HTTP 404 Not Found\n",
            server.url("/gone")
        )
    );
}
