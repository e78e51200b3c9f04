//! Whole-screen snapshot tests: the main screens, drawn from the sample articles
//! at 80x24 and 120x40, text *and* styles, compared with `tests/snapshots/`.
//!
//! A change to a view shows up here as a diff to review: look at the new
//! screens (`cargo insta review`, or the `.snap.new` files next to the old ones)
//! and, when they are right, accept them (`cargo insta accept`, or
//! `INSTA_UPDATE=always cargo test --test screens`). `cargo test` fails on any
//! difference.
//!
//! The screens are reached the way a user reaches them: actions through
//! [`update`], and the app loop's part played by [`Screen::settle`] (read the
//! article the reader wants). Each snapshot is the screen's rows between `│`
//! marks (trailing blanks stay visible), then the style runs of every row that
//! has any: `x..x fg bg +MODIFIERS`, so a colour change alone shows too.

use std::fmt::Write as _;

use byline::action::Action;
use byline::config::Config;
use byline::library::{Entry, Library, load, samples};
use byline::people::gather::gather;
use byline::state::{Effect, Settings, State, update};
use byline::ui::View;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

/// The sizes every screen is drawn at.
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The sample with sections, quotations and links (Markdown).
const HARBORVIEW: &str = "harborview-council-heat-plan.md";

/// The state, the config it was built with and the terminal size.
struct Screen {
    config: Config,
    state: State,
    size: Rect,
}

impl Screen {
    /// `library` with every head read, in a terminal of `w` x `h`.
    fn new(library: Library, w: u16, h: u16) -> Self {
        let config = Config::builtin();
        let settings = Settings {
            reader: config.reader.clone(),
            quotes: config.quotes.clone(),
            sort: config.sort,
            ..Settings::default()
        };
        let read = |e: &Entry| load::head(&e.source, e.format).map_err(|e| e.to_string());
        let heads = library.entries.iter().map(read).enumerate().collect();
        let mut state = State::new(library, settings);
        state.heads_loaded(heads);
        let mut screen = Self {
            config,
            state,
            size: Rect::new(0, 0, w, h),
        };
        let viewport = screen.view().areas(screen.size).viewport();
        screen.state.set_viewport(viewport);
        screen.settle();
        screen
    }

    /// The bundled samples (their paths are relative: `sample_articles/...`).
    fn samples(w: u16, h: u16) -> Self {
        Self::new(samples::library(None, &Config::builtin().extensions), w, h)
    }

    /// Apply `actions` in turn, as keys would.
    fn act(&mut self, actions: &[Action]) -> &mut Self {
        for &a in actions {
            update(&mut self.state, a);
            // As the app does: the panes may have changed size (full screen).
            let viewport = self.view().areas(self.size).viewport();
            self.state.set_viewport(viewport);
            self.settle();
        }
        self
    }

    /// Type `text` at the open prompt.
    fn type_text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.state.input_char(c);
        }
        self.settle();
        self
    }

    /// The app loop's part: read the article the reader waits for.
    fn settle(&mut self) {
        while let Some(i) = self.state.wanted() {
            let e = &self.state.library.entries[i];
            let article = load::full(&e.source, e.format).map_err(|e| e.to_string());
            self.state.article_loaded(i, article);
        }
    }

    /// The app loop's part for People: build what it asks for, at once.
    fn gather_people(&mut self) -> &mut Self {
        for effect in self.state.take_effects() {
            if let Effect::GatherPeople { generation } = effect {
                let articles: Vec<_> = self
                    .state
                    .library
                    .entries
                    .iter()
                    .map(|e| (e.source.clone(), e.format))
                    .collect();
                let gathered = gather(&articles, None, &mut |_, _| {});
                self.state.people_gathered(generation, gathered);
            }
        }
        self
    }

    /// Select the entry whose file is `name` (moving down from the top), open it.
    fn open(&mut self, name: &str) -> &mut Self {
        let is_it = |s: &State| s.selected_entry().is_some_and(|e| e.path.ends_with(name));
        self.act(&[Action::Top]);
        for _ in 0..self.state.library.entries.len() {
            if is_it(&self.state) {
                break;
            }
            self.act(&[Action::Down]);
        }
        assert!(is_it(&self.state), "{name} is not in the list");
        self.act(&[Action::Open])
    }

    fn view(&self) -> View<'_> {
        View {
            state: &self.state,
            config: &self.config,
        }
    }

    fn render(&self) -> Buffer {
        let mut buf = Buffer::empty(self.size);
        (&self.view()).render(self.size, &mut buf);
        buf
    }
}

