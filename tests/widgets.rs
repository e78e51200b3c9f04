//! Widget tests: render views into a `Buffer` and check text *and* styles.

use std::path::PathBuf;
use std::sync::Arc;

use byline::action::Action;
use byline::article::{Article, Block, Meta, Quote, QuoteMarks, QuotePart, Section};
use byline::config::Config;
use byline::library::{Entry, Library, Source};
use byline::state::{Settings, State, update};
use byline::ui::View;
use byline::ui::status::StatusBar;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

#[path = "widgets/links.rs"]
mod links;
#[path = "widgets/list_title.rs"]
mod list_title;
#[path = "widgets/people.rs"]
mod people;
#[path = "widgets/quotes.rs"]
mod quotes;
#[path = "widgets/save_progress.rs"]
mod save_progress;
#[path = "widgets/tags.rs"]
mod tags;
#[path = "widgets/truth.rs"]
mod truth;

fn library(n: usize) -> Library {
    Library {
        entries: (0..n)
            .map(|i| {
                let mut e = Entry::new(
                    PathBuf::from(format!("a{i}.txt")),
                    Source::Embedded(b""),
                    1200,
                );
                e.meta = Some(Meta {
                    title: format!("Headline number {i}"),
                    source: Some("Nordpress".into()),
                    ..Meta::default()
                });
                e
            })
            .collect(),
        label: "news".into(),
        ..Library::default()
    }
}

fn state(config: &Config, n: usize, article: Option<Article>, w: u16, h: u16) -> State {
    let mut s = State::new(library(n), Settings::default());
    let view = View { state: &s, config };
    let areas = view.areas(Rect::new(0, 0, w, h));
    s.set_viewport(areas.viewport());
    if let Some(a) = article {
        s.article_loaded(0, Ok(Arc::new(a)));
    }
    s
}

fn render(state: &State, config: &Config, w: u16, h: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    (&View { state, config }).render(buf.area, &mut buf);
    buf
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

fn screen(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where `needle` starts on screen. Wide characters fill two cells; the second
/// (a blank continuation) is skipped when matching.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_from(buf, needle, 0)
}

fn find_from(buf: &Buffer, needle: &str, min_x: u16) -> Option<(u16, u16)> {
    (0..buf.area.height).find_map(|y| {
        let mut cells: Vec<String> = Vec::new();
        let mut skip = 0usize;
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            if skip > 0 || x < min_x {
                skip = skip.saturating_sub(1);
                cells.push(String::new());
                continue;
            }
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            cells.push(sym.to_string());
        }
        (0..cells.len()).find_map(|x| {
            let s: String = cells[x..].concat();
            (!cells[x].is_empty() && s.starts_with(needle)).then_some((u16::try_from(x).ok()?, y))
        })
    })
}

/// An article with one paragraph of `text` and the given quotations.
fn article_with(paragraphs: &[&str], quotes: Vec<Quote>) -> Article {
    Article {
        meta: Meta {
            title: "Harbour plan approved".into(),
            ..Meta::default()
        },
        sections: vec![Section {
            heading: None,
            blocks: paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
        }],
        quotes,
        words: 40,
        ..Article::default()
    }
}

fn quote(text: &str, depth: u8, parts: Vec<(usize, std::ops::Range<usize>)>) -> Quote {
    Quote {
        text: text.into(),
        speaker: None,
        section: 0,
        depth,
        marks: QuoteMarks::Double,
        parts: parts
            .into_iter()
            .map(|(block, range)| QuotePart { block, range })
            .collect(),
    }
}

fn byte_range(hay: &str, needle: &str) -> std::ops::Range<usize> {
    // A needle that is not there gives an empty range, which the tests' exact
    // comparisons then reject.
    hay.find(needle)
        .map_or(0..0, |start| start..start + needle.len())
}

fn quote_mode(config: &Config, article: Article, w: u16, h: u16) -> Buffer {
    let mut s = state(config, 1, Some(article), w, h);
    update(&mut s, Action::Open);
    update(&mut s, Action::ToggleQuotes);
    render(&s, config, w, h)
}

