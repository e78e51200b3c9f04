//! People's names: runs of capitalised words, with titles stripped
//! ("Foreign Minister Anna Berg" is "Anna Berg") and function words kept out
//! ("The" is not a name).

use super::lexicon;
use super::verbs;
use super::words::{Gap, Word};

const MAX_WORDS: usize = 6;

/// A name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name<'a> {
    /// Index of the first word of the run, title included.
    pub first: usize,
    /// Index of the last word of the run.
    pub last: usize,
    /// The name without titles, as written.
    pub text: &'a str,
    /// A title stood before the name ("Minister Anna Berg", "Mr Smith").
    pub titled: bool,
    /// The run ends in an organisation or place word ("Foreign Ministry").
    pub org: bool,
}

impl Name<'_> {
    /// Number of words in the name without titles.
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// Whether the name most likely names a person.
    pub(crate) fn person(&self) -> bool {
        !self.org
    }

    /// Whether a run of two or more words reads as a person's full name: no word in
    /// capitals only (datelines, acronyms), no place-like first word.
    pub(crate) fn full_person_name(&self) -> bool {
        if !self.person() {
            return false;
        }
        // One pass over the words: count them, and turn away any in capitals only.
        let mut n = 0;
        for w in self.text.split_whitespace() {
            n += 1;
            if w.chars().nth(1).is_some() && !w.chars().any(char::is_lowercase) {
                return false;
            }
        }
        n >= 2
            && self
                .text
                .split_whitespace()
                .next()
                .is_some_and(|first| !lexicon::PLACE_STARTS.contains_ascii_folded(first))
    }
}

