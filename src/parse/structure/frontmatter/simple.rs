//! The commonest YAML front matter, read without the YAML parser: one `key: value`
//! per line, each value a plain word run or a flow list of them (`tags: [a, b]`).
//! Anything else (quotes, comments, nesting, numbers, `true`, non-ASCII text...)
//! is left to `yaml_rust2`, and for what is read here it would give the same.

use super::Value;

/// The pairs of `inner`, or `None` when it is not of the simple kind.
pub fn pairs(inner: &str) -> Option<Vec<(String, Value)>> {
    let body = inner.strip_suffix('\n').unwrap_or(inner);
    let mut out: Vec<(String, Value)> = Vec::new();
    for line in body.split('\n') {
        let (key, value) = line.split_once(": ")?;
        if !is_key(key) || out.iter().any(|(k, _)| k == key) {
            return None;
        }
        let value = match value.strip_prefix('[') {
            Some(list) => Value::List(
                list.strip_suffix(']')?
                    .split(", ")
                    .map(|item| is_plain(item).then(|| item.to_owned()))
                    .collect::<Option<_>>()?,
            ),
            None => Value::Text(is_plain(value).then(|| value.to_owned())?),
        };
        out.push((key.to_owned(), value));
    }
    (!out.is_empty()).then_some(out)
}

/// A lower-case ASCII key that YAML reads as a string.
fn is_key(key: &str) -> bool {
    key.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !matches!(key, "true" | "false" | "null")
}

/// Words of ASCII letters and digits (with `.`, `'` and `-` inside), single
/// spaces between them, that YAML reads as this very string: not a number, a
/// boolean or null.
fn is_plain(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(|&b| b != b' ')
        && !value.contains("  ")
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'.' | b'\'' | b'-'))
        && value.parse::<i64>().is_err()
        && !value.starts_with("0x")
        && !value.starts_with("0o")
        && !matches!(
            value,
            "true" | "True" | "TRUE" | "false" | "False" | "FALSE" | "null"
        )
}

#[cfg(test)]
mod tests {
    use super::super::yaml_pairs_parsed;
    use super::*;

    fn texts(pairs: Option<Vec<(String, Value)>>) -> Option<Vec<(String, String)>> {
        pairs.map(|p| {
            p.into_iter()
                .map(|(k, v)| match v {
                    Value::Text(t) => (k, t),
                    Value::List(l) => (k, format!("{l:?}")),
                })
                .collect()
        })
    }

    #[test]
    fn simple_front_matter_reads_as_the_yaml_parser_reads_it() {
        let values = [
            "Harbour council ferry",
            "Jane Doe",
            "2026-03-14",
            "[news, local]",
            "1.5",
            "12",
            "0x1f",
            "true",
            "True",
            "null",
            "O'Brien",
            "a  b",
            "a b ",
            "[]",
            "[a,b]",
            "[12, x]",
            "-x",
            "x: y",
            "x # c",
            "\"q\"",
            "été",
            "inf",
            ".5",
            "1e5",
            "~",
        ];
        let keys = ["title", "tags", "true", "Title", "x1_y", "1a", ""];
        for (i, v) in values.iter().enumerate() {
            for (j, k) in keys.iter().enumerate() {
                let w = values[(i + j) % values.len()];
                for inner in [
                    format!("{k}: {v}\n"),
                    format!("title: {v}\n{k}: {w}\n"),
                    format!("{k}: {v}\n{k}: {w}\n"),
                    format!("{k}: {v}\n\nx: y\n"),
                    format!("{k}:  {v}\n"),
                ] {
                    if let Some(fast) = texts(pairs(&inner)) {
                        assert_eq!(Some(fast), texts(yaml_pairs_parsed(&inner)), "{inner:?}");
                    }
                }
            }
        }
        assert!(pairs("title: Jane Doe\ntags: [news, local]\ndate: 2026-03-14\n").is_some());
    }
}
