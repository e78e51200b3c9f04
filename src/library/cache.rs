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
mod write;

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{Entry, Identity, Library, Source};
use crate::article::Meta;
use format::Chunks;
pub use snapshot::{Rest, Snapshot};
#[cfg(test)]
use write::Roots;
pub(crate) use write::write_named;
pub use write::{append, encode, encode_changes, remove_old, write};
#[cfg(test)]
use write::{encode_sorted, encode_stamped};

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
        let Some((header, chunks)) = Chunks::open(&bytes).filter(|(h, _)| h.binary == stamp) else {
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
                Path::new(&**root)
                    .join(&*r.rel)
                    .to_string_lossy()
                    .into_owned()
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
        // No cache (the first run): no path made absolute for each file.
        if self.0.is_empty() {
            return filled;
        }
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

#[cfg(test)]
mod tests;
