//! Subscriptions appended to the config file as `[[feeds]]` tables, with
//! `toml_edit`: the user's comments, order and spacing stay as written.

use std::path::Path;

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, value};

use super::Subscription;
use crate::web::check_url;

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Appended {
    pub added: usize,
    /// Already in the file (same URL).
    pub present: usize,
    /// Refused, with the reason (not an http(s) URL).
    pub refused: Vec<String>,
}

/// `text` (a config file, maybe empty) with the subscriptions not in it yet
/// appended as `[[feeds]]` tables.
///
/// # Errors
/// The text is not TOML, or its `feeds` is not an array of tables.
pub fn append(text: &str, subs: &[Subscription]) -> Result<(String, Appended), String> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.to_string())?;
    let mut done = Appended::default();
    if !doc.contains_key("feeds") {
        doc.insert("feeds", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let Some(feeds) = doc.get_mut("feeds").and_then(Item::as_array_of_tables_mut) else {
        return Err("`feeds` is not a list of [[feeds]] tables".into());
    };
    for sub in subs {
        if let Err(e) = check_url(&sub.url) {
            done.refused.push(e.to_string());
            continue;
        }
        let present = feeds
            .iter()
            .any(|t| t.get("url").and_then(Item::as_str) == Some(sub.url.as_str()));
        if present {
            done.present += 1;
            continue;
        }
        let mut table = Table::new();
        table.insert("url", value(sub.url.as_str()));
        if let Some(name) = &sub.name {
            table.insert("name", value(name.as_str()));
        }
        if !sub.tags.is_empty() {
            let tags: Array = sub.tags.iter().map(String::as_str).collect();
            table.insert("tags", value(tags));
        }
        feeds.push(table);
        done.added += 1;
    }
    if feeds.is_empty() {
        doc.remove("feeds");
    }
    Ok((doc.to_string(), done))
}

/// Write `text` to `path` atomically, as the reading state is written.
///
/// # Errors
/// The folder cannot be made or written.
pub fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    crate::store::write_atomic_with(path, text.as_bytes(), |f, bytes| {
        std::io::Write::write_all(f, bytes)?;
        f.sync_all()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(url: &str, name: Option<&str>, tags: &[&str]) -> Subscription {
        Subscription {
            url: url.into(),
            name: name.map(Into::into),
            tags: tags.iter().map(|t| (*t).to_string()).collect(),
        }
    }

    #[test]
    fn keeps_comments_and_order_and_skips_present() {
        let text = "# my config\narticles_dir = \"~/news\" # here\n\n[[feeds]]\n# first\nurl = \"http://a/\"\n\n[reader]\njustify = true\n";
        let (out, done) = append(
            text,
            &[
                sub("http://a/", None, &[]),
                sub("http://b/", Some("B \"x\""), &["t1", "t2"]),
                sub("ftp://c/", None, &[]),
            ],
        )
        .unwrap();
        assert_eq!(done.added, 1);
        assert_eq!(done.present, 1);
        assert_eq!(done.refused.len(), 1);
        assert!(
            out.starts_with(text.split("[reader]").next().unwrap()),
            "{out}"
        );
        assert!(out.contains("# my config\n") && out.contains("# here") && out.contains("# first"));
        assert!(out.contains("justify = true"));
        let c = crate::config::Config::from_toml(&out, "t", None, false).unwrap();
        assert_eq!(c.feeds.len(), 2);
        assert_eq!(c.feeds[1].name, "B \"x\"");
        assert_eq!(c.feeds[1].tags, ["t1", "t2"]);
    }

    #[test]
    fn into_an_empty_file() {
        let (out, done) = append("", &[sub("https://a.example/rss", Some("A"), &[])]).unwrap();
        assert_eq!(done.added, 1);
        assert_eq!(
            out,
            "[[feeds]]\nurl = \"https://a.example/rss\"\nname = \"A\"\n"
        );
        let (same, done) = append(&out, &[sub("https://a.example/rss", None, &[])]).unwrap();
        assert_eq!((same.as_str(), done.added), (out.as_str(), 0));
    }
}
