//! Everything a user can ask byline to do, by name.
//!
//! One declaration ([`actions!`] below) makes the [`Action`] enum, its config names,
//! its help lines and [`Action::ALL`]. The same names serve the `[keys]` table of
//! the config, the help overlay, the man page and the tests. Keys become actions
//! through [`crate::keymap::Keymap`]; actions change the state through
//! [`crate::state::update`].
//!
//! Adding an action: one row here, its default key in `config/default.toml`, its
//! handler in `state`.

use std::fmt;

/// Declares [`Action`] and its tables from one list, in the order the help
/// overlay shows them. A row is
///
/// ```text
/// Variant = "config_name", "Help line";
/// Variant(u8: 1 2 3) = "config_name", "Help line";
/// ```
///
/// The second form is one action that takes a number: it is bound in the config
/// with a list whose Nth entry (a key or a list of keys) goes to the Nth number
/// (`section = ["1", "2", …]`), and `config_name_N` names the Nth alone
/// (`section_3`, the spelling from before the list).
macro_rules! actions {
    ($(
        $(#[$meta:meta])*
        $variant:ident $( ( $ty:ty : $($arg:literal)+ ) )? = $name:literal, $desc:literal;
    )*) => {
        /// A user command. Movement commands act on what has focus: the list, the
        /// reader or an open overlay.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $( #[doc = $desc] $(#[$meta])* $variant $( ($ty) )?, )*
        }

        impl Action {
            /// Every bindable action, in the order the help overlay lists them; an
            /// action that takes a number appears once per number.
            pub const ALL: &'static [Action] = all_actions!([] $( $variant $( ($($arg)+) )? ; )*);

            /// The names of the config's `[keys]` table, one per row of the
            /// declaration (`section` once).
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The action's name in the config's `[keys]` table (`section` for
            /// every section; [`fmt::Display`] names the one section).
            pub fn name(self) -> &'static str {
                match self {
                    $( Action::$variant { .. } => $name, )*
                }
            }

            /// One line for the help overlay and the man page.
            pub fn description(self) -> &'static str {
                match self {
                    $( Action::$variant { .. } => $desc, )*
                }
            }

            /// Whether the config binds this action with one entry per number.
            fn takes_number(self) -> bool {
                match self {
                    $( Action::$variant { .. } => takes_number!($($ty)?), )*
                }
            }
        }
    };
}

/// `ALL`: the declaration's rows, a row that takes numbers once per number.
macro_rules! all_actions {
    ([$($done:expr),*]) => { &[$($done),*] };
    ([$($done:expr),*] $variant:ident ; $($rest:tt)*) => {
        all_actions!([$($done,)* Action::$variant] $($rest)*)
    };
    ([$($done:expr),*] $variant:ident ($($arg:literal)+) ; $($rest:tt)*) => {
        all_actions!([$($done,)* $(Action::$variant($arg)),+] $($rest)*)
    };
}

macro_rules! takes_number {
    () => {
        false
    };
    ($ty:ty) => {
        true
    };
}

actions! {
    // Moving
    Down = "down", "Down one row or line";
    Up = "up", "Up one row or line";
    PageDown = "page_down", "Down one page";
    PageUp = "page_up", "Up one page";
    HalfPageDown = "half_page_down", "Down half a page";
    HalfPageUp = "half_page_up", "Up half a page";
    Top = "top", "To the first row or the top";
    Bottom = "bottom", "To the last row or the end";
    // Panes and articles
    Open = "open", "Open the selected article or entry";
    Back = "back", "Back to the list, or close the overlay";
    FocusNext = "focus_next", "Focus the next pane";
    FocusPrev = "focus_prev", "Focus the previous pane";
    FullScreen = "full_screen", "Full screen (one pane) / split";
    NextArticle = "next_article", "Open the next article";
    PrevArticle = "prev_article", "Open the previous article";
    // Sections
    NextSection = "next_section", "Next section";
    PrevSection = "prev_section", "Previous section";
    Section(u8: 1 2 3 4 5 6 7 8 9) = "section", "Jump to section N (1 is the top)";
    Outline = "outline", "Outline of sections";
    // Quotations
    ToggleQuotes = "toggle_quotes", "Quote highlighting on/off";
    NextQuote = "next_quote", "Next quotation (or of one person)";
    PrevQuote = "prev_quote", "Previous quotation (or of one person)";
    QuoteList = "quote_list", "List of quotations and speakers";
    People = "people", "People quoted across the library";
    SpeakerPage = "speaker_page", "Speaker of the quotation, in People";
    // Finding
    Search = "search", "Search the article, or filter the list";
    SearchNext = "search_next", "Next match";
    SearchPrev = "search_prev", "Previous match";
    SearchAll = "search_all", "Search all articles";
    Tags = "tags", "Tags in the library, to filter by one";
    // Reading state
    ToggleRead = "toggle_read", "Mark read / unread";
    ToggleStar = "toggle_star", "Star / unstar";
    StarredOnly = "starred_only", "Show starred only / all";
    UnreadOnly = "unread_only", "Show unread only / all";
    CycleSort = "cycle_sort", "Sort by date, title, source";
    ReverseSort = "reverse_sort", "Reverse the sort order";
    MarkAllRead = "mark_all_read", "Mark all shown read (asks y/n)";
    Undo = "undo", "Undo the last mark change";
    // More
    Links = "links", "Links in the article";
    Edit = "edit", "Open in $EDITOR / $PAGER";
    AddUrl = "add_url", "Save a web page (asks for its URL)";
    SyncFeeds = "sync_feeds", "Sync the feeds in the background";
    Skipped = "skipped", "Skipped files and why";
    Reload = "reload", "Reload config and articles";
    Help = "help", "Show or hide this help";
    Quit = "quit", "Quit (or close the open overlay)";
}

