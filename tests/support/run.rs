//! `byline ARGS...` as a plain command (no terminal), for the test crates that
//! check its output and exit status. Included with `#[path]`: `tests/cli.rs`,
//! `tests/install.rs`, `tests/pty.rs`.

use std::process::{Command, Output};

/// Run `byline ARGS...` with a temporary home, so that no real config, data or
/// cache is read, and without `BYLINE_CONFIG` or `NO_COLOR` from the caller.
pub fn byline(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp home");
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env_remove("BYLINE_CONFIG")
        .env_remove("NO_COLOR")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .output()
        .expect("run byline")
}
