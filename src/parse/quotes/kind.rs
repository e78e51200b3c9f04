//! Whether a speaker is a person or an organisation (a ministry, the police, a
//! report): read from the speaker's own words. A phrase (`the ministry`, `la
//! capitanía`) is an organisation when its last word is a body or a document; a
//! name (`Harbour Board`, `Foreign Ministry`) when its last word is one of the
//! words that end organisations' and places' names.

use serde::Serialize;

use super::lexicon;
use super::words::words;

/// What kind of speaker said a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organisation,
}

/// Last words of a phrase that names a body or a document, not a person.
const BODIES: &[&str] = &[
    "ministry",
    "police",
    "government",
    "agency",
    "company",
    "council",
    "office",
    "department",
    "authority",
    "authorities",
    "court",
    "commission",
    "committee",
    "union",
    "party",
    "board",
    "institute",
    "university",
    "association",
    "federation",
    "foundation",
    "service",
    "army",
    "report",
    "study",
    "statement",
    "survey",
    "letter",
    "document",
    "website",
    "pentagon",
    "kremlin",
    "préfecture",
    "mairie",
    "gouvernement",
    "ministère",
    "polizei",
    "regierung",
    "ministerium",
    "behörde",
    "capitanía",
    "capitaneria",
    "capitania",
    "gemeente",
    "câmara",
    "ayuntamiento",
    "comune",
    "prefeitura",
    "policía",
    "polizia",
    "polícia",
    "politie",
];

/// The kind of the speaker named `speaker`.
pub fn speaker_kind(speaker: &str) -> SpeakerKind {
    let w = words(speaker);
    let Some(last) = w.last() else {
        return SpeakerKind::Person;
    };
    let phrase = w.first().is_some_and(|x| !x.capitalised());
    let org = if phrase {
        last.is_one_of(BODIES)
    } else {
        last.is_in(&lexicon::NOT_PEOPLE) || last.is_one_of(BODIES)
    };
    if org {
        SpeakerKind::Organisation
    } else {
        SpeakerKind::Person
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_and_organisations() {
        for p in ["Anna Berg", "the harbour master", "a spokesman", "Ola Berg"] {
            assert_eq!(speaker_kind(p), SpeakerKind::Person, "{p}");
        }
        for o in [
            "the ministry",
            "Harbour Board",
            "Foreign Ministry",
            "la capitanía",
            "the report",
            "die Polizei",
        ] {
            assert_eq!(speaker_kind(o), SpeakerKind::Organisation, "{o}");
        }
    }
}
