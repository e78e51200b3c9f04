//! Links in an article: Markdown links and bare URLs in the text.

use crate::article::{Article, MarkKind};

/// A link and the words it stands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub url: String,
}

/// Characters that end a bare URL.
fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”' | '«' | '»' | '「' | '」')
}

/// Bare `http://` and `https://` URLs in `text`, without trailing punctuation.
pub(crate) fn bare_urls(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest
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
            out.push(url);
        }
        rest = tail.get(end.max(1)..).unwrap_or_default();
    }
    out
}

/// Every link in the article, in reading order, each URL once.
pub fn links(article: &Article) -> Vec<Link> {
    let mut out: Vec<Link> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |text: &str, url: &str| {
        if seen.insert(url.to_string()) {
            out.push(Link {
                text: text.to_string(),
                url: url.to_string(),
            });
        }
    };
    for block in article.sections.iter().flat_map(|s| &s.blocks) {
        for m in &block.marks {
            if let MarkKind::Link { url } = &m.kind {
                push(block.text.get(m.range.clone()).unwrap_or_default(), url);
            }
        }
        for url in bare_urls(&block.text) {
            push(url, url);
        }
    }
    out
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
        assert_eq!(l[0].url, "https://s.test");
        assert_eq!(l[0].text, "summary");
        assert_eq!(l[1].url, "https://r.test/1");
    }
}
