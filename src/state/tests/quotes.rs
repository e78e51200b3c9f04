//! Quote mode: stepping through quotations, turning it off.

use super::*;

#[test]
fn quote_steps_turn_the_mode_on_and_walk_in_order() {
    let mut s = state_with(1, Some(article(4, 3)));
    assert!(!s.reader.quote_mode);
    update(&mut s, Action::NextQuote);
    assert!(s.reader.quote_mode);
    assert_eq!(s.reader.current_quote, Some(0));
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(1));
    let line = s.reader.doc().unwrap().quote_lines[1].unwrap();
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
