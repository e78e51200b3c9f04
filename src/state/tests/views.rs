//! How the panes are shown: full screen (one pane at a time) or the split.

use super::*;

#[test]
fn full_screen_shows_the_reader_and_toggles_back() {
    let mut s = state_with(3, Some(article(2, 3)));
    assert!(!s.full_screen);
    assert_eq!(s.focus, Focus::List);
    update(&mut s, Action::FullScreen);
    assert!(s.full_screen);
    assert_eq!(s.focus, Focus::Reader, "the reader takes the window");
    // Back shows the list (over the whole window), Open the reader again:
    // full screen stays until it is toggled off.
    update(&mut s, Action::Back);
    assert_eq!((s.full_screen, s.focus), (true, Focus::List));
    update(&mut s, Action::Open);
    assert_eq!((s.full_screen, s.focus), (true, Focus::Reader));
    update(&mut s, Action::FullScreen);
    assert!(!s.full_screen);
    assert_eq!(s.focus, Focus::Reader, "the split keeps the focus");
    // Nothing to read: full screen still toggles, the focus stays put.
    let mut empty = state_with(0, None);
    update(&mut empty, Action::FullScreen);
    assert_eq!((empty.full_screen, empty.focus), (true, Focus::List));
}
