//! `byline feeds import` and `byline feeds list`: OPML and newsboat `urls`
//! files (tests/fixtures/feeds) appended to a config file that keeps its
//! comments.

// Always true in a test crate; it tells clippy the helpers are test code too.
#![cfg(test)]

#[path = "support/home.rs"]
mod home;

use std::path::Path;

use home::{FIXTURES, byline, text};

#[test]
fn import_opml_and_newsboat_keeps_comments_and_skips_present() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    let original = "# my byline config\narticles_dir = \"~/news\" # where\n\n[reader]\n# wide\nmax_width = 90\n";
    std::fs::write(&config, original).unwrap();
    let opml = Path::new(FIXTURES).join("subscriptions.opml");
    let out = byline(home.path(), &["feeds", "import", &opml.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("3 feeds added to "),
        "{}",
        text(&out.stdout)
    );
    let after = std::fs::read_to_string(&config).unwrap();
    assert!(after.starts_with(original), "{after}");
    assert_eq!(
        &after[original.len()..],
        "\n[[feeds]]\nurl = \"https://harbour.example/rss.xml\"\nname = \"Harbour Times\"\ntags = [\"Local\"]\n\
         \n[[feeds]]\nurl = \"https://valley.example/atom.xml\"\nname = \"Valley & Hills\"\ntags = [\"Local\"]\n\
         \n[[feeds]]\nurl = \"https://mountain.example/feed.json\"\nname = \"Mountain Post\"\n"
    );
    // newsboat's file names the same feeds: nothing added, the query skipped.
    let urls = Path::new(FIXTURES).join("urls");
    let out = byline(home.path(), &["feeds", "import", &urls.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("0 feeds added to "),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&out.stdout).contains("(3 already there)"));
    assert!(
        text(&out.stderr).contains("skipped: \"query:Unread"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), after);
    let list = byline(home.path(), &["feeds", "list"]);
    let listed = text(&list.stdout);
    assert!(list.status.success());
    assert_eq!(listed.lines().count(), 3, "{listed}");
    assert!(
        listed.contains("Valley & Hills\thttps://valley.example/atom.xml\t"),
        "{listed}"
    );
    assert!(
        listed.contains("news/valley-hills\tfull text\tLocal"),
        "{listed}"
    );
}

#[test]
fn import_newsboat_into_a_new_file() {
    let home = tempfile::tempdir().unwrap();
    let urls = Path::new(FIXTURES).join("urls");
    let out = byline(home.path(), &["feeds", "import", &urls.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(home.path().join("config.toml")).unwrap();
    assert_eq!(
        written,
        "[[feeds]]\nurl = \"https://harbour.example/rss.xml\"\nname = \"Harbour Times\"\ntags = [\"local\"]\n\
         \n[[feeds]]\nurl = \"https://valley.example/atom.xml\"\ntags = [\"local\", \"hills and dales\"]\n\
         \n[[feeds]]\nurl = \"https://mountain.example/feed.json\"\n"
    );
    let check = byline(home.path(), &["config", "check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}
