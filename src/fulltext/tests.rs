//! The index built, updated and rebuilt in a temporary folder.

use std::fs;
use std::path::{Path, PathBuf};

use super::update::{File, nanos, sync};
use super::{Fields, store};
use crate::article::Format;
use crate::search::terms::Terms;

fn write(dir: &Path, name: &str, text: &str) -> File {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    let md = fs::metadata(&path).unwrap();
    File {
        path,
        format: Format::Plain,
        size: md.len(),
        modified: nanos(md.modified().ok()),
    }
}

fn found(index: &tantivy::Index, fields: &Fields, q: &str) -> Vec<String> {
    let searcher = index.reader().unwrap().searcher();
    let mut names: Vec<String> = super::candidates(&searcher, fields, &Terms::parse(q).unwrap())
        .unwrap()
        .unwrap()
        .into_iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const HARBOUR: &str = "Harbour plan approved\n\n\"The ferry will run again in spring,\" said Ada Okafor, the harbour master.\n";
const STRASSE: &str = "Die Straße\n\nThe council met on Tuesday. Nothing about ships.\n";

fn sync_all(index: &tantivy::Index, fields: &Fields, files: &[File]) {
    assert!(sync(index, fields, files, &|| false, &mut |_, _| {}).unwrap());
}

#[test]
fn a_built_index_finds_words_phrases_substrings_and_speakers() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![
        write(dir.path(), "a.txt", HARBOUR),
        write(dir.path(), "b.txt", STRASSE),
    ];
    let at = dir.path().join("index");
    let (index, fields) = store::open(&at, "test binary").unwrap();
    sync_all(&index, &fields, &files);
    assert_eq!(found(&index, &fields, "harbour"), ["a.txt"]);
    assert_eq!(found(&index, &fields, "arbou"), ["a.txt"]);
    assert_eq!(
        found(&index, &fields, "Harbour"),
        ["a.txt"],
        "folded in the index, checked later"
    );
    assert_eq!(found(&index, &fields, "strasse"), ["b.txt"]);
    assert_eq!(found(&index, &fields, "\"harbour master\""), ["a.txt"]);
    assert!(found(&index, &fields, "\"master harbour\"").is_empty());
    assert_eq!(found(&index, &fields, "speaker:okafor"), ["a.txt"]);
    assert!(found(&index, &fields, "speaker:council").is_empty());
    assert_eq!(found(&index, &fields, "the"), ["a.txt", "b.txt"]);
    let searcher = index.reader().unwrap().searcher();
    let none = super::candidates(&searcher, &fields, &Terms::parse("—").unwrap()).unwrap();
    assert!(none.is_none(), "no word to look up: scan");
}

#[test]
fn an_update_reads_changed_and_new_files_and_drops_gone_ones() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HARBOUR);
    let b = write(dir.path(), "b.txt", STRASSE);
    let at = dir.path().join("index");
    let (index, fields) = store::open(&at, "test binary").unwrap();
    sync_all(&index, &fields, &[a.clone(), b]);
    // b gone, a changed, c new.
    let mut a2 = write(dir.path(), "a.txt", "Lighthouse news\n");
    a2.modified = a.modified + 1;
    let c = write(dir.path(), "c.txt", HARBOUR);
    let mut read = 0;
    let files = [a2, c];
    assert!(sync(&index, &fields, &files, &|| false, &mut |d, _| read = d).unwrap());
    assert_eq!(read, 2);
    assert_eq!(found(&index, &fields, "harbour"), ["c.txt"]);
    assert_eq!(found(&index, &fields, "lighthouse"), ["a.txt"]);
    assert!(found(&index, &fields, "strasse").is_empty());
    // Nothing changed: nothing read.
    let mut total = usize::MAX;
    sync(&index, &fields, &files, &|| false, &mut |_, t| total = t).unwrap();
    assert_eq!(total, 0);
}

#[test]
fn a_corrupt_or_foreign_index_is_made_anew_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![write(dir.path(), "a.txt", HARBOUR)];
    let at: PathBuf = dir.path().join("index");
    {
        let (index, fields) = store::open(&at, "test binary").unwrap();
        sync_all(&index, &fields, &files);
    }
    fs::write(at.join("meta.json"), b"{ not json").unwrap();
    let (index, fields) = store::open(&at, "test binary").unwrap();
    assert!(
        found(&index, &fields, "harbour").is_empty(),
        "made anew, empty"
    );
    sync_all(&index, &fields, &files);
    assert_eq!(found(&index, &fields, "harbour"), ["a.txt"]);
    drop(index);
    // Another binary's index is not trusted.
    let (index, fields) = store::open(&at, "another binary").unwrap();
    assert!(found(&index, &fields, "harbour").is_empty());
}

#[test]
fn a_query_with_a_capital_reads_only_files_with_its_words_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![
        write(dir.path(), "a.txt", HARBOUR),
        write(dir.path(), "b.txt", "The harbour master said nothing.\n"),
        write(
            dir.path(),
            "c.txt",
            "A HARBOURMASTER and a Harbourside walk.\n",
        ),
    ];
    let at = dir.path().join("index");
    let (index, fields) = store::open(&at, "test binary").unwrap();
    sync_all(&index, &fields, &files);
    assert_eq!(
        found(&index, &fields, "harbour"),
        ["a.txt", "b.txt", "c.txt"]
    );
    assert_eq!(found(&index, &fields, "Harbour"), ["a.txt", "c.txt"]);
    assert_eq!(found(&index, &fields, "HARBOUR"), ["c.txt"]);
    assert_eq!(found(&index, &fields, "arbour m"), ["a.txt", "b.txt"]);
    assert_eq!(
        found(&index, &fields, "Harbour m"),
        ["a.txt"],
        "its words are there (the check against the text drops it)"
    );
    assert_eq!(found(&index, &fields, "bour master"), ["a.txt", "b.txt"]);
    assert_eq!(found(&index, &fields, "\"Harbour plan\""), ["a.txt"]);
    assert!(found(&index, &fields, "\"harbour Plan\"").is_empty());
    assert_eq!(found(&index, &fields, "speaker:Okafor"), ["a.txt"]);
    assert!(found(&index, &fields, "zzz").is_empty(), "no term holds it");
}
