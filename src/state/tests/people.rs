//! People (`P`): the build and its progress, the list (sort, filter), a
//! person's page, a quotation in the reader, the trail across articles, `p`
//! from the reader and the way back.

use super::*;
use crate::article::Date;
use crate::people::gather::Gathered;

/// An article dated 2026-05-`day` with one paragraph per quotation, each
/// `(speaker, text)`.
fn quoted(title: &str, day: u8, quotes: &[(&str, &str)]) -> Article {
    let mut a = Article {
        meta: Meta {
            title: title.into(),
            date: Some(Date {
                year: 2026,
                month: 5,
                day,
            }),
            ..Meta::default()
        },
        words: 100,
        ..Article::default()
    };
    let mut blocks = Vec::new();
    for (i, (speaker, text)) in quotes.iter().enumerate() {
        let para = format!("\"{text}\" said {speaker}. {LONG} {LONG}");
        blocks.push(Block::paragraph(para));
        a.quotes.push(Quote {
            text: (*text).into(),
            speaker: Some((*speaker).into()),
            section: 0,
            depth: 0,
            marks: QuoteMarks::Double,
            parts: vec![QuotePart {
                block: i,
                range: 0..text.len() + 2,
            }],
        });
    }
    a.sections.push(Section {
        heading: None,
        blocks,
    });
    a
}

/// Three articles: Ilse Marten quoted in all three under two forms, Anna
/// Berg in two, Lars Holm in one.
fn articles() -> Vec<Article> {
    vec![
        quoted(
            "Harbour reopens",
            1,
            &[
                ("Maj. Gen. Ilse Marten", "The harbour is safe"),
                ("Anna Berg", "We rebuild"),
            ],
        ),
        quoted(
            "Bridge closed",
            3,
            &[
                ("Lars Holm", "Traffic will wait"),
                ("Marten", "The bridge is not"),
            ],
        ),
        quoted(
            "Storm passes",
            2,
            &[
                ("Ilse Marten", "The storm has gone"),
                ("Anna Berg", "Dry at last"),
            ],
        ),
    ]
}

/// A state on the three articles (files a.txt, b.txt, c.txt), the first read.
pub(super) fn library_state() -> State {
    let entries = ["a.txt", "b.txt", "c.txt"]
        .iter()
        .map(|n| Entry::new(PathBuf::from(n), Source::File(PathBuf::from(n)), 1000))
        .collect();
    let lib = Library {
        entries,
        label: "test".into(),
        ..Library::default()
    };
    let mut s = State::new(lib, Settings::default());
    s.set_viewport(Viewport {
        list_rows: 5,
        reader_rows: 10,
        text_width: 40,
        margin: 0,
    });
    s.take_effects();
    s.article_loaded(0, Ok(Arc::new(articles()[0].clone())));
    s
}

/// What the background build would send for this library.
pub(super) fn gathered(s: &State) -> Gathered {
    let arts = articles();
    Gathered {
        people: crate::people::build(arts.iter().enumerate()),
        sources: s.library.entries.iter().map(|e| e.source.clone()).collect(),
        partial: false,
    }
}

/// The build the state asked for, if any.
pub(super) fn gather_asked(s: &mut State) -> Option<u64> {
    s.take_effects().into_iter().find_map(|e| match e {
        Effect::GatherPeople { generation } => Some(generation),
        _ => None,
    })
}

/// People open and built.
fn people_open() -> State {
    let mut s = library_state();
    update(&mut s, Action::People);
    let generation = gather_asked(&mut s).unwrap();
    let g = gathered(&s);
    s.people_gathered(generation, g);
    s
}

/// The reader reads whatever it asked for (from the three articles).
fn serve(s: &mut State) {
    let arts = articles();
    for e in s.take_effects() {
        if let Effect::Load(i) = e {
            s.article_loaded(i, Ok(Arc::new(arts[i].clone())));
        }
    }
}

fn names(s: &State) -> Vec<String> {
    s.people_rows().iter().map(|p| p.name.clone()).collect()
}

fn people(s: &State) -> &PeopleOverlay {
    match &s.overlay {
        Some(Overlay::People(o)) => o,
        other => panic!("People is not open: {other:?}"),
    }
}

