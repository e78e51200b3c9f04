use super::*;
use crate::article::{Date, Meta};
use crate::config::SortKey;
use crate::library::Source;

fn entry(title: &str, date: Option<(i32, u8)>, source: Option<&str>) -> Entry {
    let mut e = Entry::new(format!("{title}.txt").into(), Source::Embedded(b""), 0);
    e.meta = Some(Meta {
        title: title.into(),
        date: date.map(|(year, month)| Date {
            year,
            month,
            day: 1,
        }),
        source: source.map(str::to_string),
        ..Meta::default()
    });
    e
}

fn titles(entries: &[Entry], sort: Sort) -> Vec<String> {
    order(entries, sort)
        .into_iter()
        .map(|i| entries[i].title().into_owned())
        .collect()
}

#[test]
fn newest_first_then_undated_by_title() {
    let e = [
        entry("b undated", None, None),
        entry("old", Some((2025, 1)), None),
        entry("new", Some((2026, 5)), None),
        entry("A undated", None, None),
    ];
    let sort = Sort::default();
    assert_eq!(titles(&e, sort), ["new", "old", "A undated", "b undated"]);
    let oldest = Sort {
        key: SortKey::Date,
        descending: false,
    };
    assert_eq!(titles(&e, oldest), ["old", "new", "A undated", "b undated"]);
}

#[test]
fn by_title_and_by_source_ignore_case() {
    let e = [
        entry("beta", None, Some("Zed")),
        entry("Alpha", None, Some("agency")),
        entry("gamma", None, None),
    ];
    let title = Sort {
        key: SortKey::Title,
        descending: false,
    };
    assert_eq!(titles(&e, title), ["Alpha", "beta", "gamma"]);
    let title_desc = Sort {
        key: SortKey::Title,
        descending: true,
    };
    assert_eq!(titles(&e, title_desc), ["gamma", "beta", "Alpha"]);
    let source = Sort {
        key: SortKey::Source,
        descending: false,
    };
    assert_eq!(titles(&e, source), ["Alpha", "beta", "gamma"]);
    let source_desc = Sort {
        key: SortKey::Source,
        descending: true,
    };
    assert_eq!(titles(&e, source_desc), ["beta", "Alpha", "gamma"]);
}

#[test]
fn titles_and_sources_sort_ignoring_accents_and_case() {
    let e = [
        entry("Tromsø caps aurora tours", None, Some("Øresund Post")),
        entry("À Lyon, les traboules", None, Some("agence")),
        entry("zurich swims", None, Some("Zeitung")),
        entry("Émile's bakery", None, Some("Écho")),
    ];
    let title = Sort {
        key: SortKey::Title,
        descending: false,
    };
    assert_eq!(
        titles(&e, title),
        [
            "À Lyon, les traboules",
            "Émile's bakery",
            "Tromsø caps aurora tours",
            "zurich swims"
        ]
    );
    let source = Sort {
        key: SortKey::Source,
        descending: false,
    };
    assert_eq!(
        titles(&e, source),
        [
            "À Lyon, les traboules",
            "Émile's bakery",
            "Tromsø caps aurora tours",
            "zurich swims"
        ]
    );
}

#[test]
fn untitled_entries_sort_by_file_name_ignoring_case() {
    let mut e = [
        Entry::new("b.txt".into(), Source::Embedded(b""), 0),
        Entry::new("A.txt".into(), Source::Embedded(b""), 0),
        Entry::new("Émile.txt".into(), Source::Embedded(b""), 0),
    ];
    e[0].meta = Some(Meta::default());
    assert_eq!(titles(&e, Sort::default()), ["A", "b", "Émile"]);
}

fn sort_strategy() -> impl Strategy<Value = Sort> {
    (
        prop_oneof![
            Just(SortKey::Date),
            Just(SortKey::Title),
            Just(SortKey::Source)
        ],
        any::<bool>(),
    )
        .prop_map(|(key, descending)| Sort { key, descending })
}

fn meta_strategy() -> impl Strategy<Value = Option<Meta>> {
    proptest::option::of((
        "[aAbBé ]{0,3}",
        proptest::option::of((2024..2027i32, 1..3u8)),
        proptest::option::of("[xXy]{0,2}"),
    ))
    .prop_map(|m| {
        m.map(|(title, date, source)| entry(&title, date, source.as_deref()).meta.unwrap())
    })
}

use proptest::prelude::*;

proptest! {
    #[test]
    fn merging_the_changed_entries_gives_the_full_sort(
        names in proptest::collection::vec("[aAb]{1,2}", 0..24),
        batches in proptest::collection::vec(
            proptest::collection::vec((0..24usize, meta_strategy(), any::<bool>()), 0..8),
            1..5,
        ),
        sort in sort_strategy(),
    ) {
        let mut entries: Vec<Entry> = names
            .iter()
            .map(|n| Entry::new(format!("{n}.txt").into(), Source::Embedded(b""), 0))
            .collect();
        let mut sorted = Sorted::default();
        sorted.all(&entries, sort);
        for batch in batches {
            let mut changed = Vec::new();
            for (i, meta, outside_a_batch) in batch {
                if let Some(e) = entries.get_mut(i) {
                    e.meta = meta;
                    if outside_a_batch {
                        sorted.stale(i);
                    } else {
                        changed.push(i);
                    }
                }
            }
            let merged = sorted.changed(&entries, &changed, sort).to_vec();
            prop_assert_eq!(merged, order(&entries, sort));
        }
    }
}

