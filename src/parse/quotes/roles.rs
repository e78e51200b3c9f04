//! A person named after their role: "the Foreign Minister Anna Berg", "le
//! ministre Paul Henry", "die Leiterin Sabine Krüger", "deputy head of the
//! department Pavel Ignatov", "l’adjointe à la culture, Nathalie Bruyère".

use super::lexicon;
use super::names::{self, Name};
use super::verbs;
use super::words::{Gap, Word};

/// Lower-case words a role may run over before the name.
const MAX_ROLE: usize = 7;

/// A determiner, or a French word with an elided article (`l’adjointe`).
pub(crate) fn opens_phrase(w: &Word<'_>) -> bool {
    verbs::is_determiner(w) || elided_article(w.text)
}

fn elided_article(word: &str) -> bool {
    let mut c = word.chars();
    matches!(c.next(), Some('l' | 'L'))
        && matches!(c.next(), Some('\'' | '’'))
        && c.next().is_some_and(char::is_alphabetic)
}

/// Pronouns a verb may take between subject and verb (`hat mir gesagt`).
pub(crate) fn is_object_pronoun(w: &Word<'_>) -> bool {
    w.is_one_of(&["mir", "mich", "uns", "ihm", "ihnen", "lui", "leur"])
}

/// "the Foreign Minister Anna Berg", "le ministre Paul Henry": a determiner at
/// `k`, titles, then the person's name.
pub(crate) fn titled_after_determiner<'a>(
    text: &'a str,
    w: &[Word<'_>],
    k: usize,
) -> Option<Name<'a>> {
    w.get(k).filter(|x| verbs::is_determiner(x))?;
    let mut m = k + 1 + age(w, k + 1);
    while w
        .get(m)
        .is_some_and(|x| !x.capitalised() && names::is_title(x) && x.gap == Gap::Space)
    {
        m += 1;
    }
    if !w.get(m).is_some_and(|x| x.gap == Gap::Space) {
        return None;
    }
    // "der Sportmediziner Andreas Kälin": a German noun of agent, then a full name.
    if m == k + 1
        && w.get(k).is_some_and(|x| x.is_one_of(&["der", "die"]))
        && w.get(m).is_some_and(|x| {
            x.capitalised() && (x.text.ends_with("er") || x.text.ends_with("erin"))
        })
        && w.get(m + 1).is_some_and(|x| x.gap == Gap::Space)
        && let Some(n) = names::forward(text, w, m + 1).filter(Name::full_person_name)
    {
        return Some(n);
    }
    // "die Leiterin der Bibliothek" has no name in it.
    names::forward(text, w, m).filter(|n| {
        n.person()
            && (n.titled || m > k + 1)
            && n.text.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Words after the first of an age (`25-jährige`, `25-year-old`, `25 ans`): the
/// number of words from `m` that give it, 0 when none does.
fn age(w: &[Word<'_>], m: usize) -> usize {
    let number = w
        .get(m)
        .is_some_and(|x| x.text.bytes().all(|b| b.is_ascii_digit()));
    let unit = |i: usize| {
        w.get(i).is_some_and(|x| {
            x.is_one_of(&[
                "jährige",
                "jähriger",
                "jährigen",
                "year",
                "ans",
                "años",
                "anni",
                "anos",
                "jarige",
            ])
        })
    };
    if !number || !unit(m + 1) {
        return 0;
    }
    if w.get(m + 2)
        .is_some_and(|x| x.gap == Gap::Hyphen && x.is_one_of(&["old"]))
    {
        3
    } else {
        2
    }
}

/// "council member Delia Vance", "deputy head of the department Pavel Ignatov":
/// lower-case words from `k`, one of them a title or role, then a full name.
pub(crate) fn role_then_name<'a>(text: &'a str, w: &[Word<'_>], k: usize) -> Option<Name<'a>> {
    let mut m = k;
    while m < k + MAX_ROLE
        && w.get(m).is_some_and(|x| {
            !x.capitalised() && (m == k || x.gap == Gap::Space) && !verbs::is_speech(x)
        })
    {
        m += 1;
    }
    let role = w.get(k..m)?;
    if role.is_empty() || !w.get(m).is_some_and(|x| x.gap == Gap::Space) {
        return None;
    }
    // The name first: it is rarer than role words, and cheaper to rule out.
    let name =
        names::forward(text, w, m).filter(|n| n.full_person_name() || (n.titled && n.person()))?;
    (!verbs::is_pronoun(role.first()?)
        && role
            .iter()
            .any(|x| names::is_title(x) || x.is_in(&lexicon::ROLES)))
    .then_some(name)
}

/// `Aviator star Alan Alda`, `Acme analyst Ann Lee`, `Ryanair deputy chief
/// executive Michael Cawley`: a capitalised modifier (a company, a film), a role,
/// then the person's full name. The person speaks, not the modifier.
pub(crate) fn behind_modifier<'a>(text: &'a str, w: &[Word<'_>], k: usize) -> Option<Name<'a>> {
    behind(text, w, names::forward(text, w, k).as_ref())
}

/// [`behind_modifier`] given what [`names::forward`] reads at the modifier's word.
pub(crate) fn behind<'a>(
    text: &'a str,
    w: &[Word<'_>],
    modifier: Option<&Name<'_>>,
) -> Option<Name<'a>> {
    let modifier = modifier.filter(|n| n.words() <= 3 && !n.titled)?;
    if !w
        .get(modifier.last + 1)
        .is_some_and(|x| x.gap == Gap::Space)
    {
        return None;
    }
    role_then_name(text, w, modifier.last + 1)
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn role_name(text: &str) -> Option<String> {
        role_then_name(text, &words(text), 0).map(|n| n.text.to_string())
    }

    #[test]
    fn roles_run_up_to_a_full_name() {
        assert_eq!(
            role_name("council member Delia Vance said").as_deref(),
            Some("Delia Vance")
        );
        assert_eq!(
            role_name("deputy head of the department Pavel Ignatov told").as_deref(),
            Some("Pavel Ignatov")
        );
        assert_eq!(
            role_name("committee chair Tor-Arne Sollid said").as_deref(),
            Some("Tor-Arne Sollid")
        );
        assert_eq!(role_name("the old sign on Main Street"), None);
        assert_eq!(role_name("he told Jane Doe"), None);
        assert_eq!(role_name("chair Smith said"), None);
    }

    #[test]
    fn a_modifier_before_the_role_is_not_the_speaker() {
        for (text, name) in [
            ("Skyline star Rosa Delgado said", "Rosa Delgado"),
            ("Acme analyst Ann Lee said", "Ann Lee"),
            (
                "Northjet deputy chief executive Ola Brenna told",
                "Ola Brenna",
            ),
        ] {
            let got = behind_modifier(text, &words(text), 0).map(|n| n.text);
            assert_eq!(got, Some(name), "{text}");
        }
        let t = "Harbour Board said";
        assert_eq!(behind_modifier(t, &words(t), 0), None);
    }

    #[test]
    fn an_age_after_the_determiner() {
        for t in ["die 25-jährige Lea Brandt", "the 52-year-old Tom Hale"] {
            let n = titled_after_determiner(t, &words(t), 0).map(|n| n.text);
            assert!(
                n.is_some_and(|n| n.ends_with("Brandt") || n.ends_with("Hale")),
                "{t}"
            );
        }
    }

    #[test]
    fn german_nouns_of_agent_before_names() {
        let t = "sagte der Sportmediziner Andreas Kälin vom Stadtspital";
        let n = titled_after_determiner(t, &words(t), 1).map(|n| n.text);
        assert_eq!(n, Some("Andreas Kälin"));
        let t = "sagte die Leipziger Volkszeitung";
        assert_eq!(titled_after_determiner(t, &words(t), 1), None);
        let t = "sagte die Neue Zürcher Zeitung";
        assert_eq!(titled_after_determiner(t, &words(t), 1), None);
    }

    #[test]
    fn elided_articles_open_phrases() {
        assert!(elided_article("l’adjointe"));
        assert!(elided_article("L'avocat"));
        assert!(!elided_article("lui"));
    }
}
