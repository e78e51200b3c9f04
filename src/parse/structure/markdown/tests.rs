use super::*;
use crate::article::{Mark, MarkKind};

fn blocks(sections: &[Section]) -> Vec<&Block> {
    sections.iter().flat_map(|s| &s.blocks).collect()
}

#[test]
fn h1_is_title_and_h2_starts_sections() {
    let (meta, s) = parse(
        "# Ports close\n\nIntro text.\n\n## Quiet streets\n\nMore.\n\nSetext\n------\n\nLast.\n",
    );
    assert_eq!(meta.title, "Ports close");
    let heads: Vec<_> = s.iter().map(|s| s.heading.as_deref()).collect();
    assert_eq!(heads, [None, Some("Quiet streets"), Some("Setext")]);
}

#[test]
fn front_matter_title_wins_and_duplicate_h1_goes() {
    let (meta, s) =
        parse("---\ntitle: Ports close\nauthor: Jane Doe\n---\n# Ports close\n\nText.\n");
    assert_eq!(meta.title, "Ports close");
    assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].heading, None);
}

#[test]
fn marks_cover_rendered_text() {
    let (_, s) = parse("A *soft* and **bold** `code` [link](https://x.example/a).\n");
    let b = blocks(&s)[0];
    assert_eq!(b.text, "A soft and bold code link.");
    assert_eq!(
        b.marks,
        vec![
            Mark {
                range: 2..6,
                kind: MarkKind::Emphasis
            },
            Mark {
                range: 11..15,
                kind: MarkKind::Strong
            },
            Mark {
                range: 16..20,
                kind: MarkKind::Code
            },
            Mark {
                range: 21..25,
                kind: MarkKind::Link {
                    url: "https://x.example/a".into()
                }
            },
        ]
    );
}

#[test]
fn lists_quotes_and_code() {
    let (_, s) = parse("- one\n- two\n  1. sub\n\n> quoted\n> > deeper\n\n```\nlet x = 1;\n```\n");
    let kinds: Vec<_> = blocks(&s)
        .iter()
        .map(|b| (b.kind.clone(), b.text.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                BlockKind::ListItem {
                    marker: "•".into(),
                    depth: 0
                },
                "one"
            ),
            (
                BlockKind::ListItem {
                    marker: "•".into(),
                    depth: 0
                },
                "two"
            ),
            (
                BlockKind::ListItem {
                    marker: "1.".into(),
                    depth: 1
                },
                "sub"
            ),
            (BlockKind::BlockQuote { depth: 1 }, "quoted"),
            (BlockKind::BlockQuote { depth: 2 }, "deeper"),
            (BlockKind::Code, "let x = 1;"),
        ]
    );
}

#[test]
fn plain_conventions_inside_markdown() {
    let (meta, s) = parse(
        "World\n\n# Ports close along the coast\n\n*Ferries go south*\n\nBy Jane Doe\n\nOSLO (Reuters) - The port closed.\n\n(Reporting by Max Roe)\n",
    );
    assert_eq!(meta.kicker.as_deref(), Some("World"));
    assert_eq!(meta.standfirst.as_deref(), Some("Ferries go south"));
    assert_eq!(meta.byline.as_deref(), Some("By Jane Doe"));
    assert_eq!(meta.source.as_deref(), Some("Reuters"));
    let b = blocks(&s);
    assert_eq!(b[0].text, "The port closed.");
    assert_eq!(b[1].kind, BlockKind::Trailer);
}

#[test]
fn bold_lines_are_headings_and_a_headline_paragraph_is_the_title() {
    let (meta, s) = parse(
        "Ports close along the northern coast\n\nIntro.\n\n**What comes next**\n\nMore text.\n",
    );
    assert_eq!(meta.title, "Ports close along the northern coast");
    let heads: Vec<_> = s.iter().map(|s| s.heading.as_deref()).collect();
    assert_eq!(heads, [None, Some("What comes next")]);
}

#[test]
fn date_line_under_the_title_gives_the_date() {
    let (meta, s) = parse("# Ports close\n\nPublished 14 March 2026\n\nOSLO (AP) — Text.\n");
    assert_eq!(
        meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(meta.source.as_deref(), Some("AP"));
    // The date line is the article's date, not body text: it is kept as written.
    assert_eq!(meta.published.as_deref(), Some("Published 14 March 2026"));
    assert_eq!(s[0].blocks[0].text, "Text.");
}

#[test]
fn decoded_entities_never_leave_controls_and_such_links_are_refused() {
    let (meta, s) = parse(
        "# T &#27;]0;x&#7; &#x202E;y\n\nA &#x1b;[2J b &#155;31m c &#7; d [ok](https://o.test/&amp;) \
         [bad](https://b.test/&#27;]52;c;QQ==&#7;) `&#27;`.\n",
    );
    let all = blocks(&s);
    for t in std::iter::once(meta.title.as_str()).chain(all.iter().map(|b| b.text.as_str())) {
        assert!(crate::parse::decode::is_clean(t), "{t:?}");
    }
    let b = all[0];
    let urls: Vec<_> = b
        .marks
        .iter()
        .filter_map(|m| match &m.kind {
            MarkKind::Link { url } => Some(url.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(urls, ["https://o.test/&"]);
    assert!(b.text.contains(" bad "), "{:?}", b.text);
}
