//! Layout tests: widths, no text lost, justification, hyphenation, positions.

use proptest::prelude::*;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::*;
use crate::article::{Article, Block, Dateline, Meta, Quote, QuoteMarks, QuotePart, Section};

fn opts(width: u16) -> BuildOptions {
    BuildOptions {
        width,
        ..BuildOptions::default()
    }
}

fn article(paragraphs: &[&str]) -> Article {
    Article {
        meta: Meta {
            title: "Title".into(),
            ..Meta::default()
        },
        sections: vec![Section {
            heading: None,
            blocks: paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
        }],
        ..Article::default()
    }
}

/// The non-space characters of the body lines, in order.
fn body_chars(doc: &Doc) -> String {
    (0..doc.len())
        .filter(|&i| {
            doc.lines[i]
                .block
                .is_some_and(|b| doc.blocks[b as usize].role == BlockRole::Body)
        })
        .flat_map(|i| doc.segments(i))
        // Link numbers are additions, checked on their own (`link_tests`).
        .filter(|s| !s.style.prefix && !s.style.flags.link_index)
        .flat_map(|s| s.text.chars().collect::<Vec<_>>())
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

#[test]
fn lines_fit_the_width_and_keep_every_character() {
    let text = "The council voted on Tuesday to rebuild the harbour market. 東京の朝はいつも早いです。 A link https://example.org/a/very/long/path/that/does/not/fit/anywhere ends it.";
    for width in [10, 17, 40, 80] {
        let doc = build(&article(&[text]), opts(width));
        for i in 0..doc.len() {
            let w = doc.line_text(i).width();
            assert!(w <= usize::from(width), "width {width}: line {i} is {w}");
        }
        let want: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        assert_eq!(body_chars(&doc), want, "width {width}");
    }
}

#[test]
fn justified_lines_fill_the_width_except_the_last() {
    let text = "one two three four five six seven eight nine ten eleven twelve thirteen";
    let doc = build(
        &article(&[text]),
        BuildOptions {
            justify: true,
            ..opts(20)
        },
    );
    let body: Vec<usize> = (0..doc.len())
        .filter(|&i| {
            doc.lines[i]
                .block
                .is_some_and(|b| doc.blocks[b as usize].role == BlockRole::Body)
        })
        .collect();
    assert!(body.len() >= 3);
    for &i in &body[..body.len() - 1] {
        assert_eq!(doc.line_text(i).width(), 20, "{:?}", doc.line_text(i));
    }
    assert!(doc.line_text(*body.last().unwrap()).width() < 20);
}

#[test]
fn hyphenation_breaks_long_words_with_a_hyphen() {
    let text = "Extraordinarily unconventional administrative responsibilities";
    let plain = build(&article(&[text]), opts(12));
    let hyph = build(
        &article(&[text]),
        BuildOptions {
            hyphenate: true,
            ..opts(12)
        },
    );
    assert!(!(0..plain.len()).any(|i| plain.lines[i].hyphen));
    assert!((0..hyph.len()).any(|i| hyph.lines[i].hyphen && hyph.line_text(i).ends_with('-')));
}

#[test]
fn the_dateline_opens_the_first_paragraph_in_its_own_style() {
    let mut a = article(&["Dockworkers walked out."]);
    a.meta.dateline = Some(Box::new(Dateline {
        text: "BERGEN, Norway (Nordpress) -".into(),
        place: Some("BERGEN".into()),
        ..Dateline::default()
    }));
    let doc = build(&a, opts(60));
    let i = (0..doc.len())
        .find(|&i| doc.line_text(i).starts_with("BERGEN"))
        .unwrap();
    assert_eq!(
        doc.line_text(i),
        "BERGEN, Norway (Nordpress) - Dockworkers walked out."
    );
    let segs = doc.segments(i);
    assert!(segs[0].style.flags.dateline);
    assert_eq!(segs[0].text, "BERGEN, Norway (Nordpress) -");
    assert!(!segs[1].style.flags.dateline);
}

#[test]
fn sections_and_quotations_know_their_first_lines() {
    let mut a = article(&["Intro \u{201c}quoted\u{201d} text."]);
    a.sections.push(Section {
        heading: Some("Second".into()),
        blocks: vec![Block::paragraph("More.")],
    });
    a.quotes.push(Quote {
        text: "quoted".into(),
        speaker: None,
        section: 0,
        depth: 0,
        marks: QuoteMarks::Double,
        parts: vec![QuotePart {
            block: 0,
            range: 6..18,
        }],
    });
    let doc = build(&a, opts(40));
    assert_eq!(doc.section_lines[0], 0);
    assert_eq!(doc.line_text(doc.section_lines[1]), "Second");
    let q = doc.quote_lines[0].unwrap();
    assert!(doc.line_text(q).contains("\u{201c}quoted\u{201d}"));
    // Quotations whose marks do not count are left out.
    let none = build(
        &a,
        BuildOptions {
            quote_marks: marks_bit(QuoteMarks::Low),
            ..opts(40)
        },
    );
    assert_eq!(none.quote_lines, vec![None]);
    assert_eq!(doc.counted_quotes().collect::<Vec<_>>(), [(0, q)]);
    assert_eq!(none.counted_quotes().count(), 0);
}

#[test]
fn control_characters_never_reach_a_segment() {
    let doc = build(&article(&["tab\there \u{1b}[31mred\u{7} bell"]), opts(40));
    for i in 0..doc.len() {
        for s in doc.segments(i) {
            assert!(!s.text.chars().any(char::is_control), "{:?}", s.text);
        }
    }
}

/// A word cut to fit a narrow column is measured as the screen measures it:
/// `0` with U+FE0F is two columns (found by the property test below).
#[test]
fn a_cut_word_keeps_a_cluster_together_and_within_the_column() {
    let para = "ab\u{384}0\u{fe0f}cd";
    let doc = build(&article(&[para]), opts(2));
    let lines: Vec<String> = (0..doc.len()).map(|i| doc.line_text(i)).collect();
    assert!(lines.iter().all(|l| l.width() <= 2), "{lines:?}");
    assert!(lines.iter().any(|l| l == "0\u{fe0f}"), "{lines:?}");
    assert_eq!(body_chars(&doc), para);
}

proptest! {
    #[test]
    fn any_text_at_any_width_wraps_without_panic_or_loss(
        paras in proptest::collection::vec("\\PC{0,200}", 0..5),
        width in 1u16..120,
        hyphenate: bool,
        justify: bool,
    ) {
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        let doc = build(&article(&refs), BuildOptions { width, hyphenate, justify, ..BuildOptions::default() });
        let want: String = paras
            .iter()
            .flat_map(|p| p.chars())
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| if c.is_control() { ' ' } else { c })
            .filter(|c| !c.is_whitespace())
            .collect();
        prop_assert_eq!(body_chars(&doc), want);
        for i in 0..doc.len() {
            // A single character wider than the width is the only overflow
            // (with the zero-width ones that go with it; U+17D8 is 3 columns).
            let text = doc.line_text(i);
            let visible = text.chars().filter(|c| c.width().unwrap_or(0) > 0).count();
            prop_assert!(text.width() <= usize::from(width) || visible == 1, "{:?}", text);
        }
    }
}

