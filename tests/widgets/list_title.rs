//! The list pane's title tells the view in force: the filter, starred-only and
//! the sort, shortened to fit.

use super::*;

#[test]
fn the_list_title_shows_the_filter_starred_only_and_the_sort() {
    let config = Config::builtin();
    let mut s = state(&config, 16, None, 160, 24);
    for e in &mut s.library.entries {
        e.hash = Some(1);
    }
    s.library.entries[3].starred = true;
    s.library.entries[12].starred = true;
    s.list.filter = Some("number 1".into());
    update(&mut s, Action::StarredOnly);
    let buf = render(&s, &config, 160, 24);
    let top = row_text(&buf, 0);
    assert!(top.contains(" Articles 1/16 · "), "{top}");
    assert!(top.contains(" · /number 1 · ★ · date ↓ · "), "{top}");
    // The title is drawn in the pane title's style (bold by default).
    let pane_title = config.theme.pane_title;
    assert!(!pane_title.add_modifier.is_empty());
    assert!(buf[(2, 0)].modifier.contains(pane_title.add_modifier));
}

#[test]
fn at_80_columns_the_list_title_keeps_the_view_and_drops_the_rest() {
    let config = Config::builtin();
    let mut s = state(&config, 16, None, 80, 24);
    for e in &mut s.library.entries {
        e.hash = Some(1);
    }
    s.list.filter = Some("nordp".into());
    update(&mut s, Action::StarredOnly);
    let buf = render(&s, &config, 80, 24);
    let top = row_text(&buf, 0);
    assert!(top.contains("╭ 0/16 · /nordp · ★ · date ↓ ╮"), "{top}");
    let settings = Settings {
        sort: byline::config::Sort {
            key: byline::config::SortKey::Title,
            descending: false,
        },
        ..Settings::default()
    };
    let mut lib = library(16);
    for e in &mut lib.entries {
        e.hash = Some(1);
    }
    let mut s = State::new(lib, settings);
    update(&mut s, Action::Search);
    for c in "nordp".chars() {
        s.input_char(c);
    }
    let _ = s.input_submit();
    let buf = render(&s, &config, 80, 24);
    let top = row_text(&buf, 0);
    assert!(top.contains("╭ 16/16 · /nordp · title ↑ "), "{top}");
}

#[test]
fn unread_only_shows_in_the_title_and_mark_all_read_asks_in_the_status_bar() {
    let config = Config::builtin();
    let mut s = state(&config, 16, None, 120, 24);
    for e in &mut s.library.entries {
        e.hash = Some(1);
    }
    s.library.entries[5].read = true;
    update(&mut s, Action::UnreadOnly);
    update(&mut s, Action::MarkAllRead);
    let buf = render(&s, &config, 120, 24);
    let top = row_text(&buf, 0);
    assert!(
        top.contains(" Articles 15/16 · 15 unread · ● · date ↓ "),
        "{top}"
    );
    let status = row_text(&buf, 23);
    assert!(
        status.starts_with(" CONFIRM  Mark 15 articles read? (y/n)"),
        "{status}"
    );
    // The question is in the message style.
    let message = config.theme.status_message;
    assert_eq!(buf[(12, 23)].fg, message.fg.unwrap_or_default());
}
