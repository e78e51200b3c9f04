//! Article fixtures, one per quotation convention: `tests/fixtures/quotes/NAME.txt`
//! parsed as plain text must give the quotes listed in `NAME.quotes.json`.

use std::fs;
use std::path::Path;

use byline::article::Format;
use serde_json::Value;

/// (text, speaker, depth) of each quote.
type Expected = Vec<(String, Option<String>, u8)>;

fn expected(path: &Path) -> Expected {
    let json: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().to_string(),
                q["speaker"].as_str().map(str::to_string),
                u8::try_from(q["depth"].as_u64().unwrap()).unwrap(),
            )
        })
        .collect()
}

fn found(text: &str) -> Expected {
    byline::parse::parse(text, Format::Plain)
        .quotes
        .into_iter()
        .map(|q| (q.text, q.speaker, q.depth))
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
        let json = txt.with_extension("quotes.json");
        let want = expected(&json);
        let got = found(&fs::read_to_string(txt).unwrap());
        if got != want {
            let mut report = format!("{}:", txt.display());
            for k in 0..want.len().max(got.len()) {
                let (w, g) = (want.get(k), got.get(k));
                if w != g {
                    report.push_str(&format!("\n  #{k} want {w:?}\n  #{k} got  {g:?}"));
                }
            }
            failures.push(report);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(names.len() >= 12, "fixtures missing: {names:?}");
}
