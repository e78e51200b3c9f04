//! Article fixtures, one per quotation convention: `tests/fixtures/quotes/NAME.txt`
//! parsed as plain text must give the quotes listed in `NAME.quotes.json`.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use byline::article::Format;
use serde::Deserialize;

/// One expected quote.
#[derive(Debug, Deserialize, PartialEq, Eq)]
struct Want {
    text: String,
    speaker: Option<String>,
    depth: u8,
}

fn found(text: &str) -> Vec<Want> {
    byline::parse::parse(text, Format::Plain)
        .quotes
        .into_iter()
        .map(|q| Want {
            text: q.text,
            speaker: q.speaker,
            depth: q.depth,
        })
        .collect()
}

#[test]
fn every_fixture_gives_its_quotes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for txt in &names {
        let json = fs::read_to_string(txt.with_extension("quotes.json")).unwrap();
        let want: Vec<Want> = serde_json::from_str(&json).unwrap();
        let got = found(&fs::read_to_string(txt).unwrap());
        if got != want {
            let mut report = format!("{}:", txt.display());
            for k in 0..want.len().max(got.len()) {
                let (w, g) = (want.get(k), got.get(k));
                if w != g {
                    write!(report, "\n  #{k} want {w:?}\n  #{k} got  {g:?}").unwrap();
                }
            }
            failures.push(report);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(names.len() >= 12, "fixtures missing: {names:?}");
}
