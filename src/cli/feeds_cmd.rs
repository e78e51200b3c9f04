//! `byline feeds list` and `byline feeds import FILE`.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{FeedsCommand, exit};
use crate::feeds::append::{append, write_atomic};
use crate::feeds::parse_subscriptions;
use crate::library::shown;
use crate::parse::decode::clean_line;

/// Run `byline feeds …`.
pub fn run(command: &FeedsCommand, config: Option<&Path>) -> ExitCode {
    match command {
        FeedsCommand::List => list(config),
        FeedsCommand::Import { file } => import(file, config),
    }
}

fn list(explicit: Option<&Path>) -> ExitCode {
    let config = match crate::config::load(explicit) {
        Ok(loaded) => loaded.config,
        Err(e) => {
            eprintln!("byline: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    if config.feeds.is_empty() {
        eprintln!("byline: no feeds: add [[feeds]] to the config, or `byline feeds import FILE`");
        return ExitCode::from(exit::SUCCESS);
    }
    let mut out = String::new();
    for feed in &config.feeds {
        let folder = feed
            .folder_in(&config.articles_dirs)
            .map_or_else(|| "(no folder: set articles_dir)".into(), |f| shown(&f));
        let text = if feed.full_text {
            "full text"
        } else {
            "feed text"
        };
        let fields = [
            feed.name.as_str(),
            feed.url.as_str(),
            folder.as_str(),
            text,
            &feed.tags.join(", "),
        ];
        let fields: Vec<String> = fields.iter().map(|f| clean_line(f)).collect();
        out.push_str(fields.join("\t").trim_end());
        out.push('\n');
    }
    if std::io::stdout().write_all(out.as_bytes()).is_err() {
        return ExitCode::from(exit::FAILURE);
    }
    ExitCode::from(exit::SUCCESS)
}

fn import(file: &Path, explicit: Option<&Path>) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!(
                "byline: {}: {}",
                clean_line(&shown(file)),
                crate::io_error::reason(&e)
            );
            return ExitCode::from(exit::FAILURE);
        }
    };
    let (subs, skipped) = parse_subscriptions(&text);
    let Some(path) = crate::config::path(explicit) else {
        eprintln!("byline: feeds import: no config file: give --config FILE");
        return ExitCode::from(exit::USAGE);
    };
    let current = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            eprintln!(
                "byline: {}: {}",
                clean_line(&shown(&path)),
                crate::io_error::reason(&e)
            );
            return ExitCode::from(exit::FAILURE);
        }
    };
    let (new_text, done) = match append(&current, &subs) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("byline: {}: {}", clean_line(&shown(&path)), clean_line(&e));
            return ExitCode::from(exit::FAILURE);
        }
    };
    for why in skipped.iter().chain(&done.refused) {
        eprintln!("byline: skipped: {}", clean_line(why));
    }
    if done.added > 0
        && let Err(e) = write_atomic(&path, &new_text)
    {
        eprintln!(
            "byline: {}: {}",
            clean_line(&shown(&path)),
            crate::io_error::reason(&e)
        );
        return ExitCode::from(exit::FAILURE);
    }
    println!(
        "{} feed{} added to {}{}",
        done.added,
        if done.added == 1 { "" } else { "s" },
        clean_line(&shown(&path)),
        if done.present > 0 {
            format!(" ({} already there)", done.present)
        } else {
            String::new()
        }
    );
    ExitCode::from(exit::SUCCESS)
}
