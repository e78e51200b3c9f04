//! A newsroom archive (issue 19): the list's keys on 100,000 articles, from the
//! key to the frame. Each article is a short generated text (a title, a source
//! line, a date, a paragraph) whose head is read as the list reads it, so the
//! sort keys and the filter see what they see in the app.
//!
//! Run: `cargo bench --bench scale`. Groups (`list 100k`):
//! - `t (re-sort) + frame`: `cycle_sort` of 100,000 entries and the whole screen.
//! - `t to date|title|source + frame`: one `t` each, from the key before.
//! - `cold: t + frame`, `cold: filter first letter + frame`: the same with
//!   nothing kept (every key, rank and filter text made first).
//! - `t after a head arrived + frame`: the first `t` once a batch of heads
//!   (one) has changed the keys.
//! - `filter: first letter | narrowing letter | backspace + frame`: "v" into an
//!   empty filter, "vo" to "vot", "vot" back to "vo", each with the whole screen.
//! - `filter keystroke + frame, twice`: one character typed into the list filter
//!   ("vo" then "vot") and erased again, each with the whole screen: two keystrokes.
//! - `one frame (120x40) into a buffer`: the whole screen, no key.
//!
//! And the heads cache at 10k and 100k (`heads cache 10k`/`100k`, see `scale/cache.rs`).

#[path = "scale/cache.rs"]
mod cache;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use byline::action::Action;
use byline::article::Format;
use byline::config::{Config, SortKey};
use byline::library::sort::Sorted;
use byline::library::{Entry, Library, Source, load};
use byline::state::{Settings, State, update};
use byline::ui::View;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

const N: usize = 100_000;
const W: u16 = 120;
const H: u16 = 40;
const PLACES: [&str; 8] = [
    "Harbour", "Tram", "Ferry", "Library", "Council", "Bridge", "Market", "Depot",
];
const VERBS: [&str; 6] = ["reopens", "votes", "stalls", "expands", "closes", "waits"];
const SOURCES: [&str; 5] = ["Meridian", "NORDPRESS", "UPN", "Valley Ledger", "Tidewire"];

/// Article `i`: its title, source and date vary with `i`.
fn text(i: usize) -> &'static [u8] {
    let title = format!(
        "{} {} {} after vote {i}",
        PLACES[i % PLACES.len()],
        VERBS[(i / 8) % VERBS.len()],
        ["in spring", "at night", "for good", "again"][(i / 48) % 4]
    );
    let text = format!(
        "{title}\n\nBy Staff · {} · 2026-{:02}-{:02}\n\nThe {} said on Monday that \
         the plan would go ahead.\n",
        SOURCES[i % SOURCES.len()],
        1 + i % 12,
        1 + i % 28,
        PLACES[(i / 3) % PLACES.len()].to_lowercase(),
    );
    Box::leak(text.into_bytes().into_boxed_slice())
}

/// 100,000 entries with their heads read, in a state laid out for 120x40.
fn state(config: &Config) -> State {
    let entries = (0..N)
        .map(|i| {
            Entry::new(
                PathBuf::from(format!("a-{i:06}.txt")),
                Source::Embedded(text(i)),
                200,
            )
        })
        .collect();
    let lib = Library {
        entries,
        label: "archive".into(),
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    let heads = (0..N)
        .map(|i| {
            (
                i,
                load::head(&Source::Embedded(text(i)), Format::Plain).map_err(|e| e.to_string()),
            )
        })
        .collect();
    s.heads_loaded(heads);
    let areas = View { state: &s, config }.areas(ratatui::layout::Rect::new(0, 0, W, H));
    s.set_viewport(areas.viewport());
    assert_eq!(s.list.order.len(), N, "every head is in");
    s
}

fn draw(term: &mut Terminal<TestBackend>, state: &State, config: &Config) {
    term.draw(|f| f.render_widget(&View { state, config }, f.area()))
        .unwrap();
}

/// `f` timed `iters` times, each after `setup` (not timed).
fn timed(
    s: &mut State,
    iters: u64,
    mut setup: impl FnMut(&mut State),
    mut f: impl FnMut(&mut State),
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        setup(s);
        let t = Instant::now();
        f(s);
        total += t.elapsed();
    }
    total
}

/// `t` until the sort key is `key` (not timed): the next `t` sorts by the key
/// after it.
fn sort_by(s: &mut State, key: SortKey) {
    while s.settings.sort.key != key {
        update(s, Action::CycleSort);
    }
}

/// The filter prompt holding `text` (not timed).
fn filter_to(s: &mut State, text: &str) {
    if s.input.is_none() {
        update(s, Action::Search);
    }
    while s
        .input
        .as_ref()
        .is_some_and(|i| !text.starts_with(i.text.as_str()))
    {
        s.input_backspace();
    }
    let have = s.input.as_ref().map_or(0, |i| i.text.chars().count());
    for c in text.chars().skip(have) {
        s.input_char(c);
    }
}

