//! Persist with a real data folder: changes saved field by field, a moved
//! file's record following it, a copy keeping its own.

use std::path::{Path, PathBuf};

use super::Persist;
use crate::library::{Entry, Identity, Library, Source};
use crate::state::{Settings, State};
use crate::store::{Store, record_key};

/// A state listing `files`, each with the head hash `hash`.
fn state_on(files: &[PathBuf], hash: u64) -> State {
    let entries = files
        .iter()
        .map(|p| {
            let mut e = Entry::new(p.clone(), Source::File(p.clone()), 10);
            e.hash = Some(hash);
            e.identity = std::fs::metadata(p).ok().and_then(|m| Identity::of(&m));
            e
        })
        .collect();
    let lib = Library {
        entries,
        label: "test".into(),
        ..Library::default()
    };
    State::new(lib, Settings::default())
}

fn star(state: &mut State, i: usize, persist: &mut Persist) {
    state.library.entries[i].starred = true;
    persist.note(&state.library, &[i]);
    persist.finish().unwrap();
}

fn write(path: &Path) {
    std::fs::write(path, "Same words\n").unwrap();
}

#[test]
fn a_moved_file_takes_its_record_along_and_a_copy_has_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    write(&a);
    write(&b);
    let mut state = state_on(&[a.clone(), b.clone()], 7);
    let (mut persist, _) = Persist::open(Some(data.clone()));
    state.remembered(persist.remembered(&state.library, &[0, 1]));
    star(&mut state, 0, &mut persist);
    let (s, _) = Store::load(&data);
    let a_key = record_key(7, &a.to_string_lossy());
    assert!(s.articles[&a_key].starred);
    assert_eq!(s.articles.len(), 1, "the copy has no record yet");

    // Next start: the copy is not starred; a.txt was renamed to c.txt.
    let c = dir.path().join("c.txt");
    std::fs::rename(&a, &c).unwrap();
    let mut state = state_on(&[b.clone(), c.clone()], 7);
    let (mut persist, _) = Persist::open(Some(data.clone()));
    state.remembered(persist.remembered(&state.library, &[0, 1]));
    assert!(
        !state.library.entries[0].starred,
        "b.txt is its own article"
    );
    assert!(state.library.entries[1].starred, "c.txt is a.txt moved");
    persist.finish().unwrap();
    let (s, _) = Store::load(&data);
    assert!(!s.articles.contains_key(&a_key), "{:?}", s.articles.keys());
    assert!(s.articles[&record_key(7, &c.to_string_lossy())].starred);
}

#[test]
fn a_change_stamps_only_the_field_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let a = dir.path().join("a.txt");
    write(&a);
    let mut state = state_on(std::slice::from_ref(&a), 7);
    let (mut persist, _) = Persist::open(Some(data.clone()));
    state.remembered(persist.remembered(&state.library, &[0]));
    star(&mut state, 0, &mut persist);
    let (s, _) = Store::load(&data);
    let r = &s.articles[&record_key(7, &a.to_string_lossy())];
    assert!(r.stamps.starred > 0);
    assert_eq!((r.stamps.read, r.stamps.anchor), (0, 0));
}
