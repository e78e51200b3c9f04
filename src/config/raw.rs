//! The config file as written: every key optional, unknown keys rejected.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, IntoDeserializer, SeqAccess, Visitor};
use toml::Spanned;
use toml::de::DeTable;

use super::error::{ConfigError, Diag};
use super::{Align, ListColumn, ListHeight, ListWidth, SortKey, Split, Wrap};
use crate::article::QuoteMarks;
use crate::theme::ThemeSpec;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConfig {
    pub articles_dir: Option<OneOrMany<String>>,
    pub extensions: Option<Vec<Spanned<String>>>,
    pub sort: Option<RawSort>,
    pub mouse: Option<bool>,
    pub index_from: Option<usize>,
    pub opener: Option<Spanned<OneOrMany<String>>>,
    pub theme: Option<ThemeSpec>,
    pub keys: Option<BTreeMap<Spanned<String>, Spanned<KeyList>>>,
    pub layout: Option<RawLayout>,
    pub reader: Option<RawReader>,
    pub quotes: Option<RawQuotes>,
    pub web: Option<RawWeb>,
    pub sync: Option<RawSync>,
    pub feeds: Option<Vec<RawFeed>>,
}

/// `[sync]`: what every feed has unless its table says otherwise.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSync {
    pub full_text: Option<bool>,
}

/// One `[[feeds]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFeed {
    pub url: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub folder: Option<Spanned<String>>,
    pub full_text: Option<bool>,
    pub tags: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWeb {
    /// Seconds (a whole or decimal number).
    pub connect_timeout: Option<Spanned<Seconds>>,
    pub read_timeout: Option<Spanned<Seconds>>,
    pub max_size: Option<Spanned<ByteSize>>,
}

/// A number of seconds as written: a whole or decimal number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Seconds(pub f64);

impl<'de> Deserialize<'de> for Seconds {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Seconds;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number of seconds")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Seconds, E> {
                Ok(Seconds(v))
            }
            #[allow(clippy::cast_precision_loss)] // Out of range anyway past 2^52.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Seconds, E> {
                Ok(Seconds(v as f64))
            }
        }
        d.deserialize_any(V)
    }
}

/// A size as written: a number of bytes, or text like `"10 MB"`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub(crate) enum ByteSize {
    Bytes(i64),
    Text(String),
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSort {
    pub key: Option<SortKey>,
    pub order: Option<Order>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Order {
    Ascending,
    Descending,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLayout {
    pub list_width: Option<ListWidth>,
    pub list_height: Option<ListHeight>,
    pub split: Option<Split>,
    pub columns: Option<Vec<ListColumn>>,
    pub status_bar: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReader {
    pub max_width: Option<Spanned<u16>>,
    pub align: Option<Align>,
    pub paragraph_spacing: Option<Spanned<u16>>,
    pub justify: Option<bool>,
    pub hyphenate: Option<bool>,
    pub wrap: Option<Wrap>,
    pub show_reading_time: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuotes {
    pub highlight: Option<bool>,
    pub dim_other_text: Option<bool>,
    pub styles: Option<Vec<QuoteStyle>>,
}

/// A family of quotation marks, as named in `quotes.styles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum QuoteStyle {
    Double,
    Single,
    Low,
    Guillemets,
    Corner,
}

impl From<QuoteStyle> for QuoteMarks {
    fn from(style: QuoteStyle) -> Self {
        match style {
            QuoteStyle::Double => QuoteMarks::Double,
            QuoteStyle::Single => QuoteMarks::Single,
            QuoteStyle::Low => QuoteMarks::Low,
            QuoteStyle::Guillemets => QuoteMarks::Guillemets,
            QuoteStyle::Corner => QuoteMarks::Corner,
        }
    }
}

/// One value or a list of them: `"j"` or `["j", "down"]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OneOrMany<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an array of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(|t| OneOrMany(vec![t]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// The value of a `[keys]` entry: `"j"` or `["j", "down"]`; for an action that
/// takes a number, a list of those (`section = ["1", ["2", "alt-2"], []]`). Each
/// part keeps its place in the file; which shapes an entry may take is checked
/// where the action is known (`keys.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum KeyList {
    One(String),
    Many(Vec<Spanned<KeyList>>),
}

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key name or an array of key names")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyList, E> {
                Ok(KeyList::One(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(KeyList::Many(items))
            }
        }
        d.deserialize_any(V)
    }
}

