//! Speakers carried over from the paragraph before, for quotations that open a
//! paragraph (or a block quote) and have no attribution of their own:
//! - `The spokesman added:` closing the paragraph before names who speaks next
//!   (the wire pattern, and block quotes introduced by `Anna Berg said:`);
//! - otherwise the quotation continues the last speaker: the one the paragraph
//!   before quoted, else the person it reports speaking (`Berg told me`, `he said`),
//!   else the last speaker quoted in the section within [`REACH`] paragraphs
//!   (interviews: question, answer, question, answer);
//! - a block of quotation followed by a short line that opens with a person's
//!   full name (`**Dr Anna Berg, State Secretary**` under a « … » block quote) is
//!   signed by that person, before any of the above.

use crate::article::{Quote, Section};

use super::attribution;
use super::resolve::{Ctx, resolve};
use super::sentence::last_sentence;
use super::words::words;

/// Paragraphs back that a continued speaker may be found in.
const REACH: usize = 8;

/// Fill in the speakers of unattributed quotations that open a paragraph.
pub fn carry(sections: &[Section], quotes: &mut [Quote], ctx: &Ctx<'_, '_>) {
    for k in 0..quotes.len() {
        let Some(q) = quotes.get(k) else { continue };
        if q.depth > 0 || q.speaker.is_some() {
            continue;
        }
        let Some(first) = q.parts.first() else {
            continue;
        };
        let (section, block) = (q.section, first.block);
        let text = block_text(sections, section, block);
        let opens = text
            .get(..first.range.start)
            .is_some_and(|t| t.trim().is_empty());
        if !opens {
            continue;
        }
        let signed = q
            .parts
            .last()
            .and_then(|last| signature(sections, section, last.block, last.range.end));
        if signed.is_none() && block == 0 {
            continue;
        }
        let prev = block_text(sections, section, block.saturating_sub(1));
        let speaker = signed
            .or_else(|| introduced(prev, ctx, (section, block - 1)))
            .or_else(|| quoted_in(quotes, k, section, block - 1))
            .or_else(|| reported(prev, ctx, (section, block - 1)))
            .or_else(|| last_speaker(quotes, k, section, block));
        if let Some(q) = quotes.get_mut(k) {
            q.speaker = speaker;
        }
    }
}

fn block_text(sections: &[Section], section: usize, block: usize) -> &str {
    sections
        .get(section)
        .and_then(|s| s.blocks.get(block))
        .map_or("", |b| b.text.as_str())
}

/// Longest signature line, in words.
const SIGNATURE_WORDS: usize = 25;

/// The person who signs a quotation that ends at byte `end` of its block: the rest
/// of the block, or else the next block, is a short line opening with a full
/// name, then a comma or nothing.
fn signature(sections: &[Section], section: usize, block: usize, end: usize) -> Option<String> {
    let text = block_text(sections, section, block);
    let rest = text.get(end..)?;
    let next = if rest.chars().any(char::is_alphanumeric) {
        rest
    } else {
        block_text(sections, section, block + 1)
    };
    let w = words(next);
    if w.is_empty() || w.len() > SIGNATURE_WORDS || w.iter().any(super::verbs::is_speech) {
        return None;
    }
    let n = super::names::forward(next, &w, 0).filter(super::names::Name::full_person_name)?;
    w.get(n.last + 1)
        .is_none_or(|x| x.gap == super::words::Gap::Comma)
        .then(|| n.text.to_owned())
}

/// `… the spokesman added:` at the end of the paragraph before.
fn introduced(prev: &str, ctx: &Ctx<'_, '_>, at: (usize, usize)) -> Option<String> {
    let t = prev.trim_end();
    if !t.ends_with(':') {
        return None;
    }
    let w = last_sentence(t);
    let base = w.first().map_or(0, |x| x.start);
    let found = attribution::before(t, &w, |n| ctx.people.knows_longer(n, (at.0, at.1, base)))?;
    resolve(ctx, found, (at.0, at.1, 0), false)
}

/// The one speaker the paragraph before quoted.
fn quoted_in(quotes: &[Quote], k: usize, section: usize, block: usize) -> Option<String> {
    let mut speakers = quotes
        .get(..k)?
        .iter()
        .rev()
        .take_while(|o| o.section == section && o.parts.last().is_some_and(|p| p.block >= block))
        .filter(|o| o.depth == 0 && o.parts.last().is_some_and(|p| p.block == block))
        .filter_map(|o| o.speaker.as_deref().filter(|s| carried(s)));
    let one = speakers.next()?;
    speakers.all(|s| s == one).then(|| one.to_owned())
}

