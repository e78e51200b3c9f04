//! The full-text index (issue 19): a query answered from the index, and the
//! index build's throughput.
//!
//! The articles are the benchmark corpus (`byline::corpus`, 3–8 KB each, every
//! tenth Markdown, as `examples/gen_corpus.rs` writes them), `FULLTEXT_N` of
//! them (default 10,000; 100,000 for the size, a few minutes of
//! setup), in a temporary folder, the index in another; or, with
//! `FULLTEXT_DIR=/work/corpus100k`, the files of a corpus already written
//! (only read). Setup builds the index once (timed and printed: the build's
//! throughput and the index's size).
//!
//! Run: `cargo bench --features test-support --bench fulltext`. Group
//! `fulltext N`:
//! - `candidates Q`: the index lookup alone ([`Ready::candidates`], as ctrl-f
//!   asks it), for each of [`QUERIES`];
//! - `search Q`: lookup, then each candidate read and matched with snippets,
//!   as ctrl-f does with the index ready (one thread here; ctrl-f reads on up
//!   to four).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use byline::article::Format;
use byline::fulltext::update::{File, nanos, sync};
use byline::fulltext::{Ready, store};
use byline::library::{Source, load};
use byline::search::terms::Terms;
use criterion::{Criterion, criterion_group, criterion_main};

fn n() -> u64 {
    std::env::var("FULLTEXT_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// Write the corpus into `dir`: its files, as the index takes them.
fn corpus(dir: &Path, n: u64) -> std::io::Result<Vec<File>> {
    (1..=n)
        .map(|i| {
            let (text, ext) = byline::corpus::library_article(i, 10);
            let path = dir.join(format!("article-{i:06}.{ext}"));
            std::fs::write(&path, text)?;
            let md = std::fs::metadata(&path)?;
            Ok(File::new(
                path.clone(),
                Format::from_path(&path),
                md.len(),
                nanos(md.modified().ok()),
            ))
        })
        .filter_map(Result::transpose)
        .collect()
}

/// The queries looked up: a place in ~3% of articles, a word (as written,
/// capitalised) in ~1% (its folded form in ~4%), a phrase and a speaker.
const QUERIES: [&str; 3] = ["tartu", "Driverless", "\"harbour master\" speaker:hollis"];

/// The files of a corpus already written (`FULLTEXT_DIR`, read only), in
/// name order.
fn existing(dir: &Path) -> std::io::Result<Vec<File>> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let path = e?.path();
        let md = std::fs::metadata(&path)?;
        if md.is_file() {
            files.extend(File::new(
                path.clone(),
                Format::from_path(&path),
                md.len(),
                nanos(md.modified().ok()),
            ));
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

#[allow(clippy::cast_precision_loss)]
fn fulltext(c: &mut Criterion) {
    let n = n();
    let (Ok(dir), Ok(cache)) = (tempfile::tempdir(), tempfile::tempdir()) else {
        eprintln!("no temporary folder");
        return;
    };
    let files = match std::env::var_os("FULLTEXT_DIR") {
        Some(d) => existing(Path::new(&d)),
        None => corpus(dir.path(), n),
    };
    let Ok(files) = files else {
        eprintln!("corpus not written or read");
        return;
    };
    let n = files.len();
    let at = cache.path().join("index");
    let Ok((index, fields)) = store::open(&at, "bench") else {
        eprintln!("index not opened");
        return;
    };
    let t = Instant::now();
    if sync(&index, &fields, &files, &|| false, &mut |_, _| {}).is_err() {
        eprintln!("index not built");
        return;
    }
    let took = t.elapsed();
    let bytes: u64 = std::fs::read_dir(&at).map_or(0, |d| {
        d.flatten()
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum()
    });
    let rate = n as f64 / took.as_secs_f64();
    eprintln!(
        "fulltext {n}: index built in {took:.2?} ({rate:.0} articles/s), {:.1} MB",
        bytes as f64 / 1e6
    );
    let Ok(reader) = index.reader() else { return };
    let entries = files.iter().enumerate().map(|(i, f)| (f.key, i)).collect();
    let t = Instant::now();
    let Ok(ready) = Ready::new(reader.searcher(), fields, &entries, Vec::new()) else {
        eprintln!("index not read");
        return;
    };
    eprintln!("fulltext {n}: keys read in {:.2?}", t.elapsed());
    let mut g = c.benchmark_group(format!("fulltext {n}"));
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    for q in QUERIES {
        let Some(terms) = Terms::parse(q) else {
            continue;
        };
        g.bench_function(format!("candidates {q:?}"), |b| {
            b.iter(|| black_box(ready.candidates(&terms).ok()));
        });
    }
    for q in ["tartu", "Driverless"] {
        let Some(terms) = Terms::parse(q) else {
            continue;
        };
        g.bench_function(format!("search {q:?}"), |b| {
            b.iter(|| search(&ready, &files, &terms));
        });
    }
    g.finish();
}

/// Candidates read and matched, as ctrl-f with the index: the hits.
fn search(ready: &Ready, files: &[File], terms: &Terms) -> usize {
    let Ok(Some(found)) = ready.candidates(terms) else {
        return 0;
    };
    found
        .into_iter()
        .filter_map(|(i, _)| {
            let file = files.get(i)?;
            let text = load::text(&Source::File(file.path.clone()), file.format).ok()?;
            terms
                .in_text(&text)
                .then(|| black_box(byline::loader::snippet_of(&text, terms)))
        })
        .count()
}

criterion_group!(benches, fulltext);
criterion_main!(benches);
