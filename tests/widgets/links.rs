//! Numbered links: the reader shows each link's number after its text, dim,
//! and the Links overlay lists them with the same numbers.

use super::*;
use byline::article::{Mark, MarkKind};

fn linked() -> Article {
    let text = "The council published the report and the plan at https://city.test/plan today.";
    let mut a = article_with(&[text], Vec::new());
    let at = text.find("report").unwrap_or_default();
    a.sections[0].blocks[0].marks.push(Mark {
        range: at..at + "report".len(),
        kind: MarkKind::Link {
            url: "https://city.test/report".into(),
        },
    });
    a
}

#[test]
fn the_reader_numbers_each_link_dim_and_the_overlay_uses_the_same_numbers() {
    let config = Config::builtin();
    let (w, h) = (120, 20);
    let mut st = state(&config, 1, Some(linked()), w, h);
    update(&mut st, Action::Open);
    let buf = render(&st, &config, w, h);
    let (x, y) = find(&buf, "report\u{a0}[1]").expect("the first link's number");
    let word = &buf[(x, y)];
    assert!(
        word.modifier.contains(Modifier::UNDERLINED),
        "the link itself"
    );
    for dx in 7..10 {
        let cell = &buf[(x + dx, y)];
        assert!(cell.modifier.contains(Modifier::DIM), "[1] is dim at {dx}");
        assert!(
            !cell.modifier.contains(Modifier::UNDERLINED),
            "[1] is no link"
        );
    }
    let Some((x, y)) = find(&buf, "city.test/plan\u{a0}[2]") else {
        panic!("{}", screen(&buf));
    };
    assert!(buf[(x + 16, y)].modifier.contains(Modifier::DIM));
    update(&mut st, Action::Links);
    let buf = render(&st, &config, w, h);
    assert!(find(&buf, "[1] report").is_some(), "{}", screen(&buf));
    assert!(
        find(&buf, "[2] https://city.test/plan").is_some(),
        "{}",
        screen(&buf)
    );
}
