//! Every file in `tests/invalid_configs/` fails with the message in its
//! `.expected` file; every file in `tests/valid_configs/` loads.

use std::fs;
use std::path::{Path, PathBuf};

use byline::config::{self, Config, Env};

#[cfg(test)]
fn toml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {dir}");
    files
}

/// Load a fixture as `--config FILE` would, without reading the real user config.
#[cfg(test)]
fn load(path: &Path) -> Result<config::Loaded, config::ConfigError> {
    let env = Env {
        platform_file: Some(PathBuf::from("/nonexistent/byline/config.toml")),
        ..Env::default()
    };
    config::load_with(Some(path), &env)
}

#[test]
fn invalid_configs_fail_with_the_expected_message() {
    let mut mismatches = Vec::new();
    for file in toml_files("tests/invalid_configs") {
        let expected_file = file.with_extension("expected");
        let expected = fs::read_to_string(&expected_file)
            .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()));
        let err = load(&file).expect_err(&format!("{} loaded", file.display()));
        let got = err.to_string();
        if got != expected.trim_end() {
            mismatches.push(format!(
                "{}:\n  expected: {}\n  got:      {got}",
                file.display(),
                expected.trim_end()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn every_expected_message_has_a_place_and_a_key() {
    for file in toml_files("tests/invalid_configs") {
        let err = load(&file).unwrap_err();
        let config::ConfigError::Invalid {
            line, column, key, ..
        } = &err
        else {
            panic!("{}: not an invalid-config error: {err}", file.display());
        };
        assert!(*line >= 1 && *column >= 1);
        let syntax = err.to_string().contains("TOML syntax error");
        assert!(syntax || !key.is_empty(), "{}: no key path", file.display());
    }
}

#[test]
fn valid_configs_load() {
    for file in toml_files("tests/valid_configs") {
        let loaded = load(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(loaded.path.as_deref(), Some(file.as_path()));
    }
}

#[test]
fn the_default_file_loads_and_equals_the_builtin_config() {
    let loaded = load(Path::new("config/default.toml")).unwrap();
    assert_eq!(loaded.config, Config::builtin());
    assert_eq!(
        fs::read_to_string("config/default.toml").unwrap(),
        config::DEFAULT_TOML
    );
}

#[test]
fn a_missing_named_file_is_an_error() {
    let err = load(Path::new("tests/invalid_configs/nope.toml")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "tests/invalid_configs/nope.toml: no such file"
    );
}
