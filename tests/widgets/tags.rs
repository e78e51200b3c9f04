//! Tags: a dim row in the headline block, and an overlay of the library's tags
//! (from the heads) whose Enter filters the list.

use super::*;

#[test]
fn the_reader_shows_the_tags_dim_under_the_byline() {
    let config = Config::builtin();
    let mut article = article_with(&["Some words."], Vec::new());
    article.meta.tags = vec!["harbour".into(), "climate".into()];
    let mut st = state(&config, 1, Some(article), 120, 20);
    update(&mut st, Action::Open);
    let buf = render(&st, &config, 120, 20);
    let Some((x, y)) = find(&buf, "#harbour #climate") else {
        panic!("{}", screen(&buf));
    };
    let (_, by) = find(&buf, "1 min read").unwrap_or_default();
    assert_eq!(y, by + 1, "under the byline:\n{}", screen(&buf));
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
}

#[test]
fn the_tags_overlay_counts_the_heads_and_enter_filters_by_the_tag() {
    let config = Config::builtin();
    let tags: [&[&str]; 3] = [&["wine", "portugal"], &["Wine"], &["malta"]];
    let mut st = state(&config, 3, None, 120, 20);
    for (e, t) in st.library.entries.iter_mut().zip(tags) {
        e.hash = Some(1);
        if let Some(m) = &mut e.meta {
            m.tags = t.iter().map(|t| (*t).to_string()).collect();
        }
    }
    // No article has been opened: the heads are enough.
    update(&mut st, Action::Tags);
    let buf = render(&st, &config, 120, 20);
    let (_, wine) = find(&buf, "#wine").unwrap_or_default();
    let (_, malta) = find(&buf, "#malta").unwrap_or_default();
    assert!(
        wine > 0 && malta > wine,
        "most used first:\n{}",
        screen(&buf)
    );
    assert!(
        row_text(&buf, wine)
            .trim_end_matches(['│', ' '])
            .ends_with('2')
    );
    update(&mut st, Action::Down);
    update(&mut st, Action::Open);
    assert!(st.overlay.is_none());
    assert_eq!(st.list.filter.as_deref(), Some("#malta"));
    assert_eq!(st.list.order, [2]);
    let buf = render(&st, &config, 120, 20);
    let top = row_text(&buf, 0);
    assert!(
        top.contains("Articles 1/3 · ") && top.contains(" · /#malta · "),
        "{top}"
    );
}
