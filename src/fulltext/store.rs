//! Where the index lives and how it is opened: anything wrong with it (it
//! cannot be opened, another schema, another binary) and it is deleted and
//! made anew, empty, for [`super::update::sync`] to fill.

use std::fs;
use std::path::{Path, PathBuf};

use tantivy::Index;

use super::Fields;
use super::schema::register;

/// Bumped when the schema or what goes into a field changes.
pub const SCHEMA_VERSION: u32 = 3;

/// The file inside the index folder naming the binary and schema that wrote it.
const STAMP_FILE: &str = "byline-stamp";

/// The index folder for `roots`, in `cache` (keyed as the heads cache).
pub fn dir(cache: &Path, roots: &[PathBuf]) -> PathBuf {
    cache.join(crate::library::cache::named("fulltext", "index", roots))
}

/// What the stamp file holds for this binary (`binary`: its stamp, as the
/// heads cache has it).
fn stamp_text(binary: &str) -> String {
    format!("byline full-text index {SCHEMA_VERSION}\n{binary}\n")
}

/// Open the index in `dir` written by `binary`, else make it anew.
///
/// # Errors
/// When the folder cannot be made or written.
pub fn open(dir: &Path, binary: &str) -> tantivy::Result<(Index, Fields)> {
    if let Some(found) = open_existing(dir, binary) {
        return Ok(found);
    }
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)?;
    let (schema, fields) = Fields::schema();
    let index = Index::create_in_dir(dir, schema)?;
    register(&index);
    fs::write(dir.join(STAMP_FILE), stamp_text(binary))?;
    Ok((index, fields))
}

/// The index in `dir` if it is this binary's and opens whole.
fn open_existing(dir: &Path, binary: &str) -> Option<(Index, Fields)> {
    let stamp = fs::read_to_string(dir.join(STAMP_FILE)).ok()?;
    if stamp != stamp_text(binary) {
        return None;
    }
    let index = Index::open_in_dir(dir).ok()?;
    let fields = Fields::of(&index.schema())?;
    register(&index);
    // Every segment's files must open (a truncated or missing one fails here).
    let reader = index.reader().ok()?;
    for segment in reader.searcher().segment_readers() {
        segment.get_store_reader(0).ok()?;
        segment.inverted_index(fields.body).ok()?;
        segment.inverted_index(fields.speakers).ok()?;
    }
    Some((index, fields))
}
