//! Properties of decode + parse on arbitrary and on mutated realistic input:
//! - never panics;
//! - no control characters in any output string (`\n` only inside code blocks);
//! - every mark range is non-empty, inside its block and on char boundaries;
//! - at least one section, and `words` is `count_words` of headline, standfirst,
//!   headings and blocks;
//! - plain text loses no text: the multiset of alphanumeric characters of the
//!   output (title, kicker, standfirst, byline, dateline text, headings, blocks) lies
//!   between that of the decoded input minus whole page-leftover lines (which the
//!   parser drops, see `byline::parse::structure::LEFTOVERS`) and that of the whole
//!   input. Quotation marks, separator lines and whitespace are not alphanumeric, so
//!   they are outside the count;
//! - Markdown invents no text: the output's alphanumeric multiset lies within the
//!   input's (Markdown syntax, link URLs and raw HTML may be dropped).

use std::collections::HashMap;
use std::path::Path;

use byline::article::{Article, BlockKind, Format, count_words};
use byline::parse::structure::is_leftover;
use byline::parse::{decode, parse};
use proptest::prelude::*;

type Counts = HashMap<char, usize>;

fn count_into(counts: &mut Counts, text: &str) {
    for c in text.chars().filter(|c| c.is_alphanumeric()) {
        *counts.entry(c).or_default() += 1;
    }
}

/// Every output string of an article.
fn outputs(a: &Article) -> Vec<&str> {
    let m = &a.meta;
    let mut out: Vec<&str> = vec![&m.title];
    out.extend(m.kicker.as_deref());
    out.extend(m.standfirst.as_deref());
    out.extend(m.byline.as_deref());
    out.extend(m.dateline.as_ref().map(|d| d.text.as_str()));
    out.extend(m.published.as_deref());
    for s in &a.sections {
        out.extend(s.heading.as_deref());
        out.extend(s.blocks.iter().map(|b| b.text.as_str()));
    }
    out
}

/// `a` is within `b` as multisets.
fn within(a: &Counts, b: &Counts) -> Result<(), String> {
    for (c, n) in a {
        let m = b.get(c).copied().unwrap_or(0);
        if *n > m {
            return Err(format!("{c:?}: {n} > {m}"));
        }
    }
    Ok(())
}

fn check_clean(a: &Article) -> Result<(), TestCaseError> {
    let m = &a.meta;
    let mut strings: Vec<&str> = vec![&m.title];
    strings.extend(m.kicker.as_deref());
    strings.extend(m.standfirst.as_deref());
    strings.extend(m.byline.as_deref());
    strings.extend(m.source.as_deref());
    strings.extend(m.tags.iter().map(String::as_str));
    if let Some(d) = &m.dateline {
        strings.push(&d.text);
        strings.extend(
            [&d.place, &d.date, &d.source]
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
    }
    for s in &a.sections {
        strings.extend(s.heading.as_deref());
        for b in &s.blocks {
            if b.kind == BlockKind::Code {
                prop_assert!(
                    !b.text.chars().any(|c| c.is_control() && c != '\n'),
                    "{:?}",
                    b.text
                );
            } else {
                strings.push(&b.text);
            }
            if let BlockKind::ListItem { marker, .. } = &b.kind {
                strings.push(marker);
            }
            for mark in &b.marks {
                prop_assert!(mark.range.start < mark.range.end, "{mark:?}");
                prop_assert!(
                    b.text.get(mark.range.clone()).is_some(),
                    "{mark:?} in {:?}",
                    b.text
                );
            }
        }
    }
    for s in strings {
        prop_assert!(
            !s.chars().any(char::is_control),
            "control character in {s:?}"
        );
    }
    prop_assert!(!a.sections.is_empty());
    let words = count_words(&m.title)
        + m.standfirst.as_deref().map_or(0, count_words)
        + a.sections
            .iter()
            .map(|s| {
                s.heading.as_deref().map_or(0, count_words)
                    + s.blocks.iter().map(|b| count_words(&b.text)).sum::<usize>()
            })
            .sum::<usize>();
    prop_assert_eq!(a.words, words);
    Ok(())
}

/// The no-text-loss property for plain text.
/// A paragraph of the text (its lines joined), without the site name or section
/// labels the parser drops from the title by design (`Headline | World | Site`):
/// only what follows the title after a separator may go (a space, then a bar or
/// dash and a space; a run of spaces, as tabs make, is trimmed from the title).
/// Joined, because a title wraps: its site name may be on the next line.
fn without_site_suffix<'a>(paragraph: &'a str, title: &str) -> &'a str {
    let Some(at) = paragraph.find(title).filter(|_| !title.is_empty()) else {
        return paragraph;
    };
    let (kept, rest) = paragraph.split_at(at + title.len());
    let separated = rest.starts_with(' ')
        && ["| ", "- ", "\u{2013} ", "\u{2014} "]
            .iter()
            .any(|sep| rest.trim_start_matches(' ').starts_with(sep));
    if separated { kept } else { paragraph }
}

