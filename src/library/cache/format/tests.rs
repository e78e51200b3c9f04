//! The file format and the library read back from it ([`Snapshot`]).

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::super::{Roots, Snapshot, encode_changes, encode_sorted, encode_stamped, write_named};
use super::{CHUNK, FIRST};
use crate::article::Meta;
use crate::library::scan::scan;
use crate::library::{Entry, Library};

const NAME: &str = "heads-test.bin";

/// A folder of `n` files, scanned, each with a head ("Title i").
fn library(dir: &Path, n: usize) -> Library {
    for i in 0..n {
        fs::write(dir.join(format!("f{i:05}.txt")), format!("{i}\n")).unwrap();
    }
    let mut lib = scan(&[dir.to_path_buf()], &["txt".into()]);
    for (i, e) in lib.entries.iter_mut().enumerate() {
        e.meta = Some(Meta {
            title: format!("Title {i}"),
            byline: (i % 3 == 0).then(|| "By Jane Doe".into()),
            tags: vec!["ports".into(); i % 2],
            ..Meta::default()
        });
        e.hash = Some(i as u64 * 7);
    }
    lib
}

fn save(lib: &Library, files: &Path, cache: &Path, order: &[usize], binary: &str) {
    let roots = Roots::new(&[files.to_path_buf()]);
    write_named(
        cache,
        NAME,
        &encode_stamped(lib, &roots, order, binary).unwrap(),
    )
    .unwrap();
}

fn read(files: &Path, cache: &Path, binary: &str) -> Option<Snapshot> {
    Snapshot::read_stamped(&cache.join(NAME), &[files.to_path_buf()], binary)
}

/// What the list needs of an entry, to compare.
fn seen(
    e: &Entry,
) -> (
    PathBuf,
    String,
    u64,
    Option<std::time::SystemTime>,
    Option<u64>,
) {
    let title = e.meta.as_ref().map(|m| m.title.clone()).unwrap_or_default();
    (e.path.clone(), title, e.size, e.modified, e.hash)
}

#[test]
fn the_library_comes_back_whole_in_the_order_given_first_chunk_first() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let n = FIRST + CHUNK + 10;
    let lib = library(files.path(), n);
    // The list showed them last first.
    let order: Vec<usize> = (0..n).rev().collect();
    save(&lib, files.path(), cache.path(), &order, "b");
    let mut snap = read(files.path(), cache.path(), "b").unwrap();
    let first = snap.first();
    assert_eq!(first.len(), FIRST);
    let rest = snap.rest();
    assert!(!rest.torn);
    assert_eq!(rest.log, 0);
    let back: Vec<_> = first.iter().chain(&rest.entries).map(seen).collect();
    let want: Vec<_> = order.iter().map(|&i| seen(&lib.entries[i])).collect();
    assert_eq!(back, want);
    // Read from the folder as the scan reads it, with every field of the head.
    for e in first.iter().chain(&rest.entries) {
        let orig = lib.entries.iter().find(|o| o.path == e.path).unwrap();
        assert_eq!(e.source, orig.source);
        assert_eq!(e.identity, orig.identity);
        assert_eq!(e.meta, orig.meta);
        assert_eq!(e.format, orig.format);
    }
}

#[test]
fn the_log_replaces_and_removes_records_and_a_torn_tail_is_ignored() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let roots = [files.path().to_path_buf()];
    let mut lib = library(files.path(), 5);
    save(&lib, files.path(), cache.path(), &[], "b");
    // f00001 changed title, f00003 is gone, f00009 is new.
    lib.entries[1].meta.as_mut().unwrap().title = "Changed".into();
    let gone = lib.entries.remove(3);
    fs::write(files.path().join("f00009.txt"), "9\n").unwrap();
    let mut new = scan(&roots, &["txt".into()]).entries.pop().unwrap();
    new.meta = Some(Meta {
        title: "New".into(),
        ..Meta::default()
    });
    new.hash = Some(9);
    lib.entries.push(new.clone());
    let Source::File(gone) = gone.source else {
        panic!("a file")
    };
    let Source::File(added) = new.source.clone() else {
        panic!("a file")
    };
    let changed = [lib.entries[1].source.clone()].map(|s| match s {
        Source::File(p) => p,
        Source::Embedded(_) => panic!("a file"),
    });
    let chunk = encode_changes(&lib, &roots, &[changed[0].clone(), gone, added]).unwrap();
    let path = cache.path().join(NAME);
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(&chunk);
    // A second append cut short by a crash.
    bytes.extend_from_slice(&chunk[..chunk.len() / 2]);
    fs::write(&path, &bytes).unwrap();

    let mut snap = read(files.path(), cache.path(), "b").unwrap();
    let mut back: Vec<_> = snap.first().iter().map(seen).collect();
    let rest = snap.rest();
    assert!(rest.torn, "the cut chunk is seen");
    assert_eq!(rest.log, (chunk.len() + chunk.len() / 2) as u64);
    back.extend(rest.entries.iter().map(seen));
    back.sort();
    let mut want: Vec<_> = lib.entries.iter().map(seen).collect();
    want.sort();
    assert_eq!(back, want);
}

