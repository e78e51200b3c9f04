//! Links in an article: Markdown links and bare URLs in the text.
//!
//! One numbering: a link's number is its place in [`links`] (from 1), and
//! [`numbered`] says where each number goes in the text, so the reader and the
//! Links overlay show the same ones.

use std::ops::Range;

use crate::article::{Article, MarkKind};

/// A link and the words it stands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub url: String,
}

/// Where a link's number is shown: after its text, at byte `end` of block
/// `block` of section `section`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkSpot {
    pub section: usize,
    pub block: usize,
    pub end: usize,
    /// From 1: the link's place in [`links`].
    pub number: usize,
}

/// Characters that end a bare URL.
fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”' | '«' | '»' | '「' | '」')
}

/// Bare `http://` and `https://` URLs in `text`, without trailing punctuation.
#[cfg(test)]
pub(crate) fn bare_urls(text: &str) -> Vec<&str> {
    bare_url_ranges(text)
        .into_iter()
        .filter_map(|r| text.get(r))
        .collect()
}

/// The byte ranges of the bare URLs in `text`.
fn bare_url_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..)
        && let Some(start) = rest
            .find("http://")
            .into_iter()
            .chain(rest.find("https://"))
            .min()
    {
        let Some(tail) = rest.get(start..) else { break };
        let end = tail.find(ends_url).unwrap_or(tail.len());
        let url = tail
            .get(..end)
            .unwrap_or_default()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '’']);
        if url.len() > "https://".len() {
            let at = from + start;
            out.push(at..at + url.len());
        }
        from += start + end.max(1);
    }
    out
}

/// Every link in the article, in reading order, each URL once.
pub fn links(article: &Article) -> Vec<Link> {
    numbered(article).0
}

/// [`links`], and where each link's number goes in the text, in reading order
/// (a URL met again shows the number it had the first time).
pub fn numbered(article: &Article) -> (Vec<Link>, Vec<LinkSpot>) {
    let mut out: Vec<Link> = Vec::new();
    let mut spots = Vec::new();
    let mut numbers: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (si, section) in article.sections.iter().enumerate() {
        for (bi, block) in section.blocks.iter().enumerate() {
            // (range, url) in the order they are read.
            let mut found: Vec<(Range<usize>, &str)> = block
                .marks
                .iter()
                .filter_map(|m| match &m.kind {
                    MarkKind::Link { url } => Some((m.range.clone(), url.as_str())),
                    _ => None,
                })
                .collect();
            for r in bare_url_ranges(&block.text) {
                // A URL that is the text of a Markdown link is that link.
                if !found
                    .iter()
                    .any(|(m, _)| m.start < r.end && r.start < m.end)
                {
                    let url = block.text.get(r.clone()).unwrap_or_default();
                    found.push((r, url));
                }
            }
            found.sort_by_key(|(r, _)| (r.start, r.end));
            for (range, url) in found {
                let number = *numbers.entry(url).or_insert_with(|| {
                    out.push(Link {
                        text: block
                            .text
                            .get(range.clone())
                            .unwrap_or_default()
                            .to_string(),
                        url: url.to_string(),
                    });
                    out.len()
                });
                if block.text.is_char_boundary(range.end) && range.end <= block.text.len() {
                    spots.push(LinkSpot {
                        section: si,
                        block: bi,
                        end: range.end,
                        number,
                    });
                }
            }
        }
    }
    (out, spots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Block, Mark, Section};

    #[test]
    fn bare_urls_stop_at_spaces_and_trailing_punctuation() {
        assert_eq!(
            bare_urls("See https://example.org/a?b=1. Or (http://x.test/y), then"),
            ["https://example.org/a?b=1", "http://x.test/y"]
        );
        assert!(bare_urls("https:// alone").is_empty());
        assert!(bare_urls("no links here").is_empty());
    }

    #[test]
    fn markdown_links_and_bare_urls_are_listed_once_in_order() {
        let text = "Read the report at https://r.test/1 and the summary.";
        let at = text.find("summary").unwrap();
        let mut b = Block::paragraph(text);
        b.marks.push(Mark {
            range: at..at + "summary".len(),
            kind: MarkKind::Link {
                url: "https://s.test".into(),
            },
        });
        let a = Article {
            sections: vec![Section {
                heading: None,
                blocks: vec![b, Block::paragraph("Again https://r.test/1")],
            }],
            ..Article::default()
        };
        let l = links(&a);
        assert_eq!(l.len(), 2);
        // Reading order: the bare URL comes before "summary" in the text.
        assert_eq!(l[0].url, "https://r.test/1");
        assert_eq!(l[1].url, "https://s.test");
        assert_eq!(l[1].text, "summary");
    }

    #[test]
    fn each_link_is_numbered_where_its_text_ends_a_repeat_keeps_its_number() {
        let text = "# Title\n\nSee [the report](https://r.test/1), then https://x.test/y and <https://r.test/1>.\n";
        let a = crate::parse::parse(text, crate::article::Format::Markdown);
        let (l, spots) = numbered(&a);
        let urls: Vec<&str> = l.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(urls, ["https://r.test/1", "https://x.test/y"]);
        let (si, bi) = (spots[0].section, spots[0].block);
        assert!(spots.iter().all(|s| (s.section, s.block) == (si, bi)));
        let body = &a.sections[si].blocks[bi].text;
        let at: Vec<(&str, usize)> = spots
            .iter()
            .map(|s| (&body[..s.end], s.number))
            .map(|(before, n)| (before.rsplit(' ').next().unwrap_or(""), n))
            .collect();
        assert_eq!(
            at,
            [
                ("report", 1),
                ("https://x.test/y", 2),
                ("https://r.test/1", 1)
            ]
        );
    }
}
