//! The dateline that opens the first paragraph of a wire story.
//!
//! `PLACE[, Qualifier]*[, DATE] SEP` where SEP is one of
//! - `(Agency) -` / `(Agency) —` / `(Agency) –` (Reuters, AP),
//! - `. /AGENCY/.` (TASS),
//! - ` —` / ` -` (no agency),
//! - `.` right after a date (`BERLIN, 14. März.`, `LYON, 15 mars.`),
//! - `(Month Day, Year) -` (press releases: `ZURICH, Switzerland (March 3, 2026) -`),
//! - `:` after a place in capitals with nothing else (`BERLIN:`), not a label
//!   (`UPDATE:`, `WATCH:`; see [`LABELS`]).
//!
//! A month may carry a comma (`April, 12, 2026`), spaces may be no-break spaces.
//! The place is in capitals (`NEW YORK`, `ST. PETERSBURG`); a Title Case place is
//! accepted only when an agency follows. Qualifiers are Capitalised words
//! (`BERGEN, Norway`). The dateline must be followed by a space or end the paragraph.

use super::date;
use crate::article::{Date, Dateline};

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub dateline: Dateline,
    /// Byte length of the dateline in the paragraph (`dateline.text.len()`).
    pub len: usize,
    /// The full date, when the dateline gives a year.
    pub full_date: Option<Date>,
    /// The weak `CITY:` form.
    pub colon: bool,
}

/// Capitalised labels that open a paragraph with a colon and are not places.
const LABELS: &[&str] = &[
    "ANALYSIS",
    "BREAKING",
    "CORRECTION",
    "EDITOR'S NOTE",
    "EXCLUSIVE",
    "FACT CHECK",
    "FILE",
    "LIVE",
    "NOTE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "REVIEW",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
];

/// The dateline opening `text`, if any.
pub fn find(text: &str) -> Option<Found> {
    let place_len = place_len(text)?;
    let place = text.get(..place_len)?;
    let mut rest = text.get(place_len..)?;
    let mut qualifiers = Vec::new();
    let mut when: Option<(&str, Option<Date>)> = None;
    while let Some(r) = rest.strip_prefix(',') {
        let r = r.trim_start();
        if let Some((len, full)) = date_len(r) {
            when = Some((r.get(..len)?, full));
            rest = r.get(len..)?;
            break;
        }
        let len = qualifier_len(r)?;
        qualifiers.push(r.get(..len)?);
        rest = r.get(len..)?;
    }
    let caps = is_caps(place);
    let sep = separator(rest, caps, when.is_some())?;
    if sep.colon && (!qualifiers.is_empty() || LABELS.contains(&place)) {
        return None;
    }
    let (sep_len, source) = (sep.len, sep.source);
    if when.is_none() {
        when = sep.date;
    }
    let len = text.len() - rest.len() + sep_len;
    let after = text.get(len..)?;
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    let place = std::iter::once(place)
        .chain(qualifiers)
        .collect::<Vec<_>>()
        .join(", ");
    Some(Found {
        dateline: Dateline {
            text: text.get(..len)?.to_owned(),
            place: Some(place),
            date: when.map(|(d, _)| d.to_owned()),
            source,
            block: 0,
        },
        len,
        full_date: when.and_then(|(_, f)| f),
        colon: sep.colon,
    })
}

/// Words of a place name: `NEW YORK`, `ST. PETERSBURG`, `London`.
fn place_len(text: &str) -> Option<usize> {
    let mut end = 0;
    for (i, word) in words(text).take(5) {
        let w = word.trim_end_matches([',', ':']);
        let ok = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
        if !ok {
            break;
        }
        end = i + w.len();
        if w.len() < word.len() || !text.get(end..)?.starts_with(' ') {
            break;
        }
    }
    (end > 0).then_some(end)
}

fn is_caps(place: &str) -> bool {
    !place.chars().any(char::is_lowercase)
        && place.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// `Norway`, `Calif.`, `N.Y.`, `South Africa` (up to three words).
fn qualifier_len(text: &str) -> Option<usize> {
    let mut end = 0;
    for (i, word) in words(text).take(3) {
        let w = word.trim_end_matches(',');
        let w = w.split('(').next().unwrap_or(w);
        let ok = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'));
        if !ok {
            break;
        }
        end = i + w.len();
        if w.len() < word.len() {
            break;
        }
    }
    (end > 0).then_some(end)
}

/// Words with their byte offsets (split at spaces and no-break spaces).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive([' ', '\u{a0}']).scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len();
        Some((at, w.trim_end_matches([' ', '\u{a0}'])))
    })
}

