//! Reader benchmarks (issue 8, fast at any size), library level, no terminal and
//! no disk: what `scripts/measure.sh` times end to end, in parts.
//!
//! Run: `cargo bench --features test-support --bench reader` (or `-- heads`,
//! `-- search`...; the feature brings the corpus generator, `byline::corpus`). Groups:
//! - `layout 1 MB`: `doc::build` of a 1 MB article at 80 columns.
//! - `key to frame, 1 MB article`: one action applied to a `State` holding a 1 MB
//!   article, then the whole screen rendered into a 120x40 `TestBackend`: what the
//!   event loop does per key.
//! - `heads 10k` ([`heads`]): the list's heads of 10,000 generated articles (8 KB
//!   prefixes, in memory): decoding only, and decode + `parse_head` + hash as
//!   `library::load::head` does (one core; byline spreads it over workers).
//! - `list 10k` ([`list`]): `State::new` (scan order) for 10,000 entries; one batch
//!   of 256 heads arriving in a full list (`heads_loaded`: the re-sort the UI
//!   thread does per batch); `sort::order` of 10,000 entries with titles and dates.
//! - `search 10k` ([`search`]): the full-text search of 10,000 articles (~50 MB)
//!   held in memory: an ASCII lower-case query, a capitalised (case-sensitive) one,
//!   a non-ASCII one; and `load::text` (copy + decode) + snippet, as
//!   `loader::search_all` does per file (without the disk).
//! - `open 20 MB` ([`open_big`]): the first frame of a 20 MB article: parse (decode
//!   + structure + quotations), `doc::build`, and `article_loaded` + render.
//! - `folder 10k` ([`folder`]): the one group on disk (a temporary folder of the
//!   10,000 articles): `scan` (directory listing, one stat per file, the sort), and
//!   reading the heads cache for them and applying it.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;

use byline::action::Action;
use byline::article::Format;
use byline::config::Config;
use byline::doc::{self, BuildOptions};
use byline::library::{Entry, Library, Source};
use byline::state::{Effect, Settings, State, update};
use byline::ui::View;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const W: u16 = 120;
const H: u16 = 40;

fn big() -> Arc<byline::article::Article> {
    let text = byline::corpus::big_article(7, 1 << 20);
    Arc::new(byline::parse::parse(&text, Format::Plain))
}

/// The layout of `article` at 80 columns, default options.
fn build_at_80(article: &byline::article::Article) -> doc::Doc {
    doc::build(
        article,
        BuildOptions {
            width: 80,
            ..BuildOptions::default()
        },
    )
}

/// One frame of the whole screen, as the event loop draws it.
fn draw(term: &mut Terminal<TestBackend>, state: &State, config: &Config) {
    term.draw(|f| f.render_widget(&View { state, config }, f.area()))
        .unwrap();
}

/// A library of one 1 MB file, its article not read yet, the viewport set.
fn empty_state(config: &Config) -> State {
    let lib = Library {
        entries: vec![Entry::new(
            PathBuf::from("big.txt"),
            Source::Embedded(b""),
            1 << 20,
        )],
        label: "bench".into(),
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    let areas = View { state: &s, config }.areas(ratatui::layout::Rect::new(0, 0, W, H));
    s.set_viewport(areas.viewport());
    s
}

/// [`empty_state`] with `article` read, opened and laid out.
fn state(config: &Config, article: &Arc<byline::article::Article>) -> State {
    let mut s = empty_state(config);
    s.article_loaded(0, Ok(Arc::clone(article)));
    update(&mut s, Action::Open);
    // A huge article is laid out off the UI thread: do what the app does with
    // the request, so that the keys below move through a laid-out article.
    for effect in s.take_effects() {
        if let Effect::Layout {
            entry,
            article,
            opts,
        } = effect
        {
            let built = doc::build(&article, opts);
            s.doc_built(entry, opts, built);
        }
    }
    assert!(s.reader.doc().is_some(), "the article is laid out");
    s
}

fn layout(c: &mut Criterion) {
    let article = big();
    let mut g = c.benchmark_group("layout 1 MB");
    g.sample_size(20);
    g.bench_function("build + wrap at 80 columns", |b| {
        b.iter(|| build_at_80(black_box(&article)));
    });
    g.finish();
}

fn keys(c: &mut Criterion) {
    let config = Config::builtin();
    let article = big();
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    let mut g = c.benchmark_group("key to frame, 1 MB article");
    for (name, actions) in [
        ("j (line down)", &[Action::Down][..]),
        ("space (page down)", &[Action::PageDown]),
        ("] (next section)", &[Action::NextSection]),
        ("\" (quote mode on)", &[Action::ToggleQuotes]),
        ("} (next quotation)", &[Action::NextQuote]),
        ("G (end)", &[Action::Bottom]),
    ] {
        let mut s = state(&config, &article);
        g.bench_function(name, |b| {
            b.iter(|| {
                for a in actions {
                    update(&mut s, *a);
                }
                draw(&mut term, &s, &config);
                // Back to where it was, so every iteration does the same work.
                if s.reader.scroll + 2 * usize::from(H) > s.reader.len() {
                    update(&mut s, Action::Top);
                }
            });
        });
    }
    g.finish();
}

const N: usize = 10_000;

/// 10,000 generated articles of 3.2-7 KB (like `examples/gen_corpus.rs`), made
/// once and shared by the groups.
fn corpus() -> &'static [String] {
    static CORPUS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        (0..N as u64)
            .map(|i| {
                let seed = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5DEE_CE66;
                let size = 3200 + usize::try_from(seed % 3800).unwrap_or(0);
                byline::corpus::article(seed, size)
            })
            .collect()
    })
}

