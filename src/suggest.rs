//! "Did you mean …?": the closest of a few known names to a misspelt one.
//!
//! Shared by the config (keys and sections), key names ([`crate::keymap`]) and
//! colour names ([`crate::theme`]), so it sits below all of them.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (strsim::osa_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("thme", ["theme", "keys"]), Some("theme"));
        assert_eq!(suggest("fgg", ["fg", "bg"]), Some("fg"));
        assert_eq!(suggest("zzzz", ["theme", "keys"]), None);
    }
}