/// The person the paragraph before reports speaking: the last of its sentences
/// with a verb of saying and a subject (`Zelensky told me`, `he said`).
fn reported(prev: &str, ctx: &Ctx<'_, '_>, at: (usize, usize)) -> Option<String> {
    let people = ctx.people;
    let all = words(prev);
    let mut start = 0;
    let mut found = None;
    for (i, w) in all.iter().enumerate() {
        let ends = all
            .get(i + 1)
            .is_none_or(|n| n.gap == super::words::Gap::Stop);
        if !ends {
            continue;
        }
        let sentence = all.get(start..=i).unwrap_or_default();
        start = i + 1;
        // Only a person: a pronoun, a full name, or a name given in full before.
        if let Some(f) = attribution::before(prev, sentence, |n| {
            people.knows_longer(n, (at.0, at.1, w.end))
        }) && match &f.kind {
            attribution::Kind::Pronoun => true,
            attribution::Kind::Name(n) => {
                n.contains(' ') || people.full_name(n, (at.0, at.1, w.end)).is_some()
            }
            attribution::Kind::Phrase(_) => false,
        } {
            found = Some(f);
        }
    }
    resolve(ctx, found?, (at.0, at.1, 0), false)
}

/// The last speaker quoted in the section, at most [`REACH`] paragraphs back.
fn last_speaker(quotes: &[Quote], k: usize, section: usize, block: usize) -> Option<String> {
    quotes
        .get(..k)?
        .iter()
        .rev()
        .take_while(|o| {
            o.section == section && o.parts.last().is_some_and(|p| p.block + REACH >= block)
        })
        .find(|o| o.depth == 0 && o.speaker.as_deref().is_some_and(carried))
        .and_then(|o| o.speaker.clone())
}

/// A speaker that may go on speaking: a full name or a phrase, not a lone word that
/// was never named in full (`Ukraine calls them …` names no person).
fn carried(speaker: &str) -> bool {
    speaker.contains(' ')
}

#[cfg(test)]
mod tests {
    use crate::article::{Block, Section};
    use crate::parse::quotes::find;

    fn speakers(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let sections = vec![Section {
            heading: None,
            blocks: paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
        }];
        find(&sections)
            .into_iter()
            .filter(|q| q.depth == 0)
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    #[test]
    fn a_colon_at_the_end_introduces_the_next_paragraph() {
        let got = speakers(&[
            "The harbour master, Lena Holm, spoke after the vote. She said:",
            "\u{201c}We will open the quay in spring.\u{201d}",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Lena Holm"));
    }

    #[test]
    fn an_unattributed_paragraph_continues_the_speaker() {
        let got = speakers(&[
            "\"The ferry is late again,\" said Tomas Brekke, a commuter.",
            "\"Every winter it is the same story.\"",
            "Asked about the timetable, the operator declined to comment.",
            "\"We lose an hour a day.\"",
        ]);
        assert_eq!(got[1].1.as_deref(), Some("Tomas Brekke"));
        assert_eq!(got[2].1.as_deref(), Some("Tomas Brekke"));
    }

    #[test]
    fn a_reported_speaker_in_the_paragraph_before_speaks() {
        let got = speakers(&[
            "The river, Ingrid Solberg told me, has never been this low.",
            "\"I have fished here for forty years.\"",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Ingrid Solberg"));
    }

    #[test]
    fn a_name_line_under_a_quotation_signs_it() {
        let got = speakers(&[
            "« Nous ouvrirons le port au printemps. »",
            "Dr Claire Fontaine, secrétaire d’État au numérique",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Claire Fontaine"));
        let got = speakers(&["« Nous ouvrirons le port. » Paul Marchand, maire de Sète"]);
        assert_eq!(got[0].1.as_deref(), Some("Paul Marchand"));
    }

    #[test]
    fn a_quotation_inside_a_paragraph_is_not_carried() {
        let got = speakers(&[
            "\"The ferry is late again,\" said Tomas Brekke.",
            "Officials called the delay \"regrettable\" in a statement.",
        ]);
        assert_eq!(got[1].1, None);
    }
}
