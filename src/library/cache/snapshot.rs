//! A library opened from the heads cache alone, before the folders are walked:
//! every file the cache holds, with its head, in the order the list last
//! showed them. The first chunk (a screenful) is decoded on its own
//! ([`Snapshot::first`]), the rest after ([`Snapshot::rest`]). The walk that
//! follows reconciles: files added, gone or changed since (see `app::heads`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use super::format::{Chunks, Record};
use super::{file_name, read_capped, stamp};
use crate::library::{Entry, Skipped, Source};

/// The log's records, by root and path under it: the file's entry, or `None`
/// for a file gone.
type Log = HashMap<u32, HashMap<String, Option<Entry>>>;

/// A cache file read and checked, its records not yet decoded.
#[derive(Debug)]
pub struct Snapshot {
    bytes: Vec<u8>,
    /// The roots as given now (the cache names them absolute).
    roots: Vec<PathBuf>,
    /// Files the scan skipped last time.
    pub skipped: Vec<Skipped>,
    /// Where the chunks written whole end.
    base: usize,
    /// The next chunk of the base to decode.
    next: usize,
    log: Log,
    /// Something was cut short or did not decode: the file is to be written
    /// whole again.
    pub torn: bool,
}

/// What the cache adds to the entries of the first chunk.
#[derive(Debug)]
pub struct Rest {
    pub entries: Vec<Entry>,
    /// Bytes of the chunks written whole, and of the log after them.
    pub base: u64,
    pub log: u64,
    pub torn: bool,
}

impl Snapshot {
    /// The cache in `dir` for the library opened on `roots`, when there is one
    /// of this binary (`None` otherwise: the folders are walked first).
    pub fn read(dir: &Path, roots: &[PathBuf]) -> Option<Self> {
        Self::read_stamped(&dir.join(file_name(roots)), roots, &stamp()?)
    }

    pub(crate) fn read_stamped(path: &Path, roots: &[PathBuf], binary: &str) -> Option<Self> {
        let bytes = read_capped(path)?;
        let (header, chunks) = Chunks::open(&bytes)?;
        if header.binary != binary || header.roots.len() != roots.len() {
            return None;
        }
        let skipped = header
            .skipped
            .iter()
            .map(|(path, reason)| Skipped {
                path: PathBuf::from(&**path),
                reason: reason.to_string(),
            })
            .collect();
        let next = chunks.offset();
        let base = usize::try_from(header.base).ok()?.clamp(next, bytes.len());
        let mut log_chunks = Chunks::at(&bytes, base);
        let mut log = Log::new();
        for r in log_chunks.by_ref().flatten() {
            let rel = r.rel.to_string();
            log.entry(r.root).or_default().insert(rel, entry(r, roots));
        }
        let torn = log_chunks.torn || base != usize::try_from(header.base).ok()?;
        drop(header);
        Some(Self {
            bytes,
            roots: roots.to_vec(),
            skipped,
            base,
            next,
            log,
            torn,
        })
    }

    /// The entries of the first chunk: the top of the list as it was last shown.
    pub fn first(&mut self) -> Vec<Entry> {
        let mut chunks = Chunks::at(self.bytes.get(..self.base).unwrap_or_default(), self.next);
        let first = chunks.next();
        self.torn |= chunks.torn;
        self.next = chunks.offset();
        first.map_or_else(Vec::new, |records| {
            merge(&mut self.log, &self.roots, records)
        })
    }

    /// The entries after the first chunk, with the files only the log has.
    pub fn rest(mut self) -> Rest {
        let mut entries = Vec::new();
        let bytes = std::mem::take(&mut self.bytes);
        let mut chunks = Chunks::at(bytes.get(..self.base).unwrap_or_default(), self.next);
        for records in chunks.by_ref() {
            entries.extend(merge(&mut self.log, &self.roots, records));
        }
        self.torn |= chunks.torn;
        entries.extend(
            self.log
                .into_values()
                .flat_map(HashMap::into_values)
                .flatten(),
        );
        Rest {
            entries,
            base: self.base as u64,
            log: (bytes.len() - self.base) as u64,
            torn: self.torn,
        }
    }
}

/// Entries for base `records`, as the `log` has them where it has them.
fn merge(log: &mut Log, roots: &[PathBuf], records: Vec<Record<'_>>) -> Vec<Entry> {
    records
        .into_iter()
        .filter_map(
            |r| match log.get_mut(&r.root).and_then(|files| files.remove(&*r.rel)) {
                Some(logged) => logged,
                None => entry(r, roots),
            },
        )
        .collect()
}

/// The entry a record describes, as the scan would make it (its path under
/// a folder shown, read from the folder as given); `None` for a file gone.
fn entry(r: Record<'_>, roots: &[PathBuf]) -> Option<Entry> {
    let root = roots.get(usize::try_from(r.root).ok()?)?;
    let (hash, meta) = r.head?;
    let (shown, path) = if r.rel.is_empty() {
        (root.clone(), root.clone())
    } else {
        (PathBuf::from(&*r.rel), root.join(&*r.rel))
    };
    let mut e = Entry::new(shown, Source::File(path), r.size);
    let (secs, nanos) = r.modified;
    e.modified = UNIX_EPOCH.checked_add(Duration::new(secs, nanos));
    e.identity = r.identity;
    e.meta = Some(meta.into());
    e.hash = Some(hash);
    Some(e)
}
