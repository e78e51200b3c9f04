//! Removing everything a terminal would act on, and normalising line ends and tabs.
//!
//! - CRLF and a lone CR become `\n`.
//! - A tab becomes spaces up to the next multiple of [`TAB_STOP`] columns (counted in
//!   characters), so Markdown indentation keeps its meaning.
//! - ESC sequences are removed whole: CSI `ESC [ params final`, the string sequences
//!   OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _` up to their end
//!   (BEL, ST `ESC \` or U+009C), and other escapes `ESC intermediates final`.
//! - The same for single-character C1 introducers: U+009B is CSI, U+0090, U+0098,
//!   U+009D, U+009E, U+009F start strings.
//! - An unterminated string sequence ends at the end of its line, so one stray
//!   introducer cannot swallow the rest of the article.
//! - Every other control character (C0 but `\n`, DEL, C1) is dropped, and so are the
//!   bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
//!   reorder the rest of a terminal line. Other format characters (zero-width joiner,
//!   the marks U+200E and U+200F) and combining marks are text and stay.
//!
//! These are the scrubs of text that comes from outside, with one set of rules: the
//! decoder, front-matter values and entity-decoded Markdown go through [`clean`],
//! file names and config messages through [`clean_line`], where they enter the model.

use std::borrow::Cow;

/// Columns between tab stops.
pub(crate) const TAB_STOP: usize = 4;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
const ST: char = '\u{9c}';

/// Clean decoded text (see the module docs).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut column = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push('\n');
                column = 0;
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let n = TAB_STOP - column % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            ESC => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if c.is_control() || is_bidi_control(c) => {}
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// Bidi embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether [`clean`] would leave `text` as it is: no control character but
/// `\n` (C0, DEL, C1) and no bidi control. Checked on the bytes (a head of
/// every file in a library is checked): ASCII controls in blocks, C1 as
/// `C2 80`..`C2 9F`, bidi controls by [`has_bidi_control`].
pub fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    is_clean_ascii_controls(bytes) && !has_c1_control(bytes) && !has_bidi_control(bytes)
}

/// No C0 control but `\n`, no DEL. Blocks of 64 bytes are folded without a
/// branch (the compiler vectorises that), with an early exit between blocks.
fn is_clean_ascii_controls(bytes: &[u8]) -> bool {
    let bad = |acc: u8, &b: &u8| acc | u8::from((b < 0x20 && b != b'\n') || b == 0x7f);
    let blocks = bytes.chunks_exact(64);
    let tail = blocks.remainder();
    blocks.into_iter().all(|c| c.iter().fold(0, bad) == 0) && tail.iter().fold(0, bad) == 0
}

/// U+0080..U+009F, in UTF-8 `C2 80`..`C2 9F`.
fn has_c1_control(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0xC2, bytes)
        .any(|i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
}

/// [`clean`] without a copy when there is nothing to clean.
pub fn clean_cow(text: &str) -> Cow<'_, str> {
    if is_clean(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(clean(text))
    }
}

/// A name or message shown on one line (a file name, a config error): every
/// control character, line end and bidi control becomes `?`, and the printable
/// rest stays, so that a file can still be told and found (as `ls -q` does).
/// Article text is [`clean`]ed instead: there a sequence goes whole.
pub fn clean_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                '?'
            } else {
                c
            }
        })
        .collect()
}

/// Whether UTF-8 `bytes` hold a bidi control ([`is_bidi_control`]): `E2 80 AA`..`E2 80 AE`
/// or `E2 81 A6`..`E2 81 A9`.
///
/// A control's last byte is in `A6`..`AE`, which curly quotes (`E2 80 98`,
/// `99`, `9C`, `9D`) and dashes (`93`, `94`) are not: blocks of 64 bytes
/// without such a byte are passed over with one vectorised test, and only
/// a block with one is searched (with the two bytes before it). Checking
/// every window of three bytes took four times as long; a search that
/// stopped at each `E2` was 6% of the time to list a new folder.
pub fn has_bidi_control(bytes: &[u8]) -> bool {
    let is_control = |w: &[u8]| match *w {
        [0xE2, 0x80, z] => (0xAA..=0xAE).contains(&z),
        [0xE2, 0x81, z] => (0xA6..=0xA9).contains(&z),
        _ => false,
    };
    let mut at = 0;
    for block in bytes.chunks(64) {
        let end = at + block.len();
        let maybe = block
            .iter()
            .fold(false, |m, &z| m | (z.wrapping_sub(0xA6) <= 0xAE - 0xA6));
        if maybe
            && bytes
                .get(at.saturating_sub(2)..end)
                .is_some_and(|w| w.windows(3).any(is_control))
        {
            return true;
        }
        at = end;
    }
    false
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After an ESC.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        _ => {
            // nF escapes: intermediates 0x20-0x2F, then one final 0x30-0x7E.
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
        }
    }
}

