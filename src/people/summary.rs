//! The People list without its quotations: per person the name, its forms,
//! kind, and the three numbers the list shows (quotations, articles, the
//! latest date). Written beside the people index (`people-<hash>.sum`) when
//! people are gathered, so that People opened again shows its rows at once,
//! before the quotations are decoded ([`super::gather::gather_early`]).
//!
//! ```text
//! magic   8 bytes  "bylineps"
//! format  u32 LE   FORMAT
//! length  u64 LE   of the body
//! check   u64 LE   crate::store::hash of the body
//! body    postcard { binary, key, rows: [Row] in the list's order }
//! ```
//!
//! `key` is a hash over every article's (path, version) in the library's
//! order: the summary is used only for exactly the files it was made from,
//! by the byline that made it. Anything else (short, failed check, another
//! key) and it is not used.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Person;
use crate::article::Date;
use crate::library::cache;
use crate::parse::quotes::SpeakerKind;

const MAGIC: &[u8; 8] = b"bylineps";
/// The format of the body; raised whenever [`Row`] changes shape.
pub const FORMAT: u32 = 1;

/// What the list shows of a person whose quotations are not read yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub quotations: usize,
    pub articles: usize,
    pub latest: Option<Date>,
}

/// One person on disk.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    name: String,
    forms: Vec<String>,
    organisation: bool,
    quotations: u64,
    articles: u64,
    latest: Option<(i32, u8, u8)>,
}

#[derive(Serialize, Deserialize)]
struct Body {
    binary: String,
    key: u64,
    rows: Vec<Row>,
}

/// The summary file beside the people index `index`.
pub fn file(index: &Path) -> PathBuf {
    index.with_extension("sum")
}

/// The file's bytes for `people` (in the list's order).
///
/// # Errors
/// When postcard cannot encode them.
pub fn encode(people: &[Person], key: u64, binary: &str) -> postcard::Result<Vec<u8>> {
    let rows = people
        .iter()
        .map(|p| Row {
            name: p.name.clone(),
            forms: p.forms.clone(),
            organisation: p.kind == SpeakerKind::Organisation,
            quotations: p.quotes() as u64,
            articles: p.articles() as u64,
            latest: p.latest().map(|d| (d.year, d.month, d.day)),
        })
        .collect();
    let body = postcard::to_stdvec(&Body {
        binary: binary.to_string(),
        key,
        rows,
    })?;
    Ok(crate::people::sealed::seal(*MAGIC, FORMAT, &body))
}

/// The people in `bytes`, without quotations (each with its [`Counts`]),
/// when the bytes are whole, of this format, written by `binary` for `key`.
pub fn decode(bytes: &[u8], key: u64, binary: &str) -> Option<Vec<Person>> {
    let body = crate::people::sealed::open(bytes, *MAGIC, FORMAT)?;
    let (read, rest): (Body, _) = postcard::take_from_bytes(body).ok()?;
    if !rest.is_empty() || read.binary != binary || read.key != key {
        return None;
    }
    let count = |n: u64| usize::try_from(n).ok();
    read.rows
        .into_iter()
        .map(|r| {
            Some(Person {
                counts: Some(Counts {
                    quotations: count(r.quotations)?,
                    articles: count(r.articles)?,
                    latest: r.latest.map(|(year, month, day)| Date { year, month, day }),
                }),
                name: r.name,
                forms: r.forms,
                kind: if r.organisation {
                    SpeakerKind::Organisation
                } else {
                    SpeakerKind::Person
                },
                quotations: Vec::new(),
            })
        })
        .collect()
}

/// The summary in the file at `path`, when it is one for `key` by `binary`.
pub fn load(path: &Path, key: u64, binary: &str) -> Option<Vec<Person>> {
    decode(&cache::read_capped(path)?, key, binary)
}

/// Write the summary of `people` to `path`, atomically.
///
/// # Errors
/// When the folder or file cannot be written, or the path has no file name.
pub fn save(path: &Path, people: &[Person], key: u64, binary: &str) -> std::io::Result<()> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return Err(std::io::Error::other("no file name for the people summary"));
    };
    let bytes = encode(people, key, binary).map_err(std::io::Error::other)?;
    cache::write_named(dir, name, &bytes)
}

#[cfg(test)]
mod tests;
