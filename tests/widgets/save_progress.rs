//! `a`: the "save URL: " prompt in the status bar (mode SAVE), then the progress
//! line while the save runs, in the message style, until a message replaces it.

use super::*;

fn status(s: &State, config: &Config, w: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, 1));
    (&StatusBar {
        state: s,
        theme: &config.theme,
        keys: &config.keys,
    })
        .render(buf.area, &mut buf);
    buf
}

#[test]
fn the_prompt_then_the_progress_line_then_the_outcome() {
    let config = Config::builtin();
    let t = &config.theme;
    let mut s = state(&config, 2, None, 80, 10);
    update(&mut s, Action::AddUrl);
    for c in "https://example.com/ferry".chars() {
        s.input_char(c);
    }
    let buf = status(&s, &config, 80);
    let row = row_text(&buf, 0);
    assert!(
        row.starts_with(" SAVE  save URL: https://example.com/ferry█"),
        "{row}"
    );
    assert_eq!(buf[(1, 0)].style().fg, t.status_mode.fg);
    assert_eq!(buf[(7, 0)].style().bg, t.status.bg);
    // Enter: the save runs; the status bar says so, in the message style.
    s.input_submit();
    let buf = status(&s, &config, 80);
    let row = row_text(&buf, 0);
    let Some((x, _)) = find(&buf, "saving https://example.com/ferry…") else {
        panic!("{row}");
    };
    assert!(row.starts_with(" LIST "), "{row}");
    let message = t.status_message;
    assert_eq!(buf[(x, 0)].style().fg, message.fg, "{row}");
    assert_eq!(buf[(x, 0)].style().bg, message.bg, "{row}");
    // A message wins while it is there; the progress line comes back after.
    s.message = Some("3 matches".into());
    assert!(row_text(&status(&s, &config, 80), 0).contains("3 matches"));
    s.message = None;
    assert!(row_text(&status(&s, &config, 80), 0).contains("saving https://"));
    // Done: the outcome replaces it.
    s.url_saved(
        "https://example.com/ferry",
        Err("https://example.com/ferry: HTTP 404 Not Found".into()),
    );
    let row = row_text(&status(&s, &config, 80), 0);
    assert!(
        row.contains("https://example.com/ferry: HTTP 404 Not Found"),
        "{row}"
    );
    assert!(!row.contains("saving"), "{row}");
}
