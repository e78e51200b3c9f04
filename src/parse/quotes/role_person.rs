//! `the Ukrainian president said`, `a spokesman said`: a description that stands
//! for a person the article names in that role, as `Ukrainian President Anna Berg`
//! or `Anna Berg, the ministry's spokeswoman`. The nearest such person before the
//! attribution is the speaker; an indefinite `a spokesman` may also be named later
//! in the same paragraph (`…, said a spokesman. The union's spokesman, Dev Patel, …`).

use crate::article::Section;

use super::names;
use super::words::{Gap, Word, words};

/// Paragraphs searched back for the person in the role.
const REACH: usize = 40;
/// Paragraphs searched ahead when none before names the role.
const AHEAD: usize = 8;

/// The person named in the role that `phrase` describes: the nearest before byte
/// `at` of block `block` in section `section`, else the first in the paragraphs
/// that follow (at most [`AHEAD`]). Occurrences with the phrase's modifiers around
/// them (`Ukrainian` in `the Ukrainian president`) win over bare ones.
pub fn person_in_role(
    sections: &[Section],
    (section, block, at): (usize, usize, usize),
    phrase: &str,
) -> Option<String> {
    let mut parts: Vec<&str> = phrase.split_whitespace().skip(1).collect();
    let role = parts.pop()?;
    let titled = words(role)
        .first()
        .is_some_and(|w| names::is_title(w) && role.chars().all(char::is_lowercase));
    if !titled {
        return None;
    }
    let modifiers: Vec<&str> = parts;
    let all: Vec<(usize, usize, &str)> = sections
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.blocks
                .iter()
                .enumerate()
                .map(move |(bi, b)| (si, bi, b.text.as_str()))
        })
        .collect();
    let here = all.iter().position(|&(si, bi, _)| (si, bi) == (section, block))?;
    let back = all.get(here.saturating_sub(REACH)..=here)?;
    let ahead = all.get(here..(here + AHEAD + 1).min(all.len()))?;
    for strict in [true, false] {
        if strict && modifiers.is_empty() {
            continue;
        }
        let wanted = |w: &[Word<'_>], i: usize| {
            !strict
                || modifiers.iter().all(|m| {
                    (i.saturating_sub(3)..i).any(|k| w.get(k).is_some_and(|x| x.is_one_of(&[m])))
                })
        };
        for &(si, bi, text) in back.iter().rev() {
            let limit = if (si, bi) == (section, block) { at } else { text.len() };
            let w = words(text);
            let found = (0..w.len())
                .rev()
                .filter(|&i| w.get(i).is_some_and(|x| x.end <= limit && x.is_one_of(&[role])))
                .filter(|&i| wanted(&w, i))
                .find_map(|i| named_at(text, &w, i));
            if found.is_some() {
                return found;
            }
        }
        for &(si, bi, text) in ahead {
            let from = if (si, bi) == (section, block) { at } else { 0 };
            let w = words(text);
            let found = (0..w.len())
                .filter(|&i| w.get(i).is_some_and(|x| x.start > from && x.is_one_of(&[role])))
                .filter(|&i| wanted(&w, i))
                .find_map(|i| named_at(text, &w, i));
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

/// `President Anna Berg`, `spokesman Dr Dev Patel` after the role word at `i`, or
/// `Anna Berg, the Ukrainian president` before it.
fn named_at(text: &str, w: &[Word<'_>], i: usize) -> Option<String> {
    if w.get(i + 1).is_some_and(|x| x.gap == Gap::Space)
        && let Some(n) = names::forward(text, w, i + 1).filter(names::Name::full_person_name)
    {
        return Some(without_possessive(n.text));
    }
    let comma = (i.saturating_sub(4)..=i)
        .rev()
        .find(|&k| w.get(k).is_some_and(|x| x.gap == Gap::Comma))?;
    let n = names::backward(text, w, comma.checked_sub(1)?).filter(names::Name::full_person_name)?;
    Some(without_possessive(n.text))
}

/// `Anna Berg's` is Anna Berg.
fn without_possessive(name: &str) -> String {
    name.trim_end_matches("'s").trim_end_matches("’s").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Block, Section};

    fn sections(paragraphs: &[&str]) -> Vec<Section> {
        vec![Section {
            heading: None,
            blocks: paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
        }]
    }

    #[test]
    fn a_role_named_before_stands_for_the_person() {
        let s = sections(&[
            "Norwegian Prime Minister Ola Brenna met the mayors on Monday.",
            "Ports need money, the prime minister said.",
        ]);
        assert_eq!(
            person_in_role(&s, (0, 1, 20), "the prime minister").as_deref(),
            Some("Ola Brenna")
        );
        let s = sections(&["Kari Dahl, the harbour spokeswoman, left early.", "x"]);
        assert_eq!(
            person_in_role(&s, (0, 1, 0), "the spokeswoman").as_deref(),
            Some("Kari Dahl")
        );
    }

    #[test]
    fn an_indefinite_role_may_be_named_after() {
        let s = sections(&[
            "The strike goes on, said a spokesman. The union's spokesman Dev Patel added detail.",
        ]);
        assert_eq!(
            person_in_role(&s, (0, 0, 25), "a spokesman").as_deref(),
            Some("Dev Patel")
        );
        // A definite description looks ahead only when nobody before has the role.
        assert_eq!(
            person_in_role(&s, (0, 0, 25), "the spokesman").as_deref(),
            Some("Dev Patel")
        );
    }

    #[test]
    fn the_modifiers_pick_among_people_in_the_same_role() {
        let s = sections(&[
            "Finnish President Aino Virtanen arrived first.",
            "Swedish President Lars Berg's envoy followed.",
            "It went well, the Finnish president said.",
        ]);
        assert_eq!(
            person_in_role(&s, (0, 2, 12), "the Finnish president").as_deref(),
            Some("Aino Virtanen")
        );
        assert_eq!(
            person_in_role(&s, (0, 2, 12), "the president").as_deref(),
            Some("Lars Berg")
        );
    }

    #[test]
    fn bodies_and_groups_are_not_roles() {
        let s = sections(&["Officials at the Harbour Office met Ola Brenna."]);
        assert_eq!(person_in_role(&s, (0, 0, 40), "the officials"), None);
    }
}
