//! Whatever a config file holds, loading it never panics, and an error always
//! points inside the file.

use byline::config::{Config, ConfigError};
use byline::keymap::parse_key;
use proptest::prelude::*;

const TABLES: &[&str] = &[
    "",
    "[theme]",
    "[theme.heading]",
    "[keys]",
    "[layout]",
    "[reader]",
    "[quotes]",
    "[sort]",
    "[thme]",
];
const KEYS: &[&str] = &[
    "fg",
    "bg",
    "modifiers",
    "preset",
    "down",
    "up",
    "quit",
    "list_width",
    "list_height",
    "split",
    "columns",
    "max_width",
    "styles",
    "key",
    "order",
    "mouse",
    "articles_dir",
    "extensions",
    "heading",
    "dwn",
    "justify",
];
const VALUES: &[&str] = &[
    "\"red\"",
    "\"#ff00ff\"",
    "300",
    "-1",
    "true",
    "[\"bold\", \"blod\"]",
    "[\"j\", \"k\"]",
    "\"ctrl-c\"",
    "\"38%\"",
    "40",
    "{ fg = \"cyan\" }",
    "[]",
    "\"é\"",
    "\"g g\"",
    "\"light\"",
    "1.5",
    "\"\"",
];

fn line() -> impl Strategy<Value = String> {
    (
        0..TABLES.len(),
        0..KEYS.len(),
        0..VALUES.len(),
        any::<bool>(),
    )
        .prop_map(|(t, k, v, header)| {
            let pair = format!("{} = {}", KEYS[k], VALUES[v]);
            if header {
                format!("{}\n{pair}", TABLES[t])
            } else {
                pair
            }
        })
}

proptest! {
    #[test]
    fn structured_noise_never_panics(lines in prop::collection::vec(line(), 0..8)) {
        let text = lines.join("\n");
        check(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn arbitrary_key_names_never_panic(name in "\\PC{0,12}") {
        let _ = parse_key(&name);
    }
}

fn check(text: &str) {
    match Config::from_toml(text, "f.toml", None, false) {
        Ok(_) | Err(ConfigError::Read { .. }) => {}
        Err(ConfigError::Invalid { line, column, .. }) => {
            let lines = text.split('\n').count();
            assert!(line >= 1 && line <= lines, "line {line} of {lines}");
            assert!(column >= 1);
        }
    }
}
