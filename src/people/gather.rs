//! The people of a whole library, gathered from its files: what the People
//! view shows. [`gather`] reports its progress so the view can say `reading
//! quotations 3,200/10,000`.
//!
//! `cache` names the folder for the people index ([`super::index`]) kept
//! beside the heads cache; with `None` (tests, the command line) every article
//! is read. With it, a file whose version (size, modification time, identity)
//! is the one the index has is not read at all; new and changed files are read,
//! removed ones dropped, and the index is written again when anything changed.
//! Built-in samples ([`Source::Embedded`]) are never indexed: they are parsed.

use std::collections::HashSet;
use std::path::Path;

use super::index::{self, Index, Record};
use super::{Person, Quoted, build_from, summary};
use crate::article::Format;
use crate::library::cache::{self, Version};
use crate::library::{Source, load};

/// The people of a library, and the articles they are quoted in: a
/// [`super::QuoteRef::article`] indexes `sources`.
#[derive(Debug, Clone, Default)]
pub struct Gathered {
    pub people: Vec<Person>,
    pub sources: Vec<Source>,
    /// The people from the summary ([`super::summary`]): each with its
    /// counts, none with quotations yet (the full gather follows).
    pub partial: bool,
}

/// Gather the people quoted in `articles`, calling `progress(done, total)` as
/// articles are read (`total`: the articles that have to be read, those the
/// index does not know as they are). Articles that cannot be read are left
/// out.
///
/// The index lives in `cache` as `people-<hash of the folder holding every
/// article file>.bin`.
pub fn gather(
    articles: &[(Source, Format)],
    cache: Option<&Path>,
    progress: &mut dyn FnMut(usize, usize),
) -> Gathered {
    gather_early(articles, cache, &mut |_| {}, progress)
}

/// [`gather`], first handing `early` the people of the summary
/// ([`super::summary`]) when it was made from exactly these files (their
/// paths and versions, in this order): the list, before the quotations are
/// read. Written again after the gather when it was not.
pub fn gather_early(
    articles: &[(Source, Format)],
    cache: Option<&Path>,
    early: &mut dyn FnMut(Gathered),
    progress: &mut dyn FnMut(usize, usize),
) -> Gathered {
    let binary = cache::stamp();
    let paths = paths(articles, cache.is_some() && binary.is_some());
    let file = cache.and_then(|dir| {
        let root = index::common_folder(paths.iter().flatten().map(Path::new))?;
        Some(index::file(dir, &root))
    });
    let (Some(file), Some(binary)) = (file, binary) else {
        let keys = vec![None; articles.len()];
        return gather_indexed_in(articles, &keys, &mut Index::default(), progress).0;
    };
    // The index is read and decoded on a thread of its own while the files
    // are stat'ed: neither needs the other.
    let summary_file = summary::file(&file);
    let (old, keys, key, summed) = std::thread::scope(|s| {
        let old = s.spawn(|| Index::load(&file, &binary));
        let keys = versions(paths);
        let key = key_of(&keys);
        let summed = key
            .and_then(|key| summary::load(&summary_file, key, &binary))
            .map(|people| {
                early(Gathered {
                    people,
                    sources: Vec::new(),
                    partial: true,
                });
            })
            .is_some();
        (old.join().unwrap_or_default(), keys, key, summed)
    });
    let gathered = gather_indexed(articles, &keys, old, &file, &binary, progress);
    if let (Some(key), false) = (key, summed) {
        // Derived data, as the index: a failed write means no summary next time.
        let _ = summary::save(&summary_file, &gathered.people, key, &binary);
    }
    gathered
}

/// Phase 1 alone, for the bench: the files stat'ed and the summary read,
/// when it is for exactly these files.
pub fn summary_only(articles: &[(Source, Format)], cache: &Path) -> Option<Gathered> {
    let binary = cache::stamp()?;
    let paths = paths(articles, true);
    let root = index::common_folder(paths.iter().flatten().map(Path::new))?;
    let key = key_of(&versions(paths))?;
    let people = summary::load(&summary::file(&index::file(cache, &root)), key, &binary)?;
    Some(Gathered {
        people,
        sources: Vec::new(),
        partial: true,
    })
}

/// The summary's key: a hash over every article's path and version, in
/// order; `None` when any article is not indexed (it is read each time, so
/// its people cannot be known ahead).
fn key_of(keys: &[Key]) -> Option<u64> {
    let mut bytes = Vec::new();
    for key in keys {
        let (path, version) = key.as_ref()?;
        bytes.extend_from_slice(&(path.len() as u64).to_le_bytes());
        bytes.extend_from_slice(path.as_bytes());
        bytes.extend_from_slice(&postcard::to_stdvec(version).ok()?);
    }
    Some(crate::store::hash(&bytes))
}

