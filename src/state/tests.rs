//! `update` transitions, on articles built in code (independent of the parser).

mod add_url;
mod bulk;
mod finding;
mod habits;
mod huge;
mod lifecycle;
mod overlays;
mod people;
mod people_summary;
mod quotes;
mod review;
mod sections;
mod sync_feeds;
mod views;

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::article::{Block, Meta, Quote, QuoteMarks, QuotePart, Section};
use crate::library::{Entry, Source};

const LONG: &str = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do \
                    eiusmod tempor incididunt ut labore et dolore magna aliqua.";

/// An article with `sections` sections (the first unnamed) of `paras` long
/// paragraphs, and one quotation in the first paragraph of each section.
pub(super) fn article(sections: usize, paras: usize) -> Article {
    let mut a = Article {
        meta: Meta {
            title: "A headline".into(),
            ..Meta::default()
        },
        words: 100,
        ..Article::default()
    };
    for s in 0..sections {
        a.sections.push(Section {
            heading: (s > 0).then(|| format!("Heading {s}")),
            blocks: (0..paras)
                .map(|p| Block::paragraph(format!("\"Quoted {s}\" said Ann. {p} {LONG}")))
                .collect(),
        });
        if paras > 0 {
            a.quotes.push(Quote {
                text: format!("Quoted {s}"),
                speaker: Some("Ann".into()),
                section: s,
                depth: 0,
                marks: QuoteMarks::Double,
                parts: vec![QuotePart {
                    block: 0,
                    range: 0..10,
                }],
            });
        }
    }
    a
}

/// The layout the state asked the app for, if any (taking its requests).
pub(super) fn layout_asked(s: &mut State) -> Option<crate::doc::BuildOptions> {
    s.take_effects().into_iter().find_map(|e| match e {
        Effect::Layout { opts, .. } => Some(opts),
        _ => None,
    })
}

/// The key waiting for the article to be laid out.
pub(super) fn waiting_key(s: &State) -> Option<Action> {
    match &s.reader.layout {
        DocState::Loading(w) | DocState::Partial { waiting: w, .. } => w.key,
        DocState::Ready(_) | DocState::Relayout(_) => None,
    }
}

pub(super) fn entry(name: &str) -> Entry {
    Entry::new(PathBuf::from(name), Source::Embedded(b""), 1000)
}

/// A state with `n` entries, a 40x10 reader and the first article loaded.
pub(super) fn state_with(n: usize, first: Option<Article>) -> State {
    let lib = Library {
        entries: (0..n).map(|i| entry(&format!("{i:02}.txt"))).collect(),
        label: "test".into(),
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    // About what the default keymap's help has.
    s.settings.help_rows = 40;
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 40,
        margin: 0,
    });
    if let Some(a) = first {
        s.article_loaded(0, Ok(Arc::new(a)));
    }
    // What the setup asked the app for (tests that care look themselves).
    s.take_effects();
    s
}

#[test]
fn list_motion_moves_and_clamps_and_the_reader_follows() {
    let mut s = state_with(12, None);
    assert_eq!(s.list.selected, 0);
    assert_eq!(s.reader.entry, Some(0));
    update(&mut s, Action::Up);
    assert_eq!(s.list.selected, 0);
    update(&mut s, Action::Down);
    assert_eq!(s.list.selected, 1);
    assert_eq!(s.reader.entry, s.list.order.get(1).copied());
    update(&mut s, Action::PageDown);
    assert_eq!(s.list.selected, 6);
    assert_eq!(s.list.offset, 2, "the selection stays visible");
    update(&mut s, Action::Bottom);
    assert_eq!(s.list.selected, 11);
    update(&mut s, Action::Down);
    assert_eq!(s.list.selected, 11);
    update(&mut s, Action::HalfPageUp);
    assert_eq!(s.list.selected, 8);
    update(&mut s, Action::Top);
    assert_eq!((s.list.selected, s.list.offset), (0, 0));
}

#[test]
fn empty_library_ignores_every_action() {
    let mut s = state_with(0, None);
    for &a in Action::ALL {
        if a == Action::Quit || a == Action::Reload {
            continue;
        }
        update(&mut s, a);
        s.overlay = None;
    }
    assert_eq!(s.list.selected, 0);
    assert!(s.reader.entry.is_none());
}

