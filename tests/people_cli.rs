//! `byline quotes` and `byline people` as a user runs them, on a folder of
//! articles written for the purpose: three speakers, one of them (Marit Solberg)
//! quoted in three articles under two forms of her name.

use std::path::Path;
use std::process::Command;

const HARBOUR: &str = "---
title: Harbour dredging starts in spring
date: 2026-03-02
source: Coast Gazette
---

The port will dredge the northern channel from April, officials said.

\"We expect the first ships within a month,\" said harbour master Marit Solberg.

## Costs

\"The budget is fixed, and it will hold,\" Solberg said on Monday.
";

const FERRY: &str = "---
title: Ferry timetable changes for the summer
date: 2026-04-11
source: Coast Gazette
---

Ferries will run every hour from June.

\"Passengers asked for later boats, and we listened,\" said Tomas Lind, who runs the line.

The harbour office welcomed the change. \"It spreads the crowds,\" Solberg said.
";

const STORM: &str = "---
title: Storm closes the outer pier
date: 2026-05-20
source: Fjord Post
---

The outer pier was closed on Tuesday after waves damaged its rail.

\"Nobody was hurt, which is what matters tonight,\" said Marit Solberg.

\"Repairs will take two weeks,\" said Dr. Helena Vik, an engineer.
";

/// A folder holding the three articles.
fn library() -> std::io::Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    for (name, text) in [
        ("harbour.md", HARBOUR),
        ("ferry.md", FERRY),
        ("storm.md", STORM),
    ] {
        std::fs::write(dir.path().join(name), text)?;
    }
    Ok(dir)
}

fn byline(args: &[&str], dir: &Path) -> std::io::Result<std::process::Output> {
    let config = dir.join("config.toml");
    if !config.exists() {
        std::fs::write(&config, "")?;
    }
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .arg(dir)
        // An empty config, not the user's: the defaults (and their extensions) apply.
        .env("BYLINE_CONFIG", config)
        .output()
}

#[test]
fn quotes_csv_parses_back_with_the_merged_speaker() {
    let dir = library().unwrap();
    let out = byline(&["quotes", "--csv"], dir.path()).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "speaker",
            "quotation",
            "path",
            "title",
            "source",
            "date",
            "section"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6, "{rows:?}");
    let solberg: Vec<_> = rows.iter().filter(|r| &r[0] == "Marit Solberg").collect();
    assert_eq!(solberg.len(), 4, "{rows:?}");
    // Three articles; in the ferry story only her surname stands, and it is hers.
    let mut paths: Vec<&str> = solberg.iter().map(|r| &r[2]).collect();
    paths.dedup();
    assert_eq!(paths.len(), 3, "{rows:?}");
    assert!(
        solberg
            .iter()
            .any(|r| &r[1] == "It spreads the crowds," && r[2].ends_with("ferry.md")),
        "{rows:?}"
    );
    assert!(
        solberg
            .iter()
            .any(|r| &r[1] == "The budget is fixed, and it will hold,"
                && &r[6] == "Costs"
                && &r[3] == "Harbour dredging starts in spring"),
        "{rows:?}"
    );
    let storm = rows.iter().find(|r| r[2].ends_with("storm.md")).unwrap();
    assert_eq!((&storm[4], &storm[5]), ("Fjord Post", "2026-05-20"));
    assert!(rows.iter().any(|r| &r[0] == "Tomas Lind"), "{rows:?}");
    assert!(rows.iter().any(|r| &r[0] == "Helena Vik"), "{rows:?}");
}

#[test]
fn quotes_for_one_speaker_match_fuzzily_on_any_form() {
    let dir = library().unwrap();
    let out = byline(&["quotes", "--json", "--speaker", "solbrg"], dir.path()).unwrap();
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(rows.iter().all(|r| r["speaker"] == "Marit Solberg"));
    let text = byline(&["quotes", "--speaker", "lind"], dir.path()).unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with("Tomas Lind: “Passengers asked for later boats, and we listened,”"),
        "{text}"
    );
    assert!(!text.contains("Solberg"), "{text}");
}

#[test]
fn people_json_counts_quotations_and_articles_per_person() {
    let dir = library().unwrap();
    let out = byline(&["people", "--json"], dir.path()).unwrap();
    assert!(out.status.success());
    let people: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let people = people.as_array().unwrap();
    let names: Vec<&str> = people.iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names, ["Marit Solberg", "Helena Vik", "Tomas Lind"]);
    let first = &people[0];
    assert_eq!(first["quotations"], 4);
    assert_eq!(first["articles"], 3);
    assert_eq!(first["latest"], "2026-05-20");
    assert_eq!(people[2]["latest"], "2026-04-11");
}

#[test]
fn control_characters_in_an_article_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.txt"),
        "Evil\n\n\"Read \u{1b}]0;owned\u{7} this,\" said Anna \u{202e}Berg.\n",
    )
    .unwrap();
    for args in [&["quotes"][..], &["quotes", "--csv"], &["people"]] {
        let out = byline(args, dir.path()).unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Anna Berg"), "{args:?}: {text:?}");
        assert!(
            !text
                .chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{args:?}: {text:?}"
        );
    }
}
