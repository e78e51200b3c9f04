//! `byline sync [NAME...]`: fetch the feeds of the config (or those named) and
//! write their new items as articles. A bar per feed on a terminal (a spinner,
//! then the feed's result), a line per feed otherwise; a summary at the end on
//! stderr. Exit 0 when every feed synced, 1 when some failed (the others still
//! did).

use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::path::Path;
use std::process::ExitCode;

use super::exit;
use crate::feeds::sync::{self, Report};
use crate::parse::decode::clean_line;

/// Run `byline sync`.
pub fn run(names: &[String], config: Option<&Path>) -> ExitCode {
    let config = match crate::config::load(config) {
        Ok(loaded) => loaded.config,
        Err(e) => {
            eprintln!("byline: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    if config.feeds.is_empty() {
        eprintln!(
            "byline: sync: no feeds: add [[feeds]] to the config, or `byline feeds import FILE`"
        );
        return ExitCode::from(exit::USAGE);
    }
    let Some(data) = crate::store::default_dir() else {
        eprintln!("byline: sync: no data folder for the sync index");
        return ExitCode::from(exit::FAILURE);
    };
    // On a terminal, a bar per feed: a spinner while it runs, then its line.
    let bars: std::cell::RefCell<Vec<(String, indicatif::ProgressBar)>> =
        std::cell::RefCell::default();
    let multi = indicatif::MultiProgress::new();
    let on_terminal = std::io::stderr().is_terminal();
    let synced = sync::sync_all(
        &config,
        names,
        &data,
        |names| {
            if on_terminal {
                let mut bars = bars.borrow_mut();
                for name in names {
                    let bar = multi.add(feed_bar());
                    bar.set_message(clean_line(&format!("{name}: fetching…")));
                    bars.push(((*name).to_string(), bar));
                }
            }
        },
        |report| {
            let line = clean_line(&feed_line(report));
            let mut bars = bars.borrow_mut();
            match bars.iter().position(|(name, _)| *name == report.name) {
                Some(at) => {
                    let bar = bars.remove(at).1;
                    if report.outcome.is_err()
                        && let Ok(style) = indicatif::ProgressStyle::with_template("✗ {msg}")
                    {
                        bar.set_style(style);
                    }
                    bar.finish_with_message(line);
                }
                None if on_terminal => {
                    let _ = multi.println(&line);
                }
                None => eprintln!("{line}"),
            }
        },
    );
    for (_, bar) in bars.borrow_mut().drain(..) {
        bar.finish_and_clear();
    }
    let (new, updated) = synced.counts();
    let failures = synced.failures();
    let feeds = synced.reports.len();
    let mut line = format!(
        "sync: {new} new, {updated} updated from {feeds} feed{}",
        if feeds == 1 { "" } else { "s" }
    );
    if !failures.is_empty() {
        let _ = write!(line, ", {} failed:", failures.len());
    }
    eprintln!("{}", clean_line(&line));
    for why in &failures {
        eprintln!("  {}", clean_line(why));
    }
    if failures.is_empty() {
        ExitCode::from(exit::SUCCESS)
    } else {
        ExitCode::from(exit::FAILURE)
    }
}

/// One feed's bar: a spinner and its message, the result when it is done.
fn feed_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg}") {
        bar.set_style(style.tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏✓"));
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// One feed's line: `name: 3 new, 1 updated` or `name: failed: why`.
fn feed_line(r: &Report) -> String {
    match &r.outcome {
        Ok(d) if d.not_modified => format!("{}: not modified", r.name),
        Ok(d) => {
            let mut s = format!("{}: {} new, {} updated", r.name, d.new, d.updated);
            if d.pages > 0 {
                let _ = write!(s, ", {} pages fetched", d.pages);
            }
            for why in &d.skipped {
                let _ = write!(s, "; item skipped: {why}");
            }
            s
        }
        Err(why) => format!("{}: failed: {why}", r.name),
    }
}
