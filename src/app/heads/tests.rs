use super::*;
use crate::library::{Entry, Source};

#[test]
fn heads_read_during_the_walk_are_placed_and_those_known_dropped() {
    let mut lib = Library::default();
    for name in ["a.txt", "b.txt", "c.txt"] {
        lib.entries
            .push(Entry::new(name.into(), Source::Embedded(b""), 0));
    }
    lib.entries[2].hash = Some(9);
    let mut book = HeadBook::new(HeadCache::start(None, Vec::new()));
    book.restart(&lib);
    // Found first: entry 2 (which has its head), then 0, then 1.
    book.place = Some(vec![2, 0, 1]);
    let read = |n: usize| (n, Err(format!("found {n}")));
    book.receive(vec![read(0), read(1), read(2)], &lib);
    let held: Vec<_> = book
        .take_held()
        .into_iter()
        .map(|(i, r)| (i, r.unwrap_err()))
        .collect();
    assert_eq!(
        held,
        [(0, "found 1".to_string()), (1, "found 2".to_string())]
    );
    assert!(book.complete(3));
    // A new library: the walk's numbers no longer apply.
    book.restart(&lib);
    book.receive(vec![read(1)], &lib);
    assert_eq!(book.take_held()[0].0, 1);
}
