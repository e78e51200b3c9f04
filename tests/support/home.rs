//! For the feed tests: `byline` run with a home of the test's own, kept
//! between runs (the sync index lives in its data folder), and the fixture
//! feeds. Included with `#[path]`: `tests/feeds_cli.rs`, `tests/feeds_import.rs`.

// Each test crate that includes it uses some of the helpers.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/feeds");

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join(name)).expect("read a fixture")
}

/// `byline ARGS...` with `home` as its home (kept between runs: the sync index
/// lives in its data folder) and the config file `home/config.toml`.
pub fn byline(home: &Path, args: &[&str]) -> Output {
    let config = home.join("config.toml");
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--config")
        .arg(&config)
        .args(args)
        .env_remove("BYLINE_CONFIG")
        .env_remove("NO_COLOR")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .output()
        .expect("run byline")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
