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

mod meta;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{Entry, Identity, Library, Source};
use meta::CachedMeta;

/// Bigger than this is not ours (or not worth it): ignored.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The cache file for a library opened on `roots` (folders or files).
fn file_name(roots: &[PathBuf]) -> String {
    named("heads", "json", roots)
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

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile<'a> {
    /// Which binary wrote it (see [`stamp`]).
    binary: Cow<'a, str>,
    heads: Vec<Cached<'a>>,
}

/// One head: borrowed from the library when written, owned when read.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cached<'a> {
    /// Absolute, valid UTF-8 (other paths are not cached).
    path: String,
    size: u64,
    /// Modification time: seconds and nanoseconds since the epoch.
    modified: (u64, u32),
    /// Device, inode and change time where the platform has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    identity: Option<Identity>,
    hash: u64,
    meta: CachedMeta<'a>,
}

/// The heads of a cache file, by absolute path.
#[derive(Debug, Default)]
pub struct Heads(HashMap<String, Cached<'static>>);

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
        let parsed = serde_json::from_slice::<CacheFile<'static>>(&bytes);
        drop(bytes);
        match parsed {
            Ok(file) if file.binary == stamp => Self(
                file.heads
                    .into_iter()
                    .map(|c| (c.path.clone(), c))
                    .collect(),
            ),
            _ => Self::default(),
        }
    }

    /// Give the entries of `lib` the heads remembered for them (same file,
    /// size and time). Returns the indices of the entries filled.
    pub fn apply(mut self, lib: &mut Library) -> Vec<usize> {
        let mut filled = Vec::new();
        for (i, e) in lib.entries.iter_mut().enumerate() {
            let Some((path, version)) = key(e) else {
                continue;
            };
            if let Some(c) = self.0.remove(&path)
                && (c.size, c.modified, c.identity) == version
            {
                e.meta = Some(c.meta.into());
                e.hash = Some(c.hash);
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

/// The cache file's bytes for the heads `lib` knows now (borrowed, not
/// copied), or `None` when this binary cannot be told apart from others.
pub fn encode(lib: &Library) -> Option<Vec<u8>> {
    encode_stamped(lib, &stamp()?)
}

fn encode_stamped(lib: &Library, binary: &str) -> Option<Vec<u8>> {
    let mut heads: Vec<Cached<'_>> = lib
        .entries
        .iter()
        .filter_map(|e| {
            let (path, (size, modified, identity)) = key(e)?;
            Some(Cached {
                path,
                size,
                modified,
                identity,
                hash: e.hash?,
                meta: e.meta.as_ref()?.into(),
            })
        })
        .collect();
    heads.sort_by(|a, b| a.path.cmp(&b.path));
    heads.dedup_by(|a, b| a.path == b.path);
    let file = CacheFile {
        binary: Cow::Borrowed(binary),
        heads,
    };
    serde_json::to_vec(&file).ok()
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
