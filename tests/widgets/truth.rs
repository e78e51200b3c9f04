//! The screens tell the truth: one reading time, the end of the text, the
//! byline row kept whole, justified lines.

use super::*;

#[test]
fn the_list_and_the_reader_show_one_reading_time() {
    let config = Config::builtin();
    let mut article = article_with(&["Some words."], Vec::new());
    article.words = 500;
    let s = state(&config, 2, Some(article), 160, 20);
    let buf = render(&s, &config, 160, 20);
    // Entry 0 is parsed: the list and the byline say the same.
    let row0 = row_text(&buf, 1);
    assert!(row0.contains(" 3m"), "{row0}");
    assert!(find(&buf, "3 min read").is_some(), "{}", screen(&buf));
    // Entry 1 is not read yet: its time is an estimate from the file size,
    // and says so; it is never shown as a fact that changes when opened.
    let row1 = row_text(&buf, 2);
    assert!(row1.contains("~1m"), "{row1}");
}

/// An article of `n` sections, each a heading and one short paragraph.
fn sectioned(n: usize) -> Article {
    let mut a = article_with(&["The lead paragraph of the article."], Vec::new());
    for i in 1..=n {
        a.sections.push(Section {
            heading: Some(format!("Part {i}")),
            blocks: vec![Block::paragraph(format!("The text of part {i}."))],
        });
    }
    a
}

#[test]
fn a_jump_to_the_last_section_puts_it_on_top_and_marks_the_end() {
    let config = Config::builtin();
    let (w, h) = (100, 12);
    let mut s = state(&config, 1, Some(sectioned(4)), w, h);
    update(&mut s, Action::Open);
    update(&mut s, Action::Section(5));
    let buf = render(&s, &config, w, h);
    let (x, top) = find(&buf, "Part 4").expect("the heading");
    assert_eq!(top, 1, "the heading on the top line:\n{}", screen(&buf));
    let (_, text) = find(&buf, "The text of part 4.").expect("its text");
    // The rows after the text are marked, dim, as the end.
    let end = (text + 1..h - 2).collect::<Vec<_>>();
    assert!(!end.is_empty());
    for y in end {
        let cell = &buf[(x, y)];
        assert_eq!(cell.symbol(), "~", "row {y}:\n{}", screen(&buf));
        assert!(cell.modifier.contains(Modifier::DIM), "row {y} dim");
    }
    let status = row_text(&buf, h - 1);
    assert!(status.contains("§ section 5/5 Part 4"), "{status}");
    // Scrolled back to the end at the bottom (G), no marks.
    update(&mut s, Action::Bottom);
    let buf = render(&s, &config, w, h);
    assert!(!screen(&buf).contains(" ~ "), "{}", screen(&buf));
    let status = row_text(&buf, h - 1);
    assert!(
        status.contains("§ section 5/5 Part 4"),
        "the last heading visible: {status}"
    );
}

#[test]
fn a_speaker_under_the_paragraph_keeps_the_blank_line_before_the_next() {
    let config = Config::builtin();
    let text = "\u{201c}We will rebuild the harbour,\u{201d} said Mayor Ana Lund on Tuesday.";
    let range = byte_range(text, "\u{201c}We will rebuild the harbour,\u{201d}");
    let mut q = quote("We will rebuild the harbour,", 0, vec![(0, range)]);
    q.speaker = Some("Ana Lund".into());
    let mut article = article_with(&[text, "Next paragraph."], vec![q]);
    article.sections.push(Section {
        heading: Some("A heading".into()),
        blocks: vec![Block::paragraph("Under the heading.")],
    });
    // Narrow: the name goes under the paragraph, on a row of its own.
    let buf = quote_mode(&config, article.clone(), 70, 20);
    let (_, y) = find_from(&buf, "— Ana Lund", 29).unwrap_or_else(|| panic!("{}", screen(&buf)));
    let (_, next) = find(&buf, "Next paragraph.").expect("the next paragraph");
    assert_eq!(next, y + 2, "a blank row between:\n{}", screen(&buf));
    assert!(
        row_text(&buf, y + 1)
            .trim_matches(['│', ' ', '┃'])
            .is_empty()
    );
    // Quote mode off: the paragraphs are one blank line apart, as always.
    let s = state(&config, 1, Some(article), 70, 20);
    let buf = render(&s, &config, 70, 20);
    let (_, para) = find(&buf, "on Tuesday.").expect("the paragraph");
    let (_, after) = find(&buf, "Next paragraph.").expect("the next");
    assert_eq!(after, para + 2, "{}", screen(&buf));
}
