//! The TOML front matter of a saved page, and the `url` read back from it.

use crate::html::Page;

/// `+++` front matter: title, author, date, source (the page's publisher,
/// else the site's host), url (as asked for: a later save of the same URL
/// finds the file by it), saved (when). Keys without a value are left out;
/// values are TOML strings, escaped.
pub fn front_matter(page: &Page, url: &str, saved: &str) -> String {
    front_matter_tagged(page, url, saved, &[])
}

/// [`front_matter`] with a `tags` list (left out when empty), for feed items.
pub fn front_matter_tagged(page: &Page, url: &str, saved: &str, tags: &[String]) -> String {
    let host = host(url);
    let fields = [
        ("title", page.title.as_deref()),
        ("author", page.author.as_deref()),
        ("date", page.date.as_deref()),
        ("source", page.source.as_deref().or(host.as_deref())),
        ("url", Some(url)),
        ("saved", Some(saved)),
    ];
    let mut out = String::from("+++\n");
    for (key, value) in fields {
        if let Some(v) = value.map(one_line).filter(|v| !v.is_empty()) {
            out.push_str(key);
            out.push_str(" = ");
            out.push_str(&toml::Value::String(v).to_string());
            out.push('\n');
        }
    }
    let tags: Vec<String> = tags
        .iter()
        .map(|t| one_line(t))
        .filter(|t| !t.is_empty())
        .collect();
    if !tags.is_empty() {
        out.push_str("tags = ");
        out.push_str(
            &toml::Value::Array(tags.into_iter().map(toml::Value::String).collect()).to_string(),
        );
        out.push('\n');
    }
    out.push_str("+++\n");
    out
}

/// The `url` in a file's TOML front matter, if it has one.
pub fn saved_url(text: &str) -> Option<String> {
    let rest = text.strip_prefix("+++")?;
    let (first, rest) = rest.split_once('\n')?;
    if !first.trim().is_empty() {
        return None;
    }
    let end = rest
        .match_indices("+++")
        .find(|(i, _)| *i == 0 || rest.as_bytes().get(i - 1) == Some(&b'\n'))?
        .0;
    let table: toml::Table = toml::from_str(rest.get(..end)?).ok()?;
    table.get("url")?.as_str().map(str::to_string)
}

/// A value on one line, its whitespace runs made single spaces.
fn one_line(v: &str) -> String {
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `example.com` for `https://www.example.com:8080/a`.
/// The host of a URL, lower case, without `www.` or a port.
pub(crate) fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Page {
        Page {
            title: Some("Ferry \"Aurora\" returns".into()),
            author: Some("Jane Doe".into()),
            date: Some("2026-03-14".into()),
            source: None,
            url: None,
            markdown: "Text".into(),
            found: true,
        }
    }

    #[test]
    fn writes_every_field_escaped() {
        let fm = front_matter(
            &page(),
            "https://www.example.com:8080/a",
            "2026-03-15T09:00:00Z",
        );
        assert_eq!(
            fm,
            "+++\ntitle = 'Ferry \"Aurora\" returns'\nauthor = \"Jane Doe\"\ndate = \"2026-03-14\"\n\
             source = \"example.com\"\nurl = \"https://www.example.com:8080/a\"\n\
             saved = \"2026-03-15T09:00:00Z\"\n+++\n"
        );
        assert_eq!(
            saved_url(&fm).as_deref(),
            Some("https://www.example.com:8080/a")
        );
    }

    #[test]
    fn reads_back_through_the_parser() {
        let mut text = front_matter(&page(), "http://127.0.0.1:9/x", "2026-03-15T09:00:00Z");
        text.push_str("\nThe ferry is back.\n");
        let article = crate::parse::parse(&text, crate::article::Format::Markdown);
        assert_eq!(article.meta.title, "Ferry \"Aurora\" returns");
        assert_eq!(article.meta.source.as_deref(), Some("127.0.0.1"));
        assert_eq!(article.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(
            article.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2026-03-14")
        );
    }

    #[test]
    fn leaves_out_what_is_missing_and_breaks_no_line() {
        let p = Page {
            title: Some("Two\nlines\u{1b}]0;x".into()),
            ..Page::default()
        };
        let fm = front_matter(&p, "http://h/", "t");
        assert!(!fm.contains("author"), "{fm}");
        assert_eq!(fm.lines().count(), 6, "{fm}");
        assert!(fm.contains("title = \"Two lines\\u001B]0;x\""), "{fm}");
    }

    #[test]
    fn url_only_from_toml_front_matter() {
        assert_eq!(
            saved_url("+++\nurl = \"http://h/a\"\n+++\nx").as_deref(),
            Some("http://h/a")
        );
        assert_eq!(saved_url("---\nurl: http://h/a\n---\n"), None);
        assert_eq!(saved_url("+++\nurl = 3\n+++\n"), None);
        assert_eq!(saved_url("+++\nurl = \"a\"\n"), None);
        assert_eq!(saved_url("text"), None);
    }
}
