//! Bytes -> decode -> parse -> State -> render, at a size and after actions taken
//! from the input: must never panic, and no cell may hold a control character.
#![no_main]

use std::path::PathBuf;
use std::sync::Arc;

use byline::action::Action;
use byline::article::Format;
use byline::config::Config;
use byline::library::{Entry, Library, Skipped, Source};
use byline::state::{Settings, State, update};
use byline::ui::View;
use libfuzzer_sys::fuzz_target;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Header: width, height, format, then up to 8 op bytes; the rest is the file.
const HEADER: usize = 11;

fuzz_target!(|data: &[u8]| {
    let Some((head, body)) = data.split_at_checked(HEADER) else {
        return;
    };
    let Ok(text) = byline::parse::decode(body) else {
        return;
    };
    let format = if head[2] & 1 == 0 { Format::Plain } else { Format::Markdown };
    let article = Arc::new(byline::parse::parse(&text, format));
    // A hostile file name too: the first line of the text, raw.
    let name: String = text.lines().next().unwrap_or("").chars().take(60).collect();
    let mut entry = Entry::new(PathBuf::from(format!("{name}.txt")), Source::Embedded(b""), 10);
    entry.format = format;
    let library = Library {
        entries: vec![entry, Entry::new(PathBuf::from("b.md"), Source::Embedded(b""), 0)],
        skipped: vec![Skipped {
            path: PathBuf::from(name.clone()),
            reason: name,
        }],
        label: "fuzz".into(),
        notice: None,
    };
    let config = Config::default();
    let mut state = State::new(library, Settings::default());
    let mut size = Rect::new(0, 0, u16::from(head[0]) + 1, u16::from(head[1] % 80) + 1);
    resize(&mut state, &config, size);
    state.article_loaded(0, Ok(article));
    update(&mut state, Action::Open);
    for &op in &head[3..] {
        let n = usize::from(op);
        if let Some(&action) = Action::ALL.get(n) {
            update(&mut state, action);
        } else if op >= 0xC0 {
            state.input_char(char::from(b'a' + (op - 0xC0) % 26));
        } else if op >= 0x80 {
            size = Rect::new(0, 0, u16::from(op - 0x7F), u16::from(op) % 50 + 1);
            resize(&mut state, &config, size);
        } else {
            let _ = state.input_submit();
        }
        draw(&state, &config, size);
    }
});

fn resize(state: &mut State, config: &Config, size: Rect) {
    let areas = View { state, config }.areas(size);
    state.set_viewport(areas.viewport());
}

fn draw(state: &State, config: &Config, size: Rect) {
    let mut buf = Buffer::empty(size);
    (&View { state, config }).render(size, &mut buf);
    for cell in &buf.content {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "control character in a cell: {:?}",
            cell.symbol()
        );
        assert!(
            byline::ui::glyphs::safe_symbol(cell.symbol()).is_none(),
            "disputed cluster or bidi control in a cell: {:?}",
            cell.symbol()
        );
    }
}
