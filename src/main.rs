use std::process::ExitCode;

use clap::Parser;

use byline::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Parse { files, json }) => byline::cli::parse_cmd::run(files, *json),
        Some(Command::Config { command }) => {
            byline::cli::config_cmd::run(command, cli.config.as_deref())
        }
        None => {
            eprintln!("byline: the reader is not built yet");
            ExitCode::FAILURE
        }
    }
}
