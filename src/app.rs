//! The event loop: terminal events and background results in, `update`, draw.

mod effects;
mod events;
mod heads;
mod loaded;
mod persist;
mod watch;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use std::io::Write as _;

use anyhow::Result;
use crossterm::event::Event;

use crate::config::Config;
use crate::library::{Library, open};
use crate::loader::{Loader, Msg};
use crate::state::{Settings, State};
use crate::terminal::{Signals, Tui};
use crate::timings::Timings;
use crate::ui::View;

/// How byline was started, for reloading.
pub struct Start {
    pub paths: Vec<PathBuf>,
    /// Reads the config again (for `R`); an error is shown, the old config kept.
    pub reload_config: Box<dyn Fn() -> Result<Config, String>>,
    /// Where reading state is kept (`None`: not kept).
    pub data_dir: Option<PathBuf>,
    /// Where heads are cached between runs (`None`: not cached).
    pub cache_dir: Option<PathBuf>,
    /// Start-up phases, for `--debug-timings`.
    pub timings: Timings,
}

/// Settings the state takes from the config.
pub fn settings(config: &Config) -> Settings {
    Settings {
        reader: config.reader.clone(),
        quotes: config.quotes.clone(),
        sort: config.sort,
        help_rows: crate::ui::help::rows(&config.keys).len(),
    }
}

/// What the library is opened on: the paths given, else `articles_dir`.
fn roots(start: &Start, config: &Config) -> Vec<PathBuf> {
    if start.paths.is_empty() {
        config.articles_dirs.clone()
    } else {
        start.paths.clone()
    }
}

/// Open the library for the start paths and config.
pub fn library(start: &Start, config: &Config) -> Library {
    open::open(&start.paths, &config.articles_dirs, &config.extensions)
}

/// How often the loop wakes when nothing happens (timers: read marks, saving).
const TICK: Duration = Duration::from_millis(40);

/// While heads are arriving, a frame for them alone is drawn at most this
/// often: every frame re-draws the list, and the head readers want the CPU.
/// Input is answered at once.
const LOADING_FRAME: Duration = Duration::from_millis(50);

/// From this many entries, heads-only frames come at most every
/// [`LOADING_FRAME_BIG`]: each merges the batches into the sorted list, a
/// pass over all of it (at 100,000 entries, 27 such passes took 280 ms of
/// the UI thread's CPU from the two head readers).
const BIG_LIBRARY: usize = 20_000;
const LOADING_FRAME_BIG: Duration = Duration::from_millis(150);

/// The folder watcher starts by then even if heads are still being read (a
/// slow disk), and the top article is read without waiting for the list.
const WATCH_LATEST: Duration = Duration::from_secs(2);

struct App {
    config: Config,
    state: State,
    loader: Loader,
    inflight: HashSet<usize>,
    start: Start,
    persist: persist::Persist,
    /// Started once every head is read (or after [`WATCH_LATEST`]): inotify
    /// would report each of the head reads as an event to filter out.
    watch: Option<watch::Watch>,
    /// When the loop started.
    began: Instant,
    /// Modification times of the folders opened, taken before the scan: a
    /// file added or removed before the watcher starts is caught then.
    folder_times: watch::Times,
    /// Leave the loop.
    quit: bool,
    /// Heads: how many are in, those held for the next frame, the cache.
    heads: heads::HeadBook,
    /// The reader's entry in the last frame: a new one repaints the pane whole.
    drawn_entry: Option<usize>,
    /// The article asked for while the list settled (see `App::settling`).
    deferred_load: Option<usize>,
    /// The list came from the heads cache: the folders are to be walked in
    /// the background once the first frame is drawn, or are being walked
    /// (see `App::scanned`).
    walk: heads::Walk,
}