#[test]
fn focused_pane_has_the_focused_border_and_the_selected_row_is_reversed() {
    let config = Config::builtin();
    let mut s = state(&config, 3, None, 100, 12);
    let buf = render(&s, &config, 100, 12);
    let theme = &config.theme;
    // List focused: its corner uses the focused style, the reader's does not.
    assert_eq!(buf[(0, 0)].style().fg, theme.border_focused.fg);
    let reader_x = (0..100)
        .rev()
        .find(|&x| buf[(x, 0)].symbol() == "╭")
        .unwrap();
    assert!(reader_x > 0);
    assert_eq!(buf[(reader_x, 0)].style().fg, theme.border.fg);
    // The first row is selected: reversed across the row.
    let (x, y) = find(&buf, "Headline number 0").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x1, y1) = find(&buf, "Headline number 1").unwrap();
    assert!(!buf[(x1, y1)].modifier.contains(Modifier::REVERSED));
    assert!(row_text(&buf, y).contains("Nordpress"));

    update(&mut s, Action::Open);
    let buf = render(&s, &config, 100, 12);
    assert_eq!(buf[(0, 0)].style().fg, theme.border.fg);
    assert_eq!(buf[(reader_x, 0)].style().fg, theme.border_focused.fg);
    assert!(row_text(&buf, 11).contains("READ"), "{}", screen(&buf));
}

#[test]
fn reader_shows_the_headline_styled_and_the_body_wrapped_to_the_text_column() {
    let config = Config::builtin();
    let body = "The council voted on Tuesday to rebuild the old harbour market, ending a dispute that had lasted for most of the decade.";
    let s = state(&config, 1, Some(article_with(&[body], vec![])), 80, 14);
    let buf = render(&s, &config, 80, 14);
    // The list shows the title too; the reader's copy is right of the list.
    let (x, y) = find_from(&buf, "Harbour plan approved", 31).unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    // Every body line fits inside the reader pane: no word is cut at the border.
    let text = screen(&buf);
    for word in body.split(' ') {
        let w = word.trim_end_matches([',', '.']);
        assert!(text.contains(w), "{w} missing from\n{text}");
    }
    assert!(text.contains("100% "), "position indicator\n{text}");
}

#[test]
fn status_bar_shows_mode_and_hints() {
    let config = Config::builtin();
    let s = state(&config, 2, None, 60, 10);
    let mut buf = Buffer::empty(Rect::new(0, 0, 60, 1));
    (&StatusBar {
        state: &s,
        theme: &config.theme,
        keys: &config.keys,
    })
        .render(buf.area, &mut buf);
    let mut expected =
        Buffer::with_lines([" LIST                    enter read  o outline  ? help  q quit "]);
    // Status bar is 60 wide: cut the expectation to the same width.
    expected.resize(Rect::new(0, 0, 60, 1));
    let t = &config.theme;
    expected.set_style(Rect::new(0, 0, 60, 1), t.status);
    expected.set_style(Rect::new(0, 0, 6, 1), t.status_mode);
    let got = row_text(&buf, 0);
    assert!(got.starts_with(" LIST "), "{got}");
    assert!(got.contains("enter read"), "{got}");
    let colours = |c: &ratatui::buffer::Cell| (c.fg, c.bg, c.modifier);
    for x in 0..60 {
        assert_eq!(
            colours(&buf[(x, 0)]),
            colours(&expected[(x, 0)]),
            "cell {x}"
        );
    }
}

#[test]
fn help_overlay_lists_bindings_from_the_keymap() {
    let config = Config::builtin();
    let mut s = state(&config, 1, None, 100, 70);
    update(&mut s, Action::Help);
    let buf = render(&s, &config, 100, 70);
    let text = screen(&buf);
    for (action, keys) in config.keys.bindings() {
        if matches!(action, Action::Section(n) if n >= 2) {
            continue;
        }
        assert!(
            text.contains(action.description()),
            "{} missing\n{text}",
            action.description()
        );
        assert!(text.contains(keys[0].as_str()));
    }
    let (x, y) = find(&buf, "ctrl-c").unwrap();
    assert_eq!(buf[(x, y)].style().fg, config.theme.help_key.fg);
}

#[test]
fn terminal_too_small_is_a_notice_not_a_panic() {
    let config = Config::builtin();
    for (w, h) in [(1, 1), (5, 2), (23, 5), (24, 6)] {
        let s = state(&config, 2, Some(article_with(&["x"], vec![])), w, h);
        let buf = render(&s, &config, w, h);
        if w < 24 {
            assert!(
                screen(&buf).starts_with("Term") || w < 4,
                "{}",
                screen(&buf)
            );
        }
    }
}

#[test]
fn help_uses_two_columns_when_one_is_too_tall() {
    let config = Config::builtin();
    let mut s = state(&config, 1, None, 160, 30);
    update(&mut s, Action::Help);
    let buf = render(&s, &config, 160, 30);
    let text = screen(&buf);
    for (action, _) in config.keys.bindings() {
        if matches!(action, Action::Section(n) if n >= 2) {
            continue;
        }
        assert!(text.contains(action.description()), "{action}\n{text}");
    }
    assert!(!text.contains("more:"), "{text}");
}