#[test]
fn p_opens_people_builds_it_once_with_progress_and_drops_stale_builds() {
    let mut s = library_state();
    update(&mut s, Action::People);
    assert!(matches!(s.overlay, Some(Overlay::People(_))));
    let generation = gather_asked(&mut s).unwrap();
    assert_eq!(s.people.progress, Some((0, 3)));
    s.people_progress(generation, 2, 3);
    assert_eq!(s.people.progress, Some((2, 3)));
    // An older build's results are dropped.
    s.people_progress(generation - 1, 1, 3);
    s.people_gathered(generation - 1, Gathered::default());
    assert_eq!(s.people.progress, Some((2, 3)));
    assert!(s.people.gathered.is_none());
    let g = gathered(&s);
    s.people_gathered(generation, g);
    assert_eq!(s.people.progress, None);
    assert_eq!(names(&s), ["Ilse Marten", "Anna Berg", "Lars Holm"]);
    // Closed and opened again: no second build.
    update(&mut s, Action::People);
    assert!(s.overlay.is_none());
    update(&mut s, Action::People);
    assert_eq!(gather_asked(&mut s), None);
    // The library changed: built again, the old people shown meanwhile.
    s.library_changed();
    let again = gather_asked(&mut s).unwrap();
    assert!(again > generation);
    assert_eq!(names(&s).len(), 3);
    s.people_gathered(generation, Gathered::default());
    assert_eq!(names(&s).len(), 3, "a stale build is dropped");
    // Changed again while that build runs: one build at a time, the next
    // when it is done.
    s.library_changed();
    assert_eq!(gather_asked(&mut s), None);
    let g = gathered(&s);
    s.people_gathered(again, g);
    let third = gather_asked(&mut s).unwrap();
    assert!(third > again);
    assert_eq!(s.people.progress, Some((0, 3)));
    assert_eq!(names(&s).len(), 3, "the people shown meanwhile");
}

#[test]
fn t_sorts_by_name_and_back_and_slash_filters_fuzzily() {
    let mut s = people_open();
    update(&mut s, Action::Down);
    update(&mut s, Action::CycleSort);
    assert!(people(&s).by_name);
    assert_eq!(people(&s).selected, 0);
    assert_eq!(names(&s), ["Anna Berg", "Ilse Marten", "Lars Holm"]);
    update(&mut s, Action::CycleSort);
    assert_eq!(names(&s), ["Ilse Marten", "Anna Berg", "Lars Holm"]);
    update(&mut s, Action::Search);
    assert_eq!(s.input.as_ref().map(|i| i.kind), Some(InputKind::People));
    for c in "gen".chars() {
        s.input_char(c);
    }
    // "Maj. Gen." is one of Ilse Marten's forms: the same matching as
    // `byline quotes --speaker`.
    assert_eq!(names(&s), ["Ilse Marten"]);
    assert_eq!(s.input_submit(), None);
    assert_eq!(people(&s).filter, "gen");
    assert_eq!(names(&s), ["Ilse Marten"]);
    update(&mut s, Action::Search);
    s.input_cancel();
    assert_eq!(names(&s).len(), 3, "esc at the prompt clears the filter");
}

#[test]
fn enter_opens_a_person_newest_first_and_esc_goes_back_page_list_closed() {
    let mut s = people_open();
    update(&mut s, Action::Open);
    let page = people(&s).page.clone().unwrap();
    assert_eq!(page.name, "Ilse Marten");
    let titles: Vec<&str> = page.items.iter().map(|i| &*i.quote.title).collect();
    assert_eq!(titles, ["Bridge closed", "Storm passes", "Harbour reopens"]);
    assert_eq!(&*page.items[0].quote.text, "The bridge is not");
    update(&mut s, Action::Down);
    assert_eq!(people(&s).page.as_ref().unwrap().selected, 1);
    // t and / belong to the list, not the page.
    update(&mut s, Action::CycleSort);
    assert!(!people(&s).by_name);
    update(&mut s, Action::Back);
    assert!(people(&s).page.is_none());
    update(&mut s, Action::Quit);
    assert!(s.overlay.is_none());
    assert!(
        s.take_effects().is_empty(),
        "q closed People, it did not quit"
    );
}

