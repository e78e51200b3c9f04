use super::*;

#[test]
fn gathers_speakers_and_reports_progress() {
    let text: &'static [u8] =
        b"Title\n\n\"We will rebuild the pier,\" said Anna Berg, the mayor.\n";
    let articles = vec![
        (Source::Embedded(text), Format::Plain),
        (Source::Embedded(text), Format::Plain),
    ];
    let mut seen = Vec::new();
    let got = gather(&articles, None, &mut |d, t| seen.push((d, t)));
    assert_eq!(seen, vec![(1, 2), (2, 2)]);
    assert_eq!(got.sources.len(), 2);
    let anna = got.people.iter().find(|p| p.name == "Anna Berg").unwrap();
    assert_eq!(anna.quotations.len(), 2);
    assert_eq!(anna.articles(), 2);
}

/// A library in a folder of its own, with a cache folder beside it.
struct Lib {
    dir: tempfile::TempDir,
    cache: tempfile::TempDir,
}

const SAMPLE: &[u8] = b"Sample\n\n\"Samples are parsed each time,\" said Ada Lund.\n";

impl Lib {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            cache: tempfile::tempdir().unwrap(),
        }
    }

    fn write(&self, name: &str, text: &str) -> (Source, Format) {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        (Source::File(path.clone()), Format::from_path(&path))
    }

    fn index_file(&self) -> std::path::PathBuf {
        index::file(self.cache.path(), self.dir.path())
    }

    fn index(&self) -> Index {
        Index::load(&self.index_file(), &cache::stamp().unwrap())
    }

    /// Gather with the index; the progress calls made.
    fn gather(&self, articles: &[(Source, Format)]) -> (Gathered, Vec<(usize, usize)>) {
        let mut seen = Vec::new();
        let got = gather(articles, Some(self.cache.path()), &mut |d, t| {
            seen.push((d, t));
        });
        (got, seen)
    }
}

fn said(title: &str, speakers: &[&str]) -> String {
    use std::fmt::Write as _;
    let mut text = format!("{title}\n\n");
    // Words that differ from quotation to quotation: each must come back
    // from the index as its own.
    for (s, season) in speakers.iter().zip(["spring", "summer", "autumn"]) {
        let _ = write!(text, "\"The harbour will open in {season},\" said {s}.\n\n");
    }
    text
}

/// Each person's name, quotation count and article count.
fn rows(g: &Gathered) -> Vec<(String, usize, usize)> {
    g.people
        .iter()
        .map(|p| (p.name.clone(), p.quotations.len(), p.articles()))
        .collect()
}

/// Four files (one not text), a sample, speakers that merge across articles.
fn library(lib: &Lib) -> Vec<(Source, Format)> {
    vec![
        lib.write("a.txt", &said("Pier", &["Anna Berg", "Igor Konashenkov"])),
        lib.write("b.txt", &said("Tram", &["Konashenkov", "Berg"])),
        (Source::Embedded(SAMPLE), Format::Plain),
        lib.write("sub/../c.md", &said("Ferry", &["General Igor Konashenkov"])),
        lib.write("d.txt", "\0\u{1}binary, not an article"),
    ]
}

#[test]
fn cached_and_uncached_give_the_same_people() {
    let lib = Lib::new();
    std::fs::create_dir(lib.dir.path().join("sub")).unwrap();
    let articles = library(&lib);
    let plain = gather(&articles, None, &mut |_, _| {});
    let (cold, seen) = lib.gather(&articles);
    assert_eq!(
        seen.last(),
        Some(&(5, 5)),
        "the first time everything is read"
    );
    let (warm, seen) = lib.gather(&articles);
    assert_eq!(seen, [(1, 1)], "then only the sample is");
    for got in [&cold, &warm] {
        assert_eq!(got.people, plain.people);
        assert_eq!(got.sources, plain.sources);
    }
    let words: Vec<&str> = warm.people[0].quotations.iter().map(|q| &*q.text).collect();
    assert_eq!(
        words,
        [
            "The harbour will open in summer,",
            "The harbour will open in spring,",
            "The harbour will open in spring,"
        ],
        "Igor Konashenkov's, from the index"
    );
    let row = |n: &str, q, a| (n.to_string(), q, a);
    assert_eq!(
        rows(&warm),
        [
            row("Igor Konashenkov", 3, 3),
            row("Anna Berg", 2, 2),
            row("Ada Lund", 1, 1),
        ]
    );
    // The file that is not text is remembered as such and left out; the
    // sample is never indexed.
    assert_eq!(warm.sources.len(), 4);
    assert_eq!(lib.index().len(), 4);
}

