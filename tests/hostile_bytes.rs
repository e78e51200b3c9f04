//! Hostile bytes: odd encodings, line ends and Unicode decode to clean text,
//! parse, and render without a control character reaching a cell.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

use std::path::PathBuf;
use std::sync::Arc;

use byline::action::Action;
use byline::article::{Article, Format};
use byline::config::Config;
use byline::library::{Entry, Library, Source};
use byline::parse::{DecodeError, decode, parse_bytes};
use byline::state::{Settings, State, update};
use byline::ui::View;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Render the article in the reader at a few sizes; return the widest screen's text.
fn rendered(article: Article) -> String {
    let config = Config::default();
    let library = Library {
        entries: vec![Entry::new(PathBuf::from("a.txt"), Source::Embedded(b""), 1)],
        ..Library::default()
    };
    let mut state = State::new(library, Settings::default());
    state.article_loaded(0, Ok(Arc::new(article)));
    update(&mut state, Action::Open);
    let mut text = String::new();
    for (w, h) in [(1, 1), (24, 6), (41, 13), (120, 40)] {
        let size = Rect::new(0, 0, w, h);
        let areas = View {
            state: &state,
            config: &config,
        }
        .areas(size);
        state.set_viewport(areas.viewport());
        let mut buf = Buffer::empty(size);
        (&View {
            state: &state,
            config: &config,
        })
            .render(size, &mut buf);
        text.clear();
        for cell in &buf.content {
            let s = cell.symbol();
            assert!(!s.chars().any(char::is_control), "control {s:?} at {w}x{h}");
            text.push_str(s);
        }
    }
    text
}

fn clean(bytes: &[u8]) -> String {
    let text = decode(bytes).expect("decodes");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "control characters left in {text:?}"
    );
    let article = parse_bytes(bytes, Format::Plain).expect("parses");
    rendered(article);
    text
}

#[test]
fn invalid_utf8_in_the_middle_of_valid_text() {
    let text = clean(
        "Café “Zürich” \u{2014} "
            .as_bytes()
            .iter()
            .chain(b"\xFF\xC3(ok")
            .copied()
            .collect::<Vec<_>>()
            .as_slice(),
    );
    assert!(text.starts_with("Café “Zürich”"), "{text:?}");
    assert!(text.contains('\u{fffd}'), "{text:?}");
    assert!(text.ends_with("(ok"), "{text:?}");
}

#[test]
fn windows_1252() {
    assert_eq!(clean(b"Caf\xE9 \x93quoted\x94 \x80 5"), "Café “quoted” € 5");
}

#[test]
fn utf16_both_byte_orders_with_a_mark() {
    let s = "Title\r\n\r\n„Ja“, sagte sie. 東京";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(s.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(s.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let want = "Title\n\n„Ja“, sagte sie. 東京";
    assert_eq!(clean(&le), want);
    assert_eq!(clean(&be), want);
}

#[test]
fn nul_bytes_mean_binary() {
    assert_eq!(decode(b"Title\n\nBody\0more"), Err(DecodeError::Binary));
    assert!(parse_bytes(b"\0", Format::Markdown).is_err());
}

#[test]
fn cr_only_line_ends_and_tabs() {
    let text = clean(b"Title\r\rFirst\tcolumn\rsecond line\r");
    assert!(!text.contains('\r') && !text.contains('\t'), "{text:?}");
    assert!(text.starts_with("Title\n\nFirst"), "{text:?}");
    let article = parse_bytes(b"Title\r\rBody text here.\r", Format::Plain).expect("parse");
    assert_eq!(article.meta.title, "Title");
}

#[test]
fn zero_width_combining_emoji_wide_and_right_to_left_text() {
    let samples = [
        "Zero\u{200b}width\u{200d}join\u{feff}",
        "Combining e\u{301}\u{302}\u{303}\u{304} a\u{30a}",
        "Family 👩‍👩‍👧‍👦 flag 🏳️‍🌈 skin 👋🏽",
        "東京で会議が開かれた。「はい」と市長は述べた。",
        "שלום עולם مرحبا بالعالم \u{202e}desrever\u{202c} \u{200f}",
    ];
    for s in samples {
        let bytes = format!("Title line\n\n{s}\n\nAfter the sample.\n");
        let text = clean(bytes.as_bytes());
        assert!(text.contains("After the sample."), "{text:?}");
    }
    let screen = rendered(
        parse_bytes(
            "東京で会議\n\n「はい」と市長は述べた。".as_bytes(),
            Format::Plain,
        )
        .expect("parse"),
    );
    // A wide character fills two cells; the second holds a blank.
    assert!(screen.replace(' ', "").contains("東京で会議"), "{screen}");
}

#[test]
fn escapes_and_c1_controls_are_removed_from_the_text() {
    let bytes = "A\u{1b}[31mB\u{1b}]0;T\u{7}C\u{1b}]52;c;QQ==\u{1b}\\D\u{1b}P1$qm\u{1b}\\E\u{9b}2JF\u{85}G\u{7}\u{8}H";
    let text = clean(bytes.as_bytes());
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{text:?}"
    );
    for c in ["A", "B", "C", "D", "E", "F", "G", "H"] {
        assert!(text.contains(c), "{c} lost: {text:?}");
    }
    // Raw C1 bytes in a legacy file are Windows-1252 printables, not controls.
    let text = clean(b"x\x9b2J\x9dy\x85");
    assert!(!text.chars().any(char::is_control), "{text:?}");
}
