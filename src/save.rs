//! `byline save`: a web page into an article file. HTML is extracted
//! ([`crate::html::extract`]) and written as Markdown with TOML front matter
//! (title, author, date, source, url, saved); `text/plain` and Markdown are
//! written as they came; other types are refused. The file is named from the
//! title ([`slug`]), never overwrites another file, and a page saved again
//! (the same `url` in the front matter of a file in the folder) replaces its
//! earlier file. Every write is atomic (a temporary file in the folder, then a
//! rename), so a reader watching the folder never sees half a file.

mod front;
mod slug;
mod write;

pub(crate) use front::host;
pub use front::{front_matter, front_matter_tagged, saved_url};
pub use slug::slug;
pub(crate) use write::Target;

use std::path::{Path, PathBuf};

use crate::article::Format;
use crate::web::{Client, Conditional, Fetched, Response, WebError};

/// Why a page was not saved. Every message names the URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("{0}")]
    Web(#[from] WebError),
    #[error("{url}: not saved: {mime} is not a web page or text")]
    Type { url: String, mime: String },
    #[error("{url}: no article found in this page")]
    NoArticle { url: String },
    #[error("{url}: could not write to {folder}: {why}")]
    Write {
        url: String,
        folder: String,
        why: String,
    },
}

/// What a fetched body is, for saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Text,
    Markdown,
}

/// Fetch `url` and write it as an article into `dir`; the path written.
///
/// # Errors
/// The fetch failed ([`SaveError::Web`]), the content type is not HTML, text
/// or Markdown, the page holds no article, or the file could not be written.
pub fn save(client: &Client, url: &str, dir: &Path) -> Result<PathBuf, SaveError> {
    let response = match client.get(url, &Conditional::default())? {
        Fetched::Page(r) => r,
        // Only sent for a conditional request, which this is not.
        Fetched::NotModified { .. } => {
            return Err(SaveError::Web(WebError::Other {
                url: url.to_string(),
                why: "the server answered 304 Not Modified to a plain request".into(),
            }));
        }
    };
    let kind = kind(&response).ok_or_else(|| SaveError::Type {
        url: url.to_string(),
        mime: response
            .mime
            .clone()
            .unwrap_or_else(|| "no content type".into()),
    })?;
    let saved = write::Target::new(dir, url);
    match kind {
        Kind::Html => {
            let page = crate::html::extract(
                &response.body,
                response.charset.as_deref(),
                Some(&response.url),
            );
            if !page.found {
                return Err(SaveError::NoArticle {
                    url: url.to_string(),
                });
            }
            let title = page.title.clone().unwrap_or_else(|| title_from_url(url));
            let mut text = front_matter(&page, url, &now_utc());
            text.push('\n');
            text.push_str(page.markdown.trim());
            text.push('\n');
            saved.write(&slug(&title), "md", text.as_bytes())
        }
        Kind::Text | Kind::Markdown => {
            let (ext, format) = if kind == Kind::Text {
                ("txt", Format::Plain)
            } else {
                ("md", Format::Markdown)
            };
            let title = head_title(&response.body, format).unwrap_or_else(|| title_from_url(url));
            saved.write_as_is(&slug(&title), ext, &response.body)
        }
    }
}

/// HTML, text or Markdown, from the content type (or, when there is none,
/// from an HTML start).
fn kind(response: &Response) -> Option<Kind> {
    match response.mime.as_deref() {
        Some("text/html" | "application/xhtml+xml") => Some(Kind::Html),
        Some("text/plain") => Some(Kind::Text),
        Some("text/markdown" | "text/x-markdown") => Some(Kind::Markdown),
        Some(_) => None,
        None => {
            let head = String::from_utf8_lossy(&response.body[..response.body.len().min(1024)])
                .trim_start()
                .to_ascii_lowercase();
            (head.starts_with("<!doctype html") || head.starts_with("<html")).then_some(Kind::Html)
        }
    }
}

/// A text's title as the list will show it (front matter, headline), for its
/// file name.
fn head_title(body: &[u8], format: Format) -> Option<String> {
    let head = String::from_utf8_lossy(&body[..body.len().min(8192)]);
    let title = crate::parse::parse_head(&head, format).title;
    (!title.trim().is_empty()).then_some(title)
}

/// A name for a page without a title: the last part of its path, else its host.
fn title_from_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    rest.trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(rest)
        .to_string()
}

/// Now, as an RFC 3339 UTC time (`2026-03-14T08:30:00Z`).
pub(crate) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(secs)
}

/// Seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian).
fn rfc3339(secs: u64) -> String {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_773_477_000), "2026-03-14T08:30:00Z");
    }

    #[test]
    fn names_without_a_title() {
        assert_eq!(title_from_url("http://h/news/ferry-back?x=1"), "ferry-back");
        assert_eq!(title_from_url("http://h/"), "h");
        let md = |t: &[u8]| head_title(t, Format::Markdown);
        assert_eq!(
            md(b"\n\n# Ferry returns\n\nText").as_deref(),
            Some("Ferry returns")
        );
        assert_eq!(
            md(b"+++\ntitle = \"From front matter\"\n+++\n# Other\n").as_deref(),
            Some("From front matter")
        );
        assert_eq!(
            head_title(b"Ferry timetable\n\nText.\n", Format::Plain).as_deref(),
            Some("Ferry timetable")
        );
        assert_eq!(md(b"  \n"), None);
    }

    fn response(mime: Option<&str>, body: &str) -> Response {
        Response {
            url: "http://h/".into(),
            status: 200,
            mime: mime.map(str::to_string),
            charset: None,
            etag: None,
            last_modified: None,
            retry_after: None,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn kinds_from_the_content_type_or_an_html_start() {
        assert_eq!(kind(&response(Some("text/html"), "")), Some(Kind::Html));
        assert_eq!(
            kind(&response(Some("application/xhtml+xml"), "")),
            Some(Kind::Html)
        );
        assert_eq!(kind(&response(Some("text/plain"), "")), Some(Kind::Text));
        assert_eq!(
            kind(&response(Some("text/markdown"), "")),
            Some(Kind::Markdown)
        );
        assert_eq!(kind(&response(Some("application/pdf"), "<html>")), None);
        assert_eq!(
            kind(&response(None, "  <!DOCTYPE html><p>x")),
            Some(Kind::Html)
        );
        assert_eq!(kind(&response(None, "%PDF")), None);
    }
}
