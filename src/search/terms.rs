//! A full-text query (ctrl-f) in parts: the text outside quotes, searched as
//! one piece as always; `"exact words"`, found as whole words; and
//! `speaker:Name` (or `speaker:"Full Name"`), an article that quotes someone
//! of that name. Every part must be found; each has its own smart case.
//! A query without quotes or `speaker:` is one [`Kind::Text`] part, the query
//! exactly as typed, so it finds what it always found.

use std::ops::Range;

use super::Query;

/// What a part of a query asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The text anywhere, inside words too.
    Text,
    /// The words, whole: no letter or digit just before or after.
    Phrase,
    /// A speaker whose name holds the text.
    Speaker,
}

/// One part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub kind: Kind,
    /// As typed (without quotes or `speaker:`).
    pub text: String,
    pub query: Query,
}

/// A parsed full-text query: at least one part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub parts: Vec<Part>,
}

const SPEAKER: &str = "speaker:";

impl Terms {
    /// `None` for a query with nothing to search for.
    pub fn parse(query: &str) -> Option<Self> {
        let mut parts = Vec::new();
        let mut rest = String::new();
        let mut i = 0;
        while let Some(c) = query.get(i..).and_then(|s| s.chars().next()) {
            let at_word = query
                .get(..i)
                .is_none_or(|b| b.chars().next_back().is_none_or(char::is_whitespace));
            let tail = query.get(i..).unwrap_or_default();
            if at_word
                && tail
                    .get(..SPEAKER.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(SPEAKER))
            {
                let name_at = i + SPEAKER.len();
                let (name, end) = word_or_quoted(query, name_at);
                if let Some(part) = Part::new(Kind::Speaker, name) {
                    parts.push(part);
                    i = end;
                    continue;
                }
            }
            if c == '"' {
                let (phrase, end) = word_or_quoted(query, i);
                if let Some(part) = Part::new(Kind::Phrase, phrase) {
                    parts.push(part);
                    i = end;
                    continue;
                }
            }
            rest.push(c);
            i += c.len_utf8();
        }
        if parts.is_empty() {
            return Part::new(Kind::Text, query).map(|p| Self { parts: vec![p] });
        }
        let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(p) = Part::new(Kind::Text, &rest) {
            parts.insert(0, p);
        }
        Some(Self { parts })
    }

    /// The parts that name speakers.
    pub fn speakers(&self) -> impl Iterator<Item = &Part> {
        self.parts.iter().filter(|p| p.kind == Kind::Speaker)
    }

    /// Whether any part names a speaker.
    pub fn has_speaker(&self) -> bool {
        self.speakers().next().is_some()
    }

    /// Whether every text and phrase part is in `text` (speakers aside).
    pub fn in_text(&self, text: &str) -> bool {
        self.parts
            .iter()
            .filter(|p| p.kind != Kind::Speaker)
            .all(|p| p.is_in(text))
    }

    /// Whether each speaker part is the name (or in the name) of one of
    /// `speakers`.
    pub fn speakers_match<S: AsRef<str>>(&self, speakers: &[S]) -> bool {
        self.speakers()
            .all(|p| speakers.iter().any(|s| p.query.is_in(s.as_ref())))
    }

    /// Every place in `line` a part is found (a speaker's name too), in
    /// order and not overlapping: what a result's line marks.
    pub fn find_all(&self, line: &str) -> Vec<Range<usize>> {
        let mut all: Vec<Range<usize>> = self.parts.iter().flat_map(|p| p.find_all(line)).collect();
        all.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<Range<usize>> = Vec::with_capacity(all.len());
        for r in all {
            if out.last().is_none_or(|l| r.start >= l.end) {
                out.push(r);
            }
        }
        out
    }

    /// What the reader searches for in an article opened from a result: the
    /// first part's text.
    pub fn reader_text(&self) -> &str {
        self.parts.first().map_or("", |p| p.text.as_str())
    }
}

impl Part {
    fn new(kind: Kind, text: &str) -> Option<Self> {
        let text = if kind == Kind::Text {
            text
        } else {
            text.trim()
        };
        Some(Self {
            kind,
            text: text.to_string(),
            query: Query::new(text)?,
        })
    }

    /// Whether the part is in `text` (a speaker: the name anywhere).
    pub fn is_in(&self, text: &str) -> bool {
        match self.kind {
            Kind::Text | Kind::Speaker => self.query.is_in(text),
            Kind::Phrase => !self.find_all(text).is_empty(),
        }
    }

