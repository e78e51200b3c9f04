//! Config errors that name the file, line, column and key path, and what was
//! expected and found.

use std::ops::Range;

use toml::de::DeTable;

use super::locate::Origin;
use super::place::{find_earlier_key, find_path, line_column};
use crate::parse::decode::clean_line;
use crate::suggest::suggest;

/// A config file that could not be read or is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The file named by `--config` or `BYLINE_CONFIG` could not be read.
    #[error("{file}: {message}")]
    Read { file: String, message: String },
    /// The file was read but is not a valid config.
    #[error("{file}:{line}:{column}: {message}")]
    Invalid {
        file: String,
        line: usize,
        column: usize,
        /// The dotted key path (`theme.heading.fg`), empty for a syntax error.
        key: String,
        message: String,
    },
}

impl ConfigError {
    pub(crate) fn read(file: &str, err: &std::io::Error, origin: Origin) -> Self {
        let message = match (err.kind(), origin) {
            (std::io::ErrorKind::NotFound, Origin::Flag) => "no such file".to_string(),
            (std::io::ErrorKind::NotFound, Origin::Env) => {
                "no such file (named by BYLINE_CONFIG)".to_string()
            }
            _ => format!("cannot read the config: {err}"),
        };
        Self::Read {
            file: clean_line(file),
            message: clean_line(&message),
        }
    }

    /// The error on one line for the status bar: the file's name without its
    /// folder.
    pub fn short(&self) -> String {
        let base = |file: &str| {
            std::path::Path::new(file)
                .file_name()
                .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned())
        };
        match self {
            Self::Read { file, message } => format!("{}: {message}", base(file)),
            Self::Invalid {
                file,
                line,
                column,
                message,
                ..
            } => format!("{}:{line}:{column}: {message}", base(file)),
        }
    }
}

/// What went wrong, before the location is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A key the table does not take, with the keys it does take.
    UnknownKey { name: String, expected: Vec<String> },
    /// A bad value: the message is prefixed with the key path.
    Value(String),
    /// Not valid TOML.
    Syntax(String),
}

/// A problem at a byte range of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Diag {
    pub span: Range<usize>,
    pub problem: Problem,
}

impl Diag {
    pub fn value(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span,
            problem: Problem::Value(message.into()),
        }
    }

    /// From a toml error: a syntax error, or serde's words rephrased.
    pub fn from_toml(err: &toml::de::Error, syntax: bool) -> Self {
        let span = err.span().unwrap_or(0..0);
        let msg = err.message().trim_end();
        let problem = if syntax {
            Problem::Syntax(msg.to_string())
        } else {
            rephrase(msg)
        };
        Self { span, problem }
    }

    /// Place the problem in `text` and word the message.
    pub(crate) fn into_error(self, text: &str, file: &str) -> ConfigError {
        let (line, column) = line_column(text, self.span.start);
        let (table, _) = DeTable::parse_recoverable(text);
        let mut path = Vec::new();
        find_path(table.get_ref(), self.span.start, &mut path);
        let mut key = path.join(".");
        let mut first_line = None;
        if matches!(&self.problem, Problem::Syntax(m) if m == "duplicate key") {
            let name = text.get(self.span.clone()).unwrap_or_default();
            let mut found = None;
            find_earlier_key(
                table.get_ref(),
                name,
                self.span.start,
                &mut Vec::new(),
                &mut found,
            );
            if let Some((p, start)) = found {
                key = p.join(".");
                first_line = Some(line_column(text, start).0);
            }
        }
        let message = match self.problem {
            Problem::Syntax(m) if m == "duplicate key" => match first_line {
                Some(l) => format!("duplicate key `{key}`: it is already set on line {l}"),
                None => format!(
                    "TOML syntax error: duplicate key `{}`",
                    text.get(self.span.clone()).unwrap_or_default()
                ),
            },
            Problem::Syntax(m) => format!("TOML syntax error: {m}"),
            Problem::Value(m) if m == FOUND_MISSING => {
                let found: String = text
                    .get(self.span.clone())
                    .unwrap_or_default()
                    .chars()
                    .take(40)
                    .collect();
                format!("{key}: {m}, found `{found}`")
            }
            Problem::Value(m) if key.is_empty() => m,
            Problem::Value(m) => format!("{key}: {m}"),
            Problem::UnknownKey { name, expected } => {
                let shown = if key.is_empty() {
                    name.clone()
                } else {
                    key.clone()
                };
                let hint = match suggest(&name, expected.iter().map(String::as_str)) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None if expected.is_empty() => "this table takes no keys".to_string(),
                    None => format!("expected one of {}", backticked(&expected)),
                };
                format!("unknown key `{shown}`; {hint}")
            }
        };
        // The file's name and its keys and values can hold anything (TOML
        // decodes "\u001b"): cleaned here, where they enter the message.
        ConfigError::Invalid {
            file: clean_line(file),
            line,
            column,
            key: clean_line(&key),
            message: clean_line(&message),
        }
    }
}

fn backticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names between backticks in serde's "expected one of `a`, `b`".
fn quoted_names(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Serde's messages, said as "expected X, found Y".
fn rephrase(msg: &str) -> Problem {
    if let Some(rest) = msg.strip_prefix("unknown field `")
        && let Some((name, expected)) = rest.split_once('`')
    {
        return Problem::UnknownKey {
            name: name.to_string(),
            expected: quoted_names(expected),
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `")
        && let Some((found, expected)) = rest.split_once('`')
    {
        let names = quoted_names(expected);
        let base = format!("expected one of {}, found `{found}`", backticked(&names));
        return Problem::Value(match suggest(found, names.iter().map(String::as_str)) {
            Some(close) => format!("{base}; did you mean `{close}`?"),
            None => base,
        });
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix)
            && let Some((found, expected)) = rest.rsplit_once(", expected ")
        {
            let expected = match expected {
                "a sequence" => "an array",
                "a map" => "a table",
                "u16" => "a whole number from 0 to 65535",
                e if e.starts_with("struct ") => "a table",
                e => e,
            };
            return Problem::Value(format!("expected {expected}, found {found}"));
        }
    }
    if msg == "wanted string or table" {
        return Problem::Value(FOUND_MISSING.to_string());
    }
    Problem::Value(msg.to_string())
}

/// A message still to be completed with the value found in the text.
const FOUND_MISSING: &str = "expected a name in quotes";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_expected_found() {
        assert_eq!(
            rephrase("invalid type: string \"red\", expected struct StyleSpec"),
            Problem::Value("expected a table, found string \"red\"".into())
        );
        assert_eq!(
            rephrase("invalid type: string \"x\", expected u16"),
            Problem::Value("expected a whole number from 0 to 65535, found string \"x\"".into())
        );
        assert_eq!(
            rephrase("unknown variant `titel`, expected one of `date`, `title`, `source`"),
            Problem::Value(
                "expected one of `date`, `title`, `source`, found `titel`; did you mean `title`?"
                    .into()
            )
        );
        assert_eq!(
            rephrase("unknown field `fgg`, expected `fg` or `bg`"),
            Problem::UnknownKey {
                name: "fgg".into(),
                expected: vec!["fg".into(), "bg".into()]
            }
        );
    }

    #[test]
    fn short_form_drops_the_folder() {
        let err = ConfigError::Invalid {
            file: "/home/a/.config/byline/config.toml".into(),
            line: 3,
            column: 1,
            key: "thme".into(),
            message: "unknown key `thme`; did you mean `theme`?".into(),
        };
        assert_eq!(
            err.short(),
            "config.toml:3:1: unknown key `thme`; did you mean `theme`?"
        );
    }
}
