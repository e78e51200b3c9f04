//! `--debug-timings`: when each start-up phase finished, printed to stderr after
//! the terminal is restored, so that a slow phase can be found.

use std::fmt::Write;
use std::time::{Duration, Instant};

/// Phase marks since start-up (a no-op when not enabled).
#[derive(Debug, Clone)]
pub struct Timings {
    start: Instant,
    enabled: bool,
    marks: Vec<(String, Duration)>,
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
        if self.enabled && !self.marks.iter().any(|(p, _)| p == phase) {
            self.marks.push((phase.to_string(), self.start.elapsed()));
        }
    }

    /// Record a phase with its own duration (e.g. parsing one article).
    pub fn took(&mut self, phase: &str, took: Duration) {
        if self.enabled {
            self.marks.push((
                format!("{phase} ({:.1} ms)", ms(took)),
                self.start.elapsed(),
            ));
        }
    }

    /// The report: one line per phase, milliseconds since start.
    pub fn report(&self) -> Option<String> {
        if !self.enabled {
            return None;
        }
        let mut out = String::from("byline timings (ms since start):\n");
        for (phase, at) in &self.marks {
            let _ = writeln!(out, "{:>9.1}  {phase}", ms(*at));
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
    }
}
