//! Small predicates on lines and paragraphs shared by the structure rules.

#[cfg(test)]
use crate::article::count_words;

/// Closing marks that may follow the last real character of a sentence.
const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', '»', '«', '“', '‘', ')', ']', '」', '』',
];

/// The text ends a sentence: its last character, before closing quotes and brackets,
/// is `.`, `!`, `?`, `…` or an East Asian full stop.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// The text ends in a letter or digit (no final punctuation of any kind).
pub fn ends_plain(text: &str) -> bool {
    text.trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The text starts like a name or a sentence: an uppercase letter, a digit, or a
/// letter of a script without case.
pub fn starts_upper(text: &str) -> bool {
    text.trim_start().chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// Words as the reading time counts them: the same count as [`count_words`]
/// (runs of letters, digits, `'`, `’` and `-` holding at least one letter or digit),
/// with a fast path for ASCII bytes. Parsing counts every block, so this is hot.
pub fn words(text: &str) -> usize {
    let mut count = 0;
    let mut has_alnum = false;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        let class = match BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(SEP) {
            LEAD => text
                .get(i..)
                .and_then(|r| r.chars().next())
                .map_or(SEP, char_class),
            class => class,
        };
        count += usize::from(class == ALNUM && !has_alnum);
        has_alnum = class != SEP && (has_alnum || class == ALNUM);
    }
    count
}

/// Ends a word.
const SEP: u8 = 0;
/// Joins a word without making it one (`'`, `-`, `’`; UTF-8 continuation bytes).
const JOIN: u8 = 1;
/// A letter or digit.
const ALNUM: u8 = 2;
/// The first byte of a multi-byte character: look at the character.
const LEAD: u8 = 3;

fn char_class(c: char) -> u8 {
    if c.is_alphanumeric() {
        ALNUM
    } else if c == '’' {
        JOIN
    } else {
        SEP
    }
}

/// Word classes of every byte value.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [SEP; 256];
    let mut c: usize = 0;
    while c < 256 {
        t[c] = match c {
            0xC0.. => LEAD,
            0x80.. | 0x27 | 0x2D => JOIN, // continuation bytes, `'`, `-`
            0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => ALNUM,
            _ => SEP,
        };
        c += 1;
    }
    t
};

/// The line holds nothing visible: spaces, no-break spaces, zero-width spaces.
pub fn is_blank(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}'))
}

/// A line that only separates: `---`, `___`, `* * *`, `***`, `===`, `~~~`, `⁂`.
pub fn is_separator(line: &str) -> bool {
    let t = line.trim();
    if t == "⁂" {
        return true;
    }
    let mut symbols = t.chars().filter(|c| !c.is_whitespace());
    let Some(first) = symbols.next() else {
        return false;
    };
    matches!(first, '-' | '_' | '*' | '=' | '~' | '•' | '·' | '#')
        && symbols.clone().all(|c| c == first)
        && symbols.count() >= 2
}

/// Navigation left over from a saved page, standing alone on a line. Such lines are
/// dropped from the article (the no-text-loss property test knows this list).
pub const LEFTOVERS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on x",
    "read more",
    "advertisement",
    "skip advertisement",
    "continue reading",
    "story continues below advertisement",
    "listen to this article",
    "save",
    "print",
    "email",
    "comments",
    "show comments",
    "skip to main content",
    "skip to content",
    "back to top",
    "home",
    "menu",
    "search",
    "sign in",
    "log in",
    "subscribe",
    "follow",
    "follow us",
    "copy link",
    "related",
    "related topics",
    "related articles",
    "related stories",
    "more on this story",
    "most read",
    "top stories",
];

/// The whole line is a page leftover (case, runs of spaces or no-break spaces and a
/// trailing `:`, `»`, `›` or `>` ignored).
pub fn is_leftover(line: &str) -> bool {
    if line.len() > 64 {
        return false;
    }
    let t = line
        .trim()
        .trim_end_matches([':', '»', '›', '>'])
        .trim_end();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    LEFTOVERS.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// The text without one pair of quotation marks that encloses all of it, or `None`.
pub fn strip_enclosing_quotes(text: &str) -> Option<&str> {
    const PAIRS: &[(char, char)] = &[
        ('"', '"'),
        ('\'', '\''),
        ('“', '”'),
        ('‘', '’'),
        ('«', '»'),
        ('»', '«'),
        ('„', '“'),
        ('‚', '‘'),
        ('「', '」'),
    ];
    let t = text.trim();
    PAIRS.iter().find_map(|&(open, close)| {
        let inner = t.strip_prefix(open)?.strip_suffix(close)?;
        (!inner.contains(open) && !inner.contains(close) && !inner.trim().is_empty())
            .then(|| inner.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends_look_through_closing_quotes() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“We stay,” she said.”"));
        assert!(ends_sentence("Why?”"));
        assert!(!ends_sentence("Storm closes ports"));
        assert!(!ends_sentence("A list:"));
    }

    #[test]
    fn fast_word_count_equals_count_words() {
        for s in [
            "",
            "It's a rock 'n' roll town — “really”, 1990s.",
            "- - ' ’ x-y 東京 e\u{301}té",
            "a\u{a0}b\tc\nd",
            "--a-- ’’b’’ 'c",
        ] {
            assert_eq!(words(s), count_words(s), "{s}");
        }
    }

    #[test]
    fn separators() {
        for s in ["---", "___", "* * *", "***", " ~~~ ", "⁂", "=====", "• • •"] {
            assert!(is_separator(s), "{s}");
        }
        for s in ["--", "-*-", "- item", "", "*"] {
            assert!(!is_separator(s), "{s}");
        }
    }

    #[test]
    fn leftovers_ignore_case_and_space() {
        assert!(is_leftover("  Share\u{a0}"));
        assert!(is_leftover("READ MORE:"));
        assert!(is_leftover("Read\u{a0} more"));
        assert!(!is_leftover("Share prices fell"));
    }

    #[test]
    fn enclosing_quotes_are_stripped_once() {
        assert_eq!(
            strip_enclosing_quotes("'Quiet streets'"),
            Some("Quiet streets")
        );
        assert_eq!(strip_enclosing_quotes("“Next steps”"), Some("Next steps"));
        assert_eq!(strip_enclosing_quotes("\"a\" and \"b\""), None);
        assert_eq!(strip_enclosing_quotes("Plain"), None);
    }

    #[test]
    fn starts_upper_accepts_digits_and_caseless_scripts() {
        assert!(starts_upper("Next"));
        assert!(starts_upper("10 things"));
        assert!(starts_upper("東京"));
        assert!(!starts_upper("and then"));
    }
}
