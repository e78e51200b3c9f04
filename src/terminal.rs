//! Entering and leaving the terminal UI: the terminal is restored on quit, on
//! error (the guard's `Drop`), on panic (ratatui's hook) and on signals (the app
//! loop polls [`Signals`] and returns normally).

use std::io::{Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// The terminal in TUI mode; dropping it restores the terminal.
pub struct Tui {
    pub terminal: DefaultTerminal,
    mouse: bool,
}

impl Tui {
    /// Raw mode, alternate screen, panic hook; mouse capture when asked.
    pub fn enter(mouse: bool) -> Self {
        let terminal = ratatui::init();
        if mouse {
            let _ = execute!(stdout(), EnableMouseCapture);
        }
        Self { terminal, mouse }
    }

    /// Stop like any terminal program on ctrl-z; SIGCONT resumes here, and the
    /// TUI comes back.
    pub fn suspend(&mut self) {
        self.run_outside(|| {
            #[cfg(unix)]
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
        });
    }

    /// Leave TUI mode while `f` runs (an editor, a suspend), then come back.
    pub fn run_outside<T>(&mut self, f: impl FnOnce() -> T) -> T {
        restore(self.mouse);
        let out = f();
        self.terminal = ratatui::init();
        if self.mouse {
            let _ = execute!(stdout(), EnableMouseCapture);
        }
        let _ = self.terminal.clear();
        out
    }
}

fn restore(mouse: bool) {
    if mouse {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    let _ = stdout().flush();
}

impl Drop for Tui {
    fn drop(&mut self) {
        restore(self.mouse);
    }
}

/// Set when SIGTERM, SIGHUP, SIGINT or SIGQUIT arrives.
#[derive(Clone, Default)]
pub struct Signals(Arc<AtomicBool>);

impl Signals {
    /// Register the handlers. Failing to register is not fatal: the keys still work.
    pub fn register() -> Self {
        let flag = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGQUIT,
        ] {
            let _ = signal_hook::flag::register(sig, Arc::clone(&flag));
        }
        Self(flag)
    }

    pub fn received(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
