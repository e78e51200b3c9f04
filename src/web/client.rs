//! The client: one `ureq` agent set up once, redirects followed here.

use std::io::Read as _;
use std::time::Duration;

use super::{MAX_REDIRECTS, USER_AGENT, WebError, check_url, resolve};
use crate::config::WebConfig;

/// A blocking HTTP client; cheap to share by reference across one thread's
/// fetches (make one per thread).
pub struct Client {
    agent: ureq::Agent,
    max_size: u64,
}

/// Validators from an earlier fetch, for a conditional request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conditional {
    /// Sent as `If-None-Match`.
    pub etag: Option<String>,
    /// Sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// What `Retry-After` said: a number of seconds, or an HTTP date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryAfter {
    Seconds(u64),
    Date(String),
}

/// A page fetched whole (status 2xx).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The URL the page came from, after redirects.
    pub url: String,
    pub status: u16,
    /// The media type, lower case, without parameters (`text/html`).
    pub mime: Option<String>,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub retry_after: Option<RetryAfter>,
    pub body: Vec<u8>,
}

/// The outcome of a fetch that did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Page(Response),
    /// 304: nothing changed since the validators given.
    NotModified {
        url: String,
        retry_after: Option<RetryAfter>,
    },
}

impl Client {
    /// A client with the timeouts and size cap of the `[web]` config.
    pub fn new(config: &WebConfig) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(config.connect_timeout))
            .timeout_resolve(Some(config.connect_timeout))
            .timeout_recv_response(Some(config.read_timeout))
            .timeout_per_read(Some(config.read_timeout))
            // A server that sends a byte now and then, each read in time, still
            // ends: one exchange (of each redirect) gets ten read timeouts.
            .timeout_per_call(Some(config.connect_timeout + config.read_timeout * 10))
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .build()
            .new_agent();
        Self {
            agent,
            max_size: config.max_size,
        }
    }

    /// Fetch `url` (GET), following at most [`MAX_REDIRECTS`] redirects, each to
    /// an `http(s)` URL.
    ///
    /// # Errors
    /// A URL that is not `http(s)`, an HTTP error status, DNS, connection, TLS
    /// failures, timeouts, too many redirects, a body over the size cap.
    pub fn get(&self, url: &str, cond: &Conditional) -> Result<Fetched, WebError> {
        self.follow(url, cond).map_err(|e| e.asked_for(url))
    }

    fn follow(&self, url: &str, cond: &Conditional) -> Result<Fetched, WebError> {
        check_url(url)?;
        let mut at = url.to_string();
        for _ in 0..=MAX_REDIRECTS {
            let mut req = self.agent.get(&at).header(
                "Accept",
                "text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.1",
            );
            if let Some(etag) = &cond.etag {
                req = req.header("If-None-Match", etag);
            }
            if let Some(since) = &cond.last_modified {
                req = req.header("If-Modified-Since", since);
            }
            let mut res = req.call().map_err(|e| WebError::from_ureq(&at, e))?;
            let status = res.status().as_u16();
            let header = |name: &str| {
                res.headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            let retry_after = header("retry-after").and_then(|v| retry_after(&v));
            match status {
                301 | 302 | 303 | 307 | 308 => {
                    let location = header("location")
                        .ok_or_else(|| WebError::BadRedirect { url: at.clone() })?;
                    let next = resolve(&at, &location);
                    check_url(&next)?;
                    at = next;
                }
                304 => {
                    return Ok(Fetched::NotModified {
                        url: at,
                        retry_after,
                    });
                }
                200..=299 => {
                    let etag = header("etag");
                    let last_modified = header("last-modified");
                    let body = res.body_mut();
                    if body.content_length().is_some_and(|n| n > self.max_size) {
                        return Err(WebError::TooLarge {
                            url: at,
                            max: self.max_size,
                        });
                    }
                    let mime = body.mime_type().map(str::to_ascii_lowercase);
                    let charset = body.charset().map(str::to_string);
                    let bytes = self.read_capped(&at, body)?;
                    return Ok(Fetched::Page(Response {
                        url: at,
                        status,
                        mime,
                        charset,
                        etag,
                        last_modified,
                        retry_after,
                        body: bytes,
                    }));
                }
                code => {
                    return Err(WebError::Status {
                        url: at,
                        code,
                        retry_after,
                    });
                }
            }
        }
        Err(WebError::TooManyRedirects {
            url: url.to_string(),
        })
    }

    /// The body, refused as soon as it passes the cap (never held whole).
    fn read_capped(&self, url: &str, body: &mut ureq::Body) -> Result<Vec<u8>, WebError> {
        let mut bytes = Vec::new();
        body.with_config()
            .limit(u64::MAX)
            .reader()
            .take(self.max_size.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| WebError::io(url, &e))?;
        if bytes.len() as u64 > self.max_size {
            return Err(WebError::TooLarge {
                url: url.to_string(),
                max: self.max_size,
            });
        }
        Ok(bytes)
    }
}

/// `Retry-After`: seconds, or an HTTP date kept as written.
fn retry_after(value: &str) -> Option<RetryAfter> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    Some(match v.parse::<u64>() {
        Ok(s) => RetryAfter::Seconds(s),
        Err(_) => RetryAfter::Date(v.to_string()),
    })
}

impl RetryAfter {
    /// The wait, when given in seconds.
    pub fn duration(&self) -> Option<Duration> {
        match self {
            Self::Seconds(s) => Some(Duration::from_secs(*s)),
            Self::Date(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        assert_eq!(retry_after("120"), Some(RetryAfter::Seconds(120)));
        assert_eq!(
            retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(RetryAfter::Date("Wed, 21 Oct 2015 07:28:00 GMT".into()))
        );
        assert_eq!(retry_after(" "), None);
        assert_eq!(
            RetryAfter::Seconds(3).duration(),
            Some(Duration::from_secs(3))
        );
    }
}
