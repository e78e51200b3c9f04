//! Every article under `tests/fixtures/**` (`.txt`, `.md`) is parsed and its
//! `byline parse --json` view compared with the `NAME.json` beside it.
//!
//! A missing expected file fails the test. To (re)write the expected files after a
//! deliberate change, run `BYLINE_BLESS=1 cargo test --test parse_fixtures` and
//! review every changed `.json` by eye before committing it.

use std::path::{Path, PathBuf};

use byline::article::Format;
use byline::parse::{json, parse_bytes};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) -> Res<()> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        entries.push(entry?.path());
    }
    entries.sort();
    for path in entries {
        if path.is_dir() {
            fixtures(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// The JSON `byline parse --json` prints for the fixture, with the path relative to
/// the crate root.
fn actual(root: &Path, path: &Path) -> Res<String> {
    let rel = path
        .strip_prefix(root)?
        .to_string_lossy()
        .replace('\\', "/");
    let bytes = std::fs::read(path)?;
    let article = parse_bytes(&bytes, Format::from_path(path))?;
    Ok(json::to_json(&json::view(&rel, &article))?)
}

#[test]
fn every_fixture_matches_its_expected_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    fixtures(&root.join("tests/fixtures"), &mut paths).unwrap();
    assert!(!paths.is_empty(), "no fixtures found");
    let bless = std::env::var_os("BYLINE_BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for path in &paths {
        let expected_path = path.with_extension("json");
        let got = actual(root, path).unwrap();
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{}: output differs from {}\n--- expected\n{want}\n--- actual\n{got}",
                path.display(),
                expected_path.display()
            )),
            Err(e) => failures.push(format!("{}: {e}", expected_path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Where front matter (`+++` or `---` fenced) ends, or 0.
fn front_matter_end(text: &str) -> usize {
    ["+++", "---"]
        .iter()
        .filter(|f| text.starts_with(*f))
        .find_map(|f| text[3..].find(&format!("\n{f}\n")).map(|i| i + 3 + 5))
        .unwrap_or(0)
}

#[test]
fn parse_head_agrees_with_parse_on_every_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    fixtures(&root.join("tests/fixtures"), &mut paths).unwrap();
    for path in &paths {
        let text = byline::parse::decode(&std::fs::read(path).unwrap()).unwrap();
        let format = Format::from_path(path);
        let article = byline::parse::parse(&text, format);
        let full = article.meta;
        // The whole file, and heads cut 40 bytes after the last head field (inside the
        // first body paragraph).
        let head_fields = [
            Some(&full.title),
            full.standfirst.as_ref(),
            full.byline.as_ref(),
        ];
        let dateline = full.dateline.as_ref().map(|d| &d.text);
        // A dateline in Markdown may be set in bold (`**PLACE, Date** —`): found by
        // its place, then as long as its text.
        let dateline_end = full.dateline.as_ref().and_then(|d| {
            let place = d.place.as_deref()?.split(',').next()?;
            text.find(place).map(|i| i + d.text.len() + 4)
        });
        let first_body = head_fields
            .into_iter()
            .chain([dateline])
            .flatten()
            .filter_map(|f| text.find(f.as_str()).map(|i| i + f.len()))
            .chain(dateline_end)
            .max()
            .unwrap_or(0)
            .max(front_matter_end(&text));
        let cuts = [
            text.len(),
            4096.min(text.len()),
            (first_body + 40).min(text.len()),
        ];
        for cut in cuts {
            let cut = (cut..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap();
            let head = byline::parse::parse_head(&text[..cut], format);
            let what = format!("{} cut at {cut}", path.display());
            assert_eq!(head.title, full.title, "{what}");
            assert_eq!(head.kicker, full.kicker, "{what}");
            assert_eq!(head.standfirst, full.standfirst, "{what}");
            assert_eq!(head.byline, full.byline, "{what}");
            assert_eq!(head.dateline, full.dateline, "{what}");
            assert_eq!(head.date, full.date, "{what}");
            assert_eq!(head.source, full.source, "{what}");
        }
    }
}
