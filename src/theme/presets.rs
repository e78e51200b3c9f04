//! The built-in themes a `[theme]` table starts from.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use super::Theme;

/// A built-in theme, chosen with `preset = "..."` in `[theme]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// Colours for a dark terminal background.
    Default,
    /// Colours for a light terminal background.
    Light,
    /// Bright colours and bold text.
    HighContrast,
    /// No colours at all: attributes only.
    Monochrome,
}

const BOLD: Modifier = Modifier::BOLD;
const ITALIC: Modifier = Modifier::ITALIC;
const UNDERLINED: Modifier = Modifier::UNDERLINED;
const DIM: Modifier = Modifier::DIM;
const REVERSED: Modifier = Modifier::REVERSED;

fn fg(color: Color) -> Style {
    Style::new().fg(color)
}

fn m(modifier: Modifier) -> Style {
    Style::new().add_modifier(modifier)
}

impl Preset {
    /// The theme this preset stands for.
    pub fn theme(self) -> Theme {
        match self {
            Preset::Default => dark(),
            Preset::Light => light(),
            Preset::HighContrast => high_contrast(),
            Preset::Monochrome => monochrome(),
        }
    }
}

fn dark() -> Theme {
    Theme {
        list: Style::new(),
        unread: m(BOLD),
        selected: m(REVERSED),
        border: fg(Color::DarkGray),
        border_focused: fg(Color::Cyan).add_modifier(BOLD),
        pane_title: m(BOLD),
        kicker: fg(Color::Red).add_modifier(BOLD),
        headline: m(BOLD),
        standfirst: m(ITALIC),
        byline: fg(Color::Gray),
        dateline: m(BOLD),
        heading: fg(Color::Yellow).add_modifier(BOLD | UNDERLINED),
        body: Style::new(),
        blockquote: m(ITALIC),
        trailer: m(DIM),
        code: fg(Color::Green),
        emphasis: m(ITALIC),
        strong: m(BOLD),
        link: fg(Color::Blue).add_modifier(UNDERLINED),
        quote: fg(Color::Green).add_modifier(BOLD),
        quote_nested: fg(Color::Magenta).add_modifier(ITALIC),
        quote_current: m(REVERSED),
        speaker: fg(Color::Gray).add_modifier(ITALIC),
        dimmed: m(DIM),
        search_match: fg(Color::Black).bg(Color::Yellow),
        status: fg(Color::White).bg(Color::DarkGray),
        status_mode: fg(Color::Black).bg(Color::Cyan).add_modifier(BOLD),
        status_message: fg(Color::Yellow).bg(Color::DarkGray),
        help: Style::new(),
        help_key: fg(Color::Cyan).add_modifier(BOLD),
        scrollbar: fg(Color::DarkGray),
    }
}

fn light() -> Theme {
    Theme {
        border: fg(Color::Gray),
        border_focused: fg(Color::Blue).add_modifier(BOLD),
        kicker: fg(Color::Red).add_modifier(BOLD),
        byline: fg(Color::DarkGray),
        heading: fg(Color::Blue).add_modifier(BOLD | UNDERLINED),
        code: fg(Color::Magenta),
        link: fg(Color::Blue).add_modifier(UNDERLINED),
        quote: fg(Color::Green).add_modifier(BOLD),
        quote_nested: fg(Color::Magenta).add_modifier(ITALIC),
        speaker: fg(Color::DarkGray).add_modifier(ITALIC),
        search_match: fg(Color::Black).bg(Color::LightYellow),
        status: fg(Color::Black).bg(Color::Gray),
        status_mode: fg(Color::White).bg(Color::Blue).add_modifier(BOLD),
        status_message: fg(Color::Red).bg(Color::Gray),
        help_key: fg(Color::Blue).add_modifier(BOLD),
        scrollbar: fg(Color::Gray),
        ..dark()
    }
}

