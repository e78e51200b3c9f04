//! People: the progress line while it is built, one row per person with the
//! selected row marked, and a person's page with each quotation cut at three
//! lines, in the quote style, its article under it.

use super::*;
use byline::article::Date;
use byline::people::gather::Gathered;
use byline::state::{Effect, Overlay};

const LONG: &str = "The northern wall will hold through the winter storms, and we \
                    will add a second line of barriers before the spring tides \
                    arrive at the mouth of the bay, whatever the ministry decides \
                    about the money for the coast this year";

/// An article dated 2026-05-`day` quoting each `(speaker, text)` once.
fn quoted(title: &str, day: u8, quotes: &[(&str, &str)]) -> Article {
    let paragraphs: Vec<String> = quotes
        .iter()
        .map(|(speaker, text)| format!("\u{201c}{text}\u{201d} said {speaker}."))
        .collect();
    Article {
        meta: Meta {
            title: title.into(),
            source: Some("Coast Gazette".into()),
            date: Some(Date {
                year: 2026,
                month: 5,
                day,
            }),
            ..Meta::default()
        },
        sections: vec![Section {
            heading: None,
            blocks: paragraphs
                .iter()
                .map(|p| Block::paragraph(p.as_str()))
                .collect(),
        }],
        quotes: quotes
            .iter()
            .enumerate()
            .map(|(i, (speaker, text))| Quote {
                speaker: Some((*speaker).into()),
                ..quote(text, 0, vec![(i, 0..text.len() + 6)])
            })
            .collect(),
        words: 40,
        ..Article::default()
    }
}

