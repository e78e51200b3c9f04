//! Link numbers in the laid-out text: where they go, their style, and that
//! they are the numbers of `links::numbered` and nothing else.

use proptest::prelude::*;

use super::*;
use crate::article::Format;

/// The text of the segments with the link-number flag, in order.
fn numbers_shown(doc: &Doc) -> String {
    (0..doc.len())
        .flat_map(|i| doc.segments(i))
        .filter(|s| s.style.flags.link_index)
        .map(|s| s.text)
        .collect()
}

fn expected(article: &Article) -> String {
    let (_, spots) = crate::links::numbered(article);
    spots
        .iter()
        .map(|s| ["\u{a0}[", &s.number.to_string(), "]"].concat())
        .collect()
}

#[test]
fn each_link_shows_its_number_after_its_text_in_its_own_style() {
    let md = "# Title\n\nRead *[the report](https://r.test/1)* and https://x.test/y, or the report again: [it](https://r.test/1).\n";
    let article = crate::parse::parse(md, Format::Markdown);
    let doc = build(&article, BuildOptions::default());
    let text: String = (0..doc.len()).map(|i| doc.line_text(i)).collect();
    assert!(
        text.contains(
            "the report\u{a0}[1] and https://x.test/y\u{a0}[2], or the report again: it\u{a0}[1]."
        ),
        "{text}"
    );
    let segs: Vec<Segment> = (0..doc.len()).flat_map(|i| doc.segments(i)).collect();
    let report = segs
        .iter()
        .find(|s| s.text.contains("report"))
        .map(|s| s.style.flags);
    assert_eq!(
        report.map(|f| (f.link, f.emphasis, f.link_index)),
        Some((true, true, false))
    );
    let one = segs
        .iter()
        .find(|s| s.text == "\u{a0}[1]")
        .map(|s| s.style.flags);
    assert_eq!(one.map(|f| (f.link, f.link_index)), Some((false, true)));
    assert_eq!(numbers_shown(&doc), expected(&article));
}

#[test]
fn a_number_never_starts_a_line_and_quotations_keep_their_words() {
    let text = "She said “look at https://example.org/a now” and left.";
    let article = crate::parse::parse(text, Format::Plain);
    for width in [8, 20, 24, 40] {
        let doc = build(
            &article,
            BuildOptions {
                width,
                ..BuildOptions::default()
            },
        );
        for i in 0..doc.len() {
            assert!(
                !doc.line_text(i).trim_start().starts_with('['),
                "{width}: {i}"
            );
        }
        for b in &doc.blocks {
            for q in &b.quotes {
                assert_eq!(
                    b.text.get(q.range.clone()),
                    Some("“look at https://example.org/a\u{a0}[1] now”")
                );
            }
        }
    }
}

proptest! {
    #[test]
    fn the_numbers_shown_are_the_numbering_of_links(
        words in proptest::collection::vec(prop_oneof![
            "[a-z]{1,8}",
            "https://[a-c]\\.test/[a-z]{0,3}",
            "\\[[a-z]{1,6}\\]\\(https://[a-c]\\.test\\)",
        ], 0..30),
        width in 1u16..100,
        markdown: bool,
    ) {
        let format = if markdown { Format::Markdown } else { Format::Plain };
        let article = crate::parse::parse(&format!("Title\n\n{}\n", words.join(" ")), format);
        let doc = build(&article, BuildOptions { width, ..BuildOptions::default() });
        prop_assert_eq!(numbers_shown(&doc), expected(&article));
    }
}
