//! Keys to actions. Key events come in from the terminal; [`Action`]s go out.
//!
//! FIRST VERSION: hard-wired defaults. The config issue replaces the table with the
//! `[keys]` table of `config/default.toml` merged with the user's file.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;

/// One key with its modifiers, normalised so that `G` and `shift-g` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        // Shift is part of the character for printable keys.
        let mods = match code {
            KeyCode::Char(_) => mods - KeyModifiers::SHIFT,
            _ => mods,
        };
        let code = match code {
            KeyCode::BackTab => KeyCode::Tab,
            c => c,
        };
        Self { code, mods }
    }
}

impl From<KeyEvent> for Key {
    fn from(ev: KeyEvent) -> Self {
        let mods = if ev.code == KeyCode::BackTab {
            ev.modifiers | KeyModifiers::SHIFT
        } else {
            ev.modifiers
        };
        Key::new(ev.code, mods)
    }
}

type Binding = (KeyCode, KeyModifiers, &'static str);

/// The active key bindings.
#[derive(Debug, Clone)]
pub struct Keymap {
    map: HashMap<Key, Action>,
    /// Bindings per action in the order they were given, as written ("ctrl-d").
    names: Vec<(Action, Vec<String>)>,
}

impl Default for Keymap {
    fn default() -> Self {
        use KeyCode::{Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};
        let none = KeyModifiers::NONE;
        let ctrl = KeyModifiers::CONTROL;
        let shift = KeyModifiers::SHIFT;
        let table: Vec<(Action, Vec<Binding>)> = vec![
            (
                Action::Down,
                vec![(Char('j'), none, "j"), (Down, none, "down")],
            ),
            (Action::Up, vec![(Char('k'), none, "k"), (Up, none, "up")]),
            (
                Action::PageDown,
                vec![(Char(' '), none, "space"), (PageDown, none, "pagedown")],
            ),
            (
                Action::PageUp,
                vec![(Char('b'), none, "b"), (PageUp, none, "pageup")],
            ),
            (Action::HalfPageDown, vec![(Char('d'), ctrl, "ctrl-d")]),
            (Action::HalfPageUp, vec![(Char('u'), ctrl, "ctrl-u")]),
            (
                Action::Top,
                vec![(Char('g'), none, "g"), (Home, none, "home")],
            ),
            (
                Action::Bottom,
                vec![(Char('G'), none, "G"), (End, none, "end")],
            ),
            (
                Action::Open,
                vec![
                    (Enter, none, "enter"),
                    (Char('l'), none, "l"),
                    (Right, none, "right"),
                ],
            ),
            (
                Action::Back,
                vec![
                    (Esc, none, "esc"),
                    (Char('h'), none, "h"),
                    (Left, none, "left"),
                ],
            ),
            (Action::FocusNext, vec![(Tab, none, "tab")]),
            (Action::FocusPrev, vec![(Tab, shift, "shift-tab")]),
            (Action::NextArticle, vec![(Char('J'), none, "J")]),
            (Action::PrevArticle, vec![(Char('K'), none, "K")]),
            (Action::NextSection, vec![(Char(']'), none, "]")]),
            (Action::PrevSection, vec![(Char('['), none, "[")]),
            (Action::Outline, vec![(Char('o'), none, "o")]),
            (Action::ToggleQuotes, vec![(Char('"'), none, "\"")]),
            (Action::NextQuote, vec![(Char('}'), none, "}")]),
            (Action::PrevQuote, vec![(Char('{'), none, "{")]),
            (Action::QuoteList, vec![(Char('Q'), none, "Q")]),
            (Action::Reload, vec![(Char('R'), none, "R")]),
            (Action::ToggleRead, vec![(Char('m'), none, "m")]),
            (Action::ToggleStar, vec![(Char('s'), none, "s")]),
            (Action::StarredOnly, vec![(Char('S'), none, "S")]),
            (Action::Search, vec![(Char('/'), none, "/")]),
            (Action::SearchNext, vec![(Char('n'), none, "n")]),
            (Action::SearchPrev, vec![(Char('N'), none, "N")]),
            (
                Action::SearchAll,
                vec![(Char('f'), ctrl, "ctrl-f"), (Char('F'), none, "F")],
            ),
            (Action::CycleSort, vec![(Char('t'), none, "t")]),
            (Action::Links, vec![(Char('L'), none, "L")]),
            (Action::Edit, vec![(Char('e'), none, "e")]),
            (Action::Skipped, vec![(Char('!'), none, "!")]),
            (Action::Help, vec![(Char('?'), none, "?")]),
            (Action::Quit, vec![(Char('q'), none, "q")]),
        ];
        let mut keymap = Keymap {
            map: HashMap::new(),
            names: Vec::new(),
        };
        for (action, keys) in table {
            let mut names = Vec::new();
            for (code, mods, name) in keys {
                keymap.map.insert(Key::new(code, mods), action);
                names.push(name.to_string());
            }
            keymap.names.push((action, names));
        }
        for n in 1..=9u8 {
            let c = char::from(b'0' + n);
            keymap
                .map
                .insert(Key::new(Char(c), none), Action::Section(n));
            keymap.names.push((Action::Section(n), vec![c.to_string()]));
        }
        keymap
    }
}

impl Keymap {
    /// The action bound to this key, if any.
    pub fn lookup(&self, key: Key) -> Option<Action> {
        self.map.get(&key).copied()
    }

    /// Every action with the keys bound to it, as written in the config, in the
    /// order of [`Action::ALL`]. Actions without keys are left out.
    pub fn bindings(&self) -> Vec<(Action, Vec<String>)> {
        Action::ALL
            .iter()
            .filter_map(|a| {
                self.names
                    .iter()
                    .find(|(b, keys)| b == a && !keys.is_empty())
                    .cloned()
            })
            .collect()
    }

    /// The first key bound to an action, for hints in the status bar.
    pub fn hint(&self, action: Action) -> Option<&str> {
        self.names
            .iter()
            .find(|(a, _)| *a == action)
            .and_then(|(_, keys)| keys.first())
            .map(String::as_str)
    }
}
