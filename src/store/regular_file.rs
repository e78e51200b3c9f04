//! Opening the state and cache files: regular files only. A FIFO, a socket or
//! a device in their place is refused, never opened in a way that could wait
//! (a FIFO's `open` blocks until the other end is opened).

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// The error for anything but a regular file at `path`.
fn not_regular(path: &Path) -> io::Error {
    let name = path
        .file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy();
    io::Error::other(format!("{name} is not a regular file"))
}

/// Open `path` with `options` if it is a regular file (or does not exist and
/// `options` create it). The open itself does not block (`O_NONBLOCK`), and
/// what was opened is checked again, so a FIFO put there meanwhile is refused
/// too.
///
/// # Errors
/// When the file cannot be opened, or is not a regular file.
pub fn open(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    match std::fs::metadata(path) {
        Ok(md) if !md.is_file() => return Err(not_regular(path)),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_regular(path));
    }
    Ok(file)
}

/// Open `path` for reading, a regular file only.
///
/// # Errors
/// As [`open`].
pub(crate) fn open_read(path: &Path) -> io::Result<File> {
    open(path, OpenOptions::new().read(true))
}

#[cfg(all(test, unix))]
mod tests {
    use std::time::{Duration, Instant};

    #[test]
    fn a_fifo_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("state.json");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let t = Instant::now();
        let err = super::open_read(&fifo).unwrap_err();
        assert_eq!(err.to_string(), "state.json is not a regular file");
        let err =
            super::open(&fifo, std::fs::OpenOptions::new().write(true).create(true)).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        assert!(t.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn a_regular_file_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.lock");
        let opts = &mut std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(false);
        super::open(&path, opts).unwrap();
        assert!(path.is_file());
        super::open_read(&path).unwrap();
    }
}
