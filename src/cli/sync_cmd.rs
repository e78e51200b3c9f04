//! `byline sync [NAME...]`.

use std::path::Path;
use std::process::ExitCode;

/// Run `byline sync`.
pub fn run(_names: &[String], _config: Option<&Path>) -> ExitCode {
    ExitCode::from(super::exit::FAILURE)
}
