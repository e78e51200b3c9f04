//! The quotation-mark table: which characters open and close quotations, and which
//! closing marks answer which opening ones.
//!
//! Several characters play more than one role: “ opens an English quotation but
//! closes a German one („…“), » closes a French quotation but opens a German one
//! (»…«), and ’ is both a closing single mark and the apostrophe.

use crate::article::QuoteMarks;
use crate::parse::bytemask::has_byte;

/// True for every character that can be a quotation mark.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{2018}'..='\u{201E}' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』'
    ) && c != '\u{201B}'
}

/// True for a first byte of a UTF-8 sequence that may encode a mark: the scanner
/// looks only at these bytes.
pub(crate) fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3)
}

/// The first byte at or after `from` that [`may_start_mark`]: eight bytes of
/// ASCII without `"` or `'` are passed over at once (a few operations on one
/// integer); only eight bytes that may hold one are looked at byte by byte.
pub(crate) fn next_may_start(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    let mut chunks = bytes.get(from..)?.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let x = <[u8; 8]>::try_from(chunk).map_or(!0, u64::from_le_bytes);
        let maybe = x & 0x8080_8080_8080_8080 != 0 || has_byte(x, b'"') || has_byte(x, b'\'');
        if maybe && let Some(k) = chunk.iter().position(|&b| may_start_mark(b)) {
            return Some(at + k);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| may_start_mark(b))
        .map(|k| at + k)
}

/// The family an opening mark belongs to.
pub fn family(open: char) -> QuoteMarks {
    match open {
        '\'' | '‘' => QuoteMarks::Single,
        '„' | '‚' => QuoteMarks::Low,
        '«' | '»' | '‹' | '›' => QuoteMarks::Guillemets,
        '「' | '『' => QuoteMarks::Corner,
        _ => QuoteMarks::Double,
    }
}

/// Whether `close` ends a quotation opened by `open`.
pub fn closes(open: char, close: char) -> bool {
    match open {
        // Pages mix straight and curly double marks: `“…"` and `"…”`.
        '"' => matches!(close, '"' | '”'),
        '\'' => close == '\'',
        '“' | '”' => matches!(close, '”' | '"'),
        '‘' => close == '’',
        '„' => matches!(close, '“' | '”'),
        '‚' => matches!(close, '‘' | '’'),
        '«' => close == '»',
        '»' => close == '«',
        '‹' => close == '›',
        '›' => close == '‹',
        '「' => close == '」',
        '『' => close == '』',
        _ => false,
    }
}

/// True for marks that never open a quotation (they only close one).
pub(crate) fn close_only(c: char) -> bool {
    matches!(c, '’' | '」' | '』')
}

/// True for marks that open a quotation even with a space after them
/// (French « guillemets » with their no-break spaces).
pub(crate) fn spaced_inside(c: char) -> bool {
    matches!(c, '«' | '»' | '‹' | '›')
}

/// True for the single marks that may also be apostrophes.
pub(crate) fn may_be_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

/// Whether a paragraph that begins with `c` continues a quotation opened by `open`
/// (French texts may open continued paragraphs with » instead of «).
pub(crate) fn continues(open: char, c: char) -> bool {
    c == open || (open == '«' && c == '»')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_may_start_finds_the_first_mark_byte_past_whole_blocks() {
        let text = format!("{}“x\"{}'", "a".repeat(40), "b".repeat(70));
        let b = text.as_bytes();
        let all: Vec<usize> = (0..b.len()).filter(|&i| may_start_mark(b[i])).collect();
        for v in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = [b'a'; 12];
                bytes[at] = v;
                let want = may_start_mark(v).then_some(at);
                assert_eq!(next_may_start(&bytes, 0), want, "{v} at {at}");
            }
        }
        for from in 0..=b.len() + 1 {
            let want = all.iter().copied().find(|&i| i >= from);
            assert_eq!(next_may_start(b, from), want, "{from}");
        }
    }

    #[test]
    fn every_mark_starts_with_a_scanned_byte() {
        for c in "\"'‘’‚“”„«»‹›「」『』".chars() {
            assert!(is_mark(c), "{c}");
            let mut buf = [0; 4];
            assert!(may_start_mark(c.encode_utf8(&mut buf).as_bytes()[0]), "{c}");
        }
        assert!(!is_mark('‛'));
        assert!(!is_mark('a'));
    }

    #[test]
    fn german_closing_mark_is_the_english_opening_one() {
        assert!(closes('„', '“'));
        assert!(closes('„', '”'));
        assert!(!closes('“', '“'));
        assert!(closes('“', '”'));
        assert!(closes('“', '"'));
        assert!(closes('"', '”'));
        assert!(closes('‚', '‘'));
    }

    #[test]
    fn guillemets_close_both_ways() {
        assert!(closes('«', '»'));
        assert!(closes('»', '«'));
        assert!(closes('›', '‹'));
        assert!(!closes('«', '«'));
    }

    #[test]
    fn families_follow_the_opening_mark() {
        assert_eq!(family('"'), QuoteMarks::Double);
        assert_eq!(family('“'), QuoteMarks::Double);
        assert_eq!(family('‘'), QuoteMarks::Single);
        assert_eq!(family('\''), QuoteMarks::Single);
        assert_eq!(family('„'), QuoteMarks::Low);
        assert_eq!(family('‚'), QuoteMarks::Low);
        assert_eq!(family('»'), QuoteMarks::Guillemets);
        assert_eq!(family('『'), QuoteMarks::Corner);
    }

    #[test]
    fn french_continuation_may_use_the_closing_guillemet() {
        assert!(continues('«', '»'));
        assert!(continues('"', '"'));
        assert!(!continues('"', '“'));
    }
}