#[test]
fn the_dateline_opens_its_own_paragraph_after_furniture() {
    let mut a = article(&["Photo gallery", "The ferry left at dawn."]);
    a.meta.dateline = Some(Box::new(Dateline {
        text: "OSLO (Nordwire) -".into(),
        place: Some("OSLO".into()),
        block: 1,
        ..Dateline::default()
    }));
    let doc = build(&a, opts(60));
    let text: Vec<String> = (0..doc.len()).map(|i| doc.line_text(i)).collect();
    assert!(text.iter().any(|l| l == "Photo gallery"), "{text:?}");
    assert!(
        text.iter()
            .any(|l| l.starts_with("OSLO (Nordwire) - The ferry")),
        "{text:?}"
    );
}

#[test]
fn speakers_go_on_the_blank_line_under_their_paragraph_once_each() {
    let mut a = article(&["\u{201c}One\u{201d} and \u{201c}two\u{201d}.", "Next."]);
    for (range, depth) in [(0..9, 0), (14..22, 0), (0..9, 1)] {
        a.quotes.push(Quote {
            text: "x".into(),
            speaker: Some("Ann".into()),
            section: 0,
            depth,
            marks: QuoteMarks::Double,
            parts: vec![QuotePart { block: 0, range }],
        });
    }
    a.quotes[1].speaker = Some("Bo".into());
    let doc = build(&a, opts(40));
    assert!(
        doc.speaker_lines(&a, 0..1).is_empty(),
        "not on the lines asked"
    );
    let lines = doc.speaker_lines(&a, 0..doc.len());
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0].names,
        ["Ann", "Bo"],
        "nested quotations name no one"
    );
    let line = lines[0].line;
    assert!(doc.lines[line].block.is_none(), "a blank line");
    assert!(doc.line_text(line - 1).contains("two"));
}

