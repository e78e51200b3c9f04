//! The end of a printing command: its text to stdout, or its error to stderr
//! (terminal-safe), and the exit status.

use std::io::Write;
use std::process::ExitCode;

use crate::parse::decode::clean_line;

/// Print `text` (or say why there is none) and give the exit status: failure
/// when the text could not be made or written, or when `failed` already.
pub(crate) fn print(text: Result<String, String>, failed: bool) -> ExitCode {
    let written = match text {
        Ok(text) => std::io::stdout().lock().write_all(text.as_bytes()),
        Err(e) => {
            eprintln!("byline: {}", clean_line(&e));
            return ExitCode::FAILURE;
        }
    };
    if failed || written.is_err() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