/// Whether word `i` may continue a run whose previous word is `i - 1`.
fn joined(w: &[Word<'_>], i: usize) -> bool {
    w.get(i)
        .is_some_and(|x| matches!(x.gap, Gap::Space | Gap::Hyphen))
}

fn member(w: &Word<'_>) -> bool {
    w.capitalised() && !verbs::is_speech(w) && !w.text.chars().all(|c| c.is_ascii_digit())
}

/// `Bergen's`, `port’s`.
fn possessive(w: &Word<'_>) -> bool {
    w.text.ends_with("'s") || w.text.ends_with("’s")
}

/// A particle at word `i` followed (over more particles) by a capitalised word.
fn particle(w: &[Word<'_>], i: usize) -> bool {
    let mut k = i;
    while w.get(k).is_some_and(|x| x.is_in(&lexicon::PARTICLES)) && joined(w, k + 1) && k < i + 3 {
        if w.get(k + 1).is_some_and(member) {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether a name may start with this word: capitalised, no verb of saying, no
/// number, no function word ("The").
pub(crate) fn may_start(w: &Word<'_>) -> bool {
    member(w) && !w.is_in(&lexicon::FUNCTION_WORDS)
}

/// How far after the last word of the name it returns [`forward`] reads at most:
/// the next word, and a run of particles after it that leads to no name.
pub const READ_AFTER: usize = 5;

/// The last word [`forward`] read to find `name`: the word after it, unless a
/// particle stood in or after the name (then up to [`READ_AFTER`] words on).
pub(crate) fn read_to(w: &[Word<'_>], name: &Name<'_>) -> usize {
    let particles = w
        .iter()
        .take(name.last + 2)
        .skip(name.first + 1)
        .any(|x| x.is_in(&lexicon::PARTICLES));
    name.last + if particles { READ_AFTER } else { 1 }
}

/// The name whose first word is `i`.
pub(crate) fn forward<'a>(text: &'a str, w: &[Word<'_>], i: usize) -> Option<Name<'a>> {
    if !may_start(w.get(i)?) {
        return None;
    }
    forward_from(text, w, i)
}

/// [`forward`] for a word `i` known to pass [`may_start`].
pub(crate) fn forward_from<'a>(text: &'a str, w: &[Word<'_>], i: usize) -> Option<Name<'a>> {
    let mut last = i;
    // "Bergen's Dokken": a possessive ends the run.
    while last + 1 - i < MAX_WORDS
        && !w.get(last).is_some_and(possessive)
        && joined(w, last + 1)
        && (w.get(last + 1).is_some_and(member) || particle(w, last + 1))
    {
        last += 1;
    }
    make(text, w, i, last)
}

/// The name whose last word is `j`.
pub(crate) fn backward<'a>(text: &'a str, w: &[Word<'_>], j: usize) -> Option<Name<'a>> {
    if !w.get(j).is_some_and(member) {
        return None;
    }
    let mut first = j;
    while j - first + 1 < MAX_WORDS
        && first > 0
        && joined(w, first)
        && w.get(first - 1).is_some_and(|x| {
            (member(x) || particle(w, first - 1))
                && !x.is_in(&lexicon::FUNCTION_WORDS)
                && !possessive(x)
        })
    {
        first -= 1;
    }
    if w.get(first)
        .is_some_and(|x| x.is_in(&lexicon::FUNCTION_WORDS))
    {
        return None;
    }
    make(text, w, first, j)
}

fn make<'a>(text: &'a str, w: &[Word<'_>], first: usize, last: usize) -> Option<Name<'a>> {
    // "Transport Secretary Grace Mbeki": everything up to the last title goes.
    let start = (first..last)
        .rev()
        .find(|&k| w.get(k).is_some_and(is_title))
        .map_or(first, |k| k + 1);
    let org = w.get(last).is_some_and(|x| x.is_in(&lexicon::NOT_PEOPLE));
    let name = text.get(w.get(start)?.start..w.get(last)?.end)?;
    Some(Name {
        first,
        last,
        text: name,
        titled: start > first,
        org,
    })
}

/// A title word ("minister", "Dr", "maire").
pub(crate) fn is_title(w: &Word<'_>) -> bool {
    w.is_in(&lexicon::TITLES) || compound_title(w.text)
}

/// A German compound ending in a title ("Badmeister"), longer than the title.
fn compound_title(word: &str) -> bool {
    if word.len() < 8 {
        return false;
    }
    // Every ending is ASCII or German (ä): compare the tail, lowered, without allocating.
    lexicon::TITLE_ENDINGS.split_ascii_whitespace().any(|end| {
        let Some(tail) = word
            .len()
            .checked_sub(end.len())
            .and_then(|at| word.get(at..))
        else {
            return false;
        };
        word.len() > end.len() + 2 && super::fold::eq_ignore_case(tail, end)
    })
}

/// Whether a noun phrase names someone who can speak: a role, a title or a body.
pub(crate) fn speaking_phrase(w: &[Word<'_>]) -> bool {
    w.iter().any(|x| {
        x.is_in(&lexicon::ROLES) || x.is_in(&lexicon::TITLES) || x.is_in(&lexicon::NOT_PEOPLE)
    })
}

/// Whether a run that stands first in its sentence reads as a name: a lone
/// capitalised word there is just the sentence's first word, unless it is `known`.
pub(crate) fn trusted_at_sentence_start(name: &Name<'_>, known: bool) -> bool {
    name.titled || name.words() > 1 || known
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn fwd(text: &str, i: usize) -> Option<String> {
        forward(text, &words(text), i).map(|n| n.text.to_string())
    }

    fn back(text: &str, j: usize) -> Option<String> {
        backward(text, &words(text), j).map(|n| n.text.to_string())
    }

    #[test]
    fn runs_of_capitalised_words() {
        assert_eq!(fwd("said Jane Doe, a", 1).as_deref(), Some("Jane Doe"));
        assert_eq!(back("then Jane Doe said", 2).as_deref(), Some("Jane Doe"));
        assert_eq!(
            fwd("said Ursula von der Leyen.", 1).as_deref(),
            Some("Ursula von der Leyen")
        );
        assert_eq!(
            fwd("said Jean-Pierre Martin", 1).as_deref(),
            Some("Jean-Pierre Martin")
        );
        assert_eq!(fwd("said J. R. Smith", 1).as_deref(), Some("J. R. Smith"));
        assert_eq!(
            fwd("on Bergen's Dokken quay", 1).as_deref(),
            Some("Bergen's")
        );
        assert_eq!(
            back("on Bergen's Dokken quay", 2).as_deref(),
            Some("Dokken")
        );
    }

    #[test]
    fn titles_are_stripped() {
        let t = "Foreign Minister Anna Berg said";
        let n = backward(t, &words(t), 3).unwrap();
        assert_eq!(n.text, "Anna Berg");
        assert!(n.titled);
        assert_eq!(n.first, 0);
        assert_eq!(fwd("said Dr. Weber", 1).as_deref(), Some("Weber"));
    }

    #[test]
    fn function_words_are_not_names() {
        assert_eq!(fwd("The report", 0), None);
        assert_eq!(back("The report", 0), None);
        assert_eq!(back("Then Berg", 1).as_deref(), Some("Berg"));
        assert_eq!(fwd("said nothing", 1), None);
    }

    #[test]
    fn organisations_are_not_people() {
        let t = "the Foreign Ministry said";
        let n = backward(t, &words(t), 2).unwrap();
        assert!(n.org);
        assert!(!n.person());
    }

    #[test]
    fn lone_words_at_sentence_start_need_to_be_known() {
        let t = "Officials said";
        let n = backward(t, &words(t), 0).unwrap();
        assert!(!trusted_at_sentence_start(&n, false));
        assert!(trusted_at_sentence_start(&n, true));
    }
}
