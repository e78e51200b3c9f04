//! A user file changes only the keys it sets; the rest stays at the defaults.

use std::fs;
use std::path::{Path, PathBuf};

use byline::action::Action;
use byline::article::QuoteMarks;
use byline::config::{Align, Config, ListColumn, ListWidth, SortKey, Split, Wrap};
use byline::keymap::parse_key;
use byline::theme::{Preset, Theme};
use ratatui::style::{Color, Modifier, Style};

#[cfg(test)]
fn load(text: &str) -> Config {
    Config::from_toml(text, "test.toml", Some(Path::new("/home/u")), false).unwrap()
}

#[cfg(test)]
fn realistic() -> Config {
    load(&fs::read_to_string("tests/valid_configs/realistic.toml").unwrap())
}

#[test]
fn empty_file_is_the_defaults() {
    assert_eq!(load(""), Config::builtin());
    assert_eq!(load("# nothing\n"), Config::builtin());
}

#[test]
fn top_level_values_and_tables() {
    let c = realistic();
    let b = Config::builtin();
    assert_eq!(
        c.articles_dirs,
        [
            PathBuf::from("/home/u/news"),
            PathBuf::from("/home/u/Documents/clippings")
        ]
    );
    assert_eq!(c.extensions, ["txt", "md", "text"]);
    assert_eq!(c.opener, ["xdg-open"]);
    assert!(!c.mouse);
    assert_eq!((c.sort.key, c.sort.descending), (SortKey::Source, false));
    assert_eq!(c.layout.list_width, ListWidth::Columns(40));
    assert_eq!(c.layout.split, Split::Vertical);
    assert_eq!(c.layout.columns, [ListColumn::Title, ListColumn::Date]);
    assert_eq!(c.layout.status_bar, b.layout.status_bar);
    assert_eq!(c.reader.max_width, 72);
    assert_eq!(c.reader.align, Align::Left);
    assert_eq!(c.reader.paragraph_spacing, 0);
    assert!(c.reader.justify && c.reader.hyphenate);
    assert_eq!(
        (b.reader.wrap, c.reader.wrap),
        (Wrap::FirstFit, Wrap::Balanced)
    );
    assert_eq!(c.reader.show_reading_time, b.reader.show_reading_time);
    assert!(c.quotes.highlight && !c.quotes.dim_other_text);
    assert_eq!(
        c.quotes.styles,
        [QuoteMarks::Double, QuoteMarks::Guillemets]
    );
}

#[test]
fn a_table_merges_key_by_key() {
    let c = load("[reader]\njustify = true\n");
    let mut expected = Config::builtin();
    expected.reader.justify = true;
    assert_eq!(c, expected);
}

#[test]
fn theme_starts_from_the_preset_and_overrides_elements() {
    let c = realistic();
    let light = Preset::Light.theme();
    assert_eq!(
        c.theme.heading,
        Style::new()
            .fg(Color::Rgb(0x8b, 0x22, 0x52))
            .add_modifier(Modifier::BOLD)
    );
    assert_eq!(
        c.theme.quote,
        Style::new()
            .fg(Color::Indexed(28))
            .add_modifier(Modifier::BOLD | Modifier::ITALIC)
    );
    assert_eq!(
        c.theme.quote_current,
        light.quote_current.bg(Color::LightYellow)
    );
    assert_eq!(
        c.theme.search_match,
        Style {
            fg: None,
            ..light.search_match.bg(Color::LightCyan)
        }
    );
    assert_eq!(
        c.theme.status,
        Style::new().fg(Color::White).bg(Color::Blue)
    );
    assert_eq!(c.theme.link, light.link);
    assert_eq!(c.theme.border_focused, light.border_focused);
}

#[test]
fn overrides_without_a_preset_apply_to_the_default_preset() {
    let c = load("[theme]\nheading = { fg = \"cyan\" }\n");
    assert_eq!(c.theme.heading, Theme::default().heading.fg(Color::Cyan));
    assert_eq!(c.theme.quote, Theme::default().quote);
}

#[test]
fn no_color_keeps_the_attributes_of_the_users_theme() {
    let text = fs::read_to_string("tests/valid_configs/realistic.toml").unwrap();
    let c = Config::from_toml(&text, "t.toml", None, true).unwrap();
    assert_eq!(c.theme, realistic().theme.without_colors());
    assert_eq!(c.theme.heading, Style::new().add_modifier(Modifier::BOLD));
}

