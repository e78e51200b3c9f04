//! The heads cache of a newsroom archive (issue 19): `heads cache 10k` and
//! `heads cache 100k`, each with
//! - `encode`: the whole file's bytes from the library (the list's order),
//! - `first chunk`: the file read and checked, and the entries of its first
//!   chunk (a screenful: what the first frame with titles waits for),
//! - `load`: the file read and every entry decoded (the whole list).
//!
//! The entries are files under a folder that does not exist: the cache only
//! records paths, versions and heads.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::SystemTime;

use byline::article::Format;
use byline::library::cache::{self, Snapshot};
use byline::library::{Entry, Library, Source, load};
use criterion::Criterion;

/// `n` file entries with heads, as a library fully read has them.
fn library(n: usize, root: &std::path::Path) -> Result<Library, String> {
    let now = SystemTime::now();
    let entries = (0..n)
        .map(|i| {
            let head = load::head(&Source::Embedded(super::text(i)), Format::Plain)
                .map_err(|e| e.to_string())?;
            let path = PathBuf::from(format!("article-{i:06}.txt"));
            let mut e = Entry::new(path.clone(), Source::File(root.join(path)), 4000);
            e.modified = Some(now);
            e.meta = Some(head.meta);
            e.hash = Some(head.hash);
            Ok(e)
        })
        .collect::<Result<_, String>>()?;
    Ok(Library {
        entries,
        label: "archive".into(),
        ..Library::default()
    })
}

pub fn heads_cache(c: &mut Criterion) {
    for (n, name) in [(10_000, "heads cache 10k"), (100_000, "heads cache 100k")] {
        if let Err(e) = group(c, n, name) {
            eprintln!("{name} skipped: {e}");
        }
    }
}

fn group(c: &mut Criterion, n: usize, name: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let roots = vec![dir.path().join("archive")];
    let lib = library(n, &roots[0])?;
    let order: Vec<usize> = (0..n).rev().collect();
    let bytes = cache::encode(&lib, &roots, &order, None).ok_or("no binary stamp")?;
    eprintln!("{name}: {} bytes", bytes.len());
    cache::write(dir.path(), &roots, &bytes).map_err(|e| e.to_string())?;
    Snapshot::read(dir.path(), &roots).ok_or("the cache is not read back")?;
    let mut g = c.benchmark_group(name);
    g.sample_size(10);
    g.bench_function("encode", |b| {
        b.iter(|| cache::encode(black_box(&lib), &roots, &order, None).map(|v| v.len()));
    });
    g.bench_function("first chunk", |b| {
        b.iter(|| Snapshot::read(dir.path(), &roots).map(|mut s| s.first().len()));
    });
    g.bench_function("load", |b| {
        b.iter(|| {
            Snapshot::read(dir.path(), &roots).map(|mut s| s.first().len() + s.rest().entries.len())
        });
    });
    g.finish();
    Ok(())
}
