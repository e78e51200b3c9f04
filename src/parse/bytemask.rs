//! Bit masks over the bytes of a text, 64 bytes to a `u64` (bit `k` of mask `j`
//! stands for byte `64 * j + k`): which bytes are ASCII letters or digits, which
//! belong to other characters. Word splitting jumps from one word edge to the next
//! with them instead of deciding at every byte.

/// One in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight bytes at once: the high bit of each byte whose value (below 0x80) lies in
/// `lo..=hi`.
fn in_range(x7: u64, lo: u8, hi: u8) -> u64 {
    // No byte carries into the next: every byte of `x7` is below 0x80.
    let at_least_lo = x7 + ONES * u64::from(0x80 - lo);
    let above_hi = x7 + ONES * u64::from(0x7f - hi);
    at_least_lo & !above_hi & HIGH
}

/// The high bits of the bytes of `x` equal to `b`.
fn equal(x: u64, b: u8) -> u64 {
    let y = x ^ (ONES * u64::from(b));
    !(((y & !HIGH) + !HIGH) | y) & HIGH
}

/// Not zero when some byte of `x` is zero (which bytes it flags is not exact).
fn any_zero(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGH
}

/// Whether any of the eight bytes of `x` is `b`.
pub(crate) fn has_byte(x: u64, b: u8) -> bool {
    any_zero(x ^ (ONES * u64::from(b))) != 0
}

/// How many bytes of `high` have their high bit set (only high bits may be set):
/// a count without `count_ones`, which x86-64 without POPCNT does slowly.
pub(crate) fn count_high(high: u64) -> u32 {
    // The eight 0/1 bytes summed into the top byte (at most 8: no carry out).
    u32::try_from((high >> 7).wrapping_mul(ONES) >> 56).unwrap_or(0)
}

/// The high bit of each byte, gathered into the 8 bits of a byte (byte 0 is bit 0).
fn gather(high: u64) -> u64 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// What up to 64 bytes hold, one bit per byte (byte 0 in bit 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Eight {
    /// ASCII letters and digits.
    pub alnum: u64,
    /// Bytes of non-ASCII characters.
    pub wide: u64,
    /// First bytes of non-ASCII characters.
    pub lead: u64,
    /// `'` and `-`.
    pub joins: u64,
}

/// Eight bytes as a little-endian word; missing bytes count as spaces.
fn load(bytes: &[u8]) -> u64 {
    if let Ok(b) = <[u8; 8]>::try_from(bytes) {
        return u64::from_le_bytes(b);
    }
    let mut buf = [b' '; 8];
    for (dst, &src) in buf.iter_mut().zip(bytes) {
        *dst = src;
    }
    u64::from_le_bytes(buf)
}

/// The ASCII letters and digits of eight bytes, and their non-ASCII bytes.
fn alnum_wide(x: u64) -> (u64, u64) {
    let wide = x & HIGH;
    let x7 = x & !HIGH;
    let digit = in_range(x7, b'0', b'9');
    let letter = in_range(x7 | (ONES * 0x20), b'a', b'z');
    (gather((digit | letter) & !wide), gather(wide))
}

/// The ASCII capital letters of eight bytes.
fn upper(x: u64) -> u64 {
    gather(in_range(x & !HIGH, b'A', b'Z') & !(x & HIGH))
}

/// Classify up to eight bytes (missing bytes count as spaces).
pub fn eight(bytes: &[u8]) -> Eight {
    let x = load(bytes);
    let wide = x & HIGH;
    let (alnum, wide_bits) = alnum_wide(x);
    Eight {
        alnum,
        wide: wide_bits,
        // A first byte is 11xxxxxx; the bytes after it are 10xxxxxx.
        lead: gather(wide & (x << 1)),
        joins: gather(equal(x, b'\'') | equal(x, b'-')),
    }
}

/// The ASCII letters and digits of up to eight bytes (missing bytes count as
/// spaces), when they hold only ASCII and neither `'` nor `-`: there every word is
/// a run of letters and digits. `None` for any other eight bytes. The answer is
/// the high bit of each such byte (`0x80` for byte 0, `0x8000` for byte 1...),
/// not gathered: a word starts at each set bit whose byte below is clear.
pub(crate) fn plain_alnum(bytes: &[u8]) -> Option<u64> {
    let x = load(bytes);
    if x & HIGH != 0
        || any_zero(x ^ (ONES * u64::from(b'\''))) | any_zero(x ^ (ONES * u64::from(b'-'))) != 0
    {
        return None;
    }
    let digit = in_range(x, b'0', b'9');
    let letter = in_range(x | (ONES * 0x20), b'a', b'z');
    Some(digit | letter)
}

