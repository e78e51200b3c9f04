//! Reading state survives a restart, and new files appear by themselves.

use super::harness::{Spawn, Term};
use super::panes::{long_article, open_reader, position, start_with_data, write};

/// byline on `dir` with its data folder in `data` (shared between runs).
fn start(dir: &std::path::Path, data: &std::path::Path, title: &str) -> Term {
    start_with_data(dir, data, (100, 30), title)
}

#[test]
fn position_and_read_mark_are_restored_after_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("data dir");
    write(
        dir.path(),
        "tide.txt",
        &long_article("Tide tables rewritten", 60),
    );
    write(
        dir.path(),
        "quay.txt",
        &long_article("Quay repairs begin", 5),
    );

    let mut term = start(dir.path(), data.path(), "Tide tables rewritten");
    // Unread at first: the list's title counts both.
    term.wait_text("2 unread");
    term.send("/tide");
    term.send_key(super::harness::Key::Enter);
    open_reader(&term);
    // To the end (past half: read), then a page back up. Each key is waited
    // for, so the place read off the screen is where byline stopped.
    term.send("G");
    term.wait_for("the end", |s| {
        position(s).is_some_and(|(_, b, total)| b == total)
    });
    term.send("b");
    let screen = term.wait_for("a page up from the end", |s| {
        position(s).is_some_and(|(_, bottom, total)| bottom * 2 > total && bottom < total)
    });
    let (_, bottom_before, _) = position(&screen).expect("position");
    term.wait_text("1 unread");
    term.quit_cleanly();

    let term = start(dir.path(), data.path(), "Tide tables rewritten");
    term.wait_text("1 unread");
    term.send("/tide");
    term.send_key(super::harness::Key::Enter);
    open_reader(&term);
    let screen = term.wait_for("the same place as before", |s| {
        position(s).is_some_and(|(_, bottom, _)| bottom == bottom_before)
    });
    assert!(
        screen.contents().contains("Paragraph"),
        "{}",
        screen.contents()
    );
}

#[test]
fn a_new_file_in_the_folder_appears_by_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("data dir");
    write(
        dir.path(),
        "one.txt",
        &long_article("First story of the day", 3),
    );
    let term = start(dir.path(), data.path(), "First story of the day");
    write(
        dir.path(),
        "two.txt",
        &long_article("Second story arrives late", 3),
    );
    term.wait_text("Second story arr");
    term.wait_text("Articles 2");
    // Changes that come while a walk runs in the background are walked
    // again after it: a burst of files added, then one removed, all show.
    for (i, title) in ["Harbour", "Bridge", "Ferry"].iter().enumerate() {
        write(
            dir.path(),
            &format!("n{i}.txt"),
            &long_article(&format!("{title} story"), 3),
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    term.wait_text("Articles 5");
    std::fs::remove_file(dir.path().join("n0.txt")).expect("remove");
    term.wait_text("Articles 4");
    assert!(!term.screen_text().contains("Harbour story"));
    // A folder made now is watched too: a file written in it later shows.
    std::fs::create_dir(dir.path().join("later")).expect("mkdir");
    std::thread::sleep(std::time::Duration::from_secs(1));
    write(
        &dir.path().join("later"),
        "n9.txt",
        &long_article("Lighthouse story", 3),
    );
    term.wait_text("Articles 5");
    term.wait_text("Lighthouse story");
}

#[test]
fn e_runs_the_editor_and_comes_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("data dir");
    let marker = dir.path().join("opened-by-editor");
    write(
        dir.path(),
        "one.txt",
        &long_article("An article to edit", 3),
    );
    let mut spawn = Spawn::new(&[dir.path().to_string_lossy()]);
    // `mkdir MARKER FILE` stands in for an editor: it proves the command ran
    // with the article's path as its last argument (and fails harmlessly on
    // the existing file), without touching the article.
    spawn
        .env
        .push(("EDITOR".into(), format!("mkdir {}", marker.display())));
    spawn.env.push((
        "XDG_DATA_HOME".into(),
        data.path().to_string_lossy().into_owned(),
    ));
    let mut term = spawn.start();
    term.wait_text("An article to edit");
    term.send("e");
    // Back in the TUI: the list is drawn again and the exit status is reported.
    term.wait_text("exited with");
    assert!(marker.is_dir(), "the editor command ran");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("one.txt")).expect("article"),
        long_article("An article to edit", 3),
        "the article is untouched"
    );
    term.quit_cleanly();
}

