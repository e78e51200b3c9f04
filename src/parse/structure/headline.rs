//! The headline block of plain text: kicker, headline, standfirst, byline.
//!
//! Read from the first paragraphs, in this order, each optional:
//! - **kicker**: 1–3 words without final punctuation, or a row of page navigation
//!   (`Latest news | World | Business`, never a headline), directly above a headline
//!   with more words and at least twice its length; a run of up to four such lines
//!   (breadcrumbs: `News` / `UK politics`) is one kicker joined with ` › `;
//! - **headline**: up to 30 words, not ending in `.`, `,`, `;` or `:` (or their East
//!   Asian forms); not a byline, date line, dateline or trailer. When the first
//!   paragraph is none of these, the article has no title (empty) and the paragraph
//!   is body text;
//! - **standfirst**: one sentence (up to 60 words) under the headline, that either is
//!   followed by a byline or a dateline paragraph, or has no final full stop and at
//!   least 4 words;
//! - **byline** (see [`super::byline`]).
//!
//! Publication-date lines ([`super::published`]) between these are passed over and
//! stay in the body, in front of it.

use super::byline::is_byline;
use super::dateline;
use super::paragraphs::Piece;
use super::published::date_line;
use super::text::{ends_plain, ends_sentence, words, words_upto};
use super::trailer::is_trailer;

/// What the head of a plain-text article holds, and where its body starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Head {
    pub kicker: Option<String>,
    pub title: String,
    pub standfirst: Option<String>,
    pub byline: Option<String>,
    /// Index of the first body piece.
    pub body_start: usize,
    /// Date lines inside the head (indices of pieces): they open the body.
    pub kept: Vec<usize>,
}

/// Read the head block from the first pieces.
pub fn split(pieces: &[Piece]) -> Head {
    let mut i = pieces
        .iter()
        .take_while(|p| **p == Piece::Separator)
        .count();
    let para = |k: usize| match pieces.get(k) {
        Some(Piece::Paragraph(t)) => Some(t.as_str()),
        _ => None,
    };
    let mut head = Head::default();
    let skip_dates = |i: &mut usize, kept: &mut Vec<usize>| {
        while para(*i).is_some_and(|p| date_line(p).is_some()) {
            kept.push(*i);
            *i += 1;
        }
    };
    skip_dates(&mut i, &mut head.kept);
    let run = (i..i + MAX_KICKERS)
        .take_while(|&k| para(k).is_some_and(is_kicker))
        .count();
    for n in (1..=run).rev() {
        let kickers: Vec<&str> = (i..i + n).filter_map(para).collect();
        let most_words = kickers.iter().map(|k| words(k)).max().unwrap_or(0);
        let longest = kickers.iter().map(|k| k.chars().count()).max().unwrap_or(0);
        if para(i + n).is_some_and(|h| {
            is_headline(h)
                && words_upto(h, most_words) > most_words
                && longest * 2 <= h.chars().count()
        }) {
            head.kicker = Some(kickers.join(" › "));
            i += n;
            break;
        }
    }
    if let Some(p) = para(i).filter(|p| is_headline(p)) {
        p.clone_into(&mut head.title);
        i += 1;
        skip_dates(&mut i, &mut head.kept);
        let mut next = i + 1;
        skip_dates(&mut next, &mut Vec::new());
        if let Some(p) = para(i).filter(|p| is_standfirst(p))
            && para(next).is_some_and(|next| {
                is_byline(next)
                    || dateline::find(next).is_some()
                    || (!ends_sentence(p) && words_upto(p, 4) >= 4)
            })
        {
            head.standfirst = Some(p.to_owned());
            i += 1;
            skip_dates(&mut i, &mut head.kept);
        }
        if let Some(p) = para(i).filter(|p| is_byline(p)) {
            head.byline = Some(p.to_owned());
            i += 1;
            skip_dates(&mut i, &mut head.kept);
        }
    }
    head.body_start = i;
    head
}

/// Most breadcrumb lines joined into one kicker.
const MAX_KICKERS: usize = 4;

pub(crate) fn is_kicker(text: &str) -> bool {
    ((1..=3).contains(&words_upto(text, 3)) && text.chars().count() <= 40 && ends_plain(text)
        || is_nav_row(text))
        && !is_byline(text)
}

/// Separators of a row of page navigation.
const NAV_SEPARATORS: &[&str] = &[" | ", " › ", " > ", " · ", " / "];

