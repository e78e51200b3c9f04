use super::words::{MONTHS_DE, MONTHS_FR};
use super::{article, big_article, markdown_article};

fn has_control_chars(text: &str) -> bool {
    text.chars().any(|c| c.is_control() && c != '\n')
}

#[test]
fn same_seed_same_text() {
    for seed in [0, 1, 42, u64::MAX] {
        assert_eq!(article(seed, 5000), article(seed, 5000));
        assert_eq!(markdown_article(seed, 5000), markdown_article(seed, 5000));
    }
    assert_eq!(big_article(3, 200_000), big_article(3, 200_000));
}

#[test]
fn different_seeds_differ() {
    assert_ne!(article(1, 5000), article(2, 5000));
    assert_ne!(markdown_article(1, 5000), markdown_article(2, 5000));
}

#[test]
fn sizes_stay_near_the_target() {
    for seed in 0..300 {
        let target = 3200 + (usize::try_from(seed).unwrap() * 13) % 3800;
        let text = article(seed, target);
        assert!(
            (3000..=8000).contains(&text.len()),
            "seed {seed}: target {target}, got {}",
            text.len()
        );
        assert!(text.len() + 400 >= target, "seed {seed}: too short");
        let md = markdown_article(seed, target);
        assert!(
            (3000..=8500).contains(&md.len()),
            "seed {seed}: md {}",
            md.len()
        );
    }
}

#[test]
fn big_articles_reach_their_size() {
    let text = big_article(9, 1_000_000);
    assert!(
        (995_000..=1_005_000).contains(&text.len()),
        "{}",
        text.len()
    );
    // Many sections: one every few kilobytes.
    assert!(text.matches("\n\n").count() > 500);
}

#[test]
fn tiny_targets_still_make_whole_articles() {
    let text = article(5, 0);
    assert!(text.len() > 300);
    assert!(text.ends_with('\n'));
}

#[test]
fn no_control_characters() {
    for seed in 0..200 {
        assert!(!has_control_chars(&article(seed, 4000)), "seed {seed}");
        assert!(
            !has_control_chars(&markdown_article(seed, 4000)),
            "seed {seed}"
        );
    }
}

#[test]
fn the_corpus_has_datelines_of_every_house_style() {
    let all: String = (0..200).map(|seed| article(seed, 3000)).collect();
    for style in [". /", "/. ", ") - ", ") — "] {
        assert!(all.contains(style), "no dateline like {style:?}");
    }
    let german = MONTHS_DE.iter().any(|m| all.contains(&format!(". {m}. ")));
    let french = MONTHS_FR.iter().any(|m| all.contains(&format!(" {m}. ")));
    assert!(german && french, "no dateline with a German or French date");
}

#[test]
fn the_corpus_has_quotes_of_every_kind() {
    let all: String = (0..200).map(|seed| article(seed, 5000)).collect();
    for needle in [
        "\" said ",
        "” said ",
        "’ said ",
        " said.",
        "she said.",
        "he said.",
        "called it ",
        "warned that ",
        "according to",
        "„",
        "‚",
        "«\u{202f}",
        "'90s",
        "’90s",
        "rock 'n' roll",
        "’s ",
    ] {
        assert!(all.contains(needle), "no {needle:?} in the corpus");
    }
}

#[test]
fn the_corpus_has_subheadings_separators_and_trailers() {
    let all: String = (0..200).map(|seed| article(seed, 5000)).collect();
    for needle in [
        "\n\n* * *\n\n",
        "\n\n___\n\n",
        "\n\nWHAT ",
        "\n\nBy ",
        " Correspondent\n\n",
        "(Reporting by ",
        " contributed to this report.",
        "All rights reserved.",
    ] {
        assert!(all.contains(needle), "no {needle:?} in the corpus");
    }
}

#[test]
fn multi_paragraph_quotes_close_only_at_the_end() {
    let text: String = (0..100).map(|seed| article(seed, 6000)).collect();
    let intro = text.find("put it this way:\n\n").expect("a long quote");
    let rest = &text[intro..];
    let paragraphs: Vec<&str> = rest.split("\n\n").skip(1).take(2).collect();
    let first = paragraphs[0];
    let opening = first.chars().next().unwrap();
    assert!(matches!(opening, '"' | '“' | '‘'), "{first}");
    let closing = first.chars().last().unwrap();
    assert_eq!(
        closing, '.',
        "the first of several quoted paragraphs stays open: {first}"
    );
}

#[test]
fn markdown_has_front_matter_and_headings() {
    let md = markdown_article(11, 6000);
    assert!(md.starts_with("+++\ntitle = \""));
    assert!(md.contains("\ndate = 2026-"));
    assert!(md.contains("\ntags = [\""));
    assert!(md.contains("\n+++\n\n"));
    assert!(md.contains("\n\n## "));
    let all: String = (0..100).map(|seed| markdown_article(seed, 5000)).collect();
    for needle in ["\n\n> ", "\n- ", "](https://example.org/", " pages*."] {
        assert!(all.contains(needle), "no {needle:?} in the Markdown corpus");
    }
}

#[test]
fn markdown_front_matter_is_valid_toml() {
    for seed in 0..50 {
        let md = markdown_article(seed, 3000);
        let body = md.strip_prefix("+++\n").unwrap();
        let end = body.find("\n+++\n").unwrap();
        let table: toml::Table = toml::from_str(&body[..end]).unwrap();
        assert!(table.contains_key("title") && table.contains_key("date"));
    }
}

#[test]
fn a_generated_page_reads_as_the_article_it_was_made_from() {
    use crate::article::Format;
    for seed in 0..12 {
        let page = super::html_article(seed, 4000);
        let plain = crate::parse::parse(&article(seed, 4000), Format::Plain);
        let read = crate::parse::parse_bytes(page.as_bytes(), Format::Html).unwrap();
        assert_eq!(read.meta.title, plain.meta.title, "seed {seed}");
        assert_eq!(read.meta.date, plain.meta.date, "seed {seed}");
        let paragraphs =
            |a: &crate::article::Article| a.sections.iter().map(|s| s.blocks.len()).sum::<usize>();
        assert!(paragraphs(&read) + 2 >= paragraphs(&plain), "seed {seed}");
        let cut = page.len().min(crate::library::load::HEAD_BYTES);
        let head = crate::parse::parse_html_head(&page.as_bytes()[..cut]);
        assert_eq!(head.title, read.meta.title, "seed {seed}");
        assert_eq!(head.date, read.meta.date, "seed {seed}");
        assert_eq!(head.source, read.meta.source, "seed {seed}");
    }
}
