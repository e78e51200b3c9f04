//! `byline quotes [PATHS]... [--speaker NAME] [--json | --csv]`: every counted
//! quotation (top level, with a speaker) of the given articles, with its
//! speaker as merged by [`crate::people`] (one name per person, whatever the
//! article wrote), the article's path, title, source and date, and the section.
//!
//! Articles are found and read as for `byline parse` ([`parse_cmd::read_all`]);
//! without paths, the configured `articles_dir`. Every field printed is on one
//! line and cleaned ([`one_line`]), in every format: nothing from an article
//! reaches the terminal as a control.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::{exit, parse_cmd};
use crate::parse::decode::clean_line;
use crate::people::{self, Person};

/// How `quotes` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// The articles read from `paths` (else the configured folders), each with its
/// path as printed, and whether any failed; `Err` with the exit status when
/// nothing could be tried (a bad config, no folder configured).
pub(crate) fn articles(
    paths: &[PathBuf],
    config: Option<&Path>,
) -> Result<(parse_cmd::Parsed, bool), ExitCode> {
    let config = crate::config::load(config).map_err(|e| {
        eprintln!("byline: {e}");
        ExitCode::from(exit::USAGE)
    })?;
    let config = config.config;
    let paths = if paths.is_empty() {
        if config.articles_dirs.is_empty() {
            eprintln!("byline: no paths given and no articles_dir in the config");
            return Err(ExitCode::from(exit::USAGE));
        }
        config.articles_dirs.clone()
    } else {
        paths.to_vec()
    };
    Ok(parse_cmd::read_all(&paths, &config.extensions))
}

/// A field as printed: whitespace runs (paragraph breaks too) one space, and
/// anything a terminal would act on replaced ([`clean_line`]).
pub(crate) fn one_line(text: &str) -> String {
    clean_line(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// One printed quotation.
#[derive(Debug, Serialize)]
struct Row {
    speaker: String,
    quotation: String,
    path: String,
    title: String,
    source: String,
    date: String,
    section: String,
}

/// Run `byline quotes`.
pub fn run(
    paths: &[PathBuf],
    speaker: Option<&str>,
    format: Format,
    config: Option<&Path>,
) -> ExitCode {
    let (parsed, failed) = match articles(paths, config) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let index = people::build(parsed.iter().map(|(_, a)| &**a).enumerate());
    let chosen: Vec<&Person> = match speaker {
        Some(query) => people::filter::matching(&index, query),
        None => index.iter().collect(),
    };
    let mut refs: Vec<(&Person, &people::QuoteRef)> = chosen
        .iter()
        .flat_map(|p| p.quotations.iter().map(move |q| (*p, q)))
        .collect();
    refs.sort_by_key(|(_, q)| (q.article, q.quote));
    let rows: Vec<Row> = refs
        .into_iter()
        .filter_map(|(p, q)| {
            let (path, article) = parsed.get(q.article)?;
            Some(Row {
                speaker: one_line(&p.name),
                quotation: one_line(&article.quotes.get(q.quote)?.text),
                path: one_line(path),
                title: one_line(&q.title),
                source: one_line(q.source.as_deref().unwrap_or("")),
                date: q.date.map(|d| d.to_string()).unwrap_or_default(),
                section: one_line(q.section.as_deref().unwrap_or("")),
            })
        })
        .collect();
    let text = match format {
        Format::Json => serde_json::to_string_pretty(&rows)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string()),
        Format::Csv => csv_text(&rows),
        Format::Table => table(&rows).map_err(|e| e.to_string()),
    };
    super::output::print(text, failed)
}

/// The CSV columns: the fields of [`Row`], in order.
const COLUMNS: [&str; 7] = [
    "speaker",
    "quotation",
    "path",
    "title",
    "source",
    "date",
    "section",
];

fn csv_text(rows: &[Row]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.serialize(row).map_err(|e| e.to_string())?;
    }
    if rows.is_empty() {
        // `serialize` writes the header with the first row; without rows, this.
        w.write_record(COLUMNS).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The readable form: per quotation, the speaker and the quotation, then where
/// it stands (path, title, source, date, section), and a blank line.
fn table(rows: &[Row]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    for r in rows {
        let mut at = vec![r.path.as_str(), r.title.as_str()];
        at.extend(
            [r.source.as_str(), r.date.as_str(), r.section.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty()),
        );
        writeln!(out, "{}: “{}”", r.speaker, r.quotation)?;
        writeln!(out, "  {}\n", at.join(" · "))?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_without_rows_is_the_header_with_rows() {
        let row = Row {
            speaker: "A".into(),
            quotation: "B".into(),
            path: "c.txt".into(),
            title: "D".into(),
            source: "E".into(),
            date: "2026-01-01".into(),
            section: "F".into(),
        };
        let with = csv_text(&[row]).unwrap();
        let without = csv_text(&[]).unwrap();
        assert_eq!(with.lines().next(), without.lines().next());
        assert_eq!(without.lines().count(), 1);
    }
}
