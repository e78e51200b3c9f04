//! File names from titles.

/// The longest slug, in characters (bytes: it is ASCII).
pub const MAX_SLUG: usize = 80;

/// A title as a file name: lower-case ASCII letters and digits, words joined by
/// `-`, accented Latin letters written without their accents (`é` → `e`,
/// `ß` → `ss`), at most [`MAX_SLUG`] characters (cut at a word when one ends
/// in the second half), `page` when nothing is left.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        let ascii = if c.is_ascii_alphanumeric() {
            Some(c.to_string())
        } else {
            fold(c).map(str::to_string)
        };
        match ascii {
            Some(s) => {
                if gap && !out.is_empty() {
                    out.push('-');
                }
                gap = false;
                out.push_str(&s);
            }
            // An apostrophe joins ("don't" → "dont").
            None if matches!(c, '\'' | '’') => {}
            None => gap = true,
        }
        if out.len() > MAX_SLUG {
            break;
        }
    }
    if out.len() > MAX_SLUG {
        let cut = &out[..MAX_SLUG];
        out = match cut.rfind('-') {
            Some(i) if i >= MAX_SLUG / 2 => cut[..i].to_string(),
            _ => cut.to_string(),
        };
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() { "page".into() } else { out }
}

/// A lower-case Latin letter with a mark, written in ASCII.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_joined_lower_case() {
        assert_eq!(slug("Ferry Returns to Port"), "ferry-returns-to-port");
        assert_eq!(slug("  Storm: 3 ports close!  "), "storm-3-ports-close");
        assert_eq!(slug("Don't panic"), "dont-panic");
    }

    #[test]
    fn accents_are_dropped() {
        assert_eq!(slug("Café in Zürich"), "cafe-in-zurich");
        assert_eq!(slug("Straße Œuvre Łódź"), "strasse-oeuvre-lodz");
        assert_eq!(slug("ÉTÉ"), "ete");
    }

    #[test]
    fn nothing_left_is_page() {
        assert_eq!(slug(""), "page");
        assert_eq!(slug("東京 — 「」"), "page");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("\u{1b}[2J"), "2j");
    }

    #[test]
    fn at_most_80_cut_at_a_word() {
        let long = "word ".repeat(40);
        let s = slug(&long);
        assert!(s.len() <= MAX_SLUG, "{s}");
        assert!(s.ends_with("word"), "{s}");
        let one = "x".repeat(200);
        assert_eq!(slug(&one).len(), MAX_SLUG);
    }

    proptest::proptest! {
        #[test]
        fn always_a_safe_name(title in "\\PC{0,300}") {
            let s = slug(&title);
            proptest::prop_assert!(!s.is_empty() && s.len() <= MAX_SLUG);
            proptest::prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            proptest::prop_assert!(!s.starts_with('-') && !s.ends_with('-'));
        }
    }
}
