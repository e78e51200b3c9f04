//! Hostile files and folders: the scan and the loader survive them and say why
//! a file is not shown; nothing of the user's is changed.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use byline::article::Format;
use byline::library::load::ReadError;
use byline::library::{Library, Source, load, scan};
use byline::parse::DecodeError;

fn exts() -> Vec<String> {
    vec!["txt".into(), "md".into()]
}

fn scan_dir(dir: &Path) -> Library {
    scan::scan(&[dir.to_path_buf()], &exts())
}

fn reason_for(lib: &Library, name: &str) -> Option<String> {
    lib.skipped
        .iter()
        .find(|s| s.path.file_name().is_some_and(|f| f == name))
        .map(|s| s.reason.clone())
}

/// What the user is told when a read failed (`None`: it did not).
fn message<T>(result: Result<T, ReadError>) -> Option<String> {
    result.err().map(|e| e.to_string())
}

/// Run `f` on a thread; fail (instead of hanging the suite) if it blocks.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("{what}: blocked"))
}

#[test]
fn empty_and_whitespace_only_files_open_as_empty_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("empty.txt"), b"").expect("write");
    fs::write(dir.path().join("blank.md"), b"  \n\t\r\n \r \n\n   ").expect("write");
    let lib = scan_dir(dir.path());
    assert_eq!(lib.entries.len(), 2);
    for e in &lib.entries {
        let head = load::head(&e.source, e.format).expect("head");
        assert!(head.meta.title.trim().is_empty(), "{:?}", head.meta);
        let article = load::full(&e.source, e.format).expect("article");
        assert_eq!(article.words, 0, "{:?}", e.path);
        assert!(
            !e.title().is_empty(),
            "the list falls back to the file name"
        );
    }
}

#[test]
fn a_ten_megabyte_line_and_a_fifty_megabyte_article_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line: String = "word ".repeat(2 * 1024 * 1024);
    fs::write(dir.path().join("line.txt"), &line).expect("write");
    let para = "The council met at noon and voted on the harbour plan.\n\n";
    let big = para.repeat(50 * 1024 * 1024 / para.len());
    fs::write(dir.path().join("big.txt"), &big).expect("write");
    let lib = scan_dir(dir.path());
    assert_eq!(lib.entries.len(), 2);
    for e in &lib.entries {
        assert!(load::head(&e.source, e.format).is_ok());
        let text = load::text(&e.source, e.format).expect("text");
        assert!(text.len() >= 10 * 1024 * 1024, "{}", text.len());
    }
    let line_entry = lib.entries.iter().find(|e| e.path.ends_with("line.txt"));
    let article = load::full(&line_entry.expect("line.txt").source, Format::Plain).expect("parse");
    assert!(article.words >= 2 * 1024 * 1024, "{}", article.words);
}

#[test]
fn a_hundred_thousand_tiny_files_are_all_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("many");
    fs::create_dir(&sub).expect("mkdir");
    for i in 0..100_000 {
        fs::write(sub.join(format!("{i}.txt")), b"x").expect("write");
    }
    let lib = scan_dir(dir.path());
    assert_eq!(lib.entries.len(), 100_000);
    assert!(lib.skipped.is_empty());
}

#[test]
fn deep_folders_are_walked_to_a_limit_and_the_rest_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut path = dir.path().to_path_buf();
    for i in 0..200 {
        path.push(format!("d{i}"));
        fs::create_dir(&path).expect("mkdir");
        fs::write(path.join("a.txt"), b"Deep down").expect("write");
    }
    let lib = scan_dir(dir.path());
    assert!(lib.entries.len() >= 60, "{}", lib.entries.len());
    assert!(lib.entries.len() < 200, "{}", lib.entries.len());
    assert_eq!(lib.skipped.len(), 1, "{:?}", lib.skipped);
    assert_eq!(lib.skipped[0].reason, "folders nested too deep");
}

#[test]
fn symlink_loops_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a");
    fs::create_dir(&a).expect("mkdir");
    fs::write(a.join("one.txt"), b"One").expect("write");
    std::os::unix::fs::symlink(dir.path(), a.join("up")).expect("link");
    std::os::unix::fs::symlink(&a, a.join("self")).expect("link");
    std::os::unix::fs::symlink(a.join("me.txt"), a.join("me.txt")).expect("link");
    let lib = within("scan", {
        let p = dir.path().to_path_buf();
        move || scan_dir(&p)
    });
    assert_eq!(lib.entries.len(), 1, "{:?}", lib.entries);
    assert_eq!(reason_for(&lib, "me.txt").as_deref(), Some("broken link"));
}

