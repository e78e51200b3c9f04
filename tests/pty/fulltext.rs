//! ctrl-f with the query syntax, end to end, on a library with a full-text
//! index (`index_from = 1` in the config): a `"phrase"` finds the article
//! with the whole words and not the one where they are inside others,
//! `speaker:` the article that quotes her, and a query with a capital only
//! the text as written.

use super::harness::{Spawn, dump, find};
use super::panes::write;

const QUAY: &str = "Ferry crews at dawn\n\n\"The harbour master will decide,\" said Ada Okafor, who runs the ferry line.\n";
const REPORT: &str =
    "Council report\n\nThe harbour masters' union met the council. Nobody was quoted.\n";

#[test]
fn ctrl_f_finds_a_phrase_and_a_speaker() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "quay.txt", QUAY);
    write(dir.path(), "report.txt", REPORT);
    let config = dir.path().join("byline.toml");
    std::fs::write(&config, "index_from = 1\n").expect("write the config");
    let mut spawn = Spawn::new(&[dir.path().to_string_lossy()]);
    spawn.env.push((
        "BYLINE_CONFIG".into(),
        config.to_string_lossy().into_owned(),
    ));
    let term = spawn.start();
    term.wait_text("Council report");
    // Time for the index to be built (a search scans until then, with the
    // same results).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    term.send("\x06\"harbour master\"\r");
    let screen = term.wait_text("1 article matches");
    assert!(
        find(&screen, "Ferry crews at dawn").is_some(),
        "{}",
        dump(&screen)
    );
    // Answered by the index: a scan would say how far the index is.
    assert!(find(&screen, "· index").is_none(), "{}", dump(&screen));
    term.send("\x1b");
    // Esc alone, not the start of alt-ctrl-f.
    std::thread::sleep(std::time::Duration::from_millis(300));
    term.send("\x06speaker:okafor\r");
    let screen = term.wait_text("1 article matches “speaker:okafor”");
    assert!(find(&screen, "Ada Okafor").is_some(), "{}", dump(&screen));
    term.send("\x1b");
    // Esc alone, not the start of alt-ctrl-f.
    std::thread::sleep(std::time::Duration::from_millis(300));
    term.send("\x06harbour master\r");
    term.wait_text("2 articles match “harbour master”");
    term.send("\x1b");
    std::thread::sleep(std::time::Duration::from_millis(300));
    // With a capital, as written: the cased terms narrow, the text decides.
    term.send("\x06The harbour\r");
    term.wait_text("2 articles match “The harbour”");
    term.send("\x1b");
    std::thread::sleep(std::time::Duration::from_millis(300));
    term.send("\x06Harbour\r");
    term.wait_text("0 articles match “Harbour”");
}
