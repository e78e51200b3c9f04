//! Bytes to clean text: encoding detection, line ends, control characters.

use thiserror::Error;

/// Why a file's bytes are not an article.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("binary file (contains NUL bytes)")]
    Binary,
}

/// Decode a file's bytes into text with `\n` line ends and no control characters
/// other than `\n` and `\t`.
///
/// # Errors
/// [`DecodeError::Binary`] when the bytes hold a NUL outside UTF-16.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(text
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
        .collect())
}