/// After a CSI introducer: parameters 0x30-0x3F, intermediates 0x20-0x2F, a final 0x40-0x7E.
fn skip_csi(chars: &mut Chars<'_>) {
    while chars
        .next_if(|c| ('\u{30}'..='\u{3f}').contains(c))
        .is_some()
    {}
    while chars
        .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
        .is_some()
    {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

/// After a string introducer: up to BEL, ST (`ESC \` or U+009C) or the end of the line.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\n' | '\r' => return,
            BEL | ST => {
                chars.next();
                return;
            }
            ESC => {
                chars.next();
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bidi check as a search for each `E2` (what the blocks replace).
    fn has_bidi_control_by_search(bytes: &[u8]) -> bool {
        memchr::memchr_iter(0xE2, bytes).any(|i| match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(b)) => (0xAA..=0xAE).contains(b),
            (Some(0x81), Some(b)) => (0xA6..=0xA9).contains(b),
            _ => false,
        })
    }

    proptest::proptest! {
        #[test]
        fn the_bidi_check_in_blocks_is_the_search(
            // Bytes near the controls' (E2 80/81, A6..AE), at any place.
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'a', 0xE2, 0x80, 0x81, 0x9C, 0xA5, 0xA6, 0xA9, 0xAA, 0xAE, 0xAF]),
                0..300,
            )
        ) {
            proptest::prop_assert_eq!(has_bidi_control(&bytes), has_bidi_control_by_search(&bytes));
        }
    }

    #[test]
    fn each_bidi_control_is_found_at_any_place_and_its_neighbours_are_not() {
        for c in ('\u{2000}'..='\u{207f}').chain(['\u{61c}']) {
            for pad in [0, 1, 62, 63, 64, 65, 130] {
                let text = format!("{}{c}", "x".repeat(pad));
                assert_eq!(
                    has_bidi_control(text.as_bytes()),
                    has_bidi_control_by_search(text.as_bytes()),
                    "{c:?} after {pad}"
                );
            }
        }
    }

    #[test]
    fn line_ends_are_folded() {
        assert_eq!(clean("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(clean("a\r\r\nb"), "a\n\nb");
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(clean("\tx"), "    x");
        assert_eq!(clean("ab\tx\n\ty"), "ab  x\n    y");
    }

    #[test]
    fn csi_sequences_are_removed_whole() {
        assert_eq!(clean("a\u{1b}[1;31mred\u{1b}[0m b"), "ared b");
        assert_eq!(clean("x\u{1b}[?25ly"), "xy");
        assert_eq!(clean("x\u{9b}2Jy"), "xy");
    }

    #[test]
    fn osc_and_other_strings_are_removed() {
        assert_eq!(clean("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(
            clean("a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b"),
            "alinkb"
        );
        assert_eq!(clean("a\u{1b}Pq#0\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{1b}_apc\u{9c}b"), "ab");
        assert_eq!(clean("a\u{1b}^pm\u{7}b\u{1b}Xsos\u{7}c"), "abc");
        assert_eq!(clean("a\u{9d}0;t\u{7}b"), "ab");
    }

    #[test]
    fn unterminated_string_ends_at_line_end() {
        assert_eq!(clean("a\u{1b}]0;never ends\nnext line"), "a\nnext line");
    }

    #[test]
    fn simple_escapes_and_controls_are_dropped() {
        assert_eq!(clean("a\u{1b}7b\u{1b}(Bc\u{1b}cd"), "abcd");
        assert_eq!(
            clean("bell\u{7} back\u{8}space del\u{7f} c1\u{85}\u{9a}"),
            "bell backspace del c1"
        );
        assert_eq!(clean("end\u{1b}"), "end");
    }

    #[test]
    fn bidi_overrides_and_isolates_are_dropped() {
        let s =
            "a\u{202e}gnp.exe\u{202c} \u{2066}b\u{2069} \u{202a}\u{202b}\u{202d}\u{2067}\u{2068}c";
        assert_eq!(clean(s), "agnp.exe b c");
        assert!(has_bidi_control(s.as_bytes()));
        assert!(!has_bidi_control("“curly” ’ … \u{200f}".as_bytes()));
        assert!(!is_clean(s) && is_clean("plain\nline"));
    }

    #[test]
    fn clean_line_folds_line_ends_and_borrows_clean_text() {
        assert_eq!(
            clean_line("a\r\nb\u{1b}]0;t\u{7}c\u{9b}\u{202e}d"),
            "a??b?]0;t?c??d"
        );
        assert!(matches!(clean_cow("fine"), Cow::Borrowed("fine")));
        assert_eq!(clean_cow("x\u{7}y"), "xy");
    }

    #[test]
    fn joiners_marks_and_rtl_stay() {
        let s = "👩\u{200d}💻 e\u{301} שלום \u{200f}x";
        assert_eq!(clean(s), s);
    }

    #[test]
    fn a_control_character_is_found_wherever_it_is() {
        for len in [0, 1, 63, 64, 65, 127, 128, 200] {
            let clean = vec![b'a'; len];
            assert!(is_clean_ascii_controls(&clean));
            for at in 0..len {
                for bad in [0x01, 0x1b, 0x7f, b'\t', b'\r'] {
                    let mut dirty = clean.clone();
                    dirty[at] = bad;
                    assert!(!is_clean_ascii_controls(&dirty), "{len} {at} {bad}");
                }
            }
        }
    }

    /// The byte checks agree with the characters' own classes.
    #[test]
    fn clean_is_no_control_and_no_bidi_control() {
        for c in (0..0x3000).chain(0x2060..0x2070).filter_map(char::from_u32) {
            let want = !((c.is_control() && c != '\n') || is_bidi_control(c));
            for pad in [0, 62, 63, 64] {
                let text = format!("{}{c}x", "a".repeat(pad));
                assert_eq!(is_clean(&text), want, "{c:?} after {pad}");
            }
        }
    }
}
