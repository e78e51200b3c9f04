//! Attribution patterns, pronouns and the cases where no speaker may be guessed.

use crate::article::{Block, Section};
use crate::parse::quotes::find;

mod titles;

fn speakers(paras: &[&str]) -> Vec<(String, Option<String>)> {
    let sections = vec![Section {
        heading: None,
        blocks: paras.iter().map(|p| Block::paragraph(*p)).collect(),
    }];
    find(&sections)
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

/// Speakers in order, "-" for none.
fn who(paras: &[&str]) -> Vec<String> {
    speakers(paras)
        .into_iter()
        .map(|(_, s)| s.unwrap_or_else(|| "-".into()))
        .collect()
}

#[test]
fn said_name_after_the_quote() {
    assert_eq!(
        who(&["“We are ready,” said Jane Doe, a spokeswoman."]),
        ["Jane Doe"]
    );
    assert_eq!(who(&["\"We are ready,\" Jane Doe said."]), ["Jane Doe"]);
    assert_eq!(
        who(&["\"We are ready,\" Jane Doe, the mayor, said on Monday."]),
        ["Jane Doe"]
    );
}

#[test]
fn name_said_before_the_quote() {
    assert_eq!(who(&["Jane Doe said: \"We are ready.\""]), ["Jane Doe"]);
    assert_eq!(
        who(&["Later, Jane Doe told reporters on Monday: \"We are ready.\""]),
        ["Jane Doe"]
    );
    assert_eq!(who(&["Tom Reed called it \"a disgrace\"."]), ["Tom Reed"]);
    assert_eq!(
        who(&["Tom Reed warned that \"nothing is settled\"."]),
        ["Tom Reed"]
    );
    assert_eq!(
        who(&["Anna Berg, the foreign minister, wrote: \"No.\""]),
        ["Anna Berg"]
    );
}

#[test]
fn pronouns_refer_to_the_last_person_named_by_full_name() {
    assert_eq!(
        who(&[
            "Mayor Lena Holt opened the bridge on Friday.",
            "\"It took too long,\" she said. \"But it is done.\"",
        ]),
        ["Lena Holt", "Lena Holt"]
    );
    assert_eq!(
        who(&[
            "Lena Holt, 52, spoke first. Then Omar Reyes, a builder, spoke.",
            "\"We worked at night,\" he added.",
        ]),
        ["Omar Reyes"]
    );
    assert_eq!(
        who(&["Lena Holt, the mayor, waved.", "\"Thanks,\" Holt said."]),
        ["Lena Holt"]
    );
}

#[test]
fn pronoun_without_a_person_is_no_speaker() {
    assert_eq!(who(&["\"It rained,\" she said."]), ["-"]);
}

#[test]
fn names_inside_quotes_are_not_antecedents() {
    assert_eq!(
        who(&[
            "Tom Reed, 40, arrived.",
            "\"I met Jane Doe, 41, there,\" he said."
        ]),
        ["Tom Reed"]
    );
}

#[test]
fn according_to_and_noun_phrases() {
    assert_eq!(
        who(&["According to the ministry, \"no one was hurt\"."]),
        ["the ministry"]
    );
    assert_eq!(
        who(&["\"No one was hurt,\" according to the ministry."]),
        ["the ministry"]
    );
    assert_eq!(
        who(&["\"We will see,\" the minister said."]),
        ["the minister"]
    );
    assert_eq!(
        who(&["\"We will see,\" said a spokesman for the council."]),
        ["a spokesman for the council"]
    );
    assert_eq!(
        who(&["The Health Ministry said: \"Stay home.\""]),
        ["the Health Ministry"]
    );
}

#[test]
fn german_attribution() {
    assert_eq!(who(&["„Wir sind bereit“, sagte Anna Berg."]), ["Anna Berg"]);
    assert_eq!(who(&["„Wir sind bereit“, so Berg."]), ["Berg"]);
    assert_eq!(
        who(&["Anna Berg erklärte: „Das geht nicht.“"]),
        ["Anna Berg"]
    );
    assert_eq!(who(&["Dazu sagte Berg: „Nein.“"]), ["Berg"]);
    assert_eq!(
        who(&[
            "Ministerin Anna Berg kam spät.",
            "„Es tut mir leid“, betonte sie."
        ]),
        ["Anna Berg"]
    );
}

#[test]
fn french_attribution() {
    assert_eq!(
        who(&["« Nous partons », a déclaré Pierre Dubois."]),
        ["Pierre Dubois"]
    );
    assert_eq!(
        who(&["Pierre Dubois a déclaré : « Nous partons. »"]),
        ["Pierre Dubois"]
    );
    assert_eq!(
        who(&["Selon Pierre Dubois, « rien ne change »."]),
        ["Pierre Dubois"]
    );
    assert_eq!(
        who(&[
            "Le maire Pierre Dubois, 60 ans, est venu.",
            "« Merci », a-t-il dit."
        ]),
        ["Pierre Dubois"]
    );
    assert_eq!(
        who(&[
            "La ministre Claire Fontaine est arrivée.",
            "« Enfin », affirme-t-elle."
        ]),
        ["Claire Fontaine"]
    );
}

#[test]
fn no_speaker_is_guessed() {
    assert_eq!(who(&["The sign said \"closed\"."]), ["-"]);
    assert_eq!(who(&["\"Closed.\" The shop stayed dark."]), ["-"]);
    assert_eq!(who(&["\"Closed.\" Officials said little."]), ["-"]);
    assert_eq!(who(&["Many called the plan \"dead\"."]), ["-"]);
    assert_eq!(who(&["The word \"closed\" was painted on it."]), ["-"]);
}

#[test]
fn nested_quotes_have_no_speaker_unless_attributed() {
    let got = speakers(&["\"He told me 'never',\" Jane Doe said."]);
    assert_eq!(got[0].1.as_deref(), Some("Jane Doe"));
    assert_eq!(got[1].1, None);
    let got = speakers(&["\"Then Tom Reed said 'wait' to us,\" Jane Doe said."]);
    assert_eq!(got[1].1.as_deref(), Some("Tom Reed"));
}

#[test]
fn interrupted_and_continued_quotes_share_the_speaker() {
    assert_eq!(
        who(&["\"We will,\" said Jane Doe, \"win.\""]),
        ["Jane Doe", "Jane Doe"]
    );
    assert_eq!(
        who(&["\"We will,\" said Jane Doe. \"We must.\" Then Tom Reed left. \"Why?\""]),
        ["Jane Doe", "Jane Doe", "-"]
    );
}

#[test]
fn multi_paragraph_attribution_in_the_first_paragraph() {
    assert_eq!(
        who(&["Jane Doe said: \"We will go.", "\"And we will return.\""]),
        ["Jane Doe"]
    );
}

#[test]
fn a_full_name_after_a_role_wins() {
    assert_eq!(
        who(&["\"We are ready,\" said the minister, Anna Berg."]),
        ["Anna Berg"]
    );
    assert_eq!(
        who(&["\"No,\" the spokesman for the ministry, Jan Kowalski, said."]),
        ["Jan Kowalski"]
    );
    assert_eq!(
        who(&["\"What now?\" the reporter asked."]),
        ["the reporter"]
    );
}

#[test]
fn unknown_lone_surname_opening_a_sentence_is_not_trusted() {
    assert_eq!(who(&["Trump said: \"No.\""]), ["-"]);
    assert_eq!(who(&["\"No,\" Trump said."]), ["Trump"]);
}

#[test]
fn a_person_named_after_a_role() {
    assert_eq!(
        who(&["\"We planted trees,\" said the trust's coordinator, Daniel Price."]),
        ["Daniel Price"]
    );
    assert_eq!(
        who(&["\"We planted trees,\" said Daniel Price, the trust's coordinator."]),
        ["Daniel Price"]
    );
    assert_eq!(
        who(&["\"No more,\" the coordinator, Daniel Price, said."]),
        ["Daniel Price"]
    );
    assert_eq!(
        who(&["\"We are done,\" said a spokeswoman, Lena Ortiz."]),
        ["Lena Ortiz"]
    );
    assert_eq!(
        who(&["\"We wait,\" said the Foreign Minister Anna Berg."]),
        ["Anna Berg"]
    );
    assert_eq!(
        who(&["The Foreign Minister Anna Berg said: \"We wait.\""]),
        ["Anna Berg"]
    );
    // A role without a name stays a role; an unknown one names no one.
    assert_eq!(
        who(&["\"We planted trees,\" said the trust's coordinator."]),
        ["the trust's coordinator"]
    );
    assert_eq!(who(&["\"Closed,\" said the old sign, in red."]), ["-"]);
}

#[test]
fn german_roles_before_names() {
    assert_eq!(
        who(&["„Wir wollten einen Ort schaffen“, sagte die Leiterin Sabine Krüger."]),
        ["Sabine Krüger"]
    );
    assert_eq!(
        who(&["„Das Ministerium prüft“, sagte der Sprecher des Ministeriums, Jan Berg."]),
        ["Jan Berg"]
    );
    assert_eq!(
        who(&["„Wir bauen“, erklärte Bürgermeisterin Anna Vogel."]),
        ["Anna Vogel"]
    );
    assert_eq!(
        who(&["Die Leiterin Sabine Krüger sagte: „Wir öffnen.“"]),
        ["Sabine Krüger"]
    );
    assert_eq!(
        who(&["„Es bleibt“, sagte die Leiterin der Bibliothek."]),
        ["die Leiterin der Bibliothek"]
    );
    assert_eq!(who(&["Mit dem Andrang sagte: „Nein.“"]), ["-"]);
}

#[test]
fn french_roles_before_names() {
    assert_eq!(
        who(&["« Nous partons », a déclaré la maire, Claire Dubois."]),
        ["Claire Dubois"]
    );
    assert_eq!(
        who(&["Selon le ministre Paul Henry, « rien ne change »."]),
        ["Paul Henry"]
    );
    assert_eq!(
        who(&["« Rien ne change », selon le ministre Paul Henry."]),
        ["Paul Henry"]
    );
}

#[test]
fn japanese_roles_speak() {
    assert_eq!(
        who(&["館長は「海を見ながら本を読める場所にしたかった」と話した。"]),
        ["館長"]
    );
    assert_eq!(who(&["市長は「予算は足りている」と述べた。"]), ["市長"]);
}

#[test]
fn roles_without_determiners_and_longer_clauses() {
    assert_eq!(
        who(&["\"Heat is an emergency,\" said council member Delia Vance. \"We act.\""]),
        ["Delia Vance", "Delia Vance"]
    );
    assert_eq!(
        who(&["\"Levels fell,\" deputy head of the department Pavel Ignatov told reporters."]),
        ["Pavel Ignatov"]
    );
    assert_eq!(
        who(&["« Oui », a déclaré l’adjointe à la culture, Nathalie Bruyère, hier."]),
        ["Nathalie Bruyère"]
    );
    assert_eq!(
        who(&[concat!(
            "\"It smelled,\" said Solveig Tvedt, the port's technical director, standing ",
            "under the first of the new cranes as it swung a container onto a trailer. ",
            "\"Now it is quiet.\""
        )]),
        ["Solveig Tvedt", "Solveig Tvedt"]
    );
    assert_eq!(
        who(&["「最初は震えていました」と西田さんは話す。"]),
        ["西田"]
    );
}

#[test]
fn places_months_and_possessives_are_not_antecedents() {
    assert_eq!(
        who(&[
            "Erlend Myking arrived at Bergen's Dokken quay.",
            "\"It works,\" he said."
        ]),
        ["Erlend Myking"]
    );
    assert_eq!(
        who(&[
            "Rui Carvalho Pinto said trams restored in Santo Amaro would run.",
            "\"Go,\" he said."
        ]),
        ["Rui Carvalho Pinto"]
    );
    assert_eq!(
        who(&[
            "Anna Vogel kam. Es bleibt in den Wintern von November bis März offen.",
            "„Gut“, sagte sie."
        ]),
        ["Anna Vogel"]
    );
    assert_eq!(
        who(&["Eine Frau hat mir gesagt: „Das ist meine Therapie.“"]),
        ["-"]
    );
}

#[test]
fn attribution_looks_back_a_bounded_number_of_quotations() {
    // Each paragraph holds one quotation: finding the bounds of each must not walk
    // back over all the earlier ones (that made parsing quadratic).
    let n = 2_000;
    let paras: Vec<String> = (0..n)
        .map(|i| format!("Item {i} came up. \"We will decide on {i},\" said Anna Berg."))
        .collect();
    let sections = vec![Section {
        heading: None,
        blocks: paras.iter().map(|p| Block::paragraph(p.as_str())).collect(),
    }];
    super::WALKED.with(|w| w.set(0));
    let quotes = crate::parse::quotes::find(&sections);
    assert_eq!(quotes.len(), n);
    let walked = super::WALKED.with(std::cell::Cell::get);
    assert!(
        walked <= 4 * n,
        "walked back over {walked} quotations for {n}"
    );
}
