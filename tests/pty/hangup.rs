//! byline in a pseudo-terminal that the test closes (a hangup). The harness's
//! [`super::harness::Term`] keeps its side of the terminal open to the end, so
//! these tests hold the raw pty instead: they read until a text is drawn, drop
//! their side, and see byline go.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running byline and the test's side of its terminal.
pub struct Hangup {
    pub child: Box<dyn Child + Send + Sync>,
    pub master: Box<dyn MasterPty + Send>,
}

/// `byline DIR` in a 100x30 pty, in an empty environment but for the terminal
/// type and the folders: `home` (HOME, config, cache and state under it, the
/// working folder) and `data` (`XDG_DATA_HOME`).
pub fn spawn(dir: &Path, home: &Path, data: &Path) -> Hangup {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_byline"));
    cmd.arg(dir);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", home);
    cmd.env("XDG_CONFIG_HOME", home.join("config"));
    cmd.env("XDG_CACHE_HOME", home.join("cache"));
    cmd.env("XDG_STATE_HOME", home.join("state"));
    cmd.env("XDG_DATA_HOME", data);
    cmd.cwd(home);
    let child = pair.slave.spawn_command(cmd).expect("spawn");
    // Our copy of the slave side must go, or closing the master hangs up nothing.
    drop(pair.slave);
    Hangup {
        child,
        master: pair.master,
    }
}

/// Read until `text` has been drawn (or the output ends); the reader comes back
/// to be read on or dropped.
pub fn read_until(mut reader: Box<dyn Read + Send>, text: &'static str) -> Box<dyn Read + Send> {
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&seen).contains(text) {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(buf.get(..n).unwrap_or_default()),
            }
        }
        reader
    })
    .join()
    .expect("reader thread")
}

/// Assert that byline exits by itself within `limit` of now (its terminal just
/// closed); killed, so that it does not outlive the test, if not.
pub fn assert_exits_within(child: &mut Box<dyn Child + Send + Sync>, limit: Duration) {
    let closed = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll") {
            break Some(status);
        }
        if closed.elapsed() > limit {
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    assert!(
        status.is_some(),
        "byline kept running after its terminal closed"
    );
}
