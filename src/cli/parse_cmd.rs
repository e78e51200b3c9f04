//! `byline parse FILE... [--json]`: what the parser understood.
//!
//! Without `--json`, a readable outline per file; with it, one JSON object per file
//! (an array when several files or a folder are given), see [`crate::parse::json`].
//! Files are found and read by the same rules as the reader's list
//! ([`crate::library::scan`], [`crate::library::load`]): a folder gives the articles
//! under it (the config's `extensions`), only regular files are opened (a FIFO or a
//! device, also behind a symbolic link, is refused without being opened), and files
//! over [`load::MAX_FILE_BYTES`] are refused. A file that cannot be read or is
//! binary gets one line on stderr naming it and the reason; the others are still
//! printed and the exit status is non-zero. File names are cleaned
//! ([`clean_line`]) before they are printed. Never touches the terminal's modes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::article::{Article, BlockKind};
use crate::library::{Source, load, scan};
use crate::parse::decode::clean_line;
use crate::parse::json;

/// Run `byline parse`; `config` is the `--config` file, read only to know the
/// extensions of articles when a folder is given.
pub fn run(files: &[PathBuf], as_json: bool, config: Option<&Path>) -> ExitCode {
    let folders = files.iter().any(|f| f.is_dir());
    let extensions = if folders {
        match crate::config::load(config) {
            Ok(loaded) => loaded.config.extensions,
            Err(e) => {
                eprintln!("byline: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        Vec::new()
    };
    let (parsed, failed) = read_all(files, &extensions);
    let out = if as_json {
        json_output(&parsed, files.len() > 1 || folders).map_err(|e| e.to_string())
    } else {
        outlines(&parsed).map_err(|e| e.to_string())
    };
    super::output::print(out, failed)
}

/// Articles read, each with its file name as printed.
pub(crate) type Parsed = Vec<(String, std::sync::Arc<Article>)>;

/// Parse the articles in `files` (folders give their articles with `extensions`),
/// each with its file name as printed; whether any could not be read (each such
/// file reported on stderr).
pub(crate) fn read_all(files: &[PathBuf], extensions: &[String]) -> (Parsed, bool) {
    let mut failed = false;
    let mut parsed = Vec::new();
    for path in files {
        let lib = scan::scan(std::slice::from_ref(path), extensions);
        if path.is_dir() && lib.entries.is_empty() {
            failed = true;
            report(path, "no articles in this folder");
        }
        for skipped in &lib.skipped {
            // A folder's other files are not articles: the list does not show them either.
            if skipped.reason != scan::NOT_AN_ARTICLE {
                failed = true;
                report(&skipped.path, &skipped.reason);
            }
        }
        for entry in &lib.entries {
            let Source::File(file) = &entry.source else {
                continue;
            };
            match load::full(&entry.source, entry.format) {
                Ok(article) => parsed.push((shown(file), article)),
                Err(reason) => {
                    failed = true;
                    report(file, &reason.to_string());
                }
            }
        }
    }
    (parsed, failed)
}

/// A file name as printed: cleaned of anything a terminal would act on.
fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string())
}

/// One line on stderr: the file and why it was not parsed.
fn report(path: &Path, reason: &str) {
    eprintln!("byline: {}: {}", shown(path), clean_line(reason));
}

fn json_output(
    parsed: &[(String, std::sync::Arc<Article>)],
    array: bool,
) -> serde_json::Result<String> {
    let views: Vec<_> = parsed.iter().map(|(p, a)| json::view(p, a)).collect();
    match views.as_slice() {
        [one] if !array => json::to_json(one),
        _ if parsed.is_empty() && !array => Ok(String::new()),
        _ => json::to_json(&views),
    }
}

fn outlines(parsed: &[(String, std::sync::Arc<Article>)]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    for (path, article) in parsed {
        outline(&mut out, path, article)?;
    }
    Ok(out)
}

/// The readable outline of one article.
fn outline(out: &mut String, path: &str, a: &Article) -> std::fmt::Result {
    let m = &a.meta;
    writeln!(out, "{path}")?;
    writeln!(
        out,
        "  title:      {}",
        if m.title.is_empty() {
            "(none)"
        } else {
            &m.title
        }
    )?;
    for (label, value) in [
        ("kicker", &m.kicker),
        ("standfirst", &m.standfirst),
        ("byline", &m.byline),
    ] {
        if let Some(v) = value {
            writeln!(out, "  {label:<11} {v}", label = format!("{label}:"))?;
        }
    }
    if let Some(d) = &m.dateline {
        let parts: Vec<&str> = [&d.place, &d.date, &d.source]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        writeln!(out, "  dateline:   {} ({})", d.text, parts.join(" · "))?;
    }
    if let Some(date) = m.date {
        writeln!(out, "  date:       {date}")?;
    }
    if let Some(line) = &m.published {
        writeln!(out, "  published:  {line}")?;
    }
    if let Some(source) = &m.source {
        writeln!(out, "  source:     {source}")?;
    }
    if !m.tags.is_empty() {
        writeln!(out, "  tags:       {}", m.tags.join(", "))?;
    }
    writeln!(
        out,
        "  words:      {} ({} min)",
        a.words,
        a.reading_minutes()
    )?;
    writeln!(out, "  sections:")?;
    for (i, s) in a.sections.iter().enumerate() {
        let count = |k: fn(&BlockKind) -> bool| s.blocks.iter().filter(|b| k(&b.kind)).count();
        let paragraphs = count(|k| !matches!(k, BlockKind::Trailer));
        let trailers = count(|k| matches!(k, BlockKind::Trailer));
        write!(
            out,
            "    {}. {} — {paragraphs} paragraph{}",
            i + 1,
            s.heading.as_deref().unwrap_or("(untitled)"),
            plural(paragraphs)
        )?;
        if trailers > 0 {
            write!(out, ", {trailers} trailer{}", plural(trailers))?;
        }
        writeln!(out)?;
    }
    if !a.quotes.is_empty() {
        writeln!(out, "  quotes:")?;
        for q in &a.quotes {
            let speaker = q.speaker.as_deref().unwrap_or("(unknown)");
            writeln!(
                out,
                "    {}{} “{}” — {speaker}",
                "  ".repeat(usize::from(q.depth)),
                q.section + 1,
                short(&q.text)
            )?;
        }
    }
    writeln!(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// At most 60 characters of a quotation.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if text.chars().nth(60).is_some() {
        s.push('…');
    }
    s
}
