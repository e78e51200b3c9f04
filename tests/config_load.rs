//! Which file is read, and what happens when it is missing, with the
//! environment passed in (the real user config is never read).

use std::fs;
use std::path::PathBuf;

use byline::config::{self, Config, ConfigError, Env};

#[cfg(test)]
fn env(dir: &tempfile::TempDir) -> Env {
    Env {
        byline_config: None,
        platform_file: Some(dir.path().join("byline/config.toml")),
        home: Some(dir.path().to_path_buf()),
        no_color: false,
    }
}

#[test]
fn a_missing_platform_file_means_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = config::load_with(None, &env(&dir)).unwrap();
    assert_eq!(loaded.path, None);
    assert_eq!(loaded.config, Config::builtin());
}

#[test]
fn the_platform_file_is_read_and_shown_with_a_tilde() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(&dir);
    let file = e.platform_file.clone().unwrap();
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(&file, "articles_dir = \"~/news\"\n").unwrap();
    let loaded = config::load_with(None, &e).unwrap();
    assert_eq!(loaded.path.as_ref(), Some(&file));
    assert_eq!(loaded.config.articles_dirs, [dir.path().join("news")]);

    fs::write(&file, "\n[layout]\nsplit = \"diagonal\"\n").unwrap();
    let err = config::load_with(None, &e).unwrap_err();
    assert_eq!(
        err.to_string(),
        "~/byline/config.toml:3:9: layout.split: expected one of `horizontal`, `vertical`, found `diagonal`"
    );
    assert_eq!(
        err.short(),
        "config.toml:3:9: layout.split: expected one of `horizontal`, `vertical`, found `diagonal`"
    );
}

#[test]
fn a_missing_file_named_by_the_environment_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let e = Env {
        byline_config: Some(PathBuf::from("/nonexistent/byline.toml")),
        ..env(&dir)
    };
    let err = config::load_with(None, &e).unwrap_err();
    assert!(matches!(err, ConfigError::Read { .. }));
    assert_eq!(
        err.to_string(),
        "/nonexistent/byline.toml: no such file (named by BYLINE_CONFIG)"
    );
}

#[test]
fn the_flag_wins_over_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let flag = dir.path().join("flag.toml");
    fs::write(&flag, "mouse = false\n").unwrap();
    let e = Env {
        byline_config: Some(PathBuf::from("/nonexistent/byline.toml")),
        ..env(&dir)
    };
    let loaded = config::load_with(Some(&flag), &e).unwrap();
    assert!(!loaded.config.mouse);
}

#[test]
fn no_color_applies_to_defaults_and_files() {
    let dir = tempfile::tempdir().unwrap();
    let e = Env {
        no_color: true,
        ..env(&dir)
    };
    let defaults = config::load_with(None, &e).unwrap();
    assert_eq!(
        defaults.config.theme,
        Config::builtin().theme.without_colors()
    );
    let file = dir.path().join("c.toml");
    fs::write(
        &file,
        "[theme]\nheading = { fg = \"red\", modifiers = [\"bold\"] }\n",
    )
    .unwrap();
    let loaded = config::load_with(Some(&file), &e).unwrap();
    assert_eq!(loaded.config.theme.heading.fg, None);
    assert_eq!(
        loaded.config.theme.heading.add_modifier,
        ratatui::style::Modifier::BOLD
    );
}