/// One screen as text: the rows, then the style runs.
fn picture(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let row: String = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let _ = writeln!(out, "│{row}│");
    }
    out.push_str("-- styles (row: columns fg bg +modifiers) --\n");
    for y in area.top()..area.bottom() {
        let runs = style_runs(buf, y);
        if !runs.is_empty() {
            let _ = writeln!(out, "{y:>2}: {}", runs.join(" | "));
        }
    }
    out
}

/// The runs of one style along row `y`; a row all in the default style has none.
fn style_runs(buf: &Buffer, y: u16) -> Vec<String> {
    let area = buf.area;
    let mut runs: Vec<(u16, u16, Style)> = Vec::new();
    for x in area.left()..area.right() {
        let style = buf[(x, y)].style();
        match runs.last_mut() {
            Some((_, end, s)) if *s == style => *end = x + 1,
            _ => runs.push((x, x + 1, style)),
        }
    }
    if let [(_, _, only)] = runs[..]
        && describe(only) == "default"
    {
        return Vec::new();
    }
    runs.iter()
        .map(|&(start, end, s)| format!("{start}..{end} {}", describe(s)))
        .collect()
}

/// `fg bg +MODIFIERS` (and the underline colour when one is set).
fn describe(s: Style) -> String {
    let colour = |c: Option<Color>| c.map_or_else(|| "-".to_string(), |c| format!("{c:?}"));
    let mut out = format!("{} {}", colour(s.fg), colour(s.bg));
    let on = s.add_modifier - s.sub_modifier;
    for (name, _) in on.iter_names() {
        let _ = write!(out, " +{name}");
    }
    if let Some(u) = s.underline_color.filter(|&u| u != Color::Reset) {
        let _ = write!(out, " underline {u:?}");
    }
    if on == Modifier::empty() && out == "Reset Reset" {
        out = "default".into();
    }
    out
}

/// Snapshot the screen `build` makes, at every size in [`SIZES`].
fn shots(name: &str, build: impl Fn(&mut Screen)) {
    for (w, h) in SIZES {
        shot(name, w, h, &build);
    }
}

fn shot(name: &str, w: u16, h: u16, build: impl Fn(&mut Screen)) {
    let mut screen = Screen::samples(w, h);
    build(&mut screen);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), picture(&screen.render()));
}

#[test]
fn list_focused_at_start() {
    shots("list_at_start", |_| {});
}

#[test]
fn reader_with_an_article_open() {
    shots("reader_open", |s| {
        s.open(HARBORVIEW);
    });
}

#[test]
fn reader_full_screen() {
    shots("reader_full_screen", |s| {
        s.open(HARBORVIEW).act(&[Action::FullScreen]);
    });
}

#[test]
fn reader_scrolled_to_a_section() {
    shots("reader_section_2", |s| {
        s.open(HARBORVIEW).act(&[Action::Section(2)]);
    });
}

#[test]
fn quote_mode_on_with_the_current_quotation() {
    shots("quote_mode", |s| {
        s.open(HARBORVIEW)
            .act(&[Action::ToggleQuotes, Action::NextQuote, Action::NextQuote]);
    });
}

#[test]
fn people_overlay_and_a_persons_page() {
    shots("people", |s| {
        s.act(&[Action::People]).gather_people();
    });
    shots("people_page", |s| {
        s.act(&[Action::People])
            .gather_people()
            .act(&[Action::Open]);
    });
}

#[test]
fn outline_overlay() {
    shots("outline", |s| {
        s.open(HARBORVIEW).act(&[Action::Outline, Action::Down]);
    });
}

#[test]
fn quote_list_overlay() {
    shots("quote_list", |s| {
        s.open(HARBORVIEW).act(&[Action::QuoteList, Action::Down]);
    });
}

#[test]
fn help_overlay() {
    shots("help", |s| {
        s.act(&[Action::Help]);
    });
}

#[test]
fn links_overlay() {
    shots("links", |s| {
        s.open(HARBORVIEW).act(&[Action::Links]);
    });
}

#[test]
fn list_filter_typed_at_the_prompt() {
    shots("filter_prompt", |s| {
        s.act(&[Action::Search]).type_text("har");
    });
}

#[test]
fn search_in_the_article_with_matches() {
    shots("search_in_article", |s| {
        s.open(HARBORVIEW).act(&[Action::Search]).type_text("heat");
    });
}

#[test]
fn empty_library() {
    for (w, h) in SIZES {
        let library = Library {
            label: "news".into(),
            ..Library::default()
        };
        let screen = Screen::new(library, w, h);
        insta::assert_snapshot!(format!("empty_library_{w}x{h}"), picture(&screen.render()));
    }
}

#[test]
fn terminal_too_small() {
    shot("too_small", 20, 5, |s| {
        s.open(HARBORVIEW);
    });
}

#[test]
fn smallest_terminal_with_panes() {
    shot("narrow", 30, 8, |s| {
        s.open(HARBORVIEW);
    });
}