const LIST_WIDTH_EXPECTED: &str =
    "a percentage from \"10%\" to \"90%\" or a number of columns from 10 to 1000";

impl<'de> Deserialize<'de> for ListWidth {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ListWidth;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(LIST_WIDTH_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ListWidth, E> {
                v.strip_suffix('%')
                    .and_then(|n| n.trim().parse::<u16>().ok())
                    .filter(|n| (10..=90).contains(n))
                    .map(ListWidth::Percent)
                    .ok_or_else(|| {
                        E::custom(format!("expected {LIST_WIDTH_EXPECTED}, found {v:?}"))
                    })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ListWidth, E> {
                u16::try_from(v)
                    .ok()
                    .filter(|n| (10..=1000).contains(n))
                    .map(ListWidth::Columns)
                    .ok_or_else(|| E::custom(format!("expected {LIST_WIDTH_EXPECTED}, found {v}")))
            }
        }
        d.deserialize_any(V)
    }
}

const LIST_HEIGHT_EXPECTED: &str =
    "a percentage from \"10%\" to \"90%\" or a number of rows from 3 to 1000";

impl<'de> Deserialize<'de> for ListHeight {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ListHeight;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(LIST_HEIGHT_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ListHeight, E> {
                v.strip_suffix('%')
                    .and_then(|n| n.trim().parse::<u16>().ok())
                    .filter(|n| (10..=90).contains(n))
                    .map(ListHeight::Percent)
                    .ok_or_else(|| {
                        E::custom(format!("expected {LIST_HEIGHT_EXPECTED}, found {v:?}"))
                    })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ListHeight, E> {
                u16::try_from(v)
                    .ok()
                    .filter(|n| (3..=1000).contains(n))
                    .map(ListHeight::Rows)
                    .ok_or_else(|| E::custom(format!("expected {LIST_HEIGHT_EXPECTED}, found {v}")))
            }
        }
        d.deserialize_any(V)
    }
}

/// Parse a config file's text. `name` is how the file is named in errors.
pub fn parse(text: &str, name: &str) -> Result<RawConfig, ConfigError> {
    let table =
        DeTable::parse(text).map_err(|e| Diag::from_toml(&e, true).into_error(text, name))?;
    RawConfig::deserialize(toml::de::Deserializer::from(table))
        .map_err(|e| Diag::from_toml(&e, false).into_error(text, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_width_forms() {
        let lw = |s: &str| {
            parse(&format!("[layout]\nlist_width = {s}"), "t")
                .map(|r| r.layout.unwrap().list_width.unwrap())
        };
        assert_eq!(lw("\"38%\"").unwrap(), ListWidth::Percent(38));
        assert_eq!(lw("40").unwrap(), ListWidth::Columns(40));
        assert!(lw("\"38\"").is_err());
        assert!(lw("\"95%\"").is_err());
        assert!(lw("5").is_err());
        assert!(lw("-3").is_err());
        assert!(lw("true").is_err());
    }

    #[test]
    fn list_height_forms() {
        let lh = |s: &str| {
            parse(&format!("[layout]\nlist_height = {s}"), "t")
                .map(|r| r.layout.unwrap().list_height.unwrap())
        };
        assert_eq!(lh("\"30%\"").unwrap(), ListHeight::Percent(30));
        assert_eq!(lh("12").unwrap(), ListHeight::Rows(12));
        assert!(lh("\"30\"").is_err());
        assert!(lh("\"95%\"").is_err());
        assert!(lh("2").is_err());
        assert!(lh("true").is_err());
    }

    #[test]
    fn one_or_many() {
        let raw = parse(
            "articles_dir = \"~/news\"\n[keys]\ndown = \"j\"\nup = [\"k\", \"up\"]",
            "t",
        )
        .unwrap();
        assert_eq!(raw.articles_dir.unwrap().0, ["~/news"]);
        let keys = raw.keys.unwrap();
        assert_eq!(keys.len(), 2);
        let up = keys.iter().find(|(k, _)| k.get_ref() == "up").unwrap().1;
        let KeyList::Many(names) = up.get_ref() else {
            panic!("{up:?}")
        };
        assert_eq!(names.len(), 2);
    }
}
