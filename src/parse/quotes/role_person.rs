//! `the Ukrainian president said`, `a spokesman said`: a description that stands
//! for a person the article names in that role, as `Ukrainian President Anna Berg`
//! or `Anna Berg, the ministry's spokeswoman`. The nearest such person before the
//! attribution is the speaker, else the first named in the paragraphs that follow
//! (`…, said a spokesman. The union's spokesman, Dev Patel, …`).
//!
//! The namings of a role word are read once, the first time a description with
//! that word needs them, from the paragraphs that hold the word ([`Roles`]); each
//! description is then a binary search.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::article::Section;

use super::names;
use super::words::{Gap, Word, words};

/// Paragraphs searched back for the person in the role.
const REACH: usize = 40;
/// Paragraphs searched ahead when none before names the role.
const AHEAD: usize = 8;
/// Words before a role word kept as its modifiers (`Ukrainian` in `Ukrainian
/// President Anna Berg`).
const MODIFIERS: usize = 3;

/// A person named in a role.
#[derive(Debug)]
struct Naming {
    /// Paragraph number in the article, and the byte of the role word in it.
    at: (usize, usize),
    /// The role word, lower case.
    role: String,
    /// Up to [`MODIFIERS`] words before it, lower case.
    modifiers: Vec<String>,
    name: String,
}

/// The people named in roles, read when first needed.
pub(crate) struct Roles<'s> {
    sections: &'s [Section],
    /// The namings of each role word asked about so far.
    index: RefCell<HashMap<String, Rc<Vec<Naming>>>>,
}

impl<'s> Roles<'s> {
    pub fn new(sections: &'s [Section]) -> Self {
        Self {
            sections,
            index: RefCell::new(HashMap::new()),
        }
    }

    /// The person named in the role that `phrase` describes, for a description at
    /// byte `at` of block `block` in section `section`. Namings with the phrase's
    /// modifiers (`Ukrainian` in `the Ukrainian president`) win over bare ones.
    pub(crate) fn person(
        &self,
        (section, block, at): (usize, usize, usize),
        phrase: &str,
    ) -> Option<String> {
        let mut parts: Vec<String> = phrase
            .split_whitespace()
            .skip(1)
            .map(str::to_lowercase)
            .collect();
        let role = parts.pop()?;
        let titled = words(&role).first().is_some_and(names::is_title);
        if !titled {
            return None;
        }
        let here = (self.ordinal(section, block), at);
        let index = Rc::clone(
            self.index
                .borrow_mut()
                .entry(role.clone())
                .or_insert_with(|| Rc::new(build(self.sections, &role))),
        );
        let split = index.partition_point(|n| n.at < here);
        for strict in [true, false] {
            if strict && parts.is_empty() {
                continue;
            }
            let fits = |n: &&Naming| {
                n.role == role && (!strict || parts.iter().all(|m| n.modifiers.contains(m)))
            };
            let before = index.get(..split).unwrap_or_default().iter().rev();
            if let Some(n) = before.take_while(|n| n.at.0 + REACH >= here.0).find(fits) {
                return Some(n.name.clone());
            }
            let after = index.get(split..).unwrap_or_default().iter();
            if let Some(n) = after.take_while(|n| n.at.0 <= here.0 + AHEAD).find(fits) {
                return Some(n.name.clone());
            }
        }
        None
    }

    /// The paragraph number of block `block` in section `section`.
    fn ordinal(&self, section: usize, block: usize) -> usize {
        self.sections
            .get(..section)
            .unwrap_or_default()
            .iter()
            .map(|s| s.blocks.len())
            .sum::<usize>()
            + block
    }
}

/// Every naming of a person in a role, in reading order.
fn build(sections: &[Section], role: &str) -> Vec<Naming> {
    let mut out = Vec::new();
    // The role word as written in running text and at the start of a title.
    let mut capital = role.to_owned();
    if let Some(first) = capital.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let (lower, upper) = (
        memchr::memmem::Finder::new(role.as_bytes()),
        memchr::memmem::Finder::new(capital.as_bytes()),
    );
    let blocks = sections.iter().flat_map(|s| s.blocks.iter());
    for (ordinal, b) in blocks.enumerate() {
        let text = b.text.as_str();
        // Only paragraphs that hold the role word are split into words.
        if lower.find(text.as_bytes()).is_none() && upper.find(text.as_bytes()).is_none() {
            continue;
        }
        let w = words(text);
        for (i, x) in w.iter().enumerate() {
            if !x.is_one_of(&[role]) {
                continue;
            }
            if let Some(name) = named_at(text, &w, i) {
                let modifiers = w
                    .get(i.saturating_sub(MODIFIERS)..i)
                    .unwrap_or_default()
                    .iter()
                    .map(|m| m.text.to_lowercase())
                    .collect();
                out.push(Naming {
                    at: (ordinal, x.start),
                    role: x.text.to_lowercase(),
                    modifiers,
                    name,
                });
            }
        }
    }
    out
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
    let n =
        names::backward(text, w, comma.checked_sub(1)?).filter(names::Name::full_person_name)?;
    Some(without_possessive(n.text))
}

/// `Anna Berg's` is Anna Berg.
fn without_possessive(name: &str) -> String {
    name.trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_owned()
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
            Roles::new(&s)
                .person((0, 1, 20), "the prime minister")
                .as_deref(),
            Some("Ola Brenna")
        );
        let s = sections(&["Kari Dahl, the harbour spokeswoman, left early.", "x"]);
        assert_eq!(
            Roles::new(&s)
                .person((0, 1, 0), "the spokeswoman")
                .as_deref(),
            Some("Kari Dahl")
        );
    }

    #[test]
    fn an_indefinite_role_may_be_named_after() {
        let s = sections(&[
            "The strike goes on, said a spokesman. The union's spokesman Dev Patel added detail.",
        ]);
        assert_eq!(
            Roles::new(&s).person((0, 0, 25), "a spokesman").as_deref(),
            Some("Dev Patel")
        );
        // A definite description looks ahead only when nobody before has the role.
        assert_eq!(
            Roles::new(&s)
                .person((0, 0, 25), "the spokesman")
                .as_deref(),
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
            Roles::new(&s)
                .person((0, 2, 12), "the Finnish president")
                .as_deref(),
            Some("Aino Virtanen")
        );
        assert_eq!(
            Roles::new(&s)
                .person((0, 2, 12), "the president")
                .as_deref(),
            Some("Lars Berg")
        );
    }

    #[test]
    fn bodies_and_groups_are_not_roles() {
        let s = sections(&["Officials at the Harbour Office met Ola Brenna."]);
        assert_eq!(Roles::new(&s).person((0, 0, 40), "the officials"), None);
    }
}
