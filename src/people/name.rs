//! A speaker's name read for merging: titles and ranks off, folded for comparing
//! (case and accents ignored), and sorted into the shapes the merge rules know.

use crate::parse::quotes::{SpeakerKind, speaker_kind};

/// Words that come before a name without being part of it: titles, ranks,
/// honorifics, offices (compared folded, without a final full stop).
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "maj",
    "major",
    "gen",
    "general",
    "lt",
    "lieut",
    "lieutenant",
    "col",
    "colonel",
    "capt",
    "captain",
    "cmdr",
    "commander",
    "adm",
    "admiral",
    "sgt",
    "sergeant",
    "cpl",
    "corporal",
    "brig",
    "brigadier",
    "marshal",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "rev",
    "reverend",
    "fr",
    "father",
    "rabbi",
    "imam",
    "bishop",
    "archbishop",
    "cardinal",
    "judge",
    "justice",
    "mayor",
    "secretary",
    "ambassador",
    "chief",
    "deputy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "the",
    "herr",
    "frau",
    "mme",
    "mlle",
    "sr",
    "sra",
    "srta",
    "dott",
    "ing",
    "hon",
    "emir",
    "sheikh",
];

/// Words that may follow a name without being part of it.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "phd", "md", "qc", "kc", "mp"];

/// A speaker's name in the shape the merge rules read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Name {
    /// Given name(s) and a surname: `Igor Konashenkov`.
    Full { key: String, surname: String },
    /// A surname alone: `Konashenkov`.
    Bare { surname: String },
    /// An initial and a surname: `J. Smith`.
    Initialled { initial: char, surname: String },
    /// An organisation, or a phrase that is not a name (`the President`): only
    /// ever the same as itself.
    Other { key: String },
}

/// A speaker as read: the name's shape and how it is shown (titles off, the
/// speaker's own spelling).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub name: Name,
    pub shown: String,
    pub kind: SpeakerKind,
}

/// One word folded for comparing: lower case, accents off, surrounding
/// punctuation and a final full stop gone.
pub fn fold(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .map(|c| nucleo_matcher::chars::to_lower_case(nucleo_matcher::chars::normalize(c)))
        .collect()
}

/// The whole phrase folded, words apart by one space.
pub fn fold_phrase(text: &str) -> String {
    text.split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_title(folded: &str) -> bool {
    TITLES.contains(&folded)
}

/// Read a speaker's name.
pub fn read(speaker: &str) -> Read {
    let kind = speaker_kind(speaker);
    let words: Vec<&str> = speaker
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ';' || c == ':'))
        .filter(|w| !fold(w).is_empty())
        .collect();
    let other = |words: &[&str]| Read {
        name: Name::Other {
            key: fold_phrase(&words.join(" ")),
        },
        shown: words.join(" "),
        kind,
    };
    if kind == SpeakerKind::Organisation {
        return other(&words);
    }
    let mut start = 0;
    while words.get(start).is_some_and(|w| is_title(&fold(w))) {
        start += 1;
    }
    let mut end = words.len();
    while end > start + 1
        && words
            .get(end - 1)
            .is_some_and(|w| SUFFIXES.contains(&fold(w).as_str()))
    {
        end -= 1;
    }
    let Some(name) = words.get(start..end).filter(|n| !n.is_empty()) else {
        return other(&words);
    };
    // A name is written with capitals; a lower-case phrase (`a spokesman`) is not one.
    if !name
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
    {
        return other(&words);
    }
    let folded: Vec<String> = name.iter().map(|w| fold(w)).collect();
    let shown = name.join(" ");
    let (Some(surname), Some(first)) = (folded.last(), folded.first()) else {
        return other(&words);
    };
    let surname = surname.clone();
    let name = match folded.len() {
        1 => Name::Bare { surname },
        2 if first.chars().count() == 1 => Name::Initialled {
            initial: first.chars().next().unwrap_or(' '),
            surname,
        },
        _ => Name::Full {
            key: folded.join(" "),
            surname,
        },
    };
    Read { name, shown, kind }
}

impl Name {
    /// The surname, for a name that has one.
    pub fn surname(&self) -> Option<&str> {
        match self {
            Name::Full { surname, .. }
            | Name::Bare { surname }
            | Name::Initialled { surname, .. } => Some(surname),
            Name::Other { .. } => None,
        }
    }

    /// The key a name is its own person under, when no rule merges it.
    pub fn key(&self) -> String {
        match self {
            Name::Full { key, .. } => format!("p:{key}"),
            Name::Bare { surname } => format!("s:{surname}"),
            Name::Initialled { initial, surname } => format!("i:{initial} {surname}"),
            Name::Other { key } => format!("o:{key}"),
        }
    }
}
