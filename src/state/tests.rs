//! `update` transitions, on articles built in code (independent of the parser).

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::article::{Block, Meta, Quote, QuoteMarks, QuotePart, Section};
use crate::library::load::Head;
use crate::library::{Entry, Source};

const LONG: &str = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do \
                    eiusmod tempor incididunt ut labore et dolore magna aliqua.";

/// An article with `sections` sections (the first unnamed) of `paras` long
/// paragraphs, and one quotation in the first paragraph of each section.
pub fn article(sections: usize, paras: usize) -> Article {
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

fn entry(name: &str) -> Entry {
    Entry::new(PathBuf::from(name), Source::Embedded(b""), 1000)
}

/// A state with `n` entries, a 40x10 reader and the first article loaded.
pub fn state_with(n: usize, first: Option<Article>) -> State {
    let lib = Library {
        entries: (0..n).map(|i| entry(&format!("{i:02}.txt"))).collect(),
        label: "test".into(),
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 40,
    });
    if let Some(a) = first {
        s.article_loaded(0, Ok(Arc::new(a)));
    }
    s
}

#[test]
fn list_motion_moves_and_clamps_and_the_reader_follows() {
    let mut s = state_with(12, None);
    assert_eq!(s.selected, 0);
    assert_eq!(s.reader.entry, Some(0));
    update(&mut s, Action::Up);
    assert_eq!(s.selected, 0);
    update(&mut s, Action::Down);
    assert_eq!(s.selected, 1);
    assert_eq!(s.reader.entry, s.order.get(1).copied());
    update(&mut s, Action::PageDown);
    assert_eq!(s.selected, 6);
    assert_eq!(s.list_offset, 2, "the selection stays visible");
    update(&mut s, Action::Bottom);
    assert_eq!(s.selected, 11);
    update(&mut s, Action::Down);
    assert_eq!(s.selected, 11);
    update(&mut s, Action::HalfPageUp);
    assert_eq!(s.selected, 8);
    update(&mut s, Action::Top);
    assert_eq!((s.selected, s.list_offset), (0, 0));
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
    assert_eq!(s.selected, 0);
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
    assert_eq!(update(&mut s, Action::Reload), Some(Effect::Reload));
    update(&mut s, Action::Help);
    assert!(matches!(s.overlay, Some(Overlay::Help { .. })));
    assert_eq!(update(&mut s, Action::Quit), None);
    assert!(s.overlay.is_none());
    assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
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
}

#[test]
fn next_and_previous_article_open_in_the_reader() {
    let mut s = state_with(3, None);
    update(&mut s, Action::NextArticle);
    assert_eq!((s.selected, s.focus), (1, Focus::Reader));
    update(&mut s, Action::NextArticle);
    update(&mut s, Action::NextArticle);
    assert_eq!(s.selected, 2);
    assert_eq!(s.message.as_deref(), Some("Last article"));
    update(&mut s, Action::PrevArticle);
    update(&mut s, Action::PrevArticle);
    update(&mut s, Action::PrevArticle);
    assert_eq!(s.selected, 0);
    assert_eq!(s.message.as_deref(), Some("First article"));
}

fn heading_at_top(s: &State) -> Option<usize> {
    let doc = s.reader.doc.as_ref()?;
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
fn last_section_stops_at_the_end_and_still_counts_as_current() {
    let mut s = state_with(1, Some(article(3, 1)));
    update(&mut s, Action::Section(3));
    assert_eq!(s.current_section(), 2);
    assert!(s.reader.scroll <= s.max_scroll());
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
    assert_eq!(s.reader.pending, Some(Action::NextSection));
    s.article_loaded(0, Ok(Arc::new(article(3, 3))));
    assert_eq!(s.current_section(), 1);
    assert_eq!(heading_at_top(&s), Some(1));
    assert!(s.reader.pending.is_none());
}

#[test]
fn quote_steps_turn_the_mode_on_and_walk_in_order() {
    let mut s = state_with(1, Some(article(4, 3)));
    assert!(!s.reader.quote_mode);
    update(&mut s, Action::NextQuote);
    assert!(s.reader.quote_mode);
    assert_eq!(s.reader.current_quote, Some(0));
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(1));
    let line = s.reader.doc.as_ref().unwrap().quote_lines[1].unwrap();
    assert!((s.reader.scroll..s.reader.scroll + 10).contains(&line));
    update(&mut s, Action::PrevQuote);
    update(&mut s, Action::PrevQuote);
    assert_eq!(s.reader.current_quote, Some(0));
    assert_eq!(s.message.as_deref(), Some("First quotation"));
    update(&mut s, Action::Bottom);
    update(&mut s, Action::NextQuote);
    update(&mut s, Action::NextQuote);
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(3));
    update(&mut s, Action::NextQuote);
    assert_eq!(s.message.as_deref(), Some("Last quotation"));
}

