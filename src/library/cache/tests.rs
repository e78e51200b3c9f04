use super::*;
use crate::article::{Date, Dateline, Meta};
use crate::library::scan::scan;

fn meta(title: &str) -> Meta {
    Meta {
        kicker: Some("World".into()),
        title: title.into(),
        standfirst: Some("A deck.".into()),
        byline: Some("By Jane Doe".into()),
        dateline: Some(Box::new(Dateline {
            text: "OSLO, March 3 (Reuters) -".into(),
            place: Some("OSLO".into()),
            date: Some("March 3".into()),
            source: Some("Reuters".into()),
            block: 1,
        })),
        date: Some(Date {
            year: 2026,
            month: 3,
            day: 3,
        }),
        published: Some("Published 3 March 2026".into()),
        source: Some("Reuters".into()),
        tags: vec!["ports".into()],
    }
}

/// A folder with `names`, scanned, each entry given a head.
fn library(dir: &Path, names: &[&str]) -> Library {
    for n in names {
        fs::write(dir.join(n), format!("{n}\n")).unwrap();
    }
    let mut lib = scan(&[dir.to_path_buf()], &["txt".into()]);
    for (i, e) in lib.entries.iter_mut().enumerate() {
        e.meta = Some(meta(&format!("Title {i}")));
        e.hash = Some(1000 + i as u64);
    }
    lib
}

fn rescan(dir: &Path) -> Library {
    scan(&[dir.to_path_buf()], &["txt".into()])
}

const NAME: &str = "heads-test.bin";

/// Write the cache of `lib`, opened on the folder `files`.
fn save(lib: &Library, files: &Path, cache: &Path, binary: &str) -> std::io::Result<()> {
    let roots = Roots::new(&[files.to_path_buf()]);
    write_named(
        cache,
        NAME,
        &encode_stamped(lib, &roots, &[], binary).unwrap(),
    )
}

fn load(cache: &Path, binary: Option<&str>) -> Heads {
    Heads::load_stamped(&cache.join(NAME), binary)
}

#[test]
fn heads_come_back_for_unchanged_files() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut lib = library(files.path(), &["a.txt", "b.txt"]);
    // Every field set (a), and none but the title (b).
    lib.entries[1].meta = Some(Meta {
        title: "Only a title".into(),
        ..Meta::default()
    });
    save(&lib, files.path(), cache.path(), "build 1").unwrap();
    let heads = load(cache.path(), Some("build 1"));
    assert_eq!(heads.len(), 2);
    let mut again = rescan(files.path());
    assert_eq!(heads.apply(&mut again), [0, 1]);
    for (e, want) in again.entries.iter().zip(&lib.entries) {
        assert_eq!(e.meta, want.meta);
        assert_eq!(e.hash, want.hash);
    }
    // Nothing but the cache is in the folder: the temporary file was renamed.
    let left: Vec<_> = fs::read_dir(cache.path()).unwrap().collect();
    assert_eq!(left.len(), 1);
}

#[test]
fn another_binary_or_a_changed_file_reads_the_head_again() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let lib = library(files.path(), &["a.txt", "b.txt"]);
    save(&lib, files.path(), cache.path(), "build 1").unwrap();
    assert!(load(cache.path(), Some("build 2")).is_empty());
    assert!(load(cache.path(), None).is_empty());
    fs::write(files.path().join("b.txt"), "b.txt, longer now\n").unwrap();
    let mut again = rescan(files.path());
    let heads = load(cache.path(), Some("build 1"));
    assert_eq!(heads.apply(&mut again), [0]);
    assert_eq!(again.entries[1].meta, None);
    assert_eq!(again.entries[1].hash, None);
}

#[test]
fn a_changed_time_alone_reads_the_head_again() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let lib = library(files.path(), &["a.txt"]);
    save(&lib, files.path(), cache.path(), "b").unwrap();
    let f = fs::File::options()
        .write(true)
        .open(files.path().join("a.txt"))
        .unwrap();
    f.set_modified(SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(7))
        .unwrap();
    let mut again = rescan(files.path());
    assert!(load(cache.path(), Some("b")).apply(&mut again).is_empty());
}

