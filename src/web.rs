//! Fetching from the web: one small blocking HTTP client for `byline save` (and
//! the feeds later). `http` and `https` only, with connect and read timeouts, at
//! most [`MAX_REDIRECTS`] redirects (each hop checked here, not inside the
//! library), a size cap enforced while reading, a `User-Agent` naming byline, no
//! cookies kept. Conditional requests ([`Conditional`]: `ETag` and
//! `Last-Modified` in, [`Fetched::NotModified`] out) and `Retry-After` are
//! surfaced for callers that poll.

mod client;
mod error;
mod url;

pub use client::{Client, Conditional, Fetched, Response, RetryAfter};
pub use error::WebError;
pub use url::{check_url, resolve};

/// Redirects followed at most, per request.
pub const MAX_REDIRECTS: usize = 10;

/// The `User-Agent` header: byline and its version.
pub const USER_AGENT: &str = concat!(
    "byline/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/byline-reader/byline)"
);