/// People open on three articles (files), at `w` x `h`, before the build
/// has finished.
fn opened(config: &Config, w: u16, h: u16) -> (State, u64, Vec<Effect>) {
    let entries = ["a.txt", "b.txt", "c.txt"]
        .iter()
        .map(|n| Entry::new(PathBuf::from(n), Source::File(PathBuf::from(n)), 100))
        .collect();
    let lib = Library {
        entries,
        label: "news".into(),
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    let areas = View { state: &s, config }.areas(Rect::new(0, 0, w, h));
    s.set_viewport(areas.viewport());
    update(&mut s, Action::People);
    let asked = s.take_effects();
    let generation = s.people.generation;
    (s, generation, asked)
}

fn built(s: &mut State, generation: u64) {
    let articles = [
        quoted(
            "Harbour defences reviewed",
            2,
            &[("Ilse Marten", LONG), ("Tomas Lind", "Not told")],
        ),
        quoted("Bridge closed", 11, &[("Marten", "The bridge is sound")]),
        quoted("Storm passes", 20, &[("Ilse Marten", "Every barrier held")]),
    ];
    let people = byline::people::build(articles.iter().enumerate());
    let sources = s.library.entries.iter().map(|e| e.source.clone()).collect();
    s.people_gathered(
        generation,
        Gathered {
            people,
            sources,
            partial: false,
        },
    );
}

#[test]
fn people_shows_its_progress_with_thousands_separated() {
    let config = Config::builtin();
    let (mut s, generation, asked) = opened(&config, 80, 24);
    assert!(asked.contains(&Effect::GatherPeople { generation }));
    s.people_progress(generation, 3200, 10_000);
    let buf = render(&s, &config, 80, 24);
    let (x, y) =
        find(&buf, "reading quotations 3,200/10,000").unwrap_or_else(|| panic!("{}", screen(&buf)));
    // In the overlay's text style, not the selection's.
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(find(&buf, " PEOPLE ").is_some(), "{}", screen(&buf));
    // No count before there is one.
    assert!(find(&buf, "People (0").is_none(), "{}", screen(&buf));
}

#[test]
fn people_rows_show_counts_articles_and_the_latest_date_with_the_selection_marked() {
    let config = Config::builtin();
    let (mut s, generation, _) = opened(&config, 80, 24);
    built(&mut s, generation);
    let buf = render(&s, &config, 80, 24);
    let text = screen(&buf);
    let (x, y) = find(&buf, "Ilse Marten").unwrap_or_else(|| panic!("{text}"));
    let row = row_text(&buf, y);
    assert!(row.contains("3 quotes · 3 articles · 2026-05-20"), "{text}");
    let (_, y2) = find(&buf, "Tomas Lind").unwrap_or_else(|| panic!("{text}"));
    assert!(y2 > y, "most quoted first:\n{text}");
    let second = row_text(&buf, y2);
    assert!(
        second.contains("1 quote  · 1 article  · 2026-05-02"),
        "{text}"
    );
    // The counts and dates in columns: each row's date starts at one column.
    let date_at = |row: &str, date: &str| row.find(date).map(|i| row[..i].chars().count());
    assert_eq!(
        date_at(&row, "2026-05-20"),
        date_at(&second, "2026-05-02"),
        "{text}"
    );
    // The selected row (the first) in the selection style, the others not.
    let selected = config.theme.selected.add_modifier;
    assert!(buf[(x, y)].modifier.contains(selected), "{text}");
    let (tx, _) = find(&buf, "Tomas Lind").unwrap();
    assert!(!buf[(tx, y2)].modifier.contains(selected));
    // The counts in the speaker style.
    let (cx, cy) = find(&buf, "3 quotes").unwrap();
    assert_eq!(
        buf[(cx, cy)].fg,
        config.theme.speaker.fg.unwrap_or(Color::Reset)
    );
    assert!(find(&buf, "People (2, by count)").is_some(), "{text}");
}

#[test]
fn a_persons_page_cuts_a_quotation_at_three_lines_newest_first() {
    let config = Config::builtin();
    let (mut s, generation, _) = opened(&config, 80, 24);
    built(&mut s, generation);
    update(&mut s, Action::Open);
    let buf = render(&s, &config, 80, 24);
    let text = screen(&buf);
    assert!(find(&buf, "Ilse Marten · 3 quotations").is_some(), "{text}");
    let (_, newest) = find(&buf, "“Every barrier held”").unwrap_or_else(|| panic!("{text}"));
    let (_, middle) = find(&buf, "“The bridge is sound”").unwrap_or_else(|| panic!("{text}"));
    let (qx, first) = find(&buf, "“The northern wall").unwrap_or_else(|| panic!("{text}"));
    assert!(newest < middle && middle < first, "newest first:\n{text}");
    // Three lines, the third ending in an ellipsis, then the article.
    assert!(
        row_text(&buf, first + 2)
            .trim_end()
            .trim_end_matches('│')
            .trim_end()
            .ends_with('…'),
        "{text}"
    );
    assert!(!row_text(&buf, first + 2).contains("this year"), "{text}");
    assert!(
        row_text(&buf, first + 3)
            .contains("2026-05-02 · Coast Gazette · Harbour defences reviewed"),
        "{text}"
    );
    // The quotation in the quote style; the selected (newest) item marked.
    let quote_fg = config.theme.quote.fg.unwrap_or(Color::Reset);
    assert_eq!(buf[(qx, first)].fg, quote_fg);
    assert!(
        !buf[(qx, first)]
            .modifier
            .contains(config.theme.selected.add_modifier)
    );
    let (nx, _) = find(&buf, "“Every barrier held”").unwrap();
    assert_eq!(buf[(nx, newest)].fg, quote_fg);
    assert!(
        buf[(nx, newest)]
            .modifier
            .contains(config.theme.selected.add_modifier)
    );
    let (_, at) =
        find(&buf, "2026-05-20 · Coast Gazette · Storm passes").unwrap_or_else(|| panic!("{text}"));
    assert_eq!(at, newest + 1);
    assert!(matches!(s.overlay, Some(Overlay::People(_))));
}

#[test]
fn from_the_summary_the_rows_show_and_a_page_says_it_is_reading_quotations() {
    let config = Config::builtin();
    let (mut full, generation, _) = opened(&config, 80, 24);
    built(&mut full, generation);
    let people = full.people.gathered.as_ref().unwrap().people.iter();
    let people = people
        .map(|p| byline::people::Person {
            quotations: Vec::new(),
            counts: Some(byline::people::summary::Counts {
                quotations: p.quotes(),
                articles: p.articles(),
                latest: p.latest(),
            }),
            ..p.clone()
        })
        .collect();
    let (mut s, generation, _) = opened(&config, 80, 24);
    let summary = Gathered {
        people,
        sources: Vec::new(),
        partial: true,
    };
    s.people_gathered(generation, summary);
    let buf = render(&s, &config, 80, 24);
    let text = screen(&buf);
    let (_, row) = find(&buf, "Ilse Marten").unwrap_or_else(|| panic!("{text}"));
    assert!(
        row_text(&buf, row).contains("3 quotes · 3 articles · 2026-05-20"),
        "{text}"
    );
    update(&mut s, Action::Open);
    let buf = render(&s, &config, 80, 24);
    let text = screen(&buf);
    let (x, y) = find(&buf, "reading quotations…").unwrap_or_else(|| panic!("{text}"));
    assert!(find(&buf, "Ilse Marten ·").is_some(), "{text}");
    // As the line under each quotation (where it is) is drawn.
    let style = config.theme.help.patch(config.theme.speaker);
    assert_eq!(buf[(x, y)].fg, style.fg.unwrap_or(Color::Reset));
}
