//! The story state and the template expander every generated article is written with.

use std::fmt::Write as _;
use std::str::Chars;

use super::rng::Rng;
use super::topics::{TOPICS, Topic};
use super::words::{CALLED_IT, FIRST_NAMES, MONTHS, PLACES, Place, ROLES, SURNAMES, WEEKDAYS};

/// How many recently used templates `pick_fresh` avoids repeating.
const RECENT: usize = 24;

const SMALL_NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// The quotation marks an article uses (chosen once per article, like a house style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marks {
    /// `"…"` with `'…'` inside; straight apostrophes.
    Straight,
    /// `“…”` with `‘…’` inside; curly apostrophes.
    Curly,
    /// British: `‘…’` with `“…”` inside; curly apostrophes.
    British,
}

impl Marks {
    /// Opening and closing marks at a nesting depth (0 outermost).
    pub(crate) fn at(self, depth: usize) -> (char, char) {
        let outer = depth.is_multiple_of(2);
        match (self, outer) {
            (Self::Straight, true) => ('"', '"'),
            (Self::Straight, false) => ('\'', '\''),
            (Self::Curly, true) | (Self::British, false) => ('“', '”'),
            (Self::Curly, false) | (Self::British, true) => ('‘', '’'),
        }
    }

    fn apostrophe(self) -> char {
        if self == Self::Straight { '\'' } else { '’' }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Person {
    first: &'static str,
    last: &'static str,
    pronoun: &'static str,
    role: &'static str,
    named: bool,
}

/// An article being written: its story, its house style and the text so far.
pub(crate) struct Builder {
    pub rng: Rng,
    pub out: String,
    pub place: Place,
    pub topic: Topic,
    pub org: &'static str,
    pub marks: Marks,
    people: [Person; 4],
    last: usize,
    recent: [&'static str; RECENT],
    recent_at: usize,
}

impl Builder {
    pub(crate) fn new(seed: u64, capacity: usize, marks: Option<Marks>) -> Self {
        let mut rng = Rng::new(seed);
        let marks = marks.unwrap_or_else(|| match rng.below(3) {
            0 => Marks::Straight,
            1 => Marks::Curly,
            _ => Marks::British,
        });
        let topic = rng.pick(TOPICS);
        let mut b = Self {
            place: rng.pick(PLACES),
            topic,
            org: topic.org,
            rng,
            out: String::with_capacity(capacity),
            marks,
            people: [Person::default(); 4],
            last: 0,
            recent: [""; RECENT],
            recent_at: 0,
        };
        for i in 0..b.people.len() {
            b.recast(i);
        }
        b
    }

    /// Replace one person of the story by someone not yet named.
    pub(crate) fn recast(&mut self, slot: usize) {
        let (first, pronoun) = self.rng.pick(FIRST_NAMES);
        let person = Person {
            first,
            last: self.rng.pick(SURNAMES),
            pronoun,
            role: self.rng.pick(ROLES),
            named: false,
        };
        if let Some(p) = self.people.get_mut(slot) {
            *p = person;
        }
    }

    /// Let a new voice into the story (a long article meets many people).
    pub(crate) fn recast_someone(&mut self) {
        let slot = self.rng.below(self.people.len());
        self.recast(slot);
    }

    /// A template not used in the last few picks (when a few tries find one), so
    /// that paragraphs do not repeat themselves.
    pub(crate) fn pick_fresh(&mut self, list: &[&'static str]) -> &'static str {
        let mut choice = self.rng.pick(list);
        for _ in 0..6 {
            if !self.recent.contains(&choice) {
                break;
            }
            choice = self.rng.pick(list);
        }
        if let Some(slot) = self.recent.get_mut(self.recent_at % RECENT) {
            *slot = choice;
        }
        self.recent_at = self.recent_at.wrapping_add(1);
        choice
    }

    pub(crate) fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// A fresh full name without a role, for bylines and trailers.
    pub(crate) fn push_name(&mut self) {
        let (first, _) = self.rng.pick(FIRST_NAMES);
        let last = self.rng.pick(SURNAMES);
        self.out.push_str(first);
        self.out.push(' ');
        self.push_text(last);
    }

    /// Text from a word list: its apostrophes follow the house style.
    pub(crate) fn push_text(&mut self, s: &str) {
        let apostrophe = self.marks.apostrophe();
        for c in s.chars() {
            self.out.push(if c == '\'' { apostrophe } else { c });
        }
    }

    pub(crate) fn push_upper(&mut self, s: &str) {
        for c in s.chars() {
            self.out.extend(c.to_uppercase());
        }
    }

    pub(crate) fn open(&mut self, depth: usize) {
        let (open, _) = self.marks.at(depth);
        self.out.push(open);
    }

    pub(crate) fn close(&mut self, depth: usize) {
        let (_, close) = self.marks.at(depth);
        self.out.push(close);
    }

    pub(crate) fn push_num(&mut self, n: usize) {
        // Writing to a String cannot fail.
        let _ = write!(self.out, "{n}");
    }

    /// Expand a template (see `phrases`): `depth` is how many quotations surround it
    /// (0 in narrative, 1 inside a quotation), so `<…>` takes the marks of that level.
    pub(crate) fn expand(&mut self, template: &str, depth: usize) {
        let mut chars = template.chars();
        while let Some(c) = chars.next() {
            match c {
                '{' => {
                    let slot = chars.next().unwrap_or(' ');
                    let _closing_brace = chars.next();
                    self.slot(slot, &chars, depth);
                }
                '\'' => self.out.push(self.marks.apostrophe()),
                '<' => self.open(depth),
                '>' => self.close(depth),
                _ => self.out.push(c),
            }
        }
    }

    fn slot(&mut self, slot: char, rest: &Chars<'_>, depth: usize) {
        match slot {
            'p' => self.person(rest, depth),
            's' => self.surname(rest, depth),
            'P' => {
                let pronoun = self.people.get(self.last).map_or("they", |p| p.pronoun);
                self.out.push_str(pronoun);
            }
            'o' => self.push_text(self.org),
            'O' => self.push_capitalised(self.org),
            'c' => self.out.push_str(self.place.city),
            'C' => self.out.push_str(self.place.country),
            't' => self.push_text(self.topic.subject),
            'h' => self.push_text(self.topic.thing),
            'k' => {
                let phrase = self.rng.pick(CALLED_IT);
                self.push_text(phrase);
            }
            _ => self.number_slot(slot),
        }
    }

    fn number_slot(&mut self, slot: char) {
        match slot {
            'n' => {
                // News style: numbers under ten in words.
                let n = self.rng.range(2, 12);
                match SMALL_NUMBERS.get(n - 2) {
                    Some(word) => self.out.push_str(word),
                    None => self.push_num(n),
                }
            }
            'N' => {
                let (thousands, rest) = (self.rng.range(1, 98), self.rng.below(1000));
                let _ = write!(self.out, "{thousands},{rest:03}");
            }
            'm' => {
                let (whole, tenth) = (self.rng.range(2, 480), self.rng.below(10));
                let _ = write!(self.out, "{whole}.{tenth} million {}", self.place.money);
            }
            '%' => {
                let n = self.rng.range(3, 71);
                let sign = if self.rng.chance(50) { "%" } else { " percent" };
                let _ = write!(self.out, "{n}{sign}");
            }
            'w' => {
                let day = self.rng.pick(WEEKDAYS);
                self.out.push_str(day);
            }
            'M' => {
                let month = self.rng.pick(MONTHS);
                self.out.push_str(month);
            }
            'y' => {
                let year = self.rng.range(1978, 2024);
                self.push_num(year);
            }
            'd' => {
                let decade = self.rng.range(6, 9) * 10;
                if self.rng.chance(50) {
                    let _ = write!(self.out, "{}{decade}s", self.marks.apostrophe());
                } else {
                    let _ = write!(self.out, "19{decade}s");
                }
            }
            _ => {}
        }
    }

    fn push_capitalised(&mut self, s: &str) {
        let mut chars = s.chars();
        if let Some(first) = chars.next() {
            self.out.extend(first.to_uppercase());
        }
        self.push_text(chars.as_str());
    }

    /// `{p}`: a person in full with a role the first time, by surname afterwards.
    fn person(&mut self, rest: &Chars<'_>, depth: usize) {
        self.last = self.rng.below(self.people.len());
        self.name_last(rest, depth);
    }

    /// `{s}`: the last person again (named in full if not named yet).
    fn surname(&mut self, rest: &Chars<'_>, depth: usize) {
        self.name_last(rest, depth);
    }

    fn name_last(&mut self, rest: &Chars<'_>, depth: usize) {
        let Some(person) = self.people.get(self.last).copied() else {
            return;
        };
        if person.named {
            self.push_text(person.last);
            return;
        }
        self.out.push_str(person.first);
        self.out.push(' ');
        self.push_text(person.last);
        self.out.push_str(", ");
        self.expand(person.role, depth);
        // A role in mid-sentence is closed by a comma: "Anna Tvedt, the deputy mayor, said".
        if !matches!(rest.as_str().chars().next(), Some('.' | ':' | ',') | None) {
            self.out.push(',');
        }
        if let Some(p) = self.people.get_mut(self.last) {
            p.named = true;
        }
    }
}