#[test]
fn keys_replace_per_action_and_empty_unbinds() {
    let c = realistic();
    let k = |name: &str| c.keys.lookup(parse_key(name).unwrap());
    assert_eq!(k("ctrl-n"), Some(Action::Down));
    assert_eq!(k("j"), Some(Action::Down));
    assert_eq!(k("ctrl-f"), Some(Action::HalfPageDown));
    assert_eq!(k("ctrl-d"), None);
    assert_eq!(k("b"), None);
    assert_eq!(k("ctrl-b"), Some(Action::HalfPageUp));
    assert_eq!(k("alt-j"), Some(Action::NextArticle));
    assert_eq!(k("f5"), Some(Action::NextArticle));
    assert_eq!(k("J"), None);
    assert_eq!(k("m"), Some(Action::ToggleQuotes));
    assert_eq!(k("Q"), None);
    assert_eq!(c.keys.hint(Action::QuoteList), None);
    // Untouched actions keep their defaults.
    assert_eq!(k("?"), Some(Action::Help));
    assert_eq!(k("1"), Some(Action::Section(1)));
}

#[test]
fn help_shows_the_users_spelling() {
    let c = load("[keys]\nhalf_page_down = [\"Ctrl-E\", \"pagedown\"]\npage_down = \"space\"\n");
    let bindings = c.keys.bindings();
    let half = bindings
        .iter()
        .find(|(a, _)| *a == Action::HalfPageDown)
        .unwrap();
    assert_eq!(half.1, ["Ctrl-E", "pagedown"]);
    assert_eq!(c.keys.hint(Action::HalfPageDown), Some("Ctrl-E"));
    assert_eq!(
        c.keys.lookup(parse_key("ctrl-e").unwrap()),
        Some(Action::HalfPageDown)
    );
}

#[test]
fn keys_can_move_between_actions_in_one_file() {
    let c = load(&fs::read_to_string("tests/valid_configs/swap_keys.toml").unwrap());
    assert_eq!(c.keys.lookup(parse_key("g").unwrap()), Some(Action::Open));
    assert_eq!(c.keys.lookup(parse_key("home").unwrap()), Some(Action::Top));
}

#[test]
fn section_takes_one_entry_per_section() {
    let c = load("[keys]\nsection = [\"alt-1\", [\"alt-2\", \"f2\"], [], \"alt-4\"]\n");
    let k = |name: &str| c.keys.lookup(parse_key(name).unwrap());
    assert_eq!(k("alt-1"), Some(Action::Section(1)));
    assert_eq!(k("alt-2"), Some(Action::Section(2)));
    assert_eq!(k("f2"), Some(Action::Section(2)));
    assert_eq!(k("alt-4"), Some(Action::Section(4)));
    // The entry replaces every section's keys: the third is `[]`, the fifth to
    // ninth are left off, and the digits are free again.
    assert!(c.keys.keys_of(Action::Section(3)).is_empty());
    for n in 5..=9 {
        assert!(c.keys.keys_of(Action::Section(n)).is_empty(), "{n}");
    }
    for digit in ["1", "2", "5", "9"] {
        assert_eq!(k(digit), None, "{digit}");
    }
}

#[test]
fn the_older_section_names_still_bind_one_section() {
    let c = load(&fs::read_to_string("tests/valid_configs/older_section_names.toml").unwrap());
    let k = |name: &str| c.keys.lookup(parse_key(name).unwrap());
    assert_eq!(k("3"), Some(Action::Section(3)));
    assert_eq!(k("alt-3"), Some(Action::Section(3)));
    assert!(c.keys.keys_of(Action::Section(9)).is_empty());
    // The other sections keep their defaults.
    assert_eq!(k("1"), Some(Action::Section(1)));
    assert_eq!(k("8"), Some(Action::Section(8)));
}

#[test]
fn an_older_section_name_wins_over_its_entry_in_the_list() {
    let c = load("[keys]\nsection_2 = \"w\"\nsection = [\"1\", \"2\", \"3\"]\n");
    let k = |name: &str| c.keys.lookup(parse_key(name).unwrap());
    assert_eq!(k("w"), Some(Action::Section(2)));
    assert_eq!(k("2"), None);
    assert_eq!(k("3"), Some(Action::Section(3)));
    assert_eq!(k("4"), None);
}
