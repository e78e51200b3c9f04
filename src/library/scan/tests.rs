use super::*;

proptest::proptest! {
    /// The order by indices is the stable sort by path bytes.
    #[test]
    fn by_path_is_the_stable_sort_by_path_bytes(
        names in proptest::collection::vec("[ab/]{0,4}", 0..40)
    ) {
        let entries: Vec<Entry> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Entry::new(PathBuf::from(n), Source::Embedded(b""), i as u64))
            .collect();
        let mut want = entries.clone();
        want.sort_by(|a, b| {
            a.path.as_os_str().as_encoded_bytes().cmp(b.path.as_os_str().as_encoded_bytes())
        });
        let (got, order) = by_path(entries.clone());
        for (at, &was) in order.iter().enumerate() {
            proptest::prop_assert_eq!(got[at].size, entries[was].size);
        }
        let ids = |es: &[Entry]| es.iter().map(|e| (e.path.clone(), e.size)).collect::<Vec<_>>();
        proptest::prop_assert_eq!(ids(&got), ids(&want));
    }
}

#[cfg(unix)]
#[test]
fn a_walk_shown_as_it_goes_finds_what_scan_finds_and_places_each_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for (name, text) in [
        ("c.txt", "C\n"),
        ("a.txt", "Alpha\n"),
        ("sub/b.md", "# Beta\n"),
    ] {
        fs::create_dir_all(root.join(name).parent().unwrap()).unwrap();
        fs::write(root.join(name), text).unwrap();
    }
    fs::write(root.join("notes.pdf"), "x").unwrap();
    std::os::unix::fs::symlink(root.join("a.txt"), root.join("link.txt")).unwrap();
    let exts = ["txt".to_string(), "md".to_string()];
    let mut found = Vec::new();
    let (lib, place) = scan_seen(&[root.to_path_buf()], &exts, &mut |e| {
        found.push(e.path.clone());
    });
    let listed = scan(&[root.to_path_buf()], &exts);
    let paths = |l: &Library| l.entries.iter().map(|e| e.path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&lib), paths(&listed));
    assert_eq!(lib.skipped, listed.skipped);
    assert_eq!(found.len(), place.len());
    for (n, path) in found.iter().enumerate() {
        assert_eq!(&lib.entries[place[n]].path, path);
    }
    // Files in a folder are not looked up (their heads will tell); a
    // link is, to know where it leads.
    let size = |l: &Library, p: &str| {
        l.entries
            .iter()
            .find(|e| e.path == Path::new(p))
            .unwrap()
            .size
    };
    assert_eq!(size(&lib, "a.txt"), 0);
    assert_eq!(size(&lib, "sub/b.md"), 0);
    assert_eq!(size(&lib, "link.txt"), 6);
    assert_eq!(size(&listed, "a.txt"), 6);
}

#[cfg(unix)]
#[test]
fn folders_files_links_and_what_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("a.txt"), "Alpha\n").unwrap();
    fs::write(root.join("notes.pdf"), "x").unwrap();
    fs::write(root.join(".hidden.txt"), "x").unwrap();
    fs::create_dir(root.join("sub")).unwrap();
    fs::write(root.join("sub/b.md"), "# Beta\n").unwrap();
    std::os::unix::fs::symlink(root.join("a.txt"), root.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("gone.txt"), root.join("broken.txt")).unwrap();
    let lib = scan(&[root.to_path_buf()], &["txt".into(), "md".into()]);
    let shown: Vec<_> = lib
        .entries
        .iter()
        .map(|e| (e.path.display().to_string(), e.size))
        .collect();
    assert_eq!(
        shown,
        [
            ("a.txt".to_string(), 6),
            ("link.txt".to_string(), 6),
            ("sub/b.md".to_string(), 7)
        ]
    );
    let mut skipped: Vec<_> = lib
        .skipped
        .iter()
        .map(|s| {
            (
                s.path.file_name().unwrap().to_string_lossy().into_owned(),
                s.reason.as_str(),
            )
        })
        .collect();
    skipped.sort();
    assert_eq!(
        skipped,
        [
            ("broken.txt".to_string(), "broken link"),
            ("notes.pdf".to_string(), "not an article")
        ]
    );
}
