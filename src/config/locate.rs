//! Where the config file is: `--config`, else `BYLINE_CONFIG`, else the platform
//! folder (`~/.config/byline/config.toml` on Linux, honouring `XDG_CONFIG_HOME`).

use std::path::{Path, PathBuf};

use directories::{BaseDirs, ProjectDirs};

/// The parts of the process environment the config depends on, gathered once so
/// that the logic stays pure and testable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    /// `BYLINE_CONFIG`, when set and not empty.
    pub byline_config: Option<PathBuf>,
    /// The platform's config file for byline.
    pub platform_file: Option<PathBuf>,
    /// The home folder, for `~`.
    pub home: Option<PathBuf>,
    /// `NO_COLOR` is set and not empty.
    pub no_color: bool,
}

impl Env {
    /// Read the real environment.
    pub(crate) fn from_process() -> Self {
        Self {
            byline_config: std::env::var_os("BYLINE_CONFIG")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            platform_file: ProjectDirs::from("", "", "byline")
                .map(|d| d.config_dir().join("config.toml")),
            home: BaseDirs::new().map(|d| d.home_dir().to_path_buf()),
            no_color: crate::theme::no_color_requested(std::env::var_os("NO_COLOR").as_deref()),
        }
    }

    /// A path as shown in messages: under the home folder it starts with `~`.
    pub fn display(&self, path: &Path) -> String {
        if let Some(home) = &self.home
            && let Ok(rest) = path.strip_prefix(home)
            && !home.as_os_str().is_empty()
        {
            return Path::new("~").join(rest).display().to_string();
        }
        path.display().to_string()
    }
}

/// Who named the config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--config FILE`.
    Flag,
    /// `BYLINE_CONFIG`.
    Env,
    /// The platform's config folder.
    Platform,
    /// No file at all (no platform folder is known).
    None,
}

impl Origin {
    /// How `byline config path` describes it.
    pub fn describe(self) -> &'static str {
        match self {
            Origin::Flag => "from --config",
            Origin::Env => "from BYLINE_CONFIG",
            Origin::Platform => "the platform default",
            Origin::None => "no config folder is known on this platform",
        }
    }
}

/// The file to read and who named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub path: Option<PathBuf>,
    pub origin: Origin,
}

/// Precedence: flag, then environment, then platform.
pub fn locate(explicit: Option<&Path>, env: &Env) -> Located {
    let (path, origin) = match (explicit, &env.byline_config, &env.platform_file) {
        (Some(p), _, _) => (Some(p.to_path_buf()), Origin::Flag),
        (None, Some(p), _) => (Some(p.clone()), Origin::Env),
        (None, None, Some(p)) => (Some(p.clone()), Origin::Platform),
        (None, None, None) => (None, Origin::None),
    };
    Located { path, origin }
}

/// `~` and `~/rest` become the home folder; other paths are kept.
pub fn expand_tilde(path: &str, home: Option<&Path>) -> PathBuf {
    match (home, path.strip_prefix('~')) {
        (Some(home), Some("")) => home.to_path_buf(),
        (Some(home), Some(rest)) if rest.starts_with(['/', std::path::MAIN_SEPARATOR]) => {
            home.join(rest.trim_start_matches(['/', std::path::MAIN_SEPARATOR]))
        }
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env {
            byline_config: Some("/env/byline.toml".into()),
            platform_file: Some("/home/a/.config/byline/config.toml".into()),
            home: Some("/home/a".into()),
            no_color: false,
        }
    }

    #[test]
    fn flag_beats_env_beats_platform() {
        let flag = locate(Some(Path::new("/flag.toml")), &env());
        assert_eq!(
            (flag.path.unwrap(), flag.origin),
            ("/flag.toml".into(), Origin::Flag)
        );
        let from_env = locate(None, &env());
        assert_eq!(from_env.origin, Origin::Env);
        let platform = locate(
            None,
            &Env {
                byline_config: None,
                ..env()
            },
        );
        assert_eq!(
            platform.path.unwrap(),
            PathBuf::from("/home/a/.config/byline/config.toml")
        );
        assert_eq!(locate(None, &Env::default()).origin, Origin::None);
    }

    #[test]
    fn tilde() {
        let home = Some(Path::new("/home/a"));
        assert_eq!(expand_tilde("~/news", home), PathBuf::from("/home/a/news"));
        assert_eq!(expand_tilde("~", home), PathBuf::from("/home/a"));
        assert_eq!(expand_tilde("~bob/x", home), PathBuf::from("~bob/x"));
        assert_eq!(expand_tilde("/srv/news", home), PathBuf::from("/srv/news"));
        assert_eq!(expand_tilde("~/news", None), PathBuf::from("~/news"));
    }

    #[test]
    fn display_shortens_home() {
        let e = env();
        assert_eq!(
            e.display(Path::new("/home/a/.config/byline/config.toml")),
            "~/.config/byline/config.toml"
        );
        assert_eq!(e.display(Path::new("/etc/x.toml")), "/etc/x.toml");
    }
}
