//! The framing of the people's files (the index and its summary): a magic, a
//! format number, the body's length and checksum, then the body. A file cut
//! short, of another format or failing its check is not read.

/// Magic (8), format (4), length (8), checksum (8).
pub(crate) const HEADER: usize = 8 + 4 + 8 + 8;

/// `body` framed under `magic` and `format`.
pub(crate) fn seal(magic: [u8; 8], format: u32, body: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(HEADER + body.len());
    bytes.extend_from_slice(&magic);
    bytes.extend_from_slice(&format.to_le_bytes());
    bytes.extend_from_slice(&(body.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&crate::store::hash(body).to_le_bytes());
    bytes.extend_from_slice(body);
    bytes
}

/// The body framed in `bytes`, when they are whole and of `magic` and `format`.
pub(crate) fn open(bytes: &[u8], magic: [u8; 8], format: u32) -> Option<&[u8]> {
    let (header, body) = bytes.split_at_checked(HEADER)?;
    let (read_magic, rest) = header.split_first_chunk::<8>()?;
    let (read_format, rest) = rest.split_first_chunk::<4>()?;
    let (length, rest) = rest.split_first_chunk::<8>()?;
    let check = rest.first_chunk::<8>()?;
    (*read_magic == magic
        && u32::from_le_bytes(*read_format) == format
        && u64::from_le_bytes(*length) == body.len() as u64
        && u64::from_le_bytes(*check) == crate::store::hash(body))
    .then_some(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_body_opens_and_a_damaged_one_does_not() {
        let bytes = seal(*b"bylinetx", 7, b"body");
        assert_eq!(open(&bytes, *b"bylinetx", 7), Some(&b"body"[..]));
        assert_eq!(open(&bytes, *b"bylinetx", 8), None);
        assert_eq!(open(&bytes, *b"bylineXX", 7), None);
        assert_eq!(open(&bytes[..bytes.len() - 1], *b"bylinetx", 7), None);
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(open(&flipped, *b"bylinetx", 7), None);
    }
}
