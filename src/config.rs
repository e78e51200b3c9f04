//! The resolved configuration: what the rest of byline reads.
//!
//! `config/default.toml` is embedded and is the single source of the defaults;
//! the user's file (see [`path`]) overrides the keys it sets. Errors name the
//! file, line, column and key path ([`ConfigError`]).

mod apply;
mod error;
mod locate;
mod place;
mod raw;
mod types;

/// Kept here too for code written before it moved down to [`crate::suggest`].
pub use crate::suggest::suggest;
pub use error::ConfigError;
pub use locate::{Env, Located, Origin, expand_tilde, locate};
pub use types::{
    Align, LayoutConfig, ListColumn, ListWidth, QuotesConfig, ReaderConfig, Sort, SortKey, Split,
};

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use crate::keymap::Keymap;
use crate::theme::Theme;

/// The complete default configuration, every key commented.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// The whole configuration, resolved and validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Folders opened when byline is started without paths (`~` expanded).
    pub articles_dirs: Vec<PathBuf>,
    /// File extensions read as articles, lower case, without the dot.
    pub extensions: Vec<String>,
    pub sort: Sort,
    pub theme: Theme,
    pub keys: Keymap,
    pub layout: LayoutConfig,
    pub reader: ReaderConfig,
    pub quotes: QuotesConfig,
    pub mouse: bool,
    /// Program (and arguments) that opens links; empty: xdg-open / open.
    pub opener: Vec<String>,
}

impl Default for Config {
    /// The built-in defaults, as [`Config::builtin`].
    fn default() -> Self {
        Self::builtin()
    }
}

static BUILTIN: LazyLock<Config> = LazyLock::new(|| {
    let mut config = Config::fallback();
    // The embedded file is tested to load; should it not, the fallback stands.
    if let Ok(raw) = raw::parse(DEFAULT_TOML, "<built-in default>") {
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        let _ = apply::apply(&mut config, raw, home.as_deref());
    }
    config
});

impl Config {
    /// The built-in defaults: `config/default.toml`, parsed.
    pub fn builtin() -> Self {
        BUILTIN.clone()
    }

    /// The same defaults written in Rust, used only should the embedded file fail
    /// to load. A test keeps it equal to the file.
    fn fallback() -> Self {
        Self {
            articles_dirs: Vec::new(),
            extensions: vec!["txt".into(), "md".into(), "markdown".into(), "text".into()],
            sort: Sort::default(),
            theme: Theme::default(),
            keys: Keymap::default(),
            layout: LayoutConfig::default(),
            reader: ReaderConfig::default(),
            quotes: QuotesConfig::default(),
            mouse: true,
            opener: Vec::new(),
        }
    }

    /// The defaults with a config file's text applied on top. `name` is how the
    /// file is named in errors; `home` expands `~`; `no_color` strips colours.
    ///
    /// # Errors
    /// The first problem in the text, placed at its line and column.
    pub fn from_toml(
        text: &str,
        name: &str,
        home: Option<&Path>,
        no_color: bool,
    ) -> Result<Self, ConfigError> {
        let mut config = Self::builtin();
        let raw = raw::parse(text, name)?;
        apply::apply(&mut config, raw, home).map_err(|d| d.into_error(text, name))?;
        if no_color {
            config.theme = config.theme.without_colors();
        }
        Ok(config)
    }
}

/// A loaded configuration and the file it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    /// The file read, or `None` when only the defaults apply.
    pub path: Option<PathBuf>,
}

/// Load the configuration: `explicit` (`--config`), else `BYLINE_CONFIG`, else the
/// platform file. A missing platform file means defaults; a missing file named
/// by flag or environment is an error.
///
/// # Errors
/// The file cannot be read, or the first problem in it.
pub fn load(explicit: Option<&Path>) -> Result<Loaded, ConfigError> {
    load_with(explicit, &Env::from_process())
}

/// [`load`] with the environment given, for tests.
///
/// # Errors
/// As [`load`].
pub fn load_with(explicit: Option<&Path>, env: &Env) -> Result<Loaded, ConfigError> {
    let located = locate(explicit, env);
    let defaults = |path: Option<PathBuf>| {
        let mut config = Config::builtin();
        if env.no_color {
            config.theme = config.theme.without_colors();
        }
        Loaded { config, path }
    };
    let Some(path) = located.path else {
        return Ok(defaults(None));
    };
    let shown = env.display(&path);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound && located.origin == Origin::Platform =>
        {
            return Ok(defaults(None));
        }
        Err(e) => return Err(ConfigError::read(&shown, &e, located.origin)),
    };
    let config = Config::from_toml(&text, &shown, env.home.as_deref(), env.no_color)?;
    Ok(Loaded {
        config,
        path: Some(path),
    })
}

/// Where the configuration is read from (see [`load`]), whether or not it exists.
pub fn path(explicit: Option<&Path>) -> Option<PathBuf> {
    locate(explicit, &Env::from_process()).path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_is_the_default_file_and_the_rust_fallback() {
        let raw = raw::parse(DEFAULT_TOML, "default.toml").unwrap();
        let mut config = Config::fallback();
        apply::apply(&mut config, raw, None).unwrap();
        assert_eq!(config, Config::fallback());
        assert_eq!(Config::builtin(), Config::fallback());
        assert_eq!(Config::default(), Config::builtin());
    }
}
