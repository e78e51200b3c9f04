//! `byline::web::Client` as the feeds will use it: conditional requests and
//! `Retry-After`, against a server on 127.0.0.1.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

#[path = "support/http.rs"]
mod http;

use byline::config::WebConfig;
use byline::web::{Client, Conditional, Fetched, RetryAfter, WebError};
use http::{Reply, Server};

fn client() -> Client {
    Client::new(&WebConfig::default())
}

#[test]
fn validators_come_back_and_a_conditional_request_gets_304() {
    // One server whose answer depends on the request's validators.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(0u32));
    let count = std::sync::Arc::clone(&seen);
    let server = Server::start(move |_| {
        let mut n = count.lock().unwrap();
        *n += 1;
        if *n == 1 {
            let mut r = Reply::new(200, "application/rss+xml; charset=ISO-8859-1", "<rss/>");
            r.headers.push(("ETag".into(), "\"v1\"".into()));
            r.headers.push((
                "Last-Modified".into(),
                "Tue, 01 Dec 2026 10:00:00 GMT".into(),
            ));
            r
        } else {
            let mut r = Reply::new(304, "text/plain", "");
            r.headers.push(("Retry-After".into(), "120".into()));
            r
        }
    });
    let url = server.url("/feed");
    let Fetched::Page(page) = client().get(&url, &Conditional::default()).unwrap() else {
        panic!("expected a page");
    };
    assert_eq!(page.mime.as_deref(), Some("application/rss+xml"));
    assert_eq!(page.charset.as_deref(), Some("ISO-8859-1"));
    assert_eq!(page.body, b"<rss/>");
    let cond = Conditional {
        etag: page.etag.clone(),
        last_modified: page.last_modified.clone(),
    };
    assert_eq!(cond.etag.as_deref(), Some("\"v1\""));
    let again = client().get(&url, &cond).unwrap();
    assert_eq!(
        again,
        Fetched::NotModified {
            url: url.clone(),
            retry_after: Some(RetryAfter::Seconds(120)),
        }
    );
    let requests = server.requests.lock().unwrap();
    let second = requests[1].to_ascii_lowercase();
    assert!(second.contains("if-none-match: \"v1\""), "{second}");
    assert!(
        second.contains("if-modified-since: tue, 01 dec 2026 10:00:00 gmt"),
        "{second}"
    );
}

#[test]
fn retry_after_comes_with_a_503() {
    let server = Server::start(|_| {
        let mut r = Reply::new(503, "text/plain", "busy");
        r.headers.push(("Retry-After".into(), "30".into()));
        r
    });
    let url = server.url("/");
    let err = client().get(&url, &Conditional::default()).unwrap_err();
    assert_eq!(
        err,
        WebError::Status {
            url,
            code: 503,
            retry_after: Some(RetryAfter::Seconds(30)),
        }
    );
}
