//! The command line: `byline [PATHS]...`, `byline parse`, `byline config`.

pub mod config_cmd;
pub mod parse_cmd;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  byline                      read the folder set as articles_dir in the config
  byline ~/news               read every .txt and .md article under ~/news
  byline a.txt b.md           read just these files
  byline parse --json a.txt   print what the parser understood, as JSON
  byline config check         validate the config file";

/// A terminal reader for news articles kept as local files.
#[derive(Debug, Parser)]
#[command(version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Folders or files to read (default: `articles_dir` from the config).
    pub paths: Vec<PathBuf>,

    /// Config file to use instead of the platform one (also: `BYLINE_CONFIG`).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Print when each start-up phase finished (to stderr, after quitting).
    #[arg(long)]
    pub debug_timings: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print what the parser understood of article files.
    Parse {
        /// Article files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// One JSON object per file (an array when several files are given).
        #[arg(long)]
        json: bool,
    },
    /// Inspect the configuration.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path the config is read from.
    Path,
    /// Print the built-in default config (every key, commented).
    Default,
    /// Validate a config file (default: the one in use).
    Check {
        /// The file to check.
        file: Option<PathBuf>,
    },
}
