//! Properties of `quotes::find` on arbitrary text full of quotation marks.

use byline::article::{Block, BlockKind, Quote, Section};
use byline::parse::quotes::find;
use proptest::prelude::*;

const MARKS: &str = "\"'‘’‚“”„«»‹›「」『』";

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(MARKS.chars().collect::<Vec<_>>()).prop_map(String::from),
        3 => "[a-zA-Z]{1,6}",
        2 => proptest::sample::select(vec![" ", "  ", "\u{a0}", "\u{202f}", ", ", ". ", "s", "5", "—"])
            .prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        2 => proptest::sample::select(ATTRIBUTION.to_vec()).prop_map(String::from),
    ]
}

/// Words that drive the speaker patterns, so that they run on mark soup too.
const ATTRIBUTION: &[&str] = &[
    " said ",
    " she said",
    "Anna Berg",
    " Mr ",
    "Dr. ",
    " according to the ministry",
    " a-t-il dit",
    " so ",
    " sagte ",
    "Selon ",
    " told reporters: ",
    ", the mayor, ",
    "The ",
    "Berg",
    " J. ",
    "'s ",
    "s' ",
    " '90s",
    " 'n' ",
];

fn paragraph() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

fn block() -> impl Strategy<Value = Block> {
    let kind = prop_oneof![
        6 => Just(BlockKind::Paragraph),
        1 => Just(BlockKind::BlockQuote { depth: 1 }),
        1 => Just(BlockKind::ListItem { marker: "•".into(), depth: 0 }),
        1 => Just(BlockKind::Code),
        1 => Just(BlockKind::Trailer),
    ];
    (kind, paragraph()).prop_map(|(kind, text)| Block {
        kind,
        text,
        marks: Vec::new(),
    })
}

fn sections() -> impl Strategy<Value = Vec<Section>> {
    proptest::collection::vec(
        proptest::collection::vec(block(), 0..6).prop_map(|blocks| Section {
            heading: None,
            blocks,
        }),
        1..4,
    )
}

fn slice<'a>(sections: &'a [Section], q: &Quote, k: usize) -> &'a str {
    let p = &q.parts[k];
    &sections[q.section].blocks[p.block].text[p.range.clone()]
}

/// (first block, start) and (last block, end) of a quote.
fn extent(q: &Quote) -> ((usize, usize), (usize, usize)) {
    let (a, b) = (&q.parts[0], &q.parts[q.parts.len() - 1]);
    ((a.block, a.range.start), (b.block, b.range.end))
}

fn inside(inner: &Quote, outer: &Quote) -> bool {
    let ((i0, i1), (o0, o1)) = (extent(inner), extent(outer));
    inner.section == outer.section && o0 <= i0 && i1 <= o1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn parts_are_in_their_blocks_on_char_boundaries(secs in sections()) {
        for q in find(&secs) {
            prop_assert!(!q.parts.is_empty());
            let section = &secs[q.section];
            for p in &q.parts {
                let text = &section.blocks[p.block].text;
                prop_assert!(p.range.start < p.range.end && p.range.end <= text.len());
                prop_assert!(text.is_char_boundary(p.range.start) && text.is_char_boundary(p.range.end));
            }
            for w in q.parts.windows(2) {
                prop_assert!(w[0].block < w[1].block);
            }
        }
    }

    #[test]
    fn text_is_the_joined_inner_slices(secs in sections()) {
        for q in find(&secs) {
            let last = q.parts.len() - 1;
            let mut joined = Vec::new();
            for k in 0..q.parts.len() {
                let s = slice(&secs, &q, k);
                let mut chars = s.chars();
                let first = chars.next().unwrap();
                prop_assert!(MARKS.contains(first), "part starts with {first:?}");
                if k == last {
                    let end = chars.next_back().unwrap();
                    prop_assert!(MARKS.contains(end), "quote ends with {end:?}");
                    // `“…’’`: two single marks close a double quotation; both go.
                    let opened = slice(&secs, &q, 0).chars().next().unwrap();
                    let double = matches!(opened, '"' | '“' | '”' | '„' | '«' | '»');
                    if matches!(end, '’' | '\'') && double {
                        prop_assert_eq!(chars.next_back(), Some(end), "{:?} opened by {:?}", s, opened);
                    }
                }
                joined.push(chars.as_str().trim());
            }
            prop_assert_eq!(&q.text, &joined.join("\n\n"));
            prop_assert!(!q.text.is_empty());
        }
    }

    #[test]
    fn quotes_nest_properly_and_come_in_reading_order(secs in sections()) {
        let quotes = find(&secs);
        for w in quotes.windows(2) {
            prop_assert!((w[0].section, extent(&w[0]).0) < (w[1].section, extent(&w[1]).0));
        }
        for (i, a) in quotes.iter().enumerate() {
            for b in &quotes[i + 1..] {
                if a.section != b.section {
                    continue;
                }
                let disjoint = extent(a).1 <= extent(b).0;
                prop_assert!(disjoint || inside(b, a), "{a:?} and {b:?} cross");
                if inside(b, a) {
                    prop_assert!(b.depth > a.depth);
                }
            }
            if a.depth > 0 {
                prop_assert!(
                    quotes.iter().any(|o| o.depth + 1 == a.depth && inside(a, o)),
                    "no parent for {a:?}"
                );
            }
        }
    }

    #[test]
    fn code_and_trailers_hold_no_quotes(secs in sections()) {
        for q in find(&secs) {
            for p in &q.parts {
                let kind = &secs[q.section].blocks[p.block].kind;
                prop_assert!(!matches!(kind, BlockKind::Code | BlockKind::Trailer));
            }
        }
    }
}
