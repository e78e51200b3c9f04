//! `byline sync [NAME...]`: fetch the feeds of the config (or those named) and
//! write their new items as articles. A progress bar on a terminal, a line per
//! feed otherwise; a summary at the end on stderr. Exit 0 when every feed
//! synced, 1 when some failed (the others still did).

use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc;

use super::exit;
use crate::feeds::index::Index;
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
    let mut index = Index::load(&data);
    let (jobs, problems) = sync::jobs(&config.feeds, &config.articles_dirs, names, &index);
    for p in &problems {
        eprintln!("byline: sync: {}", clean_line(p));
    }
    let total = jobs.len();
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(total as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} feeds {msg}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let (tx, rx) = mpsc::channel();
    let web = config.web.clone();
    let worker = std::thread::spawn(move || sync::run(jobs, &web, now(), &tx));
    let mut reports: Vec<Report> = Vec::new();
    for report in rx {
        let line = clean_line(&feed_line(&report));
        match &bar {
            Some(bar) => {
                bar.println(line);
                bar.inc(1);
            }
            None => eprintln!("{line}"),
        }
        reports.push(report);
    }
    let _ = worker.join();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    for r in &reports {
        index.feeds.insert(r.url.clone(), r.state.clone());
    }
    let mut failed = !problems.is_empty();
    if let Err(e) = index.save(&data) {
        eprintln!(
            "byline: sync: could not write the sync index in {}: {}",
            clean_line(&crate::library::shown(&data)),
            crate::io_error::reason(&e)
        );
        failed = true;
    }
    let summary = summary(&reports);
    eprintln!("{}", clean_line(&summary.0));
    for why in &summary.1 {
        eprintln!("  {}", clean_line(why));
    }
    if failed || !summary.1.is_empty() {
        ExitCode::from(exit::FAILURE)
    } else {
        ExitCode::from(exit::SUCCESS)
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
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

/// `sync: 12 new, 1 updated from 5 feeds, 1 failed` and each failure's reason.
pub fn summary(reports: &[Report]) -> (String, Vec<String>) {
    let (mut new, mut updated) = (0, 0);
    let mut failures = Vec::new();
    for r in reports {
        match &r.outcome {
            Ok(d) => {
                new += d.new;
                updated += d.updated;
            }
            Err(why) => failures.push(format!("{}: {why}", r.name)),
        }
    }
    let feeds = reports.len();
    let mut line = format!(
        "sync: {new} new, {updated} updated from {feeds} feed{}",
        if feeds == 1 { "" } else { "s" }
    );
    if !failures.is_empty() {
        let _ = write!(line, ", {} failed:", failures.len());
    }
    (line, failures)
}
