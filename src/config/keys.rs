//! The `[keys]` table: each entry replaces the keys of its action.
//!
//! `down = ["j", "down"]` binds every key listed to one action. An action that
//! takes a number is bound with one entry per number: `section = ["1", "2", …]`
//! sends the Nth entry (a key, a list of keys, or `[]` for none) to section N, and
//! `section_3 = ["3"]`, the spelling from before, sets section 3 alone. Entries
//! apply in name order, so `section_3` wins over the third entry of `section`.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::error::Diag;
use super::raw::KeyList;
use crate::action::{Action, Entry};
use crate::keymap::{Key, Keymap, parse_key};
use crate::suggest::suggest;

pub(crate) type KeyEntries = BTreeMap<Spanned<String>, Spanned<KeyList>>;

/// A key name with its place in the file.
type Named = (String, Range<usize>);

/// Each entry replaces its action's keys; then no key may serve two actions.
pub(crate) fn apply(keymap: &mut Keymap, entries: KeyEntries) -> Result<(), Diag> {
    // Where each (action, key) of this file was written, to place conflicts.
    let mut written: Vec<(Action, Key, Named)> = Vec::new();
    for (name, keys) in entries {
        let Some(entry) = Action::entry(name.get_ref()) else {
            return Err(unknown_action(&name));
        };
        match entry {
            Entry::One(action) => {
                let names = key_names(keys.get_ref(), &keys.span())?;
                bind(keymap, &mut written, action, names)?;
            }
            Entry::Each(family) => {
                let mut groups = per_number(name.get_ref(), &keys, family)?.into_iter();
                for &action in family {
                    bind(
                        keymap,
                        &mut written,
                        action,
                        groups.next().unwrap_or_default(),
                    )?;
                }
            }
        }
    }
    if let Some(conflict) = keymap.conflicts().first() {
        let (a, b) = conflict.actions;
        let place = written
            .iter()
            .filter(|(act, key, _)| *key == conflict.key && (*act == a || *act == b))
            .max_by_key(|(_, _, (_, span))| span.start);
        if let Some((_, _, (spelled, span))) = place {
            return Err(Diag::value(
                span.clone(),
                format!(
                    "key {spelled:?} is bound to both `{a}` and `{b}`; unbind it from one of them"
                ),
            ));
        }
    }
    Ok(())
}

fn bind(
    keymap: &mut Keymap,
    written: &mut Vec<(Action, Key, Named)>,
    action: Action,
    names: Vec<Named>,
) -> Result<(), Diag> {
    let mut bound = Vec::new();
    for (key_name, span) in names {
        let key = parse_key(&key_name).map_err(|m| Diag::value(span.clone(), m))?;
        if key == Key::CTRL_C && action != Action::Quit {
            return Err(Diag::value(
                span,
                format!("ctrl-c always quits and cannot be bound to `{action}`"),
            ));
        }
        written.push((action, key, (key_name.clone(), span)));
        bound.push((key, key_name));
    }
    keymap.bind(action, bound);
    Ok(())
}

/// The keys of one action: `"j"` or `["j", "down"]`; `whole` is the value's place.
fn key_names(list: &KeyList, whole: &Range<usize>) -> Result<Vec<Named>, Diag> {
    match list {
        KeyList::One(name) => Ok(vec![(name.clone(), whole.clone())]),
        KeyList::Many(items) => items
            .iter()
            .map(|item| match item.get_ref() {
                KeyList::One(name) => Ok((name.clone(), item.span())),
                KeyList::Many(_) => Err(Diag::value(
                    item.span(),
                    format!(
                        "expected a key name, found a list (a list per entry is for {})",
                        numbered_names()
                    ),
                )),
            })
            .collect(),
    }
}

/// The keys of each action of a numbered family, in order: `section = ["1", …]`.
fn per_number(
    name: &str,
    keys: &Spanned<KeyList>,
    family: &[Action],
) -> Result<Vec<Vec<Named>>, Diag> {
    let KeyList::Many(items) = keys.get_ref() else {
        return Err(Diag::value(
            keys.span(),
            format!(
                "`{name}` takes a list with one entry per number: \
                 the first entry binds `{name}_1`, the second `{name}_2`, and so on"
            ),
        ));
    };
    if items.len() > family.len() {
        let extra = items.get(family.len()).map_or(keys.span(), Spanned::span);
        return Err(Diag::value(
            extra,
            format!(
                "`{name}` takes at most {} entries (`{name}_1` … `{name}_{}`), found {}",
                family.len(),
                family.len(),
                items.len()
            ),
        ));
    }
    items
        .iter()
        .map(|item| key_names(item.get_ref(), &item.span()))
        .collect()
}

/// The names that take a list per entry, for messages: "`section`".
fn numbered_names() -> String {
    let names: Vec<String> = Action::NAMES
        .iter()
        .filter(|n| matches!(Action::entry(n), Some(Entry::Each(_))))
        .map(|n| format!("`{n}`"))
        .collect();
    names.join(", ")
}

fn unknown_action(name: &Spanned<String>) -> Diag {
    let found = name.get_ref();
    let message = match suggest(found, Action::NAMES.iter().copied()) {
        Some(close) => format!("unknown action `{found}`; did you mean `{close}`?"),
        None => format!("unknown action `{found}`; `byline config default` lists them all"),
    };
    Diag::value(name.span(), message)
}