fn high_contrast() -> Theme {
    Theme {
        list: fg(Color::White),
        selected: m(REVERSED | BOLD),
        border: fg(Color::White),
        border_focused: fg(Color::LightCyan).add_modifier(BOLD),
        kicker: fg(Color::LightRed).add_modifier(BOLD),
        headline: fg(Color::White).add_modifier(BOLD),
        byline: fg(Color::White),
        heading: fg(Color::LightYellow).add_modifier(BOLD | UNDERLINED),
        body: fg(Color::White),
        trailer: fg(Color::Gray),
        code: fg(Color::LightGreen),
        link: fg(Color::LightBlue).add_modifier(UNDERLINED),
        quote: fg(Color::LightGreen).add_modifier(BOLD),
        quote_nested: fg(Color::LightMagenta).add_modifier(BOLD | ITALIC),
        quote_current: m(REVERSED | BOLD),
        speaker: fg(Color::White).add_modifier(ITALIC),
        dimmed: fg(Color::Gray),
        search_match: fg(Color::Black).bg(Color::LightYellow).add_modifier(BOLD),
        status: fg(Color::Black).bg(Color::White),
        status_mode: fg(Color::Black).bg(Color::LightCyan).add_modifier(BOLD),
        status_message: fg(Color::Black).bg(Color::LightYellow),
        help: fg(Color::White),
        help_key: fg(Color::LightCyan).add_modifier(BOLD),
        scrollbar: fg(Color::White),
        ..dark()
    }
}

/// Attributes only. Headings, quotations (plain, nested, current), the selected
/// row, search matches and the focused border each get a distinct set.
fn monochrome() -> Theme {
    Theme {
        list: Style::new(),
        unread: m(BOLD),
        selected: m(REVERSED),
        border: Style::new(),
        border_focused: m(BOLD),
        pane_title: m(BOLD),
        kicker: m(BOLD),
        headline: m(BOLD),
        standfirst: m(ITALIC),
        byline: m(ITALIC),
        dateline: m(BOLD),
        heading: m(BOLD | UNDERLINED),
        body: Style::new(),
        blockquote: m(ITALIC),
        trailer: m(DIM),
        code: Style::new(),
        emphasis: m(ITALIC),
        strong: m(BOLD),
        link: m(UNDERLINED),
        quote: m(BOLD),
        quote_nested: m(BOLD | ITALIC),
        quote_current: m(REVERSED),
        speaker: m(ITALIC),
        dimmed: m(DIM),
        search_match: m(REVERSED | UNDERLINED),
        status: m(REVERSED),
        status_mode: m(REVERSED | BOLD),
        status_message: m(REVERSED),
        help: Style::new(),
        help_key: m(BOLD),
        scrollbar: Style::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_parse_by_name() {
        #[derive(Deserialize)]
        struct T {
            p: Preset,
        }
        let p = |s: &str| toml::from_str::<T>(&format!("p = {s:?}")).map(|t| t.p);
        assert_eq!(p("high-contrast").unwrap(), Preset::HighContrast);
        assert_eq!(p("monochrome").unwrap(), Preset::Monochrome);
        assert!(p("dark").is_err());
    }

    #[test]
    fn monochrome_has_no_colours() {
        let mono = Preset::Monochrome.theme();
        assert_eq!(mono, mono.clone().without_colors());
    }

    #[test]
    fn monochrome_keeps_key_elements_distinct_by_attributes_alone() {
        let t = Preset::Monochrome.theme().without_colors();
        // `quote_current` and `quote_nested` are drawn on top of `quote`.
        let looks = [
            ("body", t.body),
            ("heading", t.heading),
            ("quote", t.quote),
            ("quote_nested", t.quote.patch(t.quote_nested)),
            ("quote_current", t.quote.patch(t.quote_current)),
            ("selected", t.list.patch(t.selected)),
            ("search_match", t.body.patch(t.search_match)),
        ];
        for (i, (a, sa)) in looks.iter().enumerate() {
            for (b, sb) in looks.iter().skip(i + 1) {
                assert_ne!(sa, sb, "{a} and {b} look the same");
            }
        }
        assert_ne!(t.border, t.border_focused);
        // Dimmed text stays apart from quotations.
        assert_ne!(t.dimmed, t.quote);
    }

    #[test]
    fn colour_presets_differ() {
        assert_ne!(Preset::Default.theme(), Preset::Light.theme());
        assert_ne!(Preset::Default.theme(), Preset::HighContrast.theme());
    }
}
