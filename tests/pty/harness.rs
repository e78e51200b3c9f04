//! Drive the real `byline` binary in a pseudo-terminal and read its screen.
//!
//! Every [`Term`] owns its pty, its child process and a temporary home folder, so
//! tests never share state or read the user's real config. Synchronisation is by
//! polling the parsed screen ([`Term::wait_for`]), never by fixed sleeps.

use std::io::{Read, Write};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

pub use super::screen::{Cell, cell, dump, find, row, size};

/// How long any wait lasts before the test fails: the machine is slow and busy.
pub const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// Keys that are not plain characters.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    Enter,
    Esc,
    Tab,
    Up,
    Down,
    Left,
    Right,
    CtrlC,
}

impl Key {
    pub fn bytes(self) -> &'static str {
        match self {
            Key::Enter => "\r",
            Key::Esc => "\x1b",
            Key::Tab => "\t",
            Key::Up => "\x1b[A",
            Key::Down => "\x1b[B",
            Key::Right => "\x1b[C",
            Key::Left => "\x1b[D",
            Key::CtrlC => "\x03",
        }
    }
}

/// Output seen so far: the parsed screen and every raw byte.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

/// What to start: arguments, size and extra environment (set `NO_COLOR` here).
pub struct Spawn {
    pub args: Vec<String>,
    pub cols: u16,
    pub rows: u16,
    pub env: Vec<(String, String)>,
}

impl Spawn {
    /// `byline ARGS...` in a 100x30 terminal.
    pub fn new<S: AsRef<str>>(args: &[S]) -> Self {
        Self {
            args: args.iter().map(|a| a.as_ref().to_string()).collect(),
            cols: 100,
            rows: 30,
            env: Vec::new(),
        }
    }

    pub fn size(mut self, cols: u16, rows: u16) -> Self {
        self.cols = cols;
        self.rows = rows;
        self
    }

    pub fn start(&self) -> Term {
        Term::start(self)
    }
}

/// A running `byline` in a pty.
pub struct Term {
    output: Arc<Mutex<Output>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Signalled when the reader thread has seen the end of the output.
    eof: Receiver<()>,
    status: Option<ExitStatus>,
    _home: TempDir,
}

