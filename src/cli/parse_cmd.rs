//! `byline parse FILE... [--json]`: what the parser understood.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::article::Format;

/// Run `byline parse`. Never touches the terminal's modes.
pub fn run(files: &[PathBuf], _json: bool) -> ExitCode {
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => match crate::parse::parse_bytes(&bytes, Format::from_path(path)) {
                Ok(article) => {
                    let _ = writeln!(out, "{}: {}", path.display(), article.meta.title);
                }
                Err(e) => {
                    failed = true;
                    eprintln!("byline: {}: {e}", path.display());
                }
            },
            Err(e) => {
                failed = true;
                eprintln!("byline: {}: {e}", path.display());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
