//! `[[feeds]]` tables: each checked and resolved into a [`Feed`].

use std::path::Path;

use toml::Spanned;

use super::error::Diag;
use super::raw::RawFeed;
use super::{Feed, expand_tilde};
use crate::web::check_url;

/// A feed as written, checked: an `http(s)` URL, a name and tags that are not
/// empty, `full_text` from `[sync]` unless set.
pub(crate) fn feed(raw: RawFeed, full_text: bool, home: Option<&Path>) -> Result<Feed, Diag> {
    let url = raw.url.get_ref().trim().to_string();
    check_url(&url).map_err(|e| {
        Diag::value(
            raw.url.span(),
            format!(
                "expected an http or https URL, found {:?} ({})",
                raw.url.get_ref(),
                why(&e, &url)
            ),
        )
    })?;
    let name = match raw.name {
        Some(n) => not_empty(&n, "a name")?,
        None => crate::save::host(&url).unwrap_or_else(|| url.clone()),
    };
    let folder = match raw.folder {
        Some(f) => Some(expand_tilde(&not_empty(&f, "a folder")?, home)),
        None => None,
    };
    let tags = raw
        .tags
        .unwrap_or_default()
        .iter()
        .map(|t| not_empty(t, "a tag"))
        .collect::<Result<_, _>>()?;
    Ok(Feed {
        url,
        name,
        folder,
        full_text: raw.full_text.unwrap_or(full_text),
        tags,
    })
}

/// The reason alone: the error names the URL first.
fn why(e: &crate::web::WebError, url: &str) -> String {
    let s = e.to_string();
    s.strip_prefix(url)
        .and_then(|w| w.strip_prefix(": "))
        .map_or_else(|| s.clone(), str::to_string)
}

fn not_empty(value: &Spanned<String>, what: &str) -> Result<String, Diag> {
    let v = value.get_ref().trim();
    if v.is_empty() || v.chars().any(char::is_control) {
        return Err(Diag::value(
            value.span(),
            format!("expected {what}, found {:?}", value.get_ref()),
        ));
    }
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::Config;

    fn feeds(text: &str) -> Result<Vec<super::Feed>, String> {
        Config::from_toml(text, "t.toml", Some(std::path::Path::new("/home/u")), false)
            .map(|c| c.feeds)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn defaults_and_overrides() {
        let f = feeds(
            "articles_dir = \"~/news\"\n[[feeds]]\nurl = \"https://www.example.com/rss\"\n\
             [[feeds]]\nurl = \"http://h/a\"\nname = \"Harbour Times\"\nfolder = \"~/h\"\n\
             full_text = false\ntags = [\"local\", \"sea\"]\n",
        )
        .unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].name, "example.com");
        assert!(f[0].full_text);
        assert_eq!(f[0].folder, None);
        assert_eq!(
            f[0].folder_in(&[std::path::PathBuf::from("/home/u/news")]),
            Some(std::path::PathBuf::from("/home/u/news/example-com"))
        );
        assert_eq!(f[1].name, "Harbour Times");
        assert_eq!(
            f[1].folder.as_deref(),
            Some(std::path::Path::new("/home/u/h"))
        );
        assert!(!f[1].full_text);
        assert_eq!(f[1].tags, ["local", "sea"]);
    }

    #[test]
    fn sync_table_sets_the_default() {
        let f = feeds("[sync]\nfull_text = false\n[[feeds]]\nurl = \"http://h/a\"\n").unwrap();
        assert!(!f[0].full_text);
        assert!(Config::builtin().full_text);
        assert!(Config::builtin().feeds.is_empty());
    }

    #[test]
    fn errors_name_line_column_and_key() {
        let e = feeds("\n[[feeds]]\nurl = \"ftp://h/a\"\n").unwrap_err();
        assert!(e.contains("t.toml:3:7"), "{e}");
        assert!(e.contains("url"), "{e}");
        assert!(e.contains("http or https"), "{e}");
        let e = feeds("[[feeds]]\nurl = \"not a url\"\n").unwrap_err();
        assert!(e.contains("expected an http or https URL"), "{e}");
        let e = feeds("[[feeds]]\nname = \"x\"\n").unwrap_err();
        assert!(e.contains("url"), "{e}");
        let e = feeds("[[feeds]]\nurl = \"http://h/\"\nfull_txt = true\n").unwrap_err();
        assert!(e.contains("full_text"), "{e}");
        let e = feeds("[[feeds]]\nurl = \"http://h/\"\ntags = [\"\"]\n").unwrap_err();
        assert!(e.contains("expected a tag"), "{e}");
    }
}
