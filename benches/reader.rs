//! Reader benchmarks: laying out a 1 MB article, drawing a frame, and the time
//! from a key to a drawn frame for the reader's keys (issue: fast at any size).
//!
//! Run: `cargo bench --bench reader`. Each "key" measurement applies one action
//! to a `State` holding a 1 MB article and renders the whole screen into a
//! 120x40 `TestBackend`, which is what the event loop does per key.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;

use byline::action::Action;
use byline::article::Format;
use byline::config::Config;
use byline::doc::{self, BuildOptions};
use byline::library::{Entry, Library, Source};
use byline::state::{Settings, State, update};
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

fn state(config: &Config, article: &Arc<byline::article::Article>) -> State {
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
    s.article_loaded(0, Ok(Arc::clone(article)));
    update(&mut s, Action::Open);
    s
}

fn layout(c: &mut Criterion) {
    let article = big();
    let mut g = c.benchmark_group("layout 1 MB");
    g.sample_size(20);
    g.bench_function("build + wrap at 80 columns", |b| {
        b.iter(|| {
            doc::build(
                black_box(&article),
                BuildOptions {
                    width: 80,
                    ..BuildOptions::default()
                },
            )
        });
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
                term.draw(|f| {
                    f.render_widget(
                        &View {
                            state: &s,
                            config: &config,
                        },
                        f.area(),
                    );
                })
                .unwrap();
                // Back to where it was, so every iteration does the same work.
                if s.reader.scroll + 2 * usize::from(H) > s.reader.len() {
                    update(&mut s, Action::Top);
                }
            });
        });
    }
    g.finish();
}

criterion_group!(benches, layout, keys);
criterion_main!(benches);
