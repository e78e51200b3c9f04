//! What URLs the client accepts (`http` and `https`, with a host), and where a
//! redirect's `Location` points.

use super::WebError;

/// The URL, if byline fetches it: an `http` or `https` URL with a host and no
/// spaces or control characters. `file:`, `data:`, `ftp:` and the rest are
/// refused.
///
/// # Errors
/// [`WebError::Scheme`] for another scheme, [`WebError::BadUrl`] for the rest.
pub fn check_url(url: &str) -> Result<(), WebError> {
    let bad = |why: &str| WebError::BadUrl {
        url: url.to_string(),
        why: why.to_string(),
    };
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(bad("it holds spaces or control characters"));
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Err(bad("not a URL (http:// or https:// expected)"));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(WebError::Scheme {
            url: url.to_string(),
            scheme,
        });
    }
    let Some(rest) = rest.strip_prefix("//") else {
        return Err(bad("no host"));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    if host.is_empty() || host.starts_with(':') {
        return Err(bad("no host"));
    }
    if url.parse::<ureq::http::Uri>().is_err() {
        return Err(bad("not a valid URL"));
    }
    Ok(())
}

/// Where a redirect's `location` points from `base`: absolute, scheme-relative
/// (`//host/p`), absolute path (`/p`) or relative (`p`, `?q`).
pub fn resolve(base: &str, location: &str) -> String {
    let location = location.trim();
    // A scheme makes it absolute (`https://…`, and `file:/x` too, which the
    // caller then refuses); a relative path has no colon in its first part.
    if location
        .split_once(':')
        .is_some_and(|(scheme, _)| is_scheme(scheme))
    {
        return location.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    if let Some(net) = location.strip_prefix("//") {
        return format!("{scheme}://{net}");
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(host_end);
    let origin = format!("{scheme}://{host}");
    if location.starts_with('/') {
        return format!("{origin}{location}");
    }
    let path = path.split(['?', '#']).next().unwrap_or_default();
    if location.starts_with('?') {
        return format!("{origin}{path}{location}");
    }
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    format!("{origin}{dir}{location}")
}

fn is_scheme(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_pass() {
        assert!(check_url("http://127.0.0.1:8080/a?b=c").is_ok());
        assert!(check_url("https://example.com").is_ok());
        assert!(check_url("HTTPS://example.com/x").is_ok());
    }

    #[test]
    fn other_schemes_are_refused() {
        for url in [
            "file:///etc/passwd",
            "data:text/html,<p>hi</p>",
            "ftp://example.com/a",
            "javascript:alert(1)",
        ] {
            assert!(
                matches!(check_url(url), Err(WebError::Scheme { .. })),
                "{url}"
            );
        }
    }

    #[test]
    fn broken_urls_are_refused() {
        for url in [
            "example.com",
            "http:/example.com",
            "http://",
            "http://:80/",
            "http://exa mple.com/",
            "http://example.com/\u{1b}[2J",
        ] {
            assert!(
                matches!(check_url(url), Err(WebError::BadUrl { .. })),
                "{url}"
            );
        }
    }

    #[test]
    fn redirects_resolve() {
        let b = "http://h:1/a/b?x=1";
        assert_eq!(resolve(b, "https://o/p"), "https://o/p");
        assert_eq!(resolve(b, "//o/p"), "http://o/p");
        assert_eq!(resolve(b, "/p"), "http://h:1/p");
        assert_eq!(resolve(b, "c"), "http://h:1/a/c");
        assert_eq!(resolve(b, "?y=2"), "http://h:1/a/b?y=2");
        assert_eq!(resolve("http://h", "c"), "http://h/c");
        // A relative path that happens to hold "://" later is still relative.
        assert_eq!(resolve(b, "c?u=http://x"), "http://h:1/a/c?u=http://x");
        // Other schemes stay what they are, to be refused.
        assert_eq!(resolve(b, "file:/etc/passwd"), "file:/etc/passwd");
        assert_eq!(resolve(b, "mailto:a@b"), "mailto:a@b");
        assert_eq!(resolve(b, "/x:y"), "http://h:1/x:y");
    }
}
