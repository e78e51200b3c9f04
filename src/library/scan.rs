//! Finding article files: folders are walked recursively, files taken as given.
//!
//! Only directory listings are read here; no file is opened. Symbolic links are
//! followed; what they lead to must be a regular file (or a folder) like anything
//! else. Files over [`MAX_FILE_BYTES`] are skipped with [`TOO_LARGE`].

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{Entry, Library, Skipped, Source};

/// The largest article file read (128 MiB): anything bigger is refused with
/// [`TOO_LARGE`] before it is opened.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// Why a file over [`MAX_FILE_BYTES`] is not read.
pub const TOO_LARGE: &str = "file too large (over 128 MB)";

/// Folders nested deeper than this are not entered.
const MAX_DEPTH: usize = 64;

/// An entry for a file: shown as `shown`, read from `path`.
fn file_entry(shown: PathBuf, path: PathBuf, md: &fs::Metadata) -> Entry {
    let mut e = Entry::new(shown, Source::File(path), md.len());
    e.modified = md.modified().ok();
    e.identity = super::Identity::of(md);
    e
}

/// Why a FIFO, socket or device is not read (opening a FIFO would block forever,
/// reading a device might never end).
pub const NOT_A_FILE: &str = "not a regular file";

/// Why a file in a folder is not listed: its extension is not an article's.
pub(crate) const NOT_AN_ARTICLE: &str = "not an article";

/// Whether a path has one of the extensions (lower case, no dot).
pub(crate) fn has_extension(path: &Path, extensions: &[String]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Where a walk puts what it finds: a [`Library`], or a sum that keeps no
/// entry (see `Library::fingerprint`).
pub(crate) trait Found {
    fn entry(&mut self, e: Entry);
    fn skip(&mut self, s: Skipped);
}

impl Found for Library {
    fn entry(&mut self, e: Entry) {
        self.entries.push(e);
    }

    fn skip(&mut self, s: Skipped) {
        self.skipped.push(s);
    }
}

/// List the articles under `paths`: folders recursively (files with one of
/// `extensions`), files as given. Whatever cannot be listed is in `skipped`.
pub fn scan(paths: &[PathBuf], extensions: &[String]) -> Library {
    scan_looking(paths, extensions, Look::Stat, &mut |_| {}).0
}

/// [`scan`], each file's entry shown to `seen` as the walk finds it (the
/// heads of the first files are read while the walk goes on), and where
/// each went: the file found `n`th is entry `place[n]` of the library.
/// Files in folders are not looked up one by one ([`Look::Listing`]): their
/// heads are to be read, and a file too large to be an article is refused
/// then.
pub fn scan_seen(
    paths: &[PathBuf],
    extensions: &[String],
    seen: &mut dyn FnMut(&Entry),
) -> (Library, Vec<usize>) {
    let (lib, order) = scan_looking(paths, extensions, Look::Listing, seen);
    let mut place = vec![0; order.len()];
    for (at, &n) in order.iter().enumerate() {
        if let Some(p) = place.get_mut(n) {
            *p = at;
        }
    }
    (lib, place)
}

/// The walk, its entries sorted by path; with the order (entry `n` was
/// found `order[n]`th).
fn scan_looking(
    paths: &[PathBuf],
    extensions: &[String],
    look: Look,
    seen: &mut dyn FnMut(&Entry),
) -> (Library, Vec<usize>) {
    let mut found = Seen {
        lib: Library {
            label: label(paths),
            ..Library::default()
        },
        seen,
    };
    walk_paths(paths, extensions, look, &mut found);
    let mut lib = found.lib;
    let (entries, order) = by_path(std::mem::take(&mut lib.entries));
    lib.entries = entries;
    (lib, order)
}

/// A library being walked, each entry shown to `seen` as it is added.
struct Seen<'a> {
    lib: Library,
    seen: &'a mut dyn FnMut(&Entry),
}

impl Found for Seen<'_> {
    fn entry(&mut self, e: Entry) {
        (self.seen)(&e);
        self.lib.entry(e);
    }

    fn skip(&mut self, s: Skipped) {
        self.lib.skip(s);
    }
}

/// `entries` in byte order of their paths, those alike in the order given
/// (two folders may both show an `x.txt`). Byte order is the same as by
/// path within a folder, and several times cheaper than comparing
/// components. The order is found on indices and the entries moved once:
/// sorting the entries themselves moved each of them many times (120 ms
/// at 100,000 files); the new vector also has no room to spare. With it,
/// the order: entry `n` of the result was entry `order[n]` of `entries`.
fn by_path(entries: Vec<Entry>) -> (Vec<Entry>, Vec<usize>) {
    fn key(e: &Entry) -> &[u8] {
        e.path.as_os_str().as_encoded_bytes()
    }
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (entries.get(a).map(key), entries.get(b).map(key));
        x.cmp(&y).then(a.cmp(&b))
    });
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    let sorted = order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect();
    (sorted, order)
}

