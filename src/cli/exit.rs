//! byline's exit statuses: one table for `main`, the man page and the README.

/// Everything went well.
pub const SUCCESS: u8 = 0;
/// An error while running: an article that could not be read, the terminal, other I/O.
pub const FAILURE: u8 = 1;
/// A usage error (clap's own exit status too) or a config error.
pub const USAGE: u8 = 2;
/// Ended by a signal N (SIGINT, SIGTERM, SIGHUP, SIGQUIT): 128 + N, as shells do.
pub(crate) const SIGNAL_BASE: u8 = 128;

/// Each status as the man page lists it: the status and what it means.
pub(crate) const STATUSES: &[(&str, &str)] = &[
    ("0", "Success."),
    (
        "1",
        "An error while running: none of the paths given exists, an article could \
         not be read (byline parse), a page could not be saved (byline save), the terminal \
         or another I/O operation failed.",
    ),
    (
        "2",
        "A usage error (an unknown option, a missing argument) or a config error \
         (a file that cannot be read, bad TOML, an unknown key or value).",
    ),
    (
        "128+N",
        "Ended by signal N after restoring the terminal: 130 for SIGINT, 131 for \
         SIGQUIT, 143 for SIGTERM, 129 for SIGHUP.",
    ),
];

/// The exit status for a run ended by `signal`.
pub fn for_signal(signal: i32) -> u8 {
    u8::try_from(signal)
        .ok()
        .and_then(|n| SIGNAL_BASE.checked_add(n))
        .unwrap_or(FAILURE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_add_128() {
        assert_eq!(for_signal(15), 143);
        assert_eq!(for_signal(2), 130);
        assert_eq!(for_signal(200), FAILURE);
        assert_eq!(for_signal(-1), FAILURE);
    }

    #[test]
    fn the_table_names_each_status() {
        let names: Vec<&str> = STATUSES.iter().map(|(s, _)| *s).collect();
        assert_eq!(names, ["0", "1", "2", "128+N"]);
        assert_eq!((SUCCESS, FAILURE, USAGE), (0, 1, 2));
    }
}
