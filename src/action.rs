//! Everything a user can ask byline to do, by name.
//!
//! The same names serve the `[keys]` table of the config, the help overlay and the
//! tests. Keys become actions through [`crate::keymap::Keymap`]; actions change the
//! state through [`crate::state::update`].

use std::fmt;

/// A user command. Movement commands act on what has focus: the list, the reader
/// or an open overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Quit byline (closes an open overlay first).
    Quit,
    /// Show or hide the list of key bindings.
    Help,
    /// Move focus to the next pane.
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrev,
    /// Open the selected article (or the overlay entry) and read it.
    Open,
    /// Go back: to the list from the reader, or close the overlay.
    Back,
    /// Move down one row or line.
    Down,
    /// Move up one row or line.
    Up,
    /// Move down one page.
    PageDown,
    /// Move up one page.
    PageUp,
    /// Move down half a page.
    HalfPageDown,
    /// Move up half a page.
    HalfPageUp,
    /// Go to the first row or the top of the article.
    Top,
    /// Go to the last row or the end of the article.
    Bottom,
    /// Open the next article in the list.
    NextArticle,
    /// Open the previous article in the list.
    PrevArticle,
    /// Jump to the next section's heading.
    NextSection,
    /// Jump to the previous section's heading.
    PrevSection,
    /// Jump to section N (1 is the top of the article).
    Section(u8),
    /// Show the outline: the article's sections.
    Outline,
    /// Turn quote highlighting on or off.
    ToggleQuotes,
    /// Jump to the next quotation.
    NextQuote,
    /// Jump to the previous quotation.
    PrevQuote,
    /// List every quotation in the article with its speaker.
    QuoteList,
    /// Reload the config and the articles.
    Reload,
    /// Mark the article read or unread.
    ToggleRead,
    /// Star or unstar the article.
    ToggleStar,
    /// Show only starred articles (again: show all).
    StarredOnly,
    /// Search in the article, or filter the list.
    Search,
    /// Go to the next search match.
    SearchNext,
    /// Go to the previous search match.
    SearchPrev,
    /// Search the full text of every article.
    SearchAll,
    /// Sort the list by date, title or source, in turn.
    CycleSort,
    /// List the links in the article.
    Links,
    /// Open the article in $EDITOR (or $PAGER).
    Edit,
    /// List the files that were skipped, and why.
    Skipped,
}

impl Action {
    /// Every bindable action, in the order the help overlay lists them.
    pub const ALL: &'static [Action] = &[
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Back,
        Action::FocusNext,
        Action::FocusPrev,
        Action::NextArticle,
        Action::PrevArticle,
        Action::NextSection,
        Action::PrevSection,
        Action::Section(1),
        Action::Section(2),
        Action::Section(3),
        Action::Section(4),
        Action::Section(5),
        Action::Section(6),
        Action::Section(7),
        Action::Section(8),
        Action::Section(9),
        Action::Outline,
        Action::ToggleQuotes,
        Action::NextQuote,
        Action::PrevQuote,
        Action::QuoteList,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrev,
        Action::SearchAll,
        Action::ToggleRead,
        Action::ToggleStar,
        Action::StarredOnly,
        Action::CycleSort,
        Action::Links,
        Action::Edit,
        Action::Skipped,
        Action::Reload,
        Action::Help,
        Action::Quit,
    ];

    /// The action's name in the config's `[keys]` table.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::FocusNext => "focus_next",
            Action::FocusPrev => "focus_prev",
            Action::Open => "open",
            Action::Back => "back",
            Action::Down => "down",
            Action::Up => "up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::NextArticle => "next_article",
            Action::PrevArticle => "prev_article",
            Action::NextSection => "next_section",
            Action::PrevSection => "prev_section",
            Action::Section(1) => "section_1",
            Action::Section(2) => "section_2",
            Action::Section(3) => "section_3",
            Action::Section(4) => "section_4",
            Action::Section(5) => "section_5",
            Action::Section(6) => "section_6",
            Action::Section(7) => "section_7",
            Action::Section(8) => "section_8",
            Action::Section(_) => "section_9",
            Action::Outline => "outline",
            Action::ToggleQuotes => "toggle_quotes",
            Action::NextQuote => "next_quote",
            Action::PrevQuote => "prev_quote",
            Action::QuoteList => "quote_list",
            Action::Reload => "reload",
            Action::ToggleRead => "toggle_read",
            Action::ToggleStar => "toggle_star",
            Action::StarredOnly => "starred_only",
            Action::Search => "search",
            Action::SearchNext => "search_next",
            Action::SearchPrev => "search_prev",
            Action::SearchAll => "search_all",
            Action::CycleSort => "cycle_sort",
            Action::Links => "links",
            Action::Edit => "edit",
            Action::Skipped => "skipped",
        }
    }

    /// One line for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "Quit (or close the open overlay)",
            Action::Help => "Show or hide this help",
            Action::FocusNext => "Focus the next pane",
            Action::FocusPrev => "Focus the previous pane",
            Action::Open => "Open the selected article or entry",
            Action::Back => "Back to the list, or close the overlay",
            Action::Down => "Down one row or line",
            Action::Up => "Up one row or line",
            Action::PageDown => "Down one page",
            Action::PageUp => "Up one page",
            Action::HalfPageDown => "Down half a page",
            Action::HalfPageUp => "Up half a page",
            Action::Top => "To the first row or the top",
            Action::Bottom => "To the last row or the end",
            Action::NextArticle => "Open the next article",
            Action::PrevArticle => "Open the previous article",
            Action::NextSection => "Next section",
            Action::PrevSection => "Previous section",
            Action::Section(1) => "Top of the article (section 1)",
            Action::Section(_) => "Jump to section N",
            Action::Outline => "Outline of sections",
            Action::ToggleQuotes => "Quote highlighting on/off",
            Action::NextQuote => "Next quotation",
            Action::PrevQuote => "Previous quotation",
            Action::QuoteList => "List of quotations and speakers",
            Action::Reload => "Reload config and articles",
            Action::ToggleRead => "Mark read / unread",
            Action::ToggleStar => "Star / unstar",
            Action::StarredOnly => "Show starred only / all",
            Action::Search => "Search the article, or filter the list",
            Action::SearchNext => "Next match",
            Action::SearchPrev => "Previous match",
            Action::SearchAll => "Search all articles",
            Action::CycleSort => "Sort by date, title, source",
            Action::Links => "Links in the article",
            Action::Edit => "Open in $EDITOR / $PAGER",
            Action::Skipped => "Skipped files and why",
        }
    }

    /// The action with this config name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_round_trip() {
        let mut seen = HashSet::new();
        for &a in Action::ALL {
            assert!(seen.insert(a.name()), "duplicate name {}", a.name());
            assert_eq!(Action::from_name(a.name()), Some(a));
            assert!(!a.description().is_empty());
        }
        assert_eq!(Action::from_name("no_such_action"), None);
    }
}
