//! The sample articles, built into the binary so that an installed byline has them.

use std::path::PathBuf;

use include_dir::{Dir, DirEntry, include_dir};

use super::{Entry, Library, Source};

static SAMPLES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/sample_articles");

/// The bundled samples as a library; `notice` says why they are shown.
pub fn library(notice: Option<String>, extensions: &[String]) -> Library {
    let mut entries = Vec::new();
    collect(&SAMPLES, extensions, &mut entries);
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    Library {
        entries,
        skipped: Vec::new(),
        label: "samples".into(),
        notice,
    }
}

fn collect(dir: &'static Dir<'static>, extensions: &[String], out: &mut Vec<Entry>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(d) => collect(d, extensions, out),
            DirEntry::File(f) => {
                let path = PathBuf::from("sample_articles").join(f.path());
                if super::scan::has_extension(&path, extensions) {
                    let bytes = f.contents();
                    out.push(Entry::new(
                        path,
                        Source::Embedded(bytes),
                        bytes.len() as u64,
                    ));
                }
            }
        }
    }
}
