//! The `byline` binary: the command line (`cli`) picks a subcommand or starts
//! the reader (`app::run`) and turns the outcome into an exit status.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use byline::cli::{Cli, Command, exit};
use byline::config::Config;

/// Read the config (flag, `BYLINE_CONFIG`, platform file, or the defaults).
fn load_config(explicit: Option<&std::path::Path>) -> Result<Config, byline::config::ConfigError> {
    byline::config::load(explicit).map(|l| l.config)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Parse { files, json }) => {
            byline::cli::parse_cmd::run(files, *json, cli.config.as_deref())
        }
        Some(Command::Quotes {
            paths,
            speaker,
            json,
            csv,
        }) => {
            let format = match (json, csv) {
                (true, _) => byline::cli::quotes_cmd::Format::Json,
                (_, true) => byline::cli::quotes_cmd::Format::Csv,
                _ => byline::cli::quotes_cmd::Format::Table,
            };
            byline::cli::quotes_cmd::run(paths, speaker.as_deref(), format, cli.config.as_deref())
        }
        Some(Command::People { paths, json }) => {
            byline::cli::people_cmd::run(paths, *json, cli.config.as_deref())
        }
        Some(Command::Save { urls, to }) => {
            byline::cli::save_cmd::run(urls, to.as_deref(), cli.config.as_deref())
        }
        Some(Command::Feeds { command }) => {
            byline::cli::feeds_cmd::run(command, cli.config.as_deref())
        }
        Some(Command::Sync { names }) => byline::cli::sync_cmd::run(names, cli.config.as_deref()),
        Some(Command::Config { command }) => {
            byline::cli::config_cmd::run(command, cli.config.as_deref())
        }
        Some(Command::Completions { shell }) => byline::cli::completions::run(*shell),
        Some(Command::Man) => byline::cli::man::run(),
        None => read(cli.paths, cli.config, cli.debug_timings),
    }
}

fn read(paths: Vec<PathBuf>, explicit: Option<PathBuf>, debug_timings: bool) -> ExitCode {
    let started = std::time::Instant::now();
    let config = match load_config(explicit.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("byline: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    // Like `less`: each path that cannot be opened is named on stderr before
    // the reader starts; when none can, byline stops there (exit status 1). A
    // mix opens the rest and lists the missing ones in `!`.
    let missing = byline::library::open::missing(&paths);
    for (path, why) in &missing {
        let _ = writeln!(
            std::io::stderr(),
            "byline: {}: {why}",
            byline::library::shown(path)
        );
    }
    if !paths.is_empty() && missing.len() == paths.len() {
        return ExitCode::from(exit::FAILURE);
    }
    let start = byline::app::Start {
        paths,
        reload_config: Box::new(move || load_config(explicit.as_deref()).map_err(|e| e.short())),
        data_dir: byline::store::default_dir(),
        cache_dir: byline::library::cache::default_dir(),
        timings: byline::timings::Timings::new(started, debug_timings),
    };
    match byline::app::run(config, start) {
        Ok(None) => ExitCode::from(exit::SUCCESS),
        // Ended by a signal: the shell convention, 128 + its number.
        Ok(Some(signal)) => ExitCode::from(exit::for_signal(signal)),
        Err(e) => {
            let message = byline::parse::decode::clean_line(&format!("{e:#}"));
            let _ = writeln!(std::io::stderr(), "byline: {message}");
            ExitCode::from(exit::FAILURE)
        }
    }
}