#[test]
fn speakers_show_in_the_margin_or_under_the_paragraph() {
    let config = Config::builtin();
    let text = "\u{201c}We will rebuild the harbour,\u{201d} said Mayor Ana Lund on Tuesday.";
    let range = byte_range(text, "\u{201c}We will rebuild the harbour,\u{201d}");
    let mut q = quote("We will rebuild the harbour,", 0, vec![(0, range)]);
    q.speaker = Some("Ana Lund".into());
    let article = article_with(&[text, "Next paragraph."], vec![q]);
    // Narrow: no margin, so under the paragraph, right-aligned.
    let buf = quote_mode(&config, article.clone(), 70, 16);
    let (x, y) = find_from(&buf, "— Ana Lund", 29).unwrap_or_else(|| panic!("{}", screen(&buf)));
    assert_eq!(buf[(x + 2, y)].fg, config.theme.speaker.fg.unwrap());
    assert!(
        row_text(&buf, y - 1).contains("Tuesday"),
        "{}",
        screen(&buf)
    );
    // Wide: in the left margin, on the quotation's first line.
    let buf = quote_mode(&config, article, 200, 16);
    let (x, y) = find_from(&buf, "Ana Lund", 70).expect("label in the margin");
    assert!(row_text(&buf, y).contains("We will rebuild"));
    let (qx, _) = find_from(&buf, "\u{201c}We will", 70).unwrap();
    assert!(x < qx, "label left of the text");
}

#[test]
fn control_characters_in_file_names_never_reach_a_cell() {
    let config = Config::builtin();
    let mut lib = library(1);
    lib.entries[0].path = PathBuf::from("evil\u{1b}]0;pwned\u{7}\u{9b}2J.txt");
    lib.entries[0].meta = None;
    lib.label = "dir\u{1b}[31m".into();
    lib.notice = Some("note\u{8}\u{7f}".into());
    let mut s = State::new(lib, Settings::default());
    let areas = View {
        state: &s,
        config: &config,
    }
    .areas(Rect::new(0, 0, 100, 12));
    s.set_viewport(areas.viewport());
    s.message = Some("message \u{1b}[2J".into());
    let buf = render(&s, &config, 100, 12);
    for y in 0..12 {
        for x in 0..100 {
            let sym = buf[(x, y)].symbol();
            assert!(
                !sym.chars().any(char::is_control),
                "({x},{y}) {sym:?}\n{}",
                screen(&buf)
            );
        }
    }
    assert!(
        screen(&buf).contains("pwned"),
        "the printable rest is shown"
    );
}

#[test]
fn the_list_title_counts_titles_read_until_every_head_is_in_then_unread() {
    let config = Config::builtin();
    let mut lib = library(3);
    // A head is in when its hash is (a title alone may come from the article).
    lib.entries[0].hash = Some(1);
    lib.entries[1].meta = None;
    lib.entries[2].meta = None;
    lib.entries[2].error = Some("permission denied".into());
    let mut s = State::new(lib, Settings::default());
    let buf = render(&s, &config, 100, 12);
    assert!(
        row_text(&buf, 0).contains("Articles 3 · reading titles 2/3 ·"),
        "{}",
        screen(&buf)
    );
    assert!(!row_text(&buf, 0).contains("unread"));
    s.heads_loaded(vec![(
        1,
        Ok(byline::library::load::Head {
            meta: Meta {
                title: "Late headline".into(),
                ..Meta::default()
            },
            hash: 7,
            file: None,
        }),
    )]);
    let buf = render(&s, &config, 100, 12);
    assert!(
        row_text(&buf, 0).contains("Articles 3 · 3 unread ·"),
        "{}",
        screen(&buf)
    );
}

#[test]
fn overlay_titles_name_the_bound_keys_as_the_status_bar_does() {
    let mut config = Config::builtin();
    let x = byline::keymap::parse_key("x").unwrap();
    config.keys.bind(Action::Open, vec![(x, "x".into())]);
    let mut s = state(&config, 1, Some(article_with(&["One."], vec![])), 100, 30);
    update(&mut s, Action::Outline);
    let text = screen(&render(&s, &config, 100, 30));
    assert!(text.contains("Outline · x jump  esc close"), "{text}");
    assert!(text.contains(" x jump  esc close "), "{text}");
}