/// [`plain_alnum`] for 64 bytes at once: the eight answers when all eight-byte
/// groups are plain, else `None` (one test for the whole block).
pub fn plain_alnum_64(block: &[u8; 64]) -> Option<[u64; 8]> {
    let (eights, _) = block.as_chunks::<8>();
    let mut x = [0u64; 8];
    let mut bad = 0;
    for (dst, eight) in x.iter_mut().zip(eights) {
        let v = u64::from_le_bytes(*eight);
        bad |= (v & HIGH)
            | any_zero(v ^ (ONES * u64::from(b'\'')))
            | any_zero(v ^ (ONES * u64::from(b'-')));
        *dst = v;
    }
    if bad != 0 {
        return None;
    }
    Some(x.map(|v| in_range(v, b'0', b'9') | in_range(v | (ONES * 0x20), b'a', b'z')))
}

/// `char::is_alphanumeric`, answered at once for the punctuation around news
/// text (quotation marks, dashes, no-break spaces), where the standard library
/// searches its tables.
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{2000}'..='\u{206F}' | '\u{A0}' | '«' | '»' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The bits of `through` reached from a bit of `from` by going up over bits of
/// `through` only (`from` must lie inside `through`): a run of set bits of
/// `through` is filled from its first bit in `from` to its end.
pub fn fill(mut from: u64, mut through: u64) -> u64 {
    for shift in [1, 2, 4, 8, 16, 32] {
        from |= through & (from << shift);
        through &= through << shift;
    }
    from
}

/// The three masks of up to 64 bytes (see [`Masks`]).
#[inline]
fn masks_of(chunk: &[u8]) -> [u64; 3] {
    let (mut alnum, mut wide, mut caps) = (0, 0, 0);
    for (k, eight) in chunk.chunks(8).enumerate() {
        let x = load(eight);
        // ASCII only (the most common case): no bytes of other characters.
        let (a, w) = if x & HIGH == 0 {
            let letter = in_range(x | (ONES * 0x20), b'a', b'z');
            (gather(in_range(x, b'0', b'9') | letter), 0)
        } else {
            alnum_wide(x)
        };
        alnum |= a << (8 * k);
        wide |= w << (8 * k);
        caps |= upper(x) << (8 * k);
    }
    [alnum, alnum | wide, caps | wide]
}

/// [`masks_of`] for 64 bytes: when all are ASCII (most text), no byte belongs to
/// another character and the letters and capitals need no high-bit masking.
#[inline]
fn masks_of_64(chunk: &[u8; 64]) -> [u64; 3] {
    let (eights, _) = chunk.as_chunks::<8>();
    let mut x = [0u64; 8];
    let mut high = 0;
    for (dst, eight) in x.iter_mut().zip(eights) {
        *dst = u64::from_le_bytes(*eight);
        high |= *dst;
    }
    if high & HIGH != 0 {
        return masks_of(chunk);
    }
    let (mut alnum, mut caps) = (0, 0);
    for (k, &x) in x.iter().enumerate() {
        let upper = in_range(x, b'A', b'Z');
        let alnum_high = upper | in_range(x, b'a', b'z') | in_range(x, b'0', b'9');
        alnum |= gather(alnum_high) << (8 * k);
        caps |= gather(upper) << (8 * k);
    }
    [alnum, alnum, caps]
}

/// Masks over a whole text: where words may start and where ASCII runs end.
/// Each 64 bytes have three masks, in one buffer.
#[derive(Debug, Default)]
pub(crate) struct Masks(Vec<[u64; 3]>);

/// ASCII letters and digits.
const ALNUM: usize = 0;
/// ASCII letters and digits, and bytes of non-ASCII characters.
const MAYBE_WORD: usize = 1;
/// ASCII capital letters, and bytes of non-ASCII characters.
const UPPER_OR_WIDE: usize = 2;

impl Masks {
    /// Masks for `bytes`, reusing this value's buffer.
    pub fn fill(&mut self, bytes: &[u8]) {
        self.0.clear();
        // Whole 64-byte chunks first: eight loads of known length each.
        let (chunks, rest) = bytes.as_chunks::<64>();
        self.0.reserve(chunks.len() + 1);
        for chunk in chunks {
            self.0.push(masks_of_64(chunk));
        }
        if !rest.is_empty() {
            self.0.push(masks_of(rest));
        }
    }

    /// The first byte at or after `i` that is an ASCII letter or digit or part of
    /// a non-ASCII character.
    pub(crate) fn next_maybe_word(&self, i: usize) -> Option<usize> {
        self.next_set(MAYBE_WORD, i, 0)
    }

    /// The first byte at or after `i` that is an ASCII capital letter or part of a
    /// non-ASCII character.
    pub(crate) fn next_upper_or_wide(&self, i: usize) -> Option<usize> {
        self.next_set(UPPER_OR_WIDE, i, 0)
    }

    /// The first byte at or after `i` that is not an ASCII letter or digit (the
    /// text's length, `len`, when there is none).
    pub(crate) fn alnum_end(&self, i: usize, len: usize) -> usize {
        self.next_set(ALNUM, i, !0).map_or(len, |e| e.min(len))
    }

