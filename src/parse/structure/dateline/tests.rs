use super::*;

fn check(text: &str, dl: &str, place: &str, date: Option<&str>, source: Option<&str>) {
    let found = find(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
    assert_eq!(found.dateline.text, dl, "{text}");
    assert_eq!(found.len, dl.len());
    assert_eq!(found.dateline.place.as_deref(), Some(place), "{text}");
    assert_eq!(found.dateline.date.as_deref(), date, "{text}");
    assert_eq!(found.dateline.source.as_deref(), source, "{text}");
}

#[test]
fn tass_style() {
    check(
        "OMSK, June 9. /TASS/. The city",
        "OMSK, June 9. /TASS/.",
        "OMSK",
        Some("June 9"),
        Some("TASS"),
    );
}

#[test]
fn reuters_styles() {
    check(
        "LONDON (Reuters) - Prices",
        "LONDON (Reuters) -",
        "LONDON",
        None,
        Some("Reuters"),
    );
    check(
        "PARIS, May 3 (Reuters) - The",
        "PARIS, May 3 (Reuters) -",
        "PARIS",
        Some("May 3"),
        Some("Reuters"),
    );
    check(
        "NEW YORK, Sept. 12 (Reuters) -- X",
        "NEW YORK, Sept. 12 (Reuters) --",
        "NEW YORK",
        Some("Sept. 12"),
        Some("Reuters"),
    );
}

#[test]
fn ap_style_with_country() {
    check(
        "WASHINGTON (AP) — The",
        "WASHINGTON (AP) —",
        "WASHINGTON",
        None,
        Some("AP"),
    );
    check(
        "BERGEN, Norway (AP) — Rain",
        "BERGEN, Norway (AP) —",
        "BERGEN, Norway",
        None,
        Some("AP"),
    );
}

#[test]
fn local_date_formats() {
    check(
        "BERLIN, 14. März. Die Stadt",
        "BERLIN, 14. März.",
        "BERLIN",
        Some("14. März"),
        None,
    );
    check(
        "LYON, 15 mars. La ville",
        "LYON, 15 mars.",
        "LYON",
        Some("15 mars"),
        None,
    );
    check(
        "LYON, 1er mars — La ville",
        "LYON, 1er mars —",
        "LYON",
        Some("1er mars"),
        None,
    );
}

#[test]
fn year_gives_a_full_date() {
    let f = find("PARIS, May 3, 2026 (Reuters) - The").unwrap();
    assert_eq!(f.dateline.date.as_deref(), Some("May 3, 2026"));
    assert_eq!(
        f.full_date,
        Some(Date {
            year: 2026,
            month: 5,
            day: 3
        })
    );
}

#[test]
fn caps_place_with_dash_only() {
    check("KYIV — Sirens", "KYIV —", "KYIV", None, None);
    assert!(find("Kyiv — Sirens sounded").is_none());
}

#[test]
fn ordinary_sentences_are_not_datelines() {
    for s in [
        "The city (pop. 3) - nothing",
        "NASA, the agency, said",
        "London is calm.",
        "I - said",
        "BERLIN, Germany's capital",
        "OMSK.",
        "",
        "(Reuters) - x",
    ] {
        assert!(find(s).is_none(), "{s}");
    }
}

#[test]
fn press_release_styles() {
    check(
        "SAN JOSE, April, 12, 2026 — The foundation",
        "SAN JOSE, April, 12, 2026 —",
        "SAN JOSE",
        Some("April, 12, 2026"),
        None,
    );
    check(
        "GENEVA, Switzerland (March 3, 2026) - The alliance",
        "GENEVA, Switzerland (March 3, 2026) -",
        "GENEVA, Switzerland",
        Some("March 3, 2026"),
        None,
    );
    let found = find("GENEVA, Switzerland (March 3, 2026) - X").unwrap();
    assert_eq!(
        found.full_date,
        Some(Date {
            year: 2026,
            month: 3,
            day: 3
        })
    );
}

#[test]
fn no_break_spaces_after_the_comma() {
    check(
        "TURKU,\u{a0}Finland (Nordwire) - Ice",
        "TURKU,\u{a0}Finland (Nordwire) -",
        "TURKU, Finland",
        None,
        Some("Nordwire"),
    );
    check(
        "TURKU,\u{a0}May\u{a0}4 (Nordwire) - Ice",
        "TURKU,\u{a0}May\u{a0}4 (Nordwire) -",
        "TURKU",
        Some("May\u{a0}4"),
        Some("Nordwire"),
    );
}

#[test]
fn colon_form_and_labels() {
    let found = find("OSLO: The ferry").unwrap();
    assert!(found.colon);
    assert_eq!(found.dateline.text, "OSLO:");
    for text in [
        "UPDATE: The ferry",
        "WATCH: the video",
        "Oslo: a city",
        "OSLO, Norway: x",
    ] {
        assert_eq!(find(text), None, "{text}");
    }
}
