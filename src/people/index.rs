//! The people index: per article file, only what People needs of it (a
//! [`Quoted`]), stamped with the file's version (size, modification time and
//! [`crate::library::Identity`], as the heads cache stamps heads) and kept
//! between runs in the cache folder beside the heads cache, in one
//! `people-<hash>.bin` per library ([`store`] has the format).
//!
//! It is derived data: a record is used only for the same file at the same
//! version, read by the same byline binary; a missing, stale, corrupt or
//! old-format index is read again from the files and replaced atomically.

pub mod store;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Quoted;
use crate::library::cache::{self, Version};

/// One file as the index remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub version: Version,
    /// `None`: the file could not be read as an article (it is left out, and
    /// not tried again until it changes).
    pub quoted: Option<Quoted>,
}

/// The records of a library's files, by absolute path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    files: HashMap<String, Record>,
}

impl Index {
    /// The index in the file at `path`, written by the `binary` given (see
    /// [`cache::stamp`]). Anything wrong gives an empty index.
    pub fn load(path: &Path, binary: &str) -> Self {
        let files = cache::read_capped(path)
            .and_then(|bytes| store::decode(&bytes, binary))
            .unwrap_or_default();
        Self { files }
    }

    /// Write the index to `path`, atomically (a temporary file in the same
    /// folder, renamed over the old one).
    ///
    /// # Errors
    /// When the folder or file cannot be written, or the path has no file name.
    pub fn save(&self, path: &Path, binary: &str) -> std::io::Result<()> {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str()))
        else {
            return Err(std::io::Error::other("no file name for the people index"));
        };
        let bytes = store::encode(&self.files, binary).map_err(std::io::Error::other)?;
        cache::write_named(dir, name, &bytes)
    }

    /// The record of the file at `path` when it is still of `version`: taken
    /// out of the index.
    pub fn take(&mut self, path: &str, version: &Version) -> Option<Record> {
        if self.files.get(path)?.version == *version {
            self.files.remove(path)
        } else {
            None
        }
    }

    /// The record of the file at `path`.
    pub fn get(&self, path: &str) -> Option<&Record> {
        self.files.get(path)
    }

    pub fn insert(&mut self, path: String, record: Record) {
        self.files.insert(path, record);
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// The index file in `dir` for a library whose files are all under `root`.
pub fn file(dir: &Path, root: &Path) -> PathBuf {
    dir.join(cache::named("people", "bin", &[root.to_path_buf()]))
}

/// The deepest folder that holds every one of `paths` (absolute), `None`
/// without paths.
pub fn common_folder<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Option<PathBuf> {
    let mut common: Option<PathBuf> = None;
    for p in paths {
        let folder = p.parent().unwrap_or(p);
        common = Some(match common {
            None => folder.to_path_buf(),
            Some(c) if folder.starts_with(&c) => c,
            Some(c) => c
                .components()
                .zip(folder.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    common
}

#[cfg(test)]
mod tests;
