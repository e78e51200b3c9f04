//! Page leftovers: navigation left over from a saved page ("Share", "Read
//! more"), standing alone on a line, and dropped before any rule reads the text.

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
    if line.len() > 64 || !may_be_leftover(line) {
        return false;
    }
    let t = line
        .trim()
        .trim_end_matches([':', '»', '›', '>'])
        .trim_end();
    // The words joined by single spaces, on the stack: `t` is at most 64 bytes.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for word in t.split_whitespace() {
        let sep = usize::from(n > 0);
        let Some(dst) = buf.get_mut(n..n + sep + word.len()) else {
            return false;
        };
        let (space, rest) = dst.split_at_mut(sep);
        space.fill(b' ');
        rest.copy_from_slice(word.as_bytes());
        n += sep + word.len();
    }
    let joined = buf.get(..n).unwrap_or_default();
    LEFTOVERS
        .iter()
        .any(|l| joined.eq_ignore_ascii_case(l.as_bytes()))
}

/// Most letters in a [`LEFTOVERS`] phrase.
const LEFTOVER_LETTERS: usize = {
    let mut most = 0;
    let mut k = 0;
    while k < LEFTOVERS.len() {
        let bytes = LEFTOVERS[k].as_bytes();
        let mut letters = 0;
        let mut b = 0;
        while b < bytes.len() {
            if bytes[b] != b' ' {
                letters += 1;
            }
            b += 1;
        }
        if letters > most {
            most = letters;
        }
        k += 1;
    }
    most
};

/// What a line must be to be a leftover, checked byte by byte before the
/// words are joined (most lines are not: a title or a sentence fails here): its
/// ASCII bytes are letters, spaces, `:` or `>` (the phrases are letters and
/// spaces, and only a trailing `:` or `>` is ignored), and it has no more
/// letters than the longest phrase.
fn may_be_leftover(line: &str) -> bool {
    let mut letters = 0;
    for &b in line.as_bytes() {
        if b.is_ascii_alphabetic() {
            letters += 1;
        } else if b.is_ascii() && !char::from(b).is_whitespace() && b != b':' && b != b'>' {
            return false;
        }
    }
    letters <= LEFTOVER_LETTERS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_ignore_case_and_space() {
        assert!(is_leftover("  Share\u{a0}"));
        assert!(is_leftover("READ MORE:"));
        assert!(is_leftover("Read\u{a0} more"));
        assert!(!is_leftover("Share prices fell"));
        assert!(!is_leftover("Share this this"));
        assert!(!is_leftover(""));
        // Word-by-word matching needs single spaces between the listed words.
        for l in LEFTOVERS {
            assert_eq!(l.split_whitespace().collect::<Vec<_>>().join(" "), *l);
        }
    }

    /// The byte check before the words are joined lets every leftover through,
    /// however written, and stops titles and sentences.
    #[test]
    fn the_quick_check_passes_every_leftover() {
        for l in LEFTOVERS {
            let spaced = l.to_uppercase().replace(' ', "\u{a0} \u{2003}");
            for line in [
                (*l).to_owned(),
                format!(" {spaced}\t:"),
                format!("{l} »"),
                format!("{l}>"),
            ] {
                assert!(may_be_leftover(&line), "{line:?}");
                assert!(is_leftover(&line), "{line:?}");
            }
        }
        assert!(!may_be_leftover("Share prices fell."));
        assert!(!may_be_leftover("Storm closes 12 ports"));
        assert!(!may_be_leftover(
            "Storm closes every port along the northern coast"
        ));
    }
}
