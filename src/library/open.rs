//! Which articles byline opens: the paths given, else `articles_dir`, else the samples.

use std::path::{Path, PathBuf};

use super::{Entry, Library, Skipped, samples, scan};

/// Why a path cannot be opened, in the words `less` and `ls` use
/// ("no such file or directory"); `None` when it can be looked at.
pub fn unreachable(path: &Path) -> Option<String> {
    match std::fs::metadata(path) {
        Ok(_) => None,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Some("no such file or directory".into())
        }
        Err(e) => Some(crate::io_error::reason(&e)),
    }
}

/// The paths given on the command line that cannot be opened, each with why.
/// Checked before the reader starts: when none of the paths can be opened,
/// byline says so and exits, as `less` does.
pub fn missing(paths: &[PathBuf]) -> Vec<(PathBuf, String)> {
    paths
        .iter()
        .filter_map(|p| Some((p.clone(), unreachable(p)?)))
        .collect()
}

/// Why a configured `articles_dir` is not read, as the `!` overlay lists it.
fn not_a_folder(dir: &Path) -> String {
    let why = unreachable(dir).unwrap_or_else(|| "not a folder".into());
    format!("articles_dir: {why}")
}

/// Open `paths`, or the configured folders when none are given, or the bundled
/// samples (with a notice naming the missing folder) when those are unset or
/// missing. A configured folder that is missing is listed in `skipped`.
pub fn open(paths: &[PathBuf], articles_dirs: &[PathBuf], extensions: &[String]) -> Library {
    open_with(paths, articles_dirs, extensions, |p| {
        (scan::scan(p, extensions), Vec::new())
    })
    .0
}

/// [`open`] walked with [`scan::scan_seen`]: each file found shown to
/// `seen`, and placed as it says (the samples are not found: no place).
pub fn open_seen(
    paths: &[PathBuf],
    articles_dirs: &[PathBuf],
    extensions: &[String],
    seen: &mut dyn FnMut(&Entry),
) -> (Library, Vec<usize>) {
    open_with(paths, articles_dirs, extensions, |p| {
        scan::scan_seen(p, extensions, seen)
    })
}

fn open_with(
    paths: &[PathBuf],
    articles_dirs: &[PathBuf],
    extensions: &[String],
    walk: impl FnOnce(&[PathBuf]) -> (Library, Vec<usize>),
) -> (Library, Vec<usize>) {
    if !paths.is_empty() {
        return walk(paths);
    }
    let (existing, missing): (Vec<PathBuf>, Vec<PathBuf>) =
        articles_dirs.iter().cloned().partition(|p| p.is_dir());
    let (mut lib, place) = if existing.is_empty() {
        let notice = match articles_dirs {
            [] => "no articles_dir in the config: showing the samples".to_string(),
            [one] => format!("{} not found: showing the samples", super::shown(one)),
            _ => "no articles_dir found: showing the samples".to_string(),
        };
        (samples::library(Some(notice), extensions), Vec::new())
    } else {
        walk(&existing)
    };
    lib.skipped.extend(missing.into_iter().map(|path| Skipped {
        reason: not_a_folder(&path),
        path,
    }));
    (lib, place)
}

/// [`open`]'s files and skips as one number (`Library::fingerprint`),
/// found without keeping them; `None` when [`open`] would show the samples.
pub fn fingerprint(
    paths: &[PathBuf],
    articles_dirs: &[PathBuf],
    extensions: &[String],
) -> Option<u64> {
    let mut sum = super::fingerprint::Sum::default();
    if paths.is_empty() {
        let (existing, missing): (Vec<PathBuf>, Vec<PathBuf>) =
            articles_dirs.iter().cloned().partition(|p| p.is_dir());
        if existing.is_empty() {
            return None;
        }
        scan::scan_into(&existing, extensions, &mut sum);
        for path in missing {
            scan::Found::skip(
                &mut sum,
                Skipped {
                    reason: not_a_folder(&path),
                    path,
                },
            );
        }
    } else {
        scan::scan_into(paths, extensions, &mut sum);
    }
    Some(sum.value())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_articles_dir_shows_the_samples_and_is_listed_as_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("news");
        let lib = open(
            &[],
            std::slice::from_ref(&gone),
            &["txt".into(), "md".into()],
        );
        assert_eq!(lib.label, "samples");
        assert!(!lib.entries.is_empty());
        let notice = lib.notice.unwrap();
        assert!(notice.contains(&*gone.to_string_lossy()), "{notice}");
        assert_eq!(
            lib.skipped,
            [Skipped {
                path: gone,
                reason: "articles_dir: no such file or directory".into(),
            }]
        );
    }

    #[test]
    fn one_missing_articles_dir_among_others_is_listed_as_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "A title\n\nText.\n").unwrap();
        let gone = dir.path().join("gone");
        let lib = open(&[], &[dir.path().into(), gone.clone()], &["txt".into()]);
        assert_eq!(lib.entries.len(), 1);
        assert!(lib.notice.is_none());
        assert_eq!(lib.skipped.len(), 1);
        assert_eq!(lib.skipped[0].path, gone);
    }

    #[test]
    fn missing_names_each_path_that_cannot_be_opened() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone");
        assert_eq!(
            missing(&[dir.path().into(), gone.clone()]),
            [(gone, "no such file or directory".to_string())]
        );
    }
}
