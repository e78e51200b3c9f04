//! The list pane tells the view in force, and ranks the filter's matches.

use super::harness::Spawn;

fn samples() -> String {
    format!("{}/sample_articles", env!("CARGO_MANIFEST_DIR"))
}

/// The screen row whose text contains `text`, if any.
fn row_of(screen: &vt100::Screen, text: &str) -> Option<usize> {
    screen.contents().lines().position(|l| l.contains(text))
}

#[test]
fn the_list_title_shows_the_filter_starred_only_and_the_sort_at_80_columns() {
    let mut term = Spawn::new(&[samples()]).size(80, 24).start();
    term.wait_text("╭ 16 · 16 unread · date ↓ ─");
    term.send("/nordp\r");
    let screen = term.wait_text("/nordp · date ↓");
    // The best matches first: the two NORDPRESS wire stories head the list,
    // above "London bus drivers" (which matches, but loosely).
    let bergen = row_of(&screen, "Bergen's harbour").expect("a NORDPRESS story");
    let tromso = row_of(&screen, "Tromsø caps").expect("a NORDPRESS story");
    assert_eq!(
        (bergen.min(tromso), bergen.max(tromso)),
        (1, 2),
        "{}",
        screen.contents()
    );
    let london = row_of(&screen, "London bus").expect("a loose match");
    assert!(london > 2, "{}", screen.contents());
    term.send("S");
    let screen = term.wait_text("/nordp · ★ · date ↓");
    let top = screen
        .contents()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(top.contains("╭ 0/16 · /nordp · ★ · date ↓ ╮"), "{top}");
    term.quit_cleanly();
}

/// byline on `dir`, keeping its reading state in `data`.
fn start_kept(dir: &std::path::Path, data: &std::path::Path) -> super::harness::Term {
    let mut spawn = Spawn::new(&[dir.to_string_lossy()]);
    spawn
        .env
        .push(("XDG_DATA_HOME".into(), data.to_string_lossy().into_owned()));
    spawn.start()
}

#[test]
fn the_chosen_sort_is_remembered_between_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("data dir");
    super::panes::write(dir.path(), "a.txt", "Tromsø caps aurora tours\n\nBuses.\n");
    super::panes::write(dir.path(), "b.txt", "À Lyon, les traboules\n\nPassages.\n");
    super::panes::write(dir.path(), "c.txt", "Zurich swims in winter\n\nCold.\n");
    let mut term = start_kept(dir.path(), data.path());
    term.wait_text("date ↓");
    // `t`: by title, in the configured order (descending: Z first); the
    // accent does not send "À Lyon" after the rest.
    term.send("t");
    let screen = term.wait_text("title ↓");
    let rows: Vec<usize> = ["●  Zurich", "●  Tromsø", "●  À Lyon"]
        .iter()
        .map(|t| row_of(&screen, t).expect("listed"))
        .collect();
    assert!(
        rows.windows(2).all(|w| w[0] < w[1]),
        "{}",
        screen.contents()
    );
    term.quit_cleanly();
    let mut term = start_kept(dir.path(), data.path());
    let screen = term.wait_text("title ↓");
    assert!(row_of(&screen, "●  Zurich") < row_of(&screen, "●  À Lyon"));
    term.quit_cleanly();
}

#[test]
fn a_missing_articles_dir_is_named_in_the_status_bar_and_in_skipped() {
    let home = tempfile::tempdir().expect("tempdir");
    let config = home.path().join("config.toml");
    let gone = home.path().join("no-such-news-folder");
    std::fs::write(
        &config,
        format!("articles_dir = {:?}\n", gone.to_string_lossy()),
    )
    .expect("config");
    let term = Spawn::new(&[
        "--config".to_string(),
        config.to_string_lossy().into_owned(),
    ])
    .size(120, 30)
    .start();
    let shown = format!("{} not found: showing the samples", gone.display());
    let screen = term.wait_text(&shown);
    let last = screen
        .contents()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(last.contains(&shown), "the status bar: {last}");
    term.send("!");
    let screen = term.wait_text("articles_dir: no such file or directory");
    assert!(
        screen.contents().contains("no-such-news-folder"),
        "{}",
        screen.contents()
    );
}

#[test]
fn binary_files_are_skipped_not_rows_and_every_count_agrees() {
    let dir = tempfile::tempdir().expect("tempdir");
    super::panes::write(dir.path(), "a.txt", "Alpha ferry news\n\nThe ferry.\n");
    super::panes::write(dir.path(), "b.txt", "Bravo bakery news\n\nThe bread.\n");
    std::fs::write(dir.path().join("bin.txt"), b"PK\x03\x04\x00\x00\x01binary").expect("bin");
    super::panes::write(dir.path(), "notes.dat", "not an article");
    let term = Spawn::new(&[dir.path().to_string_lossy()])
        .size(120, 30)
        .start();
    let screen = term.wait_text("2 files skipped");
    let text = screen.contents();
    let top = text.lines().next().unwrap_or_default();
    assert!(top.contains("Articles 2 · "), "{text}");
    assert!(top.contains(" · 2 skipped "), "{text}");
    assert!(!text.contains("bin"), "a binary file is not a row:\n{text}");
    term.send("!");
    let screen = term.wait_text("binary file");
    let text = screen.contents();
    assert!(text.contains("notes.dat"), "{text}");
    assert!(text.contains("bin.txt"), "{text}");
    let rows = text
        .lines()
        .filter(|l| l.contains("bin.txt") || l.contains("notes.dat"))
        .count();
    assert_eq!(rows, 2, "{text}");
}
