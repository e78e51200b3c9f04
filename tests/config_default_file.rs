//! `config/default.toml` documents every theme element with the `default`
//! preset's value, and every action with its default keys.

use byline::action::Action;
use byline::config::{Config, DEFAULT_TOML};
use byline::theme::{Preset, StyleSpec, Theme};
use ratatui::style::Style;

/// `# name = { ... }` lines of the `[theme]` section.
#[cfg(test)]
fn documented_elements() -> Vec<(String, String)> {
    DEFAULT_TOML
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("# ")?;
            let (name, value) = rest.split_once(" = ")?;
            let end = value.find('}')?;
            let value = value.get(..=end)?;
            (Theme::ELEMENTS.contains(&name) && value.starts_with('{'))
                .then(|| (name.to_string(), value.to_string()))
        })
        .collect()
}

#[test]
fn every_theme_element_is_documented_once_with_the_default_preset_value() {
    let documented = documented_elements();
    let names: Vec<&str> = documented.iter().map(|(n, _)| n.as_str()).collect();
    for element in Theme::ELEMENTS {
        assert_eq!(
            names.iter().filter(|n| *n == element).count(),
            1,
            "{element}"
        );
    }
    let theme = Preset::Default.theme();
    for (name, value) in documented {
        #[derive(serde::Deserialize)]
        struct One {
            s: StyleSpec,
        }
        let spec = toml::from_str::<One>(&format!("s = {value}")).unwrap().s;
        let mut style = Style::new();
        spec.apply(&mut style);
        assert_eq!(Some(style), theme.get(&name), "{name} = {value}");
    }
}

#[test]
fn every_action_has_an_entry() {
    let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
    let keys = table["keys"].as_table().unwrap();
    for action in Action::ALL {
        assert!(
            keys.contains_key(action.name()),
            "`{}` missing from [keys] in config/default.toml: add `{} = [\"…\"]` with its default key",
            action.name(),
            action.name()
        );
    }
    // One entry per name: `section` binds the nine sections, and the older
    // `section_1` … `section_9` are not used here.
    assert_eq!(keys.len(), Action::NAMES.len());
}

#[test]
fn every_action_has_a_default_key_and_no_key_serves_two() {
    let keys = Config::builtin().keys;
    for &action in Action::ALL {
        assert!(!keys.keys_of(action).is_empty(), "{action} has no key");
    }
    assert_eq!(keys.conflicts(), []);
}

#[test]
fn the_builtin_file_loads_as_a_user_file_and_changes_nothing() {
    let config = Config::from_toml(DEFAULT_TOML, "default.toml", None, false).unwrap();
    assert_eq!(config, Config::builtin());
}

#[test]
fn every_top_level_key_is_set() {
    let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
    let mut keys: Vec<&str> = table.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "articles_dir",
            "extensions",
            "index_from",
            "keys",
            "layout",
            "mouse",
            "opener",
            "quotes",
            "reader",
            "sort",
            "sync",
            "theme",
            "web"
        ]
    );
    let count = |t: &str| table[t].as_table().unwrap().len();
    assert_eq!(
        (
            count("sort"),
            count("layout"),
            count("reader"),
            count("quotes"),
            count("web")
        ),
        (2, 5, 7, 3, 3)
    );
}
