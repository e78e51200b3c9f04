//! The cost of one head (what the list reads of each file on a first run):
//! `library::load::head_in` over the first 8 KB of every file in a folder,
//! held in memory, on one thread; the best of REPS passes, in ns per head.
//!
//! ```text
//! cargo build --release --example head_cost
//! target/release/examples/head_cost DIR [REPS]
//! ```
//!
//! Timings on a shared 2-core machine move by a third between runs; the
//! instructions do not. docs/performance.md counts them with valgrind, over
//! 1,000 generated articles, from the difference of 3 passes and 1 (which
//! takes out reading the folder):
//!
//! ```text
//! valgrind --tool=lackey --basic-counts=yes target/release/examples/head_cost DIR 3
//! ```

use std::time::Instant;

use anyhow::{Context, Result};
use byline::article::Format;
use byline::library::{Source, load};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().context("usage: head_cost DIR [REPS]")?;
    let reps: usize = args.next().map_or(Ok(5), |r| r.parse())?;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot list {dir}"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    paths.sort();
    let mut heads = Vec::with_capacity(paths.len());
    for path in paths.iter().filter(|p| p.is_file()) {
        let mut bytes = std::fs::read(path)?;
        bytes.truncate(load::HEAD_BYTES);
        // Leaked: a head in memory is an embedded source, as a sample is.
        heads.push(Source::Embedded(Box::leak(bytes.into_boxed_slice())));
    }
    let mut buf = Vec::new();
    let mut best = f64::MAX;
    let mut titles = 0usize;
    for _ in 0..reps {
        let started = Instant::now();
        for source in &heads {
            let head = load::head_in(source, Format::Plain, &mut buf);
            titles += head.map_or(0, |h| usize::from(!h.meta.title.is_empty()));
        }
        let took = started.elapsed().as_secs_f64() * 1e9;
        let n = u32::try_from(heads.len()).unwrap_or(u32::MAX).max(1);
        best = best.min(took / f64::from(n));
    }
    println!(
        "{best:.0} ns per head, best of {reps} passes over {} files ({titles} titles)",
        heads.len()
    );
    Ok(())
}
