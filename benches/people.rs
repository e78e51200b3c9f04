//! Opening People on a library of 10,000 generated articles once the people
//! index exists (issue 16: under 100 ms): `people::gather::gather` with every
//! file unchanged since the index was written (each file is stat'ed, none is
//! read), which includes building the people from the records.
//!
//! The articles are the benchmark corpus (`byline::corpus`, 3–8 KB each, every
//! tenth Markdown, as `examples/gen_corpus.rs` writes them), in a temporary
//! folder, with the index in a temporary cache folder. Setup writes the files
//! and gathers once with an empty cache (the first build, timed once and
//! printed).
//!
//! Run: `cargo bench --features test-support --bench people`. Groups (`people 10k`):
//! - `gather, index warm (+ build)`: the people with their quotations (phase
//!   2 of opening People warm, in the background).
//! - `warm summary (stat + summary read)`: phase 1, what the list waits for
//!   (`people::gather::summary_only`: every file stat'ed, the summary read).
//! - `build from records`: the build alone, from the records in memory.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use byline::article::Format;
use byline::library::{Source, load};
use byline::people::gather::{gather, summary_only};
use byline::people::{Quoted, build_from};
use criterion::{Criterion, criterion_group, criterion_main};

const N: u64 = 10_000;

/// Write the corpus into `dir`: its sources, as the library lists them.
fn corpus(dir: &Path) -> std::io::Result<Articles> {
    (1..=N)
        .map(|i| {
            let (text, ext) = byline::corpus::library_article(i, 10);
            let path = dir.join(format!("article-{i:05}.{ext}"));
            std::fs::write(&path, text)?;
            let format = Format::from_path(&path);
            Ok((Source::File(path), format))
        })
        .collect()
}

/// The library's articles, as `gather` takes them.
type Articles = Vec<(Source, Format)>;

/// Two temporary folders (articles, cache) and the corpus written in the first.
fn setup() -> std::io::Result<(tempfile::TempDir, tempfile::TempDir, Articles)> {
    let dir = tempfile::tempdir()?;
    let cache = tempfile::tempdir()?;
    let articles = corpus(dir.path())?;
    Ok((dir, cache, articles))
}

fn people(c: &mut Criterion) {
    let (_dir, cache, articles) = match setup() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot write the corpus: {e}");
            return;
        }
    };

    let started = Instant::now();
    let mut read = 0;
    let first = gather(&articles, Some(cache.path()), &mut |done, _| read = done);
    println!(
        "first build: {read} files read in {:.2?}; {} people, {} quotations; index {} bytes",
        started.elapsed(),
        first.people.len(),
        first
            .people
            .iter()
            .map(|p| p.quotations.len())
            .sum::<usize>(),
        std::fs::read_dir(cache.path())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.metadata().map_or(0, |m| m.len()))
            .sum::<u64>(),
    );

    let mut g = c.benchmark_group("people 10k");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("gather, index warm (+ build)", |b| {
        b.iter(|| {
            let got = gather(black_box(&articles), Some(cache.path()), &mut |_, _| {
                unreachable!("nothing is read with a warm index");
            });
            assert_eq!(got.people.len(), first.people.len());
            got
        });
    });
    // Phase 1 of opening People warm: stat every file, read the summary.
    g.bench_function("warm summary (stat + summary read)", |b| {
        b.iter(|| {
            let got = summary_only(black_box(&articles), cache.path());
            assert_eq!(got.map(|g| g.people.len()), Some(first.people.len()));
        });
    });
    let records: Vec<Quoted> = articles
        .iter()
        .filter_map(|(s, f)| load::full(s, *f).ok())
        .map(|a| Quoted::of(&a))
        .collect();
    g.bench_function("build from records", |b| {
        b.iter(|| build_from(black_box(&records).iter().enumerate()));
    });
    g.finish();
}

criterion_group!(benches, people);
criterion_main!(benches);
