//! The README's key table is checked against the keymap: a binding changed in
//! `config/default.toml` must be changed in the documentation too.

#![cfg(test)]

use byline::action::Action;
use byline::keymap::Keymap;

/// The table as it must read, from the default keymap and the action table.
fn expected() -> Vec<String> {
    let keymap = Keymap::default();
    let mut rows = vec![
        "| keys | action | what it does |".to_string(),
        "|---|---|---|".to_string(),
    ];
    // One row per config name; the nine sections share `section`'s row.
    for &action in Action::ALL {
        let family = action.family();
        if family.first() != Some(&action) {
            continue;
        }
        let keys: Vec<String> = family
            .iter()
            .flat_map(|a| keymap.keys_of(*a))
            .map(|(_, k)| format!("`{k}`"))
            .collect();
        if keys.is_empty() {
            continue;
        }
        let keys = match (keys.first(), keys.last()) {
            (Some(a), Some(b)) if family.len() > 1 && keys.len() > 2 => format!("{a} … {b}"),
            _ => keys.join(" "),
        };
        rows.push(format!(
            "| {keys} | `{}` | {} |",
            action.name(),
            action.description()
        ));
    }
    rows.push("| `ctrl-c` | | Quit at once (always) |".into());
    rows
}

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

/// The key table's lines (between the markers) and the byte range they fill.
fn key_table(readme: &str) -> (Vec<&str>, std::ops::Range<usize>) {
    let start = readme.find("<!-- keys:start").expect("keys:start marker");
    let body = start + readme[start..].find('\n').expect("marker line") + 1;
    let end = readme.find("<!-- keys:end -->").expect("keys:end marker");
    let lines = readme[body..end]
        .lines()
        .filter(|l| !l.is_empty())
        .collect();
    (lines, body..end)
}

/// README.md as the tests read it. With `UPDATE_README` set, the key table is
/// first written in from the keymap (`UPDATE_README=1 cargo test --test readme`),
/// once for all the tests of this file.
fn readme() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let text = std::fs::read_to_string(README).unwrap();
        if std::env::var_os("UPDATE_README").is_none() {
            return text;
        }
        let (_, range) = key_table(&text);
        let mut updated = text.clone();
        updated.replace_range(range, &format!("{}\n", expected().join("\n")));
        if updated != text {
            std::fs::write(README, &updated).unwrap();
        }
        updated
    })
}

#[test]
fn the_readme_key_table_matches_the_keymap() {
    let (table, _) = key_table(readme());
    let want = expected();
    assert_eq!(
        table,
        want,
        "README key table; it should read (UPDATE_README=1 writes it in):\n{}",
        want.join("\n")
    );
}

#[test]
fn every_action_is_in_the_table() {
    let readme = readme();
    for action in Action::ALL {
        assert!(
            readme.contains(&format!("`{}`", action.name())),
            "{action} missing from README"
        );
    }
}

#[test]
fn the_readme_example_config_loads_and_changes_what_it_says() {
    use byline::config::{Config, Split};
    let readme = readme();
    let start = readme
        .find("A half-page example:\n\n```toml\n")
        .expect("example")
        + "A half-page example:\n\n```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let config = Config::from_toml(
        &readme[start..end],
        "README.md",
        Some(std::path::Path::new("/home/u")),
        false,
    )
    .unwrap();
    assert_eq!(config.layout.split, Split::Vertical);
    assert_eq!(config.reader.max_width, 72);
    assert!(config.quotes.highlight);
    assert_eq!(
        config
            .keys
            .lookup(byline::keymap::parse_key("ctrl-f").unwrap()),
        Some(Action::HalfPageDown)
    );
    assert_ne!(config.theme.heading, Config::builtin().theme.heading);
    assert_eq!(
        config.articles_dirs[0],
        std::path::Path::new("/home/u/news")
    );
}
