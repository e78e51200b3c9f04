//! Body paragraphs: narrative, quotations in their usual attributions, quotations
//! running over several paragraphs, and passages in German or French marks.

use super::builder::Builder;
use super::phrases::{FOREIGN, LONG_QUOTE_INTROS, NARRATIVE, QUOTES};

/// One body paragraph of a random kind; a narrative one stops growing at `end` bytes.
pub(crate) fn paragraph(b: &mut Builder, end: usize) {
    match b.rng.below(100) {
        0..=44 => narrative(b, end),
        45..=66 => said(b),
        67..=74 => pronoun_follow_up(b),
        75..=83 => called_or_warned(b),
        84..=88 => long_quote(b),
        89..=92 => foreign(b),
        _ => told_reporters(b),
    }
}

/// Two to five sentences of plain reporting (at least two, fewer if `end` is reached).
pub(crate) fn narrative(b: &mut Builder, end: usize) {
    let sentences = b.rng.range(2, 5);
    for i in 0..sentences {
        if i > 0 {
            if i >= 2 && b.out.len() >= end {
                break;
            }
            b.push(" ");
        }
        let template = b.pick_fresh(NARRATIVE);
        b.expand(template, 0);
    }
}

/// A quotation's words (inside its marks), ended by `end`: `,` before an attribution.
pub(crate) fn quote_words(b: &mut Builder, end: char) {
    let template = b.pick_fresh(QUOTES);
    b.expand(template, 1);
    b.out.push(end);
}

/// A whole quoted sentence: `“….”`.
fn quoted_sentence(b: &mut Builder) {
    b.open(0);
    quote_words(b, '.');
    b.close(0);
}

/// `"…," said Name, role.` or `"…," Name, role, said.`, sometimes with a second quote.
fn said(b: &mut Builder) {
    b.open(0);
    quote_words(b, ',');
    b.close(0);
    if b.rng.chance(50) {
        b.expand(" said {p}.", 0);
    } else {
        b.expand(" {p} said.", 0);
    }
    if b.rng.chance(40) {
        b.push(" ");
        quoted_sentence(b);
    }
}

/// A sentence naming someone, then `"…," she said.`
fn pronoun_follow_up(b: &mut Builder) {
    b.expand("{p} has followed {t} from the start. ", 0);
    b.open(0);
    quote_words(b, ',');
    b.close(0);
    b.expand(" {P} said.", 0);
}

/// `Name called it "…".` or `Name warned that "…."`
fn called_or_warned(b: &mut Builder) {
    if b.rng.chance(50) {
        b.expand("{p} called it ", 0);
        b.open(0);
        b.expand("{k}", 1);
        b.close(0);
        b.push(".");
    } else {
        b.expand("{p} warned that ", 0);
        quoted_sentence(b);
    }
}

/// `Name told reporters …` or a quotation `according to` an organisation.
fn told_reporters(b: &mut Builder) {
    if b.rng.chance(50) {
        b.expand("{p} told reporters on {w} that {t} was on schedule. ", 0);
        quoted_sentence(b);
    } else {
        b.open(0);
        quote_words(b, ',');
        b.close(0);
        b.expand(" according to a statement from {o}.", 0);
    }
}

/// An introduction ending in a colon, then two or three quoted paragraphs: each opens
/// with a mark and only the last one closes.
fn long_quote(b: &mut Builder) {
    let intro = b.rng.pick(LONG_QUOTE_INTROS);
    b.expand(intro, 0);
    let paragraphs = b.rng.range(2, 3);
    for i in 0..paragraphs {
        b.push("\n\n");
        b.open(0);
        quote_words(b, '.');
        if b.rng.chance(50) {
            b.push(" ");
            quote_words(b, '.');
        }
        if i + 1 == paragraphs {
            b.close(0);
        }
    }
}

/// A sentence of reporting, then a passage in German, Swiss or French marks.
fn foreign(b: &mut Builder) {
    let template = b.pick_fresh(NARRATIVE);
    b.expand(template, 0);
    b.push(" ");
    let passage = b.rng.pick(FOREIGN);
    b.expand(passage, 0);
}
