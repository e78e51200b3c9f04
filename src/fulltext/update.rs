//! Building and updating the index: files new or changed since they were
//! indexed are read and added, files gone or changed are deleted. One writer
//! thread with a small memory budget; committed every [`COMMIT_EVERY`]
//! files, so a build cut short (quit, a rescan) goes on where it stopped.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use tantivy::{Index, IndexWriter, TantivyDocument, Term};

use super::{Fields, path_key};
use crate::article::Format;
use crate::library::{Entry, Source, load};
use crate::search::fold_str;

/// Files added between commits.
const COMMIT_EVERY: usize = 2_000;

/// The writer's memory, in all (tantivy's least is 15 MB a thread).
const WRITER_MEMORY: usize = 24 << 20;

/// One file of the library, as the index knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: PathBuf,
    /// The path's [`path_key`], made once.
    pub key: u64,
    pub format: Format,
    pub size: u64,
    /// Nanoseconds since the epoch (0 when unknown).
    pub modified: u64,
}

impl File {
    /// The file at `path`, of this size and time; `None` for a path that
    /// is not UTF-8 (not indexed: searches read it as the scan does).
    pub fn new(path: PathBuf, format: Format, size: u64, modified: u64) -> Option<Self> {
        let key = path_key(path.to_str()?);
        Some(Self {
            path,
            key,
            format,
            size,
            modified,
        })
    }

    /// The file of an entry (not a built-in sample, not a skipped file).
    pub fn of(e: &Entry) -> Option<Self> {
        let Source::File(path) = &e.source else {
            return None;
        };
        if e.skipped {
            return None;
        }
        Self::new(path.clone(), e.format, e.size, nanos(e.modified))
    }
}

/// `t` in nanoseconds since the epoch, 0 when unknown.
pub fn nanos(t: Option<SystemTime>) -> u64 {
    t.and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .and_then(|d| u64::try_from(d.as_nanos()).ok())
        .unwrap_or(0)
}

/// Bring `index` up to date with `files`: `progress(done, total)` counts the
/// files read. Stops (with what is done committed) when `cancelled()`;
/// returns whether it finished.
///
/// # Errors
/// When the index cannot be read or written.
pub fn sync(
    index: &Index,
    fields: &Fields,
    files: &[File],
    cancelled: &dyn Fn() -> bool,
    progress: &mut dyn FnMut(usize, usize),
) -> tantivy::Result<bool> {
    let wanted: HashMap<u64, &File> = files.iter().map(|f| (f.key, f)).collect();
    let (current, stale) = indexed(index, fields, &wanted)?;
    let todo: Vec<&File> = wanted
        .iter()
        .filter(|(k, _)| !current.contains(*k))
        .map(|(_, f)| *f)
        .collect();
    if todo.is_empty() && stale.is_empty() {
        // Up to date: no writer (its memory, a commit).
        progress(0, 0);
        return Ok(true);
    }
    let mut writer: IndexWriter = index.writer_with_num_threads(1, WRITER_MEMORY)?;
    for key in stale {
        writer.delete_term(Term::from_field_u64(fields.key, key));
    }
    let total = todo.len();
    progress(0, total);
    for (n, file) in todo.into_iter().enumerate() {
        if cancelled() {
            writer.commit()?;
            return Ok(false);
        }
        writer.add_document(document(fields, file))?;
        if (n + 1) % COMMIT_EVERY == 0 {
            writer.commit()?;
        }
        progress(n + 1, total);
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(true)
}

/// The files of the index that are `wanted` as they are (their path keys),
/// and the keys of the others (gone, or changed since): read from the fast
/// fields, not from the stored documents (which would be read whole).
fn indexed(
    index: &Index,
    fields: &Fields,
    wanted: &HashMap<u64, &File>,
) -> tantivy::Result<(HashSet<u64>, Vec<u64>)> {
    let searcher = index.reader()?.searcher();
    let schema = index.schema();
    let name = |f| schema.get_field_name(f).to_string();
    let mut current = HashSet::with_capacity(wanted.len());
    let mut twice = HashSet::new();
    let mut stale = Vec::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let (keys, sizes, times) = (
            fast.u64(&name(fields.key))?,
            fast.u64(&name(fields.size))?,
            fast.u64(&name(fields.modified))?,
        );
        for doc in segment.doc_ids_alive() {
            let Some(key) = keys.first(doc) else {
                continue;
            };
            let same = wanted.get(&key).is_some_and(|f| {
                (Some(f.size), Some(f.modified)) == (sizes.first(doc), times.first(doc))
            });
            if same && current.insert(key) {
                continue;
            }
            if same {
                twice.insert(key);
            }
            stale.push(key);
        }
    }
    // A path indexed twice (a crash between a delete and its add): every
    // copy is deleted, and the file indexed again once.
    current.retain(|k| !twice.contains(k));
    Ok((current, stale))
}

/// The document of `file`: read and parsed now. A file that cannot be read
/// has its key and version only (it is tried again when it changes).
pub fn document(fields: &Fields, file: &File) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.key, file.key);
    doc.add_text(fields.path, file.path.to_string_lossy());
    doc.add_u64(fields.size, file.size);
    doc.add_u64(fields.modified, file.modified);
    let source = Source::File(file.path.clone());
    let Ok(text) = load::text(&source, file.format) else {
        return doc;
    };
    let article = if file.format == Format::Html {
        load::full(&source, file.format).ok()
    } else {
        Some(std::sync::Arc::new(crate::parse::parse(&text, file.format)))
    };
    if let Some(a) = article {
        let meta = &a.meta;
        doc.add_text(fields.title, fold_str(&meta.title));
        for (field, value) in [(fields.source, &meta.source), (fields.byline, &meta.byline)] {
            if let Some(v) = value {
                doc.add_text(field, fold_str(v));
            }
        }
        let mut names: Vec<&str> = Vec::new();
        for q in 0..a.quotes.len() {
            if let Some(s) = a.speaker(q)
                && !names.contains(&s)
            {
                names.push(s);
            }
        }
        for name in names {
            doc.add_text(fields.speakers, fold_str(name));
            doc.add_text(fields.speaker_names, name);
        }
    }
    doc.add_text(fields.body, fold_str(&text));
    doc.add_text(fields.body_cased, &text);
    doc
}
