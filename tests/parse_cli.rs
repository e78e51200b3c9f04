//! `byline parse` as a user runs it: outline, JSON object or array, and one stderr
//! line per unreadable or binary file with a non-zero exit while the others print.

use std::process::Command;

fn byline(args: &[&str]) -> std::io::Result<std::process::Output> {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
}

const TASS: &str = "tests/fixtures/structure/tass_dateline.txt";
const MD: &str = "tests/fixtures/structure/toml_front.md";

#[test]
fn outline_names_title_dateline_and_sections() {
    let out = byline(&["parse", TASS]).unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("title:      Siberian river port opens two weeks early after mild spring"),
        "{text}"
    );
    assert!(
        text.contains("dateline:   OMSK, June 9. /TASS/. (OMSK · June 9 · TASS)"),
        "{text}"
    );
    assert!(text.contains("1. (untitled) — 4 paragraphs"), "{text}");
    assert!(text.contains("words:"), "{text}");
}

#[test]
fn json_is_an_object_for_one_file_and_an_array_for_several() {
    let one: serde_json::Value =
        serde_json::from_slice(&byline(&["parse", "--json", TASS]).unwrap().stdout).unwrap();
    assert_eq!(one["path"], TASS);
    assert_eq!(one["dateline"]["source"], "TASS");
    let two: serde_json::Value =
        serde_json::from_slice(&byline(&["parse", "--json", TASS, MD]).unwrap().stdout).unwrap();
    assert_eq!(two.as_array().map(Vec::len), Some(2));
    assert_eq!(two[1]["title"], "Night trains return to the Alpine route");
}

#[test]
fn bad_files_are_reported_and_the_rest_still_printed() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let missing = dir.path().join("missing.txt");
    let (b, m) = (binary.to_str().unwrap(), missing.to_str().unwrap());
    let out = byline(&["parse", "--json", b, TASS, m]).unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].contains("image.txt") && lines[0].contains("binary"),
        "{err}"
    );
    assert!(lines[1].contains("missing.txt"), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1));
}
