//! Where in the file a byte offset is: line, column and key path.

use toml::de::{DeTable, DeValue};

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = text.get(..end).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// The keys leading to the key or value at `pos`, deepest match.
pub(crate) fn find_path(table: &DeTable<'_>, pos: usize, path: &mut Vec<String>) -> bool {
    for (key, value) in table {
        let here = key.span().contains(&pos) || value.span().contains(&pos);
        path.push(key.get_ref().to_string());
        let deeper = match value.get_ref() {
            DeValue::Table(inner) => find_path(inner, pos, path),
            DeValue::Array(items) => items.iter().any(|item| match item.get_ref() {
                DeValue::Table(inner) => find_path(inner, pos, path),
                _ => false,
            }),
            _ => false,
        };
        if deeper || here {
            return true;
        }
        path.pop();
    }
    false
}

/// The path of the last key named `name` that starts before `before`, with its
/// start: the first definition of a key defined twice.
pub(crate) fn find_earlier_key(
    table: &DeTable<'_>,
    name: &str,
    before: usize,
    path: &mut Vec<String>,
    found: &mut Option<(Vec<String>, usize)>,
) {
    for (key, value) in table {
        path.push(key.get_ref().to_string());
        let start = key.span().start;
        if key.get_ref() == name && start < before && found.as_ref().is_none_or(|(_, s)| *s < start)
        {
            *found = Some((path.clone(), start));
        }
        if let DeValue::Table(inner) = value.get_ref() {
            find_earlier_key(inner, name, before, path, found);
        }
        path.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 10), (2, 4));
        assert_eq!(line_column(text, 8), (2, 2));
        assert_eq!(line_column(text, 9), (2, 3));
        assert_eq!(line_column(text, 7), (2, 2));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn key_path_of_a_nested_value() {
        let text = "[theme.heading]\nfg = 'x'\n[keys]\ndown = ['j', 'k']\n";
        let (table, _) = DeTable::parse_recoverable(text);
        let mut path = Vec::new();
        let pos = text.find("'x'").unwrap();
        assert!(find_path(table.get_ref(), pos, &mut path));
        assert_eq!(path, ["theme", "heading", "fg"]);
        let mut path = Vec::new();
        find_path(table.get_ref(), text.find("'k'").unwrap(), &mut path);
        assert_eq!(path, ["keys", "down"]);
    }
}