#[test]
fn quote_steps_without_quotations_say_so() {
    let mut s = state_with(1, Some(article(2, 0)));
    update(&mut s, Action::NextQuote);
    assert!(s.reader.quote_mode);
    assert_eq!(s.reader.current_quote, None);
    assert_eq!(s.message.as_deref(), Some("No quotations in this article"));
    update(&mut s, Action::QuoteList);
    assert!(s.overlay.is_none());
}

#[test]
fn toggle_quotes_clears_the_current_quotation() {
    let mut s = state_with(1, Some(article(2, 1)));
    update(&mut s, Action::NextQuote);
    update(&mut s, Action::ToggleQuotes);
    assert!(!s.reader.quote_mode);
    assert_eq!(s.reader.current_quote, None);
    update(&mut s, Action::ToggleQuotes);
    assert!(s.reader.quote_mode);
}

#[test]
fn outline_moves_and_jumps() {
    let mut s = state_with(1, Some(article(5, 2)));
    update(&mut s, Action::Outline);
    assert_eq!(s.overlay, Some(Overlay::Outline { selected: 0 }));
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    update(&mut s, Action::Bottom);
    assert_eq!(s.overlay, Some(Overlay::Outline { selected: 4 }));
    update(&mut s, Action::Up);
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert_eq!(s.current_section(), 3);
    assert_eq!(s.focus, Focus::Reader);
    update(&mut s, Action::Outline);
    assert_eq!(s.overlay, Some(Overlay::Outline { selected: 3 }));
}

#[test]
fn outline_needs_a_loaded_article() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Outline);
    assert!(s.overlay.is_none());
    assert!(s.message.is_some());
}

#[test]
fn quote_list_jumps_to_the_chosen_quotation() {
    let mut s = state_with(1, Some(article(3, 3)));
    update(&mut s, Action::QuoteList);
    assert_eq!(s.overlay, Some(Overlay::Quotes { selected: 0 }));
    update(&mut s, Action::Bottom);
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert_eq!(s.reader.current_quote, Some(2));
    assert!(s.reader.quote_mode);
}

#[test]
fn quotes_whose_marks_do_not_count_are_skipped() {
    let mut s = state_with(1, None);
    let mut settings = s.settings.clone();
    settings.quotes.styles = vec![QuoteMarks::Low];
    s.set_settings(settings);
    s.article_loaded(0, Ok(Arc::new(article(3, 2))));
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, None);
    assert_eq!(s.message.as_deref(), Some("No quotations in this article"));
}

#[test]
fn resizing_rewraps_and_keeps_the_top_text() {
    let mut s = state_with(1, Some(article(3, 4)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Section(3));
    let before = s.reader.doc.as_ref().unwrap().line_text(s.reader.scroll);
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 25,
    });
    assert_eq!(s.reader.doc.as_ref().unwrap().width, 25);
    let after = s.reader.doc.as_ref().unwrap().line_text(s.reader.scroll);
    assert_eq!(before.trim(), "Heading 2");
    assert_eq!(after.trim(), "Heading 2");
}

#[test]
fn a_failed_article_is_not_asked_for_again() {
    let mut s = state_with(1, None);
    assert_eq!(s.wanted(), Some(0));
    s.article_loaded(0, Err("permission denied".into()));
    assert_eq!(s.wanted(), None);
    assert_eq!(s.message.as_deref(), Some("00.txt: permission denied"));
}

// ---- issue 6: marks, positions, search, filter, sort, mouse ----

