//! `byline config path|default|check`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::ConfigCommand;
use crate::config::{self, DEFAULT_TOML, Env, Origin};
use crate::parse::decode::clean_line;

/// Run `byline config ...`.
pub fn run(command: &ConfigCommand, explicit: Option<&Path>) -> ExitCode {
    let env = Env::from_process();
    let (code, out, err) = run_with(command, explicit, &env);
    // A closed pipe (`byline config default | head`) is not worth a message.
    let _ = std::io::stdout().write_all(out.as_bytes());
    let _ = std::io::stderr().write_all(err.as_bytes());
    ExitCode::from(code)
}

/// The command's exit code, standard output and standard error, for tests.
pub(crate) fn run_with(
    command: &ConfigCommand,
    explicit: Option<&Path>,
    env: &Env,
) -> (u8, String, String) {
    match command {
        ConfigCommand::Path => (0, path_report(explicit, env), String::new()),
        ConfigCommand::Default => (0, DEFAULT_TOML.to_string(), String::new()),
        ConfigCommand::Check { file } => check(file.as_deref().or(explicit), env),
    }
}

fn path_report(explicit: Option<&Path>, env: &Env) -> String {
    let located = config::locate(explicit, env);
    match located.path {
        None => format!(
            "(none: {}; built-in defaults in use)\n",
            located.origin.describe()
        ),
        Some(path) => {
            let state = if path.is_file() {
                "exists"
            } else if located.origin == Origin::Platform {
                "does not exist; built-in defaults in use"
            } else {
                "does not exist"
            };
            format!(
                "{}\n({}; {state})\n",
                clean_line(&path.display().to_string()),
                located.origin.describe()
            )
        }
    }
}

fn check(file: Option<&Path>, env: &Env) -> (u8, String, String) {
    match config::load_with(file, env) {
        Ok(loaded) => match loaded.path {
            Some(path) => (
                0,
                format!("ok: {}\n", clean_line(&env.display(&path))),
                String::new(),
            ),
            None => (
                0,
                "ok: no config file; built-in defaults in use\n".to_string(),
                String::new(),
            ),
        },
        Err(e) => (2, String::new(), format!("byline: {e}\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn env(platform: Option<PathBuf>) -> Env {
        Env {
            platform_file: platform,
            ..Env::default()
        }
    }

    #[test]
    fn default_prints_the_embedded_file() {
        let (code, out, _) = run_with(&ConfigCommand::Default, None, &env(None));
        assert_eq!((code, out.as_str()), (0, DEFAULT_TOML));
    }

    #[test]
    fn check_reports_ok_missing_and_bad() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("config.toml");
        let e = env(Some(missing.clone()));
        let check = |file: Option<PathBuf>| ConfigCommand::Check { file };
        assert_eq!(run_with(&check(None), None, &e).0, 0);
        assert_eq!(run_with(&check(Some(missing.clone())), None, &e).0, 2);
        std::fs::write(&missing, "mouse = false\n").unwrap();
        let (code, out, _) = run_with(&check(None), None, &e);
        assert_eq!((code, out), (0, format!("ok: {}\n", missing.display())));
        std::fs::write(&missing, "thme = 1\n").unwrap();
        let (code, _, err) = run_with(&check(None), None, &e);
        assert_eq!(code, 2);
        assert_eq!(
            err,
            format!(
                "byline: {}:1:1: unknown key `thme`; did you mean `theme`?\n",
                missing.display()
            )
        );
    }

    #[test]
    fn path_says_whether_the_file_exists() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        let e = env(Some(file.clone()));
        let (_, out, _) = run_with(&ConfigCommand::Path, None, &e);
        assert_eq!(
            out,
            format!(
                "{}\n(the platform default; does not exist; built-in defaults in use)\n",
                file.display()
            )
        );
        let (_, out, _) = run_with(&ConfigCommand::Path, Some(&file), &e);
        assert!(out.ends_with("(from --config; does not exist)\n"));
    }
}
