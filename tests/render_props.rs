//! Property: any parsed article renders at any size, scroll offset, quote mode,
//! search and overlay without panicking, and no cell ever holds a control character.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

use std::path::PathBuf;
use std::sync::Arc;

use byline::action::Action;
use byline::article::Format;
use byline::config::Config;
use byline::library::{Entry, Library, Skipped, Source};
use byline::state::{Settings, State, update};
use byline::ui::View;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Pieces that make articles hard: escapes, controls, wide and joined characters.
const PIECES: &[&str] = &[
    "Harbour plan approved\n\n",
    "By Ada Lind\n",
    "OSLO, May 3 (Nordpress) - ",
    "“We will build it,” said the mayor. ",
    "\"Not now,\" she said.\n\n",
    "## Section\n\n",
    "> quoted\n",
    "[link](http://example.org) ",
    "\u{1b}[2J\u{1b}]0;title\u{7}\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}P1$q\u{1b}\\",
    "\u{1b}]8;;http://evil\u{1b}\\x\u{1b}]8;;\u{1b}\\",
    "\u{9b}31m\u{9d}0;t\u{9c}\u{85}\u{8d}",
    "\u{7}\u{8}\u{8}\u{8}\u{7f}\u{0}",
    "\t\tcol\r\rline\r\n",
    "e\u{301}\u{302}\u{200b}\u{200d}\u{feff}",
    "👩‍👩‍👧‍👦 🏳️‍🌈 ",
    "🇺🇸🇫 👍🏽❤\u{fe0f}1\u{fe0f}\u{20e3}\u{2066}x\u{2069}",
    "東京で会議が開かれた。「はい」と述べた。",
    "שלום עולם مرحبا بالعالم\u{202e}reversed\u{202c} ",
    "\u{fffd}\u{ad}\u{2028}\u{2029}",
    "\n\n\n",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[a-z ]{1,80}",
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

#[derive(Debug, Clone)]
enum Op {
    Act(Action),
    Type(char),
    Submit,
    Resize(u16, u16),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => proptest::sample::select(Action::ALL).prop_map(Op::Act),
        1 => proptest::sample::select(&['e', 'a', 'ü', '東', ' '][..]).prop_map(Op::Type),
        1 => Just(Op::Submit),
        1 => (0u16..220, 0u16..70).prop_map(|(w, h)| Op::Resize(w, h)),
    ]
}

fn resize(state: &mut State, config: &Config, size: Rect) {
    let areas = View { state, config }.areas(size);
    state.set_viewport(areas.viewport());
}

fn draw(state: &State, config: &Config, size: Rect) -> Result<(), TestCaseError> {
    let mut buf = Buffer::empty(size);
    (&View { state, config }).render(size, &mut buf);
    for (i, cell) in buf.content.iter().enumerate() {
        prop_assert!(
            !cell.symbol().chars().any(char::is_control),
            "control character {:?} in cell {i}",
            cell.symbol()
        );
        // Nor a bidi control or a cluster whose width terminals disagree on.
        prop_assert!(
            byline::ui::glyphs::safe_symbol(cell.symbol()).is_none(),
            "disputed cluster {:?} in cell {i}",
            cell.symbol()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_article_renders_at_any_size(
        text in text(),
        markdown in any::<bool>(),
        w in 0u16..220,
        h in 0u16..70,
        ops in proptest::collection::vec(op(), 0..24),
    ) {
        let config = Config::default();
        let format = if markdown { Format::Markdown } else { Format::Plain };
        let decoded = byline::parse::decode(text.as_bytes()).unwrap_or_default();
        let article = Arc::new(byline::parse::parse(&decoded, format));
        // File names are user input too: one holds the raw text's first line.
        let name: String = text.lines().next().unwrap_or("").chars().take(40).collect();
        let mut entry = Entry::new(PathBuf::from(format!("{name}.txt")), Source::Embedded(b""), 9);
        entry.format = format;
        let other = Entry::new(PathBuf::from("b.md"), Source::Embedded(b""), 0);
        let library = Library {
            entries: vec![entry, other],
            skipped: vec![Skipped { path: PathBuf::from(&name), reason: name.clone() }],
            label: name,
            notice: None,
        };
        let mut state = State::new(library, Settings::default());
        let mut size = Rect::new(0, 0, w, h);
        resize(&mut state, &config, size);
        state.article_loaded(0, Ok(article));
        update(&mut state, Action::Open);
        draw(&state, &config, size)?;
        for op in ops {
            match op {
                Op::Act(a) => { update(&mut state, a); }
                Op::Type(c) => state.input_char(c),
                Op::Submit => { let _ = state.input_submit(); }
                Op::Resize(w, h) => {
                    size = Rect::new(0, 0, w, h);
                    resize(&mut state, &config, size);
                }
            }
            draw(&state, &config, size)?;
        }
    }
}