    /// Where the part is in `text`.
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        let mut all = self.query.find_all(text);
        if self.kind == Kind::Phrase {
            let starts = self.text.chars().next().is_some_and(char::is_alphanumeric);
            let ends = self
                .text
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            all.retain(|r| {
                let before = text.get(..r.start).and_then(|s| s.chars().next_back());
                let after = text.get(r.end..).and_then(|s| s.chars().next());
                !((starts && before.is_some_and(char::is_alphanumeric))
                    || (ends && after.is_some_and(char::is_alphanumeric)))
            });
        }
        all
    }
}

/// The word or `"quoted words"` at byte `at` of `s`, and where it ends (past
/// the closing quote; an unclosed quote runs to the end).
fn word_or_quoted(s: &str, at: usize) -> (&str, usize) {
    let tail = s.get(at..).unwrap_or_default();
    if let Some(inner) = tail.strip_prefix('"') {
        return match inner.find('"') {
            Some(close) => (inner.get(..close).unwrap_or_default(), at + 1 + close + 1),
            None => (inner, s.len()),
        };
    }
    let len = tail.find(char::is_whitespace).unwrap_or(tail.len());
    (tail.get(..len).unwrap_or_default(), at + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(q: &str) -> Vec<(Kind, String)> {
        Terms::parse(q)
            .map(|t| t.parts.into_iter().map(|p| (p.kind, p.text)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_plain_query_is_one_text_part_exactly_as_typed() {
        assert_eq!(
            kinds("harbour master "),
            [(Kind::Text, "harbour master ".into())]
        );
        assert_eq!(kinds("say \""), [(Kind::Text, "say \"".into())]);
        assert!(Terms::parse("   ").is_none());
    }

    #[test]
    fn quotes_and_speaker_make_parts_and_the_rest_is_one_text() {
        assert_eq!(
            kinds("ferry \"harbour master\" speaker:Okafor late"),
            [
                (Kind::Text, "ferry late".into()),
                (Kind::Phrase, "harbour master".into()),
                (Kind::Speaker, "Okafor".into()),
            ]
        );
        assert_eq!(
            kinds("Speaker:\"Ada Okafor\""),
            [(Kind::Speaker, "Ada Okafor".into())]
        );
        // Not at a word's start: plain text.
        assert_eq!(kinds("xspeaker:a"), [(Kind::Text, "xspeaker:a".into())]);
        // An unclosed quote runs to the end.
        assert_eq!(kinds("\"open end"), [(Kind::Phrase, "open end".into())]);
    }

    #[test]
    fn a_phrase_is_found_as_whole_words_with_smart_case() {
        let t = Terms::parse("\"port\"").unwrap();
        assert!(t.in_text("The Port opened"));
        assert!(!t.in_text("a report and a portal"));
        let t = Terms::parse("\"Port\"").unwrap();
        assert!(!t.in_text("the port opened"));
        assert!(t.in_text("(Port)"));
        let t = Terms::parse("\"harbour master\"").unwrap();
        assert!(t.in_text("the Harbour Master said"));
        assert!(!t.in_text("the harbour masters said"));
    }

    #[test]
    fn every_part_must_be_found() {
        let t = Terms::parse("ferry \"harbour\"").unwrap();
        assert!(t.in_text("the ferry left the harbour"));
        assert!(!t.in_text("the ferry left"));
        assert!(!t.in_text("the harbour"));
    }

    #[test]
    fn speakers_match_by_smart_case_name() {
        let t = Terms::parse("speaker:okafor").unwrap();
        assert!(t.has_speaker());
        assert!(t.in_text("anything"));
        assert!(t.speakers_match(&["Ada Okafor", "Jo Lee"]));
        assert!(!t.speakers_match(&["Jo Lee"]));
        let t = Terms::parse("speaker:Lee").unwrap();
        assert!(!t.speakers_match(&["jo lee"]));
    }

    #[test]
    fn marks_of_all_parts_are_ordered_and_do_not_overlap() {
        let t = Terms::parse("ferry \"ferry crew\" speaker:Okafor").unwrap();
        let line = "Okafor said the ferry crew left";
        let marked: Vec<&str> = t.find_all(line).into_iter().map(|r| &line[r]).collect();
        assert_eq!(marked, ["Okafor", "ferry crew"]);
        assert_eq!(t.reader_text(), "ferry");
    }
}
