//! The articles byline knows about: one [`Entry`] per file, metadata first.
//!
//! Scanning a folder only lists files; heads (title, date, source) and full
//! articles are read later by [`load`], off the UI thread.

pub mod cache;
pub(crate) mod chunk;
pub(crate) mod fingerprint;
pub mod load;
pub mod open;
pub mod samples;
pub mod scan;
pub mod sort;

use std::path::PathBuf;
use std::sync::Arc;

use crate::article::{Article, Format, Meta, ReadingTime};
use crate::parse::decode::clean_line;

/// Where an entry's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    File(PathBuf),
    /// A sample article built into the binary.
    Embedded(&'static [u8]),
}

/// What tells one version of a file from another beyond its size and
/// modification time (Unix): device, inode and status-change time. A file
/// replaced or edited with its time set back (`cp -p`, `rsync -t`, `touch -r`)
/// has a new inode or change time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Identity {
    pub dev: u64,
    pub ino: u64,
    /// Seconds and nanoseconds.
    pub ctime: (i64, i64),
}

impl Identity {
    /// The identity in `md` (`None` where the platform has none).
    pub fn of(md: &std::fs::Metadata) -> Option<Self> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Self {
                dev: md.dev(),
                ino: md.ino(),
                ctime: (md.ctime(), md.ctime_nsec()),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = md;
            None
        }
    }
}

/// What a file's metadata tells of this version of it: size, modification
/// time, [`Identity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub size: u64,
    pub modified: Option<std::time::SystemTime>,
    pub identity: Option<Identity>,
}

impl Facts {
    pub fn of(md: &std::fs::Metadata) -> Self {
        Self {
            size: md.len(),
            modified: md.modified().ok(),
            identity: Identity::of(md),
        }
    }
}

/// One article in the list.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path shown to the user (relative to the opened folder when possible).
    pub path: PathBuf,
    pub source: Source,
    pub format: Format,
    /// Size in bytes, for the reading-time estimate before the article is parsed.
    pub size: u64,
    /// Modification time, to tell a changed file on a rescan.
    pub modified: Option<std::time::SystemTime>,
    /// Which file this is, beyond size and time (see [`Identity`]).
    pub identity: Option<Identity>,
    /// Title, date, source: known once the head is read.
    pub meta: Option<Meta>,
    /// The whole article, once opened.
    pub article: Option<Arc<Article>>,
    /// Why the file could not be read, if it could not.
    pub error: Option<String>,
    /// Its head could not be read as text (binary, unreadable): the file is
    /// skipped, as the scan skips files, and listed in `!` with [`Entry::error`],
    /// never as a row. (It keeps its index: the loaders' messages name
    /// entries by index.)
    pub skipped: bool,
    /// Hash of the file's head: the key of its reading state.
    pub hash: Option<u64>,
    pub read: bool,
    pub starred: bool,
    /// Where reading stopped last time.
    pub anchor: Option<crate::store::Anchor>,
}

impl Entry {
    pub fn new(path: PathBuf, source: Source, size: u64) -> Self {
        Self {
            format: Format::from_path(&path),
            path,
            source,
            size,
            modified: None,
            identity: None,
            meta: None,
            article: None,
            error: None,
            skipped: false,
            hash: None,
            read: false,
            starred: false,
            anchor: None,
        }
    }

    /// What tells this file from every other in a library, across rescans:
    /// where it is read from (two folders may both show an `x.txt`), and the
    /// name it is shown under (the built-in samples).
    pub fn id(&self) -> (&Source, &std::path::Path) {
        (&self.source, &self.path)
    }

