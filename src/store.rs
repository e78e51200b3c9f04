//! Reading state that outlives a session: read marks, stars and positions.
//!
//! Kept in `state.json` in the platform data folder. A record belongs to one
//! file: it is keyed by the hash of the file's head *and* its path, so two
//! copies of one article are two entries. A file that was edited (same path,
//! new head) keeps its record, and so does one that was moved or renamed (same
//! head, its old path gone); the record then takes the new path.
//!
//! Every field carries the time it last changed, and two copies of the store
//! (two byline windows) are merged field by field: a star set in one window
//! and a read mark set in another both survive. Writes are atomic and merged
//! under a lock that is waited for only so long; a file that cannot be parsed
//! is set aside, never overwritten.

mod file;
mod full_screen;
mod merge;
pub(crate) mod regular_file;
mod sort;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub(crate) use file::write_atomic_with;
pub use file::{LOCK_WAIT, LOCKED, LoadError, SaveError, timestamp};

/// Where reading state lives when nothing else is said.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.data_dir().to_path_buf())
}

/// Where the text was when the reader left it: a document block and a byte in it
/// (independent of the terminal's width).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub block: u32,
    pub offset: u32,
}

/// When each field of a [`Record`] last changed, in milliseconds since the
/// epoch (0: never, or a record written before fields had their own time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub(crate) struct Stamps {
    #[serde(default)]
    pub read: u64,
    #[serde(default)]
    pub starred: u64,
    #[serde(default)]
    pub anchor: u64,
}

/// What byline remembers about one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub(crate) struct Record {
    /// The path as last seen.
    pub path: String,
    #[serde(default)]
    pub read: bool,
    #[serde(default)]
    pub starred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    /// Milliseconds since the epoch of the last change to any field (what
    /// the first file format merged by; still written for it).
    #[serde(default)]
    pub updated: u64,
    /// When each field changed: merging goes by these.
    #[serde(default, skip_serializing_if = "Stamps::is_none")]
    pub stamps: Stamps,
    /// The file's device and inode when last seen (a rename keeps them): tells
    /// the moved file from a copy of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inode: Option<(u64, u64)>,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Store {
    #[serde(default = "version")]
    pub version: u32,
    /// By [`record_key`]: head hash (16 hex digits), a space, the path.
    #[serde(default)]
    pub articles: HashMap<String, Record>,
    /// The list's sort as last chosen with `t` (absent from older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) sort: Option<sort::ChosenSort>,
    /// Full screen as last chosen (absent from older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) full_screen: Option<full_screen::ChosenFullScreen>,
    /// Keys this process dropped (a file edited or moved: its record moved to
    /// a new key), so that merging with the file does not bring them back.
    #[serde(skip)]
    pub(crate) removed: HashSet<String>,
}

/// The format stays version 1: records only gained fields (`stamps`) and keys
/// gained the path, both of which the first format's readers ignore or find
/// by path.
fn version() -> u32 {
    1
}

impl Default for Store {
    fn default() -> Self {
        Self {
            version: version(),
            articles: HashMap::new(),
            sort: None,
            full_screen: None,
            removed: HashSet::new(),
        }
    }
}

/// FNV-1a, 64 bits, over little-endian 64-bit words and then the remaining
/// bytes: stable across builds and platforms (std's hasher is not), and eight
/// times fewer steps than byte-wise FNV for the 8 KB heads of 10,000 files.
pub fn hash(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let h = words.fold(0xcbf2_9ce4_8422_2325, |h, w| {
        let mut word = [0u8; 8];
        word.copy_from_slice(w);
        (h ^ u64::from_le_bytes(word)).wrapping_mul(PRIME)
    });
    tail.iter()
        .fold(h, |h, b| (h ^ u64::from(*b)).wrapping_mul(PRIME))
}

/// The hash of an empty head.
const EMPTY: u64 = 0xcbf2_9ce4_8422_2325;

/// A head hash as 16 hex digits (the whole key in the first file format).
pub fn key(hash: u64) -> String {
    format!("{hash:016x}")
}

