//! Bylines: `By Jane Doe`, `By Jane Doe and Max Roe`, `Jane Doe, Correspondent`.

use super::text::{ends_sentence, starts_upper};

/// Words that open a byline, in the languages the reader knows.
const BY: &[&str] = &["By ", "BY ", "by ", "Von ", "Par "];

/// Words that name a newsroom role after `Name, ...`.
const ROLES: &[&str] = &[
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "columnist",
    "journalist",
    "staff",
    "bureau",
    "analyst",
    "critic",
    "contributor",
    "reporting",
];

/// Small words allowed between the names of a byline.
const JOINERS: &[&str] = &[
    "and", "&", "und", "et", "in", "de", "van", "von", "der", "da", "le", "la", "|",
];

/// The line is a byline.
pub(crate) fn is_byline(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 400 || t.chars().count() > 100 || (ends_sentence(t) && !ends_initial(t)) {
        return false;
    }
    if let Some(names) = BY.iter().find_map(|p| t.strip_prefix(p)) {
        return is_names(names) || is_name_and_role(names);
    }
    is_name_and_role(t)
}

/// `Jane Doe, Europe correspondent`.
fn is_name_and_role(t: &str) -> bool {
    let Some((name, role)) = t.split_once(", ") else {
        return false;
    };
    is_names(name)
        && name.split_whitespace().count() <= 4
        && role.split_whitespace().count() <= 6
        && {
            let role = role.to_lowercase();
            ROLES.iter().any(|r| role.contains(r))
        }
}

/// Ends with an initial like `J.` (a name, not a sentence end).
fn ends_initial(t: &str) -> bool {
    let last = t.split_whitespace().next_back().unwrap_or("");
    last.len() <= 3 && last.ends_with('.') && starts_upper(last)
}

/// `Jane Doe`, `Jane Doe and Max Roe`, `Ana de la Cruz, Li Wei`: capitalised words,
/// joiners and commas; at most ten words.
fn is_names(text: &str) -> bool {
    let mut words = 0;
    text.split_whitespace().all(|w| {
        words += 1;
        let bare = w.trim_end_matches(',');
        words <= 10
            && (words > 1 || starts_upper(w))
            && (starts_upper(bare) || JOINERS.contains(&bare))
    }) && words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_lines() {
        assert!(is_byline("By Jane Doe"));
        assert!(is_byline("By Jane Doe and Max Roe"));
        assert!(is_byline("By Ana de la Cruz, Li Wei and Tom O'Neill"));
        assert!(is_byline("BY JANE DOE"));
        assert!(is_byline("Von Anna Berg"));
    }

    #[test]
    fn name_and_role() {
        assert!(is_byline("Jane Doe, Europe Correspondent"));
        assert!(is_byline("Max Roe, Staff Writer"));
        assert!(is_byline("By Sarah Lane, Political correspondent"));
        assert!(!is_byline("Jane Doe, who lives nearby"));
    }

    #[test]
    fn names_are_capitalised_words_and_joiners_up_to_ten() {
        assert!(is_names("Ana de la Cruz, Li Wei"));
        assert!(is_names(&"Jane ".repeat(10)));
        assert!(!is_names(&"Jane ".repeat(11)));
        assert!(!is_names("de la Cruz"));
        assert!(!is_names(", Jane"));
        assert!(!is_names(" "));
    }

    #[test]
    fn sentences_are_not_bylines() {
        assert!(!is_byline("By the way, the port is closed."));
        assert!(!is_byline("By noon the streets were empty"));
        assert!(!is_byline("Storm closes ports"));
        assert!(!is_byline(""));
    }
}