#[test]
fn files_that_vanish_or_change_after_the_scan() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("gone.txt"), b"Soon gone").expect("write");
    fs::write(dir.path().join("shrinks.txt"), "Long text. ".repeat(10_000)).expect("write");
    fs::write(dir.path().join("binary.txt"), "Now text").expect("write");
    let lib = scan_dir(dir.path());
    fs::remove_file(dir.path().join("gone.txt")).expect("rm");
    fs::write(dir.path().join("shrinks.txt"), b"Short").expect("write");
    fs::write(dir.path().join("binary.txt"), b"Now\0binary").expect("write");
    let by_name = |n: &str| {
        let e = lib.entries.iter().find(|e| e.path.ends_with(n)).expect(n);
        (
            load::head(&e.source, e.format),
            load::full(&e.source, e.format),
        )
    };
    let (head, full) = by_name("gone.txt");
    assert!(
        matches!(&full, Err(ReadError::Io { kind, .. }) if *kind == std::io::ErrorKind::NotFound),
        "{full:?}"
    );
    assert_eq!(message(head).as_deref(), Some("not found"));
    assert_eq!(message(full).as_deref(), Some("not found"));
    let (_, full) = by_name("shrinks.txt");
    assert_eq!(full.expect("parse").meta.title, "Short");
    let (_, full) = by_name("binary.txt");
    assert_eq!(
        full.as_ref().err(),
        Some(&ReadError::Decode(DecodeError::Binary))
    );
    assert_eq!(
        message(full).as_deref(),
        Some("binary file (contains NUL bytes)")
    );
}

#[test]
fn binary_files_are_counted_with_their_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("photo.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )
    .expect("write");
    let lib = scan_dir(dir.path());
    let mut state = byline::state::State::new(lib, byline::state::Settings::default());
    let e = &state.library.entries[0];
    let result = load::head(&e.source, e.format);
    let result = result
        .map(|_| unreachable!("a binary head"))
        .map_err(|e| e.to_string());
    state.head_loaded(0, result);
    let rows = state.skipped_rows();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].0.ends_with("photo.txt"), "{rows:?}");
    assert_eq!(rows[0].1, "binary file (contains NUL bytes)");
}

#[test]
fn fifo_socket_and_folder_named_like_articles_never_block() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.txt");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let sock = dir.path().join("socket.txt");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).expect("bind");
    let folder = dir.path().join("folder.txt");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(folder.join("inner.txt"), b"Inner").expect("write");

    let lib = scan_dir(dir.path());
    assert_eq!(lib.entries.len(), 1, "{:?}", lib.entries);
    assert!(lib.entries[0].path.ends_with("folder.txt/inner.txt"));
    assert_eq!(
        reason_for(&lib, "pipe.txt").as_deref(),
        Some(scan::NOT_A_FILE)
    );
    assert_eq!(
        reason_for(&lib, "socket.txt").as_deref(),
        Some(scan::NOT_A_FILE)
    );

    // Given by name on the command line: skipped too, with the reason.
    let lib = scan::scan(&[fifo.clone(), sock.clone()], &exts());
    assert!(lib.entries.is_empty());
    assert_eq!(lib.skipped.len(), 2);
    // And a loader asked to read one (it became a FIFO after the scan) answers at once.
    for path in [fifo, sock, folder, PathBuf::from("/dev/zero")] {
        let source = Source::File(path.clone());
        let result = within("read", move || load::full(&source, Format::Plain));
        assert_eq!(
            result.as_ref().err(),
            Some(&ReadError::NotAFile),
            "{path:?}"
        );
        assert_eq!(
            message(result).as_deref(),
            Some(scan::NOT_A_FILE),
            "{path:?}"
        );
    }
}

#[test]
fn unreadable_files_are_skipped_with_a_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("secret.txt");
    fs::write(&file, b"Secret").expect("write");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::File::open(&file).is_ok() {
        // Running as root (as CI does): permissions do not stop reads, so there is
        // nothing to test here; the FIFO/socket test covers files that cannot be read.
        eprintln!("skipped: running as root, chmod 000 does not stop reads");
        return;
    }
    let lib = scan_dir(dir.path());
    let e = &lib.entries[0];
    assert_eq!(
        message(load::full(&e.source, e.format)).as_deref(),
        Some("permission denied")
    );
}