impl Term {
    fn start(spec: &Spawn) -> Term {
        let home = tempfile::tempdir().expect("temp home");
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: spec.rows,
                cols: spec.cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_byline"));
        cmd.args(&spec.args);
        cmd.env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            cmd.env("PATH", path);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env("HOME", home.path());
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd.env("XDG_DATA_HOME", home.path().join("data"));
        cmd.env("XDG_CACHE_HOME", home.path().join("cache"));
        cmd.env("XDG_STATE_HOME", home.path().join("state"));
        for (k, v) in &spec.env {
            cmd.env(k, v);
        }
        cmd.cwd(home.path());
        let child = pair.slave.spawn_command(cmd).expect("spawn byline");
        // Our copy of the slave must go, or the reader never sees the end.
        drop(pair.slave);
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(nonzero(spec.rows), nonzero(spec.cols), 0),
            raw: Vec::new(),
        }));
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(pair.master.take_writer().expect("pty writer")));
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let (tx, eof) = mpsc::channel();
        let (out, answer) = (Arc::clone(&output), Arc::clone(&writer));
        thread::spawn(move || {
            pump(reader, &out, &answer);
            let _ = tx.send(());
        });
        Term {
            output,
            writer,
            child,
            master: pair.master,
            eof,
            status: None,
            _home: home,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Type text as if at the keyboard.
    pub fn send(&self, text: &str) {
        let mut w = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        w.write_all(text.as_bytes()).expect("write to the pty");
        w.flush().expect("flush the pty");
    }

    pub fn send_key(&self, key: Key) {
        self.send(key.bytes());
    }

    /// Resize the terminal, as a user dragging the window would (SIGWINCH).
    pub fn resize(&self, cols: u16, rows: u16) {
        self.lock().parser.set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// A copy of the screen as it is now.
    pub fn screen(&self) -> vt100::Screen {
        self.lock().parser.screen().clone()
    }

    /// Draw `bytes` on the emulated screen behind byline's back, as a terminal
    /// does when it draws a glyph wider than byline expected.
    pub fn glitch(&self, bytes: &[u8]) {
        self.lock().parser.process(bytes);
    }

    /// Every byte the program wrote so far.
    pub fn raw(&self) -> Vec<u8> {
        self.lock().raw.clone()
    }

    pub fn screen_text(&self) -> String {
        dump(&self.screen())
    }

    /// Row `i`'s text, trailing blanks kept.
    pub fn row(&self, i: u16) -> String {
        row(&self.screen(), i)
    }

    pub fn cell(&self, row: u16, col: u16) -> Cell {
        cell(&self.screen(), row, col)
    }

    /// Poll the screen until `ready` holds; fail with the screen after [`TIMEOUT`].
    pub fn wait_for(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) -> vt100::Screen {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; screen:\n{}",
                dump(&screen)
            );
            thread::sleep(POLL);
        }
    }

    /// Wait until `text` is somewhere on the screen.
    pub fn wait_text(&self, text: &str) -> vt100::Screen {
        self.wait_for(&format!("{text:?} on screen"), |s| {
            s.contents().contains(text)
        })
    }

    /// Wait until `text` is nowhere on the screen.
    pub fn wait_gone(&self, text: &str) -> vt100::Screen {
        self.wait_for(&format!("{text:?} to leave the screen"), |s| {
            !s.contents().contains(text)
        })
    }

    /// Wait for the program to exit and for its last output to be read.
    pub fn wait_exit(&mut self) -> ExitStatus {
        if let Some(status) = &self.status {
            return status.clone();
        }
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "byline did not exit; screen:\n{}",
                self.screen_text()
            );
            thread::sleep(POLL);
        };
        let left = TIMEOUT.saturating_sub(start.elapsed()).max(POLL);
        assert!(
            self.eof.recv_timeout(left).is_ok(),
            "the pty output did not end after exit; screen:\n{}",
            self.screen_text()
        );
        self.status = Some(status.clone());
        status
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    /// Send a signal by name ("TERM", "HUP") with the `kill` command.
    pub fn signal(&self, name: &str) {
        let ok = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .expect("run kill")
            .success();
        assert!(ok, "kill -{name} failed");
    }

    /// Press `q` and assert byline exits with success and restores the terminal.
    pub fn quit_cleanly(&mut self) {
        self.send("q");
        let status = self.wait_exit();
        assert!(
            status.success(),
            "exit status {status:?}\n{}",
            self.screen_text()
        );
        self.assert_restored();
    }

    /// Assert the program left the alternate screen and showed the cursor again,
    /// both in the parsed screen and in the raw escape sequences.
    pub fn assert_restored(&self) {
        let screen = self.screen();
        let raw = self.raw();
        let text = dump(&screen);
        assert!(
            !screen.alternate_screen(),
            "still on the alternate screen:\n{text}"
        );
        assert!(!screen.hide_cursor(), "cursor still hidden:\n{text}");
        let entered = rfind(&raw, b"\x1b[?1049h").expect("never entered the alternate screen");
        assert!(
            rfind(&raw, b"\x1b[?1049l").is_some_and(|left| left > entered),
            "no \\e[?1049l after the last \\e[?1049h"
        );
        if let Some(hidden) = rfind(&raw, b"\x1b[?25l") {
            assert!(
                rfind(&raw, b"\x1b[?25h").is_some_and(|shown| shown > hidden),
                "no \\e[?25h after the last \\e[?25l"
            );
        }
    }
}

impl Drop for Term {
    /// Never leave a process behind: SIGHUP, then SIGKILL if it lingers.
    fn drop(&mut self) {
        if self.status.is_some() || matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        let _ = self.child.kill();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            thread::sleep(POLL);
        }
        if let Some(pid) = self.child.process_id() {
            let _ = std::process::Command::new("kill")
                .arg("-KILL")
                .arg(pid.to_string())
                .status();
        }
        let _ = self.child.wait();
    }
}

/// Feed the pty's output into the parser until it ends; answer cursor-position
/// queries so a program that asks does not hang.
fn pump(
    mut reader: Box<dyn Read + Send>,
    output: &Mutex<Output>,
    answer: &Mutex<Box<dyn Write + Send>>,
) {
    let mut buf = [0u8; 8192];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        let Some(bytes) = buf.get(..n) else { return };
        let mut out = output.lock().unwrap_or_else(PoisonError::into_inner);
        out.parser.process(bytes);
        out.raw.extend_from_slice(bytes);
        if rfind(bytes, b"\x1b[6n").is_some() {
            let (row, col) = out.parser.screen().cursor_position();
            let reply = format!("\x1b[{};{}R", row + 1, col + 1);
            let mut w = answer.lock().unwrap_or_else(PoisonError::into_inner);
            let _ = w.write_all(reply.as_bytes());
            let _ = w.flush();
        }
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal size above zero")
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
