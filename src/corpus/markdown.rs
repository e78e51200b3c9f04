//! Markdown with TOML front matter: `##` headings, block quotes, lists, emphasis, links.

use super::body::{self, Format};
use super::builder::{Builder, Marks};
use super::paragraphs;
use super::phrases::{NARRATIVE, QUOTES, STANDFIRSTS};
use super::words::AGENCIES;

struct Markdown {
    seed: u64,
}

impl Format for Markdown {
    fn heading(&mut self, b: &mut Builder, text: &str) {
        b.push("## ");
        b.push_text(text);
    }

    fn paragraph(&mut self, b: &mut Builder, end: usize) {
        match b.rng.below(100) {
            0..=5 => {
                // A pull quote: the block quote carries no marks of its own.
                b.push("> ");
                let quote = b.pick_fresh(QUOTES);
                b.expand(quote, 0);
                b.push(".");
            }
            6..=11 => {
                b.expand("Under the plan, {o} says:\n", 0);
                for _ in 0..b.rng.range(3, 5) {
                    b.push("\n- ");
                    let item = b.pick_fresh(NARRATIVE);
                    b.expand(item, 0);
                }
            }
            12..=15 => {
                b.expand(
                    "The full text of {t} is on [{o}'s website](https://example.org/news/",
                    0,
                );
                b.push_num(usize::try_from(self.seed % 100_000).unwrap_or(0));
                b.push(") and runs to *");
                let pages = b.rng.range(12, 240);
                b.push_num(pages);
                b.push(" pages*.");
            }
            _ => paragraphs::paragraph(b, end),
        }
    }
}

/// A Markdown article of about `target` bytes with TOML front matter.
pub(crate) fn write(seed: u64, target: usize) -> String {
    let mut b = Builder::new(seed, target + 2048, Some(Marks::Curly));
    let (_, _, source) = b.rng.pick(AGENCIES);
    let start = b.out.len();
    b.push(b.place.city);
    b.push(" ");
    b.push_text(b.topic.headline);
    let title = b.out.split_off(start);
    front_matter(&mut b, &title, source);
    if b.rng.chance(50) {
        b.push("# ");
        b.push(&title);
        b.push("\n\n");
    }
    b.push("*");
    let standfirst = b.rng.pick(STANDFIRSTS);
    b.expand(standfirst, 0);
    b.push("*\n\n**");
    b.push_upper(b.place.city);
    b.push(", ");
    b.push(b.place.country);
    b.push("** — ");
    b.expand(
        "{O} announced {t} on {w}, and {c} has talked about little else since.",
        0,
    );
    let count = b.rng.range(3, 8);
    body::sections(&mut b, &mut Markdown { seed }, count, target);
    b.out.push('\n');
    b.out
}

fn front_matter(b: &mut Builder, title: &str, source: &str) {
    b.push("+++\ntitle = \"");
    push_toml_escaped(b, title);
    b.push("\"\nauthor = \"");
    b.push_name();
    b.push("\"\ndate = 2026-");
    let (month, day) = (b.rng.range(1, 12), b.rng.range(1, 28));
    push_two_digits(b, month);
    b.push("-");
    push_two_digits(b, day);
    b.push("\nsource = \"");
    push_toml_escaped(b, source);
    b.push("\"\ntags = [\"");
    for c in b.place.country.chars() {
        b.out.extend(c.to_lowercase());
    }
    b.push("\", \"");
    let tag = b
        .rng
        .pick(&["transport", "housing", "environment", "local government"]);
    b.push(tag);
    b.push("\"]\n+++\n\n");
}

fn push_two_digits(b: &mut Builder, n: usize) {
    if n < 10 {
        b.push("0");
    }
    b.push_num(n);
}

fn push_toml_escaped(b: &mut Builder, text: &str) {
    for c in text.chars() {
        if c == '"' || c == '\\' {
            b.out.push('\\');
        }
        b.out.push(c);
    }
}
