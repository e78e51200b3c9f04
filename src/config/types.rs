//! The sections of the configuration: sorting, layout, reader and quotes.

use serde::Deserialize;

/// What the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
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

impl Default for Sort {
    fn default() -> Self {
        Self {
            key: SortKey::Date,
            descending: true,
        }
    }
}

/// Width of the list pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListWidth {
    Percent(u16),
    Columns(u16),
}

/// Whether the list stands left of the reader or above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    #[default]
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
    pub list_width: ListWidth,
    pub split: Split,
    pub columns: Vec<ListColumn>,
    pub status_bar: bool,
}

impl Default for LayoutConfig {
    fn default() -> Self {
        Self {
            list_width: ListWidth::Percent(38),
            split: Split::Horizontal,
            columns: vec![
                ListColumn::Title,
                ListColumn::Source,
                ListColumn::Date,
                ListColumn::ReadingTime,
            ],
            status_bar: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    #[default]
    Center,
    Left,
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
    pub show_reading_time: bool,
}

impl Default for ReaderConfig {
    fn default() -> Self {
        Self {
            max_width: 80,
            align: Align::Center,
            paragraph_spacing: 1,
            justify: false,
            hyphenate: false,
            show_reading_time: true,
        }
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

impl Default for QuotesConfig {
    fn default() -> Self {
        use crate::article::QuoteMarks;
        Self {
            highlight: false,
            dim_other_text: true,
            styles: vec![
                QuoteMarks::Double,
                QuoteMarks::Single,
                QuoteMarks::Low,
                QuoteMarks::Guillemets,
                QuoteMarks::Corner,
            ],
        }
    }
}
