//! Saved web pages (issue 17): the list's head pass on generated pages (the
//! `<head>`'s JSON-LD and meta tags from the first 8 KB, no reader view) beside
//! the same articles as text, and the whole extraction (encoding, metadata,
//! reader view, Markdown, the parser) of one page beside parsing its text.
//!
//! Run: `cargo bench --features test-support --bench html`. Groups (`html`):
//! - `head pass, 1000 pages` / `head pass, 1000 texts`: `load::head` on each;
//!   `…: front matter alone`: `html::head_document` (no Markdown parse, no hash).
//! - `extract + parse, one page` / `parse, the same text`: one article of ~5 KB.

use std::hint::black_box;

use byline::article::Format;
use byline::library::{Source, load};
use criterion::{Criterion, criterion_group, criterion_main};

const N: u64 = 1000;

fn leak(text: String) -> &'static [u8] {
    Box::leak(text.into_bytes().into_boxed_slice())
}

fn bench(c: &mut Criterion) {
    let pages: Vec<Source> = (0..N)
        .map(|s| Source::Embedded(leak(byline::corpus::html_article(s, 5000))))
        .collect();
    let texts: Vec<Source> = (0..N)
        .map(|s| Source::Embedded(leak(byline::corpus::article(s, 5000))))
        .collect();
    let mut g = c.benchmark_group("html");
    g.sample_size(20);
    g.bench_function("head pass, 1000 pages", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(load::head(p, Format::Html).ok());
            }
        });
    });
    let heads: Vec<&[u8]> = pages
        .iter()
        .map(|p| match p {
            Source::Embedded(b) => &b[..b.len().min(load::HEAD_BYTES)],
            Source::File(_) => &[][..],
        })
        .collect();
    g.bench_function("head pass, 1000 pages: front matter alone", |b| {
        b.iter(|| {
            for h in &heads {
                black_box(byline::html::head_document(h));
            }
        });
    });
    g.bench_function("head pass, 1000 texts", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(load::head(t, Format::Plain).ok());
            }
        });
    });
    let page = byline::corpus::html_article(7, 5000);
    let text = byline::corpus::article(7, 5000);
    g.bench_function("extract + parse, one page", |b| {
        b.iter(|| black_box(byline::parse::parse_bytes(page.as_bytes(), Format::Html)));
    });
    g.bench_function("parse, the same text", |b| {
        b.iter(|| black_box(byline::parse::parse_bytes(text.as_bytes(), Format::Plain)));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
