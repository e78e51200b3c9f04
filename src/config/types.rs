//! The sections of the configuration: sorting, layout, reader and quotes.
//!
//! Their defaults are in `config/default.toml` only (see [`super::Config::builtin`]).

use serde::Deserialize;

/// What the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    Date,
    Title,
    Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    /// Newest / Z first.
    pub descending: bool,
}

/// Width of the list pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListWidth {
    Percent(u16),
    Columns(u16),
}

/// Height of the list pane in a vertical split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListHeight {
    Percent(u16),
    Rows(u16),
}

/// Whether the list stands left of the reader or above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    Horizontal,
    Vertical,
}

/// A column of the list pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListColumn {
    Title,
    Source,
    Date,
    ReadingTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutConfig {
    /// Width of the list in a horizontal split.
    pub list_width: ListWidth,
    /// Height of the list in a vertical split.
    pub list_height: ListHeight,
    pub split: Split,
    pub columns: Vec<ListColumn>,
    pub status_bar: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Center,
    Left,
}

/// How paragraphs are broken into lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wrap {
    /// As many words on a line as fit (greedy, as less and glow do).
    FirstFit,
    /// Line lengths evened out over the paragraph (optimal fit).
    Balanced,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderConfig {
    /// Text is wrapped to the pane or to this many columns, whichever is narrower.
    pub max_width: u16,
    pub align: Align,
    /// Blank lines between paragraphs.
    pub paragraph_spacing: u16,
    pub justify: bool,
    pub hyphenate: bool,
    pub wrap: Wrap,
    pub show_reading_time: bool,
}

/// Fetching pages (`byline save`, `a` in the app).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebConfig {
    /// Resolving the host and connecting (TLS included).
    pub connect_timeout: std::time::Duration,
    /// Waiting for the response and for each read of the body.
    pub read_timeout: std::time::Duration,
    /// The largest body read, in bytes.
    pub max_size: u64,
}

/// One subscription, a `[[feeds]]` table of the config (`byline sync`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// The feed's address (http or https).
    pub url: String,
    /// As written, else the feed URL's host.
    pub name: String,
    /// Where its items are written; `None`: a folder named after the feed
    /// in the first articles folder ([`Feed::folder_in`]).
    pub folder: Option<std::path::PathBuf>,
    /// Fetch each item's page and keep its article (else the feed's text).
    pub full_text: bool,
    pub tags: Vec<String>,
}

impl Feed {
    /// The folder the feed's items go to, given the configured articles folders.
    pub fn folder_in(&self, articles_dirs: &[std::path::PathBuf]) -> Option<std::path::PathBuf> {
        self.folder.clone().or_else(|| {
            articles_dirs
                .first()
                .map(|d| d.join(crate::save::slug(&self.name)))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotesConfig {
    /// Quote mode is on when an article opens.
    pub highlight: bool,
    pub dim_other_text: bool,
    /// Which families of marks count as quotations.
    pub styles: Vec<crate::article::QuoteMarks>,
}
