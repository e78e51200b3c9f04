//! Key names as written in the config: `"j"`, `"G"`, `"ctrl-d"`, `"shift-tab"`,
//! `"alt-x"`, `"enter"`, `"space"`, `"f5"`, `"\""`.

use crossterm::event::{KeyCode, KeyModifiers};

use super::Key;
use crate::suggest::suggest;

const NAMED: &[(&str, KeyCode)] = &[
    ("space", KeyCode::Char(' ')),
    ("enter", KeyCode::Enter),
    ("return", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("escape", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("del", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("minus", KeyCode::Char('-')),
];

const MODIFIERS: &[(&str, KeyModifiers)] = &[
    ("ctrl-", KeyModifiers::CONTROL),
    ("alt-", KeyModifiers::ALT),
    ("shift-", KeyModifiers::SHIFT),
];

/// Parse one key name.
///
/// # Errors
/// What is wrong with the name, without its place in the file.
pub fn parse_key(name: &str) -> Result<Key, String> {
    let mut rest = name;
    let mut mods = KeyModifiers::NONE;
    'prefixes: loop {
        for (prefix, m) in MODIFIERS {
            if let Some((head, tail)) = rest.split_at_checked(prefix.len())
                && head.eq_ignore_ascii_case(prefix)
                && !tail.is_empty()
            {
                mods |= *m;
                rest = tail;
                continue 'prefixes;
            }
        }
        break;
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (None, _) => return Err(format!("empty key name in {name:?}")),
        (Some(c), None) if mods.contains(KeyModifiers::SHIFT) => {
            KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
        }
        (Some(c), None) => KeyCode::Char(c),
        _ => named(rest).ok_or_else(|| unknown(name, rest))?,
    };
    if code == KeyCode::Char(' ') && rest == " " {
        return Err(format!("write {name:?} as \"space\""));
    }
    Ok(Key::new(code, mods))
}

fn named(rest: &str) -> Option<KeyCode> {
    let lower = rest.to_ascii_lowercase();
    if lower == "backtab" {
        return Some(KeyCode::BackTab);
    }
    if let Some(n) = lower.strip_prefix('f')
        && let Ok(n) = n.parse::<u8>()
        && (1..=24).contains(&n)
    {
        return Some(KeyCode::F(n));
    }
    NAMED.iter().find(|(n, _)| *n == lower).map(|(_, c)| *c)
}

fn unknown(name: &str, rest: &str) -> String {
    if rest.contains(char::is_whitespace) {
        return format!("key sequences like {name:?} are not supported; bind a single key");
    }
    let which = if name == rest {
        format!("unknown key name {name:?}")
    } else {
        format!("unknown key name {rest:?} in {name:?}")
    };
    let names = NAMED.iter().map(|(n, _)| *n).chain(["backtab"]);
    match suggest(&rest.to_ascii_lowercase(), names) {
        Some(close) => format!("{which}; did you mean {close:?}?"),
        None => format!(
            "{which}; expected a single character, f1-f24, or one of {}, with optional ctrl-, alt-, shift-",
            NAMED.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeyCode::{Char, Enter, F, PageDown, Tab};

    fn key(code: KeyCode, mods: KeyModifiers) -> Key {
        Key::new(code, mods)
    }

    #[test]
    fn plain_and_named_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(parse_key("j"), Ok(key(Char('j'), none)));
        assert_eq!(parse_key("G"), Ok(key(Char('G'), none)));
        assert_eq!(parse_key("\""), Ok(key(Char('"'), none)));
        assert_eq!(parse_key("?"), Ok(key(Char('?'), none)));
        assert_eq!(parse_key("-"), Ok(key(Char('-'), none)));
        assert_eq!(parse_key("space"), Ok(key(Char(' '), none)));
        assert_eq!(parse_key("Enter"), Ok(key(Enter, none)));
        assert_eq!(parse_key("pagedown"), Ok(key(PageDown, none)));
        assert_eq!(parse_key("f5"), Ok(key(F(5), none)));
        assert_eq!(parse_key("é"), Ok(key(Char('é'), none)));
    }

    #[test]
    fn modifiers() {
        assert_eq!(
            parse_key("ctrl-d"),
            Ok(key(Char('d'), KeyModifiers::CONTROL))
        );
        assert_eq!(parse_key("alt-x"), Ok(key(Char('x'), KeyModifiers::ALT)));
        assert_eq!(parse_key("Ctrl-Alt-x"), parse_key("alt-ctrl-x"));
        assert_eq!(parse_key("ctrl-F"), parse_key("ctrl-f"));
        assert_ne!(parse_key("alt-J"), parse_key("alt-j"));
        assert_eq!(parse_key("shift-g"), parse_key("G"));
        assert_eq!(parse_key("shift-tab"), Ok(key(Tab, KeyModifiers::SHIFT)));
        assert_eq!(parse_key("backtab"), parse_key("shift-tab"));
        assert_eq!(
            parse_key("ctrl--"),
            Ok(key(Char('-'), KeyModifiers::CONTROL))
        );
        assert_eq!(parse_key("ctrl-"), Err("unknown key name \"ctrl-\"; expected a single character, f1-f24, or one of space, enter, return, esc, escape, tab, backspace, delete, del, insert, home, end, pageup, pagedown, up, down, left, right, minus, with optional ctrl-, alt-, shift-".into()));
    }

    #[test]
    fn bad_names() {
        assert!(
            parse_key("ctrl-foo").unwrap_err().starts_with(
                "unknown key name \"foo\" in \"ctrl-foo\"; expected a single character"
            )
        );
        assert_eq!(
            parse_key("entr"),
            Err("unknown key name \"entr\"; did you mean \"enter\"?".into())
        );
        assert!(parse_key("").is_err());
        assert!(parse_key(" ").is_err());
        assert!(parse_key("f25").is_err());
        assert!(parse_key("g g").unwrap_err().contains("not supported"));
    }
}
