//! Plain text to paragraphs.
//!
//! Lines are grouped by blank lines (a line of only spaces, no-break spaces or
//! zero-width spaces is blank; such a line's invisible characters are dropped). A
//! separator line stands alone. Inside a group a line break is either a soft wrap
//! (joined with a space) or a paragraph break:
//! - a group whose lines are longer than [`MAX_WRAP`] characters, whose lines mostly
//!   end a sentence, or whose lines after the first are mostly short (fewer than half
//!   reach two thirds of the widest: lists, page navigation) has one paragraph per
//!   line (files that separate paragraphs by single newlines);
//! - otherwise the group is hard-wrapped at its widest line `W`, and a break is a
//!   paragraph break only where the next line's first word would have fit within `W`
//!   (a greedy wrapper would have put it there), or where the next line opens a list
//!   item (`- `, `• `, `* `);
//! - a byline line, and a line that opens with a dateline, always stand apart;
//! - the first group of the file is the headline block when it has at most
//!   [`HEAD_LINES`] lines, each line after the first starts with a capital and none
//!   but the last ends a sentence (`Kicker` / `Headline` / `Standfirst` / `By ...`
//!   with no blank lines between): one paragraph per line.
//!
//! Only the first [`STAT_LINES`] lines of a group are used to decide its kind, so a
//! truncated head of a file splits the same way as the whole file.

use super::byline::is_byline;
use super::dateline;

/// Lines longer than this are not hard-wrapped text.
pub(crate) const MAX_WRAP: usize = 100;
/// Lines of a group looked at to decide how it is wrapped.
pub(crate) const STAT_LINES: usize = 24;
/// Longest headline block without blank lines.
pub(crate) const HEAD_LINES: usize = 6;

/// A piece of plain text: a paragraph or a separator line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Paragraph(String),
    Separator,
}

/// Split clean text into paragraphs and separators (see the module docs).
pub fn split(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut group: Vec<&str> = Vec::new();
    for line in super::text::lines_inclusive(text) {
        let t = line.trim();
        if super::text::is_blank(t) || super::text::is_separator(t) {
            let first = pieces.is_empty();
            split_group(&group, first, &mut pieces);
            group.clear();
            if !super::text::is_blank(t) {
                pieces.push(Piece::Separator);
            }
        } else {
            group.push(t);
        }
    }
    let first = pieces.is_empty();
    split_group(&group, first, &mut pieces);
    pieces
}

fn split_group(lines: &[&str], first_group: bool, pieces: &mut Vec<Piece>) {
    let Some((first, rest)) = lines.split_first() else {
        return;
    };
    if rest.is_empty() {
        pieces.push(Piece::Paragraph((*first).to_owned()));
        return;
    }
    let sample = lines.get(..STAT_LINES).unwrap_or(lines);
    let width = sample.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let inner = sample
        .get(..sample.len().saturating_sub(1))
        .unwrap_or_default();
    let sentence_ends = inner
        .iter()
        .filter(|l| super::text::ends_sentence(l))
        .count();
    let head = first_group
        && lines.len() <= HEAD_LINES
        && sentence_ends == 0
        && rest
            .iter()
            .all(|l| super::text::starts_upper(l) || l.starts_with(['"', '“', '‘', '\'']));
    // The first line may be a headline above the text: it does not count as short.
    let later = inner.get(1..).unwrap_or_default();
    let long = later
        .iter()
        .filter(|l| l.chars().count() * 3 >= width * 2)
        .count();
    let wrapped =
        !head && width <= MAX_WRAP && sentence_ends * 2 <= inner.len() && long * 2 >= later.len();
    let mut para = String::from(*first);
    let mut prev = *first;
    for &line in rest {
        if !wrapped || is_break(prev, line, width) {
            pieces.push(Piece::Paragraph(std::mem::take(&mut para)));
            para.push_str(line);
        } else {
            para.push(' ');
            para.push_str(line);
        }
        prev = line;
    }
    pieces.push(Piece::Paragraph(para));
}

/// In hard-wrapped text: the break after `prev` is a paragraph break.
fn is_break(prev: &str, next: &str, width: usize) -> bool {
    if is_byline(prev) || is_byline(next) || dateline::find(next).is_some() {
        return true;
    }
    if next.starts_with(['-', '•', '*', '–']) && next.chars().nth(1) == Some(' ') {
        return true;
    }
    let word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    prev.chars().count() + 1 + word <= width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        split(text)
            .into_iter()
            .map(|p| match p {
                Piece::Paragraph(t) => t,
                Piece::Separator => "<sep>".into(),
            })
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(texts("One.\n\n \u{a0}\nTwo.\n"), ["One.", "Two."]);
    }

    #[test]
    fn invisible_lines_are_blank() {
        assert_eq!(texts("One.\n\u{200b}\u{a0}\nTwo."), ["One.", "Two."]);
    }

    #[test]
    fn separators_stand_alone() {
        assert_eq!(texts("One.\n* * *\nTwo."), ["One.", "<sep>", "Two."]);
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The harbour authority closed the northern quay on Tuesday after\n\
                    inspectors found cracks in the sea wall, and ferries were sent to\n\
                    the southern terminal until further notice.\n\
                    Short line.";
        assert_eq!(
            texts(text),
            [
                "The harbour authority closed the northern quay on Tuesday after \
                 inspectors found cracks in the sea wall, and ferries were sent to \
                 the southern terminal until further notice.",
                "Short line."
            ]
        );
    }

    #[test]
    fn one_sentence_per_line_is_not_joined() {
        let text = "Storm closes the northern ports\n\
                    The harbour authority closed the northern quay on Tuesday after a storm.\n\
                    Inspectors found cracks in the sea wall and sent ferries south for now.\n\
                    The quay will reopen when repairs are finished, officials said on Monday.";
        assert_eq!(texts(text).len(), 4);
    }

    #[test]
    fn long_lines_are_paragraphs() {
        let long = "word ".repeat(30);
        let text = format!("{long}\n{long}\nTitle like line");
        assert_eq!(texts(&text).len(), 3);
    }

    #[test]
    fn headline_block_without_blank_lines() {
        let text = "Latest news\n\
                    French rail workers vote to extend strike into the holiday weekend\n\
                    Unions say talks with the operator broke down over pay\n\
                    By Claire Bonnet\n\
                    \n\
                    Body.";
        assert_eq!(texts(text).len(), 5);
    }

    #[test]
    fn byline_and_dateline_lines_stand_apart() {
        let text = "Museum reopens its glass gallery after restoration work\n\
                    Hana Kobayashi, Arts Correspondent\n\
                    PARIS (Reuters) - The museum reopened on Friday after work on the\n\
                    roof was finished.";
        assert_eq!(texts(text).len(), 3);
    }

    #[test]
    fn headline_above_wrapped_text_is_its_own_paragraph() {
        let text = "Storm closes ports\n\
                    The harbour authority closed the northern quay on Tuesday after\n\
                    inspectors found cracks in the sea wall.";
        assert_eq!(texts(text).len(), 2);
    }
}