#[test]
fn only_a_changed_file_is_read_and_a_removed_one_disappears() {
    let lib = Lib::new();
    let mut articles = vec![
        lib.write("a.txt", &said("Pier", &["Anna Berg"])),
        lib.write("b.txt", &said("Tram", &["Lars Berg"])),
        lib.write("c.txt", &said("Ferry", &["Nils Holm"])),
    ];
    let (_, seen) = lib.gather(&articles);
    assert_eq!(seen, [(1, 3), (2, 3), (3, 3)]);
    let (_, seen) = lib.gather(&articles);
    assert_eq!(seen, [], "nothing changed: nothing read");

    // One file edited (and longer, so its size changes whatever the clock).
    lib.write("b.txt", &said("Tram, again", &["Lars Berg", "Eva Lind"]));
    let (got, seen) = lib.gather(&articles);
    assert_eq!(seen, [(1, 1)], "only the edited file is read");
    let names: Vec<_> = rows(&got).into_iter().map(|r| r.0).collect();
    assert!(names.contains(&"Eva Lind".to_string()), "{names:?}");
    assert_eq!(got.people, gather(&articles, None, &mut |_, _| {}).people);

    // A new file is read; the others are not.
    articles.push(lib.write("d.txt", &said("Depot", &["Ola Berg"])));
    let (_, seen) = lib.gather(&articles);
    assert_eq!(seen, [(1, 1)]);
    assert_eq!(lib.index().len(), 4);

    // A removed file is gone from the people and from the index.
    std::fs::remove_file(lib.dir.path().join("c.txt")).unwrap();
    articles.remove(2);
    let (got, seen) = lib.gather(&articles);
    assert_eq!(seen, []);
    assert!(got.people.iter().all(|p| p.name != "Nils Holm"));
    assert_eq!(got.sources.len(), 3);
    assert_eq!(lib.index().len(), 3, "the index was written again");
    let quoted = lib
        .index()
        .get(lib.dir.path().join("b.txt").to_str().unwrap())
        .and_then(|r| r.quoted.clone())
        .unwrap();
    assert_eq!(quoted.title, "Tram, again");
}

#[test]
fn a_corrupt_or_foreign_index_is_rebuilt() {
    let lib = Lib::new();
    let articles = vec![
        lib.write("a.txt", &said("Pier", &["Anna Berg"])),
        lib.write("b.txt", &said("Tram", &["Lars Berg"])),
    ];
    let (want, _) = lib.gather(&articles);
    let good = std::fs::read(lib.index_file()).unwrap();
    for bad in [
        b"garbage".to_vec(),
        good[..good.len() / 2].to_vec(),
        Vec::new(),
    ] {
        std::fs::write(lib.index_file(), bad).unwrap();
        let (got, seen) = lib.gather(&articles);
        assert_eq!(seen.len(), 2, "everything read again");
        assert_eq!(got.people, want.people);
        assert_eq!(std::fs::read(lib.index_file()).unwrap(), good, "rewritten");
    }
    // An index another build wrote is not used either.
    let index = lib.index();
    index.save(&lib.index_file(), "another byline").unwrap();
    let (_, seen) = lib.gather(&articles);
    assert_eq!(seen.len(), 2);
    assert_eq!(lib.index(), index);
}

#[test]
fn samples_alone_make_no_index() {
    let lib = Lib::new();
    let articles = vec![(Source::Embedded(SAMPLE), Format::Plain)];
    let (got, seen) = lib.gather(&articles);
    assert_eq!(seen, [(1, 1)]);
    assert_eq!(got.people.len(), 1);
    assert_eq!(std::fs::read_dir(lib.cache.path()).unwrap().count(), 0);
}

#[test]
fn the_same_file_twice_is_read_once_and_counted_twice() {
    let lib = Lib::new();
    let a = lib.write("a.txt", &said("Pier", &["Anna Berg"]));
    let articles = vec![a.clone(), a];
    let (got, seen) = lib.gather(&articles);
    assert_eq!(seen, [(1, 1)]);
    assert_eq!(rows(&got), [("Anna Berg".to_string(), 2, 2)]);
    let (warm, seen) = lib.gather(&articles);
    assert_eq!(seen, []);
    assert_eq!(warm.people, got.people);
}

/// Gather with the index, through `gather_early`: what it handed early.
fn gather_early_with(lib: &Lib, articles: &[(Source, Format)]) -> (Gathered, Option<Gathered>) {
    let mut early = None;
    let got = gather_early(
        articles,
        Some(lib.cache.path()),
        &mut |g| early = Some(g),
        &mut |_, _| {},
    );
    (got, early)
}

/// Each person's name and the list's three numbers.
fn counts(g: &Gathered) -> Vec<(String, usize, usize, Option<String>)> {
    g.people
        .iter()
        .map(|p| {
            let latest = p.latest().map(|d| d.to_string());
            (p.name.clone(), p.quotes(), p.articles(), latest)
        })
        .collect()
}

#[test]
fn warm_the_summary_gives_the_list_first_and_only_for_the_same_files() {
    let lib = Lib::new();
    let articles = vec![
        lib.write("a.txt", &said("Pier", &["Anna Berg", "Igor Konashenkov"])),
        lib.write("b.txt", &said("Tram", &["Konashenkov", "Berg"])),
    ];
    let (cold, early) = gather_early_with(&lib, &articles);
    assert!(early.is_none(), "no summary yet");
    assert!(!cold.partial);
    let (warm, early) = gather_early_with(&lib, &articles);
    let early = early.expect("the summary, before the quotations");
    assert!(early.partial && !warm.partial);
    assert_eq!(counts(&early), counts(&warm));
    assert!(early.people.iter().all(|p| p.quotations.is_empty()));
    assert_eq!(warm.people, cold.people);

    // A file changed: the summary is not for these files; written again.
    std::fs::write(lib.dir.path().join("b.txt"), said("Tram", &["Ada Lund"])).unwrap();
    let (changed, early) = gather_early_with(&lib, &articles);
    assert!(early.is_none(), "a file changed: no summary");
    let (_, early) = gather_early_with(&lib, &articles);
    assert_eq!(early.map(|g| counts(&g)), Some(counts(&changed)));

    // In another order the people may be too: not used.
    let reversed: Vec<_> = articles.iter().rev().cloned().collect();
    assert!(gather_early_with(&lib, &reversed).1.is_none());

    // An article not indexed (a sample): no summary at all.
    let mut with_sample = articles.clone();
    with_sample.push((Source::Embedded(SAMPLE), Format::Plain));
    for _ in 0..2 {
        assert!(gather_early_with(&lib, &with_sample).1.is_none());
    }
}
