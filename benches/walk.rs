//! The folder walk (issue 19): `library::scan::scan`, which lists a folder's
//! files and stats each one (no file is opened), against a bare `read_dir` of
//! the same folder without the stats (what `find DIR -type f` does on a file
//! system that reports file types in its listings).
//!
//! Run: `cargo bench --bench walk` (10,000 empty files in a temporary folder),
//! or `BYLINE_WALK_DIR=/work/corpus100k cargo bench --bench walk` for a real
//! folder (10 samples: a 100,000-file walk takes a few hundred milliseconds).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use byline::library::scan;
use criterion::{Criterion, criterion_group, criterion_main};

/// Files in the temporary folder when no folder is given.
const N: usize = 10_000;

fn extensions() -> Vec<String> {
    ["txt", "md", "markdown", "text", "html", "htm"]
        .map(String::from)
        .to_vec()
}

/// Every regular file under `dir`, by the listing's file types alone.
fn bare(dir: &Path) -> usize {
    let mut n = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(listing) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in listing.flatten() {
            let Ok(t) = e.file_type() else {
                continue;
            };
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_file() {
                n += 1;
            }
        }
    }
    n
}

fn walk(c: &mut Criterion) {
    let Ok(tmp) = tempfile::tempdir() else {
        return;
    };
    let dir: PathBuf = if let Some(d) = std::env::var_os("BYLINE_WALK_DIR") {
        PathBuf::from(d)
    } else {
        for i in 0..N {
            if std::fs::write(tmp.path().join(format!("article-{i:05}.txt")), "").is_err() {
                return;
            }
        }
        tmp.path().to_path_buf()
    };
    let files = bare(&dir);
    let mut g = c.benchmark_group(format!("walk {files} files"));
    g.sample_size(10);
    let ext = extensions();
    let roots = [dir.clone()];
    g.bench_function("scan (list + stat)", |b| {
        b.iter(|| black_box(scan::scan(black_box(&roots), &ext)).entries.len());
    });
    g.bench_function("read_dir only", |b| b.iter(|| bare(black_box(&dir))));
    g.finish();
}

criterion_group!(benches, walk);
criterion_main!(benches);
