//! Snippets: where a full-text query occurs in an article, as the results
//! overlay shows it.

use std::ops::Range;

use crate::search::Query;
use crate::search::terms::Terms;
use crate::state::{HitLine, Snippet};

/// Where `q` occurs in `text`: the number of matches and the first matching
/// lines ([`Snippet::MAX_LINES`]), each on one line. `None` if it does not occur.
pub fn snippet(text: &str, q: &Query) -> Option<Snippet> {
    q.first(text)?;
    let found = lines(text, |line| q.find_all(line));
    // A query is one line, so a match is always inside a line.
    (found.count > 0).then_some(found)
}

/// Where the parts of `terms` occur in `text` (a speaker's name too), as
/// [`snippet`]; no lines when only a speaker matched and their name is not
/// written in the text as the query has it.
pub fn snippet_of(text: &str, terms: &Terms) -> Snippet {
    lines(text, |line| terms.find_all(line))
}

fn lines(text: &str, find_all: impl Fn(&str) -> Vec<Range<usize>>) -> Snippet {
    let mut found = Snippet::default();
    for line in text.lines() {
        let marks = find_all(line);
        if marks.is_empty() {
            continue;
        }
        found.count += marks.len();
        if found.lines.len() < Snippet::MAX_LINES {
            found.lines.push(cut(line, &marks));
        }
    }
    found
}

/// Characters kept before a line's first match.
const BEFORE: usize = 24;
/// Characters kept of a line, at most (the overlay cuts it to its width).
const KEEP: usize = 160;

/// `line` from a little before its first match, tabs as spaces, with `marks`
/// moved to match.
fn cut(line: &str, marks: &[Range<usize>]) -> HitLine {
    let first = marks.first().map_or(0, |m| m.start);
    let head = line.get(..first).unwrap_or_default();
    // Start at a word, at most BEFORE characters back.
    let mut start = head
        .char_indices()
        .rev()
        .nth(BEFORE.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if start > 0
        && let Some(space) = head.get(start..).and_then(|h| h.find(char::is_whitespace))
    {
        start += space;
    }
    let lead = line.get(start..).unwrap_or_default().trim_start();
    start = line.len() - lead.len();
    let end = lead
        .char_indices()
        .nth(KEEP)
        .map_or(line.len(), |(i, _)| start + i);
    let prefix = if start > 0 { "…" } else { "" };
    let text = format!("{prefix}{}", line.get(start..end).unwrap_or_default()).replace('\t', " ");
    let marks = marks
        .iter()
        .filter(|m| m.start >= start && m.end <= end)
        .map(|m| m.start - start + prefix.len()..m.end - start + prefix.len())
        .collect();
    HitLine { text, marks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_matching_line_is_kept_with_its_matches_and_all_are_counted() {
        let q = Query::new("harbour").unwrap();
        let text = "Harbour plan approved\n\nThe old harbour market will reopen in spring, the council said, and the harbour master agreed.\nNothing here.\nA harbour.\nHarbour four.\nharbour five";
        let s = snippet(text, &q).unwrap();
        assert_eq!(s.count, 6);
        assert_eq!(s.lines.len(), 3);
        assert_eq!(s.lines[0].text, "Harbour plan approved");
        assert_eq!(s.lines[0].marks, vec![Range { start: 0, end: 7 }]);
        let second = &s.lines[1];
        assert!(
            second.text.starts_with("The old harbour market"),
            "{second:?}"
        );
        let marked: Vec<&str> = second
            .marks
            .iter()
            .map(|m| &second.text[m.clone()])
            .collect();
        assert_eq!(marked, ["harbour", "harbour"]);
        assert!(snippet("nothing here", &q).is_none());
    }

    #[test]
    fn a_long_line_starts_a_little_before_its_match_at_a_word() {
        let q = Query::new("ferry").unwrap();
        let line = format!("{} the ferry crews waited.", "words ".repeat(30));
        let s = snippet(&line, &q).unwrap();
        let l = &s.lines[0];
        assert!(l.text.starts_with("…words"), "{l:?}");
        assert_eq!(&l.text[l.marks[0].clone()], "ferry");
        assert!(l.text.chars().count() <= 50, "{l:?}");
    }
}
