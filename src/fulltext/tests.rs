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
    File::new(path, Format::Plain, md.len(), nanos(md.modified().ok())).unwrap()
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

#[test]
fn ready_keys_documents_to_entries_and_reads_speakers_only_for_a_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HARBOUR);
    let b = write(dir.path(), "b.txt", "The harbour, again.\n");
    let gone = write(dir.path(), "gone.txt", "A harbour no longer listed.\n");
    let at = dir.path().join("index");
    let (index, fields) = store::open(&at, "test binary").unwrap();
    sync_all(&index, &fields, &[a.clone(), b.clone(), gone]);
    let entries = [(a.key, 7), (b.key, 3)].into_iter().collect();
    let searcher = index.reader().unwrap().searcher();
    let ready = super::Ready::new(searcher, fields, &entries, vec![0]).unwrap();
    let harbour = Terms::parse("harbour").unwrap();
    assert_eq!(
        ready.candidates(&harbour).unwrap().unwrap(),
        [(3, vec![]), (7, vec![])],
        "in entry order; a file the library no longer has is dropped"
    );
    let okafor = Terms::parse("speaker:okafor").unwrap();
    let found = ready.candidates(&okafor).unwrap().unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, 7);
    assert!(found[0].1.iter().any(|s| s.contains("Okafor")), "{found:?}");
    assert!(
        ready
            .candidates(&Terms::parse("—").unwrap())
            .unwrap()
            .is_none()
    );
}

mod props {
    use proptest::prelude::*;

    use super::*;

    const WORDS: [&str; 12] = [
        "Harbour", "harbour", "HARBOUR", "Straße", "STRASSE", "strasse", "Ada", "ada", "port",
        "Report", "ÉTÉ", "été",
    ];
    const GAPS: [&str; 5] = [" ", "-", ", ", "\n", "’"];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec((0..WORDS.len(), 0..GAPS.len()), 1..8)
            .prop_map(|v| v.iter().flat_map(|&(w, g)| [WORDS[w], GAPS[g]]).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        /// The index never loses a match: every file whose text a query
        /// matches (as the scan matches) is a candidate, whatever the case.
        #[test]
        fn every_match_is_a_candidate(
            texts in prop::collection::vec(text(), 1..4),
            pick in 0usize..4,
            from in 0usize..40,
            len in 1usize..12,
            quoted in any::<bool>(),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let files: Vec<File> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| write(dir.path(), &format!("{i}.txt"), t))
                .collect();
            let source = &texts[pick % texts.len()];
            let chars: Vec<char> = source.chars().collect();
            let from = from % chars.len();
            let piece: String = chars[from..chars.len().min(from + len)].iter().collect();
            let q = if quoted { format!("\"{piece}\"") } else { piece };
            let Some(terms) = Terms::parse(&q) else { return Ok(()) };
            let at = dir.path().join("index");
            let (index, fields) = store::open(&at, "test binary").unwrap();
            sync_all(&index, &fields, &files);
            let searcher = index.reader().unwrap().searcher();
            let Some(found) = super::super::candidates(&searcher, &fields, &terms).unwrap() else {
                return Ok(());
            };
            for (file, text) in files.iter().zip(&texts) {
                if terms.in_text(text) {
                    prop_assert!(
                        found.iter().any(|(p, _)| *p == file.path),
                        "{q:?} is in {text:?}, not a candidate"
                    );
                }
            }
        }
    }
}

#[test]
fn a_file_indexed_twice_is_indexed_once_again() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HARBOUR);
    let (index, fields) = store::open(&dir.path().join("index"), "test binary").unwrap();
    let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15 << 20).unwrap();
    for _ in 0..2 {
        writer
            .add_document(super::update::document(&fields, &a))
            .unwrap();
    }
    writer.commit().unwrap();
    drop(writer);
    let mut total = usize::MAX;
    assert!(sync(&index, &fields, &[a], &|| false, &mut |_, t| total = t).unwrap());
    assert_eq!(total, 1, "read again once");
    assert_eq!(index.reader().unwrap().searcher().num_docs(), 1);
}
