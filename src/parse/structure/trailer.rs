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

/// Openings of a copyright line.
const COPYRIGHT: &[&str] = &["copyright", "all rights reserved"];

/// Longest trailer in words: anything longer is body text.
const MAX_WORDS: usize = 60;

/// The paragraph is a trailer.
pub(crate) fn is_trailer(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || !may_be_trailer(t) || super::text::words_upto(t, MAX_WORDS) > MAX_WORDS {
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
        || COPYRIGHT.iter().any(|c| lower.starts_with(c))
}

/// What a trailer opens with or holds, checked without a lowered copy of
/// the paragraph (most paragraphs have none of it): a parenthesis, `©`, a
/// credit, a copyright line, or the word "contributed" in any case (no
/// other characters lower to it).
fn may_be_trailer(t: &str) -> bool {
    // The first characters lowered once, for the phrases (ASCII, at most 20).
    let mut lowered = ['\0'; 20];
    for (slot, c) in lowered
        .iter_mut()
        .zip(t.chars().flat_map(char::to_lowercase))
    {
        *slot = c;
    }
    let opens = |phrase: &str| {
        phrase.len() <= lowered.len() && phrase.chars().zip(&lowered).all(|(p, &c)| p == c)
    };
    t.starts_with(['(', '©'])
        || CREDITS.iter().chain(COPYRIGHT).any(|c| opens(c))
        || holds_ascii_word(t, b"contributed")
}

/// `word` (ASCII lower case) is in `text`, in any ASCII case.
fn holds_ascii_word(text: &str, word: &[u8]) -> bool {
    let (Some(&first), bytes) = (word.first(), text.as_bytes()) else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes).any(|at| {
        bytes
            .get(at..at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
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
    fn every_phrase_fits_the_lowered_start() {
        for c in CREDITS.iter().chain(COPYRIGHT) {
            assert!(c.is_ascii() && c.len() <= 20, "{c}");
            assert!(may_be_trailer(&c.to_uppercase()), "{c}");
        }
    }

    #[test]
    fn trailers_in_any_case_pass_the_quick_check() {
        for t in [
            "EDITED BY MAX ROE",
            "Mitarbeit: Jana Berg",
            "MAX ROE IN OSLO CONTRIBUTED TO THIS REPORT.",
            "Max Roe contRIBUTED reporting",
            "ALL RIGHTS RESERVED",
            "COPYRIGHT 2026",
        ] {
            assert!(may_be_trailer(t), "{t}");
            assert!(is_trailer(t), "{t}");
        }
        assert!(!may_be_trailer("Officials said the port would reopen."));
        assert!(!may_be_trailer("Editors said"));
        assert!(holds_ascii_word("xx Contributed", b"contributed"));
        assert!(!holds_ascii_word("contribute", b"contributed"));
    }

    #[test]
    fn body_text_is_not_a_trailer() {
        assert!(!is_trailer("The ferry (reporting by radio) arrived late."));
        assert!(!is_trailer("Officials said the port would reopen."));
        assert!(!is_trailer(""));
    }
}
