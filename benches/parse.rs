//! Parse throughput on a deterministic, generated corpus of realistic articles:
//! plain text (kicker, headline, standfirst, byline, dateline, subheadings,
//! quotations, trailers) and Markdown (front matter, headings, lists, quotes,
//! emphasis, links). `cargo bench --bench parse` reports MB/s.

use std::fmt::Write as _;
use std::hint::black_box;

use byline::article::Format;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// A small deterministic generator (64-bit LCG).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.next() % items.len().max(1))
            .copied()
            .unwrap_or("")
    }
}

const WORDS: &[&str] = &[
    "harbour",
    "council",
    "ferry",
    "winter",
    "residents",
    "minister",
    "said",
    "on",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "budget",
    "rail",
    "workers",
    "storm",
    "museum",
    "library",
    "town",
    "plan",
    "would",
    "which",
    "after",
    "before",
    "their",
    "officials",
    "week",
    "report",
    "new",
];
const PLACES: &[&str] = &[
    "LONDON",
    "PARIS, May 3",
    "OMSK, June 9.",
    "WASHINGTON",
    "BERGEN, Norway",
    "LYON, 15 mars.",
];
const AGENCIES: &[&str] = &["(Reuters) -", "/TASS/.", "(AP) —", ""];
const NAMES: &[&str] = &["Jane Doe", "Max Roe", "Ana Cruz", "Li Wei", "Ruth Okafor"];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        let w = rng.pick(WORDS);
        if i == 0 {
            let mut c = w.chars();
            s.extend(c.next().map(|c| c.to_ascii_uppercase()));
            s.push_str(c.as_str());
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s
}

fn paragraph(rng: &mut Rng) -> String {
    let mut p = String::new();
    for _ in 0..2 + rng.next() % 3 {
        if rng.next().is_multiple_of(4) {
            let n = 8 + rng.next() % 8;
            let quote = sentence(rng, n);
            let _ = write!(p, "“{quote},” said {}. ", rng.pick(NAMES));
        } else {
            let n = 10 + rng.next() % 15;
            p.push_str(&sentence(rng, n));
            p.push_str(". ");
        }
    }
    p.trim_end().to_owned()
}

fn plain_article(rng: &mut Rng) -> String {
    let mut a = format!(
        "World\n{}\n{}\nBy {}\n\n{} {} {}\n\n",
        sentence(rng, 9),
        sentence(rng, 14),
        rng.pick(NAMES),
        rng.pick(PLACES),
        rng.pick(AGENCIES),
        paragraph(rng)
    );
    for _ in 0..4 {
        for _ in 0..3 {
            a.push_str(&paragraph(rng));
            a.push_str("\n\n");
        }
        a.push_str(&sentence(rng, 3));
        a.push_str("\n\n");
    }
    let _ = writeln!(
        a,
        "(Reporting by {}; Editing by {})",
        rng.pick(NAMES),
        rng.pick(NAMES)
    );
    a
}

fn markdown_article(rng: &mut Rng) -> String {
    let mut a = format!(
        "---\ntitle: {}\nauthor: {}\ndate: 2026-03-14\ntags: [news, local]\n---\n\n",
        sentence(rng, 8),
        rng.pick(NAMES)
    );
    for _ in 0..4 {
        let _ = write!(a, "## {}\n\n", sentence(rng, 3));
        for _ in 0..3 {
            a.push_str(&paragraph(rng).replacen(" the ", " *the* ", 1).replacen(
                " plan ",
                " [plan](https://example.org/p) ",
                1,
            ));
            a.push_str("\n\n");
        }
        let _ = write!(
            a,
            "- {}\n- **{}**\n\n> {}\n\n",
            sentence(rng, 6),
            sentence(rng, 4),
            paragraph(rng)
        );
    }
    a
}

fn corpus(make: fn(&mut Rng) -> String, bytes: usize) -> Vec<String> {
    let mut rng = Rng(0x5eed);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let a = make(&mut rng);
        total += a.len();
        out.push(a);
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for (name, format, make) in [
        (
            "plain",
            Format::Plain,
            plain_article as fn(&mut Rng) -> String,
        ),
        ("markdown", Format::Markdown, markdown_article),
    ] {
        let articles = corpus(make, 2 << 20);
        let bytes: usize = articles.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(u64::try_from(bytes).unwrap_or(u64::MAX)));
        group.bench_function(name, |b| {
            b.iter(|| {
                for a in &articles {
                    black_box(byline::parse::parse(black_box(a), format));
                }
            });
        });
    }
    group.finish();
}

/// One article of `bytes` whose every paragraph holds an attributed quotation,
/// with a description to resolve (`the spokesman said`) in every third one.
fn quoted_article(bytes: usize) -> String {
    let mut rng = Rng(7);
    let mut out = String::from("Quotations all the way down\n\n");
    let mut i = 0;
    while out.len() < bytes {
        let who = if i % 3 == 0 {
            "the spokesman"
        } else {
            rng.pick(NAMES)
        };
        let _ = write!(
            out,
            "{} \"{}, {},\" said {who}. {}\n\n",
            sentence(&mut rng, 12),
            sentence(&mut rng, 9).trim_end_matches('.'),
            i,
            sentence(&mut rng, 8)
        );
        i += 1;
    }
    out
}

/// Parse time per byte must not grow with the article: MB/s at 1, 10 and 100 MB.
fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse quoted paragraphs");
    group.sample_size(10);
    for mb in [1, 10, 100] {
        let article = quoted_article(mb << 20);
        group.throughput(Throughput::Bytes(
            u64::try_from(article.len()).unwrap_or(u64::MAX),
        ));
        group.bench_function(format!("{mb} MB"), |b| {
            b.iter(|| black_box(byline::parse::parse(black_box(&article), Format::Plain)));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench, scaling
}
criterion_main!(benches);
