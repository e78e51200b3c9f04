//! A publication-date line near the top of a saved page: `14 March 2026`,
//! `Published: March 14, 2026 10:32 GMT`, `Updated Tue 14 Mar 2026`, `2026-03-14`.
//!
//! Such a line stays in the body as a paragraph (no text is lost) but is passed over
//! by the headline, byline and dateline rules and is never a subheading; when it
//! gives a full date, that is the article's date.

use super::date::{self, full_date};
use crate::article::Date;

/// Words that may stand around the date.
const FILLERS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "est",
    "edt",
    "pst",
    "pdt",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "aktualisiert",
    "veröffentlicht",
    "um",
    "uhr",
    "publié",
    "le",
    "mis",
    "à",
    "jour",
    "|",
    "-",
    "—",
    "·",
];

/// Longest date line, in words.
const MAX_WORDS: usize = 12;

/// A publication-date line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The full date, when the line gives a year.
    pub date: Option<Date>,
}

/// The line is only a date (with fillers).
pub(crate) fn date_line(line: &str) -> Option<DateLine> {
    // Every date has a digit in it (a day, a year or a numeric date).
    if line.len() > 120 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let tokens = line
        .split_whitespace()
        .map(|t| t.trim_matches([',', ':', '(', ')']))
        .filter(|t| !t.is_empty());
    let mut month = None;
    let mut day = None;
    let mut year = None;
    let mut numeric = None;
    let mut words = 0;
    for t in tokens {
        // Too many words, or one that is no part of a date: no date line.
        words += 1;
        if words > MAX_WORDS {
            return None;
        }
        if let Some(d) = full_date(t) {
            numeric = Some(d);
        } else if let Some(m) = date::month(t).filter(|_| month.is_none()) {
            month = Some(m);
        } else if let Some(y) = date::year(t).filter(|_| year.is_none()) {
            year = Some(y);
        } else if let Some(d) = date::day(t).filter(|_| day.is_none()) {
            day = Some(d);
        } else if !is_time(t) && date::find_lowered(t, FILLERS, |f| f).is_none() {
            return None;
        }
    }
    if numeric.is_some() {
        return Some(DateLine { date: numeric });
    }
    let (month, day) = (month?, day?);
    Some(DateLine {
        date: year.map(|year| Date { year, month, day }),
    })
}

/// `10:32`, `9.30`, `10h32`.
fn is_time(t: &str) -> bool {
    let t = t.trim_end_matches(['.', 'h']);
    let mut parts = t.split([':', '.', 'h']);
    let (Some(h), Some(m), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> DateLine {
        DateLine {
            date: Some(Date { year, month, day }),
        }
    }

    #[test]
    fn date_lines() {
        assert_eq!(date_line("14 March 2026"), Some(d(2026, 3, 14)));
        assert_eq!(
            date_line("Published: March 14, 2026 10:32 GMT"),
            Some(d(2026, 3, 14))
        );
        assert_eq!(date_line("Updated Tue 14 Mar 2026"), Some(d(2026, 3, 14)));
        assert_eq!(date_line("2026-03-14"), Some(d(2026, 3, 14)));
        assert_eq!(
            date_line("Veröffentlicht am 14. März 2026, 10:32 Uhr"),
            Some(d(2026, 3, 14))
        );
        assert_eq!(date_line("June 9"), Some(DateLine { date: None }));
    }

    #[test]
    fn sentences_are_not_date_lines() {
        assert_eq!(date_line("The port closed on March 14, 2026."), None);
        assert_eq!(date_line("March"), None);
        assert_eq!(date_line("10 things to know"), None);
        assert_eq!(date_line(""), None);
    }
}
