//! The serializable view of an article that `byline parse --json` prints and the
//! fixture tests compare. Required keys: `path`, `kicker`, `title`, `standfirst`,
//! `byline`, `dateline` (`place`, `date`, `source`, plus `text`), `sections`
//! (`heading`, `paragraphs`), `quotes` (`text`, `speaker`, `section`, `depth`),
//! `words`, `reading_minutes`. Extra keys: `format`, `date`, `source`, `tags`, and per
//! section `kinds` (only when some block is not a plain paragraph) and `marks`
//! (only when there are any).

use std::fmt::Write as _;

use serde::Serialize;

use crate::article::{Article, BlockKind, Date, Format, MarkKind, QuoteMarks, Section};

#[derive(Debug, Serialize)]
pub struct ArticleView<'a> {
    pub path: String,
    pub format: Format,
    pub kicker: Option<&'a str>,
    pub title: &'a str,
    pub standfirst: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub dateline: Option<DatelineView<'a>>,
    pub date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<&'a str>,
    pub source: Option<&'a str>,
    pub tags: &'a [String],
    pub sections: Vec<SectionView<'a>>,
    pub quotes: Vec<QuoteView<'a>>,
    pub words: usize,
    pub reading_minutes: usize,
}

#[derive(Debug, Serialize)]
pub struct DatelineView<'a> {
    pub text: &'a str,
    pub place: Option<&'a str>,
    pub date: Option<&'a str>,
    pub source: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct SectionView<'a> {
    pub heading: Option<&'a str>,
    pub paragraphs: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<MarkView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct MarkView<'a> {
    /// Index of the block in `paragraphs`.
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct QuoteView<'a> {
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    /// `person` or `organisation` (a ministry, the police, a report).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_kind: Option<crate::parse::quotes::SpeakerKind>,
    pub section: usize,
    pub depth: u8,
    pub marks: QuoteMarks,
}

/// The view of `article`, read from the file at `path` (as the user named it).
pub fn view<'a>(path: &str, article: &'a Article) -> ArticleView<'a> {
    let m = &article.meta;
    ArticleView {
        path: path.to_owned(),
        format: article.format,
        kicker: m.kicker.as_deref(),
        title: &m.title,
        standfirst: m.standfirst.as_deref(),
        byline: m.byline.as_deref(),
        dateline: m.dateline.as_ref().map(|d| DatelineView {
            text: &d.text,
            place: d.place.as_deref(),
            date: d.date.as_deref(),
            source: d.source.as_deref(),
        }),
        date: m.date,
        published: m.published.as_deref(),
        source: m.source.as_deref(),
        tags: &m.tags,
        sections: article.sections.iter().map(section).collect(),
        quotes: article
            .quotes
            .iter()
            .map(|q| QuoteView {
                text: &q.text,
                speaker: q.speaker.as_deref(),
                speaker_kind: q.speaker.as_deref().map(crate::parse::quotes::speaker_kind),
                section: q.section,
                depth: q.depth,
                marks: q.marks,
            })
            .collect(),
        words: article.words,
        reading_minutes: article.reading_minutes(),
    }
}

fn section(s: &Section) -> SectionView<'_> {
    let plain = s.blocks.iter().all(|b| b.kind == BlockKind::Paragraph);
    SectionView {
        heading: s.heading.as_deref(),
        paragraphs: s.blocks.iter().map(|b| b.text.as_str()).collect(),
        kinds: (!plain).then(|| s.blocks.iter().map(|b| kind_name(&b.kind)).collect()),
        marks: s
            .blocks
            .iter()
            .enumerate()
            .flat_map(|(i, b)| {
                b.marks.iter().map(move |m| {
                    let (kind, url) = match &m.kind {
                        MarkKind::Emphasis => ("emphasis", None),
                        MarkKind::Strong => ("strong", None),
                        MarkKind::Code => ("code", None),
                        MarkKind::Link { url } => ("link", Some(url.as_str())),
                    };
                    MarkView {
                        block: i,
                        start: m.range.start,
                        end: m.range.end,
                        kind,
                        url,
                    }
                })
            })
            .collect(),
    }
}

/// `paragraph`, `trailer`, `code`, `block_quote/2`, `list_item/3./0`.
pub(crate) fn kind_name(kind: &BlockKind) -> String {
    match kind {
        BlockKind::Paragraph => "paragraph".into(),
        BlockKind::Trailer => "trailer".into(),
        BlockKind::Code => "code".into(),
        BlockKind::BlockQuote { depth } => format!("block_quote/{depth}"),
        BlockKind::ListItem { marker, depth } => format!("list_item/{marker}/{depth}"),
    }
}

/// Pretty JSON of the view (two-space indent, a final newline). C1 controls
/// (U+0080–U+009F) are escaped (`\u009b`) like the C0 ones: some terminals act on
/// them raw. The model holds none; this is for whatever else might.
///
/// # Errors
/// Never in practice: every field serializes.
pub fn to_json(view: &impl Serialize) -> serde_json::Result<String> {
    serde_json::to_string_pretty(view).map(|s| escape_c1(s) + "\n")
}

/// `s` with every U+0080–U+009F written `\u00XX`. Outside strings JSON is ASCII,
/// so such a character can only be inside one, where the escape means the same.
fn escape_c1(s: String) -> String {
    if !s.chars().any(is_c1) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_c1(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c1_controls_are_escaped_not_written_raw() {
        let json = to_json(&["a\u{9b}2J\u{85}b", "\u{1b}c", "é\u{a0}"]).unwrap();
        assert!(json.contains(r"a\u009b2J\u0085b"), "{json}");
        assert!(json.contains(r"\u001bc"), "{json}");
        assert!(
            !json.chars().any(|c| c.is_control() && c != '\n'),
            "{json:?}"
        );
        let back: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ["a\u{9b}2J\u{85}b", "\u{1b}c", "é\u{a0}"]);
    }
}
