//! `--debug-timings`: when each start-up phase finished, printed to stderr after
//! the terminal is restored, so that a slow phase can be found.

use std::fmt::Write;
use std::time::{Duration, Instant};

/// Phase marks since start-up (a no-op when not enabled).
#[derive(Debug, Clone)]
pub struct Timings {
    start: Instant,
    enabled: bool,
    /// Each phase, when it was done, and the CPU time of the thread that
    /// marked it by then (on a busy machine the wall time says little).
    marks: Vec<(String, Duration, Option<Duration>)>,
}

/// The CPU time the whole process has had, threads gone included (Linux:
/// user and system time in `/proc/self/stat`, in 10 ms ticks).
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command's name, which is in parentheses.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((user + system) * 10))
}

/// The CPU time the calling thread has had (Linux: `/proc/thread-self/schedstat`).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        stat.split_whitespace().next()?.parse().ok()?,
    ))
}

impl Timings {
    pub fn new(start: Instant, enabled: bool) -> Self {
        Self {
            start,
            enabled,
            marks: Vec::new(),
        }
    }

    /// Record that `phase` is done now (only the first time).
    pub fn mark(&mut self, phase: &str) {
        if self.enabled && !self.marks.iter().any(|(p, ..)| p == phase) {
            self.marks
                .push((phase.to_string(), self.start.elapsed(), thread_cpu()));
        }
    }

    /// [`Timings::mark`], with the CPU time of the whole process by then
    /// (every thread's: the heads are read on workers).
    pub fn mark_process(&mut self, phase: &str) {
        if self.enabled && !self.marks.iter().any(|(p, ..)| p.starts_with(phase)) {
            let cpu =
                process_cpu().map_or_else(String::new, |c| format!(" (process cpu {:.0})", ms(c)));
            self.mark(&format!("{phase}{cpu}"));
        }
    }

    /// Record a phase with its own duration (e.g. parsing one article).
    pub fn took(&mut self, phase: &str, took: Duration) {
        if self.enabled {
            self.marks.push((
                format!("{phase} ({:.1} ms)", ms(took)),
                self.start.elapsed(),
                thread_cpu(),
            ));
        }
    }

    /// The report: one line per phase, milliseconds since start, then the
    /// CPU milliseconds of the thread that marked it, where known.
    pub fn report(&self) -> Option<String> {
        if !self.enabled {
            return None;
        }
        let mut out = String::from("byline timings (ms since start, [cpu ms of the thread]):\n");
        for (phase, at, cpu) in &self.marks {
            let cpu = cpu.map_or_else(String::new, |c| format!("  [cpu {:.1}]", ms(c)));
            let _ = writeln!(out, "{:>9.1}  {phase}{cpu}", ms(*at));
        }
        Some(out)
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_once_and_reports_in_order() {
        let mut t = Timings::new(Instant::now(), true);
        t.mark("scan");
        t.mark("scan");
        t.took("parse", Duration::from_millis(3));
        let r = t.report().unwrap();
        assert_eq!(r.matches("scan").count(), 1);
        assert!(r.contains("parse (3.0 ms)"));
        assert!(r.find("scan") < r.find("parse"));
        assert!(Timings::new(Instant::now(), false).report().is_none());
        let mut t = Timings::new(Instant::now(), true);
        t.mark_process("heads");
        t.mark_process("heads");
        assert_eq!(t.report().unwrap().matches("heads").count(), 1);
    }
}
