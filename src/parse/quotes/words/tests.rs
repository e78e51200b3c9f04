//! Words, gaps, and the first sentence of a text.

use super::*;

fn gaps(text: &str) -> Vec<(&str, Gap)> {
    words(text).into_iter().map(|w| (w.text, w.gap)).collect()
}

#[test]
fn words_and_gaps() {
    assert_eq!(
        gaps("It's over, she said. Then: x—y"),
        [
            ("It's", Gap::Start),
            ("over", Gap::Space),
            ("she", Gap::Comma),
            ("said", Gap::Space),
            ("Then", Gap::Stop),
            ("x", Gap::Colon),
            ("y", Gap::Comma),
        ]
    );
}

#[test]
fn initials_and_titles_do_not_end_sentences() {
    assert_eq!(
        gaps("Dr. J. Smith said"),
        [
            ("Dr", Gap::Start),
            ("J", Gap::Space),
            ("Smith", Gap::Space),
            ("said", Gap::Space),
        ]
    );
}

#[test]
fn plural_possessives_stay_in_their_word() {
    assert_eq!(
        gaps("the owners' association"),
        [
            ("the", Gap::Start),
            ("owners'", Gap::Space),
            ("association", Gap::Space)
        ]
    );
}

#[test]
fn hyphens_and_ranges() {
    let w = words("a-t-il «Élysée»");
    assert_eq!(w[1].gap, Gap::Hyphen);
    assert_eq!(w[3].gap, Gap::Other);
    assert_eq!(&"a-t-il «Élysée»"[w[3].start..w[3].end], "Élysée");
}

#[test]
fn first_sentence_is_words_up_to_the_first_stop() {
    for t in [
        "said Dr. Jane Doe. Then more. And more",
        "a, b: c! d",
        "no stop here",
        "",
    ] {
        let all = words(t);
        let end = all
            .iter()
            .position(|w| w.gap == Gap::Stop)
            .unwrap_or(all.len());
        assert_eq!(first_sentence(t), all[..end], "{t}");
    }
}

#[test]
fn first_sentence_of_a_long_text_is_read_from_its_head() {
    let pieces = [
        "said",
        " ",
        "Jane",
        "Doe",
        ". ",
        ", ",
        "owners",
        "'",
        "’",
        "s",
        " ",
        "Mr",
        "J",
        "é",
        "—",
        "-",
        "5",
        "?",
        "\u{a0}",
        "l",
        "東",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ". ",
    ];
    let mut masks = crate::parse::bytemask::Masks::default();
    for seed in 0..3000usize {
        let mut text = String::new();
        let mut k = seed;
        while text.len() < 300 {
            k = k
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695);
            text.push_str(pieces[(k >> 33) % pieces.len()]);
        }
        let mut out = Vec::new();
        first_sentence_into(&text, &mut masks, &mut out);
        assert_eq!(out, first_sentence(&text), "{text}");
    }
}
