//! Why a fetch failed, in words that name the URL.

/// A fetch that did not give a page. Every message names the URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebError {
    #[error("{url}: not a web address ({why})")]
    BadUrl { url: String, why: String },
    #[error("{url}: {scheme}: URLs are not fetched (only http and https)")]
    Scheme { url: String, scheme: String },
    #[error("{url}: HTTP {code}{}", reason(*code))]
    Status {
        url: String,
        code: u16,
        /// What `Retry-After` said (a 429 or 503).
        retry_after: Option<super::RetryAfter>,
    },
    #[error("{url}: host not found (DNS)")]
    HostNotFound { url: String },
    #[error("{url}: could not connect: {why}")]
    Connect { url: String, why: String },
    #[error("{url}: timed out ({what})")]
    Timeout { url: String, what: String },
    #[error("{url}: TLS failure: {why}")]
    Tls { url: String, why: String },
    #[error("{url}: larger than the size cap ({max} bytes)")]
    TooLarge { url: String, max: u64 },
    #[error("{url}: more than {} redirects", super::MAX_REDIRECTS)]
    TooManyRedirects { url: String },
    #[error("{url}: redirect without a Location")]
    BadRedirect { url: String },
    #[error("{url}: {why}")]
    Other { url: String, why: String },
}

fn reason(code: u16) -> &'static str {
    match code {
        400 => " Bad Request",
        401 => " Unauthorized",
        403 => " Forbidden",
        404 => " Not Found",
        410 => " Gone",
        429 => " Too Many Requests",
        500 => " Internal Server Error",
        502 => " Bad Gateway",
        503 => " Service Unavailable",
        504 => " Gateway Timeout",
        _ => "",
    }
}

/// The URL field of any variant, by reference or mutably (match ergonomics
/// give `&String` or `&mut String`): the one list of variants for both.
macro_rules! url_of {
    ($error:expr) => {
        match $error {
            WebError::BadUrl { url, .. }
            | WebError::Scheme { url, .. }
            | WebError::Status { url, .. }
            | WebError::HostNotFound { url }
            | WebError::Connect { url, .. }
            | WebError::Timeout { url, .. }
            | WebError::Tls { url, .. }
            | WebError::TooLarge { url, .. }
            | WebError::TooManyRedirects { url }
            | WebError::BadRedirect { url }
            | WebError::Other { url, .. } => url,
        }
    };
}

impl WebError {
    /// The URL the error names.
    pub fn url(&self) -> &str {
        url_of!(self)
    }

    fn url_mut(&mut self) -> &mut String {
        url_of!(self)
    }

    /// An error met after redirects names the URL asked for first, then where
    /// the redirects led: `http://a/ (redirected to http://b/): HTTP 404 Not Found`.
    pub(super) fn asked_for(mut self, asked: &str) -> Self {
        let url = self.url_mut();
        if url != asked {
            *url = format!("{asked} (redirected to {url})");
        }
        self
    }

    /// From ureq's error for a request to `url`.
    pub(super) fn from_ureq(url: &str, err: ureq::Error) -> Self {
        let url = url.to_string();
        match err {
            ureq::Error::StatusCode(code) => Self::Status {
                url,
                code,
                retry_after: None,
            },
            ureq::Error::HostNotFound => Self::HostNotFound { url },
            ureq::Error::Timeout(t) => Self::Timeout {
                url,
                what: timeout_name(t).to_string(),
            },
            ureq::Error::Tls(why) => Self::Tls {
                url,
                why: why.to_string(),
            },
            ureq::Error::Rustls(e) => Self::Tls {
                url,
                why: e.to_string(),
            },
            ureq::Error::BodyExceedsLimit(max) => Self::TooLarge { url, max },
            ureq::Error::TooManyRedirects => Self::TooManyRedirects { url },
            ureq::Error::ConnectionFailed => Self::Connect {
                url,
                why: "connection failed".into(),
            },
            ureq::Error::Io(e) => Self::io(&url, &e),
            other => Self::Other {
                url,
                why: other.to_string(),
            },
        }
    }

    /// From an I/O error while talking to `url`.
    pub(super) fn io(url: &str, e: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        let url = url.to_string();
        match e.kind() {
            K::TimedOut | K::WouldBlock => Self::Timeout {
                url,
                what: "reading".into(),
            },
            K::ConnectionRefused | K::ConnectionReset | K::ConnectionAborted => Self::Connect {
                url,
                why: e.to_string(),
            },
            _ => match e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<ureq::Error>())
            {
                Some(ureq::Error::Timeout(t)) => Self::Timeout {
                    url,
                    what: timeout_name(*t).to_string(),
                },
                Some(ureq::Error::BodyExceedsLimit(max)) => Self::TooLarge { url, max: *max },
                _ => Self::Other {
                    url,
                    why: e.to_string(),
                },
            },
        }
    }
}

fn timeout_name(t: ureq::Timeout) -> &'static str {
    match t {
        ureq::Timeout::Resolve => "resolving the host",
        ureq::Timeout::Connect => "connecting",
        ureq::Timeout::SendRequest | ureq::Timeout::SendBody | ureq::Timeout::PerWrite => "sending",
        _ => "reading",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_url() {
        let e = WebError::Status {
            url: "http://h/x".into(),
            code: 404,
            retry_after: None,
        };
        assert_eq!(e.to_string(), "http://h/x: HTTP 404 Not Found");
        let e = WebError::from_ureq("http://h/", ureq::Error::HostNotFound);
        assert_eq!(e.to_string(), "http://h/: host not found (DNS)");
        let e = WebError::TooManyRedirects {
            url: "http://h/".into(),
        };
        assert_eq!(e.to_string(), "http://h/: more than 10 redirects");
        let e = WebError::HostNotFound {
            url: "http://b/".into(),
        };
        assert_eq!(e.clone().asked_for("http://b/"), e);
        assert_eq!(
            e.asked_for("http://a/").to_string(),
            "http://a/ (redirected to http://b/): host not found (DNS)"
        );
    }
}
