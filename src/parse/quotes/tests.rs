//! Pairing, nesting, apostrophes and paragraphs, through [`find`].

use super::*;
use crate::article::{Block, BlockKind, QuoteMarks};

fn sections(paras: &[&str]) -> Vec<Section> {
    vec![Section {
        heading: None,
        blocks: paras.iter().map(|p| Block::paragraph(*p)).collect(),
    }]
}

/// (text, depth) of every quote found in the paragraphs.
fn found(paras: &[&str]) -> Vec<(String, u8)> {
    find(&sections(paras))
        .into_iter()
        .map(|q| (q.text, q.depth))
        .collect()
}

fn q(text: &str, depth: u8) -> (String, u8) {
    (text.to_string(), depth)
}

#[test]
fn straight_and_curly_double_marks() {
    assert_eq!(found(&["He said \"go now\" and left."]), [q("go now", 0)]);
    assert_eq!(found(&["He said “go now” and left."]), [q("go now", 0)]);
    let quotes = find(&sections(&["A “b” c"]));
    assert_eq!(quotes[0].marks, QuoteMarks::Double);
    assert_eq!(quotes[0].parts[0].range, 2..9);
}

#[test]
fn english_nesting_with_single_marks() {
    assert_eq!(
        found(&["“She told me ‘never again’ twice,” he said."]),
        [
            q("She told me ‘never again’ twice,", 0),
            q("never again", 1)
        ]
    );
    assert_eq!(
        found(&["\"She said 'no' to it,\" he said."]),
        [q("She said 'no' to it,", 0), q("no", 1)]
    );
}

#[test]
fn british_single_first_with_double_inside() {
    let quotes = find(&sections(&["‘The sign read “closed” all day,’ she said."]));
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[0].marks, QuoteMarks::Single);
    assert_eq!(quotes[0].depth, 0);
    assert_eq!(quotes[1].text, "closed");
    assert_eq!(quotes[1].depth, 1);
    assert_eq!(quotes[1].marks, QuoteMarks::Double);
}

#[test]
fn german_low_marks_and_inner_single_low() {
    assert_eq!(
        found(&["Sie sagte: „Das ist ‚unmöglich‘, wirklich.“ Dann ging sie."]),
        [q("Das ist ‚unmöglich‘, wirklich.", 0), q("unmöglich", 1)]
    );
    let quotes = find(&sections(&["Er sagte „ja” und ging."]));
    assert_eq!(quotes[0].text, "ja");
    assert_eq!(quotes[0].marks, QuoteMarks::Low);
}

#[test]
fn german_closing_mark_does_not_open_an_english_quote() {
    assert_eq!(
        found(&["„Eins“ und „zwei“ und „drei“."]),
        [q("Eins", 0), q("zwei", 0), q("drei", 0)]
    );
}

#[test]
fn french_guillemets_with_no_break_spaces() {
    let text = "Il a dit\u{a0}: «\u{202f}Nous partons\u{202f}» hier.";
    let quotes = find(&sections(&[text]));
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].text, "Nous partons");
    assert_eq!(quotes[0].marks, QuoteMarks::Guillemets);
    assert_eq!(found(&["« Oui » et « non »."]), [q("Oui", 0), q("non", 0)]);
}

#[test]
fn swiss_guillemets_with_low_marks_inside() {
    assert_eq!(
        found(&["Er sagte: «Das nennt man „Glück“.» Dann lachte er."]),
        [q("Das nennt man „Glück“.", 0), q("Glück", 1)]
    );
}

#[test]
fn german_style_reversed_guillemets() {
    assert_eq!(
        found(&["Sie rief »Halt, ›sofort‹!« und lief."]),
        [q("Halt, ›sofort‹!", 0), q("sofort", 1)]
    );
}

#[test]
fn corner_brackets() {
    let quotes = find(&sections(&["彼は「明日『さようなら』と言う」と述べた。"]));
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[0].text, "明日『さようなら』と言う");
    assert_eq!(quotes[0].marks, QuoteMarks::Corner);
    assert_eq!(quotes[1].text, "さようなら");
    assert_eq!(quotes[1].depth, 1);
}

