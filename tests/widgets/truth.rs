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
