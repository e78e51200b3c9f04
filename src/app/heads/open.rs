//! Opening the library with its heads cache: from the cache alone when it
//! has the library, else the folders walked with the heads read meanwhile.

use std::path::PathBuf;

use super::{HeadCache, cache};
use crate::library::Library;

/// The library and its cache: from the cache alone when it has the library
/// (the folders are then walked in the background), else the folders walked
/// first and the heads the cache has given to the files found.
/// While the folders are walked, the heads of the files found are read on
/// `loader`'s workers (at 100,000 files the walk takes a third of a second,
/// on one core).
pub(in crate::app) fn open(
    start: &mut super::super::Start,
    config: &crate::config::Config,
    roots: Vec<PathBuf>,
    loader: &mut crate::loader::Loader,
) -> Opened {
    if let Some((first, lib)) = from_cache(start, &roots) {
        let cached = (0..lib.entries.len()).collect();
        return Opened {
            cache: first.cache,
            lib,
            cached,
            from_cache: true,
            sorted: first.sorted,
            coming: first.coming,
            place: None,
        };
    }
    let mut cache = HeadCache::start(start.cache_dir.clone(), roots);
    let mut feed = loader.prefetch_heads();
    let (mut lib, place) = crate::library::open::open_seen(
        &start.paths,
        &config.articles_dirs,
        &config.extensions,
        &mut |e| {
            let n = feed.count();
            feed.push((n, e.source.clone(), e.format));
        },
    );
    // Every file found is being read (not the samples, which are not found).
    let place = (feed.count() == lib.entries.len()).then_some(place);
    drop(feed);
    start
        .timings
        .mark(&format!("scan: {} files", lib.entries.len()));
    let cached = cache.apply(&mut lib);
    Opened {
        cache,
        lib,
        cached,
        from_cache: false,
        sorted: None,
        coming: 0,
        place,
    }
}

/// The library as opened, with its heads cache.
pub(in crate::app) struct Opened {
    pub cache: HeadCache,
    pub lib: Library,
    /// The entries with a head.
    pub cached: Vec<usize>,
    /// From the cache alone: the folders are walked in the background.
    pub from_cache: bool,
    /// The entries are in this sort's order already.
    pub sorted: Option<crate::config::Sort>,
    /// Entries of the cache still to be decoded (after the first frame).
    pub coming: usize,
    /// The heads of every file are being read, placed so (see
    /// [`App::heads_prefetched`](crate::app::App::heads_prefetched)).
    pub place: Option<Vec<usize>>,
}

/// The library opened from the heads cache, when there is one for these
/// roots and every root is there (otherwise the folders are walked first: a
/// missing `articles_dir` is named, the samples shown).
fn from_cache(
    start: &mut super::super::Start,
    roots: &[PathBuf],
) -> Option<(cache::First, Library)> {
    let there = if start.paths.is_empty() {
        roots.iter().all(|d| d.is_dir())
    } else {
        roots.iter().all(|p| p.exists())
    };
    if roots.is_empty() || !there {
        return None;
    }
    let mut first = HeadCache::first(start.cache_dir.clone(), roots.to_vec())?;
    start
        .timings
        .mark(&format!("heads from the cache: {}", first.entries.len()));
    let lib = Library {
        entries: std::mem::take(&mut first.entries),
        skipped: std::mem::take(&mut first.skipped),
        label: crate::library::scan::label(roots),
        notice: None,
    };
    Some((first, lib))
}