fn check_plain_keeps_text(text: &str, a: &Article) -> Result<(), TestCaseError> {
    let mut all = Counts::new();
    count_into(&mut all, text);
    let mut min = Counts::new();
    let lines: Vec<&str> = text.split('\n').collect();
    for group in lines.split(|l| l.trim().is_empty()) {
        let joined = group
            .iter()
            .filter(|l| !is_leftover(l))
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        count_into(&mut min, without_site_suffix(&joined, &a.meta.title));
    }
    let mut got = Counts::new();
    for s in outputs(a) {
        count_into(&mut got, s);
    }
    prop_assert!(
        within(&min, &got).is_ok(),
        "text lost: {:?}\n{text:?}\n{a:#?}",
        within(&min, &got)
    );
    prop_assert!(
        within(&got, &all).is_ok(),
        "text invented: {:?}\n{text:?}",
        within(&got, &all)
    );
    Ok(())
}

fn check_markdown_invents_nothing(text: &str, a: &Article) -> Result<(), TestCaseError> {
    let mut all = Counts::new();
    count_into(&mut all, text);
    let mut got = Counts::new();
    for s in outputs(a) {
        count_into(&mut got, s);
    }
    prop_assert!(
        within(&got, &all).is_ok(),
        "text invented: {:?}\n{text:?}",
        within(&got, &all)
    );
    Ok(())
}

/// Decoded lines of every fixture of one format.
fn fixture_lines(format: Format) -> Vec<String> {
    let mut lines = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/structure");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return lines;
    };
    for path in entries.flatten().map(|e| e.path()) {
        let ext = path.extension().and_then(|e| e.to_str());
        if !matches!(ext, Some("txt" | "md")) || Format::from_path(&path) != format {
            continue;
        }
        if let Ok(text) = std::fs::read(&path)
            .map_err(|_| ())
            .and_then(|b| decode(&b).map_err(|_| ()))
        {
            lines.extend(text.lines().map(str::to_owned));
        }
    }
    lines
}

/// Realistic variations of one line.
fn mutate(line: &str, op: u8, at: usize, c: char) -> String {
    let cut = line
        .char_indices()
        .nth(at % (line.chars().count() + 1))
        .map_or(line.len(), |(i, _)| i);
    let (head, tail) = line.split_at(cut);
    match op % 10 {
        0 => head.to_owned(),
        1 => format!("{head}{c}{tail}"),
        2 => line.to_uppercase(),
        3 => format!("By {line}"),
        4 => format!("OSLO, May 3 (Reuters) - {line}"),
        5 => format!("'{head}'"),
        6 => format!("({line}; Editing by Ana Cruz)"),
        7 => format!("{line}  \u{a0}"),
        8 => "Share".to_owned(),
        _ => line.to_owned(),
    }
}

fn assemble(lines: &[String], picks: &[(usize, u8, usize, char, bool)]) -> String {
    let mut text = String::new();
    for &(i, op, at, c, blank) in picks {
        if let Some(line) = lines.get(i % lines.len().max(1)) {
            text.push_str(&mutate(line, op, at, c));
            text.push_str(if blank { "\n\n" } else { "\n" });
        }
    }
    text
}

fn picks() -> impl Strategy<Value = Vec<(usize, u8, usize, char, bool)>> {
    let chars = prop::sample::select(vec![
        'a', 'Z', '.', '"', '“', '”', '\'', '#', '*', '>', '-', '—', '(', ')', '/', ' ', 'é', '東',
        '\u{301}',
    ]);
    prop::collection::vec(
        (
            any::<usize>(),
            any::<u8>(),
            any::<usize>(),
            chars,
            any::<bool>(),
        ),
        0..40,
    )
}

proptest! {
    // 256 cases by default; more with PROPTEST_CASES=N.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(text) = decode(&bytes) {
            prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
            for format in [Format::Plain, Format::Markdown] {
                let a = parse(&text, format);
                check_clean(&a)?;
                if format == Format::Plain {
                    check_plain_keeps_text(&text, &a)?;
                }
            }
        }
    }

    #[test]
    fn texty_strings_keep_their_text(text in "[A-Za-z0-9 .,;:!?'\"“”‘’«»„()/#*>_=~\\-–—\u{a0}\n]{0,600}") {
        let a = parse(&text, Format::Plain);
        check_clean(&a)?;
        check_plain_keeps_text(&text, &a)?;
        let m = parse(&text, Format::Markdown);
        check_clean(&m)?;
        check_markdown_invents_nothing(&text, &m)?;
    }

    #[test]
    fn mutated_plain_fixtures_keep_their_text(p in picks()) {
        let lines = fixture_lines(Format::Plain);
        let text = assemble(&lines, &p);
        let a = parse(&text, Format::Plain);
        check_clean(&a)?;
        check_plain_keeps_text(&text, &a)?;
    }

    #[test]
    fn mutated_markdown_fixtures_invent_nothing(p in picks()) {
        let lines = fixture_lines(Format::Markdown);
        let text = assemble(&lines, &p);
        let a = parse(&text, Format::Markdown);
        check_clean(&a)?;
        check_markdown_invents_nothing(&text, &a)?;
    }
}
