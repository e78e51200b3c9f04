use super::*;
use proptest::prelude::*;

fn same_as_parse_decode(bytes: &[u8]) {
    let want = crate::parse::decode(bytes).map_err(ReadError::from);
    assert_eq!(decode(bytes.to_vec()), want, "{bytes:?}");
    // A head parsed from the bytes as they are: only when that is the text.
    if let Some(text) = clean_utf8(bytes) {
        assert_eq!(Ok(text.to_string()), want, "{bytes:?}");
    }
}

#[test]
fn a_head_tells_the_file_it_was_read_from() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "A title\n\nSome text.\n").unwrap();
    let head = head(&Source::File(path.clone()), Format::Plain).unwrap();
    assert_eq!(head.meta.title, "A title");
    let md = std::fs::metadata(&path).unwrap();
    assert_eq!(head.file, Some(Facts::of(&md)));
    assert_eq!(head.file.unwrap().size, 20);
    let sample = super::head(&Source::Embedded(b"A title\n"), Format::Plain).unwrap();
    assert_eq!(sample.file, None);
}

#[test]
fn a_file_too_large_to_be_an_article_has_no_head() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    // Sparse: no disk space is used.
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    assert_eq!(
        head(&Source::File(path), Format::Plain),
        Err(ReadError::TooLarge)
    );
}

#[test]
fn decoding_agrees_with_the_parser() {
    for bytes in [
        &b"Plain text.\n\nTwo paragraphs."[..],
        b"",
        b"\xEF\xBB\xBFWith a BOM",
        b"tab\there",
        b"crlf\r\nline",
        b"esc \x1b[31mred\x1b[0m",
        b"nul\0byte",
        b"del\x7f",
        "c1 \u{9b}31m and nbsp \u{a0} and \u{85}".as_bytes(),
        "curly \u{2019} quotes and Troms\u{f8}".as_bytes(),
        "bidi \u{202e}gnp.exe\u{202c} and \u{2066}isolate\u{2069}".as_bytes(),
        b"latin-1 caf\xe9",
        b"\xFF\xFEu\0t\0f\0",
        b"cut in the middle of \xE2\x80",
    ] {
        same_as_parse_decode(bytes);
    }
}

proptest! {
    #[test]
    fn decoding_agrees_with_the_parser_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        same_as_parse_decode(&bytes);
    }

    #[test]
    fn decoding_agrees_with_the_parser_on_text(text in "[a-z \n\t\r\u{1b}\u{80}-\u{a0}\u{2019}é\u{2029}-\u{202f}\u{2065}-\u{206a}]{0,40}") {
        same_as_parse_decode(text.as_bytes());
    }
}

/// A head's metadata is what the head rules find in the decoded bytes,
/// wherever in them something is to be cleaned.
fn same_head_as_decoded(bytes: &[u8]) {
    for format in [Format::Plain, Format::Markdown] {
        let want = crate::parse::decode(bytes)
            .map(|text| crate::parse::parse_head(&text, format))
            .map_err(ReadError::from);
        assert_eq!(head_meta(bytes, format), want, "{format:?}");
    }
}

#[test]
fn a_head_is_read_as_its_decoded_text() {
    let article = crate::corpus::article(3, 6000);
    let md = format!("+++\ntitle = \"T\"\n+++\n\n{article}");
    for text in [&article, &md] {
        same_head_as_decoded(text.as_bytes());
        // Something to clean at every place: in the part the rules read, on
        // the line that ends it, and after it.
        for at in (0..text.len()).step_by(97) {
            let at = (0..=at).rev().find(|&k| text.is_char_boundary(k)).unwrap();
            for dirt in [
                "\t",
                "\r",
                "\r\n",
                "\u{1b}[1m",
                "\u{85}",
                "\u{202e}",
                "\0",
                "\u{feff}",
            ] {
                let mut dirty = text.clone();
                dirty.insert_str(at, dirt);
                same_head_as_decoded(dirty.as_bytes());
            }
            let mut latin = text.as_bytes().to_vec();
            latin.insert(at, 0xE9);
            same_head_as_decoded(&latin);
        }
    }
    // The line that ends the part read: over the limit as it is, under it
    // once its control characters are gone (and so read, with its dateline).
    let filler = "The harbour shut on Tuesday and the ferries went south. ".repeat(25);
    let dateline = "OSLO (Reuters) - Ports closed.";
    let room = 1536 - "Ports close\n\n".len() - filler.len() - 2;
    let text = format!(
        "Ports close\n\n{filler}\n\n{dateline}{}\x07\x07\x07\x07\n\nMore.",
        " x".repeat((room - dateline.len()) / 2 - 1)
    );
    same_head_as_decoded(text.as_bytes());
    let clean = text.replace('\x07', "");
    assert!(
        head_meta(clean.as_bytes(), Format::Plain)
            .unwrap()
            .dateline
            .is_some()
    );
    // Front matter that does not close in the head, with a lone CR that
    // would close it once cleaned.
    same_head_as_decoded(b"+++\ntitle = \"T\"\n\r+++\nBody.\n\nMore.");
    let keys = (0..300)
        .map(|k| format!("a{k} = 1\n\n"))
        .collect::<Vec<_>>()
        .concat();
    let long = format!("+++\ntitle = \"T\"\n{keys}\r+++\n\nBody.");
    assert_eq!(
        head_meta(long.as_bytes(), Format::Markdown).unwrap().title,
        "T"
    );
    same_head_as_decoded(long.as_bytes());
    same_head_as_decoded(b"---\ntitle: T\n\x07---\nBody.");
}

#[test]
fn reads_up_to_the_limit() {
    let data = vec![7u8; 10_000];
    let read = |from: &[u8]| {
        let mut buf = Vec::new();
        read_up_to(&mut &from[..], 8192, &mut buf).unwrap();
        buf
    };
    assert_eq!(read(&data).len(), 8192);
    assert_eq!(read(&data[..50]).len(), 50);
    assert!(read(&[]).is_empty());
}

#[test]
fn a_buffer_read_into_again_holds_only_the_second_file() {
    let dir = tempfile::tempdir().unwrap();
    let (long, short) = (dir.path().join("long.txt"), dir.path().join("short.txt"));
    std::fs::write(&long, "x".repeat(5000)).unwrap();
    std::fs::write(&short, "short").unwrap();
    let mut buf = Vec::new();
    read_into(&Source::File(long), None, &mut buf).unwrap();
    assert_eq!(buf.len(), 5000);
    read_into(&Source::File(short), None, &mut buf).unwrap();
    assert_eq!(buf, b"short");
    let gone = read_into(&Source::File(dir.path().join("gone.txt")), None, &mut buf);
    assert!(gone.is_err());
    assert!(buf.is_empty(), "nothing of a file before");
}

#[test]
fn heads_and_texts_of_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    let body = "Ports close\n\nBy Jane Doe\n\nThe harbour shut.\n".repeat(400);
    std::fs::write(&path, &body).unwrap();
    let source = Source::File(path);
    let h = head(&source, Format::Plain).unwrap();
    assert_eq!(h.meta.title, "Ports close");
    assert_eq!(h.hash, crate::store::hash(&body.as_bytes()[..HEAD_BYTES]));
    assert_eq!(text(&source, Format::Plain).unwrap(), body);
    assert_eq!(
        full(&source, Format::Plain).unwrap().meta.title,
        "Ports close"
    );
}
