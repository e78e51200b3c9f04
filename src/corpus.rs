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

/// A per-article seed from the corpus seed and a number (one `SplitMix64` step):
/// the generator, the benches and `examples/gen_corpus` number articles alike.
#[must_use]
pub fn mix(seed: u64, n: u64) -> u64 {
    let mut z = seed
        .wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The `i`-th article of a generated library (seed 1, 3.2-7 KB, every
/// `markdown_every`-th one Markdown): its text and file extension, as the
/// benches write their folders.
pub fn library_article(i: u64, markdown_every: u64) -> (String, &'static str) {
    let seed = mix(1, i);
    let target = 3200 + usize::try_from(mix(seed, 0) % 3800).unwrap_or(0);
    if markdown_every > 0 && i.is_multiple_of(markdown_every) {
        (markdown_article(seed, target), "md")
    } else {
        (article(seed, target), "txt")
    }
}

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