/// A date: `June 9`, `June 9, 2026`, `9 June`, `14. März`, `1er mars 2026`.
fn date_len(text: &str) -> Option<(usize, Option<Date>)> {
    let mut w = words(text);
    let (_, a) = w.next()?;
    let (b_at, b) = w.next()?;
    let b_clean = b.trim_end_matches([',', '.']);
    let a_month = date::month(a.strip_suffix(',').unwrap_or(a));
    let (end, month, day) = if let (Some(m), Some(d)) = (a_month, date::day(b_clean)) {
        (b_at + b_clean.len(), m, d)
    } else {
        if a.ends_with(',') {
            return None;
        }
        let d = date::day(a)?;
        (b_at + b_clean.len(), date::month(b_clean)?, d)
    };
    let rest = text.get(end..)?;
    // `, 2026`, ` 2026` (spaces may be no-break spaces); a year needs a space.
    let r = rest.strip_prefix(',').unwrap_or(rest);
    let spaces = r.len() - r.trim_start_matches([' ', '\u{a0}']).len();
    let skip = if spaces == 0 {
        0
    } else {
        rest.len() - r.len() + spaces
    };
    let year = rest
        .get(skip..skip + 4)
        .filter(|_| skip > 0)
        .and_then(date::year)
        .filter(|_| {
            !rest
                .get(skip + 4..)
                .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        });
    Some(match year {
        Some(year) => (end + skip + 4, Some(Date { year, month, day })),
        None => (end, None),
    })
}

/// What follows the place and date.
struct Sep<'a> {
    len: usize,
    source: Option<String>,
    /// A date given in brackets: its text and the full date.
    date: Option<(&'a str, Option<Date>)>,
    colon: bool,
}

impl Sep<'_> {
    fn plain(len: usize, source: Option<String>) -> Self {
        Self {
            len,
            source,
            date: None,
            colon: false,
        }
    }
}

/// The separator after place and date: its byte length and the agency it names.
fn separator(rest: &str, caps: bool, dated: bool) -> Option<Sep<'_>> {
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    if let Some(inner) = trimmed.strip_prefix('(') {
        let close = inner.find(')')?;
        let between = inner.get(..close)?;
        let after = inner.get(close + 1..)?;
        let dash = dash_len(after.trim_start())?;
        let len = skipped + 1 + close + 1 + (after.len() - after.trim_start().len()) + dash;
        if is_agency(between) {
            return Some(Sep::plain(len, Some(between.trim().to_owned())));
        }
        let (date_len, full) = date_len(between.trim()).filter(|_| !dated)?;
        if date_len != between.trim().len() {
            return None;
        }
        return Some(Sep {
            date: Some((between.trim(), full)),
            ..Sep::plain(len, None)
        });
    }
    let slash = trimmed.strip_prefix('.').unwrap_or(trimmed);
    let slash_skip = trimmed.len() - slash.len();
    let slash_trim = slash.trim_start();
    if let Some(inner) = slash_trim.strip_prefix('/') {
        let close = inner.find('/')?;
        let agency = inner.get(..close)?;
        if !is_agency(agency) {
            return None;
        }
        let dot = usize::from(inner.get(close + 1..)?.starts_with('.'));
        let len = skipped + slash_skip + (slash.len() - slash_trim.len()) + 1 + close + 1 + dot;
        return Some(Sep::plain(len, Some(agency.trim().to_owned())));
    }
    if !caps {
        return None;
    }
    if skipped > 0
        && let Some(dash) = dash_len(trimmed)
    {
        return Some(Sep::plain(skipped + dash, None));
    }
    if let Some(dash) = dash_len(trimmed).filter(|_| !trimmed.starts_with('-')) {
        return Some(Sep::plain(skipped + dash, None));
    }
    if !dated && skipped == 0 && rest.starts_with(':') {
        return Some(Sep {
            colon: true,
            ..Sep::plain(1, None)
        });
    }
    (dated && skipped == 0 && rest.starts_with('.')).then(|| Sep::plain(1, None))
}

/// `-`, `--`, `–` or `—` at the start.
fn dash_len(text: &str) -> Option<usize> {
    if text.starts_with("--") {
        Some(2)
    } else {
        text.chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '—'))
            .map(char::len_utf8)
    }
}

/// `Reuters`, `AP`, `dpa`, `TASS`, `Agence France-Presse`.
fn is_agency(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.len() <= 40
        && t.split_whitespace().count() <= 5
        && t.chars().next().is_some_and(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '&' | '-' | '\''))
        && (t.starts_with(char::is_uppercase)
            || t.chars().filter(|c| c.is_alphabetic()).count() <= 4)
}

#[cfg(test)]
mod tests;
