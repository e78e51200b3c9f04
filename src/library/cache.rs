//! Heads remembered between runs: what the list shows of each file (title, date,
//! source...) and its reading-state hash, in the platform cache folder (one
//! `heads-<hash of the folders>.json` per set of folders opened), so that a
//! folder opened before shows its sorted list at once.
//!
//! A head is taken from here only for the same file (absolute path) with the
//! same size, modification time and identity (device, inode, change time), read
//! by the same byline binary (another
//! build may parse differently). It is derived data: a missing, stale or corrupt
//! cache means the heads are read from the files again, and it is replaced
//! atomically, never left half-written.

mod format;
mod meta;
mod snapshot;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{Entry, Identity, Library, Source};
use crate::article::Meta;
use format::{Chunks, Header, Record};
pub use snapshot::Snapshot;

/// Bigger than this is not ours (or not worth it): ignored.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The cache file for a library opened on `roots` (folders or files).
pub(crate) fn file_name(roots: &[PathBuf]) -> String {
    named("heads", "bin", roots)
}

/// A cache file's name for `roots`: `<what>-<hash of the absolute roots>.<ext>`
/// (the heads cache and the people index are named alike).
pub(crate) fn named(what: &str, ext: &str, roots: &[PathBuf]) -> String {
    let mut key = Vec::new();
    for r in roots {
        let abs = std::path::absolute(r).unwrap_or_else(|_| r.clone());
        key.extend_from_slice(abs.as_os_str().as_encoded_bytes());
        key.push(0);
    }
    format!("{what}-{:016x}.{ext}", crate::store::hash(&key))
}

/// Where the cache lives when nothing else is said.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.cache_dir().to_path_buf())
}

/// The heads of a cache file, by absolute path (for a library scanned
/// first: see [`Snapshot`] for one opened from the cache).
#[derive(Debug, Default)]
pub struct Heads(HashMap<String, (Version, u64, Meta)>);

/// This binary: its version, size and modification time. `None` when it cannot
/// be known, and then nothing is cached.
pub(crate) fn stamp() -> Option<String> {
    let md = fs::metadata(std::env::current_exe().ok()?).ok()?;
    let (secs, nanos) = since_epoch(md.modified().ok()?)?;
    Some(format!(
        "{} {} {secs}.{nanos:09}",
        env!("CARGO_PKG_VERSION"),
        md.len()
    ))
}

pub(crate) fn since_epoch(t: SystemTime) -> Option<(u64, u32)> {
    let d = t.duration_since(UNIX_EPOCH).ok()?;
    Some((d.as_secs(), d.subsec_nanos()))
}

/// The key of a file entry: its absolute path, and the version of the file.
fn key(e: &Entry) -> Option<(String, Version)> {
    let Source::File(path) = &e.source else {
        return None;
    };
    let path = std::path::absolute(path)
        .ok()?
        .into_os_string()
        .into_string()
        .ok()?;
    Some((path, (e.size, since_epoch(e.modified?)?, e.identity)))
}

/// Size, modification time, identity: what tells one version of a file from
/// another (the people index stamps its records the same way).
pub(crate) type Version = (u64, (u64, u32), Option<Identity>);

/// The version of the file `md` describes (`None` without a modification time).
pub(crate) fn version(md: &fs::Metadata) -> Option<Version> {
    Some((
        md.len(),
        since_epoch(md.modified().ok()?)?,
        Identity::of(md),
    ))
}

/// The bytes of the regular file at `path`, when it is one of at most
/// [`MAX_BYTES`]; `None` for anything else (missing, unreadable, a FIFO).
pub(crate) fn read_capped(path: &Path) -> Option<Vec<u8>> {
    // A FIFO or a device in its place is not read (it could block or
    // never end), and a file grown past the limit is read no further.
    if !fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_BYTES) {
        return None;
    }
    let mut bytes = Vec::new();
    // Opened only as a regular file, without waiting (a FIFO put there
    // since the check above is refused too).
    let read = crate::store::regular_file::open_read(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes));
    (read.is_ok() && bytes.len() as u64 <= MAX_BYTES).then_some(bytes)
}

