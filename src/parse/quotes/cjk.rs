//! Japanese attribution: `山田花子さんは「…」と話した`. The speaker is the run of
//! kanji or katakana right before an honorific or title and the topic particle.

/// Honorifics and titles that follow a Japanese name.
const TITLES: &[&str] = &[
    "さん",
    "氏",
    "教授",
    "市長",
    "町長",
    "知事",
    "首相",
    "大臣",
    "大統領",
    "社長",
    "議員",
    "会長",
    "代表",
];

/// Role nouns that may speak on their own (`館長は「…」と話した`).
const ROLES: &[&str] = &[
    "館長",
    "市長",
    "町長",
    "村長",
    "知事",
    "首相",
    "大臣",
    "社長",
    "会長",
    "校長",
    "園長",
    "院長",
    "店長",
    "店主",
    "議長",
    "委員長",
    "理事長",
    "学長",
    "署長",
    "監督",
    "代表",
    "担当者",
];

/// The speaker named right before an opening corner bracket, if any.
pub(crate) fn speaker_before(before: &str) -> Option<String> {
    let t = before.trim_end();
    let t = t.strip_suffix('は').or_else(|| t.strip_suffix('が'))?;
    // A role standing alone ("館長は", "同市の市長は") is the speaker.
    if let Some(role) = ROLES.iter().find(|role| {
        t.strip_suffix(**role)
            .is_some_and(|rest| !rest.ends_with(name_char))
    }) {
        return Some((*role).to_string());
    }
    let t = TITLES.iter().find_map(|title| t.strip_suffix(title))?;
    let name_start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| name_char(c))
        .last()
        .map(|(i, _)| i)?;
    let name = t.get(name_start..)?;
    (2..=8)
        .contains(&name.chars().count())
        .then(|| name.to_string())
}

/// The speaker named right after a closing corner bracket: `」と西田さんは話す`.
pub(crate) fn speaker_after(after: &str) -> Option<String> {
    let t = after.trim_start().strip_prefix('と')?;
    let end = t
        .char_indices()
        .take(12)
        .find(|&(_, c)| matches!(c, 'は' | 'が'))
        .map(|(i, c)| i + c.len_utf8())?;
    speaker_before(t.get(..end)?)
}

/// Kanji, katakana (with its middle dot, as in マイク・スミス) and 々.
fn name_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}' | '々')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_before_honorific_and_particle() {
        assert_eq!(
            speaker_before("運営する山田花子さんは").as_deref(),
            Some("山田花子")
        );
        assert_eq!(speaker_before("佐藤市長が ").as_deref(), Some("佐藤"));
        assert_eq!(
            speaker_before("マイク・スミス氏は").as_deref(),
            Some("マイク・スミス")
        );
    }

    #[test]
    fn a_role_alone_speaks() {
        assert_eq!(speaker_before("館長は").as_deref(), Some("館長"));
        assert_eq!(speaker_before("。同市の市長は").as_deref(), Some("市長"));
        assert_eq!(speaker_before("佐藤市長は").as_deref(), Some("佐藤"));
        assert_eq!(speaker_before("副館長は"), None);
    }

    #[test]
    fn name_after_the_quote() {
        assert_eq!(speaker_after("と西田さんは話す。").as_deref(), Some("西田"));
        assert_eq!(speaker_after("と館長は話した。").as_deref(), Some("館長"));
        assert_eq!(speaker_after("と話した。"), None);
        assert_eq!(speaker_after("と書かれた看板が"), None);
    }

    #[test]
    fn no_honorific_no_speaker() {
        assert_eq!(speaker_before("近所に住む女性は"), None);
        assert_eq!(speaker_before("彼は"), None);
        assert_eq!(speaker_before("Anna said"), None);
    }
}
