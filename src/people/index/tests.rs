use super::*;
use crate::article::Date;
use crate::library::Identity;
use crate::people::Counted;

const BINARY: &str = "byline 0.1.0 123 45.000000006";

fn record(title: &str, speakers: &[&str]) -> Record {
    Record {
        version: (
            120,
            (1_700_000_000, 5),
            Some(Identity {
                dev: 1,
                ino: 2,
                ctime: (3, 4),
            }),
        ),
        quoted: Some(Quoted {
            title: title.into(),
            source: Some("Gazette".into()),
            date: Some(Date {
                year: 2026,
                month: 3,
                day: 4,
            }),
            speakers: speakers.iter().map(|s| (*s).to_string()).collect(),
            sections: vec!["Reactions".into()],
            quotes: (0..speakers.len())
                .map(|i| Counted {
                    quote: i * 2,
                    text: i * 7..i * 7 + 7,
                    speaker: i,
                    section: (i > 0).then_some(0),
                })
                .collect(),
            words: (0..speakers.len()).fold(String::new(), |w, i| w + "words " + &i.to_string()),
        }),
    }
}

fn sample() -> HashMap<String, Record> {
    let mut files = HashMap::new();
    files.insert("/n/a.txt".into(), record("Pier", &["Anna Berg", "Berg"]));
    files.insert("/n/b.md".into(), record("Tram", &["Lars Berg"]));
    let mut unreadable = record("", &[]);
    unreadable.quoted = None;
    unreadable.version.2 = None;
    files.insert("/n/c.bin".into(), unreadable);
    files
}

#[test]
fn records_come_back_as_written() {
    let files = sample();
    let bytes = store::encode(&files, BINARY).unwrap();
    assert_eq!(store::decode(&bytes, BINARY), Some(files));
    let empty = store::encode(&HashMap::<String, Record>::new(), BINARY).unwrap();
    assert_eq!(store::decode(&empty, BINARY), Some(HashMap::new()));
}

