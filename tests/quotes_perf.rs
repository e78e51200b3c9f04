//! Throughput of `quotes::find` on about 1 MB of quote-heavy text. Ignored by default:
//! `CARGO_PROFILE_DEV_OPT_LEVEL=3 cargo test --test quotes_perf -- --ignored --nocapture`.

use std::time::Instant;

use byline::article::{Block, Section};
use byline::parse::quotes::find;

const PARAGRAPHS: &[&str] = &[
    "Mayor Ellen Marsh opened the new ferry terminal on Tuesday, two years after the old one burned down in a winter storm that also took the fish market's roof.",
    "\"This boat is the heart of the town,\" said Mayor Ellen Marsh, who cast the deciding vote. \"Nobody here wanted to lose it, and it's still sound.\"",
    "Critics called the decision “sentimental” and warned that repairs would cost more each year; the officials' report put the figure at 2.4 million.",
    "„Das ist ein guter Tag für alle“, sagte Bürgermeisterin Katrin Vogel. Sie betonte: „Wir haben zugehört und die ‚Route‘ geändert.“",
    "« Nous ne pouvons plus absorber ces hausses », a déclaré Hélène Marchand, présidente de l'association locale des boulangers de la ville.",
    "‘She told me “the dough decides when it’s ready” and walked off,’ Carey said. ‘It took me a year to understand her.’",
    "運営する山田花子さんは「子どもたちが『安心して』過ごせる場所を作りたかった」と話した。",
    "The shop survived the '90s slump and played rock 'n' roll 'til dawn, O'Brien recalled, with a 12\" single on repeat.",
];

/// About 1 MB of sections made of `paragraphs`, over and over.
fn megabyte(paragraphs: &[&str]) -> (Vec<Section>, usize) {
    let mut sections = Vec::new();
    let mut bytes = 0;
    while bytes < 1_000_000 {
        let blocks: Vec<Block> = paragraphs.iter().map(|p| Block::paragraph(*p)).collect();
        bytes += blocks.iter().map(|b| b.text.len()).sum::<usize>();
        sections.push(Section {
            heading: Some("Next".into()),
            blocks,
        });
    }
    (sections, bytes)
}

#[test]
#[ignore = "timing, run by hand"]
fn find_runs_at_a_useful_speed() {
    let (sections, bytes) = megabyte(PARAGRAPHS);
    time("dense quotes", &sections, bytes);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(path).unwrap());
        }
    }
    let paragraphs: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.split("\n\n").skip(1))
        .map(str::trim)
        .collect();
    let (sections, bytes) = megabyte(&paragraphs);
    time("fixture articles", &sections, bytes);
}

fn time(label: &str, sections: &[Section], bytes: usize) {
    let runs = 5;
    let start = Instant::now();
    let mut quotes = 0;
    for _ in 0..runs {
        quotes += find(sections).len();
    }
    let secs = start.elapsed().as_secs_f64() / f64::from(runs);
    let mb = f64::from(u32::try_from(bytes).unwrap_or(u32::MAX)) / 1e6;
    println!(
        "{label}: {mb:.2} MB, {} quotes: {:.1} MB/s",
        quotes / 5,
        mb / secs
    );
}
