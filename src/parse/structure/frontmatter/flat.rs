//! The common YAML front matter read without a YAML parser: one `key: value` per
//! line, each value a plain word or phrase or a flow list of them
//! (`tags: [news, local]`). Anything else (quotes, comments, indentation, block
//! lists, numbers, `true`, `null`, a repeated key...) is left to the full parser:
//! [`pairs`] answers only where its answer is the one `yaml-rust2` gives.

use super::Value;

/// The pairs of `inner` when every line is a flat `key: value`; `None` when the
/// full parser must decide.
pub fn pairs(inner: &str) -> Option<Vec<(String, Value)>> {
    let body = inner.strip_suffix('\n')?;
    let mut out: Vec<(String, Value)> = Vec::with_capacity(8);
    for line in body.split('\n') {
        let (key, value) = line.split_once(": ")?;
        if !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            || !is_string(key)
            || out.iter().any(|(k, _)| k == key)
        {
            return None;
        }
        let value = if let Some(list) = value.strip_prefix('[') {
            let items = list.strip_suffix(']')?;
            Value::List(
                items
                    .split(',')
                    .map(|item| {
                        let item = item.trim_matches(' ');
                        is_string(item).then(|| item.to_owned())
                    })
                    .collect::<Option<_>>()?,
            )
        } else if is_string(value) {
            Value::Text(value.to_owned())
        } else {
            return None;
        };
        out.push((key.to_owned(), value));
    }
    Some(out)
}

/// Whether `s` is a plain scalar that YAML reads as this very string: it starts
/// with a letter or digit, holds no character YAML may give a meaning to, ends
/// in no space, and is no number, boolean or null.
fn is_string(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !first.is_alphanumeric() || s.ends_with(' ') {
        return false;
    }
    let plain = s.chars().all(|c| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | ',' | '\'' | '-' | '_' | '?' | '!')
        } else {
            c.is_alphanumeric()
        }
    });
    if !plain
        || matches!(
            s,
            "null" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
    {
        return false;
    }
    // Numbers (and `0x1F`, `1e3`) are left to the parser; `2026-03-14` is text.
    !s.bytes().any(|b| b.is_ascii_digit())
        || is_date(s)
        || (!s.starts_with("0x")
            && !s.starts_with("0o")
            && s.parse::<i64>().is_err()
            && s.parse::<f64>().is_err())
}

/// `2026-03-14`.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::super::yaml_parsed;
    use super::*;

    fn flat(inner: &str) -> Option<Vec<(String, String)>> {
        pairs(inner).map(|p| p.into_iter().map(|(k, v)| (k, v.shown())).collect())
    }

    #[test]
    fn the_bench_front_matter_is_flat() {
        let inner =
            "title: Harbour ferry\nauthor: Jane Doe\ndate: 2026-03-14\ntags: [news, local]\n";
        assert_eq!(
            flat(inner).unwrap(),
            [
                ("title", "Harbour ferry"),
                ("author", "Jane Doe"),
                ("date", "2026-03-14"),
                ("tags", "[news|local]"),
            ]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
        );
    }

    /// Every answer the fast path gives is the full parser's.
    #[test]
    fn flat_answers_are_the_parsers() {
        let keys = ["title", "tags", "Date", "x_1", "null", "true", "a b", "é"];
        let values = [
            "Harbour ferry",
            "2026-03-14",
            "[news, local]",
            "[ a ,b ]",
            "[]",
            "[a, ]",
            "[a, [b]]",
            "12",
            "1e3",
            "0x1F",
            "inf",
            "nan",
            "3 dead",
            "True",
            "null",
            "~",
            "",
            " lead",
            "trail ",
            "it's O'Brien, again!",
            "a: b",
            "a #b",
            "Zoë Ærø",
            "\"quoted\"",
            "'single'",
            "- item",
            "*alias",
            "&anchor x",
            "x\ty",
            "1.5",
            "2026-03",
        ];
        let mut checked = 0;
        for (i, k1) in keys.iter().enumerate() {
            for (j, v1) in values.iter().enumerate() {
                let k2 = keys[(i + j + 1) % keys.len()];
                let v2 = values[(i * 7 + j) % values.len()];
                for inner in [
                    format!("{k1}: {v1}\n"),
                    format!("{k1}: {v1}\n{k2}: {v2}\n"),
                    format!("{k1}: {v1}\n{k1}: {v2}\n"),
                    format!("{k1}: {v1}\n  {k2}: {v2}\n"),
                    format!("{k1}:  {v1}\n"),
                    format!("{k1}: {v1}"),
                ] {
                    if let Some(fast) = flat(&inner) {
                        let slow = yaml_parsed(&inner)
                            .map(|p| p.into_iter().map(|(k, v)| (k, v.shown())).collect());
                        assert_eq!(Some(fast), slow, "{inner:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 40, "{checked}");
    }
}
