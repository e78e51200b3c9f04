//! Resolved styles for every element byline draws.
//!
//! A theme starts from a [`Preset`] (`default`, `light`, `high-contrast`,
//! `monochrome`); the `[theme]` table of the config then overrides single elements
//! ([`ThemeSpec`]). `NO_COLOR` strips the colours and keeps the attributes
//! ([`Theme::without_colors`]).

mod presets;
mod style_spec;

pub use presets::Preset;
pub use style_spec::{ColorSpec, ModifierName, StyleSpec};

use ratatui::style::Style;
use serde::Deserialize;

/// Declares [`Theme`] (one `Style` per element) and [`ThemeSpec`] (the `[theme]`
/// table: a preset plus one optional override per element) from a single list.
macro_rules! theme_elements {
    ($( $(#[doc = $doc:literal])* $name:ident ),* $(,)?) => {
        /// One style per element. Views read these; nothing else decides colours.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Theme {
            $( $(#[doc = $doc])* pub $name: Style, )*
        }

        impl Theme {
            /// The element names, as written in the config's `[theme]` table.
            pub const ELEMENTS: &'static [&'static str] = &[$(stringify!($name)),*];

            /// The style of the element with this config name.
            pub fn get(&self, name: &str) -> Option<Style> {
                match name {
                    $( stringify!($name) => Some(self.$name), )*
                    _ => None,
                }
            }

            /// Every element unstyled: the terminal's own colours, no attributes.
            pub fn plain() -> Self {
                Self { $( $name: Style::new(), )* }
            }

            fn styles_mut(&mut self) -> Vec<&mut Style> {
                vec![$( &mut self.$name ),*]
            }
        }

        /// The `[theme]` table as written: a preset and per-element overrides.
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(crate) struct ThemeSpec {
            pub preset: Option<Preset>,
            $( pub $name: Option<StyleSpec>, )*
        }

        impl ThemeSpec {
            /// Apply the per-element overrides (not the preset) to `theme`.
            pub(crate) fn apply_overrides(&self, theme: &mut Theme) {
                $( if let Some(spec) = &self.$name { spec.apply(&mut theme.$name); } )*
            }
        }
    };
}

theme_elements! {
    /// List rows.
    list,
    /// Unread list rows (added to `list`).
    unread,
    /// The selected list row.
    selected,
    /// Pane borders.
    border,
    /// The border of the focused pane.
    border_focused,
    /// Pane titles.
    pane_title,
    kicker,
    headline,
    standfirst,
    byline,
    dateline,
    /// Section headings.
    heading,
    body,
    /// Block quotes, list markers, trailers and code use these.
    blockquote,
    trailer,
    code,
    emphasis,
    strong,
    link,
    /// Quotations in quote mode.
    quote,
    /// Quotations nested inside another.
    quote_nested,
    /// The quotation stepped to with `{` / `}` (added on top).
    quote_current,
    /// Speaker names shown beside quotations.
    speaker,
    /// Text that is not a quotation while quote mode dims it.
    dimmed,
    search_match,
    status,
    /// The mode label at the left of the status bar.
    status_mode,
    /// Messages in the status bar.
    status_message,
    help,
    /// Key names in the help overlay.
    help_key,
    scrollbar,
}

impl Theme {
    /// The same theme with every colour removed and every attribute kept, for
    /// `NO_COLOR`.
    #[must_use]
    pub fn without_colors(mut self) -> Self {
        for style in self.styles_mut() {
            // A background made the element stand out (search matches, the
            // status bar): reverse video does that without colour.
            if style.bg.is_some_and(|c| c != ratatui::style::Color::Reset) {
                *style = style.add_modifier(ratatui::style::Modifier::REVERSED);
            }
            style.fg = None;
            style.bg = None;
            style.underline_color = None;
        }
        self
    }
}

/// Whether the `NO_COLOR` convention asks for no colours: the variable is set and
/// not empty (<https://no-color.org>).
pub(crate) fn no_color_requested(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};

    #[test]
    fn no_color_strips_colours_and_keeps_attributes() {
        let theme = Preset::Default.theme().without_colors();
        for name in Theme::ELEMENTS {
            let style = theme.get(name).unwrap();
            assert_eq!((style.fg, style.bg), (None, None), "{name}");
        }
        assert!(theme.heading.add_modifier.contains(Modifier::BOLD));
        assert!(theme.heading.add_modifier.contains(Modifier::UNDERLINED));
        // Elements that stood out by their background are reversed instead.
        assert!(theme.search_match.add_modifier.contains(Modifier::REVERSED));
        assert!(theme.status.add_modifier.contains(Modifier::REVERSED));
        assert!(!theme.body.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(Preset::Default.theme().heading.fg, Some(Color::Yellow));
    }

    #[test]
    fn no_color_needs_a_non_empty_value() {
        use std::ffi::OsStr;
        assert!(!no_color_requested(None));
        assert!(!no_color_requested(Some(OsStr::new(""))));
        assert!(no_color_requested(Some(OsStr::new("1"))));
    }

    #[test]
    fn every_element_is_named_once() {
        let mut names = Theme::ELEMENTS.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Theme::ELEMENTS.len());
        assert_eq!(Theme::ELEMENTS.len(), 31);
        assert!(Preset::Default.theme().get("nope").is_none());
    }
}
