//! Reading state that outlives a session: read marks, stars and positions.
//!
//! Kept in `state.json` in the platform data folder. Records are found by a hash
//! of the file's head (so a moved or renamed file keeps its state) and by path
//! (so an edited file does too). Writes are atomic and merged under a lock, so
//! two byline processes never corrupt the file; an unreadable file is set aside,
//! never overwritten.

mod file;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use file::{LoadError, SaveError, timestamp};

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

/// What byline remembers about one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Record {
    /// The path as last seen.
    pub path: String,
    #[serde(default)]
    pub read: bool,
    #[serde(default)]
    pub starred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    /// Milliseconds since the epoch of the last change: the newer record wins
    /// when two processes wrote.
    #[serde(default)]
    pub updated: u64,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Store {
    #[serde(default = "version")]
    pub version: u32,
    /// By head hash (16 hex digits).
    #[serde(default)]
    pub articles: HashMap<String, Record>,
}

fn version() -> u32 {
    1
}

impl Default for Store {
    fn default() -> Self {
        Self {
            version: version(),
            articles: HashMap::new(),
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

/// The key of a head hash.
pub fn key(hash: u64) -> String {
    format!("{hash:016x}")
}

impl Store {
    /// The record for a file: same content first, then same path.
    pub fn find(&self, hash: u64, path: &Path) -> Option<&Record> {
        let path = path.to_string_lossy();
        self.articles
            .get(&key(hash))
            .or_else(|| self.articles.values().find(|r| r.path == path))
    }

    /// Set the record for a file (replacing one found by path under an old hash).
    pub fn put(&mut self, hash: u64, record: Record) {
        let k = key(hash);
        self.articles
            .retain(|old_key, r| *old_key == k || r.path != record.path);
        self.articles.insert(k, record);
    }

    /// Merge another copy (from disk, written by another process): per article
    /// the newer record wins.
    pub fn merge(&mut self, other: Store) {
        for (k, theirs) in other.articles {
            match self.articles.get(&k) {
                Some(ours) if ours.updated >= theirs.updated => {}
                _ => {
                    self.articles.insert(k, theirs);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
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
        assert!(ours.articles[&key(1)].read);
        assert!(ours.articles[&key(2)].read);
        assert!(ours.articles.contains_key(&key(3)));
    }
}
