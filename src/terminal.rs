//! Entering and leaving the terminal UI: the terminal is restored on quit, on
//! error (the guard's `Drop`), on panic (ratatui's hook) and on signals (the app
//! loop polls [`Signals`] and returns normally).

use std::io::{IsTerminal, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;

mod events;

pub use events::Events;

/// The terminal in TUI mode; dropping it restores the terminal.
pub(crate) struct Tui {
    pub terminal: DefaultTerminal,
    pub events: Events,
    mouse: bool,
}

impl Tui {
    /// Raw mode, alternate screen, panic hook; mouse capture when asked.
    ///
    /// # Errors
    /// When standard output is not a terminal or cannot be set up (the terminal
    /// is left as it was).
    pub fn enter(
        mouse: bool,
        input: impl Fn(std::io::Result<crossterm::event::Event>) -> bool + Send + 'static,
    ) -> std::io::Result<Self> {
        if !stdout().is_terminal() {
            return Err(std::io::Error::other(
                "standard output is not a terminal (to print an article, use `byline parse FILE`)",
            ));
        }
        let terminal = match ratatui::try_init() {
            Ok(t) => t,
            Err(e) => {
                ratatui::restore();
                return Err(e);
            }
        };
        if mouse {
            let _ = execute!(stdout(), EnableMouseCapture);
        }
        Ok(Self {
            terminal,
            events: Events::spawn(input),
            mouse,
        })
    }

    /// Stop like any terminal program on ctrl-z; SIGCONT resumes here, and the
    /// TUI comes back.
    pub(crate) fn suspend(&mut self) {
        self.run_outside(|| {
            // Our SIGTSTP handler only sets a flag; stop the way the default
            // handler would. SIGCONT resumes here.
            #[cfg(unix)]
            let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
        });
    }

    /// Leave TUI mode while `f` runs (an editor, a suspend), then come back.
    pub(crate) fn run_outside<T>(&mut self, f: impl FnOnce() -> T) -> T {
        self.events.pause();
        restore(self.mouse);
        let out = f();
        let _ = crossterm::terminal::enable_raw_mode();
        let _ = execute!(stdout(), crossterm::terminal::EnterAlternateScreen);
        if self.mouse {
            let _ = execute!(stdout(), EnableMouseCapture);
        }
        self.events.resume();
        let _ = self.terminal.clear();
        out
    }
}

fn restore(mouse: bool) {
    if mouse {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    // ratatui's restore leaves the cursor as it was: hidden while drawing.
    let _ = execute!(stdout(), crossterm::cursor::Show);
    let _ = stdout().flush();
}

impl Drop for Tui {
    fn drop(&mut self) {
        restore(self.mouse);
    }
}

/// Set when SIGTERM, SIGHUP, SIGINT or SIGQUIT arrives (`quit`), or SIGTSTP
/// from outside (`stop`: `kill -TSTP`; ctrl-z itself arrives as a key).
#[derive(Clone, Default)]
pub(crate) struct Signals {
    /// The number of the signal that asked to quit (0: none).
    quit: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Signals {
    /// Register the handlers. Failing to register is not fatal: the keys still work.
    pub(crate) fn register() -> Self {
        let flag = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        let _ = signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&stop));
        #[cfg(unix)]
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGQUIT,
        ] {
            let _ = signal_hook::flag::register_usize(
                sig,
                Arc::clone(&flag),
                usize::try_from(sig).unwrap_or(1),
            );
        }
        Self { quit: flag, stop }
    }

    /// A signal asked byline to quit.
    pub(crate) fn received(&self) -> bool {
        self.quit.load(Ordering::Relaxed) != 0
    }

    /// The signal that asked byline to quit, if one did.
    pub fn signal(&self) -> Option<i32> {
        match self.quit.load(Ordering::Relaxed) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    /// A SIGTSTP arrived: the terminal must be restored before stopping.
    pub(crate) fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::Relaxed)
    }
}