#[test]
fn focus_open_back_and_tab() {
    let mut s = state_with(3, None);
    update(&mut s, Action::Open);
    assert_eq!(s.focus, Focus::Reader);
    update(&mut s, Action::Back);
    assert_eq!(s.focus, Focus::List);
    update(&mut s, Action::FocusNext);
    assert_eq!(s.focus, Focus::Reader);
    update(&mut s, Action::FocusPrev);
    assert_eq!(s.focus, Focus::List);
}

#[test]
fn reader_scrolls_by_line_page_and_half_page_within_bounds() {
    let mut s = state_with(1, Some(article(3, 4)));
    update(&mut s, Action::Open);
    let max = s.max_scroll();
    assert!(max > 20, "test article is long: {max}");
    update(&mut s, Action::Down);
    assert_eq!(s.reader.scroll, 1);
    update(&mut s, Action::PageDown);
    assert_eq!(s.reader.scroll, 11);
    update(&mut s, Action::HalfPageUp);
    assert_eq!(s.reader.scroll, 6);
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.scroll, max);
    update(&mut s, Action::Down);
    assert_eq!(s.reader.scroll, max);
    update(&mut s, Action::Top);
    assert_eq!(s.reader.scroll, 0);
    update(&mut s, Action::Up);
    assert_eq!(s.reader.scroll, 0);
}

#[test]
fn quit_and_reload_are_effects_and_q_closes_an_overlay_first() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Reload);
    assert_eq!(s.take_effects(), [Effect::Reload]);
    update(&mut s, Action::Help);
    assert!(matches!(s.overlay, Some(Overlay::Help { .. })));
    update(&mut s, Action::Quit);
    assert_eq!(s.take_effects(), []);
    assert!(s.overlay.is_none());
    update(&mut s, Action::Quit);
    assert_eq!(s.take_effects(), [Effect::Quit]);
}

#[test]
fn help_toggles_with_its_own_key_and_esc() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Help);
    update(&mut s, Action::Help);
    assert!(s.overlay.is_none());
    update(&mut s, Action::Help);
    update(&mut s, Action::Down);
    assert_eq!(s.overlay, Some(Overlay::Help { scroll: 1 }));
    update(&mut s, Action::Back);
    assert!(s.overlay.is_none());
    // The end of the help is a real row: up from there moves up.
    update(&mut s, Action::Help);
    update(&mut s, Action::Bottom);
    let Some(Overlay::Help { scroll: last }) = s.overlay else {
        panic!("help open");
    };
    assert!(last > 0 && last < 40, "{last}");
    update(&mut s, Action::Up);
    assert_eq!(s.overlay, Some(Overlay::Help { scroll: last - 1 }));
}

#[test]
fn next_and_previous_article_open_in_the_reader() {
    let mut s = state_with(3, None);
    update(&mut s, Action::NextArticle);
    assert_eq!((s.list.selected, s.focus), (1, Focus::Reader));
    update(&mut s, Action::NextArticle);
    update(&mut s, Action::NextArticle);
    assert_eq!(s.list.selected, 2);
    assert_eq!(s.message.as_deref(), Some("Last article"));
    update(&mut s, Action::PrevArticle);
    update(&mut s, Action::PrevArticle);
    update(&mut s, Action::PrevArticle);
    assert_eq!(s.list.selected, 0);
    assert_eq!(s.message.as_deref(), Some("First article"));
}

fn heading_at_top(s: &State) -> Option<usize> {
    let doc = s.reader.doc()?;
    doc.section_lines.iter().position(|&l| l == s.reader.scroll)
}

#[test]
fn section_jumps_land_headings_on_the_top_line() {
    let mut s = state_with(1, Some(article(4, 3)));
    update(&mut s, Action::NextSection);
    assert_eq!(s.focus, Focus::Reader);
    assert_eq!(heading_at_top(&s), Some(1));
    assert_eq!(s.current_section(), 1);
    update(&mut s, Action::NextSection);
    assert_eq!(s.current_section(), 2);
    update(&mut s, Action::PrevSection);
    assert_eq!(s.current_section(), 1);
    update(&mut s, Action::Section(4));
    assert_eq!(s.current_section(), 3);
    update(&mut s, Action::Section(1));
    assert_eq!(s.reader.scroll, 0);
    assert_eq!(s.current_section(), 0);
}

