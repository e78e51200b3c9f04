//! Finding people by name: the one rule for the People filter (`/` in the
//! app) and `byline quotes --speaker`, so the two agree.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::Person;

/// The people whose name, in any form, matches `query` as the list filter
/// matches (fuzzy, smart case, accents folded). An empty query matches all.
pub fn matching<'p>(people: &'p [Person], query: &str) -> Vec<&'p Person> {
    let pattern = Pattern::parse(query, CaseMatching::Smart, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    people
        .iter()
        .filter(|p| {
            std::iter::once(&p.name).chain(&p.forms).any(|form| {
                pattern
                    .score(Utf32Str::new(form, &mut buf), &mut matcher)
                    .is_some()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::quotes::SpeakerKind;

    fn person(name: &str, forms: &[&str]) -> Person {
        Person {
            name: name.into(),
            forms: forms.iter().map(|f| (*f).to_string()).collect(),
            kind: SpeakerKind::Person,
            quotations: Vec::new(),
            counts: None,
        }
    }

    #[test]
    fn any_form_matches_fuzzily_with_smart_case_and_accents_folded() {
        let people = [
            person("Ilse Marten", &["Maj. Gen. Ilse Marten", "Marten"]),
            person("Søren Ødegård", &["Søren Ødegård"]),
            person("Anna Berg", &["Anna Berg"]),
        ];
        let names = |q: &str| {
            matching(&people, q)
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("gen"), ["Ilse Marten"]);
        assert_eq!(names("imartn"), ["Ilse Marten"]);
        assert_eq!(names("odegard"), ["Søren Ødegård"]);
        assert!(names("Berg").contains(&"Anna Berg".to_string()));
        assert!(names("BERG").is_empty(), "upper case asks for case");
        assert_eq!(names("").len(), 3);
    }
}
