//! Keys to actions. Key events come in from the terminal; [`Action`]s go out.
//!
//! The bindings come from the `[keys]` table of `config/default.toml`, merged with
//! the user's file (see [`crate::config`]). [`Keymap::default`] is that table as
//! the embedded file sets it; its impl lives in the config, the layer above.

mod names;

pub use names::parse_key;

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
            KeyCode::BackTab => mods | KeyModifiers::SHIFT,
            _ => mods,
        };
        let code = match code {
            KeyCode::BackTab => KeyCode::Tab,
            // Terminals cannot tell ctrl-F from ctrl-f.
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        Self { code, mods }
    }

    /// Ctrl-c, which always quits (the app handles it before the keymap).
    pub(crate) const CTRL_C: Key = Key {
        code: KeyCode::Char('c'),
        mods: KeyModifiers::CONTROL,
    };
}

impl From<KeyEvent> for Key {
    fn from(ev: KeyEvent) -> Self {
        Key::new(ev.code, ev.modifiers)
    }
}

/// Two actions bound to one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    pub key: Key,
    /// The earlier action in [`Action::ALL`] order, then the later one.
    pub actions: (Action, Action),
}

/// The active key bindings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    map: HashMap<Key, Action>,
    /// Every action in [`Action::ALL`] order with its keys as written ("ctrl-d").
    bound: Vec<(Action, Vec<(Key, String)>)>,
}

impl Keymap {
    /// No bindings at all.
    pub fn empty() -> Self {
        Self {
            map: HashMap::new(),
            bound: Action::ALL.iter().map(|a| (*a, Vec::new())).collect(),
        }
    }

    /// Replace the keys of `action` (an empty list unbinds it). A key listed twice
    /// for the same action is kept once. Conflicts with other actions are left for
    /// [`Keymap::conflicts`].
    pub fn bind(&mut self, action: Action, keys: Vec<(Key, String)>) {
        let mut unique: Vec<(Key, String)> = Vec::with_capacity(keys.len());
        for (key, name) in keys {
            if !unique.iter().any(|(k, _)| *k == key) {
                unique.push((key, name));
            }
        }
        if let Some(slot) = self.bound.iter_mut().find(|(a, _)| *a == action) {
            slot.1 = unique;
        }
        self.map.clear();
        for (action, keys) in self.bound.iter().rev() {
            for (key, _) in keys {
                self.map.insert(*key, *action);
            }
        }
    }

    /// Keys bound to more than one action.
    pub fn conflicts(&self) -> Vec<Conflict> {
        let mut seen: HashMap<Key, Action> = HashMap::new();
        let mut out = Vec::new();
        for (action, keys) in &self.bound {
            for (key, _) in keys {
                match seen.get(key) {
                    Some(first) => out.push(Conflict {
                        key: *key,
                        actions: (*first, *action),
                    }),
                    None => {
                        seen.insert(*key, *action);
                    }
                }
            }
        }
        out
    }

    /// The keys of `action` with their spellings.
    pub fn keys_of(&self, action: Action) -> &[(Key, String)] {
        self.bound
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, keys)| keys.as_slice())
    }

    /// The action bound to this key, if any.
    pub fn lookup(&self, key: Key) -> Option<Action> {
        self.map.get(&key).copied()
    }

    /// Every action with the keys bound to it, as written in the config, in the
    /// order of [`Action::ALL`]. Actions without keys are left out.
    pub fn bindings(&self) -> Vec<(Action, Vec<String>)> {
        self.bound
            .iter()
            .filter(|(_, keys)| !keys.is_empty())
            .map(|(a, keys)| (*a, keys.iter().map(|(_, n)| n.clone()).collect()))
            .collect()
    }

    /// The first key bound to an action, for hints in the status bar.
    pub fn hint(&self, action: Action) -> Option<&str> {
        self.keys_of(action).first().map(|(_, n)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> Key {
        Key::from(KeyEvent::new(code, mods))
    }

    #[test]
    fn default_bindings() {
        let km = Keymap::default();
        let none = KeyModifiers::NONE;
        assert_eq!(km.lookup(ev(KeyCode::Char('j'), none)), Some(Action::Down));
        assert_eq!(
            km.lookup(ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            km.lookup(ev(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            km.lookup(ev(KeyCode::BackTab, none)),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            km.lookup(ev(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            km.lookup(ev(KeyCode::Char('5'), none)),
            Some(Action::Section(5))
        );
        assert_eq!(km.lookup(ev(KeyCode::Char('x'), none)), None);
        assert_eq!(km.hint(Action::Quit), Some("q"));
        assert!(km.conflicts().is_empty());
        assert_eq!(km.bindings().len(), Action::ALL.len());
    }

    #[test]
    fn rebinding_replaces_and_unbinding_removes() {
        let mut km = Keymap::default();
        let d = parse_key("ctrl-n").unwrap();
        km.bind(
            Action::Down,
            vec![(d, "ctrl-n".into()), (d, "Ctrl-N".into())],
        );
        assert_eq!(km.lookup(d), Some(Action::Down));
        assert_eq!(km.lookup(parse_key("j").unwrap()), None);
        assert_eq!(km.hint(Action::Down), Some("ctrl-n"));
        assert_eq!(km.keys_of(Action::Down).len(), 1);
        km.bind(Action::Help, vec![]);
        assert_eq!(km.hint(Action::Help), None);
        assert!(km.bindings().iter().all(|(a, _)| *a != Action::Help));
    }

    #[test]
    fn conflicts_name_both_actions() {
        let mut km = Keymap::default();
        let k = parse_key("k").unwrap();
        km.bind(Action::Down, vec![(k, "k".into())]);
        assert_eq!(
            km.conflicts(),
            vec![Conflict {
                key: k,
                actions: (Action::Down, Action::Up)
            }]
        );
    }
}
