//! Which articles byline opens: the paths given, else `articles_dir`, else the samples.

use std::path::PathBuf;

use super::{Library, samples, scan};

/// Open `paths`, or the configured folders when none are given, or the bundled
/// samples (with a notice saying why) when those are unset or missing.
pub fn open(paths: &[PathBuf], articles_dirs: &[PathBuf], extensions: &[String]) -> Library {
    if !paths.is_empty() {
        return scan::scan(paths, extensions);
    }
    let existing: Vec<PathBuf> = articles_dirs
        .iter()
        .filter(|p| p.is_dir())
        .cloned()
        .collect();
    if existing.is_empty() {
        let notice = match articles_dirs {
            [] => "no articles_dir in the config: showing the samples".to_string(),
            [one] => format!("{} not found: showing the samples", super::shown(one)),
            _ => "no articles_dir found: showing the samples".to_string(),
        };
        return samples::library(Some(notice), extensions);
    }
    scan::scan(&existing, extensions)
}