    /// Where the run of ASCII letters and digits that ends at byte `i` starts (`i`
    /// when the byte before it is none).
    pub(crate) fn alnum_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 {
            let k = j - 1;
            let Some(m) = self.0.get(k / 64).and_then(|m| m.get(ALNUM)) else {
                return j;
            };
            // Bytes at or below `k` in its 64 that are not letters or digits.
            let below = !m & (!0u64 >> (63 - k % 64));
            if below != 0 {
                return k / 64 * 64 + (64 - below.leading_zeros() as usize);
            }
            j = k / 64 * 64;
        }
        0
    }

    /// The first bit at or after `i` of mask `which` that differs from `flip` (the
    /// masks combined with `flip` by exclusive or: 0 finds set bits, all ones
    /// clear ones).
    fn next_set(&self, which: usize, i: usize, flip: u64) -> Option<usize> {
        let mask = |j: usize| self.0.get(j).and_then(|m| m.get(which)).map(|m| m ^ flip);
        let mut j = i / 64;
        let mut m = mask(j)? & (!0u64 << (i % 64));
        loop {
            if m != 0 {
                return Some(j * 64 + m.trailing_zeros() as usize);
            }
            j += 1;
            m = mask(j)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Calls `check` with every byte value at every place of eight `x`s.
    fn each_byte_in_eight(mut check: impl FnMut(u8, usize, [u8; 8])) {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'x'; 8];
                bytes[at] = b;
                check(b, at, bytes);
            }
        }
    }

    #[test]
    fn every_byte_value_is_classified_like_the_scalar_rules() {
        each_byte_in_eight(|b, at, bytes| {
            let e = eight(&bytes);
            let bit = |m: u64| m >> at & 1 == 1;
            assert_eq!(bit(e.alnum), b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(bit(e.wide), !b.is_ascii(), "{b}");
            assert_eq!(bit(e.joins), b == b'\'' || b == b'-', "{b}");
            assert_eq!(bit(e.lead), b >= 0xC0, "{b}");
        });
    }

    #[test]
    fn plain_bytes_are_only_letters_digits_and_separators() {
        each_byte_in_eight(|b, at, bytes| {
            let e = eight(&bytes);
            let plain = b.is_ascii() && b != b'\'' && b != b'-';
            let plain_bits = plain_alnum(&bytes).map(gather);
            assert_eq!(plain_bits, plain.then_some(e.alnum), "{b}");
            let head = plain_alnum(&bytes[..at]).map(gather);
            assert_eq!(head, Some(eight(&bytes[..at]).alnum));
        });
    }

    #[test]
    fn high_bits_are_counted() {
        for k in 0..=255u8 {
            let high = (0..8)
                .filter(|i| k >> i & 1 == 1)
                .fold(0u64, |m, i| m | 0x80 << (8 * i));
            assert_eq!(count_high(high), k.count_ones());
        }
    }

    #[test]
    fn punctuation_is_not_alphanumeric() {
        for c in ('\u{80}'..='\u{2100}').chain(['a', '9', '.', 'é', '東']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn whole_chunks_are_masked_like_the_rest() {
        let mut bytes = [b'a'; 64];
        for b in 0..=255u8 {
            for at in [0, 7, 8, 63] {
                bytes[at] = b;
                bytes[(at + 9) % 64] = b'Q';
                assert_eq!(masks_of_64(&bytes), masks_of(&bytes), "{b} at {at}");
                bytes[at] = b' ';
            }
        }
    }

    #[test]
    fn fill_runs_from_their_first_seed() {
        assert_eq!(fill(0b0000_0100, 0b0011_1110), 0b0011_1100);
        assert_eq!(fill(0b1000_0010, 0b1101_1011), 0b1000_0010);
        assert_eq!(fill(0b0100_0001, 0b1101_1011), 0b1100_0011);
        assert_eq!(fill(1, !0), !0);
        assert_eq!(fill(0, !0), 0);
    }

    #[test]
    fn masks_find_word_edges_across_chunks() {
        let text = format!("{}ab-é{}z", " ".repeat(62), "q".repeat(70));
        let mut m = Masks::default();
        m.fill(text.as_bytes());
        assert_eq!(m.next_maybe_word(0), Some(62));
        assert_eq!(m.alnum_end(62, text.len()), 64);
        assert_eq!(m.next_maybe_word(64), Some(65));
        assert_eq!(m.alnum_end(67, text.len()), text.len());
        assert_eq!(m.alnum_end(text.len(), text.len()), text.len());
        assert_eq!(m.next_maybe_word(text.len()), None);
        assert_eq!(m.next_upper_or_wide(0), Some(65));
        let caps = "ab Cd".repeat(30);
        m.fill(caps.as_bytes());
        assert_eq!(m.next_upper_or_wide(64), Some(68));
        assert_eq!(Masks::default().next_maybe_word(0), None);
        let text = format!("a b{}c.é{}", "x".repeat(130), "yz");
        m.fill(text.as_bytes());
        for i in 0..=text.len() {
            let slow = (0..i)
                .rev()
                .take_while(|&k| text.as_bytes()[k].is_ascii_alphanumeric())
                .last()
                .unwrap_or(i);
            assert_eq!(m.alnum_start(i), slow, "{i}");
        }
    }
}