proptest! {
    #[test]
    fn a_resort_with_the_keys_kept_gives_the_full_sort(
        names in proptest::collection::vec("[aAb]{1,2}", 0..24),
        steps in proptest::collection::vec(
            (proptest::collection::vec((0..24usize, meta_strategy()), 0..3), sort_strategy()),
            1..8,
        ),
        years in proptest::collection::vec(-3000..3000i32, 0..24),
    ) {
        let mut entries: Vec<Entry> = names
            .iter()
            .map(|n| Entry::new(format!("{n}.txt").into(), Source::Embedded(b""), 0))
            .collect();
        // Dates before the common era and far ahead sort as numbers too.
        for (e, year) in entries.iter_mut().zip(years) {
            e.meta = Some(entry("x", Some((year, 1)), None).meta.unwrap());
        }
        let mut sorted = Sorted::default();
        sorted.all(&entries, Sort::default());
        for (changes, sort) in steps {
            for (i, meta) in changes {
                if let Some(e) = entries.get_mut(i) {
                    e.meta = meta;
                    sorted.stale(i);
                }
            }
            let resorted = sorted.resort(&entries, sort).to_vec();
            prop_assert_eq!(resorted, order(&entries, sort));
        }
    }
}

#[test]
fn haystacks_are_made_once_and_again_when_the_entry_changes() {
    let mut e = vec![entry("Harbour reopens", None, Some("UPN"))];
    let mut sorted = Sorted::default();
    sorted.all(&e, Sort::default());
    let g = sorted.generation();
    let h = |s: &mut Sorted, e: &[Entry]| s.haystack(e, 0).map(ToString::to_string);
    assert_eq!(h(&mut sorted, &e).as_deref(), Some("Harbour reopens UPN"));
    e[0] = entry("Tram stalls", None, None);
    // Until told, the haystack is the one made.
    assert_eq!(h(&mut sorted, &e).as_deref(), Some("Harbour reopens UPN"));
    sorted.stale(0);
    sorted.resort(&e, Sort::default());
    assert_ne!(sorted.generation(), g);
    assert_eq!(h(&mut sorted, &e).as_deref(), Some("Tram stalls"));
}

proptest! {
    /// An order taken as given (the heads cache's) behaves as one sorted
    /// here: shown as it is, and the same as the full sort once keys are
    /// needed for a change, another sort or the filter.
    #[test]
    fn an_adopted_order_gives_the_full_sort(
        names in proptest::collection::vec("[aAb]{1,2}", 0..24),
        metas in proptest::collection::vec(meta_strategy(), 0..24),
        first in sort_strategy(),
        steps in proptest::collection::vec(
            (proptest::collection::vec((0..24usize, meta_strategy()), 0..3), sort_strategy()),
            0..6,
        ),
    ) {
        let mut entries: Vec<Entry> = names
            .iter()
            .map(|n| Entry::new(format!("{n}.txt").into(), Source::Embedded(b""), 0))
            .collect();
        for (e, meta) in entries.iter_mut().zip(metas) {
            e.meta = meta;
        }
        // The entries as the cache gives them: in the list's order.
        let mut by = order(&entries, first).into_iter().map(|i| entries[i].clone()).collect::<Vec<_>>();
        std::mem::swap(&mut entries, &mut by);
        let mut sorted = Sorted::default();
        sorted.adopt(entries.len(), first);
        let n = entries.len();
        prop_assert_eq!(sorted.resort(&entries, first).to_vec(), (0..n).collect::<Vec<_>>());
        prop_assert_eq!(order(&entries, first), (0..n).collect::<Vec<_>>());
        for (changes, sort) in steps {
            let mut changed = Vec::new();
            for (i, meta) in changes {
                if let Some(e) = entries.get_mut(i) {
                    e.meta = meta;
                    changed.push(i);
                }
            }
            let merged = sorted.changed(&entries, &changed, first).to_vec();
            prop_assert_eq!(merged, order(&entries, first));
            let resorted = sorted.resort(&entries, sort).to_vec();
            prop_assert_eq!(resorted, order(&entries, sort));
        }
    }
}

#[test]
fn an_adopted_order_makes_its_haystacks_when_filtered() {
    let e = vec![entry("Harbour reopens", None, Some("UPN"))];
    let mut sorted = Sorted::default();
    sorted.adopt(1, Sort::default());
    let h = sorted.haystack(&e, 0).map(ToString::to_string);
    assert_eq!(h.as_deref(), Some("Harbour reopens UPN"));
}