impl Heads {
    /// Read the cache in `dir` for the library opened on `roots`. Anything
    /// wrong (missing, unreadable, corrupt, another binary's) gives an empty
    /// cache: the heads are read from the files.
    pub fn load(dir: &Path, roots: &[PathBuf]) -> Self {
        Self::load_stamped(&dir.join(file_name(roots)), stamp().as_deref())
    }

    fn load_stamped(path: &Path, stamp: Option<&str>) -> Self {
        let Some(stamp) = stamp else {
            return Self::default();
        };
        let Some(bytes) = read_capped(path) else {
            return Self::default();
        };
        let Some((header, chunks)) = Chunks::open(&bytes).filter(|(h, _)| h.binary == stamp)
        else {
            return Self::default();
        };
        let mut heads = HashMap::new();
        for r in chunks.flatten() {
            let Some(root) = header.roots.get(r.root as usize) else {
                continue;
            };
            let path = if r.rel.is_empty() {
                root.to_string()
            } else {
                Path::new(&**root).join(&*r.rel).to_string_lossy().into_owned()
            };
            match r.head {
                Some((hash, meta)) => {
                    let version = (r.size, r.modified, r.identity);
                    heads.insert(path, (version, hash, meta.into()));
                }
                None => {
                    heads.remove(&path);
                }
            }
        }
        Self(heads)
    }

    /// Give the entries of `lib` the heads remembered for them (same file,
    /// size and time). Returns the indices of the entries filled.
    pub fn apply(mut self, lib: &mut Library) -> Vec<usize> {
        let mut filled = Vec::new();
        for (i, e) in lib.entries.iter_mut().enumerate() {
            let Some((path, version)) = key(e) else {
                continue;
            };
            if let Some((v, hash, meta)) = self.0.remove(&path)
                && v == version
            {
                e.meta = Some(meta);
                e.hash = Some(hash);
                filled.push(i);
            }
        }
        filled
    }

    /// How many heads are remembered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

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
pub fn encode(lib: &Library, roots: &[PathBuf], order: &[usize]) -> Option<Vec<u8>> {
    encode_stamped(lib, &Roots::new(roots), order, &stamp()?)
}

fn encode_stamped(lib: &Library, roots: &Roots, order: &[usize], binary: &str) -> Option<Vec<u8>> {
    let mut taken = vec![false; lib.entries.len()];
    let mut seen = std::collections::HashSet::new();
    let records: Vec<Record<'_>> = order
        .iter()
        .copied()
        .chain(0..lib.entries.len())
        .filter(|&i| taken.get_mut(i).is_some_and(|t| !std::mem::replace(t, true)))
        .filter_map(|i| record(lib.entries.get(i)?, roots))
        .filter(|r| seen.insert((r.root, r.rel.clone())))
        .collect();
    let header = Header {
        binary: Cow::Borrowed(binary),
        roots: roots.absolute.iter().map(|r| Cow::Borrowed(r.as_str())).collect(),
        skipped: lib
            .skipped
            .iter()
            .filter_map(|s| Some((Cow::Borrowed(s.path.to_str()?), Cow::Borrowed(&*s.reason))))
            .collect(),
        base: 0,
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
        .filter_map(|p| match by_path.get(p.as_path()) {
            Some(e) => record(e, &roots),
            None => {
                let (root, rel) = roots.place(p)?;
                Some(Record {
                    root,
                    rel: Cow::Borrowed(rel),
                    size: 0,
                    modified: (0, 0),
                    identity: None,
                    head: None,
                })
            }
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
    let mut f =
        crate::store::regular_file::open(&path, fs::OpenOptions::new().append(true))?;
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

#[cfg(test)]
mod tests;