/// The runs of spaces between the words of a line, in order.
fn gaps(line: &str) -> Vec<usize> {
    line.trim()
        .split(|c: char| c != ' ')
        .filter(|s| !s.is_empty())
        .map(str::len)
        .collect()
}

#[test]
fn justified_lines_spread_the_extra_spaces_between_the_words() {
    let text = "The ferry crews start before dawn and the harbour master counts \
                every crossing in a green ledger that has been kept since the war, \
                one line a day, whatever the weather and whoever is on watch.";
    let mut spread = 0;
    for width in 24..44 {
        let doc = build(
            &article(&[text]),
            BuildOptions {
                justify: true,
                ..opts(width)
            },
        );
        let body: Vec<String> = (0..doc.len())
            .filter(|&i| {
                doc.lines[i]
                    .block
                    .is_some_and(|b| doc.blocks[b as usize].role == BlockRole::Body)
            })
            .map(|i| doc.line_text(i))
            .collect();
        for line in &body[..body.len() - 1] {
            let g = gaps(line);
            let (Some(&min), Some(&max)) = (g.iter().min(), g.iter().max()) else {
                continue;
            };
            assert!(max - min <= 1, "{line:?}");
            // More than one wide gap: not all of them at the start.
            let wide: Vec<usize> = (0..g.len()).filter(|&i| g[i] == max).collect();
            if min != max && wide.len() >= 2 {
                assert!(
                    wide.iter().any(|&i| i >= g.len() / 2),
                    "width {width}: {line:?}"
                );
                spread += 1;
            }
        }
    }
    assert!(spread > 0, "some line has a remainder to spread");
}

#[test]
fn the_byline_row_keeps_each_field_whole_and_never_opens_with_a_separator() {
    let mut a = article(&["Body text."]);
    a.meta.byline = Some("Luca Farrugia and Annika Holm".into());
    a.meta.source = Some("Mediterranean Dispatch".into());
    a.meta.published = Some("Published 12 November 2026".into());
    a.words = 600;
    let fields = [
        "Luca Farrugia and Annika Holm",
        "Mediterranean Dispatch",
        "Published 12 November 2026",
        "3 min read",
    ];
    for width in 30..100 {
        let doc = build(&a, opts(width));
        let lines: Vec<String> = (0..doc.len())
            .filter(|&i| {
                doc.lines[i]
                    .block
                    .is_some_and(|b| doc.blocks[b as usize].role == BlockRole::Byline)
            })
            .map(|i| doc.line_text(i))
            .collect();
        for line in &lines {
            assert!(
                !line.trim_start().starts_with('·'),
                "width {width}: {lines:?}"
            );
            assert!(
                line.width() <= usize::from(width),
                "width {width}: {lines:?}"
            );
        }
        for f in fields {
            assert!(
                lines.iter().any(|l| l.contains(f)),
                "width {width}: {f:?} broken in {lines:?}"
            );
        }
    }
}

/// The body lines of `doc`, as text.
fn body_lines(doc: &Doc) -> Vec<String> {
    (0..doc.len())
        .filter(|&i| {
            doc.lines[i]
                .block
                .is_some_and(|b| doc.blocks[b as usize].role == BlockRole::Body)
        })
        .map(|i| doc.line_text(i))
        .collect()
}

/// Whether each line but the last is as full as first-fit makes it: the
/// next line's first word would not have fitted.
fn first_fit(lines: &[String], width: usize) -> bool {
    lines.windows(2).all(|pair| {
        let next = pair[1].split(' ').next().unwrap_or("");
        pair[0].width() + 1 + next.width() > width
    })
}

#[test]
fn wrapping_is_first_fit_by_default_and_balanced_on_request() {
    let text = "When officers of the Russian navy came ashore in the spring, the harbour \
                master wrote their names in the ledger, as he wrote every name, and \
                went back to counting the crossings of the morning ferries.";
    let mut differs = 0;
    for width in 20..60u16 {
        let greedy = body_lines(&build(&article(&[text]), opts(width)));
        assert!(
            first_fit(&greedy, usize::from(width)),
            "{width}: {greedy:?}"
        );
        let balanced = body_lines(&build(
            &article(&[text]),
            BuildOptions {
                balanced: true,
                ..opts(width)
            },
        ));
        differs += usize::from(balanced != greedy);
    }
    assert!(differs > 0, "balanced wrapping is offered");
}
