//! Write a deterministic corpus of generated news articles for benchmarks.
//!
//! ```text
//! cargo run --release --features test-support --example gen_corpus -- --n 10000 --out /tmp/corpus --big 1MB,20MB
//! ```
//!
//! A newsroom archive (issue 19), the 100k mode `scripts/measure.sh -s 100k` uses:
//! 100,000 articles, about 710 MB, flat in one folder.
//!
//! ```text
//! cargo run --release --features test-support --example gen_corpus -- --n 100000 --out /tmp/corpus100k
//! ```
//!
//! Files are written flat: `article-00001.txt` … (3–8 KB each), every `--markdown-every`
//! th one as `.md` with TOML front matter, every `--html-every`-th as a saved web page
//! (`.html`), and `big-1mb.txt`-style single articles (`--big-format txt,md,html`
//! writes each big size also as Markdown and as a saved web page).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Parser;

/// Generate a deterministic corpus of realistic news articles.
#[derive(Debug, Parser)]
struct Args {
    /// How many articles of 3–8 KB to write.
    #[arg(long, default_value_t = 1000)]
    n: usize,
    /// The folder to write into (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// The seed: the same seed writes the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Also write single big articles of these sizes, e.g. `1MB,20MB` (KB, MB, GB are
    /// decimal; KiB, MiB, GiB binary).
    #[arg(long, value_delimiter = ',')]
    big: Vec<String>,
    /// The formats of the big articles: `txt`, `md` (Markdown with front matter),
    /// `html` (a saved web page); e.g. `txt,md,html` writes each size three times.
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    big_format: Vec<String>,
    /// Write every k-th article as Markdown (0: none).
    #[arg(long, default_value_t = 0)]
    markdown_every: usize,
    /// Write every k-th article as a saved web page, `.html` (0: none; an
    /// article that is both is a web page).
    #[arg(long, default_value_t = 0)]
    html_every: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let started = Instant::now();
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let width = args.n.to_string().len().max(5);
    let mut total = 0usize;
    let mut markdown = 0usize;
    let mut html = 0usize;
    for i in 1..=args.n {
        let seed = byline::corpus::mix(args.seed, i as u64);
        let target = 3200 + usize::try_from(byline::corpus::mix(seed, 0) % 3800).unwrap_or(0);
        let is_markdown = args.markdown_every > 0 && i % args.markdown_every == 0;
        let is_html = args.html_every > 0 && i % args.html_every == 0;
        let (text, ext) = if is_html {
            html += 1;
            (byline::corpus::html_article(seed, target), "html")
        } else if is_markdown {
            markdown += 1;
            (byline::corpus::markdown_article(seed, target), "md")
        } else {
            (byline::corpus::article(seed, target), "txt")
        };
        let path = args.out.join(format!("article-{i:0width$}.{ext}"));
        std::fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
        total += text.len();
    }
    println!(
        "wrote {} articles ({} Markdown, {} HTML), {} bytes, to {}",
        args.n,
        markdown,
        html,
        total,
        args.out.display()
    );
    for spec in &args.big {
        let bytes = parse_size(spec)?;
        let seed = byline::corpus::mix(args.seed, bytes as u64);
        for ext in &args.big_format {
            let text = match ext.trim() {
                "txt" => byline::corpus::big_article(seed, bytes),
                "md" => byline::corpus::markdown_article(seed, bytes),
                "html" => byline::corpus::html_article(seed, bytes),
                other => bail!("unknown big format {other:?} (txt, md or html)"),
            };
            let name = format!("big-{}.{}", spec.trim().to_ascii_lowercase(), ext.trim());
            let path = args.out.join(&name);
            std::fs::write(&path, &text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!("wrote {name}, {} bytes", text.len());
            total += text.len();
        }
    }
    println!(
        "total {} bytes in {:.2} s",
        total,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `1MB` → 1,000,000; `512KiB` → 524,288; a bare number is bytes.
fn parse_size(spec: &str) -> Result<usize> {
    let spec = spec.trim();
    let digits = spec
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(spec.len());
    let (number, unit) = spec.split_at(digits);
    let number: usize = number
        .parse()
        .with_context(|| format!("not a size: {spec:?}"))?;
    let factor: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "mb" | "m" => 1_000_000,
        "gb" | "g" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => bail!("unknown size unit {other:?} in {spec:?}"),
    };
    number
        .checked_mul(factor)
        .with_context(|| format!("size too large: {spec:?}"))
}