/// Run the reader until the user quits or a signal arrives. Returns the
/// signal that ended it, if one did (the process then exits with 128 + N).
///
/// # Errors
/// When the terminal cannot be drawn to or read from.
pub fn run(config: Config, mut start: Start) -> Result<Option<i32>> {
    let signals = Signals::register();
    start.timings.mark("config");
    let roots = roots(&start, &config);
    let folder_times = watch::folder_times(&roots);
    let mut loader = Loader::default();
    let heads::Opened {
        cache,
        lib,
        cached,
        from_cache,
        sorted,
        coming,
        place,
    } = heads::open(&mut start, &config, roots, &mut loader);
    start
        .timings
        .mark(&format!("heads from the cache: {}", cached.len()));
    let (mut persist, told) = persist::Persist::open(start.data_dir.clone());
    start.timings.mark("reading state opened");
    let mut settings = settings(&config);
    settings.sort = persist.sort(config.sort);
    let mut state = State::new_sorted(lib, settings, sorted);
    state.coming(coming);
    start.timings.mark("list sorted");
    state.full_screen = persist.full_screen();
    state.message = told.or(state.message.take());
    state.remembered(persist.remembered(&state.library, &cached));
    start.timings.mark("marks remembered");
    let mut app = App {
        config,
        state,
        loader,
        inflight: HashSet::new(),
        start,
        persist,
        watch: None,
        began: Instant::now(),
        folder_times,
        quit: false,
        heads: heads::HeadBook::new(cache),
        drawn_entry: None,
        deferred_load: None,
        walk: if from_cache {
            heads::Walk::Due
        } else {
            heads::Walk::Idle
        },
    };
    match place {
        Some(place) => app.heads_prefetched(place),
        None => app.read_heads(),
    }
    let input = app.loader.input_sender();
    let mut tui = Tui::enter(app.config.mouse, input)?;
    let result = app.run(&mut tui, &signals);
    drop(tui);
    app.finish();
    if let Some(report) = app.start.timings.report() {
        // stderr may be a terminal that has gone away: never panic over it.
        let _ = std::io::Write::write_all(&mut std::io::stderr(), report.as_bytes());
    }
    result.map(|()| signals.signal())
}

impl App {
    fn resize(&mut self, width: u16, height: u16) {
        let areas = self
            .view()
            .areas(ratatui::layout::Rect::new(0, 0, width, height));
        self.state.set_viewport(areas.viewport());
    }

