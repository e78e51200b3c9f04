//! A page's encoding, in the order browsers use: the byte-order mark, the HTTP
//! header's charset (for a page fetched from the web), `<meta charset>`, the
//! `http-equiv="content-type"` meta tag, and last a guess from the bytes
//! (`chardetng`).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::tags::tags;

/// How far into the page the meta tags are looked for.
const PRESCAN_BYTES: usize = 4096;
/// How much of the page the detector reads.
const DETECT_BYTES: usize = 64 * 1024;

/// The page's text.
pub(super) fn decode(bytes: &[u8], http: Option<&str>) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom..).unwrap_or_default();
        return encoding.decode_without_bom_handling(rest).0.into_owned();
    }
    // ASCII reads the same in every encoding a page may name (ISO-2022-JP's
    // escapes aside), so a declaration need not be looked for.
    if bytes.is_ascii() && !bytes.contains(&0x1b) {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    let encoding = http
        .and_then(label)
        .or_else(|| declared(bytes))
        .unwrap_or_else(|| detect(bytes));
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding of a page whose first bytes are `first`, to read a piece of
/// it, `sample`: the byte-order mark, `<meta charset>` or the `http-equiv`
/// tag, else a guess from the piece.
pub(super) fn encoding(first: &[u8], sample: &[u8]) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(first) {
        return encoding;
    }
    declared(first).unwrap_or_else(|| detect(sample))
}

/// The encoding a label names, as a page may declare it: a UTF-16 label in an
/// ASCII-compatible page means UTF-8, `x-user-defined` Windows-1252.
fn label(name: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(name.trim().as_bytes())?;
    Some(
        if encoding.is_single_byte() || encoding.output_encoding() == encoding {
            if encoding == encoding_rs::X_USER_DEFINED {
                WINDOWS_1252
            } else {
                encoding
            }
        } else {
            UTF_8
        },
    )
}

/// `<meta charset>` first, then the `http-equiv` tag, in the page's first bytes.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let prefix = String::from_utf8_lossy(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes));
    let metas: Vec<_> = tags(&prefix).filter(|t| t.name == "meta").collect();
    let charset = metas
        .iter()
        .find_map(|t| t.attr("charset"))
        .and_then(|c| label(&c));
    charset.or_else(|| {
        metas
            .iter()
            .filter(|t| {
                t.attr("http-equiv")
                    .is_some_and(|h| h.eq_ignore_ascii_case("content-type"))
            })
            .find_map(|t| t.attr("content"))
            .and_then(|c| content_charset(&c))
    })
}

/// `text/html; charset=ISO-8859-1` → the encoding.
pub(super) fn content_charset(content: &str) -> Option<&'static Encoding> {
    let lower = content.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower.get(at + "charset".len()..)?.trim_start();
    let value = rest.strip_prefix('=')?.trim_start();
    let value = value.trim_matches(|c| c == '"' || c == '\'');
    let end = value.find([';', ' ', '"', '\'']).unwrap_or(value.len());
    label(value.get(..end)?)
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = bytes.get(..DETECT_BYTES).unwrap_or(bytes);
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bom_comes_first() {
        let page = b"\xEF\xBB\xBF<meta charset=iso-8859-1><p>caf\xC3\xA9</p>";
        assert!(decode(page, Some("windows-1251")).contains("café"));
        let utf16 = [0xFF, 0xFE, b'<', 0, b'p', 0, b'>', 0, 0xE9, 0];
        assert_eq!(decode(&utf16, None), "<p>é");
    }

    #[test]
    fn then_http_then_meta_charset_then_http_equiv() {
        let latin = b"<meta charset=\"ISO-8859-1\"><p>caf\xE9</p>";
        assert!(decode(latin, None).contains("café"));
        assert!(decode(b"<p>caf\xC3\xA9</p>", Some("utf-8")).contains("café"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Troms\xF8</p>";
        assert!(decode(equiv, None).contains("Tromsø"));
        let both = b"<meta http-equiv=content-type content=\"text/html; charset=utf-8\"><meta charset=latin1><p>\xE9</p>";
        assert!(decode(both, None).contains('é'));
        // A page that says UTF-16 in a meta tag is read as UTF-8.
        assert!(decode(b"<meta charset=utf-16><p>\xC3\xA9</p>", None).contains('é'));
    }

    #[test]
    fn ascii_is_ascii_whatever_the_page_says() {
        assert_eq!(
            decode(b"<meta charset=utf-16><p>a", Some("latin1")),
            "<meta charset=utf-16><p>a"
        );
    }

    #[test]
    fn else_the_bytes_decide() {
        assert!(decode("<p>Tromsø café</p>".as_bytes(), None).contains("Tromsø café"));
        let latin =
            b"<p>Le caf\xE9 est ferm\xE9 depuis l'\xE9t\xE9 dernier, \xE0 cause des travaux.</p>";
        assert!(decode(latin, None).contains("café est fermé"));
    }
}