fn heads(c: &mut Criterion) {
    let texts = corpus();
    let prefixes: Vec<&'static [u8]> = texts
        .iter()
        .map(|t| &t.as_bytes()[..t.len().min(byline::library::load::HEAD_BYTES)])
        .collect();
    let mut g = c.benchmark_group("heads 10k");
    g.sample_size(10);
    g.bench_function("decode 8 KB prefixes", |b| {
        b.iter(|| {
            for p in &prefixes {
                let _ = black_box(byline::parse::decode(p));
            }
        });
    });
    g.bench_function("load::head (decode + parse_head + hash)", |b| {
        b.iter(|| {
            for p in &prefixes {
                let source = Source::Embedded(black_box(*p));
                let _ = black_box(byline::library::load::head(&source, Format::Plain));
            }
        });
    });
    g.finish();
}

fn entries_with_heads(texts: &'static [String]) -> Vec<(usize, byline::library::load::Head)> {
    texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let head = byline::library::load::head(&Source::Embedded(t.as_bytes()), Format::Plain);
            Some((i, head.ok()?))
        })
        .collect()
}

fn library(n: usize) -> Library {
    Library {
        entries: (0..n)
            .map(|i| {
                Entry::new(
                    PathBuf::from(format!("article-{i:05}.txt")),
                    Source::Embedded(b""),
                    5000,
                )
            })
            .collect(),
        label: "bench".into(),
        ..Library::default()
    }
}

fn list(c: &mut Criterion) {
    let texts = corpus();
    let heads = entries_with_heads(texts);
    let mut g = c.benchmark_group("list 10k");
    g.sample_size(20);
    g.bench_function("State::new (file names)", |b| {
        b.iter_batched(
            || library(N),
            |lib| State::new(lib, Settings::default()),
            criterion::BatchSize::LargeInput,
        );
    });
    // A full list, then the last batch of heads: one re-sort of 10,000 entries.
    let mut full = State::new(library(N), Settings::default());
    full.heads_loaded(heads.iter().map(|(i, h)| (*i, Ok(h.clone()))).collect());
    let batch: Vec<_> = heads.iter().take(256).cloned().collect();
    g.bench_function("heads_loaded: 256 heads into a list of 10k", |b| {
        b.iter_batched(
            || batch.iter().map(|(i, h)| (*i, Ok(h.clone()))).collect(),
            |batch| full.heads_loaded(batch),
            criterion::BatchSize::SmallInput,
        );
    });
    let sort = Settings::default().sort;
    g.bench_function("sort::order of 10k entries (newest first)", |b| {
        b.iter(|| byline::library::sort::order(black_box(&full.library.entries), sort));
    });
    g.finish();
}