#[test]
fn a_corrupt_or_missing_cache_is_empty_and_is_written_over() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert!(load(cache.path(), Some("b")).is_empty());
    for junk in [
        &b"{\"binary\": \"b\", \"heads\": [{\"path\": 3}]}"[..],
        b"\xff\x00",
        b"",
    ] {
        fs::write(cache.path().join(NAME), junk).unwrap();
        assert!(load(cache.path(), Some("b")).is_empty());
    }
    let lib = library(files.path(), &["a.txt"]);
    save(&lib, files.path(), cache.path(), "b").unwrap();
    assert_eq!(load(cache.path(), Some("b")).len(), 1);
}

#[test]
fn each_set_of_folders_has_its_own_file_and_entries_without_heads_are_not_cached() {
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let roots = |d: &tempfile::TempDir| vec![d.path().to_path_buf()];
    assert_ne!(file_name(&roots(&one)), file_name(&roots(&two)));
    assert_eq!(file_name(&roots(&one)), file_name(&roots(&one)));
    let mut lib = library(two.path(), &["x.txt", "y.txt"]);
    lib.entries[1].meta = None;
    let cache = tempfile::tempdir().unwrap();
    save(&lib, two.path(), cache.path(), "b").unwrap();
    assert_eq!(load(cache.path(), Some("b")).len(), 1);
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_not_cached_and_does_not_stop_the_others() {
    use std::os::unix::ffi::OsStrExt;
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(files.path().join(odd), "x\n").unwrap();
    let lib = library(files.path(), &["a.txt"]);
    assert_eq!(lib.entries.len(), 2);
    save(&lib, files.path(), cache.path(), "b").unwrap();
    assert_eq!(load(cache.path(), Some("b")).len(), 1);
}

#[test]
fn an_unwritable_cache_folder_is_an_error_not_a_panic() {
    let files = tempfile::tempdir().unwrap();
    let lib = library(files.path(), &["a.txt"]);
    let not_a_dir = files.path().join("a.txt");
    assert!(save(&lib, files.path(), &not_a_dir, "b").is_err());
}

#[cfg(unix)]
#[test]
fn a_file_replaced_with_the_same_size_and_time_is_read_again() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let lib = library(files.path(), &["a.txt"]);
    save(&lib, files.path(), cache.path(), "b").unwrap();
    // As `cp -p` or `rsync -t` would: a new file, the old size and time.
    let path = files.path().join("a.txt");
    let time = fs::metadata(&path).unwrap().modified().unwrap();
    let new = files.path().join("a.new");
    fs::write(&new, "b.txt\n").unwrap();
    fs::File::options()
        .write(true)
        .open(&new)
        .unwrap()
        .set_modified(time)
        .unwrap();
    fs::rename(&new, &path).unwrap();
    let mut again = rescan(files.path());
    assert_eq!(again.entries[0].size, lib.entries[0].size);
    assert_eq!(again.entries[0].modified, lib.entries[0].modified);
    assert!(load(cache.path(), Some("b")).apply(&mut again).is_empty());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_in_place_of_the_cache_is_not_read() {
    let cache = tempfile::tempdir().unwrap();
    let fifo = cache.path().join(NAME);
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Reading it would block for ever (no writer): it is passed over.
    assert!(load(cache.path(), Some("b")).is_empty());
    fs::remove_file(&fifo).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &fifo).unwrap();
    assert!(load(cache.path(), Some("b")).is_empty());
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_a_temporary_name_is_not_written_through() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let lib = library(files.path(), &["a.txt"]);
    let victim = files.path().join("a.txt");
    let before = fs::read(&victim).unwrap();
    // Every name the next few writes of this process could use.
    for n in 0..1000 {
        let tmp = cache
            .path()
            .join(format!(".{NAME}.{}.{n}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, tmp).unwrap();
    }
    for _ in 0..3 {
        let _ = save(&lib, files.path(), cache.path(), "b");
    }
    assert_eq!(fs::read(&victim).unwrap(), before);
}
