//! The sync index: what each feed gave last time, so that a second sync adds
//! nothing. `sync.json` beside the reading state, written atomically like it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The index file's name in the data folder.
pub const FILE: &str = "sync.json";

/// Per feed URL, its validators and the items written.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    #[serde(default)]
    pub feeds: BTreeMap<String, FeedState>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedState {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// Seconds since the epoch before which the server asked not to come back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<u64>,
    /// By item key (guid, else link, else title and date).
    #[serde(default)]
    pub items: BTreeMap<String, ItemState>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemState {
    /// The file written.
    pub path: String,
    /// A hash of what the feed said of the item: a change rewrites the file.
    pub hash: u64,
}

impl Index {
    /// The index in `dir`; empty when there is none or it cannot be read (the
    /// files themselves are found again by their `url`, so nothing doubles).
    pub fn load(dir: &Path) -> Self {
        let path = dir.join(FILE);
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Write the index into `dir` atomically.
    ///
    /// # Errors
    /// The folder cannot be made or written.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::store::write_atomic_with(&dir.join(FILE), &json, |f, bytes| {
            std::io::Write::write_all(f, bytes)?;
            f.sync_all()
        })
    }
}

/// FNV-1a: a hash that stays the same from one run (and build) to the next.
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_missing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Index::load(dir.path()), Index::default());
        let mut i = Index::default();
        let f = i.feeds.entry("http://h/rss".into()).or_default();
        f.etag = Some("\"e\"".into());
        f.items.insert(
            "g1".into(),
            ItemState {
                path: "/x/a.md".into(),
                hash: 7,
            },
        );
        i.save(dir.path()).unwrap();
        assert_eq!(Index::load(dir.path()), i);
        std::fs::write(dir.path().join(FILE), "{ broken").unwrap();
        assert_eq!(Index::load(dir.path()), Index::default());
    }

    #[test]
    fn hash_is_stable_and_separates_parts() {
        assert_eq!(stable_hash(&["a", "b"]), stable_hash(&["a", "b"]));
        assert_ne!(stable_hash(&["ab", ""]), stable_hash(&["a", "b"]));
        assert_eq!(stable_hash(&[]), 0xcbf2_9ce4_8422_2325);
    }
}