fn search(c: &mut Criterion) {
    let texts = corpus();
    let mut g = c.benchmark_group("search 10k");
    g.sample_size(10);
    g.throughput(criterion::Throughput::Bytes(
        texts.iter().map(|t| t.len() as u64).sum(),
    ));
    for query in ["leipzig", "Leipzig", "tromsø", "no such words"] {
        let Some(q) = byline::search::Query::new(query) else {
            continue;
        };
        g.bench_function(format!("first match of {query:?}"), |b| {
            b.iter(|| texts.iter().filter(|t| q.is_in(black_box(t))).count());
        });
    }
    let Some(q) = byline::search::Query::new("leipzig") else {
        return;
    };
    g.bench_function(
        "load::text + snippet of \"leipzig\" (per file, as search_all)",
        |b| {
            b.iter(|| {
                texts
                    .iter()
                    .filter_map(|t| {
                        let source = Source::Embedded(black_box(t.as_bytes()));
                        let text =
                            byline::library::load::text(&source, byline::article::Format::Plain)
                                .ok()?;
                        byline::loader::snippet(&text, &q)
                    })
                    .count()
            });
        },
    );
    g.finish();
}

fn open_big(c: &mut Criterion) {
    let config = Config::builtin();
    let text = byline::corpus::big_article(20, 20_000_000);
    let mut g = c.benchmark_group("open 20 MB");
    g.sample_size(10);
    g.bench_function("parse_bytes (decode + structure + quotations)", |b| {
        b.iter(|| byline::parse::parse_bytes(black_box(text.as_bytes()), Format::Plain));
    });
    let article = Arc::new(byline::parse::parse(&text, Format::Plain));
    g.bench_function("doc::build at 80 columns", |b| {
        b.iter(|| build_at_80(black_box(&article)));
    });
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    // The loader lays a huge article out off the UI thread and sends it with
    // the article: what the UI thread then does is take both and draw.
    let laid_out = {
        let s = state(&config, &article);
        s.reader.doc().cloned().map(|d| (s.build_options(), d))
    };
    g.bench_function("article_loaded + first frame (parsed article)", |b| {
        b.iter_batched(
            || (empty_state(&config), laid_out.clone()),
            |(mut s, doc)| {
                s.article_loaded_with(0, Ok(Arc::clone(&article)), doc);
                update(&mut s, Action::Open);
                assert!(s.reader.doc().is_some());
                draw(&mut term, &s, &config);
                s // dropped outside the timing
            },
            criterion::BatchSize::LargeInput,
        );
    });
    g.finish();
}

/// The corpus written to a temporary folder, and a temporary cache folder
/// holding the heads of its files.
fn folder_on_disk() -> Result<(tempfile::TempDir, tempfile::TempDir), String> {
    use byline::library::{cache, load, scan};
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    for (i, text) in corpus().iter().enumerate() {
        std::fs::write(dir.path().join(format!("article-{i:05}.txt")), text)
            .map_err(|e| e.to_string())?;
    }
    let roots = [dir.path().to_path_buf()];
    let mut lib = scan::scan(&roots, &Config::builtin().extensions);
    for e in &mut lib.entries {
        let head = load::head(&e.source, e.format).map_err(|e| e.to_string())?;
        e.meta = Some(head.meta);
        e.hash = Some(head.hash);
    }
    let cache = tempfile::tempdir().map_err(|e| e.to_string())?;
    let bytes = cache::encode(&lib, &roots, &[], None).ok_or("no binary stamp")?;
    cache::write(cache.path(), &roots, &bytes).map_err(|e| e.to_string())?;
    Ok((dir, cache))
}

fn folder(c: &mut Criterion) {
    use byline::library::{cache::Heads, scan};
    let (dir, cache) = match folder_on_disk() {
        Ok(made) => made,
        Err(e) => {
            eprintln!("folder 10k skipped: {e}");
            return;
        }
    };
    let roots = [dir.path().to_path_buf()];
    let extensions = Config::builtin().extensions;
    let mut g = c.benchmark_group("folder 10k");
    g.sample_size(20);
    g.bench_function("scan (list, stat, sort)", |b| {
        b.iter(|| scan::scan(black_box(&roots), &extensions));
    });
    g.bench_function("heads cache: load + apply", |b| {
        b.iter_batched(
            || scan::scan(&roots, &extensions),
            |mut fresh| Heads::load(cache.path(), &roots).apply(&mut fresh).len(),
            criterion::BatchSize::LargeInput,
        );
    });
    g.finish();
}

criterion_group!(benches, layout, keys, heads, list, search, open_big, folder);
criterion_main!(benches);