/// The key of one file's record: its head hash and its path.
pub(crate) fn record_key(hash: u64, path: &str) -> String {
    format!("{hash:016x} {path}")
}

/// A file whose record is looked for.
#[derive(Debug, Clone, Copy)]
pub struct File<'a> {
    /// The hash of its head.
    pub hash: u64,
    pub path: &'a str,
    /// Device and inode, where known.
    pub inode: Option<(u64, u64)>,
}

/// Which record of a file that was moved (same head, old path gone) a file
/// takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Moves {
    /// Only one of the same inode (renamed or moved within a file system).
    SameInode,
    /// Else any (copied elsewhere and the original deleted, moved across file
    /// systems): the most recently changed.
    Any,
}

/// Whether nothing is at `path` any more (the file was moved or deleted).
pub fn gone(path: &str) -> bool {
    std::fs::symlink_metadata(path).is_err()
}

/// The more recently updated of `best` and one more record.
fn newest<'a>(
    best: Option<(&'a str, &'a Record)>,
    (k, r): (&'a String, &'a Record),
) -> Option<(&'a str, &'a Record)> {
    match best {
        Some((_, b)) if b.updated >= r.updated => best,
        _ => Some((k.as_str(), r)),
    }
}

/// What a file could have a record under at all: the paths and the heads
/// of the records (see [`Store::candidates`]). A file with neither has none.
#[derive(Debug, Default)]
pub(crate) struct Candidates {
    paths: HashSet<String>,
    heads: HashSet<u64>,
}

impl Candidates {
    /// No record at all.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty() && self.heads.is_empty()
    }

    /// Whether [`Store::find_keyed`] could find a record for the file with
    /// head `hash` at `path` (its key, its path, or its head moved).
    pub fn may_have(&self, hash: u64, path: &str) -> bool {
        self.heads.contains(&hash) || self.paths.contains(path)
    }

    /// A record was put under `hash` and `path`.
    pub fn add(&mut self, hash: u64, path: &str) {
        self.heads.insert(hash);
        self.paths.insert(path.to_string());
    }
}

impl Store {
    /// The record for a file: this file's own (same head, same path); else
    /// the record of the same path (the file was edited); else that of the
    /// same head whose file is gone (it was moved or renamed). A copy of
    /// another file that is still there gets nothing: it is its own article.
    #[cfg(test)]
    pub fn find(&self, hash: u64, path: &std::path::Path) -> Option<&Record> {
        let file = File {
            hash,
            path: &path.to_string_lossy(),
            inode: None,
        };
        self.find_keyed(&file, Moves::Any, gone).map(|(_, r)| r)
    }

    /// [`Store::find`] with the key it was found under, which moved records
    /// count, and `gone` telling whether a path no longer exists.
    /// The paths and heads of the records, to skip files without one.
    pub(crate) fn candidates(&self) -> Candidates {
        let mut c = Candidates::default();
        for (k, r) in &self.articles {
            c.paths.insert(r.path.clone());
            if let Some(head) = k.get(..16).and_then(|h| u64::from_str_radix(h, 16).ok()) {
                c.heads.insert(head);
            }
        }
        c
    }

    pub(crate) fn find_keyed(
        &self,
        file: &File<'_>,
        moves: Moves,
        gone: impl Fn(&str) -> bool,
    ) -> Option<(&str, &Record)> {
        let File { hash, path, inode } = *file;
        if let Some((k, r)) = self.articles.get_key_value(&record_key(hash, path)) {
            return Some((k.as_str(), r));
        }
        let same_path = self
            .articles
            .iter()
            .filter(|(_, r)| r.path == path)
            .fold(None, newest);
        if same_path.is_some() {
            return same_path;
        }
        if hash == EMPTY {
            // Every empty file has this head: it tells nothing about which
            // file moved where.
            return None;
        }
        let head = key(hash);
        let gone_same_head = || {
            self.articles
                .iter()
                .filter(|(k, r)| k.starts_with(&head) && r.path != path && gone(&r.path))
        };
        let same_inode = gone_same_head()
            .filter(|(_, r)| inode.is_some() && r.inode == inode)
            .fold(None, newest);
        match moves {
            _ if same_inode.is_some() => same_inode,
            Moves::Any => gone_same_head().fold(None, newest),
            Moves::SameInode => None,
        }
    }