#[test]
fn the_same_records_make_the_same_bytes() {
    let a = store::encode(&sample(), BINARY).unwrap();
    // Another map, filled in another order.
    let mut entries: Vec<_> = sample().into_iter().collect();
    entries.sort_by(|x, y| y.0.cmp(&x.0));
    let other: HashMap<String, Record> = entries.into_iter().collect();
    let b = store::encode(&other, BINARY).unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_truncated_or_corrupt_file_is_ignored() {
    let bytes = store::encode(&sample(), BINARY).unwrap();
    for cut in [0, 1, 8, 12, 27, 28, 29, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(store::decode(&bytes[..cut], BINARY), None, "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(store::decode(&longer, BINARY), None);
    // Any one byte changed, header or body: never a crash, never other records.
    for i in 0..bytes.len() {
        let mut flipped = bytes.clone();
        flipped[i] ^= 0x5a;
        assert_eq!(store::decode(&flipped, BINARY), None, "byte {i}");
    }
    assert_eq!(
        store::decode(b"not an index at all, just text", BINARY),
        None
    );
}

#[test]
fn a_body_that_passes_the_check_but_does_not_decode_is_ignored() {
    // The header is right for the body, but the body is not postcard records.
    let body = [0xff_u8; 40];
    let mut bytes = b"bylinepi".to_vec();
    bytes.extend_from_slice(&store::FORMAT.to_le_bytes());
    bytes.extend_from_slice(&(body.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&crate::store::hash(&body).to_le_bytes());
    bytes.extend_from_slice(&body);
    assert_eq!(store::decode(&bytes, BINARY), None);
}

#[test]
fn another_format_or_another_binary_is_ignored() {
    let bytes = store::encode(&sample(), BINARY).unwrap();
    let mut old = bytes.clone();
    old[8..12].copy_from_slice(&(store::FORMAT + 1).to_le_bytes());
    assert_eq!(store::decode(&old, BINARY), None);
    assert_eq!(store::decode(&bytes, "byline 0.2.0 1 2.000000003"), None);
}

#[test]
fn a_format_2_index_is_ignored_so_it_is_rebuilt() {
    // Format 2: each quotation kept its own words, the record had none.
    #[derive(serde::Serialize)]
    struct Counted2 {
        quote: usize,
        text: String,
        speaker: usize,
        section: Option<usize>,
    }
    #[derive(serde::Serialize)]
    struct Quoted2 {
        title: String,
        source: Option<String>,
        date: Option<(i32, u8, u8)>,
        speakers: Vec<String>,
        sections: Vec<String>,
        quotes: Vec<Counted2>,
    }
    #[derive(serde::Serialize)]
    struct Record2 {
        version: Version,
        quoted: Option<Quoted2>,
    }
    let record = Record2 {
        version: sample()["/n/a.txt"].version,
        quoted: Some(Quoted2 {
            title: "Pier".into(),
            source: None,
            date: None,
            speakers: vec!["Anna Berg".into()],
            sections: Vec::new(),
            quotes: vec![Counted2 {
                quote: 0,
                text: "words".into(),
                speaker: 0,
                section: None,
            }],
        }),
    };
    let body = postcard::to_stdvec(&(BINARY, vec![("/n/a.txt", record)])).unwrap();
    for format in [2_u32, store::FORMAT] {
        let mut bytes = b"bylinepi".to_vec();
        bytes.extend_from_slice(&format.to_le_bytes());
        bytes.extend_from_slice(&(body.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&crate::store::hash(&body).to_le_bytes());
        bytes.extend_from_slice(&body);
        assert_eq!(store::decode(&bytes, BINARY), None, "format {format}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("people-1.bin");
    std::fs::write(&file, b"bylinepi\x02\0\0\0").unwrap();
    assert!(Index::load(&file, BINARY).is_empty());
}

proptest::proptest! {
    #[test]
    fn decoding_any_bytes_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
        let _ = store::decode(&bytes, BINARY);
        let mut framed = store::encode(&HashMap::<String, Record>::new(), BINARY).unwrap();
        framed.truncate(28);
        framed.extend_from_slice(&bytes);
        let _ = store::decode(&framed, BINARY);
    }
}

#[test]
fn saved_and_loaded_through_a_file_and_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(dir.path(), Path::new("/n"));
    let name = path.file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.starts_with("people-") && path.extension() == Some("bin".as_ref()),
        "{name}"
    );
    assert_eq!(Index::load(&path, BINARY), Index::default(), "missing");
    let index = Index { files: sample() };
    index.save(&path, BINARY).unwrap();
    assert_eq!(Index::load(&path, BINARY), index);
    assert_eq!(Index::load(&path, "another binary"), Index::default());
    let mut smaller = index.clone();
    smaller.files.remove("/n/a.txt");
    smaller.save(&path, BINARY).unwrap();
    assert_eq!(Index::load(&path, BINARY), smaller);
    // Nothing left beside it: the temporary file was renamed.
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(names.len(), 1);
    std::fs::write(&path, b"garbage").unwrap();
    assert_eq!(Index::load(&path, BINARY), Index::default());
}

#[test]
fn a_record_is_taken_only_at_its_version() {
    let mut index = Index { files: sample() };
    let r = record("Pier", &[]);
    let mut other = r.version;
    other.0 += 1;
    assert_eq!(index.take("/n/a.txt", &other), None);
    let mut other = r.version;
    other.2 = None;
    assert_eq!(index.take("/n/a.txt", &other), None);
    assert!(index.take("/n/a.txt", &r.version).is_some());
    assert_eq!(index.take("/n/a.txt", &r.version), None, "taken once");
    assert_eq!(index.len(), 2);
}

#[test]
fn the_common_folder_holds_every_file() {
    let folder = |paths: &[&str]| common_folder(paths.iter().map(Path::new));
    assert_eq!(folder(&[]), None);
    assert_eq!(folder(&["/n/a.txt"]), Some("/n".into()));
    assert_eq!(
        folder(&["/n/x/a.txt", "/n/x/y/b.txt", "/n/x/c.txt"]),
        Some("/n/x".into())
    );
    assert_eq!(folder(&["/n/xa/a.txt", "/n/xb/b.txt"]), Some("/n".into()));
    assert_eq!(folder(&["/n/a.txt", "/m/b.txt"]), Some("/".into()));
    assert_ne!(
        file(Path::new("/c"), Path::new("/n")),
        file(Path::new("/c"), Path::new("/m"))
    );
}
