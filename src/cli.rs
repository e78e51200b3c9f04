//! The command line: `byline [PATHS]...`, `byline parse`, `byline quotes`,
//! `byline people`, `byline save`, `byline feeds`, `byline sync`, `byline config`, `byline completions`, `byline man`.

pub mod completions;
pub mod config_cmd;
pub mod exit;
pub mod feeds_cmd;
pub(crate) mod files;
pub mod man;
mod output;
pub mod parse_cmd;
pub mod people_cmd;
pub mod quotes_cmd;
pub mod save_cmd;
pub mod sync_cmd;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueHint};

/// The version `--version` prints: the crate's, and the git commit when built from
/// byline's own repository (set by `build.rs`).
pub const VERSION: &str = env!("BYLINE_VERSION");

pub(crate) const EXAMPLES: &str = "\
Examples:
  byline                      read the folder set as articles_dir in the config
  byline ~/news               read every .txt and .md article under ~/news
  byline a.txt b.md           read just these files
  byline parse --json a.txt   print what the parser understood, as JSON
  byline quotes --csv ~/news  every quotation with its speaker, as CSV
  byline people               who is quoted in articles_dir, most quoted first
  byline save URL             save a web page as an article in articles_dir
  byline feeds import urls    add newsboat's (or an OPML file's) feeds to the config
  byline sync                 fetch every feed into its folder
  byline config check         validate the config file
  byline completions zsh      print the completion script for zsh
  byline man | man -l -       read the manual page";

/// A terminal reader for news articles kept as local files.
#[derive(Debug, Parser)]
#[command(version = VERSION, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Folders or files to read (default: `articles_dir` from the config).
    #[arg(value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,

    /// Config file to use instead of the platform one (also: `BYLINE_CONFIG`).
    #[arg(long, value_name = "FILE", global = true, value_hint = ValueHint::FilePath)]
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
        #[arg(required = true, value_hint = ValueHint::FilePath)]
        files: Vec<PathBuf>,
        /// One JSON object per file (an array when several files are given).
        #[arg(long)]
        json: bool,
    },
    /// Print the quotations of articles with their speakers (merged by person).
    Quotes {
        /// Folders or files (default: `articles_dir` from the config).
        #[arg(value_hint = ValueHint::AnyPath)]
        paths: Vec<PathBuf>,
        /// Only the quotations of people whose name matches (fuzzy, as People's `/` filter).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// One JSON array of quotations.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// CSV (RFC 4180) with a header row.
        #[arg(long)]
        csv: bool,
    },
    /// Print the people quoted in articles: quotations, articles, most recent date.
    People {
        /// Folders or files (default: `articles_dir` from the config).
        #[arg(value_hint = ValueHint::AnyPath)]
        paths: Vec<PathBuf>,
        /// One JSON array of people.
        #[arg(long)]
        json: bool,
    },
    /// Fetch web pages and save each as an article (Markdown with front matter).
    Save {
        /// The pages' addresses (http or https).
        #[arg(required = true, value_name = "URL", value_hint = ValueHint::Url)]
        urls: Vec<String>,
        /// The folder to save into (default: the first `articles_dir` of the config).
        #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
        to: Option<PathBuf>,
    },
    /// List the feeds of the config, or import feeds from OPML or newsboat.
    Feeds {
        #[command(subcommand)]
        command: FeedsCommand,
    },
    /// Fetch the feeds (all, or those named) and write each new item as an article.
    Sync {
        /// Feeds to fetch, by name (as `byline feeds list` shows them) or URL.
        #[arg(value_name = "NAME")]
        names: Vec<String>,
    },
    /// Inspect the configuration.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page, byline(1), in roff (`byline man | man -l -`).
    Man,
}

#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Print each feed: name, URL, folder, full text or not, tags.
    List,
    /// Append the feeds of an OPML file or a newsboat `urls` file to the config
    /// file as `[[feeds]]` (those already there are skipped; comments are kept).
    Import {
        /// The OPML or newsboat `urls` file.
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
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
        #[arg(value_hint = ValueHint::FilePath)]
        file: Option<PathBuf>,
    },
}
