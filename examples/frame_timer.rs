//! Time what a user sees: start a program in a pseudo-terminal, feed its output
//! to a terminal emulator (vt100) and stamp the moment the screen first shows
//! something. Used by `scripts/measure.sh`.
//!
//! ```text
//! frame_timer [--cols 120] [--rows 40] [--timeout-ms 30000] STEP... -- CMD [ARGS...]
//! frame_timer --top-title DIR
//! ```
//!
//! Steps run in order; each `wait` prints `LABEL<TAB>MS`, the milliseconds since
//! the program was started (first wait) or since the last `key:` was sent:
//!
//! - `wait:TEXT`: until TEXT is on the screen.
//! - `wait-section-end`: until byline's status bar shows `section N/N` (the last section).
//! - `exit`: until the program exits and all its output has been read.
//! - `key:BYTES`: type BYTES (`\r`, `\e`, `\xNN` and `\\` are understood).
//! - `sleep:MS`: wait.
//! - `rss`: print `rss_kb<TAB>N`, the program's peak resident memory (`VmHWM`).
//! - `quit:BYTES`: type BYTES, wait for the exit and print the lines of byline's
//!   `--debug-timings` report as `report<TAB>LINE`.
//!
//! Resolution: output is stamped when the pty read returns (microseconds); what
//! is measured includes the program's start and the terminal emulator's work.
//! `--top-title DIR` prints the start of the title byline shows first in the list
//! once every head is read (the same scan, head reading and sort as byline).

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

enum Step {
    Wait(String),
    WaitSectionEnd,
    Exit,
    Key(Vec<u8>),
    Sleep(u64),
    Rss,
    Quit(Vec<u8>),
}

struct Opts {
    cols: NonZeroU16,
    rows: NonZeroU16,
    timeout: Duration,
    steps: Vec<Step>,
    command: Vec<String>,
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, dir] = args.as_slice()
        && flag == "--top-title"
    {
        println!("{}", top_title(&PathBuf::from(dir)));
        return Ok(());
    }
    let opts = parse_args(&args)?;
    run(&opts)
}

fn parse_args(args: &[String]) -> Result<Opts> {
    let mut opts = Opts {
        cols: NonZeroU16::new(120).context("zero")?,
        rows: NonZeroU16::new(40).context("zero")?,
        timeout: Duration::from_secs(30),
        steps: Vec::new(),
        command: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().context("a value is missing");
        match a.as_str() {
            "--" => {
                opts.command = it.cloned().collect();
                break;
            }
            "--cols" => opts.cols = value()?.parse()?,
            "--rows" => opts.rows = value()?.parse()?,
            "--timeout-ms" => opts.timeout = Duration::from_millis(value()?.parse()?),
            "exit" => opts.steps.push(Step::Exit),
            "rss" => opts.steps.push(Step::Rss),
            "wait-section-end" => opts.steps.push(Step::WaitSectionEnd),
            s => opts.steps.push(step(s)?),
        }
    }
    if opts.command.is_empty() {
        bail!("no command after --");
    }
    Ok(opts)
}

fn step(s: &str) -> Result<Step> {
    let (kind, arg) = s
        .split_once(':')
        .ok_or_else(|| anyhow!("unknown step {s:?}"))?;
    Ok(match kind {
        "wait" => Step::Wait(arg.to_string()),
        "key" => Step::Key(unescape(arg)),
        "quit" => Step::Quit(unescape(arg)),
        "sleep" => Step::Sleep(arg.parse()?),
        _ => bail!("unknown step {s:?}"),
    })
}

/// `\r`, `\e`, `\xNN`, `\\`: the bytes a key sends.
fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match bytes.next() {
            Some(b'r') => out.push(b'\r'),
            Some(b'e') => out.push(0x1b),
            Some(b'x') => {
                let hex: Vec<u8> = bytes.by_ref().take(2).collect();
                let n = std::str::from_utf8(&hex)
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                out.extend(n);
            }
            Some(other) => out.push(other),
            None => out.push(b'\\'),
        }
    }
    out
}

/// The running program, its output as a screen, and when that output came.
struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    _master: Box<dyn MasterPty + Send>,
    chunks: Receiver<(Instant, Vec<u8>)>,
    parser: vt100::Parser,
    timeout: Duration,
}

