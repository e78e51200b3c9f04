//! The article model: what the parser understood of one file.
//!
//! Plain data, no I/O and no UI. The parser (`crate::parse`) builds it; the reader
//! (`crate::wrap`, `crate::ui`) and `byline parse --json` read it.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// Words read per minute, for the reading time shown in the list.
pub(crate) const WORDS_PER_MINUTE: usize = 230;

/// Reading time in whole minutes (at least 1 for any text).
pub(crate) fn reading_minutes(words: usize) -> usize {
    if words == 0 {
        0
    } else {
        words.div_ceil(WORDS_PER_MINUTE)
    }
}

/// Bytes a word takes in English news text, about: the estimate before a file
/// is parsed.
const BYTES_PER_WORD: u64 = 6;

/// About how many words a file of `bytes` holds.
pub(crate) fn words_of_size(bytes: u64) -> usize {
    usize::try_from(bytes / BYTES_PER_WORD).unwrap_or(usize::MAX)
}

/// The reading time the list and the reader show: one computation, so the two
/// never disagree; an estimate from the file size says it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingTime {
    pub minutes: usize,
    /// From the file size, before the words were counted.
    pub estimated: bool,
}

impl ReadingTime {
    /// An estimate for a file of `bytes` not parsed yet.
    pub fn of_size(bytes: u64) -> Self {
        Self {
            minutes: reading_minutes(words_of_size(bytes)),
            estimated: true,
        }
    }

    /// The list's column: `12m`, or `~11m` for an estimate.
    pub fn short(self) -> String {
        let about = if self.estimated { "~" } else { "" };
        format!("{about}{}m", self.minutes)
    }

    /// The byline's field: `12 min read`, or `about 11 min read`.
    pub fn long(self) -> String {
        let about = if self.estimated { "about " } else { "" };
        format!("{about}{} min read", self.minutes)
    }
}

/// What kind of file an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Text saved or copied from a news page.
    #[default]
    Plain,
    /// Markdown, possibly with TOML or YAML front matter.
    Markdown,
    /// A saved web page: its article is extracted (`crate::html`) and read as
    /// Markdown with front matter.
    Html,
}

impl Format {
    /// The format a file name implies (`.md`, `.markdown` are Markdown; `.html`,
    /// `.htm` are web pages).
    pub fn from_path(path: &std::path::Path) -> Self {
        // Compared without case and without an allocation (once per file of
        // a library of 100,000).
        let is = |names: &[&str]| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| names.iter().any(|n| e.eq_ignore_ascii_case(n)))
        };
        if is(&["md", "markdown", "mdown", "mkd"]) {
            Self::Markdown
        } else if is(&["html", "htm"]) {
            Self::Html
        } else {
            Self::Plain
        }
    }
}

/// A calendar date, as far as the article tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The dateline that opens a wire story: `PARIS, May 3 (Reuters) -`.
///
/// `text` is the dateline exactly as it stood (it is removed from the first
/// paragraph); `place`, `date` and `source` are what could be read out of it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Dateline {
    #[serde(skip)]
    pub text: String,
    pub place: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    /// Index, among the first section's blocks, of the paragraph the dateline opened
    /// (page furniture or a teaser may stand before it); the reader sets it there.
    #[serde(skip)]
    pub block: usize,
}

/// Everything about an article that the list pane shows, and the header of the reader.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    /// Breadcrumb or section label left over from the page ("World").
    pub kicker: Option<String>,
    pub title: String,
    /// Deck or summary under the headline.
    pub standfirst: Option<String>,
    /// "By Jane Doe".
    pub byline: Option<String>,
    /// Boxed: most heads kept for the list have none (see
    /// [`Meta::into_listed`]), and a `Dateline` is five words wide.
    pub dateline: Option<Box<Dateline>>,
    /// Publication date, from front matter or the dateline, when a full date is known.
    pub date: Option<Date>,
    /// The publication-date line as the page printed it (`Published 13 January
    /// 2026`), taken out of the body.
    pub published: Option<String>,
    /// The outlet or agency ("Reuters"), from front matter or the dateline.
    pub source: Option<String>,
    pub tags: Vec<String>,
}

