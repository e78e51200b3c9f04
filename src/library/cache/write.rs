//! Writing the heads cache: whole (atomically, a temporary file renamed), or
//! a chunk of changes appended to its log.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::format::{self, Header, Record};
use super::{file_name, named, since_epoch, stamp};
use crate::library::{Entry, Library, Source};

/// The roots a cache is written for: as given (to find entries' paths under
/// them) and absolute (what the file records).
pub(crate) struct Roots {
    given: Vec<PathBuf>,
    absolute: Vec<String>,
}

impl Roots {
    pub(crate) fn new(given: &[PathBuf]) -> Self {
        let absolute = given
            .iter()
            .map(|r| {
                std::path::absolute(r)
                    .unwrap_or_else(|_| r.clone())
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        Self {
            given: given.to_vec(),
            absolute,
        }
    }

    /// The root `path` was found under, and the path under it (`""`: the
    /// root itself); `None` for a path under no root or not UTF-8.
    fn place<'p>(&self, path: &'p Path) -> Option<(u32, &'p str)> {
        self.given.iter().enumerate().find_map(|(k, root)| {
            let rel = path.strip_prefix(root).ok()?.to_str()?;
            Some((u32::try_from(k).ok()?, rel))
        })
    }
}

/// Entry `e` as a record: its place, version and head (`None` without one).
fn record<'a>(e: &'a Entry, roots: &Roots) -> Option<Record<'a>> {
    let Source::File(path) = &e.source else {
        return None;
    };
    let (root, rel) = roots.place(path)?;
    Some(Record {
        root,
        rel: Cow::Borrowed(rel),
        size: e.size,
        modified: since_epoch(e.modified?)?,
        identity: e.identity,
        head: Some((e.hash?, e.meta.as_ref()?.into())),
    })
}

/// The cache file's bytes for the heads `lib` knows now (borrowed, not
/// copied), in the list's `order` (entries not in it follow), or `None` when
/// this binary cannot be told apart from others.
/// `sorted`: `order` is every entry in that sort's order (not filtered).
pub fn encode(
    lib: &Library,
    roots: &[PathBuf],
    order: &[usize],
    sorted: Option<crate::config::Sort>,
) -> Option<Vec<u8>> {
    encode_sorted(lib, &Roots::new(roots), order, sorted, &stamp()?)
}

#[cfg(test)]
pub(super) fn encode_stamped(
    lib: &Library,
    roots: &Roots,
    order: &[usize],
    binary: &str,
) -> Option<Vec<u8>> {
    encode_sorted(lib, roots, order, None, binary)
}

pub(super) fn encode_sorted(
    lib: &Library,
    roots: &Roots,
    order: &[usize],
    sorted: Option<crate::config::Sort>,
    binary: &str,
) -> Option<Vec<u8>> {
    let mut taken = vec![false; lib.entries.len()];
    let mut seen = std::collections::HashSet::new();
    let records: Vec<Record<'_>> = order
        .iter()
        .copied()
        .chain(0..lib.entries.len())
        .filter(|&i| {
            taken
                .get_mut(i)
                .is_some_and(|t| !std::mem::replace(t, true))
        })
        .filter_map(|i| record(lib.entries.get(i)?, roots))
        .filter(|r| seen.insert((r.root, r.rel.clone())))
        .collect();
    let header = Header {
        binary: Cow::Borrowed(binary),
        roots: roots
            .absolute
            .iter()
            .map(|r| Cow::Borrowed(r.as_str()))
            .collect(),
        skipped: lib
            .skipped
            .iter()
            .filter_map(|s| Some((Cow::Borrowed(s.path.to_str()?), Cow::Borrowed(&*s.reason))))
            .collect(),
        base: 0,
        sort: sorted.map(format::sort_code),
        count: 0,
    };
    format::encode(&header, &records)
}

/// A chunk of the log for the files at `changed` (their heads as `lib` has
/// them now; a file no longer in `lib` is recorded as gone), to [`append`].
pub fn encode_changes(lib: &Library, roots: &[PathBuf], changed: &[PathBuf]) -> Option<Vec<u8>> {
    let roots = Roots::new(roots);
    let by_path: HashMap<&Path, &Entry> = lib
        .entries
        .iter()
        .filter_map(|e| match &e.source {
            Source::File(p) => Some((p.as_path(), e)),
            Source::Embedded(_) => None,
        })
        .collect();
    let records: Vec<Record<'_>> = changed
        .iter()
        .filter_map(|p| {
            if let Some(e) = by_path.get(p.as_path()) {
                return record(e, &roots);
            }
            let (root, rel) = roots.place(p)?;
            Some(Record {
                root,
                rel: Cow::Borrowed(rel),
                size: 0,
                modified: (0, 0),
                identity: None,
                head: None,
            })
        })
        .collect();
    format::log_chunk(&records)
}

/// Append a chunk of the log to the cache for `roots` in `dir` (which must
/// exist: the log follows a file written whole). One write at the end of the
/// file: a crash leaves at worst a torn chunk, which is ignored.
///
/// # Errors
/// When the file is missing or cannot be written.
pub fn append(dir: &Path, roots: &[PathBuf], chunk: &[u8]) -> std::io::Result<()> {
    let path = dir.join(file_name(roots));
    let mut f = crate::store::regular_file::open(&path, fs::OpenOptions::new().append(true))?;
    f.write_all(chunk)
}

/// Remove the cache an earlier byline wrote as JSON for `roots` (ignored and
/// replaced by the binary file).
pub fn remove_old(dir: &Path, roots: &[PathBuf]) {
    let _ = fs::remove_file(dir.join(named("heads", "json", roots)));
}

/// Write the cache `bytes` for the library opened on `roots` to `dir`
/// (created if need be), atomically: a temporary file renamed over the old one.
///
/// # Errors
/// When the folder or file cannot be written.
pub fn write(dir: &Path, roots: &[PathBuf], bytes: &[u8]) -> std::io::Result<()> {
    write_named(dir, &file_name(roots), bytes)
}

pub(crate) fn write_named(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    fs::create_dir_all(dir)?;
    // A name no other write uses, created new: never an existing file or a
    // link planted in a shared folder.
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let written = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes));
    if let Err(e) = written.and_then(|()| fs::rename(&tmp, dir.join(name))) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(())
}