    /// Set the record for a file, replacing any record of the same path under
    /// an old hash (the file was edited).
    pub fn put(&mut self, hash: u64, record: Record) {
        let k = record_key(hash, &record.path);
        let old: Vec<String> = self
            .articles
            .iter()
            .filter(|(old_key, r)| **old_key != k && r.path == record.path)
            .map(|(old_key, _)| old_key.clone())
            .collect();
        for old_key in old {
            self.forget(&old_key);
        }
        self.removed.remove(&k);
        self.articles.insert(k, record);
    }

    /// Drop the record under `key` (its file moved to another key), also from
    /// the file at the next save.
    pub(crate) fn forget(&mut self, key: &str) {
        self.articles.remove(key);
        self.removed.insert(key.to_string());
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    pub(super) fn rec(path: &str, read: bool, updated: u64) -> Record {
        Record {
            path: path.into(),
            read,
            updated,
            ..Record::default()
        }
    }

    #[test]
    fn hash_is_stable() {
        // Pinned values: a change here would lose every user's reading state.
        assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(key(hash(b"a")), "af63dc4c8601ec8c");
        assert_eq!(key(hash(b"byline reads news")), "ae8ef2bfbdbf67a9");
        assert_ne!(hash(b"12345678"), hash(b"12345679"));
        assert_ne!(hash(b"12345678a"), hash(b"12345678b"));
    }

    #[test]
    fn find_by_content_then_by_path() {
        let mut s = Store::default();
        s.put(1, rec("a.txt", true, 1));
        assert!(s.find(1, Path::new("moved/a.txt")).is_some_and(|r| r.read));
        assert!(s.find(2, Path::new("a.txt")).is_some_and(|r| r.read));
        assert!(s.find(2, Path::new("b.txt")).is_none());
    }

    /// A file is a candidate when find could find it: by its head (its key
    /// or a move) or by its path (an edit); any other file has no record.
    #[test]
    fn candidates_are_the_files_find_could_find() {
        let mut s = Store::default();
        assert!(s.candidates().is_empty());
        s.put(1, rec("a.txt", true, 1));
        let mut c = s.candidates();
        for (hash, path) in [(1, "a.txt"), (1, "moved/a.txt"), (2, "a.txt")] {
            assert!(c.may_have(hash, path), "{hash} {path}");
            assert!(s.find(hash, Path::new(path)).is_some(), "{hash} {path}");
        }
        assert!(!c.may_have(2, "b.txt"));
        assert!(s.find(2, Path::new("b.txt")).is_none());
        c.add(2, "b.txt");
        assert!(c.may_have(2, "c.txt") && c.may_have(3, "b.txt"));
    }

    #[test]
    fn put_replaces_the_old_record_of_an_edited_file() {
        let mut s = Store::default();
        s.put(1, rec("a.txt", true, 1));
        s.put(2, rec("a.txt", false, 2));
        assert_eq!(s.articles.len(), 1);
        assert!(s.find(2, Path::new("a.txt")).is_some_and(|r| !r.read));
    }

    #[test]
    fn merge_keeps_the_newer_record() {
        let mut ours = Store::default();
        ours.put(1, rec("a", true, 5));
        ours.put(2, rec("b", false, 1));
        let mut theirs = Store::default();
        theirs.put(1, rec("a", false, 3));
        theirs.put(2, rec("b", true, 9));
        theirs.put(3, rec("c", true, 1));
        ours.merge(theirs);
        assert!(ours.articles[&record_key(1, "a")].read);
        assert!(ours.articles[&record_key(2, "b")].read);
        assert!(ours.articles.contains_key(&record_key(3, "c")));
    }
}

#[cfg(test)]
mod regressions;
