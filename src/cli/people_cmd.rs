//! `byline people [PATHS]... [--json]`: everyone quoted in the given articles
//! (default: the configured `articles_dir`), one row per person as merged by
//! [`crate::people`]: the name, the number of quotations, of articles, and the
//! date of the most recent; most quoted first, then by name. Fields are printed
//! on one line and cleaned, as for `byline quotes`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::quotes_cmd::{articles, one_line};
use crate::parse::quotes::SpeakerKind;
use crate::people;

/// One printed person.
#[derive(Debug, Serialize)]
struct Row {
    name: String,
    kind: SpeakerKind,
    quotations: usize,
    articles: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    latest: Option<String>,
    /// Every spelling the articles used.
    forms: Vec<String>,
}

/// Run `byline people`.
pub fn run(paths: &[PathBuf], as_json: bool, config: Option<&Path>) -> ExitCode {
    let (parsed, failed) = match articles(paths, config) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let rows: Vec<Row> = people::build(parsed.iter().map(|(_, a)| &**a).enumerate())
        .iter()
        .map(|p| Row {
            name: one_line(&p.name),
            kind: p.kind,
            quotations: p.quotations.len(),
            articles: p.articles(),
            latest: p.latest().map(|d| d.to_string()),
            forms: p.forms.iter().map(|f| one_line(f)).collect(),
        })
        .collect();
    let text = if as_json {
        serde_json::to_string_pretty(&rows)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    } else {
        table(&rows).map_err(|e| e.to_string())
    };
    super::output::print(text, failed)
}

/// Columns: quotations, articles, most recent date, name (last, as it is the
/// one of any width).
fn table(rows: &[Row]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    writeln!(
        out,
        "{:>6} {:>8}  {:<10}  name",
        "quotes", "articles", "latest"
    )?;
    for r in rows {
        writeln!(
            out,
            "{:>6} {:>8}  {:<10}  {}",
            r.quotations,
            r.articles,
            r.latest.as_deref().unwrap_or("-"),
            r.name
        )?;
    }
    Ok(out)
}