#[test]
fn last_section_is_on_the_top_line_and_counts_as_current() {
    let mut s = state_with(1, Some(article(3, 1)));
    update(&mut s, Action::Section(3));
    assert_eq!(s.current_section(), 2);
    // Past the end of the text if need be (see tests/sections.rs).
    assert_eq!(heading_at_top(&s), Some(2));
    update(&mut s, Action::NextSection);
    assert_eq!(s.current_section(), 2);
    assert_eq!(s.message.as_deref(), Some("Last section"));
    update(&mut s, Action::PrevSection);
    assert_eq!(s.current_section(), 1);
}

#[test]
fn prev_section_inside_a_section_goes_to_its_heading_first() {
    let mut s = state_with(1, Some(article(3, 4)));
    update(&mut s, Action::Section(2));
    let heading = s.reader.scroll;
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    update(&mut s, Action::PrevSection);
    assert_eq!(s.reader.scroll, heading);
    update(&mut s, Action::PrevSection);
    assert_eq!(s.reader.scroll, 0);
    update(&mut s, Action::PrevSection);
    assert_eq!(s.reader.scroll, 0);
}

#[test]
fn section_jumps_without_sections_say_so() {
    let mut s = state_with(1, Some(article(1, 2)));
    update(&mut s, Action::NextSection);
    assert_eq!(s.message.as_deref(), Some("This article has no sections"));
    update(&mut s, Action::Section(5));
    assert_eq!(s.reader.scroll, 0);
    let mut empty = state_with(1, Some(Article::default()));
    update(&mut empty, Action::NextSection);
    update(&mut empty, Action::PrevSection);
    update(&mut empty, Action::Section(2));
    assert_eq!(empty.reader.scroll, 0);
}

#[test]
fn section_jump_from_the_list_waits_for_the_article() {
    let mut s = state_with(2, None);
    update(&mut s, Action::NextSection);
    assert_eq!(s.focus, Focus::Reader);
    assert_eq!(s.wanted(), Some(0));
    assert_eq!(waiting_key(&s), Some(Action::NextSection));
    s.article_loaded(0, Ok(Arc::new(article(3, 3))));
    assert_eq!(s.current_section(), 1);
    assert_eq!(heading_at_top(&s), Some(1));
    assert!(waiting_key(&s).is_none());
}

#[test]
fn resizing_rewraps_and_keeps_the_top_text() {
    let mut s = state_with(1, Some(article(3, 4)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Section(3));
    let before = s.reader.doc().unwrap().line_text(s.reader.scroll);
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 25,
        margin: 0,
    });
    assert_eq!(s.reader.doc().unwrap().width, 25);
    let after = s.reader.doc().unwrap().line_text(s.reader.scroll);
    assert_eq!(before.trim(), "Heading 2");
    assert_eq!(after.trim(), "Heading 2");
}

#[test]
fn the_article_to_read_is_asked_for_when_the_reader_shows_it() {
    let lib = Library {
        entries: vec![entry("a.txt"), entry("b.txt")],
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    assert_eq!(s.take_effects(), [Effect::Load(0)]);
    update(&mut s, Action::Down);
    assert_eq!(s.take_effects(), [Effect::Load(1)]);
    s.article_loaded(1, Ok(Arc::new(article(1, 1))));
    update(&mut s, Action::Up);
    assert_eq!(s.take_effects(), [Effect::Load(0)]);
    update(&mut s, Action::Down);
    assert_eq!(s.take_effects(), [], "b is read already");
    s.reload_article(1);
    assert_eq!(s.take_effects(), [], "still read: the app drops it first");
    s.library.entries[1].article = None;
    s.reload_article(1);
    assert_eq!(s.take_effects(), [Effect::Load(1)]);
}

#[test]
fn a_failed_article_is_not_asked_for_again() {
    let mut s = state_with(1, None);
    assert_eq!(s.wanted(), Some(0));
    s.article_loaded(0, Err("permission denied".into()));
    assert_eq!(s.wanted(), None);
    assert_eq!(s.message.as_deref(), Some("00.txt: permission denied"));
}