use crate::library::Source;

/// The sort the records were saved in comes back while nothing was logged
/// after them: a logged change may have moved an entry.
#[test]
fn the_sort_saved_comes_back_until_a_change_is_logged() {
    use crate::config::{Sort, SortKey};
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let roots = [files.path().to_path_buf()];
    let lib = library(files.path(), 5);
    let by_title = Sort {
        key: SortKey::Title,
        descending: true,
    };
    for sort in [None, Some(Sort::default()), Some(by_title)] {
        let bytes = encode_sorted(&lib, &Roots::new(&roots), &[4, 3, 2, 1, 0], sort, "b").unwrap();
        write_named(cache.path(), NAME, &bytes).unwrap();
        let rest = read(files.path(), cache.path(), "b").unwrap().rest();
        assert_eq!(rest.sorted, sort);
    }
    let Source::File(changed) = lib.entries[1].source.clone() else {
        panic!("a file")
    };
    let chunk = encode_changes(&lib, &roots, &[changed]).unwrap();
    let path = cache.path().join(NAME);
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(&chunk);
    fs::write(&path, &bytes).unwrap();
    let rest = read(files.path(), cache.path(), "b").unwrap().rest();
    assert_eq!(rest.sorted, None);
}

#[test]
fn another_binary_another_format_or_other_roots_give_nothing() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let lib = library(files.path(), 3);
    save(&lib, files.path(), cache.path(), &[], "build 1");
    assert!(read(files.path(), cache.path(), "build 2").is_none());
    assert!(read(files.path(), cache.path(), "build 1").is_some());
    let two = [files.path().to_path_buf(), cache.path().to_path_buf()];
    assert!(Snapshot::read_stamped(&cache.path().join(NAME), &two, "build 1").is_none());
    let path = cache.path().join(NAME);
    let mut bytes = fs::read(&path).unwrap();
    bytes[8] ^= 0xff;
    fs::write(&path, &bytes).unwrap();
    assert!(read(files.path(), cache.path(), "build 1").is_none());
}

#[test]
fn a_corrupt_chunk_ends_the_file_there_without_a_panic() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let n = FIRST + 20;
    let lib = library(files.path(), n);
    save(&lib, files.path(), cache.path(), &[], "b");
    let path = cache.path().join(NAME);
    let good = fs::read(&path).unwrap();
    // A byte of the last chunk flipped: the first chunk is still read.
    let mut bytes = good.clone();
    let last = bytes.len() - 3;
    bytes[last] ^= 0x55;
    fs::write(&path, &bytes).unwrap();
    let mut snap = read(files.path(), cache.path(), "b").unwrap();
    assert_eq!(snap.first().len(), FIRST);
    let rest = snap.rest();
    assert!(rest.torn);
    assert!(rest.entries.is_empty());
    // Cut inside the header: nothing.
    fs::write(&path, &good[..20]).unwrap();
    assert!(read(files.path(), cache.path(), "b").is_none());
}

/// Every way of reading `bytes` as a cache, none of which may panic.
fn read_any(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(NAME);
    fs::write(&path, bytes).unwrap();
    if let Some(mut snap) = Snapshot::read_stamped(&path, &[dir.path().to_path_buf()], "b") {
        let _ = snap.first();
        let _ = snap.rest();
    }
    let _ = super::super::Heads::load_stamped(&path, Some("b"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_bytes_never_panic_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        read_any(&bytes);
        // Behind a valid prefix too, where the header is looked for.
        let mut prefixed = b"bylinehc\x01\0\0\0".to_vec();
        prefixed.extend_from_slice(&bytes);
        read_any(&prefixed);
    }

    #[test]
    fn a_damaged_cache_never_panics_the_loader(at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let files = tempfile::tempdir().unwrap();
        let lib = library(files.path(), 4);
        let roots = Roots::new(&[files.path().to_path_buf()]);
        let mut bytes = encode_stamped(&lib, &roots, &[], "b").unwrap();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        bytes.truncate(cut.index(bytes.len() + 1).max(i));
        read_any(&bytes);
    }
}
