//! The event loop: terminal events and background results in, `update`, draw.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::config::Config;
use crate::keymap::Key;
use crate::library::{Library, open};
use crate::loader::{Loaded, Loader};
use crate::state::{Effect, Settings, State, update};
use crate::terminal::{Signals, Tui};
use crate::ui::View;

/// How byline was started, for reloading.
pub struct Start {
    pub paths: Vec<PathBuf>,
    /// Reads the config again (for `R`); an error is shown, the old config kept.
    pub reload_config: Box<dyn Fn() -> Result<Config, String>>,
}

/// Settings the state takes from the config.
pub fn settings(config: &Config) -> Settings {
    Settings {
        reader: config.reader.clone(),
        quotes: config.quotes.clone(),
        sort: config.sort,
    }
}

/// Open the library for the start paths and config.
pub fn library(start: &Start, config: &Config) -> Library {
    open::open(&start.paths, &config.articles_dirs, &config.extensions)
}

struct App {
    config: Config,
    state: State,
    loader: Loader,
    inflight: HashSet<usize>,
    start: Start,
}

/// Run the reader until the user quits or a signal arrives.
///
/// # Errors
/// When the terminal cannot be drawn to or read from.
pub fn run(config: Config, start: Start) -> Result<()> {
    let signals = Signals::register();
    let lib = library(&start, &config);
    let state = State::new(lib, settings(&config));
    let mut app = App {
        config,
        state,
        loader: Loader::default(),
        inflight: HashSet::new(),
        start,
    };
    app.loader.read_heads(&app.state.library);
    let mut tui = Tui::enter(app.config.mouse);
    let result = app.run(&mut tui, &signals);
    drop(tui);
    result
}

impl App {
    fn resize(&mut self, width: u16, height: u16) {
        let view = View {
            state: &self.state,
            config: &self.config,
        };
        let areas = view.areas(ratatui::layout::Rect::new(0, 0, width, height));
        self.state.set_viewport(areas.viewport());
    }

    fn run(&mut self, tui: &mut Tui, signals: &Signals) -> Result<()> {
        let size = tui.terminal.size()?;
        self.resize(size.width, size.height);
        let mut dirty = true;
        loop {
            if signals.received() {
                return Ok(());
            }
            self.request_article();
            if dirty {
                tui.terminal.draw(|frame| {
                    let view = View {
                        state: &self.state,
                        config: &self.config,
                    };
                    frame.render_widget(&view, frame.area());
                })?;
                dirty = false;
            }
            while let Ok(msg) = self.loader.rx.try_recv() {
                self.loaded(msg);
                dirty = true;
            }
            if !event::poll(Duration::from_millis(40))? {
                continue;
            }
            dirty = true;
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if is_ctrl(key, 'c') {
                        return Ok(());
                    }
                    if is_ctrl(key, 'z') {
                        tui.suspend();
                        let size = tui.terminal.size()?;
                        self.resize(size.width, size.height);
                        continue;
                    }
                    if let Some(action) = self.config.keys.lookup(Key::from(key)) {
                        self.state.message = None;
                        match update(&mut self.state, action) {
                            Some(Effect::Quit) => return Ok(()),
                            Some(Effect::Reload) => self.reload(),
                            None => {}
                        }
                    }
                }
                Event::Resize(w, h) => self.resize(w, h),
                _ => {}
            }
        }
    }

    /// Start reading the article the reader wants, once.
    fn request_article(&mut self) {
        if let Some(i) = self.state.wanted()
            && self.inflight.insert(i)
            && let Some(e) = self.state.library.entries.get(i)
        {
            self.loader.read_article(i, e.source.clone(), e.format);
        }
    }

    fn loaded(&mut self, msg: Loaded) {
        match msg {
            Loaded::Heads { generation, batch } if generation == self.loader.generation => {
                self.state.heads_loaded(batch);
            }
            Loaded::Article {
                generation,
                index,
                result,
            } if generation == self.loader.generation => {
                self.inflight.remove(&index);
                self.state.article_loaded(index, result);
            }
            _ => {}
        }
    }

    /// `R`: the config and the articles again; a bad config keeps the old one.
    fn reload(&mut self) {
        match (self.start.reload_config)() {
            Ok(config) => {
                self.config = config;
                self.state.set_settings(settings(&self.config));
                let lib = library(&self.start, &self.config);
                self.inflight.clear();
                self.loader.read_heads(&lib);
                self.state.set_library(lib);
                if self.state.message.is_none() {
                    self.state.message = Some("Reloaded".into());
                }
            }
            Err(e) => self.state.message = Some(format!("config not reloaded: {e}")),
        }
    }
}

fn is_ctrl(key: KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}
