//! `byline config path|default|check`.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::ConfigCommand;

/// Run `byline config ...`.
pub fn run(command: &ConfigCommand, _config: Option<&Path>) -> ExitCode {
    match command {
        ConfigCommand::Path | ConfigCommand::Default | ConfigCommand::Check { .. } => {
            eprintln!("byline: config commands are not implemented yet");
            ExitCode::from(2)
        }
    }
}