fn titled(n: usize) -> State {
    let mut s = state_with(n, None);
    let names = [
        "Harbour strike",
        "Night trains",
        "Seine swimming",
        "Tram 28",
    ];
    let batch = (0..n)
        .map(|i| {
            let meta = Meta {
                title: names[i % names.len()].to_string(),
                source: Some(if i % 2 == 0 { "Meridian" } else { "Nordpress" }.into()),
                date: Some(crate::article::Date {
                    year: 2026,
                    month: 1 + u8::try_from(i % 12).unwrap(),
                    day: 1,
                }),
                ..Meta::default()
            };
            (
                i,
                Ok(Head {
                    meta,
                    hash: i as u64,
                }),
            )
        })
        .collect();
    s.heads_loaded(batch);
    s
}

#[test]
fn m_toggles_read_and_s_stars_and_both_are_reported_as_changed() {
    let mut s = titled(3);
    let i = s.selected_index().unwrap();
    update(&mut s, Action::ToggleRead);
    assert!(s.library.entries[i].read);
    assert_eq!(s.unread(), 2);
    update(&mut s, Action::ToggleRead);
    assert!(!s.library.entries[i].read);
    update(&mut s, Action::ToggleStar);
    assert!(s.library.entries[i].starred);
    assert_eq!(s.take_changed(), vec![i]);
    assert!(s.take_changed().is_empty());
}

#[test]
fn starred_only_shows_starred_and_back() {
    let mut s = titled(4);
    update(&mut s, Action::Down);
    update(&mut s, Action::ToggleStar);
    let starred = s.selected_index().unwrap();
    update(&mut s, Action::StarredOnly);
    assert_eq!(s.order, vec![starred]);
    update(&mut s, Action::ToggleStar);
    assert!(s.order.is_empty(), "unstarring hides it");
    update(&mut s, Action::StarredOnly);
    assert_eq!(s.order.len(), 4);
}

