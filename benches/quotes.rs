//! Throughput of `quotes::find` (pairing and speakers) on about 1 MB of
//! quote-dense text: `cargo bench --bench quotes`.

use std::hint::black_box;

use byline::article::{Block, Section};
use byline::parse::quotes::find;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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

fn fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt")
            && let Ok(t) = std::fs::read_to_string(path)
        {
            texts.push(t);
        }
    }
    texts
}

fn bench(c: &mut Criterion) {
    let texts = fixtures();
    let fixture_paragraphs: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.split("\n\n").skip(1))
        .map(str::trim)
        .collect();
    let mut g = c.benchmark_group("quotes::find");
    g.sample_size(20);
    for (label, paragraphs) in [
        ("dense quotes", PARAGRAPHS),
        ("fixture articles", &fixture_paragraphs[..]),
    ] {
        let (sections, bytes) = megabyte(paragraphs);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(label, |b| b.iter(|| find(black_box(&sections))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