/// What a name in the config's `[keys]` table binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// `down = ["j", "down"]`: every key listed runs this action.
    One(Action),
    /// `section = ["1", "2", …]`: the Nth entry's keys run the Nth action.
    Each(&'static [Action]),
}

impl Action {
    /// Every action declared in the same row as this one, in order: the nine
    /// sections for a section, the action alone otherwise.
    pub fn family(self) -> &'static [Action] {
        let name = self.name();
        let start = Action::ALL.iter().position(|a| a.name() == name);
        let len = Action::ALL.iter().filter(|a| a.name() == name).count();
        start
            .and_then(|s| Action::ALL.get(s..s + len))
            .unwrap_or_default()
    }

    /// What the `[keys]` entry `name` binds: a name from [`Action::NAMES`], or
    /// `name_N` for the Nth action of a row that takes numbers (`section_3`).
    pub fn entry(name: &str) -> Option<Entry> {
        if let Some(&first) = Action::ALL.iter().find(|a| a.name() == name) {
            return Some(if first.takes_number() {
                Entry::Each(first.family())
            } else {
                Entry::One(first)
            });
        }
        let (base, n) = name.rsplit_once('_')?;
        let n: usize = n.parse().ok()?;
        match Action::entry(base)? {
            Entry::Each(family) => family.get(n.checked_sub(1)?).copied().map(Entry::One),
            Entry::One(_) => None,
        }
    }

    /// The single action with this config name (`down`, `section_3`); `None` for
    /// a name that binds several (`section`) or none.
    #[cfg(test)]
    pub(crate) fn from_name(name: &str) -> Option<Action> {
        match Action::entry(name)? {
            Entry::One(action) => Some(action),
            Entry::Each(_) => None,
        }
    }
}

impl fmt::Display for Action {
    /// The name that binds this action alone: `down`, `section_3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let family = self.family();
        match family.iter().position(|a| a == self) {
            Some(i) if self.takes_number() => write!(f, "{}_{}", self.name(), i + 1),
            _ => f.write_str(self.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_round_trip() {
        let names: HashSet<&str> = Action::NAMES.iter().copied().collect();
        assert_eq!(names.len(), Action::NAMES.len(), "a name is declared twice");
        let mut seen = HashSet::new();
        for &a in Action::ALL {
            let alone = a.to_string();
            assert!(seen.insert(alone.clone()), "duplicate name {alone}");
            assert_eq!(Action::from_name(&alone), Some(a));
            assert!(Action::NAMES.contains(&a.name()));
            assert!(!a.description().is_empty());
        }
        for name in Action::NAMES {
            assert!(Action::entry(name).is_some(), "{name}");
        }
        assert_eq!(Action::from_name("no_such_action"), None);
    }

    #[test]
    fn sections_are_one_action_with_a_number() {
        let sections: Vec<Action> = (1..=9).map(Action::Section).collect();
        let Some(Entry::Each(family)) = Action::entry("section") else {
            panic!("section binds one action per number")
        };
        assert_eq!(family, sections);
        assert_eq!(Action::from_name("section"), None);
        assert_eq!(Action::from_name("section_1"), Some(Action::Section(1)));
        assert_eq!(Action::from_name("section_9"), Some(Action::Section(9)));
        assert_eq!(Action::Section(3).to_string(), "section_3");
        assert_eq!(Action::Section(3).name(), "section");
        for bad in ["section_0", "section_10", "section_", "down_1", "_1"] {
            assert_eq!(Action::entry(bad), None, "{bad}");
        }
        assert_eq!(Action::Down.family(), [Action::Down]);
        assert_eq!(Action::NAMES.len() + 8, Action::ALL.len());
    }
}
