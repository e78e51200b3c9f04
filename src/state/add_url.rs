//! `a`: save a web page from inside the app. The prompt asks for a URL; on
//! Enter the state asks the app to save it (`Effect::SaveUrl`), shows
//! "saving URL…" in the status bar while it runs, and when the saved file comes
//! back (`State::url_saved`) selects its article as soon as the folder's
//! watcher lists it (`State::select_landed`).

use std::path::{Path, PathBuf};

use super::{Effect, Focus, State};
use crate::parse::decode::clean_line;

/// Saves running and the article to select when it lands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saving {
    /// The URLs being saved, oldest first.
    pub running: Vec<String>,
    /// A saved file not in the list yet: selected when it shows up.
    pub landing: Option<PathBuf>,
    /// A feed sync runs (`sync_feeds`).
    pub syncing: bool,
}

impl State {
    /// Enter at the "save URL: " prompt: check the URL and ask for the save.
    pub(super) fn submit_url(&mut self, text: &str) -> Option<Effect> {
        let url = text.trim();
        if url.is_empty() {
            return None;
        }
        if let Err(e) = crate::web::check_url(url) {
            self.message = Some(clean_line(&e.to_string()));
            return None;
        }
        self.saving.running.push(url.to_string());
        Some(Effect::SaveUrl(url.to_string()))
    }

    /// The status bar's progress line while saves run.
    pub fn save_progress(&self) -> Option<String> {
        let Some(first) = self.saving.running.first() else {
            return self
                .saving
                .syncing
                .then(|| "sync: fetching feeds…".to_string());
        };
        let more = self.saving.running.len() - 1;
        let url = clean_line(first);
        Some(if more == 0 {
            format!("saving {url}…")
        } else {
            format!("saving {url}… (+{more})")
        })
    }

    /// A save finished: the file written, or why not (a message naming the URL).
    pub fn url_saved(&mut self, url: &str, result: Result<PathBuf, String>) {
        if let Some(i) = self.saving.running.iter().position(|u| u == url) {
            self.saving.running.remove(i);
        }
        match result {
            Ok(path) => {
                self.message = Some(format!("Saved {}", crate::library::shown(&path)));
                self.saving.landing = Some(path);
                self.select_landed();
            }
            Err(e) => self.message = Some(clean_line(&e)),
        }
    }

    /// Select the saved article if the list shows it now (after each rescan
    /// and each batch of heads).
    pub(crate) fn select_landed(&mut self) {
        let Some(path) = self.saving.landing.clone() else {
            return;
        };
        let Some(row) = self.list.order.iter().position(|&i| {
            self.library
                .entries
                .get(i)
                .is_some_and(|e| match &e.source {
                    // `path` is what the list shows; the file is read from here.
                    crate::library::Source::File(file) => same_file(file, &path),
                    crate::library::Source::Embedded(_) => same_file(&e.path, &path),
                })
        }) else {
            return;
        };
        self.saving.landing = None;
        self.list.chosen = true;
        self.focus = Focus::List;
        self.select_row(row);
    }
}

/// Whether two paths name one file (as written, or by the file system).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || (a.file_name() == b.file_name()
            && a.canonicalize()
                .ok()
                .is_some_and(|c| b.canonicalize().ok() == Some(c)))
}
