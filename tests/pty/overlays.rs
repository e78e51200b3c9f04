//! The layout a config asks for, and what `q` does in overlays and prompts.

use super::harness::{Key, Spawn, Term};

/// The README's example config, with the samples as the folder.
fn readme_config(dir: &std::path::Path) -> std::path::PathBuf {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("```toml\narticles_dir = ")
        .expect("the README has an example config");
    let body = &readme[start + "```toml\n".len()..];
    let body = &body[..body.find("```").expect("the example ends")];
    let mut text = String::new();
    for line in body.lines().filter(|l| !l.starts_with("articles_dir")) {
        text.push_str(line);
        text.push('\n');
    }
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("write the config");
    path
}

fn samples() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/sample_articles").to_string()
}

/// Rows where a pane's top border starts.
fn pane_tops(term: &Term, rows: u16) -> Vec<u16> {
    (0..rows)
        .filter(|&y| term.row(y).starts_with('╭'))
        .collect()
}

#[test]
fn the_readme_example_config_gives_the_reader_most_of_a_120x40_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = readme_config(dir.path());
    let args = [
        "--config".to_string(),
        config.to_string_lossy().into_owned(),
        samples(),
    ];
    let mut term = Spawn::new(&args).size(120, 40).start();
    term.wait_text("Articles");
    term.send_key(Key::Enter);
    term.wait_text("min read");
    let tops = pane_tops(&term, 40);
    assert_eq!(tops.len(), 2, "{}", term.screen_text());
    // The list above: its 12 rows as configured; the reader below, two thirds.
    assert_eq!(tops[1], 12, "{}", term.screen_text());
    assert!(39 - tops[1] >= 26, "{}", term.screen_text());
    term.quit_cleanly();
}

/// The last row: the status bar (or the prompt).
fn status(term: &Term) -> String {
    term.row(term.screen().size().0.get() - 1)
}

/// `q` goes back one level where there is one (an overlay closes) and quits from
/// the panes; typed into a prompt it is text.
#[test]
fn q_is_text_in_a_prompt_closes_an_overlay_and_quits_from_the_panes() {
    let (_dir, mut term) = super::panes::ferry_article(6);
    // The list's filter, search all articles, and the URL to save.
    for (key, prompt) in [
        ("/", "filter: "),
        ("F", "search all: "),
        ("a", "save URL: "),
    ] {
        term.send(key);
        term.wait_text(prompt);
        term.send("q");
        term.wait_for(&format!("q in the {prompt:?} prompt"), |_| {
            status(&term).contains(&format!("{prompt}q"))
        });
        term.send_key(Key::Esc);
        term.wait_gone(prompt);
    }
    // The article's search, in the reader.
    term.send_key(Key::Enter);
    term.wait_for("the reader focused", |_| status(&term).contains(" READ "));
    term.send("/");
    term.wait_for("the search prompt", |_| status(&term).contains(" SEARCH "));
    term.send("q");
    term.wait_for("q in the search prompt", |_| status(&term).contains("/q"));
    term.send_key(Key::Esc);
    term.wait_for("the prompt closed", |_| status(&term).contains(" READ "));
    // An overlay: q closes it, and byline is still there.
    term.send("?");
    term.wait_text("Down one row or line");
    term.send("q");
    term.wait_gone("Down one row or line");
    term.wait_for("back in the reader", |_| status(&term).contains(" READ "));
    // From the panes, q quits.
    term.quit_cleanly();
}

#[test]
fn the_readme_says_what_q_does() {
    let readme = include_str!("../../README.md");
    for words in [
        "`q` goes back one level where there is one",
        "From the panes it quits",
        "In a prompt (`/`, the filter,\nsearch all) `q` is text",
    ] {
        assert!(readme.contains(words), "the README should say {words:?}");
    }
}