/// A row of page navigation (`Latest news | World | Business`): two or more short
/// segments (up to three words each) between separators. It is a kicker, never
/// the headline.
pub(crate) fn is_nav_row(text: &str) -> bool {
    // Every separator holds one of these bytes (`›` ends in 0xBA, `·` in 0xB7):
    // text without any is one segment, no row.
    let may_separate = |b: u8| matches!(b, b'|' | b'>' | b'/' | 0xB7 | 0xBA);
    text.len() <= 4 * 80
        && text.bytes().any(may_separate)
        && text.chars().count() <= 80
        && NAV_SEPARATORS.iter().any(|sep| {
            let mut n = 0;
            text.split(sep).all(|seg| {
                n += 1;
                (1..=3).contains(&words_upto(seg, 3)) && ends_plain(seg)
            }) && n >= 3
        })
}

pub(crate) fn is_headline(text: &str) -> bool {
    !is_nav_row(text)
        && (1..=30).contains(&words_upto(text, 30))
        && text.chars().count() <= 300
        && !text.ends_with(['.', ',', ';', ':', '。', '、', '，', '；', '：'])
        && !is_byline(text)
        && !is_trailer(text)
        && date_line(text).is_none()
        && dateline::find(text).is_none()
}

fn is_standfirst(text: &str) -> bool {
    (1..=60).contains(&words_upto(text, 60))
        && at_most_one_sentence(text)
        && !is_trailer(text)
        && !is_byline(text)
        && dateline::find(text).is_none()
}

/// One sentence or none: sentence boundaries inside the text (`.`, `!` or `?`
/// followed by a space and a capital), plus one for a final sentence end,
/// counted up to two. A body paragraph is a few sentences.
fn at_most_one_sentence(text: &str) -> bool {
    let inner = text
        .bytes()
        .enumerate()
        .filter(|&(i, b)| {
            matches!(b, b'.' | b'!' | b'?')
                && text.get(i + 1..).is_some_and(|r| {
                    r.starts_with(' ') && r.trim_start().starts_with(char::is_uppercase)
                })
        })
        .take(2)
        .count();
    inner + usize::from(ends_sentence(text)) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(lines: &[&str]) -> Head {
        split(
            &lines
                .iter()
                .map(|l| Piece::Paragraph((*l).to_owned()))
                .collect::<Vec<_>>(),
        )
    }

    const BODY: &str = "The harbour closed on Tuesday. Ferries went south.";

    #[test]
    fn kicker_headline_standfirst_byline() {
        let h = head(&[
            "World",
            "Storm closes every port along the northern coast",
            "Ferries are sent south as inspectors check the sea walls",
            "By Jane Doe",
            BODY,
        ]);
        assert_eq!(h.kicker.as_deref(), Some("World"));
        assert_eq!(h.title, "Storm closes every port along the northern coast");
        assert_eq!(
            h.standfirst.as_deref(),
            Some("Ferries are sent south as inspectors check the sea walls")
        );
        assert_eq!(h.byline.as_deref(), Some("By Jane Doe"));
        assert_eq!(h.body_start, 4);
    }

    #[test]
    fn breadcrumb_lines_make_one_kicker() {
        let h = head(&[
            "News",
            "UK politics",
            "Ministers promise faster rail links for towns",
            BODY,
        ]);
        assert_eq!(h.kicker.as_deref(), Some("News › UK politics"));
        assert_eq!(h.title, "Ministers promise faster rail links for towns");
        let h = head(&["World", "Storm warning", BODY]);
        assert_eq!(h.kicker.as_deref(), Some("World"));
        assert_eq!(h.title, "Storm warning");
    }

    #[test]
    fn standfirst_with_full_stop_needs_a_byline_or_dateline_after_it() {
        let h = head(&["Storm closes ports", "The sea walls cracked.", BODY]);
        assert_eq!(h.standfirst, None);
        assert_eq!(h.body_start, 1);
        let h = head(&[
            "Storm closes ports",
            "The sea walls cracked.",
            "OSLO (Reuters) - Text.",
        ]);
        assert_eq!(h.standfirst.as_deref(), Some("The sea walls cracked."));
    }

    #[test]
    fn date_lines_are_passed_over_and_kept() {
        let h = head(&[
            "Storm closes ports",
            "14 March 2026",
            "By Jane Doe",
            "Updated 10:32 14 March",
            BODY,
        ]);
        assert_eq!(h.byline.as_deref(), Some("By Jane Doe"));
        assert_eq!(h.kept, [1, 3]);
        assert_eq!(h.body_start, 4);
    }

    #[test]
    fn body_first_means_no_title() {
        let h = head(&["LONDON (Reuters) - Prices rose.", BODY]);
        assert_eq!(h.title, "");
        assert_eq!(h.body_start, 0);
        let h = head(&[BODY]);
        assert_eq!(h.title, "");
    }

    #[test]
    fn short_headline_without_longer_line_is_not_a_kicker() {
        let h = head(&["Storm warning", BODY]);
        assert_eq!(h.kicker, None);
        assert_eq!(h.title, "Storm warning");
    }
}
