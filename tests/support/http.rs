//! A small HTTP/1.1 server on 127.0.0.1 (a free port) for the tests that fetch:
//! each request is answered by a closure from its path, on its own thread, and
//! recorded. The server stops when dropped. Included with `#[path]`.

// Each test crate that includes it uses some of the helpers.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One answer.
#[derive(Clone, Default)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Send no `Content-Length`: the body ends when the connection closes.
    pub no_length: bool,
    /// Wait this long after the headers, before the body.
    pub stall: Option<Duration>,
    /// Send the body a byte at a time, this long apart.
    pub drip: Option<Duration>,
}

impl Reply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            ..Self::default()
        }
    }

    pub fn html(body: &str) -> Self {
        Self::new(200, "text/html; charset=utf-8", body)
    }

    pub fn redirect(status: u16, location: &str) -> Self {
        Self {
            status,
            headers: vec![("Location".into(), location.into())],
            ..Self::default()
        }
    }
}

type Route = dyn Fn(&str) -> Reply + Send + Sync;

pub struct Server {
    pub port: u16,
    /// Each request's head (request line and headers), in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(route: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let route: Arc<Route> = Arc::new(route);
        let (seen, stopped) = (Arc::clone(&requests), Arc::clone(&stop));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (route, seen) = (Arc::clone(&route), Arc::clone(&seen));
                std::thread::spawn(move || answer(&stream, &*route, &seen));
            }
        });
        Self {
            port,
            requests,
            stop,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn answer(stream: &TcpStream, route: &Route, seen: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => head.push_str(&line),
        }
    }
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    seen.lock().expect("requests").push(head);
    let reply = route(&path);
    let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        let _ = write!(out, "{k}: {v}\r\n");
    }
    if !reply.no_length {
        let _ = write!(out, "Content-Length: {}\r\n", reply.body.len());
    }
    out.push_str("\r\n");
    let mut stream = stream;
    if stream.write_all(out.as_bytes()).is_err() {
        return;
    }
    let _ = stream.flush();
    if let Some(wait) = reply.stall {
        std::thread::sleep(wait);
    }
    let Some(gap) = reply.drip else {
        let _ = stream.write_all(&reply.body);
        let _ = stream.flush();
        return;
    };
    for byte in &reply.body {
        if stream
            .write_all(&[*byte])
            .and_then(|()| stream.flush())
            .is_err()
        {
            return;
        }
        std::thread::sleep(gap);
    }
}