/// Inline styling inside a block, as byte ranges of `Block::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkKind {
    Emphasis,
    Strong,
    Code,
    Link { url: String },
}

/// What a block of text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A Markdown `>` block quote (nesting depth from 1).
    BlockQuote {
        depth: u8,
    },
    /// A list item; `marker` is "•" or "3." and `depth` starts at 0.
    ListItem {
        marker: String,
        depth: u8,
    },
    /// Preformatted text: shown as is, never re-flowed.
    Code,
    /// Closing material: "(Reporting by ...)", "... contributed to this report."
    Trailer,
}

/// One block of running text. Text is clean: no control characters, single spaces
/// are not guaranteed but line breaks inside a paragraph are folded to spaces
/// (except in `Code`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub marks: Vec<Mark>,
}

impl Block {
    pub fn paragraph(text: impl Into<String>) -> Self {
        Self {
            kind: BlockKind::Paragraph,
            text: text.into(),
            marks: Vec::new(),
        }
    }
}

/// A section: the text under one subheading. The first section of an article has
/// no heading (the text before the first subheading).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Section {
    pub heading: Option<String>,
    pub blocks: Vec<Block>,
}

/// Where one piece of a quotation lies: a byte range of one block's text,
/// including the quotation marks that stand in that block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotePart {
    /// Index into `Section::blocks` of the quotation's section.
    pub block: usize,
    pub range: Range<usize>,
}

/// The family of marks a quotation is set in (config `quotes.styles` picks which count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteMarks {
    /// "straight" and “curly” double marks.
    Double,
    /// 'straight' and ‘curly’ single marks.
    Single,
    /// German low-high marks: „…“ and ‚…‘.
    Low,
    /// « French », »German« and ‹single› guillemets.
    Guillemets,
    /// Japanese and Chinese corner brackets: 「…」 and 『…』.
    Corner,
}

/// A quotation found in the text. A quotation that runs over several paragraphs
/// has one part per paragraph; all parts lie in the same section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the marks; paragraphs joined by a blank line.
    pub text: String,
    pub speaker: Option<String>,
    /// Index into `Article::sections`.
    pub section: usize,
    /// 0 for a top-level quotation, 1 for one nested inside another, ...
    pub depth: u8,
    pub marks: QuoteMarks,
    pub parts: Vec<QuotePart>,
}

/// A parsed article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub format: Format,
    pub meta: Meta,
    pub sections: Vec<Section>,
    /// In reading order (by first part).
    pub quotes: Vec<Quote>,
    /// Words in the headline, standfirst and body.
    pub words: usize,
}

impl Article {
    pub(crate) fn reading_minutes(&self) -> usize {
        reading_minutes(self.words)
    }

    /// The reading time both the list and the reader show.
    pub fn reading_time(&self) -> ReadingTime {
        ReadingTime {
            minutes: self.reading_minutes(),
            estimated: false,
        }
    }

    /// The speaker shown beside quotation `q`: top-level quotations only.
    pub fn speaker(&self, q: usize) -> Option<&str> {
        self.quotes
            .get(q)
            .filter(|q| q.depth == 0)
            .and_then(|q| q.speaker.as_deref())
    }
}

/// One row of an article's outline: a section and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineRow {
    /// The section's heading, `(top)` for the unnamed first section.
    pub heading: String,
    /// Words in the section's blocks.
    pub words: usize,
    /// Quotations in the section.
    pub quotes: usize,
}

impl Article {
    /// One row per section, in order.
    pub fn outline(&self) -> Vec<OutlineRow> {
        self.sections
            .iter()
            .enumerate()
            .map(|(i, s)| OutlineRow {
                heading: s.heading.clone().unwrap_or_else(|| "(top)".into()),
                words: s.blocks.iter().map(|b| count_words(&b.text)).sum(),
                quotes: self.quotes.iter().filter(|q| q.section == i).count(),
            })
            .collect()
    }
}

/// Count words the way the reading time does: runs of alphanumeric characters.
pub fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

mod listed;

#[cfg(test)]
mod tests;
