//! Dates as articles write them: month names in English, German and French, and full
//! dates in front matter (`2026-03-14`, `March 14, 2026`, `14 March 2026`, `14.03.2026`).

use crate::article::Date;

/// Month names and abbreviations, lowercase, with their month number.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("mars", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("may", 5),
    ("mai", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("dez", 12),
];

/// The month a word names (any case, an abbreviation may carry a final `.`).
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    find_lowered(w, MONTHS, |(name, _)| name).map(|&(_, m)| m)
}

/// The item of `table` whose `key` (lower case) is `word` in lower case. An
/// ASCII word is compared as it is: this runs for every word the date rules
/// look at, and lowering it made a new string each time.
pub(crate) fn find_lowered<'t, T>(
    word: &str,
    table: &'t [T],
    key: impl Fn(&T) -> &str,
) -> Option<&'t T> {
    if word.is_ascii() {
        table.iter().find(|t| key(t).eq_ignore_ascii_case(word))
    } else {
        let lower = word.to_lowercase();
        table.iter().find(|t| key(t) == lower)
    }
}

/// A day of the month: `9`, `09`, `9.` (German), `1er` (French).
pub fn day(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    let w = w.strip_suffix("er").unwrap_or(w);
    let w = w.strip_suffix(',').unwrap_or(w);
    let d: u8 = w.parse().ok().filter(|_| w.len() <= 2)?;
    (1..=31).contains(&d).then_some(d)
}

/// A year of four digits.
pub fn year(word: &str) -> Option<i32> {
    let w = word.trim_end_matches([',', '.']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=9999).contains(y))
}

/// A full date with year, as written in front matter or a dateline.
pub(crate) fn full_date(text: &str) -> Option<Date> {
    let t = text.trim();
    iso(t).or_else(|| dotted(t)).or_else(|| words(t))
}

/// `2026-03-14`, optionally followed by a time (`T10:00:00Z`, ` 10:00`).
fn iso(t: &str) -> Option<Date> {
    let head = t.get(..10)?;
    let mut parts = head.split('-');
    let y = year(parts.next()?)?;
    let m: u8 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let d: u8 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    make(y, m, d)
}

/// `14.03.2026`.
fn dotted(t: &str) -> Option<Date> {
    let mut parts = t.split('.');
    let d: u8 = parts
        .next()
        .filter(|p| (1..=2).contains(&p.len()))?
        .parse()
        .ok()?;
    let m: u8 = parts
        .next()
        .filter(|p| (1..=2).contains(&p.len()))?
        .parse()
        .ok()?;
    let y = year(parts.next()?)?;
    parts.next().is_none().then(|| make(y, m, d)).flatten()
}

/// `March 14, 2026`, `14 March 2026`, `14. März 2026`, `1er mars 2026`.
fn words(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [first, second, last] = parts.as_slice() else {
        return None;
    };
    let year = year(last)?;
    match (month(first), day(second)) {
        (Some(m), Some(d)) => make(year, m, d),
        _ => make(year, month(second)?, day(first)?),
    }
}

fn make(year: i32, month: u8, day: u8) -> Option<Date> {
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn months_in_three_languages() {
        assert_eq!(month("June"), Some(6));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("März"), Some(3));
        assert_eq!(month("août"), Some(8));
        assert_eq!(month("Monday"), None);
        // Any case, the accented ones too (an ASCII word is not lowered).
        assert_eq!(month("DECEMBER"), Some(12));
        assert_eq!(month("Dec."), Some(12));
        assert_eq!(month("Décembre"), Some(12));
        assert_eq!(month("DÉCEMBRE"), Some(12));
        assert_eq!(month("MÄRZ"), Some(3));
        assert_eq!(month("Decembers"), None);
        assert_eq!(month("Dé"), None);
    }

    #[test]
    fn days() {
        assert_eq!(day("9"), Some(9));
        assert_eq!(day("14."), Some(14));
        assert_eq!(day("1er"), Some(1));
        assert_eq!(day("32"), None);
        assert_eq!(day("2026"), None);
    }

    #[test]
    fn full_dates() {
        assert_eq!(full_date("2026-03-14"), Some(d(2026, 3, 14)));
        assert_eq!(full_date("2026-03-14T08:30:00Z"), Some(d(2026, 3, 14)));
        assert_eq!(full_date("14.03.2026"), Some(d(2026, 3, 14)));
        assert_eq!(full_date("March 14, 2026"), Some(d(2026, 3, 14)));
        assert_eq!(full_date("14 March 2026"), Some(d(2026, 3, 14)));
        assert_eq!(full_date("14. März 2026"), Some(d(2026, 3, 14)));
        assert_eq!(full_date("June 9"), None);
        assert_eq!(full_date("2026-13-01"), None);
        assert_eq!(full_date("é"), None);
    }
}
