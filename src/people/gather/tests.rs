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
