//! `byline save URL... [--to DIR]`: fetch each page and write it as an article
//! into DIR (default: the first configured `articles_dir`). One line per URL:
//! the path written on stdout, or the error naming the URL on stderr; the
//! others go on, and the exit status is 1 if any failed.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::exit;
use crate::parse::decode::clean_line;
use crate::save::save;
use crate::web::Client;

/// Run `byline save`.
pub fn run(urls: &[String], to: Option<&Path>, config: Option<&Path>) -> ExitCode {
    let config = match crate::config::load(config) {
        Ok(loaded) => loaded.config,
        Err(e) => {
            eprintln!("byline: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let Some(dir) = to
        .map(Path::to_path_buf)
        .or_else(|| config.articles_dirs.first().cloned())
    else {
        eprintln!(
            "byline: save: no folder to save into: give --to DIR or set articles_dir in the config"
        );
        return ExitCode::from(exit::USAGE);
    };
    let client = Client::new(&config.web);
    let mut failed = false;
    for url in urls {
        match save(&client, url, &dir) {
            Ok(path) => {
                let shown = clean_line(&shown(&path));
                if writeln!(std::io::stdout(), "{shown}").is_err() {
                    failed = true;
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("byline: {}", clean_line(&e.to_string()));
            }
        }
    }
    if failed {
        ExitCode::from(exit::FAILURE)
    } else {
        ExitCode::from(exit::SUCCESS)
    }
}

fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