    fn view(&self) -> View<'_> {
        View {
            state: &self.state,
            config: &self.config,
        }
    }

    fn run(&mut self, tui: &mut Tui, signals: &Signals) -> Result<()> {
        let size = tui.terminal.size()?;
        self.resize(size.width, size.height);
        let mut dirty = true;
        // Input since the last frame: the next one is drawn at once.
        let mut urgent = true;
        let mut last_frame = Instant::now();
        while !self.quit && !signals.received() {
            if signals.take_stop() {
                tui.suspend();
                let size = tui.terminal.size()?;
                self.resize(size.width, size.height);
                (dirty, urgent) = (true, true);
            }
            self.load_deferred();
            for effect in self.state.take_effects() {
                self.effect(effect, tui)?;
            }
            let loading = !self.heads_complete();
            let hold = if loading && !urgent {
                let every = if self.state.library.entries.len() >= BIG_LIBRARY {
                    LOADING_FRAME_BIG
                } else {
                    LOADING_FRAME
                };
                every.saturating_sub(last_frame.elapsed())
            } else {
                Duration::ZERO
            };
            if dirty && hold.is_zero() {
                self.apply_heads();
                let entry = self.state.reader.entry;
                let repaint = std::mem::replace(&mut self.drawn_entry, entry) != entry;
                tui.terminal.draw(|frame| {
                    let view = self.view();
                    frame.render_widget(&view, frame.area());
                    if repaint {
                        crate::ui::repaint(view.areas(frame.area()).reader, frame.buffer_mut());
                    }
                })?;
                (dirty, urgent) = (false, false);
                last_frame = Instant::now();
                self.start.timings.mark("first frame");
                // The list opened from the cache's first chunk: drawn again
                // at once, whole.
                dirty |= self.rest_from_cache();
                if self.walk == heads::Walk::Due {
                    self.scan_in_background();
                }
            }
            if self.heads.take_cache_due() {
                let t = Instant::now();
                let (order, sorted) = self.state.cache_order();
                self.heads.cache.save(&self.state.library, order, sorted);
                self.start.timings.took("head cache encoded", t.elapsed());
            }
            self.index_when_due();
            if self.watch.is_none()
                && (self.heads_complete() || self.began.elapsed() > WATCH_LATEST)
            {
                let since = std::mem::take(&mut self.folder_times);
                self.watch = Some(watch::Watch::new(&self.start, &self.config, Some(since)));
            }
            if self.watch.as_mut().is_some_and(|w| w.due(Instant::now())) {
                self.rescan_in_background();
            }
            let now = Instant::now();
            let was = self.state.message.clone();
            self.state.tick(now);
            self.persist.note_sort(self.state.settings.sort);
            self.persist.note_full_screen(self.state.full_screen);
            if let Some(told) = self.persist.sync(now) {
                self.state.message = Some(told);
            }
            dirty |= was != self.state.message;
            // Keys and background results wake the loop alike; a frame held
            // back wakes it when it is due.
            let timeout = if dirty { hold } else { TICK };
            let Ok(first) = self.loader.rx.recv_timeout(timeout) else {
                continue;
            };
            dirty = true;
            urgent |= self.handle(first, tui)?;
        }
        Ok(())
    }

    /// One message and everything already waiting behind it (true if there
    /// was input among them). Head batches are held and given to the list
    /// together, before the next frame or key; a run of resizes (a window
    /// being dragged) is folded into its last (one layout).
    fn handle(&mut self, first: Msg, tui: &mut Tui) -> Result<bool> {
        let mut waiting = vec![first];
        while waiting.len() < 256
            && let Ok(next) = self.loader.rx.try_recv()
        {
            waiting.push(next);
        }
        let mut heads = Vec::new();
        let mut events: Vec<Event> = Vec::new();
        for msg in waiting {
            match msg {
                Msg::Heads { generation, batch } if generation == self.loader.generation => {
                    heads.extend(batch);
                }
                Msg::Input(ev) => match (events.last_mut(), ev?) {
                    (Some(last @ Event::Resize(..)), next @ Event::Resize(..)) => *last = next,
                    (_, next) => events.push(next),
                },
                other => self.loaded(other),
            }
        }
        if !heads.is_empty() {
            self.loaded(Msg::Heads {
                generation: self.loader.generation,
                batch: heads,
            });
        }
        if !events.is_empty() {
            // Keys act on the list as it is now.
            self.apply_heads();
        }
        for ev in &events {
            self.event(ev, tui)?;
        }
        Ok(!events.is_empty())
    }

    /// `R`: the config and the articles again; a bad config keeps the old one.
    fn reload(&mut self) {
        match (self.start.reload_config)() {
            Ok(config) => {
                self.config = config;
                self.heads.cache.set_roots(roots(&self.start, &self.config));
                let mut settings = settings(&self.config);
                settings.sort = self.persist.sort(self.config.sort);
                self.state.set_settings(settings);
                self.watch = Some(watch::Watch::new(&self.start, &self.config, None));
                self.rescan();
                if self.state.message.is_none() {
                    self.state.message = Some("Reloaded".into());
                }
            }
            Err(e) => self.state.message = Some(format!("config not reloaded: {e}")),
        }
    }

    /// After the terminal is restored: keep the reading position and marks.
    fn finish(&mut self) {
        self.state.remember_position();
        // Only the saves matter now: the terminal is gone.
        let changed = self.state.take_changed();
        self.persist.note(&self.state.library, &changed);
        self.persist.note_sort(self.state.settings.sort);
        self.persist.note_full_screen(self.state.full_screen);
        if let Err(e) = self.persist.finish() {
            let _ = writeln!(std::io::stderr(), "byline: {e}");
        }
    }
}
