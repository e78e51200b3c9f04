//! A deterministic generator of realistic news articles, for benchmarks and tests.
//!
//! The same seed always gives the same text. Articles are built from word lists and
//! sentence templates in the shapes described in `ARTICLES.md`: kickers, headlines,
//! standfirsts, bylines, datelines in several house styles, subheaded sections,
//! quotations (nested, attributed, running over several paragraphs, in German and
//! French marks), apostrophes and trailers. All names are invented.

mod body;
mod builder;
mod html;
mod markdown;
mod paragraphs;
mod phrases;
mod plain;
mod rng;
mod topics;
mod words;

#[cfg(test)]
mod tests;

/// A plain-text article of about `target_bytes` bytes (a few hundred more or less)
/// with three to eight sections.
pub fn article(seed: u64, target_bytes: usize) -> String {
    plain::write(seed, target_bytes, None)
}

/// A Markdown article of about `target_bytes` bytes with TOML front matter.
pub fn markdown_article(seed: u64, target_bytes: usize) -> String {
    markdown::write(seed, target_bytes)
}

/// A saved web page of about `target_bytes` bytes of article text (the page is
/// about 5 KB larger: metadata, inline style and script, navigation, a cookie
/// banner, a share bar, comments).
pub fn html_article(seed: u64, target_bytes: usize) -> String {
    html::write(seed, target_bytes)
}

/// One very long plain-text article (1 MB, 20 MB…): a section every 4 KB or so.
pub fn big_article(seed: u64, bytes: usize) -> String {
    plain::write(seed, bytes, Some((bytes / 4096).max(8)))
}