/// `t`: each key, cold, and after a head arrived.
fn sorting(
    g: &mut BenchmarkGroup<'_, WallTime>,
    s: &mut State,
    term: &mut Terminal<TestBackend>,
    config: &Config,
) {
    g.bench_function("t (re-sort) + frame", |b| {
        b.iter(|| {
            update(s, Action::CycleSort);
            draw(term, black_box(&*s), config);
        });
    });
    // Each `t` on its own: from the key before to the key named.
    for (from, to) in [
        (SortKey::Source, "date"),
        (SortKey::Date, "title"),
        (SortKey::Title, "source"),
    ] {
        g.bench_function(format!("t to {to} + frame"), |b| {
            b.iter_custom(|iters| {
                timed(
                    s,
                    iters,
                    |s| sort_by(s, from),
                    |s| {
                        update(s, Action::CycleSort);
                        draw(term, black_box(s), config);
                    },
                )
            });
        });
    }
    // The first `t` after a head arrived (a file changed): the keys' ranks
    // are made again.
    let head = load::head(&Source::Embedded(text(7)), Format::Plain).map_err(|e| e.to_string());
    g.bench_function("t after a head arrived + frame", |b| {
        b.iter_custom(|iters| {
            timed(
                s,
                iters,
                |s| s.heads_loaded(vec![(7, head.clone())]),
                |s| {
                    update(s, Action::CycleSort);
                    draw(term, black_box(s), config);
                },
            )
        });
    });
    // Cold: nothing kept (as after the library was read again), so that the
    // key makes every entry's keys, ranks and (for the filter) text first.
    g.bench_function("cold: t + frame", |b| {
        b.iter_custom(|iters| {
            timed(
                s,
                iters,
                |s| s.list.sorted = Sorted::default(),
                |s| {
                    update(s, Action::CycleSort);
                    draw(term, black_box(s), config);
                },
            )
        });
    });
}

/// Filter keystrokes, and one frame with no key.
fn filtering(
    g: &mut BenchmarkGroup<'_, WallTime>,
    s: &mut State,
    term: &mut Terminal<TestBackend>,
    config: &Config,
) {
    sort_by(s, SortKey::Date);
    let mut first = ['v', 't'].into_iter().cycle();
    g.bench_function("cold: filter first letter + frame", |b| {
        b.iter_custom(|iters| {
            timed(
                s,
                iters,
                |s| {
                    filter_to(s, "");
                    s.list.sorted = Sorted::default();
                },
                |s| {
                    s.input_char(first.next().unwrap_or('v'));
                    draw(term, black_box(s), config);
                },
            )
        });
    });
    // A filter typed and erased: the first letter, a letter that narrows, a
    // backspace that widens again, each with the whole screen.
    // The first letter alternates between two (both in every title): a
    // letter typed again after a backspace would take the result kept.
    let mut first = ['v', 't'].into_iter().cycle();
    g.bench_function("filter: first letter + frame", |b| {
        b.iter_custom(|iters| {
            timed(
                s,
                iters,
                |s| filter_to(s, ""),
                |s| {
                    s.input_char(first.next().unwrap_or('v'));
                    draw(term, black_box(s), config);
                },
            )
        });
    });
    for (name, before, key) in [
        ("filter: narrowing letter + frame", "vo", Some('t')),
        ("filter: backspace + frame", "vot", None),
    ] {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                timed(
                    s,
                    iters,
                    |s| filter_to(s, before),
                    |s| {
                        match key {
                            Some(c) => s.input_char(c),
                            None => s.input_backspace(),
                        }
                        draw(term, black_box(s), config);
                    },
                )
            });
        });
    }
    update(s, Action::Search);
    s.input_char('v');
    s.input_char('o');
    // Two keystrokes an iteration (one typed, then erased), so that every
    // iteration filters the same: the time per keystroke is half of it.
    g.bench_function("filter keystroke + frame, twice", |b| {
        b.iter(|| {
            s.input_char('t');
            draw(term, black_box(&*s), config);
            s.input_backspace();
            draw(term, black_box(&*s), config);
        });
    });
    while s.input.is_some() {
        s.input_backspace();
    }
    // One frame of the unfiltered list, drawn into a buffer: no key.
    let mut buf = Buffer::empty(Rect::new(0, 0, W, H));
    g.bench_function("one frame (120x40) into a buffer", |b| {
        b.iter(|| {
            (&View {
                state: black_box(&*s),
                config,
            })
                .render(buf.area, &mut buf);
        });
    });
}

fn list(c: &mut Criterion) {
    let config = Config::builtin();
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    let mut g = c.benchmark_group("list 100k");
    g.sample_size(20);
    let mut s = state(&config);
    sorting(&mut g, &mut s, &mut term, &config);
    filtering(&mut g, &mut s, &mut term, &config);
    g.finish();
}

criterion_group!(benches, list, cache::heads_cache);
criterion_main!(benches);
