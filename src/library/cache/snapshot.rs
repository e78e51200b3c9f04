//! A library opened from the heads cache alone, before the folders are walked:
//! every file the cache holds, with its head, in the order the list last
//! showed them. The first chunk (a screenful) is decoded on its own
//! ([`Snapshot::first`]), the rest after ([`Snapshot::rest`]). The walk that
//! follows reconciles: files added, gone or changed since (see `app::heads`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use super::format::{CHUNK, Chunks, Record};
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
    /// The sort the chunks written whole are in, if they are in one.
    sort: Option<crate::config::Sort>,
    /// Records in the chunks written whole.
    count: usize,
}

/// What the cache adds to the entries of the first chunk.
#[derive(Debug)]
pub struct Rest {
    pub entries: Vec<Entry>,
    /// Bytes of the chunks written whole, and of the log after them.
    pub base: u64,
    pub log: u64,
    pub torn: bool,
    /// Every entry is in this sort's order (nothing was logged after the
    /// chunks written whole, nothing torn).
    pub sorted: Option<crate::config::Sort>,
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
        let sort = header.sort.and_then(super::format::sort_of);
        let count = usize::try_from(header.count).unwrap_or(usize::MAX);
        drop(header);
        Some(Self {
            bytes,
            roots: roots.to_vec(),
            skipped,
            base,
            next,
            log,
            torn,
            sort,
            count,
        })
    }

    /// How many entries the cache holds, as its header says (files the log
    /// adds or removes aside).
    pub fn count(&self) -> usize {
        self.count
    }

    /// The sort the entries decoded so far are in, if they are in one:
    /// nothing logged after the chunks written whole, nothing torn.
    pub fn sorted(&self) -> Option<crate::config::Sort> {
        self.sort
            .filter(|_| self.bytes.len() == self.base && !self.torn)
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

    /// The entries after the first chunk (or all of them, if
    /// [`Snapshot::first`] was not taken), with the files only the log has.
    pub fn rest(self) -> Rest {
        self.rest_after(Vec::new())
    }

    /// [`Snapshot::rest`] after the entries `first` (those of
    /// [`Snapshot::first`]): all of them in one vector, grown once (a
    /// second vector of 100,000 entries would be 40 MB more at the peak).
    pub fn rest_after(mut self, first: Vec<Entry>) -> Rest {
        let mut entries = first;
        let bytes = std::mem::take(&mut self.bytes);
        let mut chunks = Chunks::at(bytes.get(..self.base).unwrap_or_default(), self.next);
        if self.log.is_empty() {
            // Nothing to merge: the chunks are decoded side by side.
            let mut bodies = Vec::new();
            while let Some(body) = chunks.next_body() {
                bodies.push(body);
            }
            self.torn |= decode_parallel(&bodies, &self.roots, &mut entries);
        }
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
        let log = (bytes.len() - self.base) as u64;
        Rest {
            entries,
            base: self.base as u64,
            log,
            torn: self.torn,
            sorted: self.sort.filter(|_| log == 0 && !self.torn),
        }
    }
}

/// The entries of chunk `bodies` added to `entries`, decoded on up to four
/// threads (this one among them), in order; true if a chunk did not decode
/// (the file ends there, as for [`Chunks`]).
fn decode_parallel(bodies: &[&[u8]], roots: &[PathBuf], entries: &mut Vec<Entry>) -> bool {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 4));
    let per = bodies.len().div_ceil(threads).max(1);
    // Every chunk but the last holds CHUNK records: room made once, not
    // grown (and copied) as 100,000 entries come in.
    entries.reserve(bodies.len() * CHUNK);
    let decode = |part: &[&[u8]], out: &mut Vec<Entry>| -> bool {
        for body in part {
            let Some(records) = super::format::records(body) else {
                return true;
            };
            out.extend(records.into_iter().filter_map(|r| entry(r, roots)));
        }
        false
    };
    std::thread::scope(|scope| {
        let mut parts = bodies.chunks(per);
        let first = parts.next().unwrap_or_default();
        let others: Vec<_> = parts
            .map(|part| {
                scope.spawn(move || {
                    let mut out = Vec::with_capacity(part.len() * CHUNK);
                    let cut = decode(part, &mut out);
                    (out, cut)
                })
            })
            .collect();
        if decode(first, entries) {
            return true;
        }
        for other in others {
            // A part whose thread failed ends the file there, like a torn chunk.
            let (part, cut) = other.join().unwrap_or_else(|_| (Vec::new(), true));
            entries.extend(part);
            if cut {
                return true;
            }
        }
        false
    })
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
        (PathBuf::from(&*r.rel), joined(root, &r.rel))
    };
    let mut e = Entry::new(shown, Source::File(path), r.size);
    let (secs, nanos) = r.modified;
    e.modified = UNIX_EPOCH.checked_add(Duration::new(secs, nanos));
    e.identity = r.identity;
    e.meta = Some(meta.into());
    e.hash = Some(hash);
    Some(e)
}

/// `root.join(rel)` for a relative `rel`, made in one allocation of the
/// right size (`Path::join` copies the root, then grows it).
fn joined(root: &Path, rel: &str) -> PathBuf {
    let rel_path = Path::new(rel);
    if !rel_path.is_relative() {
        return root.join(rel_path);
    }
    let root = root.as_os_str();
    let mut s = std::ffi::OsString::with_capacity(root.len() + 1 + rel.len());
    s.push(root);
    if !root.is_empty()
        && !root
            .as_encoded_bytes()
            .ends_with(std::path::MAIN_SEPARATOR_STR.as_bytes())
    {
        s.push(std::path::MAIN_SEPARATOR_STR);
    }
    s.push(rel);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::joined;

    #[test]
    fn joined_is_path_join() {
        for (root, rel) in [
            ("/news", "a.txt"),
            ("/news/", "a.txt"),
            ("news", "2026/a.txt"),
            ("", "a.txt"),
            ("/", "a.txt"),
            ("/news", "/abs.txt"),
        ] {
            assert_eq!(
                joined(Path::new(root), rel),
                PathBuf::from(root).join(rel),
                "{root} {rel}"
            );
        }
    }
}
