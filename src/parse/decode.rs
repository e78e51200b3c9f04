//! Bytes to clean text: encoding detection, line ends, control characters.
//!
//! Rules, in order:
//! 1. A byte order mark decides: UTF-8 (`EF BB BF`), UTF-16 LE (`FF FE`), UTF-16 BE
//!    (`FE FF`). The mark is removed.
//! 2. Without a mark, a NUL byte means the file is binary ([`DecodeError::Binary`]);
//!    a decoded UTF-16 file holding U+0000 is binary too.
//! 3. Valid UTF-8 is UTF-8. Invalid UTF-8 is decoded as lossy UTF-8 (U+FFFD for the bad
//!    bytes) when it holds more valid multi-byte sequences than invalid ones: a mostly
//!    UTF-8 file with a few stray bytes keeps its accents and quotation marks. Otherwise
//!    it is a legacy file and read as Windows-1252 (a superset of printable Latin-1).
//! 4. [`clean`] then folds CRLF and CR to `\n`, expands tabs and removes every control
//!    character and terminal escape sequence.

mod clean;

pub use clean::{clean, clean_cow, clean_line, has_bidi_control, is_bidi_control, is_clean};

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use thiserror::Error;

/// Why a file's bytes are not an article.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("binary file (contains NUL bytes)")]
    Binary,
}

/// Decode a file's bytes into text with `\n` line ends and no control characters
/// other than `\n` (tabs are expanded to spaces).
///
/// # Errors
/// [`DecodeError::Binary`] when the bytes hold a NUL outside UTF-16 (or a U+0000
/// character inside it).
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let raw = to_text(bytes)?;
    if raw.contains('\0') {
        return Err(DecodeError::Binary);
    }
    Ok(clean(&raw))
}

/// The text of the bytes, before cleaning.
fn to_text(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(String::from_utf8_lossy(rest).into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_with(UTF_16LE, rest));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_with(UTF_16BE, rest));
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    if mostly_utf8(bytes) {
        Ok(String::from_utf8_lossy(bytes).into_owned())
    } else {
        Ok(decode_with(WINDOWS_1252, bytes))
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// More valid multi-byte UTF-8 characters than invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid > invalid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Café".as_bytes()).unwrap(), "Café");
        assert_eq!(decode(b"\xEF\xBB\xBFCaf\xC3\xA9").unwrap(), "Café");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Zürich\r\n„Ja“".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap(), "Zürich\n„Ja“");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Zürich".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap(), "Zürich");
    }

    #[test]
    fn utf16_holding_nul_is_binary() {
        let le: Vec<u8> = [0xFF, 0xFE, b'a', 0, 0, 0].to_vec();
        assert_eq!(decode(&le), Err(DecodeError::Binary));
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // "Café – “ok”" in Windows-1252.
        let bytes = b"Caf\xE9 \x96 \x93ok\x94";
        assert_eq!(decode(bytes).unwrap(), "Café – “ok”");
    }

    #[test]
    fn mostly_utf8_with_a_stray_byte_stays_utf8() {
        let bytes = b"\xE2\x80\x9CJa\xE2\x80\x9D, sagte M\xC3\xBCller \xFF.";
        assert_eq!(decode(bytes).unwrap(), "“Ja”, sagte Müller \u{FFFD}.");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(DecodeError::Binary));
    }
}