#[test]
fn newest_first_and_sort_cycles_date_title_source() {
    let mut s = titled(4);
    let dates: Vec<_> = s
        .order
        .iter()
        .map(|&i| s.library.entries[i].meta.as_ref().unwrap().date.unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    update(&mut s, Action::CycleSort);
    let titles: Vec<String> = s
        .order
        .iter()
        .map(|&i| s.library.entries[i].title())
        .collect();
    assert_eq!(
        titles,
        [
            "Harbour strike",
            "Night trains",
            "Seine swimming",
            "Tram 28"
        ]
    );
    update(&mut s, Action::CycleSort);
    let first = &s.library.entries[s.order[0]];
    assert_eq!(
        first.meta.as_ref().unwrap().source.as_deref(),
        Some("Meridian")
    );
    update(&mut s, Action::CycleSort);
    assert_eq!(s.settings.sort.key, crate::config::SortKey::Date);
}

#[test]
fn slash_in_the_list_filters_as_you_type_and_esc_clears() {
    let mut s = titled(4);
    update(&mut s, Action::Search);
    assert_eq!(s.input.as_ref().map(|i| i.kind), Some(InputKind::Filter));
    for c in "nitr".chars() {
        s.input_char(c);
    }
    let titles: Vec<String> = s
        .order
        .iter()
        .map(|&i| s.library.entries[i].title())
        .collect();
    assert_eq!(titles, ["Night trains"], "fuzzy: n-i-t-r");
    assert_eq!(s.reader.entry, s.selected_index(), "the reader follows");
    s.input_cancel();
    assert_eq!(s.order.len(), 4);
    // Enter keeps the filter; Back (Esc) in the list clears it.
    update(&mut s, Action::Search);
    s.input_char('m');
    s.input_char('e');
    s.input_char('r');
    assert!(s.input_submit().is_none());
    assert_eq!(s.order.len(), 2, "source matches too");
    update(&mut s, Action::Back);
    assert_eq!(s.order.len(), 4);
}

#[test]
fn slash_in_the_reader_searches_incrementally_and_n_steps() {
    let mut s = state_with(1, Some(article(4, 2)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Search);
    assert_eq!(s.input.as_ref().map(|i| i.kind), Some(InputKind::Search));
    for c in "quoted".chars() {
        s.input_char(c);
    }
    let n = s.reader.search.as_ref().unwrap().matches.len();
    assert_eq!(n, 8, "two paragraphs in each of four sections");
    assert_eq!(s.reader.search.as_ref().unwrap().current, Some(0));
    s.input_submit();
    assert!(s.message.as_deref().unwrap().starts_with("8 matches"));
    update(&mut s, Action::SearchNext);
    assert_eq!(s.reader.search.as_ref().unwrap().current, Some(1));
    update(&mut s, Action::SearchPrev);
    update(&mut s, Action::SearchPrev);
    assert_eq!(s.reader.search.as_ref().unwrap().current, Some(7));
    assert_eq!(s.message.as_deref(), Some("Search wrapped"));
    let line = s.reader.doc.as_ref().unwrap();
    let (b, r) = &s.reader.search.as_ref().unwrap().matches[7];
    let at = line.line_of(*b, r.start);
    assert!(
        (s.reader.scroll..s.reader.scroll + 10).contains(&at),
        "current match is visible"
    );
    // Esc (Back) clears the highlights before it leaves the reader.
    update(&mut s, Action::Back);
    assert!(s.reader.search.is_none());
    assert_eq!(s.focus, Focus::Reader);
}

#[test]
fn a_search_with_capitals_is_case_sensitive_and_escape_restores_the_scroll() {
    let mut s = state_with(1, Some(article(4, 2)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Down);
    update(&mut s, Action::Search);
    s.input_char('Q');
    assert_eq!(s.reader.search.as_ref().unwrap().matches.len(), 8);
    s.input_char('U');
    assert_eq!(s.reader.search.as_ref().unwrap().matches.len(), 0);
    s.input_backspace();
    s.input_backspace();
    assert!(s.reader.search.is_none());
    s.input_char('x');
    s.input_cancel();
    assert!(s.reader.search.is_none());
    assert_eq!(s.reader.scroll, 1);
}

#[test]
fn n_without_a_search_says_so() {
    let mut s = state_with(1, Some(article(2, 2)));
    update(&mut s, Action::SearchNext);
    assert_eq!(s.message.as_deref(), Some("No search: press / first"));
}

#[test]
fn an_article_open_for_three_seconds_is_read() {
    use std::time::{Duration, Instant};
    let mut s = state_with(2, Some(article(2, 2)));
    let t0 = Instant::now();
    s.tick(t0);
    assert!(!s.library.entries[0].read, "only in the focused reader");
    update(&mut s, Action::Open);
    s.tick(t0);
    s.tick(t0 + Duration::from_secs(2));
    assert!(!s.library.entries[0].read);
    s.tick(t0 + READ_AFTER);
    assert!(s.library.entries[0].read);
    // A deliberate "unread" stays.
    update(&mut s, Action::ToggleRead);
    s.tick(t0 + Duration::from_secs(10));
    assert!(!s.library.entries[0].read);
}

#[test]
fn scrolling_past_half_marks_read() {
    let mut s = state_with(1, Some(article(4, 4)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Down);
    assert!(!s.library.entries[0].read);
    update(&mut s, Action::Bottom);
    assert!(s.library.entries[0].read);
}

#[test]
fn the_reading_position_is_kept_and_restored() {
    let mut s = state_with(2, Some(article(4, 3)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Section(3));
    let top = s.reader.doc.as_ref().unwrap().line_text(s.reader.scroll);
    let anchor = s.anchor();
    // Leave for the other article: the position is kept in the entry.
    update(&mut s, Action::NextArticle);
    assert_eq!(s.library.entries[0].anchor, anchor);
    assert!(s.take_changed().contains(&0));
    // Come back: restored once the article is there.
    update(&mut s, Action::PrevArticle);
    assert_eq!(
        s.reader.doc.as_ref().unwrap().line_text(s.reader.scroll),
        top
    );
}

#[test]
fn a_saved_position_is_applied_when_the_article_arrives() {
    let mut s = state_with(1, None);
    let probe = {
        let mut p = state_with(1, Some(article(4, 3)));
        update(&mut p, Action::Section(4));
        (
            p.anchor().unwrap(),
            p.reader.doc.as_ref().unwrap().line_text(p.reader.scroll),
        )
    };
    s.library.entries[0].anchor = Some(probe.0);
    s.article_loaded(0, Ok(Arc::new(article(4, 3))));
    assert_eq!(
        s.reader.doc.as_ref().unwrap().line_text(s.reader.scroll),
        probe.1
    );
}

#[test]
fn full_text_hits_open_the_article_at_the_match() {
    let mut s = titled(3);
    s.hits_found(
        "quoted 2",
        vec![Hit {
            entry: 2,
            snippet: "…".into(),
        }],
        true,
    );
    assert_eq!(s.overlay, Some(Overlay::Hits { selected: 0 }));
    update(&mut s, Action::Open);
    assert_eq!(s.selected_index(), Some(2));
    assert_eq!(s.focus, Focus::Reader);
    s.article_loaded(2, Ok(Arc::new(article(4, 2))));
    let f = s.reader.search.as_ref().unwrap();
    assert_eq!(f.query, "quoted 2");
    assert_eq!(f.matches.len(), 2);
    let at = s
        .reader
        .doc
        .as_ref()
        .unwrap()
        .line_of(f.matches[0].0, f.matches[0].1.start);
    assert!((s.reader.scroll..s.reader.scroll + 10).contains(&at));
}

#[test]
fn search_all_asks_the_app_on_enter() {
    let mut s = titled(2);
    update(&mut s, Action::SearchAll);
    s.input_char('x');
    assert_eq!(s.input_submit(), Some(Effect::SearchAll("x".into())));
}

#[test]
fn links_overlay_opens_the_chosen_url_as_an_effect() {
    let mut a = article(1, 1);
    a.sections[0]
        .blocks
        .push(Block::paragraph("See https://example.org/report."));
    let mut s = state_with(1, Some(a));
    update(&mut s, Action::Links);
    assert_eq!(s.overlay, Some(Overlay::Links { selected: 0 }));
    assert_eq!(
        update(&mut s, Action::Open),
        Some(Effect::OpenUrl("https://example.org/report".into()))
    );
    let mut none = state_with(1, Some(article(1, 1)));
    update(&mut none, Action::Links);
    assert!(none.overlay.is_none());
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_it_and_a_click_selects() {
    let mut s = state_with(12, Some(article(3, 3)));
    s.wheel(Pane::Reader, true);
    assert_eq!(s.reader.scroll, 3);
    assert_eq!(s.selected, 0);
    s.wheel(Pane::List, true);
    assert_eq!(s.selected, 3);
    s.click(Pane::List, Some(1));
    assert_eq!(s.selected, s.list_offset + 1);
    s.click(Pane::Reader, None);
    assert_eq!(s.focus, Focus::Reader);
}

#[test]
fn skipped_files_are_listed_with_reasons() {
    let mut s = state_with(2, None);
    s.library.skipped.push(crate::library::Skipped {
        path: "x.pdf".into(),
        reason: "not an article".into(),
    });
    s.article_loaded(1, Err("binary file".into()));
    update(&mut s, Action::Skipped);
    assert_eq!(s.overlay, Some(Overlay::Skipped { scroll: 0 }));
    assert_eq!(
        s.skipped_rows(),
        vec![
            ("x.pdf".to_string(), "not an article".to_string()),
            ("01.txt".to_string(), "binary file".to_string())
        ]
    );
}

#[test]
fn a_rescanned_library_keeps_marks_and_selection() {
    let mut s = titled(3);
    update(&mut s, Action::Down);
    update(&mut s, Action::ToggleStar);
    let path = s.selected_entry().unwrap().path.clone();
    let fresh = Library {
        entries: (0..3).map(|i| entry(&format!("{i:02}.txt"))).collect(),
        label: "test".into(),
        ..Library::default()
    };
    s.set_library(fresh);
    let e = s.library.entries.iter().find(|e| e.path == path).unwrap();
    assert!(e.starred);
    assert_eq!(s.selected_entry().unwrap().path, path);
}

#[test]
fn the_newest_stays_selected_while_heads_arrive_until_the_user_picks() {
    let mut s = state_with(3, None);
    let head = |i: usize, month: u8| {
        let meta = Meta {
            title: format!("t{i}"),
            date: Some(crate::article::Date {
                year: 2026,
                month,
                day: 1,
            }),
            ..Meta::default()
        };
        (
            i,
            Ok(Head {
                meta,
                hash: i as u64,
            }),
        )
    };
    s.heads_loaded(vec![head(2, 9)]);
    assert_eq!(
        s.selected_index(),
        Some(2),
        "the newest is at the top and selected"
    );
    s.heads_loaded(vec![head(1, 11)]);
    assert_eq!(s.selected_index(), Some(1));
    assert_eq!(s.reader.entry, Some(1), "the reader shows it");
    // Once the user has moved, the selection follows its article.
    update(&mut s, Action::Down);
    let picked = s.selected_index();
    s.heads_loaded(vec![head(0, 12)]);
    assert_eq!(s.selected_index(), picked);
}

// ---- huge articles: pieces first, layout off the UI thread ----

fn doc_of(a: &Article, s: &State) -> crate::doc::Doc {
    crate::doc::build(a, s.build_options())
}

#[test]
fn a_huge_article_shows_its_beginning_then_its_end_then_the_whole() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    let head = article(2, 3);
    let tail = article(2, 4);
    let whole = article(6, 4);
    s.partial_loaded(0, Part::Head, doc_of(&head, &s), 20 << 20);
    assert!(s.is_partial());
    assert_eq!(s.reader.len(), doc_of(&head, &s).len());
    // G before the end has arrived stays in the beginning.
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.scroll, s.max_scroll());
    update(&mut s, Action::Top);
    s.partial_loaded(0, Part::Tail, doc_of(&tail, &s), 20 << 20);
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.partial.as_ref().unwrap().showing, Some(Part::Tail));
    assert_eq!(s.reader.len(), doc_of(&tail, &s).len());
    assert_eq!(s.reader.scroll, s.max_scroll(), "at the end of the end");
    update(&mut s, Action::Up);
    let from_bottom = s.reader.len() - s.reader.scroll;
    // The whole article replaces the pieces at the same distance from the end.
    let prebuilt = Some((s.build_options(), doc_of(&whole, &s)));
    s.article_loaded_with(0, Ok(Arc::new(whole.clone())), prebuilt);
    assert!(!s.is_partial());
    assert_eq!(s.reader.len(), doc_of(&whole, &s).len());
    assert_eq!(s.reader.len() - s.reader.scroll, from_bottom);
    // g and G are ordinary again.
    update(&mut s, Action::Top);
    assert_eq!(s.reader.scroll, 0);
}

#[test]
fn pieces_of_another_article_are_ignored() {
    let mut s = state_with(2, None);
    let head = article(1, 1);
    let d = doc_of(&head, &s);
    s.partial_loaded(1, Part::Head, d, 1);
    assert!(!s.is_partial());
    assert!(s.reader.doc.is_none());
}

#[test]
fn a_huge_article_is_laid_out_again_off_the_ui_thread() {
    let mut big = article(2, 2);
    big.words = reader::BACKGROUND_WORDS + 1;
    let mut s = state_with(1, None);
    let prebuilt = Some((s.build_options(), doc_of(&big, &s)));
    s.article_loaded_with(0, Ok(Arc::new(big.clone())), prebuilt);
    assert!(s.reader.doc.is_some());
    assert!(s.reader.rewrap.is_none(), "laid out already");
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 30,
    });
    let asked = s.reader.rewrap.take().expect("asks for a new layout");
    assert_eq!(asked.width, 30);
    assert_eq!(
        s.reader.doc.as_ref().unwrap().width,
        40,
        "old layout kept meanwhile"
    );
    let fresh = crate::doc::build(&big, asked);
    s.doc_built(0, asked, fresh);
    assert_eq!(s.reader.doc.as_ref().unwrap().width, 30);
    // A layout for options that are no longer current is dropped.
    let stale = crate::doc::build(&big, s.build_options());
    let mut old = s.build_options();
    old.width = 55;
    s.doc_built(0, old, stale);
    assert_eq!(s.reader.doc.as_ref().unwrap().width, 30);
}
