//! What the state asks the outside world for (`Effect`s): quit, reload,
//! search all, open a link, edit a file, read or lay out an article, save.

use std::process::{Command, Stdio};

use anyhow::Result;

use super::{App, WATCH_LATEST};
use crate::library::Source;
use crate::state::Effect;
use crate::terminal::Tui;

/// The program that opens links when the config names none.
fn default_opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// Split a command line like `code -w` into program and arguments.
fn command_words(s: &str) -> Option<(String, Vec<String>)> {
    let mut words = s.split_whitespace().map(str::to_string);
    Some((words.next()?, words.collect()))
}

impl App {
    pub(super) fn effect(&mut self, effect: Effect, tui: &mut Tui) -> Result<()> {
        match effect {
            Effect::Quit => self.quit = true,
            Effect::Reload => self.reload(),
            Effect::SearchAll { query, id } => {
                self.loader.search_all(&self.state.library, &query, id);
            }
            Effect::OpenUrl(url) => self.open_url(&url),
            Effect::Edit(i) => self.edit(i, tui)?,
            Effect::SaveUrl(url) => self.save_url(url),
            Effect::SyncFeeds => self.sync_feeds(),
            Effect::Load(i) => self.load_article(i),
            Effect::Save(i) => self.persist.note(&self.state.library, &[i]),
            // A huge article laid out off this thread (the reader may have
            // moved on since it asked).
            Effect::Layout {
                entry,
                article,
                opts,
            } if self.state.reader.entry == Some(entry) => {
                self.loader.build_doc(entry, article, opts);
            }
            Effect::Layout { .. } => {}
            Effect::GatherPeople { generation } => self.loader.gather_people(
                &self.state.library,
                self.start.cache_dir.clone(),
                generation,
            ),
        }
        Ok(())
    }

    /// Open a link: the opener runs without a shell and gets the URL as one
    /// argument, so nothing in an article can run a command. Only web links
    /// without control characters are opened (the parser keeps no others).
    fn open_url(&mut self, url: &str) {
        if !(url.starts_with("http://") || url.starts_with("https://"))
            || !crate::parse::decode::is_clean(url)
        {
            self.state.message = Some(format!("Not opened (not a web link): {url}"));
            return;
        }
        let (program, args) = match self.config.opener.split_first() {
            Some((p, rest)) => (p.clone(), rest.to_vec()),
            None => (default_opener().to_string(), Vec::new()),
        };
        let child = Command::new(&program)
            .args(args)
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        self.state.message = Some(match child {
            Ok(mut c) => {
                // Reap it when it exits, without waiting here.
                std::thread::spawn(move || c.wait());
                format!("Opened {url}")
            }
            Err(e) => format!("Could not run {program}: {e}"),
        });
    }

    /// `a`: save a web page on a thread of its own; the outcome comes back as
    /// `Msg::Saved`, and the watcher lists the new file. It goes into the first
    /// folder shown (so the list sees it), else the first `articles_dir`.
    fn save_url(&mut self, url: String) {
        let dir = super::roots(&self.start, &self.config)
            .into_iter()
            .find(|d| d.is_dir())
            .or_else(|| self.config.articles_dirs.first().cloned());
        let Some(dir) = dir else {
            self.state.url_saved(
                &url,
                Err(format!(
                    "{url}: not saved: no folder to save into (set articles_dir in the config)"
                )),
            );
            return;
        };
        let web = self.config.web.clone();
        let tx = self.loader.tx.clone();
        std::thread::spawn(move || {
            let client = crate::web::Client::new(&web);
            let result = crate::save::save(&client, &url, &dir).map_err(|e| e.to_string());
            let _ = tx.send(crate::loader::Msg::Saved { url, result });
        });
    }

    /// `sync_feeds`: `byline sync` on a thread of its own, with the index in
    /// the data folder; the outcome comes back as `Msg::Synced`, the new files
    /// through the watcher.
    fn sync_feeds(&mut self) {
        let tx = self.loader.tx.clone();
        let Some(data) = self.start.data_dir.clone() else {
            let failures = vec!["no data folder for the sync index".to_string()];
            self.state.feeds_synced(&crate::state::SyncOutcome {
                failures,
                ..Default::default()
            });
            return;
        };
        let config = self.config.clone();
        std::thread::spawn(move || {
            let synced = crate::feeds::sync::sync_all(&config, &[], &data, |_| {}, |_| {});
            let (new, updated) = synced.counts();
            let outcome = crate::state::SyncOutcome {
                new,
                updated,
                feeds: synced.reports.len(),
                failures: synced.failures(),
            };
            let _ = tx.send(crate::loader::Msg::Synced(outcome));
        });
    }

    /// `e`: the article in $EDITOR (or $PAGER, or less); the TUI comes back after.
    fn edit(&mut self, index: usize, tui: &mut Tui) -> Result<()> {
        let Some(entry) = self.state.library.entries.get(index) else {
            return Ok(());
        };
        let Source::File(path) = &entry.source else {
            self.state.message = Some("The samples are built in: there is no file to open".into());
            return Ok(());
        };
        let path = path.clone();
        let cmd = ["VISUAL", "EDITOR", "PAGER"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
            .unwrap_or_else(|| "less".into());
        let Some((program, args)) = command_words(&cmd) else {
            return Ok(());
        };
        let status = tui.run_outside(|| Command::new(&program).args(&args).arg(&path).status());
        let size = tui.terminal.size()?;
        self.resize(size.width, size.height);
        match status {
            Ok(s) if s.success() => {
                // The file may have changed: read it again.
                if let Some(e) = self.state.library.entries.get_mut(index) {
                    e.article = None;
                }
                self.inflight.remove(&index);
                self.state.reload_article(index);
            }
            Ok(s) => self.state.message = Some(format!("{program} exited with {s}")),
            Err(e) => self.state.message = Some(format!("Could not run {program}: {e}")),
        }
        Ok(())
    }

    /// While heads still re-sort the list, the top article is not read until
    /// the user picks one or the list is complete (it would only be replaced).
    fn settling(&self) -> bool {
        !self.heads_complete() && !self.state.list.chosen && self.began.elapsed() < WATCH_LATEST
    }

    /// `Effect::Load`: start reading an article, once (held back while the
    /// list settles).
    fn load_article(&mut self, i: usize) {
        if self.settling() {
            self.deferred_load = Some(i);
            return;
        }
        if self.inflight.insert(i)
            && let Some(e) = self.state.library.entries.get(i)
        {
            let opts = self.state.build_options();
            self.loader
                .read_article(i, e.source.clone(), e.format, opts);
        }
    }

    /// The article held back while the list settled, if the reader still
    /// wants it.
    pub(super) fn load_deferred(&mut self) {
        if !self.settling()
            && let Some(i) = self.deferred_load.take()
            && self.state.wanted() == Some(i)
        {
            self.load_article(i);
        }
    }
}