#[test]
fn enter_on_a_quotation_opens_it_current_in_quote_mode_and_the_trail_crosses_articles() {
    let mut s = people_open();
    update(&mut s, Action::Open);
    update(&mut s, Action::Down);
    update(&mut s, Action::Open);
    assert!(s.overlay.is_none());
    assert_eq!(s.focus, Focus::Reader);
    // "Storm passes" is c.txt; its quotation waits for the article.
    assert_eq!(s.reader.entry, Some(2));
    serve(&mut s);
    assert!(s.reader.quote_mode);
    assert_eq!(s.reader.current_quote, Some(0));
    let line = s.reader.doc().unwrap().quote_lines[0].unwrap();
    assert!((s.reader.scroll..s.reader.scroll + 10).contains(&line));
    assert_eq!(s.trail_status().as_deref(), Some("Ilse Marten 2/3"));
    // } goes on to the next (older) quotation, in another article.
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.entry, Some(0));
    serve(&mut s);
    assert_eq!(s.reader.current_quote, Some(0));
    assert_eq!(s.trail_status().as_deref(), Some("Ilse Marten 3/3"));
    update(&mut s, Action::NextQuote);
    assert_eq!(
        s.message.as_deref(),
        Some("The last of Ilse Marten's quotations")
    );
    // { back twice: the newest, in b.txt, its second quotation.
    update(&mut s, Action::PrevQuote);
    serve(&mut s);
    update(&mut s, Action::PrevQuote);
    serve(&mut s);
    assert_eq!(s.reader.entry, Some(1));
    assert_eq!(s.reader.current_quote, Some(1));
    assert_eq!(s.trail_status().as_deref(), Some("Ilse Marten 1/3"));
    // The article already open: the quotation at once.
    update(&mut s, Action::PrevQuote);
    assert_eq!(
        s.message.as_deref(),
        Some("The first of Ilse Marten's quotations")
    );
}

#[test]
fn without_the_trail_quotation_keys_step_in_the_article() {
    let mut s = people_open();
    update(&mut s, Action::Open);
    update(&mut s, Action::Open);
    serve(&mut s);
    assert_eq!(s.reader.entry, Some(1));
    // Another article in the reader: the trail is not followed.
    update(&mut s, Action::NextArticle);
    serve(&mut s);
    assert_ne!(s.reader.entry, Some(1));
    assert_eq!(s.trail_status(), None);
    let entry = s.reader.entry;
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.entry, entry);
    assert_eq!(s.reader.current_quote, Some(0));
}

#[test]
fn p_on_the_current_quotation_opens_its_speakers_page() {
    let mut s = library_state();
    update(&mut s, Action::Open);
    assert_eq!(s.reader.entry, Some(0));
    update(&mut s, Action::SpeakerPage);
    assert!(s.overlay.is_none());
    assert!(
        s.message
            .as_deref()
            .unwrap()
            .starts_with("No current quotation")
    );
    update(&mut s, Action::NextQuote);
    update(&mut s, Action::NextQuote);
    assert_eq!(s.reader.current_quote, Some(1));
    // Before the people are built: the page opens when they are.
    update(&mut s, Action::SpeakerPage);
    let generation = gather_asked(&mut s).unwrap();
    assert!(people(&s).page.is_none());
    let g = gathered(&s);
    s.people_gathered(generation, g);
    let page = people(&s).page.clone().unwrap();
    assert_eq!(page.name, "Anna Berg");
    assert_eq!(&*page.items[page.selected].quote.text, "We rebuild");
    // Built already: at once, on the quotation; esc goes to the list.
    update(&mut s, Action::Back);
    assert_eq!(names(&s)[people(&s).selected], "Anna Berg");
    update(&mut s, Action::Back);
    update(&mut s, Action::PrevQuote);
    update(&mut s, Action::SpeakerPage);
    let page = people(&s).page.clone().unwrap();
    assert_eq!(page.name, "Ilse Marten");
    assert_eq!(&*page.items[page.selected].quote.title, "Harbour reopens");
}
