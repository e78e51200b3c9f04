//! Regression tests for the state file (issue #12): files that cannot be
//! parsed, identical files, failed writes, a lock held by another process.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use super::{LoadError, Record, Store, hash};

fn starred(path: &Path) -> Record {
    Record {
        path: path.to_string_lossy().into_owned(),
        starred: true,
        updated: 1,
        ..Record::default()
    }
}

#[test]
fn a_state_file_of_random_bytes_is_set_aside_and_saving_works_again() {
    let dir = tempfile::tempdir().unwrap();
    // Not UTF-8 at all: the kind of file a crash or a bad copy leaves.
    let junk: Vec<u8> = (0u32..4096)
        .map(|i| u8::try_from(i.wrapping_mul(2_654_435_761) >> 24).unwrap() | 0x80)
        .collect();
    fs::write(dir.path().join("state.json"), &junk).unwrap();
    let (s, err) = Store::load(dir.path());
    assert!(s.articles.is_empty());
    assert!(matches!(err, Some(LoadError::Corrupt { .. })), "{err:?}");
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(aside[0].path()).unwrap(), junk);
    let mut s = Store::default();
    s.put(1, starred(Path::new("a.txt")));
    s.save(dir.path()).unwrap();
    let (back, err) = Store::load(dir.path());
    assert!(err.is_none(), "{err:?}");
    assert_eq!(back.articles.len(), 1);
}

#[test]
fn two_files_with_the_same_head_are_two_entries() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    fs::write(&a, "Same words\n\nSame body.\n").unwrap();
    fs::write(&b, "Same words\n\nSame body.\n").unwrap();
    let h = hash(b"Same words\n\nSame body.\n");
    let mut s = Store::default();
    s.put(h, starred(&a));
    assert!(s.find(h, &a).is_some_and(|r| r.starred));
    assert!(s.find(h, &b).is_none(), "a copy has its own state");
    // Empty files all have one hash: still one entry each.
    let (e1, e2) = (dir.path().join("e1.txt"), dir.path().join("e2.txt"));
    fs::write(&e1, "").unwrap();
    fs::write(&e2, "").unwrap();
    s.put(hash(b""), starred(&e1));
    assert!(s.find(hash(b""), &e2).is_none());
    // A file moved away (its old path gone) is still found by its content.
    fs::remove_file(&a).unwrap();
    let moved = dir.path().join("moved.txt");
    assert!(s.find(h, &moved).is_some_and(|r| r.starred));
    // But a new empty file does not take the state of a deleted one.
    fs::remove_file(&e1).unwrap();
    assert!(s.find(hash(b""), &dir.path().join("e3.txt")).is_none());
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_write_leaves_no_temporary_file() {
    // A full disk: the first bytes go in, then the write fails.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, b"{}").unwrap();
    let err = super::file::write_atomic_with(&path, b"{\"version\":1}", |f, bytes| {
        f.write_all(&bytes[..3])?;
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
    assert_eq!(names(dir.path()), ["state.json"]);
    assert_eq!(fs::read(&path).unwrap(), b"{}", "the old file is kept");
}

#[cfg(target_os = "linux")]
#[test]
fn writing_to_dev_full_fails_as_a_full_disk_does() {
    // The seam above stands for this: a real device that is always full.
    let mut full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    assert!(full.write_all(b"x").and_then(|()| full.flush()).is_err());
}

#[test]
fn a_held_lock_is_waited_for_only_so_long() {
    let dir = tempfile::tempdir().unwrap();
    let other = fs::File::create(dir.path().join("state.lock")).unwrap();
    other.lock().unwrap();
    let mut s = Store::default();
    s.put(1, Record::default());
    let t = Instant::now();
    let err = s
        .save_within(dir.path(), Duration::from_millis(200))
        .unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    assert_eq!(err.to_string(), "state not saved: locked by another byline");
    assert!(!dir.path().join("state.json").exists());
    other.unlock().unwrap();
    s.save_within(dir.path(), Duration::from_millis(200))
        .unwrap();
    assert!(dir.path().join("state.json").is_file());
}