#[test]
fn apostrophes_never_quote() {
    for text in [
        "It's Lisbon’s day; the officials' cars came in the '90s.",
        "They played rock 'n' roll ’til dawn, O'Brien said.",
        "Don’t wait for the ’68 crowd.",
    ] {
        assert_eq!(found(&[text]), [], "{text}");
    }
}

#[test]
fn apostrophes_inside_single_quotes() {
    assert_eq!(
        found(&["'It's the officials' cars that matter,' she said."]),
        [q("It's the officials' cars that matter,", 0)]
    );
    assert_eq!(
        found(&["‘We don’t play rock ‘n’ roll,’ he said."]),
        [q("We don’t play rock ‘n’ roll,", 0)]
    );
    assert_eq!(
        found(&["'I liked the '90s,' she said."]),
        [q("I liked the '90s,", 0)]
    );
}

#[test]
fn plural_possessive_closes_at_the_end() {
    assert_eq!(
        found(&["He called them 'the workers'."]),
        [q("the workers", 0)]
    );
}

#[test]
fn inches_do_not_swallow_text() {
    assert_eq!(
        found(&["\"He is 5'10\" and fast,\" the coach said of the boy."]),
        [q("He is 5'10\" and fast,", 0)]
    );
    assert_eq!(found(&["A 12\" record and a \"hit\"."]), [q("hit", 0)]);
}

#[test]
fn unmatched_marks_are_not_quotes() {
    assert_eq!(
        found(&["He said \"we will and left.", "Then \"yes\"."]),
        [q("yes", 0)]
    );
    assert_eq!(found(&["a ” b “ c"]), []);
    assert_eq!(found(&["“One ‘two” three’"]), [q("One ‘two", 0)]);
}

#[test]
fn multi_paragraph_quotation_is_one_quote() {
    let paras = [
        "She said: “We will rebuild the bridge.",
        "“It will take two years.",
        "“And it will be ‘better’ than before.” Then she left.",
    ];
    let quotes = find(&sections(&paras));
    assert_eq!(quotes.len(), 2);
    let q0 = &quotes[0];
    assert_eq!(
        q0.text,
        "We will rebuild the bridge.\n\nIt will take two years.\n\nAnd it will be ‘better’ than before."
    );
    assert_eq!(q0.parts.len(), 3);
    assert_eq!(q0.parts[0].block, 0);
    assert_eq!(q0.parts[0].range, 10..paras[0].len());
    assert_eq!(q0.parts[1].range, 0..paras[1].len());
    assert_eq!(q0.parts[2].range.start, 0);
    assert_eq!(quotes[1].text, "better");
    assert_eq!(quotes[1].depth, 1);
}

#[test]
fn no_continuation_without_the_same_mark() {
    assert_eq!(found(&["He said: “We will go.", "And then nothing."]), []);
    assert_eq!(found(&["“We will go.", "\"Other.\""]), [q("Other.", 0)]);
    assert_eq!(found(&["“We will go.", "“But never close."]), []);
}

#[test]
fn quotations_never_cross_a_section() {
    let mut secs = sections(&["He said: “We will go."]);
    secs.push(Section {
        heading: Some("Next".into()),
        blocks: vec![Block::paragraph("“More.” Done.")],
    });
    let quotes = find(&secs);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].section, 1);
    assert_eq!(quotes[0].text, "More.");
}

#[test]
fn code_blocks_are_not_scanned_and_break_continuation() {
    let mut secs = sections(&["“Open.", "“Closed.”"]);
    secs[0].blocks.insert(
        1,
        Block {
            kind: BlockKind::Code,
            text: "\"x\"".into(),
            marks: Vec::new(),
        },
    );
    assert_eq!(
        find(&secs).into_iter().map(|q| q.text).collect::<Vec<_>>(),
        ["Closed."]
    );
}

#[test]
fn empty_quotes_are_dropped_and_order_is_reading_order() {
    assert_eq!(found(&["“” then “a” and “b”"]), [q("a", 0), q("b", 0)]);
}

#[test]
fn depth_skips_unpaired_ancestors() {
    // The outer ‘ never closes, so the double quotation is top-level.
    assert_eq!(found(&["‘He said “yes” and"]), [q("yes", 0)]);
}
