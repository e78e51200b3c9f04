//! The article parser: bytes in, [`Article`] out. A library module with no UI imports.
//!
//! Pipeline: [`decode`](mod@decode) turns bytes into clean text (encoding, line ends, control
//! characters), [`structure`] finds the front matter, headline block, sections and
//! paragraphs, and [`quotes`] finds quotation spans and their speakers.

pub mod decode;
pub mod json;
pub mod quotes;
pub mod structure;

use crate::article::{Article, Format, Meta};

pub use decode::{DecodeError, decode};

/// Parse decoded text.
pub fn parse(text: &str, format: Format) -> Article {
    let mut article = structure::parse(text, format);
    article.quotes = quotes::find(&article.sections);
    article
}

/// Decode and parse the bytes of a file.
///
/// # Errors
/// When the bytes are not text (see [`DecodeError`]).
pub fn parse_bytes(bytes: &[u8], format: Format) -> Result<Article, DecodeError> {
    let text = decode(bytes)?;
    Ok(parse(&text, format))
}

/// The metadata the list pane shows, read cheaply from the first few KB of a file
/// (`head` may end mid-sentence). For any normal article it agrees with
/// `parse(whole_text).meta` on title, kicker, standfirst, byline, dateline, date and
/// source: the head rules look only at the first paragraphs, and paragraph
/// splitting decides from the first lines of a group.
pub fn parse_head(head: &str, format: Format) -> Meta {
    structure::parse(head, format).meta
}

/// Parse a piece of an article's body (see [`structure::parse_fragment`]),
/// with its quotations.
pub fn parse_fragment(text: &str, format: Format) -> Article {
    let mut article = structure::parse_fragment(text, format);
    article.quotes = quotes::find(&article.sections);
    article
}
