//! Closing material at the end of an article: `(Reporting by ...; Editing by ...)`,
//! `X contributed to this report.`, copyright lines.

/// Credits that may stand in parentheses or open a trailer line.
const CREDITS: &[&str] = &[
    "reporting by",
    "reported by",
    "writing by",
    "written by",
    "editing by",
    "edited by",
    "compiled by",
    "translated by",
    "produced by",
    "additional reporting",
    "mitarbeit:",
    "redaktion:",
];

/// Phrases of a contribution note.
const CONTRIBUTED: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
];

/// Longest trailer in words: anything longer is body text.
const MAX_WORDS: usize = 60;

/// The paragraph is a trailer.
pub(crate) fn is_trailer(text: &str) -> bool {
    let t = text.trim();
    if super::text::words_upto(t, MAX_WORDS) > MAX_WORDS || t.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    let inner = lower
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .map_or(lower.as_str(), str::trim);
    CREDITS.iter().any(|c| inner.starts_with(c))
        || (lower.starts_with('(')
            && lower.ends_with(')')
            && CREDITS.iter().any(|c| inner.contains(c)))
        || CONTRIBUTED.iter().any(|c| lower.contains(c))
        || lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright")
        || lower.starts_with("all rights reserved")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_in_parentheses() {
        assert!(is_trailer("(Reporting by Jane Doe; Editing by Max Roe)"));
        assert!(is_trailer(
            "(Additional reporting by Li Wei in Taipei; writing by Ana Cruz)"
        ));
        assert!(is_trailer("Reporting by Jane Doe; Editing by Max Roe"));
    }

    #[test]
    fn contribution_notes_and_copyright() {
        assert!(is_trailer("Max Roe in Oslo contributed to this report."));
        assert!(is_trailer("© 2026 Harbour Press. All rights reserved."));
        assert!(is_trailer("Copyright 2026 The Example Wire"));
    }

    #[test]
    fn body_text_is_not_a_trailer() {
        assert!(!is_trailer("The ferry (reporting by radio) arrived late."));
        assert!(!is_trailer("Officials said the port would reopen."));
        assert!(!is_trailer(""));
    }
}