/// [`scan`]'s walk, each file and each skip given to `found` as met.
pub(crate) fn scan_into(paths: &[PathBuf], extensions: &[String], found: &mut impl Found) {
    walk_paths(paths, extensions, Look::Stat, found);
}

/// Whether the walk looks up each file's size, time and identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    /// Each file's metadata read (one `stat` each).
    Stat,
    /// A regular file in a folder is known by its folder's listing alone:
    /// its entry has no size, time or identity until its head is read
    /// (which gives them: `Head::file`). At 100,000 files that is a
    /// tenth of a second less on the UI thread.
    Listing,
}

fn walk_paths(paths: &[PathBuf], extensions: &[String], look: Look, found: &mut impl Found) {
    let mut visited = HashSet::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(md) if md.is_dir() => walk(
                Path::new(""),
                path,
                extensions,
                look,
                0,
                &mut visited,
                found,
            ),
            Ok(md) if md.is_file() && md.len() > MAX_FILE_BYTES => found.skip(Skipped {
                path: path.clone(),
                reason: TOO_LARGE.into(),
            }),
            Ok(md) if md.is_file() => found.entry(file_entry(path.clone(), path.clone(), &md)),
            Ok(_) => found.skip(Skipped {
                path: path.clone(),
                reason: NOT_A_FILE.into(),
            }),
            Err(e) => found.skip(Skipped {
                path: path.clone(),
                reason: crate::io_error::reason(&e),
            }),
        }
    }
}

pub(crate) fn label(paths: &[PathBuf]) -> String {
    match paths {
        [one] => super::shown(one),
        many => format!("{} paths", many.len()),
    }
}

/// Walk `dir`, shown as `shown` (its path below the folder opened: a file's
/// entry is shown as `shown/name`).
fn walk(
    shown: &Path,
    dir: &Path,
    extensions: &[String],
    look: Look,
    depth: usize,
    visited: &mut HashSet<PathBuf>,
    found: &mut impl Found,
) {
    // Symlink loops: never enter the same real folder twice.
    let real = match fs::canonicalize(dir) {
        Ok(real) => real,
        Err(e) => {
            found.skip(Skipped {
                path: dir.to_path_buf(),
                reason: crate::io_error::reason(&e),
            });
            return;
        }
    };
    if depth > MAX_DEPTH {
        found.skip(Skipped {
            path: dir.to_path_buf(),
            reason: "folders nested too deep".into(),
        });
        return;
    }
    if !visited.insert(real) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found.skip(Skipped {
                path: dir.to_path_buf(),
                reason: crate::io_error::reason(&e),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let hidden = entry.file_name().as_encoded_bytes().starts_with(b".");
        if hidden {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().ok();
        if look == Look::Listing && kind.is_some_and(|t| t.is_file()) {
            if has_extension(&path, extensions) {
                let shown = shown.join(entry.file_name());
                found.entry(Entry::new(shown, Source::File(path), 0));
            } else {
                found.skip(Skipped {
                    path,
                    reason: NOT_AN_ARTICLE.into(),
                });
            }
            continue;
        }
        // Follow symlinks: fs::metadata() resolves them. Anything else is
        // looked up in its folder (no walk of the whole path: 10,000 files).
        let is_link = kind.is_some_and(|t| t.is_symlink());
        let md = if is_link {
            fs::metadata(&path)
        } else {
            entry.metadata()
        };
        let Ok(md) = md else {
            found.skip(Skipped {
                path,
                reason: "broken link".into(),
            });
            continue;
        };
        if md.is_dir() {
            let below = shown.join(entry.file_name());
            walk(&below, &path, extensions, look, depth + 1, visited, found);
        } else if !md.is_file() {
            found.skip(Skipped {
                path,
                reason: NOT_A_FILE.into(),
            });
        } else if !has_extension(&path, extensions) {
            found.skip(Skipped {
                path,
                reason: NOT_AN_ARTICLE.into(),
            });
        } else if md.len() > MAX_FILE_BYTES {
            found.skip(Skipped {
                path,
                reason: TOO_LARGE.into(),
            });
        } else {
            let shown = shown.join(entry.file_name());
            found.entry(file_entry(shown, path, &md));
        }
    }
}

#[cfg(test)]
mod tests;
