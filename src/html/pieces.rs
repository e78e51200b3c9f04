//! The two ends of a huge page, each as Markdown on its own, before reader
//! view has read the whole page (at 20 MB that takes seconds): the reader
//! shows the beginning at once and `G` the end, until the whole article
//! replaces them. Reader view needs the whole page, so the pieces are the
//! page's text with what is never the article taken out (reader view's
//! [`BOILERPLATE`], and the page's header, footer and asides).

use encoding_rs::Encoding;

use super::readable::BOILERPLATE;

/// Also left out of a piece: reader view would drop them with the whole
/// page in view.
const AROUND: &[&str] = &["header", "footer", "aside"];

/// Block elements a piece of the end may start at (never inside a tag).
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "figure",
    "pre",
    "table",
];

/// A piece of the end with fewer letters than this holds no article text
/// (scripts and a footer): none is shown.
const MIN_LETTERS: usize = 200;

/// The beginning of a page from its first bytes: the front matter the list
/// shows (see [`super::head_document`]) and the text that follows. `None`
/// for a page in UTF-16, which cannot be cut at any byte.
#[must_use]
pub fn head_piece(first: &[u8]) -> Option<String> {
    let encoding = encoding(first, first)?;
    let html = encoding.decode_with_bom_removal(first).0;
    let mut doc = super::head_document(first);
    doc.push('\n');
    doc.push_str(&markdown(&html));
    doc.push('\n');
    Some(doc)
}

/// The end of a page, `last` its last bytes and `first` its first (which
/// name its encoding): its text from the first block that starts in
/// `last`. `None` when that holds no article text.
#[must_use]
pub fn tail_piece(first: &[u8], last: &[u8]) -> Option<String> {
    let encoding = encoding(first, last)?;
    let html = encoding.decode_without_bom_handling(last).0;
    let from = block_start(&html)?;
    let md = markdown(html.get(from..)?);
    let letters = md.chars().filter(|c| c.is_alphanumeric()).take(MIN_LETTERS);
    (letters.count() >= MIN_LETTERS).then_some(md)
}

/// The page's encoding, as its first bytes tell it, else as `sample` looks
/// (`None`: UTF-16).
fn encoding(first: &[u8], sample: &[u8]) -> Option<&'static Encoding> {
    let encoding = super::charset::encoding(first, sample);
    (encoding.output_encoding() == encoding).then_some(encoding)
}

/// Where the first block element starts in `html` (a tag that opens one).
fn block_start(html: &str) -> Option<usize> {
    let mut at = 0;
    while let Some(i) = html.get(at..)?.find('<') {
        let start = at + i;
        let name: String = html
            .get(start + 1..)?
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let after = html.get(start + 1 + name.len()..)?.chars().next();
        let name = name.to_ascii_lowercase();
        if BLOCKS.contains(&name.as_str()) && matches!(after, Some('>' | ' ' | '\t' | '\n' | '\r'))
        {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// `html`'s text as Markdown, what is never the article left out.
fn markdown(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    for selector in BOILERPLATE.iter().chain(AROUND) {
        if let Some(found) = doc.try_select(selector) {
            found.remove();
        }
    }
    crate::parse::decode::clean(doc.md(None).trim())
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    const TOP: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
        <title>Harbour ferry | Meridian</title>\
        <meta property=\"og:title\" content=\"Harbour ferry\">\
        <style>.a{margin:0}</style><script>var x = 1;</script></head>\
        <body><header><nav>Home · World</nav></header><main><article>\
        <h1>Harbour ferry</h1><p>The first paragraph.</p>";

    fn end() -> String {
        let mut page = String::from("tail of an earlier paragraph.</p>");
        for i in 0..20 {
            let _ = writeln!(page, "<p>Paragraph {i} says what the ferry did today.</p>");
        }
        page.push_str(
            "<p>The last words.</p></article><section id=\"comments\"><p>First!</p></section>\
             </main><footer><p>&copy; 2026 News Example</p></footer></body></html>",
        );
        page
    }

    #[test]
    fn the_beginning_has_the_front_matter_and_the_first_text_and_no_page_furniture() {
        let doc = head_piece(TOP.as_bytes()).unwrap();
        assert!(doc.starts_with("+++\ntitle = \"Harbour ferry\"\n"), "{doc}");
        assert!(doc.contains("The first paragraph."), "{doc}");
        for furniture in ["Home", "margin", "var x"] {
            assert!(!doc.contains(furniture), "{furniture} in {doc}");
        }
    }

    #[test]
    fn the_end_starts_at_a_whole_block_and_leaves_out_comments_and_footer() {
        let md = tail_piece(TOP.as_bytes(), end().as_bytes()).unwrap();
        assert!(md.starts_with("Paragraph 0 says"), "{md}");
        assert!(md.trim_end().ends_with("The last words."), "{md}");
        for furniture in ["First!", "2026", "earlier"] {
            assert!(!md.contains(furniture), "{furniture} in {md}");
        }
    }

    #[test]
    fn an_end_without_article_text_is_no_piece() {
        let scripts = "x;</script><script>var y = 2;</script><footer><p>&copy; 2026</p></footer>";
        assert_eq!(tail_piece(TOP.as_bytes(), scripts.as_bytes()), None);
    }

    #[test]
    fn the_end_is_read_in_the_encoding_the_beginning_names() {
        let top = b"<html><head><meta charset=\"windows-1252\"></head><body><p>x</p>";
        let mut last = b"<p>Caf\xe9 ".to_vec();
        last.extend(std::iter::repeat_n(b"au lait ", 40).flatten());
        last.extend_from_slice(b"</p>");
        let md = tail_piece(top, &last).unwrap();
        assert!(md.starts_with("Café au lait"), "{md}");
    }

    #[test]
    fn a_utf16_page_is_not_cut() {
        let top = [0xFF, 0xFE, b'<', 0];
        assert_eq!(head_piece(&top), None);
        assert_eq!(tail_piece(&top, end().as_bytes()), None);
    }
}