/// byline `--debug-timings` on `dir` with its cache and data folders in
/// `home` (shared between runs).
fn start_cached(dir: &std::path::Path, home: &std::path::Path) -> Term {
    let mut spawn = Spawn::new(&["--debug-timings".into(), dir.to_string_lossy()]);
    for (var, sub) in [("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data")] {
        spawn
            .env
            .push((var.into(), home.join(sub).to_string_lossy().into_owned()));
    }
    spawn.start()
}

/// Whether a list row shows `title` starred.
fn starred(screen: &vt100::Screen, title: &str) -> bool {
    screen
        .contents()
        .lines()
        .any(|l| l.contains(title) && l.contains('★'))
}

#[test]
fn heads_are_cached_between_runs_and_a_changed_file_is_read_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("home for cache and data");
    write(dir.path(), "a.txt", &long_article("Harbour opens", 3));
    write(dir.path(), "b.txt", &long_article("Bridge closes", 3));

    let mut term = start_cached(dir.path(), cache.path());
    term.wait_text("Harbour opens");
    term.wait_text("Bridge closes");
    // "Bridge" sorts first: the second row is starred.
    term.send("js");
    term.wait_for("Harbour opens starred", |s| starred(s, "Harbour opens"));
    // Written in the background once every head is known.
    let folder = cache.path().join("cache").join("byline");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let written = || {
        std::fs::read_dir(&folder).is_ok_and(|d| {
            d.flatten()
                .any(|f| f.file_name().to_string_lossy().ends_with(".bin"))
        })
    };
    while !written() {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing in {}",
            folder.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    term.quit_cleanly();
    assert!(term.screen_text().contains("heads from the cache: 0"));

    // One file changes: the list opens from the cache (both heads), the walk
    // behind it finds the change and only that head is read again.
    write(
        dir.path(),
        "b.txt",
        &long_article("Bridge reopens after repairs", 3),
    );
    let mut term = start_cached(dir.path(), cache.path());
    term.wait_text("Bridge reopens after repairs");
    // The star comes back with the cached head (its hash is the key).
    term.wait_for("Harbour opens starred again", |s| {
        starred(s, "Harbour opens")
    });
    term.quit_cleanly();
    let text = term.screen_text();
    assert!(text.contains("heads from the cache: 2"), "{text}");
    assert!(text.contains("folders walked: 1 heads to read"), "{text}");
    assert!(!text.contains("Bridge closes"), "{text}");
}

#[test]
fn a_list_opened_from_the_cache_drops_a_deleted_file_and_shows_an_edited_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("home for cache and data");
    write(dir.path(), "a.txt", &long_article("Harbour opens", 3));
    write(dir.path(), "b.txt", &long_article("Bridge closes", 3));
    write(dir.path(), "c.txt", &long_article("Ferry waits", 3));
    let mut term = start_cached(dir.path(), cache.path());
    term.wait_text("3 unread");
    // "Bridge" sorts first: starred, a mark the reconciling walk keeps.
    term.send("s");
    term.wait_for("Bridge closes starred", |s| starred(s, "Bridge closes"));
    let folder = cache.path().join("cache").join("byline");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !std::fs::read_dir(&folder).is_ok_and(|d| d.flatten().count() > 0) {
        assert!(std::time::Instant::now() < deadline, "no cache written");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    term.quit_cleanly();

    std::fs::remove_file(dir.path().join("c.txt")).expect("remove");
    write(
        dir.path(),
        "a.txt",
        &long_article("Harbour opens at dawn", 4),
    );
    let mut term = start_cached(dir.path(), cache.path());
    term.wait_text("Harbour opens at dawn");
    term.wait_for("the deleted file gone", |s| {
        !s.contents().contains("Ferry waits") && s.contents().contains("Articles 2")
    });
    assert!(starred(&term.screen(), "Bridge closes"));
    term.quit_cleanly();
    let text = term.screen_text();
    assert!(text.contains("heads from the cache: 3"), "{text}");
    assert!(text.contains("folders walked: 1 heads to read"), "{text}");

    // The third run: the log the second appended is read back.
    let mut term = start_cached(dir.path(), cache.path());
    term.wait_text("Harbour opens at dawn");
    term.quit_cleanly();
    let text = term.screen_text();
    assert!(text.contains("heads from the cache: 2"), "{text}");
    // The files are those the cache gave: the list is left as it is.
    assert!(text.contains("folders walked: nothing changed"), "{text}");
}
