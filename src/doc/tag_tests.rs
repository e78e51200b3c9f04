//! The tag row under the byline: `#one #two`, wrapped between whole tags.

use super::*;
use crate::article::Meta;

fn tagged(tags: &[&str]) -> Article {
    Article {
        meta: Meta {
            title: "Title".into(),
            tags: tags.iter().map(|t| (*t).to_string()).collect(),
            ..Meta::default()
        },
        ..Article::default()
    }
}

fn tag_lines(doc: &Doc) -> Vec<String> {
    (0..doc.len())
        .filter(|&i| {
            doc.lines[i]
                .block
                .is_some_and(|b| doc.blocks[b as usize].role == BlockRole::Tags)
        })
        .map(|i| doc.line_text(i))
        .collect()
}

#[test]
fn the_tags_make_a_row_under_the_headline_wrapped_between_whole_tags() {
    let article = tagged(&["harbour", "#Climate", "public health", " "]);
    let doc = build(&article, BuildOptions::default());
    assert_eq!(tag_lines(&doc), ["#harbour #Climate #public\u{a0}health"]);
    let doc = build(
        &article,
        BuildOptions {
            width: 20,
            ..BuildOptions::default()
        },
    );
    assert_eq!(
        tag_lines(&doc),
        ["#harbour #Climate", "#public\u{a0}health"]
    );
    // Under the byline, above the rule.
    let roles: Vec<BlockRole> = doc.blocks.iter().map(|b| b.role).collect();
    let at = roles.iter().position(|r| *r == BlockRole::Tags);
    assert_eq!(at.and_then(|i| roles.get(i + 1)), Some(&BlockRole::Rule));
    assert!(tag_lines(&build(&tagged(&[]), BuildOptions::default())).is_empty());
}
