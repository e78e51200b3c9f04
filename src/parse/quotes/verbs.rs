//! Verbs of saying, pronouns, determiners and the small words around them, in
//! English, German, French, Spanish, Italian, Portuguese and Dutch (all lower case).

use super::lexicon;
use super::words::Word;

/// Phrases that name a source after them: `according to X`, `selon X`, `laut X`.
pub(crate) fn source_marker(w: &[Word<'_>]) -> Option<usize> {
    match w {
        [a, b, ..] if a.is_one_of(&["according"]) && b.is_one_of(&["to"]) => Some(2),
        [a, ..]
            if a.is_one_of(&[
                "selon", "laut", "zufolge", "según", "secondo", "segundo", "volgens",
            ]) =>
        {
            Some(1)
        }
        _ => None,
    }
}

/// German `„…“, so Berg.`: only right after a quotation, and only before a name.
pub(crate) fn is_so(w: &Word<'_>) -> bool {
    w.is_one_of(&["so", "aldus"])
}

pub(crate) fn is_speech(w: &Word<'_>) -> bool {
    w.is_in(&lexicon::SPEECH)
}

/// `saying`, `adding`: a verb of saying that shares the subject of the clause before.
pub(crate) fn is_participle(w: &Word<'_>) -> bool {
    w.is_one_of(&[
        "saying",
        "adding",
        "noting",
        "arguing",
        "insisting",
        "warning",
        "telling",
        "writing",
        "explaining",
        "stressing",
        "declaring",
    ])
}

/// Prepositions that a subject never follows (`nach Italien erzählt`).
pub(crate) fn is_preposition(w: &Word<'_>) -> bool {
    w.is_one_of(&[
        "in", "at", "to", "from", "of", "on", "with", "into", "near", "nach", "von", "aus", "mit",
        "bei", "zu", "im", "à", "dans", "pour", "en", "avec",
    ])
}

/// Words joining a second verb to the subject of the first (`… and added:`).
pub(crate) fn is_conjunction(w: &Word<'_>) -> bool {
    w.is_one_of(&["and", "und", "et", "y", "e", "en"])
}

/// Words that may open a sentence before its subject (`But he said`).
pub(crate) fn is_connective(w: &Word<'_>) -> bool {
    w.is_one_of(&[
        "but",
        "and",
        "yet",
        "so",
        "however",
        "meanwhile",
        "still",
        "then",
        "now",
        "later",
        "also",
        "aber",
        "doch",
        "mais",
        "pero",
        "ma",
        "maar",
    ])
}

pub(crate) fn is_auxiliary(w: &Word<'_>) -> bool {
    w.is_in(&lexicon::AUXILIARY)
}

pub(crate) fn is_adverb(w: &Word<'_>) -> bool {
    w.is_in(&lexicon::ADVERBS)
}

pub(crate) fn is_pronoun(w: &Word<'_>) -> bool {
    w.is_in(&lexicon::PRONOUNS)
}

pub(crate) fn is_determiner(w: &Word<'_>) -> bool {
    w.is_in(&lexicon::DETERMINERS)
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    #[test]
    fn verbs_in_three_languages() {
        for v in ["said", "Told", "sagte", "erklärte", "déclaré", "affirme"] {
            assert!(is_speech(&words(v)[0]), "{v}");
        }
        assert!(!is_speech(&words("walked")[0]));
    }

    #[test]
    fn source_markers() {
        assert_eq!(source_marker(&words("according to the ministry")), Some(2));
        assert_eq!(source_marker(&words("Selon le maire")), Some(1));
        assert_eq!(source_marker(&words("according the")), None);
    }

    #[test]
    fn small_word_lists() {
        assert!(is_pronoun(&words("She")[0]));
        assert!(is_determiner(&words("die")[0]));
        assert!(is_auxiliary(&words("a")[0]));
        assert!(is_adverb(&words("later")[0]));
    }
}
