use super::*;
use crate::article::Meta;
use crate::library::scan::scan;
use tempfile::TempDir;

/// The folder scanned, each file's head its name.
fn scanned(dir: &std::path::Path) -> Library {
    let mut lib = scan(&[dir.to_path_buf()], &["txt".into()]);
    for (i, e) in lib.entries.iter_mut().enumerate() {
        e.meta = Some(Meta {
            title: e.path.display().to_string(),
            ..Meta::default()
        });
        e.hash = Some(i as u64);
    }
    lib
}

fn titles(entries: &[Entry]) -> Vec<String> {
    let mut t: Vec<String> = entries
        .iter()
        .map(|e| e.meta.as_ref().map(|m| m.title.clone()).unwrap_or_default())
        .collect();
    t.sort();
    t
}

fn cache_file(dir: &std::path::Path) -> u64 {
    let only = std::fs::read_dir(dir).unwrap().flatten().next().unwrap();
    only.metadata().unwrap().len()
}

/// A folder of `n` files (each file's head its name), a cache folder, the
/// roots and the library scanned.
fn folder(n: usize) -> (TempDir, TempDir, Vec<PathBuf>, Library) {
    let (files, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for i in 0..n {
        std::fs::write(files.path().join(format!("f{i:03}.txt")), "x\n").unwrap();
    }
    let roots = vec![files.path().to_path_buf()];
    let lib = scanned(files.path());
    (files, dir, roots, lib)
}

/// The list opened from the cache in `dir`: its first chunk, then the
/// rest (as the app takes it after the first frame).
fn opened(dir: &std::path::Path, roots: &[PathBuf]) -> (HeadCache, Vec<Entry>) {
    let mut first =
        HeadCache::first_split(Some(dir.into()), roots.to_vec(), 0).expect("the cache is read");
    assert!(first.cache.rest_due());
    let (all, _) = first.cache.rest(std::mem::take(&mut first.entries));
    assert!(!first.cache.rest_due(), "taken once");
    (first.cache, all)
}

#[test]
fn the_first_chunk_comes_alone_and_the_rest_after_it_in_order() {
    let (_files, dir, roots, lib) = folder(300);
    let order: Vec<usize> = (0..lib.entries.len()).rev().collect();
    let sort = crate::config::Sort {
        key: crate::config::SortKey::Title,
        descending: true,
    };
    let mut cache = HeadCache::start(Some(dir.path().into()), roots.clone());
    cache.stale = true;
    cache.save(&lib, &order, Some(sort));
    written(dir.path(), cache.base);

    // Read whole when small.
    let whole = HeadCache::first(Some(dir.path().into()), roots.clone()).unwrap();
    assert_eq!((whole.entries.len(), whole.coming), (300, 0));
    assert_eq!(whole.sorted, Some(sort));
    assert!(!whole.cache.rest_due());
    let mut first = HeadCache::first_split(Some(dir.path().into()), roots, 0).unwrap();
    assert_eq!(first.entries.len(), 256);
    assert_eq!(first.coming, 300 - 256);
    assert_eq!(first.sorted, Some(sort));
    assert!(first.cache.rest_due());
    let (all, sorted) = first.cache.rest(first.entries.clone());
    assert!(!first.cache.rest_due());
    assert_eq!(sorted, Some(sort));
    let all: Vec<_> = all.iter().map(|e| e.path.clone()).collect();
    let want: Vec<_> = order.iter().map(|&i| lib.entries[i].path.clone()).collect();
    assert_eq!(all, want);
    // The sizes are known once the rest is in: a save appends.
    assert_eq!(first.cache.base, cache.base);
}

/// Wait for the thread writing the whole file.
fn written(dir: &std::path::Path, len: u64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::fs::read_dir(dir).map_or(0, |d| d.flatten().count()) == 0 || cache_file(dir) != len {
        assert!(std::time::Instant::now() < deadline, "not written");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn a_file_gone_or_changed_is_appended_and_a_big_log_is_compacted() {
    let (files, dir, roots, lib) = folder(40);
    let mut cache = HeadCache::start(Some(dir.path().into()), roots.clone());
    cache.stale = true;
    cache.save(&lib, &[], None);
    written(dir.path(), cache.base);
    let base = cache.base;

    // The list opens from it; then one file is gone, one has changed.
    let (mut cache, entries) = opened(dir.path(), &roots);
    assert_eq!(titles(&entries), titles(&lib.entries));
    std::fs::remove_file(files.path().join("f003.txt")).unwrap();
    std::fs::write(files.path().join("f007.txt"), "longer\n").unwrap();
    let mut new = scan(&roots, &["txt".into()]);
    let old = Library {
        entries,
        ..Library::default()
    };
    cache.replaced(&old, &new);
    let i = new
        .entries
        .iter()
        .position(|e| e.path.ends_with("f007.txt"))
        .unwrap();
    for n in &mut new.entries {
        let o = old.entries.iter().find(|o| o.path == n.path).unwrap();
        (n.meta, n.hash) = (o.meta.clone(), o.hash);
    }
    new.entries[i].meta = Some(Meta {
        title: "Changed".into(),
        ..Meta::default()
    });
    cache.read(&new, &[i]);
    cache.stale = true;
    cache.save(&new, &[], None);
    // Appended, not written whole.
    assert_eq!(cache.base, base);
    assert!(cache.log > 0);
    assert_eq!(cache_file(dir.path()), base + cache.log);
    let (_, back) = opened(dir.path(), &roots);
    assert_eq!(titles(&back), titles(&new.entries));
    assert!(titles(&back).contains(&"Changed".to_string()));
    assert!(!titles(&back).contains(&"f003.txt".to_string()));

    // Every file read again: a log that big is compacted into the file.
    let all: Vec<usize> = (0..new.entries.len()).collect();
    cache.read(&new, &all);
    cache.stale = true;
    cache.save(&new, &[], None);
    assert_eq!(cache.log, 0);
    written(dir.path(), cache.base);
    let (_, back) = opened(dir.path(), &roots);
    assert_eq!(titles(&back), titles(&new.entries));
}
