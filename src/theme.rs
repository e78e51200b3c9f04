//! Resolved styles for every element byline draws.
//!
//! FIRST VERSION: the `default` preset only. The config issue adds presets
//! (`light`, `high-contrast`, `monochrome`), per-element overrides and `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

/// One style per element. Views read these; nothing else decides colours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// List rows.
    pub list: Style,
    /// Unread list rows (added to `list`).
    pub unread: Style,
    /// The selected list row.
    pub selected: Style,
    /// Pane borders.
    pub border: Style,
    /// The border of the focused pane.
    pub border_focused: Style,
    /// Pane titles.
    pub pane_title: Style,
    pub kicker: Style,
    pub headline: Style,
    pub standfirst: Style,
    pub byline: Style,
    pub dateline: Style,
    /// Section headings.
    pub heading: Style,
    pub body: Style,
    /// Block quotes, list markers, trailers and code use these.
    pub blockquote: Style,
    pub trailer: Style,
    pub code: Style,
    pub emphasis: Style,
    pub strong: Style,
    pub link: Style,
    /// Quotations in quote mode.
    pub quote: Style,
    /// Quotations nested inside another.
    pub quote_nested: Style,
    /// The quotation stepped to with `{` / `}` (added on top).
    pub quote_current: Style,
    /// Speaker names shown beside quotations.
    pub speaker: Style,
    /// Text that is not a quotation while quote mode dims it.
    pub dimmed: Style,
    pub search_match: Style,
    pub status: Style,
    /// The mode label at the left of the status bar.
    pub status_mode: Style,
    /// Messages in the status bar.
    pub status_message: Style,
    pub help: Style,
    /// Key names in the help overlay.
    pub help_key: Style,
    pub scrollbar: Style,
}

impl Default for Theme {
    fn default() -> Self {
        let bold = Modifier::BOLD;
        Self {
            list: Style::new(),
            unread: Style::new().add_modifier(bold),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan).add_modifier(bold),
            pane_title: Style::new().add_modifier(bold),
            kicker: Style::new().fg(Color::Red).add_modifier(bold),
            headline: Style::new().add_modifier(bold),
            standfirst: Style::new().add_modifier(Modifier::ITALIC),
            byline: Style::new().fg(Color::Gray),
            dateline: Style::new().add_modifier(bold),
            heading: Style::new()
                .fg(Color::Yellow)
                .add_modifier(bold | Modifier::UNDERLINED),
            body: Style::new(),
            blockquote: Style::new().add_modifier(Modifier::ITALIC),
            trailer: Style::new().add_modifier(Modifier::DIM),
            code: Style::new().fg(Color::Green),
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: Style::new().add_modifier(bold),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            quote: Style::new().fg(Color::Green).add_modifier(bold),
            quote_nested: Style::new()
                .fg(Color::Magenta)
                .add_modifier(Modifier::ITALIC),
            quote_current: Style::new().add_modifier(Modifier::REVERSED),
            speaker: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            dimmed: Style::new().add_modifier(Modifier::DIM),
            search_match: Style::new().fg(Color::Black).bg(Color::Yellow),
            status: Style::new().fg(Color::White).bg(Color::DarkGray),
            status_mode: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            status_message: Style::new().fg(Color::Yellow).bg(Color::DarkGray),
            help: Style::new(),
            help_key: Style::new().fg(Color::Cyan).add_modifier(bold),
            scrollbar: Style::new().fg(Color::DarkGray),
        }
    }
}
