//! Titles and ranks before a name are not part of it.

use super::who;

#[test]
fn titles_are_dropped_from_names() {
    assert_eq!(
        who(&["Foreign Minister Anna Berg said: \"We wait.\""]),
        ["Anna Berg"]
    );
    assert_eq!(
        who(&["\"We wait,\" said Foreign Minister Anna Berg."]),
        ["Anna Berg"]
    );
}

/// Military and police ranks, abbreviated or in full, go before the name and are
/// not it: a rank's full stop does not end the sentence.
#[test]
fn ranks_before_a_name_are_titles() {
    assert_eq!(
        who(&[
            "\"The strikes will go on,\" said Maj. Gen. Ilse Marten, a spokeswoman.",
            "\"We saw nothing,\" Brig. Gen. Ben Ode told reporters.",
            "\"It is calm,\" said Adm. Rui Sal.",
            "\"Keep back,\" Supt. Nia Holm said.",
            "\"Hold the line,\" said Lieutenant Colonel Ari Vos.",
        ]),
        ["Ilse Marten", "Ben Ode", "Rui Sal", "Nia Holm", "Ari Vos"]
    );
}
