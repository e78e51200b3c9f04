//! A newsroom archive (issue 19): the list's keys on 100,000 articles, from the
//! key to the frame. Each article is a short generated text (a title, a source
//! line, a date, a paragraph) whose head is read as the list reads it, so the
//! sort keys and the filter see what they see in the app.
//!
//! Run: `cargo bench --bench scale`. Groups (`list 100k`):
//! - `t (re-sort) + frame`: `cycle_sort` of 100,000 entries and the whole screen.
//! - `filter keystroke + frame, twice`: one character typed into the list filter
//!   ("vo" then "vot") and erased again, each with the whole screen: two keystrokes.
//!
//! And the heads cache at 10k and 100k (`heads cache 10k`/`100k`, see `scale/cache.rs`).

#[path = "scale/cache.rs"]
mod cache;

use std::hint::black_box;
use std::path::PathBuf;

use byline::action::Action;
use byline::article::Format;
use byline::config::Config;
use byline::library::{Entry, Library, Source, load};
use byline::state::{Settings, State, update};
use byline::ui::View;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

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

fn list(c: &mut Criterion) {
    let config = Config::builtin();
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    let mut g = c.benchmark_group("list 100k");
    g.sample_size(20);
    let mut s = state(&config);
    g.bench_function("t (re-sort) + frame", |b| {
        b.iter(|| {
            update(&mut s, Action::CycleSort);
            draw(&mut term, black_box(&s), &config);
        });
    });
    update(&mut s, Action::Search);
    s.input_char('v');
    s.input_char('o');
    // Two keystrokes an iteration (one typed, then erased), so that every
    // iteration filters the same: the time per keystroke is half of it.
    g.bench_function("filter keystroke + frame, twice", |b| {
        b.iter(|| {
            s.input_char('t');
            draw(&mut term, black_box(&s), &config);
            s.input_backspace();
            draw(&mut term, black_box(&s), &config);
        });
    });
    g.finish();
}

criterion_group!(benches, list, cache::heads_cache);
criterion_main!(benches);