#[test]
fn a_missing_folder_and_a_file_instead_of_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nowhere");
    let lib = scan::scan(std::slice::from_ref(&missing), &exts());
    assert!(lib.entries.is_empty());
    assert_eq!(lib.skipped.len(), 1);
    assert_eq!(lib.skipped[0].reason, "not found");
    assert_eq!(
        lib.skipped_summary().as_deref(),
        Some("1 file skipped: not found")
    );

    let file = dir.path().join("notes.log");
    fs::write(&file, b"Harbour notes\n\nThe ferry was late.").expect("write");
    let lib = scan::scan(std::slice::from_ref(&file), &exts());
    assert_eq!(
        lib.entries.len(),
        1,
        "a file given by name is opened whatever its name"
    );
    let e = &lib.entries[0];
    assert_eq!(
        load::full(&e.source, e.format).expect("parse").meta.title,
        "Harbour notes"
    );
}

/// Every file's bytes, permissions and modification time.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, u32, SystemTime)> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = Vec::new();
    for e in fs::read_dir(dir).expect("read_dir").flatten() {
        let md = fs::symlink_metadata(e.path()).expect("metadata");
        if md.is_dir() {
            out.extend(snapshot(&e.path()));
        } else {
            let bytes = if md.is_file() {
                fs::read(e.path()).expect("read")
            } else {
                Vec::new()
            };
            let mtime = md.modified().expect("mtime");
            out.push((e.path(), bytes, md.permissions().mode(), mtime));
        }
    }
    out.sort();
    out
}

#[test]
fn nothing_of_the_users_is_modified() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("a.txt"),
        "Title\n\nBody \u{1b}[2J text.\r\n",
    )
    .expect("write");
    fs::write(dir.path().join("b.md"), b"\xFF\xFE# \0T\0").expect("write");
    fs::write(dir.path().join("c.txt"), b"\0\0").expect("write");
    fs::create_dir(dir.path().join("sub")).expect("mkdir");
    fs::write(dir.path().join("sub/d.txt"), b"Caf\xE9").expect("write");
    let before = snapshot(dir.path());
    let lib = scan_dir(dir.path());
    for e in &lib.entries {
        let _ = load::head(&e.source, e.format);
        let _ = load::full(&e.source, e.format);
        let _ = load::text(&e.source, e.format);
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn file_names_holding_escapes_are_shown_cleaned() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"news\x1b]0;T\x07"));
    fs::create_dir(&folder).expect("mkdir");
    let name = std::ffi::OsStr::from_bytes(b"evil\x1b]52;c;QQ==\x07\xc2\x9b2J\xe2\x80\xae.txt");
    fs::write(folder.join(name), b"").expect("write");
    let lib = scan_dir(&folder);
    let clean = |s: &str| !s.chars().any(|c| c.is_control() || c == '\u{202e}');
    assert!(clean(&lib.label), "{:?}", lib.label);
    let e = &lib.entries[0];
    assert_eq!(
        e.title(),
        "evil?]52;c;QQ==??2J?",
        "the list falls back to the cleaned file name"
    );
    assert!(clean(&e.shown()), "{:?}", e.shown());
    assert!(clean(&byline::library::shown(&folder)));
}

#[test]
fn files_over_the_size_limit_are_skipped_with_the_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = fs::File::create(dir.path().join("huge.txt")).expect("create");
    // Sparse: nothing is written, and nothing may be read.
    file.set_len(load::MAX_FILE_BYTES + 1).expect("set_len");
    fs::write(dir.path().join("small.txt"), b"Small\n\nText.").expect("write");
    let lib = scan_dir(dir.path());
    assert_eq!(lib.entries.len(), 1, "{:?}", lib.entries);
    assert_eq!(
        reason_for(&lib, "huge.txt").as_deref(),
        Some(load::TOO_LARGE)
    );
    // A file that grew past the limit after the scan is refused when opened.
    let source = Source::File(dir.path().join("huge.txt"));
    let result = within("read", move || load::full(&source, Format::Plain));
    assert_eq!(result.as_ref().err(), Some(&ReadError::TooLarge));
    assert_eq!(message(result).as_deref(), Some(load::TOO_LARGE));
}
