//! One element's override as written in `[theme]`:
//! `{ fg = "cyan", bg = "#112233", modifiers = ["bold", "italic"] }`.

use std::fmt;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use serde::de::{self, Visitor};

use crate::suggest::suggest;

/// An element override. Fields left out keep the preset's value; `modifiers`,
/// when given, replaces the preset's attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleSpec {
    pub fg: Option<ColorSpec>,
    pub bg: Option<ColorSpec>,
    pub modifiers: Option<Vec<ModifierName>>,
}

impl StyleSpec {
    /// Override the parts of `style` this spec sets.
    pub fn apply(&self, style: &mut Style) {
        if let Some(fg) = self.fg {
            style.fg = fg.0;
        }
        if let Some(bg) = self.bg {
            style.bg = bg.0;
        }
        if let Some(mods) = &self.modifiers {
            let set = mods.iter().fold(Modifier::empty(), |acc, m| acc | m.0);
            style.add_modifier = set;
            style.sub_modifier = Modifier::empty();
        }
    }
}

/// A colour: a name (`"cyan"`, `"dark_gray"`), `"#rrggbb"`, an index 0–255, or
/// `"default"` for the terminal's own colour (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColorSpec(pub Option<Color>);

const COLOR_NAMES: &[(&str, Color)] = &[
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("grey", Color::Gray),
    ("darkgray", Color::DarkGray),
    ("darkgrey", Color::DarkGray),
    ("lightred", Color::LightRed),
    ("lightgreen", Color::LightGreen),
    ("lightyellow", Color::LightYellow),
    ("lightblue", Color::LightBlue),
    ("lightmagenta", Color::LightMagenta),
    ("lightcyan", Color::LightCyan),
    ("white", Color::White),
];

const COLOR_EXPECTED: &str = "a colour name, \"#rrggbb\" or an index 0-255";

/// Parse a colour written as a string. `Ok(None)` is the terminal's default.
///
/// # Errors
/// What was expected and what was found.
pub(crate) fn parse_color(text: &str) -> Result<Option<Color>, String> {
    let found = || format!("expected {COLOR_EXPECTED}, found {text:?}");
    if let Some(hex) = text.strip_prefix('#') {
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        return match (hex.len(), byte(0), byte(2), byte(4)) {
            (6, Some(r), Some(g), Some(b)) => Ok(Some(Color::Rgb(r, g, b))),
            _ => Err(found()),
        };
    }
    let key: String = text
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect();
    if matches!(key.as_str(), "default" | "reset" | "none") {
        return Ok(None);
    }
    if let Ok(index) = key.parse::<u8>() {
        return Ok(Some(Color::Indexed(index)));
    }
    if let Some((_, color)) = COLOR_NAMES.iter().find(|(name, _)| *name == key) {
        return Ok(Some(*color));
    }
    let names = COLOR_NAMES.iter().map(|(n, _)| *n);
    Err(match suggest(&key, names) {
        Some(close) => format!("{}; did you mean \"{close}\"?", found()),
        None => found(),
    })
}

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ColorSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(COLOR_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ColorSpec, E> {
                parse_color(v).map(ColorSpec).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ColorSpec, E> {
                u8::try_from(v)
                    .map(|i| ColorSpec(Some(Color::Indexed(i))))
                    .map_err(|_| E::custom(format!("expected {COLOR_EXPECTED}, found {v}")))
            }
        }
        d.deserialize_any(V)
    }
}

/// A text attribute: `bold`, `italic`, `underline`, `dim`, `reverse`, `crossed_out`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModifierName(pub Modifier);

const MODIFIER_NAMES: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("dim", Modifier::DIM),
    ("reverse", Modifier::REVERSED),
    ("crossed_out", Modifier::CROSSED_OUT),
];

/// Parse an attribute name (`underlined` and `reversed` are accepted too).
///
/// # Errors
/// What was expected and what was found.
pub(crate) fn parse_modifier(text: &str) -> Result<Modifier, String> {
    let key = match text {
        "underlined" => "underline",
        "reversed" => "reverse",
        t => t,
    };
    if let Some((_, m)) = MODIFIER_NAMES.iter().find(|(name, _)| *name == key) {
        return Ok(*m);
    }
    let list = MODIFIER_NAMES
        .iter()
        .map(|(n, _)| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let msg = format!("expected one of {list}, found {text:?}");
    Err(
        match suggest(text, MODIFIER_NAMES.iter().map(|(n, _)| *n)) {
            Some(close) => format!("{msg}; did you mean \"{close}\"?"),
            None => msg,
        },
    )
}

impl<'de> Deserialize<'de> for ModifierName {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        parse_modifier(&text)
            .map(ModifierName)
            .map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_names_hex_and_indexes() {
        assert_eq!(parse_color("cyan"), Ok(Some(Color::Cyan)));
        assert_eq!(parse_color("Dark_Gray"), Ok(Some(Color::DarkGray)));
        assert_eq!(parse_color("light-blue"), Ok(Some(Color::LightBlue)));
        assert_eq!(
            parse_color("#1a2B3c"),
            Ok(Some(Color::Rgb(0x1a, 0x2b, 0x3c)))
        );
        assert_eq!(parse_color("208"), Ok(Some(Color::Indexed(208))));
        assert_eq!(parse_color("default"), Ok(None));
    }

    #[test]
    fn bad_colours_say_what_was_expected() {
        assert_eq!(
            parse_color("blu").unwrap_err(),
            "expected a colour name, \"#rrggbb\" or an index 0-255, found \"blu\"; did you mean \"blue\"?"
        );
        assert!(parse_color("#12345").is_err());
        assert!(parse_color("#12345g").is_err());
        assert!(parse_color("#ééé").is_err());
        assert!(parse_color("256").is_err());
        assert!(parse_color("").is_err());
    }

    #[test]
    fn colour_from_toml_integer() {
        #[derive(Deserialize)]
        struct T {
            c: ColorSpec,
        }
        let t: T = toml::from_str("c = 42").unwrap();
        assert_eq!(t.c, ColorSpec(Some(Color::Indexed(42))));
        assert!(toml::from_str::<T>("c = 300").is_err());
        assert!(toml::from_str::<T>("c = -1").is_err());
        assert!(toml::from_str::<T>("c = true").is_err());
    }

    #[test]
    fn modifiers() {
        assert_eq!(parse_modifier("bold"), Ok(Modifier::BOLD));
        assert_eq!(parse_modifier("reversed"), Ok(Modifier::REVERSED));
        assert_eq!(parse_modifier("crossed_out"), Ok(Modifier::CROSSED_OUT));
        assert!(
            parse_modifier("blod")
                .unwrap_err()
                .ends_with("did you mean \"bold\"?")
        );
    }

    #[test]
    fn override_replaces_only_what_it_sets() {
        let mut style = Style::new()
            .fg(Color::Red)
            .bg(Color::Blue)
            .add_modifier(Modifier::BOLD);
        StyleSpec {
            fg: Some(ColorSpec(Some(Color::Cyan))),
            ..StyleSpec::default()
        }
        .apply(&mut style);
        assert_eq!(
            style,
            Style::new()
                .fg(Color::Cyan)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD)
        );
        StyleSpec {
            modifiers: Some(vec![ModifierName(Modifier::ITALIC)]),
            bg: Some(ColorSpec(None)),
            ..StyleSpec::default()
        }
        .apply(&mut style);
        assert_eq!(style.bg, None);
        assert_eq!(style.add_modifier, Modifier::ITALIC);
        assert_eq!(style.sub_modifier, Modifier::empty());
    }
}
