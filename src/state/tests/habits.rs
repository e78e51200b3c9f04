//! Reading habits: marks, positions, search, filter, sort, links, mouse.

use std::sync::Arc;

use super::super::*;
use super::{article, entry, state_with};
use crate::article::{Block, Meta};
use crate::library::load::Head;

pub(super) fn titled(n: usize) -> State {
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
                    file: None,
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
    assert_eq!(s.list.order, vec![starred]);
    update(&mut s, Action::ToggleStar);
    assert!(s.list.order.is_empty(), "unstarring hides it");
    update(&mut s, Action::StarredOnly);
    assert_eq!(s.list.order.len(), 4);
}

#[test]
fn newest_first_and_sort_cycles_date_title_source() {
    let mut s = titled(4);
    let dates: Vec<_> = s
        .list
        .order
        .iter()
        .map(|&i| s.library.entries[i].meta.as_ref().unwrap().date.unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    let titles = |s: &State| -> Vec<String> {
        s.list
            .order
            .iter()
            .map(|&i| s.library.entries[i].title().into_owned())
            .collect()
    };
    // `t` keeps the configured order ("descending": newest or Z first).
    update(&mut s, Action::CycleSort);
    assert_eq!(
        titles(&s),
        [
            "Tram 28",
            "Seine swimming",
            "Night trains",
            "Harbour strike"
        ]
    );
    assert_eq!(s.message.as_deref(), Some("Sorted by title, Z to A"));
    update(&mut s, Action::CycleSort);
    let first = &s.library.entries[s.list.order[0]];
    assert_eq!(
        first.meta.as_ref().unwrap().source.as_deref(),
        Some("Nordpress")
    );
    update(&mut s, Action::CycleSort);
    assert_eq!(s.settings.sort.key, crate::config::SortKey::Date);
    assert!(s.settings.sort.descending);
    // Configured "ascending": A to Z, and oldest first when back at the date.
    s.settings.sort.descending = false;
    update(&mut s, Action::CycleSort);
    assert_eq!(
        titles(&s),
        [
            "Harbour strike",
            "Night trains",
            "Seine swimming",
            "Tram 28"
        ]
    );
    update(&mut s, Action::CycleSort);
    update(&mut s, Action::CycleSort);
    assert_eq!(s.settings.sort.key, crate::config::SortKey::Date);
    assert!(!s.settings.sort.descending, "the configured order stays");
    assert_eq!(s.message.as_deref(), Some("Sorted by date, oldest first"));
}

#[test]
fn reverse_sort_flips_the_order_and_keeps_the_key() {
    let mut s = titled(4);
    update(&mut s, Action::CycleSort);
    assert_eq!(s.settings.sort.key, crate::config::SortKey::Title);
    assert!(s.settings.sort.descending);
    update(&mut s, Action::ReverseSort);
    assert_eq!(s.settings.sort.key, crate::config::SortKey::Title);
    assert!(!s.settings.sort.descending);
    let first = &s.library.entries[s.list.order[0]];
    assert_eq!(first.title(), "Harbour strike");
    assert_eq!(s.message.as_deref(), Some("Sorted by title, A to Z"));
    update(&mut s, Action::ReverseSort);
    assert!(s.settings.sort.descending);
    assert_eq!(s.message.as_deref(), Some("Sorted by title, Z to A"));
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
    let top = s.reader.doc().unwrap().line_text(s.reader.scroll);
    let anchor = s.anchor();
    // Leave for the other article: the position is kept in the entry.
    update(&mut s, Action::NextArticle);
    assert_eq!(s.library.entries[0].anchor, anchor);
    assert!(s.take_changed().contains(&0));
    // Come back: restored once the article is there.
    update(&mut s, Action::PrevArticle);
    assert_eq!(s.reader.doc().unwrap().line_text(s.reader.scroll), top);
}

#[test]
fn a_saved_position_is_applied_when_the_article_arrives() {
    let mut s = state_with(1, None);
    let probe = {
        let mut p = state_with(1, Some(article(4, 3)));
        update(&mut p, Action::Section(4));
        (
            p.anchor().unwrap(),
            p.reader.doc().unwrap().line_text(p.reader.scroll),
        )
    };
    s.library.entries[0].anchor = Some(probe.0);
    s.article_loaded(0, Ok(Arc::new(article(4, 3))));
    assert_eq!(s.reader.doc().unwrap().line_text(s.reader.scroll), probe.1);
}

#[test]
fn links_overlay_opens_the_chosen_url_as_an_effect() {
    let mut a = article(1, 1);
    a.sections[0]
        .blocks
        .push(Block::paragraph("See https://example.org/report."));
    let mut s = state_with(1, Some(a));
    update(&mut s, Action::Links);
    assert!(matches!(
        s.overlay,
        Some(Overlay::Links { selected: 0, .. })
    ));
    update(&mut s, Action::Open);
    assert_eq!(
        s.take_effects(),
        [Effect::OpenUrl("https://example.org/report".into())]
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
    assert_eq!(s.list.selected, 0);
    s.wheel(Pane::List, true);
    assert_eq!(s.list.selected, 3);
    s.click(Pane::List, Some(1));
    assert_eq!(s.list.selected, s.list.offset + 1);
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
                file: None,
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

#[test]
fn a_saved_position_that_arrives_after_the_article_still_applies() {
    let mut s = state_with(1, Some(article(4, 3)));
    let probe = {
        let mut p = state_with(1, Some(article(4, 3)));
        update(&mut p, Action::Section(4));
        p.anchor().unwrap()
    };
    assert_eq!(s.reader.scroll, 0);
    s.library.entries[0].anchor = Some(probe);
    s.anchor_arrived(0);
    assert_eq!(s.anchor(), Some(probe));
    // Once the reader has moved, a late anchor does not pull it away.
    update(&mut s, Action::Open);
    update(&mut s, Action::Top);
    update(&mut s, Action::Down);
    s.anchor_arrived(0);
    assert_eq!(s.reader.scroll, 1);
}

#[test]
fn a_key_pressed_while_the_article_loads_is_done_when_it_arrives() {
    let mut s = state_with(1, None);
    update(&mut s, Action::Open);
    update(&mut s, Action::Bottom);
    assert_eq!(super::waiting_key(&s), Some(Action::Bottom));
    s.article_loaded(0, Ok(Arc::new(article(4, 4))));
    assert_eq!(s.reader.scroll, s.max_scroll());
    assert!(s.reader.scroll > 0);
}

#[test]
fn remembered_marks_reach_the_entries_the_list_and_the_open_article() {
    let mut s = super::state_with(3, Some(article(4, 3)));
    let place = {
        let mut p = super::state_with(1, Some(article(4, 3)));
        update(&mut p, Action::Section(3));
        p.anchor()
    };
    update(&mut s, Action::StarredOnly);
    assert!(s.list.order.is_empty());
    s.remembered(vec![
        Remembered::Marks {
            entry: 0,
            read: true,
            starred: true,
            anchor: place,
        },
        Remembered::ChangedFirst(2),
    ]);
    assert!(s.library.entries[0].read && s.library.entries[0].starred);
    assert_eq!(s.list.order, [0], "the starred list shows it at once");
    assert_eq!(s.anchor(), place, "the open article goes to its place");
    assert_eq!(s.take_changed(), [2], "only the user's change is saved");
}