    /// The headline, or the file name until the head has been read.
    pub fn title(&self) -> std::borrow::Cow<'_, str> {
        match &self.meta {
            Some(m) if !m.title.trim().is_empty() => std::borrow::Cow::Borrowed(&m.title),
            _ => self
                .path
                .file_stem()
                .map_or(std::borrow::Cow::Borrowed(""), |s| {
                    std::borrow::Cow::Owned(clean_line(&s.to_string_lossy()))
                }),
        }
    }

    /// The file's size, time and identity are `facts`.
    pub fn set_facts(&mut self, facts: Facts) {
        self.size = facts.size;
        self.modified = facts.modified;
        self.identity = facts.identity;
    }

    /// The path as shown on screen (see [`shown`]).
    pub fn shown(&self) -> String {
        shown(&self.path)
    }

    /// Reading time: exact once parsed, estimated from the size before;
    /// `None` while the size is not known (a file found by its folder's
    /// listing, before its head is read: see `scan::scan_seen`).
    pub(crate) fn reading_time(&self) -> Option<ReadingTime> {
        match &self.article {
            Some(a) => Some(a.reading_time()),
            None if self.facts_known() => Some(ReadingTime::of_size(self.size)),
            None => None,
        }
    }

    /// Whether the file's size, time and identity are known (a sample has
    /// none to know).
    fn facts_known(&self) -> bool {
        matches!(self.source, Source::Embedded(_))
            || self.modified.is_some()
            || self.identity.is_some()
    }
}

/// A file or folder name as shown: cleaned of anything a terminal would act on
/// ([`clean_line`]); a name can hold any byte but `/` and NUL.
pub fn shown(path: &std::path::Path) -> String {
    clean_line(&path.display().to_string())
}

/// A file that is not shown, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// Everything found for the paths byline was started with.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
    /// What was opened, for the list pane's title ("~/news", "3 files", "samples").
    pub label: String,
    /// Something the user should know about what is shown (e.g. why samples).
    pub notice: Option<String>,
}

impl Library {
    /// The entries that are rows: all but those skipped by their head.
    pub fn listed(&self) -> usize {
        self.entries.iter().filter(|e| !e.skipped).count()
    }

    /// Files skipped: by the scan, and by their head ([`Entry::skipped`]).
    pub fn skipped_count(&self) -> usize {
        self.skipped.len() + self.entries.iter().filter(|e| e.skipped).count()
    }

    /// "3 files skipped: not text" style summary, or `None` when nothing was
    /// skipped (by the scan or by a file's head).
    pub fn skipped_summary(&self) -> Option<String> {
        let n = self.skipped_count();
        if n == 0 {
            return None;
        }
        let mut reasons: Vec<&str> = self
            .skipped
            .iter()
            .map(|s| s.reason.as_str())
            .chain(
                self.entries
                    .iter()
                    .filter(|e| e.skipped)
                    .filter_map(|e| e.error.as_deref()),
            )
            .collect();
        reasons.sort_unstable();
        reasons.dedup();
        let files = if n == 1 { "file" } else { "files" };
        if reasons.len() == 1 {
            Some(format!("{n} {files} skipped: {}", reasons.join("")))
        } else {
            Some(format!("{n} {files} skipped"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Entry, Facts, Source};

    /// An archive keeps an `Entry` per file, 100,000 of them and more: its
    /// width is memory per file before any of its strings. Its meta's
    /// dateline is boxed (most list heads have none); raise the bound only
    /// for a field every entry needs.
    #[test]
    fn an_entry_stays_compact() {
        let size = size_of::<Entry>();
        assert!(size <= 368, "Entry is {size} bytes");
    }

    #[test]
    fn a_file_found_by_its_listing_has_no_reading_time_until_its_size_is_known() {
        let mut e = Entry::new("a.txt".into(), Source::File("/n/a.txt".into()), 0);
        assert_eq!(e.reading_time(), None);
        e.set_facts(Facts {
            size: 6_000,
            modified: Some(std::time::SystemTime::UNIX_EPOCH),
            identity: None,
        });
        assert_eq!(
            e.reading_time().map(crate::article::ReadingTime::short),
            Some("~5m".into())
        );
        let sample = Entry::new("s.txt".into(), Source::Embedded(b"A title"), 7);
        assert!(sample.reading_time().is_some());
    }
}
