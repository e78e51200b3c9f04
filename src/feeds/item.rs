//! A feed item: what the feed says of it, its key in the index, and the
//! article file made of it.

use feed_rs::model::Entry;

use super::index::stable_hash;
use crate::config::Feed;
use crate::html::Page;

/// One item as the feed gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// guid, else link, else title and date.
    pub key: String,
    pub title: Option<String>,
    pub author: Option<String>,
    /// RFC 3339, when the feed gave one.
    pub date: Option<String>,
    /// The item's page (absolute: the feed's relative links are resolved).
    pub link: Option<String>,
    /// `content:encoded` (or Atom content), else the summary: HTML or text.
    pub html: Option<String>,
    /// What changes when the item changes.
    pub hash: u64,
}

impl Item {
    /// The item of a parsed entry; `None` for one with nothing to show and
    /// nothing to key it by.
    pub fn from_entry(e: &Entry, feed_url: &str) -> Option<Self> {
        let title = e
            .title
            .as_ref()
            .map(|t| t.content.trim().to_string())
            .filter(|t| !t.is_empty());
        let link = e
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| e.links.first())
            .map(|l| crate::web::resolve(feed_url, l.href.trim()))
            .filter(|l| crate::web::check_url(l).is_ok());
        let date = e.published.or(e.updated).map(|d| d.to_rfc3339());
        let html = e
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
            .filter(|h| !h.trim().is_empty());
        let author = e
            .authors
            .iter()
            .map(|p| p.name.trim())
            .find(|n| !n.is_empty())
            .map(str::to_string);
        // The parser is told to make up no id (`sync::parse`): empty means none.
        let guid = (!e.id.trim().is_empty()).then(|| e.id.trim().to_string());
        let key = guid.or_else(|| link.clone()).or_else(|| {
            title
                .as_ref()
                .map(|t| format!("{t}\u{1f}{}", date.as_deref().unwrap_or_default()))
        })?;
        if title.is_none() && html.is_none() && link.is_none() {
            return None;
        }
        let hash = stable_hash(&[
            title.as_deref().unwrap_or_default(),
            link.as_deref().unwrap_or_default(),
            html.as_deref().unwrap_or_default(),
            e.updated
                .map(|d| d.to_rfc3339())
                .as_deref()
                .unwrap_or_default(),
        ]);
        Some(Self {
            key,
            title,
            author,
            date,
            link,
            html,
            hash,
        })
    }

    /// The article: TOML front matter (title, author, date, source = the
    /// feed's name, url, tags) and Markdown, from the page when one was
    /// extracted, else from the feed's own text.
    pub fn article(&self, feed: &Feed, page: Option<&Page>) -> String {
        let feed_text = || {
            self.html
                .as_deref()
                .map_or_else(String::new, crate::html::fragment)
        };
        let markdown = page
            .map(|p| p.markdown.trim().to_string())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(feed_text);
        let front = Page {
            title: self
                .title
                .clone()
                .or_else(|| page.and_then(|p| p.title.clone())),
            author: self
                .author
                .clone()
                .or_else(|| page.and_then(|p| p.author.clone())),
            date: self
                .date
                .clone()
                .or_else(|| page.and_then(|p| p.date.clone())),
            source: Some(feed.name.clone()),
            url: None,
            markdown: String::new(),
            found: true,
        };
        let url = self.url(feed);
        let mut text =
            crate::save::front_matter_tagged(&front, &url, &crate::save::now_utc(), &feed.tags);
        text.push('\n');
        text.push_str(markdown.trim());
        text.push('\n');
        text
    }

    /// The file name's stem: the title, else the link's last part.
    pub fn stem(&self) -> String {
        let title = self
            .title
            .clone()
            .or_else(|| self.link.clone())
            .unwrap_or_else(|| "item".into());
        crate::save::slug(&title)
    }

    /// The URL written as the file's `url`: the link, else one unique to the
    /// item in its feed (so that the earlier file of the item is found).
    pub fn url(&self, feed: &Feed) -> String {
        self.link
            .clone()
            .unwrap_or_else(|| format!("{}#{:016x}", feed.url, stable_hash(&[&self.key])))
    }
}