impl Session {
    fn start(opts: &Opts, home: &std::path::Path) -> Result<(Self, Instant)> {
        let pair = native_pty_system().openpty(PtySize {
            rows: opts.rows.get(),
            cols: opts.cols.get(),
            pixel_width: 0,
            pixel_height: 0,
        })?;
        let (program, args) = opts.command.split_first().context("no command")?;
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env("HOME", home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("LESSHISTFILE", "-");
        cmd.cwd(std::env::current_dir()?);
        let mut reader = pair.master.try_clone_reader()?;
        let writer = pair.master.take_writer()?;
        let (tx, chunks) = mpsc::channel();
        thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            while let Ok(n) = reader.read(&mut buf) {
                let Some(bytes) = buf.get(..n).filter(|b| !b.is_empty()) else {
                    break;
                };
                if tx.send((Instant::now(), bytes.to_vec())).is_err() {
                    return;
                }
            }
            // The end of the output (the program exited): an empty chunk.
            let _ = tx.send((Instant::now(), Vec::new()));
        });
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd)?;
        drop(pair.slave);
        let session = Self {
            child,
            writer,
            _master: pair.master,
            chunks,
            parser: vt100::Parser::new(opts.rows, opts.cols, 0),
            timeout: opts.timeout,
        };
        Ok((session, started))
    }

    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        Ok(())
    }

    /// Read output until `done` holds for the screen; the time of the chunk that made it so.
    fn until(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) -> Result<Instant> {
        if done(self.parser.screen()) {
            return Ok(Instant::now());
        }
        let deadline = Instant::now() + self.timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.chunks.recv_timeout(left) {
                Ok((_, bytes)) if bytes.is_empty() => {
                    bail!("the program ended before {what}; screen:\n{}", self.text());
                }
                Ok((at, bytes)) => {
                    self.parser.process(&bytes);
                    self.answer_queries(&bytes)?;
                    if done(self.parser.screen()) {
                        return Ok(at);
                    }
                }
                Err(RecvTimeoutError::Disconnected) => bail!("the output reader stopped"),
                Err(RecvTimeoutError::Timeout) => {
                    bail!("timed out waiting for {what}; screen:\n{}", self.text());
                }
            }
        }
    }

    /// Programs that ask where the cursor is get an answer, or they hang.
    fn answer_queries(&mut self, bytes: &[u8]) -> Result<()> {
        if bytes.windows(4).any(|w| w == b"\x1b[6n") {
            let (row, col) = self.parser.screen().cursor_position();
            self.send(format!("\x1b[{};{}R", row + 1, col + 1).as_bytes())?;
        }
        Ok(())
    }

    /// Read everything until the program exits; the time the output ended.
    fn until_exit(&mut self) -> Result<Instant> {
        let deadline = Instant::now() + self.timeout;
        let mut end = None;
        while end.is_none() {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.chunks.recv_timeout(left) {
                Ok((at, bytes)) if bytes.is_empty() => end = Some(at),
                Ok((_, bytes)) => self.parser.process(&bytes),
                Err(RecvTimeoutError::Disconnected) => bail!("the output ended twice"),
                Err(RecvTimeoutError::Timeout) => bail!("timed out waiting for the exit"),
            }
        }
        while self.child.try_wait()?.is_none() {
            if Instant::now() > deadline {
                bail!("timed out waiting for the exit");
            }
            thread::sleep(Duration::from_millis(1));
        }
        end.context("no end")
    }

    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    fn peak_rss_kb(&self) -> Result<u64> {
        let pid = self.child.process_id().context("no pid")?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .context("no VmHWM")
    }
}

impl Drop for Session {
    /// Never leave the program behind.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// `section N/N` in the status bar: the reader is at the last section.
fn at_last_section(screen: &vt100::Screen) -> bool {
    let text = screen.contents();
    text.match_indices("section ").any(|(i, m)| {
        let rest = text.get(i + m.len()..).unwrap_or_default();
        let (a, b) = rest.split_once('/').unwrap_or_default();
        let b: String = b.chars().take_while(char::is_ascii_digit).collect();
        !a.is_empty() && a.chars().all(|c| c.is_ascii_digit()) && a == b
    })
}

fn ms(from: Instant, to: Instant) -> f64 {
    to.saturating_duration_since(from).as_secs_f64() * 1000.0
}

fn run(opts: &Opts) -> Result<()> {
    let home = std::env::temp_dir().join(format!("frame_timer-{}", std::process::id()));
    std::fs::create_dir_all(&home)?;
    let result = steps(opts, &home);
    let _ = std::fs::remove_dir_all(&home);
    result
}

fn steps(opts: &Opts, home: &std::path::Path) -> Result<()> {
    let (mut s, mut since) = Session::start(opts, home)?;
    for step in &opts.steps {
        match step {
            Step::Wait(text) => {
                let at = s.until(&format!("{text:?}"), |scr| scr.contents().contains(text))?;
                println!("wait:{text}\t{:.2}", ms(since, at));
            }
            Step::WaitSectionEnd => {
                let at = s.until("the last section", at_last_section)?;
                println!("wait-section-end\t{:.2}", ms(since, at));
            }
            Step::Exit => {
                let at = s.until_exit()?;
                println!("exit\t{:.2}", ms(since, at));
            }
            Step::Key(bytes) => {
                since = Instant::now();
                s.send(bytes)?;
            }
            Step::Sleep(n) => thread::sleep(Duration::from_millis(*n)),
            Step::Rss => println!("rss_kb\t{}", s.peak_rss_kb()?),
            Step::Quit(bytes) => {
                s.send(bytes)?;
                s.until_exit()?;
                for line in s.text().lines().filter(|l| l.contains("  ")) {
                    println!("report\t{}", line.trim());
                }
            }
        }
    }
    Ok(())
}

/// The start of the title at the top of byline's list once every head is
/// read, as far as the list row shows it.
fn top_title(dir: &std::path::Path) -> String {
    use byline::library::{load, scan, sort};
    let config = byline::config::Config::builtin();
    let mut lib = scan::scan(&[dir.to_path_buf()], &config.extensions);
    for e in &mut lib.entries {
        e.meta = load::head(&e.source, e.format).ok().map(|h| h.meta);
    }
    let order = sort::order(&lib.entries, config.sort);
    let title = order
        .first()
        .and_then(|&i| lib.entries.get(i))
        .map(byline::library::Entry::title)
        .unwrap_or_default();
    // As much as the list's title column shows at 120 columns (17
    // characters before the ellipsis): more would only match once the reader
    // pane shows the article, which is not the list's first frame.
    title.chars().take(14).collect()
}
