//! One rule for the section in the status bar: the section whose text is at
//! the top line, or, with the end of the text on screen, the last heading
//! visible; jumps put headings on the top line, past the end of the text if
//! need be.

use super::*;

fn heading_at_top(s: &State) -> Option<usize> {
    let doc = s.reader.doc()?;
    doc.section_lines.iter().position(|&l| l == s.reader.scroll)
}

/// The last heading on screen.
fn last_heading_visible(s: &State) -> Option<usize> {
    let doc = s.reader.doc()?;
    let shown = s.reader.scroll..s.reader.scroll + s.viewport.reader_rows;
    doc.section_lines.iter().rposition(|l| shown.contains(l))
}

#[test]
fn a_jump_near_the_end_puts_the_heading_on_the_top_line() {
    // Short last sections: their headings cannot reach the top without
    // scrolling past the end of the text.
    let mut s = state_with(1, Some(article(4, 1)));
    for n in 2..=4u8 {
        update(&mut s, Action::Section(n));
        assert_eq!(heading_at_top(&s), Some(usize::from(n) - 1), "section {n}");
        assert_eq!(s.current_section(), usize::from(n) - 1);
    }
    assert!(s.reader.scroll > s.max_scroll(), "past the end of the text");
    // `]` does the same, and `[` comes back with the heading on top.
    update(&mut s, Action::Section(2));
    update(&mut s, Action::NextSection);
    update(&mut s, Action::NextSection);
    assert_eq!(heading_at_top(&s), Some(3));
    update(&mut s, Action::PrevSection);
    assert_eq!(heading_at_top(&s), Some(2));
}

#[test]
fn the_end_of_the_text_shows_the_last_heading_visible() {
    let mut s = state_with(1, Some(article(4, 1)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.scroll, s.max_scroll());
    let last = last_heading_visible(&s).expect("a heading on the last page");
    assert_eq!(s.current_section(), last);
    // The same screen reached by a jump says the same as soon as the top
    // line is not a heading: one rule, whatever the way there.
    update(&mut s, Action::Section(1));
    update(&mut s, Action::Bottom);
    assert_eq!(s.current_section(), last);
}

#[test]
fn scrolling_stops_at_the_end_but_a_jump_past_it_stays_until_scrolled_back() {
    let mut s = state_with(1, Some(article(4, 1)));
    update(&mut s, Action::Section(4));
    let past = s.reader.scroll;
    assert!(past > s.max_scroll());
    // Down does not scroll further past the end; Up scrolls back one line.
    update(&mut s, Action::Down);
    assert_eq!(s.reader.scroll, past);
    update(&mut s, Action::Up);
    assert_eq!(s.reader.scroll, past - 1);
    // G shows the end at the bottom of the pane.
    update(&mut s, Action::Section(4));
    update(&mut s, Action::Bottom);
    assert_eq!(s.reader.scroll, s.max_scroll());
}

#[test]
fn stepping_to_a_quotation_updates_the_section() {
    // Short sections, a quotation opening each: the next quotations are on
    // screen already after `1`.
    let mut s = state_with(1, Some(article(3, 1)));
    update(&mut s, Action::Section(1));
    assert_eq!(s.current_section(), 0);
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(0));
    assert_eq!(s.current_section(), 0);
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(1));
    assert_eq!(s.current_section(), 1, "the quotation's section");
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(2));
    assert_eq!(s.current_section(), 2, "the quotation's section");
    update(&mut s, Action::PrevQuote);
    assert_eq!(s.current_section(), 1, "back in the quotation's section");
    update(&mut s, Action::PrevQuote);
    assert_eq!(s.current_section(), 0, "back in the quotation's section");
}

#[test]
fn a_taller_pane_keeps_a_heading_on_top_but_not_an_end_scrolled_to() {
    let taller = Viewport {
        list_rows: 5,
        reader_rows: 16,
        text_width: 40,
        margin: 0,
    };
    // G, then the window grows: the end stays at the bottom, no rows past it.
    let mut s = state_with(1, Some(article(6, 2)));
    update(&mut s, Action::Open);
    update(&mut s, Action::Bottom);
    s.set_viewport(taller);
    assert_eq!(s.reader.scroll, s.max_scroll());
    // A jump past the end, then the window grows: the heading stays on top.
    let mut s = state_with(1, Some(article(6, 1)));
    update(&mut s, Action::Section(6));
    assert!(s.reader.past_end);
    s.set_viewport(taller);
    assert_eq!(heading_at_top(&s), Some(5));
}
