use super::*;

#[test]
fn reading_time_rounds_up_and_is_zero_only_without_words() {
    assert_eq!(reading_minutes(0), 0);
    assert_eq!(reading_minutes(1), 1);
    assert_eq!(reading_minutes(230), 1);
    assert_eq!(reading_minutes(231), 2);
}

#[test]
fn the_reading_time_is_one_number_and_an_estimate_says_so() {
    let article = Article {
        words: 2700,
        ..Article::default()
    };
    assert_eq!(article.reading_time().short(), "12m");
    assert_eq!(article.reading_time().long(), "12 min read");
    let guess = ReadingTime::of_size(15_000);
    assert_eq!(guess.short(), "~11m");
    assert_eq!(guess.long(), "about 11 min read");
    assert_eq!(ReadingTime::of_size(0).short(), "~0m");
}

#[test]
fn words_are_counted_across_punctuation() {
    assert_eq!(
        count_words("It's a rock 'n' roll town — “really”, 1990s."),
        8
    );
    assert_eq!(count_words("  \n "), 0);
}

#[test]
fn markdown_is_known_by_extension() {
    assert_eq!(
        Format::from_path(std::path::Path::new("a/B.MD")),
        Format::Markdown
    );
    assert_eq!(
        Format::from_path(std::path::Path::new("a/b.txt")),
        Format::Plain
    );
    assert_eq!(
        Format::from_path(std::path::Path::new("saved/Page.HTM")),
        Format::Html
    );
    assert_eq!(
        Format::from_path(std::path::Path::new("page.html")),
        Format::Html
    );
}

#[test]
fn the_outline_counts_words_and_quotations_per_section() {
    let quote = |section| Quote {
        text: "x".into(),
        speaker: None,
        section,
        depth: 0,
        marks: QuoteMarks::Double,
        parts: Vec::new(),
    };
    let a = Article {
        sections: vec![
            Section {
                heading: None,
                blocks: vec![Block::paragraph("one two three")],
            },
            Section {
                heading: Some("Later".into()),
                blocks: vec![Block::paragraph("four"), Block::paragraph("five six")],
            },
        ],
        quotes: vec![quote(1), quote(1)],
        ..Article::default()
    };
    let row = |heading: &str, words, quotes| OutlineRow {
        heading: heading.into(),
        words,
        quotes,
    };
    assert_eq!(a.outline(), [row("(top)", 3, 0), row("Later", 3, 2)]);
}
