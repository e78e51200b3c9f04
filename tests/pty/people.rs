//! People (`P`) end to end, on a library written for the purpose: three
//! speakers, one of them (Ilse Marten) quoted in three articles under two
//! forms of her name ("Major General Ilse Marten" and "Marten"). People is
//! opened, filtered, a person opened, then a quotation: the reader shows it
//! current (drawn inverse, as `}` draws it) in quote mode, and the trail goes
//! on to her next quotation in another article. A file added while People is
//! open is read into it (the watcher, a new build).

use super::harness::{Term, dump, find};
use super::panes::{start_on, write};

const HARBOUR: &str = "---
title: Harbour defences reviewed
date: 2026-03-02
source: Coast Gazette
---

The army reviewed the harbour defences on Monday.

\"The northern wall will hold through the winter,\" said Major General Ilse Marten.

\"We were not told about the review,\" said Tomas Lind, who runs the ferry line.
";

const BRIDGE: &str = "---
title: Bridge closed to heavy traffic
date: 2026-04-11
source: Fjord Post
---

The old bridge closed to lorries on Tuesday.

\"The bridge is sound, but we take no chances,\" Marten said.

\"Deliveries will be late for a month,\" said Helena Vik, a shop owner.
";

const STORM: &str = "---
title: Storm passes the coast
date: 2026-05-20
source: Coast Gazette
---

The storm passed without damage overnight.

\"Every barrier held,\" Marten said.

\"The boats run again tomorrow,\" said Tomas Lind.
";

/// Whether every cell of `text` on screen is drawn inverse (the current
/// quotation).
fn inverse(screen: &vt100::Screen, text: &str) -> bool {
    find(screen, text).is_some_and(|(r, c)| {
        (0..u16::try_from(text.chars().count()).unwrap_or(0))
            .all(|i| super::harness::cell(screen, r, c + i).inverse)
    })
}

fn library(dir: &std::path::Path) -> Term {
    write(dir, "harbour.md", HARBOUR);
    write(dir, "bridge.md", BRIDGE);
    write(dir, "storm.md", STORM);
    start_on(dir, "Storm passes the coast")
}

#[test]
fn people_filter_person_quotation_opens_it_current_in_quote_mode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let term = library(dir.path());
    term.send("P");
    let screen = term.wait_text("3 quotes · 3 articles · 2026-05-20");
    let (row, _) = find(&screen, "Ilse Marten").expect("one row for her");
    assert!(
        super::harness::row(&screen, row).contains("3 quotes · 3 articles"),
        "both forms of her name on one row:\n{}",
        dump(&screen)
    );
    assert!(find(&screen, "Tomas Lind").is_some() && find(&screen, "Helena Vik").is_some());
    // Filter, fuzzily: "mrtn" is her alone.
    term.send("/mrtn");
    term.wait_text("People matching “mrtn” (1, by count)");
    term.send_key(super::harness::Key::Enter);
    let screen = term.wait_for("the filter kept", |s| {
        find(s, "people: mrtn").is_none() && find(s, "“mrtn” (1, by count)").is_some()
    });
    assert!(find(&screen, "Ilse Marten").is_some(), "{}", dump(&screen));
    // Her page: newest first.
    term.send_key(super::harness::Key::Enter);
    let screen = term.wait_text("Ilse Marten · 3 quotations");
    let at = |t: &str| find(&screen, t).map(|(r, _)| r);
    let (storm, bridge, harbour) = (
        at("“Every barrier held,”"),
        at("“The bridge is sound"),
        at("“The northern wall"),
    );
    assert!(
        storm < bridge && bridge < harbour && storm.is_some(),
        "newest first:\n{}",
        dump(&screen)
    );
    // The second quotation (Bridge closed), in the reader.
    term.send("j");
    term.send_key(super::harness::Key::Enter);
    let quotation = "The bridge is sound, but we take no chances";
    let screen = term.wait_for("the quotation current in quote mode", |s| {
        inverse(s, quotation) && find(s, " QUOTES ").is_some()
    });
    assert!(
        find(&screen, "Ilse Marten 2/3").is_some(),
        "the trail in the status bar:\n{}",
        dump(&screen)
    );
    assert!(find(&screen, "(1/2 Marten)").is_some(), "{}", dump(&screen));
    assert!(!inverse(&screen, "Deliveries will be late"));
    // } goes on to her next quotation, in another article.
    term.send("}");
    let screen = term.wait_for("the next article at her quotation", |s| {
        inverse(s, "The northern wall will hold") && find(s, "Ilse Marten 3/3").is_some()
    });
    assert!(find(&screen, "Harbour defences reviewed").is_some());
    // p: back to her page, on that quotation.
    term.send("p");
    term.wait_text("Ilse Marten · 3 quotations");
}

/// A file added while People is open: the folder watcher rescans, People is
/// built again and the new speaker appears.
#[test]
fn people_is_built_again_when_a_file_arrives() {
    let dir = tempfile::tempdir().expect("tempdir");
    let term = library(dir.path());
    term.send("P");
    term.wait_text("People (3, by count)");
    write(
        dir.path(),
        "ferry.md",
        "---\ntitle: Ferry runs late\ndate: 2026-06-01\n---\n\n\
         \"The engine failed twice,\" said Oskar Brandt, the captain.\n",
    );
    let screen = term.wait_text("Oskar Brandt");
    assert!(
        find(&screen, "People (4, by count)").is_some(),
        "{}",
        dump(&screen)
    );
}

/// People opened again in a new run (the index and its summary warm): the
/// rows show, and a person's page has her quotations.
#[test]
fn people_opened_again_warm_shows_the_rows_from_the_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("cache");
    write(dir.path(), "harbour.md", HARBOUR);
    write(dir.path(), "bridge.md", BRIDGE);
    write(dir.path(), "storm.md", STORM);
    let start = || {
        let mut spawn = super::harness::Spawn::new(&[dir.path().to_string_lossy()]);
        spawn.env.push((
            "XDG_CACHE_HOME".into(),
            cache.path().to_string_lossy().into_owned(),
        ));
        let term = spawn.start();
        term.wait_text("Storm passes the coast");
        term
    };
    let summaries = || {
        walk(cache.path())
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "sum"))
            .count()
    };
    let cold = start();
    cold.send("P");
    cold.wait_text("3 quotes · 3 articles · 2026-05-20");
    drop(cold);
    assert_eq!(summaries(), 1, "the summary is written with the index");

    let warm = start();
    warm.send("P");
    let screen = warm.wait_text("3 quotes · 3 articles · 2026-05-20");
    assert!(
        find(&screen, "People (3, by count)").is_some(),
        "{}",
        dump(&screen)
    );
    warm.send_key(super::harness::Key::Enter);
    warm.wait_text("Ilse Marten · 3 quotations");
    warm.wait_text("“Every barrier held,”");
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
