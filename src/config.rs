//! The resolved configuration: what the rest of byline reads.
//!
//! `config/default.toml` is embedded and is the single source of the defaults;
//! the user's file (see [`path`]) overrides the keys it sets. Errors name the
//! file, line, column and key path ([`ConfigError`]).

mod apply;
mod error;
mod feeds;
mod keys;
mod locate;
mod place;
mod raw;
mod types;

pub use error::ConfigError;
pub use locate::{Env, Located, Origin, expand_tilde, locate};
pub use types::{
    Align, Feed, LayoutConfig, ListColumn, ListHeight, ListWidth, QuotesConfig, ReaderConfig, Sort,
    SortKey, Split, WebConfig, Wrap,
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
    pub web: WebConfig,
    /// `[sync]` `full_text`: the default of every feed.
    pub full_text: bool,
    /// The `[[feeds]]` subscriptions, in the order written.
    pub feeds: Vec<Feed>,
    pub mouse: bool,
    /// Libraries of at least this many articles get a full-text index (0: never).
    pub index_from: usize,
    /// Program (and arguments) that opens links; empty: xdg-open / open.
    pub opener: Vec<String>,
}

static BUILTIN: LazyLock<Config> = LazyLock::new(|| {
    let mut config = Config::blank();
    // Tests load the embedded file without an error (`builtin_is_the_default_file`),
    // so a failure here is a build defect. Should one ship anyway, byline starts with
    // the blank configuration rather than panic: a plain screen without key bindings
    // is still a terminal that the user can leave with ctrl-c.
    if let Ok(raw) = raw::parse(DEFAULT_TOML, "<built-in default>") {
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        let _ = apply::apply(&mut config, raw, home.as_deref());
    }
    config
});

/// Every configuration type defaults to its part of the built-in file, so that no
/// default is written twice. (These impls live here, not beside the types, so that
/// `keymap` and `theme` need not import the config above them.)
macro_rules! default_from_builtin {
    ($($ty:ty => $field:ident),* $(,)?) => {$(
        impl Default for $ty {
            /// As set in `config/default.toml`.
            fn default() -> Self {
                BUILTIN.$field.clone()
            }
        }
    )*};
}

default_from_builtin! {
    Keymap => keys,
    Theme => theme,
    Sort => sort,
    LayoutConfig => layout,
    ReaderConfig => reader,
    QuotesConfig => quotes,
    WebConfig => web,
}

impl Default for Config {
    /// The built-in defaults, as [`Config::builtin`].
    fn default() -> Self {
        Self::builtin()
    }
}

impl Config {
    /// The built-in defaults: `config/default.toml`, parsed.
    pub fn builtin() -> Self {
        BUILTIN.clone()
    }

    /// The base the embedded file is applied to: no folders, no keys, no styles, the
    /// narrowest widths the file accepts. These are not defaults: the file sets every
    /// key (`tests/config_default_file.rs`), so none of them survives into
    /// [`Config::builtin`]. They must not call the `Default` impls above, which read
    /// [`BUILTIN`] and would wait for themselves.
    fn blank() -> Self {
        Self {
            articles_dirs: Vec::new(),
            extensions: Vec::new(),
            sort: Sort {
                key: SortKey::Date,
                descending: false,
            },
            theme: Theme::plain(),
            keys: Keymap::empty(),
            layout: LayoutConfig {
                list_width: ListWidth::Percent(10),
                list_height: ListHeight::Percent(10),
                split: Split::Horizontal,
                columns: Vec::new(),
                status_bar: false,
            },
            reader: ReaderConfig {
                max_width: 20,
                align: Align::Left,
                paragraph_spacing: 0,
                justify: false,
                hyphenate: false,
                wrap: Wrap::FirstFit,
                show_reading_time: false,
            },
            quotes: QuotesConfig {
                highlight: false,
                dim_other_text: false,
                styles: Vec::new(),
            },
            web: WebConfig {
                connect_timeout: std::time::Duration::ZERO,
                read_timeout: std::time::Duration::ZERO,
                max_size: 0,
            },
            full_text: false,
            feeds: Vec::new(),
            mouse: false,
            index_from: 0,
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
    fn builtin_is_the_default_file() {
        // The embedded file parses and applies without an error: the silent
        // fallback in `BUILTIN` is never taken.
        let raw = raw::parse(DEFAULT_TOML, "default.toml").unwrap();
        let mut config = Config::blank();
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        apply::apply(&mut config, raw, home.as_deref()).unwrap();
        assert_eq!(config, Config::builtin());
        assert_eq!(Config::default(), Config::builtin());
        assert_ne!(config, Config::blank());
    }

    #[test]
    fn every_config_type_defaults_to_the_builtin_file() {
        let b = Config::builtin();
        assert_eq!(Keymap::default(), b.keys);
        assert_eq!(Theme::default(), b.theme);
        assert_eq!(Sort::default(), b.sort);
        assert_eq!(LayoutConfig::default(), b.layout);
        assert_eq!(ReaderConfig::default(), b.reader);
        assert_eq!(QuotesConfig::default(), b.quotes);
        assert_eq!(WebConfig::default(), b.web);
    }
}