/// An article file's key in the index: its absolute path (valid UTF-8) and
/// version. `None` for an embedded sample and a file that cannot be stamped,
/// which are read each time.
type Key = Option<(String, Version)>;

/// The absolute path of each article file, when they are to be indexed at
/// all (`None` for an embedded sample and a path that is not UTF-8).
fn paths(articles: &[(Source, Format)], indexed: bool) -> Vec<Option<String>> {
    articles
        .iter()
        .map(|(source, _)| {
            let Source::File(path) = source else {
                return None;
            };
            if !indexed {
                return None;
            }
            std::path::absolute(path)
                .ok()?
                .into_os_string()
                .into_string()
                .ok()
        })
        .collect()
}

/// The key of each path: the file's version now (`None` when it cannot be
/// stat'ed or stamped).
fn versions(paths: Vec<Option<String>>) -> Vec<Key> {
    paths
        .into_iter()
        .map(|path| {
            let path = path?;
            let version = cache::version(&std::fs::metadata(&path).ok()?)?;
            Some((path, version))
        })
        .collect()
}

/// Gather with `old`, the index read from `file`, and write it back when it
/// changed.
fn gather_indexed(
    articles: &[(Source, Format)],
    keys: &[Key],
    mut old: Index,
    file: &Path,
    binary: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Gathered {
    let (gathered, new, changed) = gather_indexed_in(articles, keys, &mut old, progress);
    // Records the old index had and no article took: removed (or changed) files.
    if changed || !old.is_empty() {
        // Derived data: a failed write means the files are read next time.
        let _ = new.save(file, binary);
    }
    gathered
}

/// Where an article's record is, once gathered.
enum Slot {
    /// In the new index, under this path.
    Indexed(String),
    /// Read without being indexed.
    Read(Option<Quoted>),
}

/// Gather, taking from `old` the records of files unchanged. Returns the
/// people, the new index (every indexed file of `articles`) and whether any
/// indexed file was read.
fn gather_indexed_in(
    articles: &[(Source, Format)],
    keys: &[Key],
    old: &mut Index,
    progress: &mut dyn FnMut(usize, usize),
) -> (Gathered, Index, bool) {
    let mut new = Index::default();
    let mut slots: Vec<Option<Slot>> = Vec::with_capacity(articles.len());
    let mut to_read: Vec<(usize, Key)> = Vec::new();
    let mut reading: HashSet<String> = HashSet::new();
    for (i, key) in keys.iter().enumerate() {
        let Some((path, version)) = key.clone() else {
            slots.push(None);
            to_read.push((i, None));
            continue;
        };
        let known = new.get(&path).is_some_and(|r| r.version == version);
        if !known && let Some(record) = old.take(&path, &version) {
            new.insert(path.clone(), record);
        }
        if new.get(&path).is_some_and(|r| r.version == version) || !reading.insert(path.clone()) {
            // Indexed, or to be read once for an article listed twice.
            slots.push(Some(Slot::Indexed(path)));
        } else {
            slots.push(None);
            to_read.push((i, Some((path, version))));
        }
    }
    let total = to_read.len();
    let mut changed = false;
    for (done, (i, key)) in to_read.into_iter().enumerate() {
        let quoted = articles
            .get(i)
            .and_then(|(source, format)| load::full(source, *format).ok())
            .map(|a| Quoted::of(&a));
        let slot = match key {
            Some((path, version)) => {
                changed = true;
                new.insert(path.clone(), Record { version, quoted });
                Slot::Indexed(path)
            }
            None => Slot::Read(quoted),
        };
        if let Some(s) = slots.get_mut(i) {
            *s = Some(slot);
        }
        progress(done + 1, total);
    }
    let mut sources = Vec::with_capacity(articles.len());
    let mut records = Vec::with_capacity(articles.len());
    for ((source, _), slot) in articles.iter().zip(&slots) {
        let quoted = match slot {
            Some(Slot::Indexed(path)) => new.get(path).and_then(|r| r.quoted.as_ref()),
            Some(Slot::Read(quoted)) => quoted.as_ref(),
            None => None,
        };
        if let Some(q) = quoted {
            records.push((sources.len(), q));
            sources.push(source.clone());
        }
    }
    let people = build_from(records);
    let gathered = Gathered {
        people,
        sources,
        partial: false,
    };
    (gathered, new, changed)
}

#[cfg(test)]
mod tests;
