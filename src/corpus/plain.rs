//! Plain text as saved from a news page: kicker, headline, standfirst, byline,
//! dateline, subheaded sections and trailers.

use super::body::{self, Format, push_title_case};
use super::builder::Builder;
use super::paragraphs;
use super::phrases::{LEADS, STANDFIRSTS};
use super::rng::Rng;
use super::words::{AGENCIES, BEATS, KICKERS, MONTHS, MONTHS_DE, MONTHS_FR, MONTHS_SHORT};

/// Bytes kept free for the trailers at the end.
const TRAILER_RESERVE: usize = 160;

/// How an article's subheadings look (one house style per article).
#[derive(Debug, Clone, Copy)]
enum Case {
    Sentence,
    Title,
    Caps,
    /// In quotation marks at depth 0 or 1: `'Quiet streets'`, `"Next steps"`.
    Quoted(usize),
}

struct Plain {
    case: Case,
    separator: Option<&'static str>,
}

impl Plain {
    fn new(rng: &mut Rng) -> Self {
        let case = match rng.below(4) {
            0 => Case::Sentence,
            1 => Case::Title,
            2 => Case::Caps,
            _ => Case::Quoted(rng.below(2)),
        };
        let separator = rng.pick(&[None, None, None, Some("* * *"), Some("___"), Some("---")]);
        Self { case, separator }
    }
}

impl Format for Plain {
    fn heading(&mut self, b: &mut Builder, text: &str) {
        if let Some(separator) = self.separator {
            b.push(separator);
            b.push("\n\n");
        }
        match self.case {
            Case::Sentence => b.push_text(text),
            Case::Title => push_title_case(b, text),
            Case::Caps => b.push_upper(text),
            Case::Quoted(depth) => {
                b.open(depth);
                b.push_text(text);
                b.close(depth);
            }
        }
    }

    fn paragraph(&mut self, b: &mut Builder, end: usize) {
        paragraphs::paragraph(b, end);
    }
}

/// A plain-text article of about `target` bytes; `sections` defaults to 3–8.
pub(crate) fn write(seed: u64, target: usize, sections: Option<usize>) -> String {
    let mut b = Builder::new(seed, target + 2048, None);
    let mut format = Plain::new(&mut b.rng);
    let agency = b.rng.pick(AGENCIES);
    header(&mut b);
    b.push("\n\n");
    dateline(&mut b, agency);
    let lead = b.rng.pick(LEADS);
    b.expand(lead, 0);
    let count = sections.unwrap_or_else(|| b.rng.range(3, 8));
    body::sections(
        &mut b,
        &mut format,
        count,
        target.saturating_sub(TRAILER_RESERVE),
    );
    trailers(&mut b, agency.2);
    b.out.push('\n');
    b.out
}

/// Kicker, headline, standfirst and byline, one per paragraph.
fn header(b: &mut Builder) {
    if b.rng.chance(40) {
        let kicker = b.rng.pick(KICKERS);
        b.push(kicker);
        b.push("\n\n");
    }
    b.push(b.place.city);
    b.push(" ");
    let headline = b.topic.headline;
    if b.rng.chance(30) {
        push_title_case(b, headline);
    } else {
        b.push_text(headline);
    }
    if b.rng.chance(60) {
        b.push("\n\n");
        let standfirst = b.rng.pick(STANDFIRSTS);
        b.expand(standfirst, 0);
    }
    if b.rng.chance(80) {
        b.push("\n\n");
        match b.rng.below(3) {
            0 => {
                b.push("By ");
                b.push_name();
            }
            1 => {
                b.push("By ");
                b.push_name();
                b.push(" and ");
                b.push_name();
            }
            _ => {
                b.push_name();
                b.push(", ");
                let beat = b.rng.pick(BEATS);
                b.push(beat);
                b.push(" Correspondent");
            }
        }
    }
}

/// A dateline in one of the house styles, ending where the first sentence starts.
fn dateline(b: &mut Builder, agency: (&str, &str, &str)) {
    let (name, slashed, _) = agency;
    let month = b.rng.below(12);
    let day = b.rng.range(1, 28);
    let city = b.place.city;
    b.push_upper(city);
    match b.rng.below(100) {
        0..=19 => {
            let m = MONTHS.get(month).copied().unwrap_or("May");
            b.push(", ");
            b.push(m);
            b.push(" ");
            b.push_num(day);
            b.push(". /");
            b.push(slashed);
            b.push("/. ");
        }
        20..=39 => {
            b.push(" (");
            b.push(name);
            b.push(") - ");
        }
        40..=59 => {
            let m = MONTHS_SHORT.get(month).copied().unwrap_or("May");
            b.push(", ");
            b.push(m);
            b.push(" ");
            b.push_num(day);
            b.push(" (");
            b.push(name);
            b.push(") - ");
        }
        60..=74 => {
            b.push(" (");
            b.push(name);
            b.push(") — ");
        }
        75..=89 => {
            b.push(", ");
            b.push(b.place.country);
            b.push(" (");
            b.push(name);
            b.push(") — ");
        }
        90..=94 => {
            b.push(", ");
            b.push_num(day);
            b.push(". ");
            b.push(MONTHS_DE.get(month).copied().unwrap_or("Mai"));
            b.push(". ");
        }
        _ => {
            b.push(", ");
            b.push_num(day);
            b.push(" ");
            b.push(MONTHS_FR.get(month).copied().unwrap_or("mai"));
            b.push(". ");
        }
    }
}

/// Reporting credits, a contributor line and a copyright line, in some combination.
fn trailers(b: &mut Builder, owner: &str) {
    if b.rng.chance(45) {
        b.push("\n\n(Reporting by ");
        b.push_name();
        b.push("; Editing by ");
        b.push_name();
        b.push(")");
    }
    if b.rng.chance(30) {
        b.push("\n\n");
        b.push_name();
        b.push(" contributed to this report.");
    }
    if b.rng.chance(35) {
        b.push("\n\n");
        let prefix = if b.rng.chance(50) {
            "Copyright 2026 "
        } else {
            "© 2026 "
        };
        b.push(prefix);
        b.push(owner);
        b.push(". All rights reserved.");
    }
}
