use super::*;
use crate::article::Meta;
use crate::library::{Entry, Skipped};
use crate::state::Settings;

const BINARY: &str = "binary file (contains NUL bytes)";

fn head(title: &str) -> Head {
    Head {
        meta: Meta {
            title: title.into(),
            ..Meta::default()
        },
        hash: 1,
        file: None,
    }
}

#[test]
fn a_file_whose_head_is_binary_is_skipped_not_a_row_and_every_count_agrees() {
    let lib = Library {
        entries: ["a.txt", "bin.txt", "c.txt"]
            .iter()
            .map(|n| Entry::new(PathBuf::from(n), Source::Embedded(b""), 10))
            .collect(),
        skipped: vec![Skipped {
            path: "notes.dat".into(),
            reason: "not an article".into(),
        }],
        label: "news".into(),
        notice: None,
    };
    let mut s = State::new(lib, Settings::default());
    assert_eq!(s.message.as_deref(), Some("1 file skipped: not an article"));
    s.heads_loaded(vec![
        (0, Ok(head("Alpha"))),
        (1, Err(BINARY.into())),
        (2, Ok(head("Gamma"))),
    ]);
    // Not a row, and not counted as an article or as unread.
    assert_eq!(s.list.order.len(), 2);
    assert!(s.list.order.iter().all(|&i| i != 1));
    assert_eq!(s.library.listed(), 2);
    assert_eq!(s.unread(), 2);
    // Every count of skipped files says 2, and `!` lists both.
    assert_eq!(s.library.skipped_count(), 2);
    assert_eq!(s.message.as_deref(), Some("2 files skipped"));
    let rows = s.skipped_rows();
    assert_eq!(
        rows,
        [
            ("notes.dat".to_string(), "not an article".to_string()),
            ("bin.txt".to_string(), BINARY.to_string()),
        ]
    );
    // Still skipped when the folder is scanned again and the file is the same.
    let again = Library {
        entries: ["a.txt", "bin.txt", "c.txt"]
            .iter()
            .map(|n| Entry::new(PathBuf::from(n), Source::Embedded(b""), 10))
            .collect(),
        label: "news".into(),
        ..Library::default()
    };
    s.set_library(again);
    assert_eq!(s.list.order.len(), 2);
    assert_eq!(s.skipped_rows().len(), 1);
    // Found not to be text when read whole: skipped too; the selection
    // stays on its row.
    s.list.chosen = true;
    let row = s.list.selected;
    let gone = s.list.order[row];
    s.article_loaded(gone, Err(BINARY.into()));
    assert_eq!(s.list.order.len(), 1);
    assert_eq!(s.library.skipped_count(), 2);
    assert_eq!(s.skipped_rows().len(), 2);
    assert_eq!(s.list.selected, row.min(s.list.order.len() - 1));
}

/// Entries with these titles and their heads.
fn titled(titles: &[&str]) -> Vec<Entry> {
    titles
        .iter()
        .map(|t| {
            let mut e = Entry::new(PathBuf::from(format!("{t}.txt")), Source::Embedded(b""), 1);
            e.meta = Some(head(t).meta);
            e.hash = Some(1);
            e
        })
        .collect()
}

/// The list opened from the heads cache's first chunk counts the rest as
/// titles to come; when it arrives, in the sort's order or not, it
/// joins the list and the row selected stays selected.
#[test]
fn the_rest_of_a_list_opened_from_its_first_chunk_joins_it() {
    use crate::config::SortKey;
    let by_title = Settings {
        sort: Sort {
            key: SortKey::Title,
            descending: false,
        },
        ..Settings::default()
    };
    for sorted in [Some(by_title.sort), None] {
        let first = Library {
            entries: titled(&["Alpha", "Beta"]),
            ..Library::default()
        };
        let mut s = State::new_sorted(first, by_title.clone(), Some(by_title.sort));
        s.coming(3);
        assert_eq!((s.listed(), s.heads_pending()), (5, 3));
        s.select_row(1);
        let rest = match sorted {
            Some(_) => titled(&["Delta", "Epsilon", "Gamma"]),
            None => titled(&["Gamma", "Aardvark", "Delta"]),
        };
        s.library_completed(|mut first| {
            first.extend(rest);
            (first, sorted)
        });
        assert_eq!((s.listed(), s.heads_pending(), s.coming), (5, 0, 0));
        let shown: Vec<String> = s
            .list
            .order
            .iter()
            .map(|&i| s.library.entries[i].meta.as_ref().unwrap().title.clone())
            .collect();
        let want = match sorted {
            Some(_) => ["Alpha", "Beta", "Delta", "Epsilon", "Gamma"],
            None => ["Aardvark", "Alpha", "Beta", "Delta", "Gamma"],
        };
        assert_eq!(shown, want);
        assert_eq!(
            s.selected_entry().unwrap().meta.as_ref().unwrap().title,
            "Beta"
        );
    }
}

/// A library given in the sort's order (the heads cache's) is shown as
/// it comes; in another sort's order it is sorted; either way the order
/// saved for the cache is every entry's, with its sort.
#[test]
fn a_library_in_the_sorts_order_is_shown_as_it_comes() {
    use crate::config::SortKey;
    let lib = |titles: &[&str]| Library {
        entries: titled(titles),
        ..Library::default()
    };
    let by_title = Settings {
        sort: Sort {
            key: SortKey::Title,
            descending: false,
        },
        ..Settings::default()
    };
    let s = State::new_sorted(
        lib(&["Alpha", "Beta", "Gamma"]),
        by_title.clone(),
        Some(by_title.sort),
    );
    assert_eq!(s.list.order, [0, 1, 2]);
    assert_eq!(s.cache_order(), (&[0, 1, 2][..], Some(by_title.sort)));
    // Sorted for another sort than the one in force: sorted again.
    let other = Sort {
        key: SortKey::Title,
        descending: true,
    };
    let mut s = State::new_sorted(
        lib(&["Alpha", "Beta", "Gamma"]),
        by_title.clone(),
        Some(other),
    );
    assert_eq!(s.list.order, [0, 1, 2]);
    s.settings.sort = other;
    s.refresh_view();
    assert_eq!(s.list.order, [2, 1, 0]);
    // A filter makes the keys it needs.
    s.list.filter = Some("gam".into());
    s.refresh_view();
    assert_eq!(s.list.order, [2]);
    assert_eq!(s.cache_order(), (&[2, 1, 0][..], Some(other)));
}
