//! The files byline keeps and where each platform puts them, for the man page's FILES
//! section. The folders are described by the rules of the `directories` crate that
//! `config::locate`, `store` and `library::cache` use; the tests check the rules
//! against those functions, so the page cannot drift from the code.

/// The platform folder a file lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Folder {
    Config,
    Data,
    Cache,
}

impl Folder {
    /// On Linux (and other XDG systems): the variable, and the default under `$HOME`.
    pub fn xdg(self) -> (&'static str, &'static str) {
        match self {
            Folder::Config => ("XDG_CONFIG_HOME", ".config"),
            Folder::Data => ("XDG_DATA_HOME", ".local/share"),
            Folder::Cache => ("XDG_CACHE_HOME", ".cache"),
        }
    }

    /// On macOS: the folder under `$HOME`.
    pub(crate) fn macos(self) -> &'static str {
        match self {
            Folder::Config | Folder::Data => "Library/Application Support",
            Folder::Cache => "Library/Caches",
        }
    }

    /// The Linux rule as the man page states it.
    pub(crate) fn linux_text(self, file: &str) -> String {
        let (var, default) = self.xdg();
        format!("${var}/byline/{file} (default ~/{default}/byline/{file})")
    }

    /// The macOS rule as the man page states it.
    pub(crate) fn macos_text(self, file: &str) -> String {
        format!("~/{}/byline/{file}", self.macos())
    }
}

/// One file byline reads or writes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kept {
    pub folder: Folder,
    /// Its name in the folder (`*` stands for a hash).
    pub name: &'static str,
    pub what: &'static str,
}

/// Every file byline keeps, in the order the man page lists them.
pub(crate) const KEPT: &[Kept] = &[
    Kept {
        folder: Folder::Config,
        name: "config.toml",
        what: "The config file (TOML); a missing file means the defaults \
               (byline config default prints them). --config FILE or BYLINE_CONFIG \
               name another.",
    },
    Kept {
        folder: Folder::Data,
        name: "state.json",
        what: "Reading state: read marks, stars and positions, written atomically \
               and merged under state.lock. An unreadable file is kept aside as \
               state.json.corrupt-*.",
    },
    Kept {
        folder: Folder::Cache,
        name: "heads-*.bin",
        what: "Heads cache: titles, dates and sources of the files in one set of \
               folders, so that the list shows at once. Safe to delete.",
    },
    Kept {
        folder: Folder::Cache,
        name: "people-*.bin",
        what: "People index: the speakers, titles and sections of the quotations \
               of each file in one library, so that People opens without reading \
               every article. Safe to delete.",
    },
];

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// byline's folder on this machine, as the code that reads and writes it finds it.
    fn here(folder: Folder) -> Option<PathBuf> {
        match folder {
            Folder::Config => crate::config::Env::from_process()
                .platform_file
                .and_then(|file| file.parent().map(Path::to_path_buf)),
            Folder::Data => crate::store::default_dir(),
            Folder::Cache => crate::library::cache::default_dir(),
        }
    }

    /// The folder the XDG rule gives in this process's environment.
    #[cfg(all(unix, not(target_os = "macos")))]
    fn by_rule(folder: Folder) -> Option<PathBuf> {
        let (var, default) = folder.xdg();
        let base = std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(default)))?;
        Some(base.join("byline"))
    }

    #[cfg(target_os = "macos")]
    fn by_rule(folder: Folder) -> Option<PathBuf> {
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(folder.macos()).join("byline"))
    }

    #[cfg(unix)]
    #[test]
    fn the_rules_give_the_folders_the_code_uses() {
        for kept in KEPT {
            assert_eq!(here(kept.folder), by_rule(kept.folder), "{kept:?}");
        }
    }

    #[test]
    fn the_config_file_is_the_one_config_path_reads() {
        let platform = crate::config::Env::from_process().platform_file;
        let dir = here(Folder::Config);
        assert_eq!(platform, dir.map(|d| d.join(KEPT[0].name)));
    }

    #[test]
    fn texts_name_the_variable_and_the_default() {
        assert_eq!(
            Folder::Data.linux_text("state.json"),
            "$XDG_DATA_HOME/byline/state.json (default ~/.local/share/byline/state.json)"
        );
        assert_eq!(
            Folder::Cache.macos_text("heads-*.bin"),
            "~/Library/Caches/byline/heads-*.bin"
        );
    }
}
