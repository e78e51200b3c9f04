//! Reading and writing `state.json`: atomic, locked with a time limit, only
//! regular files, and never destroying a file it cannot parse.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use thiserror::Error;

use super::{Store, regular_file};

const FILE: &str = "state.json";
const LOCK: &str = "state.lock";

/// How long a save waits for another byline to let go of the lock.
pub const LOCK_WAIT: Duration = Duration::from_secs(1);
/// How often the lock is tried meanwhile.
const LOCK_RETRY: Duration = Duration::from_millis(20);
/// What a save that could not get the lock says.
pub const LOCKED: &str = "locked by another byline";
/// A state file bigger than this is not one byline wrote: set aside.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be parsed; it was renamed to `set_aside`.
    #[error("reading state in {path} was unreadable ({reason}); kept as {set_aside}")]
    Corrupt {
        path: String,
        reason: String,
        set_aside: String,
    },
    #[error("reading state in {path} could not be read: {reason}")]
    Io { path: String, reason: String },
}

#[derive(Debug, Error)]
#[error("state not saved: {0}")]
pub struct SaveError(pub String);

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Milliseconds since the epoch, for `Record::updated` and `Stamps`.
pub fn timestamp() -> u64 {
    now_ms()
}

fn reason(e: &std::io::Error) -> String {
    crate::io_error::reason(e)
}

/// Take the lock file of `dir`, trying again until `wait` has passed (another
/// byline holds it while it writes). Let go when the file is dropped.
fn lock(dir: &Path, wait: Duration) -> Result<File, SaveError> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    let lock =
        regular_file::open(&dir.join(LOCK), &mut options).map_err(|e| SaveError(reason(&e)))?;
    let until = Instant::now() + wait;
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(lock),
            Err(fs::TryLockError::WouldBlock) if Instant::now() < until => {
                std::thread::sleep(LOCK_RETRY);
            }
            Err(fs::TryLockError::WouldBlock) => return Err(SaveError(LOCKED.into())),
            Err(fs::TryLockError::Error(e)) => return Err(SaveError(reason(&e))),
        }
    }
}

/// The bytes of a regular file, at most [`MAX_BYTES`] and one.
fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    regular_file::open_read(path)?
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

impl Store {
    /// Read the store in `dir`. A missing file is an empty store; a file that
    /// cannot be parsed (not JSON, not UTF-8, too big, not a store) is renamed
    /// aside (`state.json.corrupt-<ms>`) and an empty store returned with the
    /// error, so the caller can say so. Anything but a regular file is not
    /// opened. Records of the first format are migrated.
    pub fn load(dir: &Path) -> (Store, Option<LoadError>) {
        let path = dir.join(FILE);
        let bytes = match read_regular(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Store::default(), None),
            Err(e) => {
                return (
                    Store::default(),
                    Some(LoadError::Io {
                        path: path.display().to_string(),
                        reason: reason(&e),
                    }),
                );
            }
        };
        let parsed = if bytes.len() as u64 > MAX_BYTES {
            Err("larger than 256 MB".to_string())
        } else {
            serde_json::from_slice::<Store>(&bytes).map_err(|e| e.to_string())
        };
        match parsed {
            Ok(mut store) => {
                store.migrate();
                (store, None)
            }
            Err(why) => {
                let aside = set_aside(&path);
                (
                    Store::default(),
                    Some(LoadError::Corrupt {
                        path: path.display().to_string(),
                        reason: why,
                        set_aside: aside.display().to_string(),
                    }),
                )
            }
        }
    }

    /// [`Store::save_within`] waiting [`LOCK_WAIT`] for the lock.
    ///
    /// # Errors
    /// As [`Store::save_within`].
    #[cfg(test)]
    pub fn save(&mut self, dir: &Path) -> Result<(), SaveError> {
        self.save_within(dir, LOCK_WAIT)
    }

    /// Write the store to `dir`, merged with what another process may have
    /// written since: lock (waiting at most `wait`), read, merge (field by
    /// field, the later change wins), write a temporary file, fsync, rename
    /// over the old one.
    ///
    /// # Errors
    /// When the folder cannot be created or written (e.g. read-only), the lock
    /// stays taken for `wait` ("locked by another byline"), or the state file
    /// is there but cannot be read (it is not written over).
    #[cfg(test)]
    pub(crate) fn save_within(&mut self, dir: &Path, wait: Duration) -> Result<(), SaveError> {
        self.save_telling(dir, wait, &std::sync::atomic::AtomicBool::new(false))
    }

    /// [`Store::save_within`], setting `locked` once the lock is held: from then on
    /// the save only reads and writes the folder, and quitting may wait for it.
    ///
    /// # Errors
    /// As [`Store::save_within`].
    pub(crate) fn save_telling(
        &mut self,
        dir: &Path,
        wait: Duration,
        locked: &std::sync::atomic::AtomicBool,
    ) -> Result<(), SaveError> {
        fs::create_dir_all(dir).map_err(|e| SaveError(reason(&e)))?;
        let held = lock(dir, wait)?;
        locked.store(true, std::sync::atomic::Ordering::Release);
        let (on_disk, err) = Store::load(dir);
        match err {
            None => self.merge(on_disk),
            // Set aside: the place is free. If the rename failed, the
            // unreadable file is still there and is not written over.
            Some(LoadError::Corrupt { .. }) if fs::symlink_metadata(dir.join(FILE)).is_err() => {}
            Some(LoadError::Corrupt { reason, .. } | LoadError::Io { reason, .. }) => {
                return Err(SaveError(format!("{FILE}: {reason}")));
            }
        }
        let written = write_atomic(&dir.join(FILE), self).map_err(|e| SaveError(reason(&e)));
        drop(held);
        written
    }
}

fn set_aside(path: &Path) -> PathBuf {
    let mut aside = path.as_os_str().to_owned();
    aside.push(format!(".corrupt-{}", now_ms()));
    let aside = PathBuf::from(aside);
    // If even the rename fails the file stays where it is; it is still never
    // overwritten, because save() will not write over an unreadable file.
    let _ = fs::rename(path, &aside);
    aside
}

fn write_atomic(path: &Path, store: &Store) -> std::io::Result<()> {
    let json = serde_json::to_vec_pretty(store).map_err(std::io::Error::other)?;
    write_atomic_with(path, &json, |f, bytes| {
        f.write_all(bytes)?;
        f.sync_all()
    })
}

/// Write `bytes` to a new temporary file with `write`, then rename it over
/// `path`. When anything fails (a full disk) the temporary file is removed.
pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    // A name no other write uses, created new: never an existing file, a
    // FIFO or a link planted there.
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{FILE}.{}.{n}.tmp", std::process::id()));
    let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
    let written = write(&mut file, bytes);
    drop(file);
    if let Err(e) = written.and_then(|()| fs::rename(&tmp, path)) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // Make the rename itself durable.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{Record, Store};
    use std::fs;

    fn store_with(path: &str, read: bool, updated: u64) -> Store {
        let mut s = Store::default();
        s.put(7, super::super::tests::rec(path, read, updated));
        s
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = store_with("a.txt", true, 1);
        s.save(dir.path()).unwrap();
        let (back, err) = Store::load(dir.path());
        assert!(err.is_none());
        assert_eq!(back, s);
    }

    #[test]
    fn a_missing_file_is_an_empty_store() {
        let dir = tempfile::tempdir().unwrap();
        let (s, err) = Store::load(dir.path());
        assert!(err.is_none());
        assert!(s.articles.is_empty());
    }

    #[test]
    fn a_corrupt_file_is_set_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("state.json"), b"{ not json").unwrap();
        let (s, err) = Store::load(dir.path());
        assert!(s.articles.is_empty());
        let msg = err.unwrap().to_string();
        assert!(msg.contains("unreadable"), "{msg}");
        let kept: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
            .collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(fs::read(kept[0].path()).unwrap(), b"{ not json");
    }

    #[test]
    fn saving_merges_with_what_another_process_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let mut other = store_with("a.txt", true, 10);
        other.save(dir.path()).unwrap();
        let mut ours = store_with("a.txt", false, 5);
        ours.put(
            8,
            Record {
                path: "b.txt".into(),
                starred: true,
                updated: 5,
                ..Record::default()
            },
        );
        ours.save(dir.path()).unwrap();
        let (back, _) = Store::load(dir.path());
        assert!(
            back.articles[&super::super::record_key(7, "a.txt")].read,
            "newer record kept"
        );
        assert!(back.articles[&super::super::record_key(8, "b.txt")].starred);
    }

    #[test]
    fn the_write_is_atomic_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().unwrap();
        store_with("a", true, 1).save(dir.path()).unwrap();
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let mut names = names;
        names.sort();
        assert_eq!(names, ["state.json", "state.lock"]);
    }

    #[test]
    fn an_unwritable_folder_is_an_error_not_a_panic() {
        // A folder that cannot be created (a file stands in its way) behaves like
        // a read-only one, even for root, who ignores permission bits.
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("data");
        fs::write(&blocker, b"not a folder").unwrap();
        let err = store_with("a", true, 1)
            .save(&blocker.join("byline"))
            .unwrap_err();
        assert!(err.to_string().starts_with("state not saved: "), "{err}");
        assert_eq!(fs::read(&blocker).unwrap(), b"not a folder");
    }
}

#[cfg(test)]
mod more_tests {
    use super::super::{Record, Store};
    use std::fs;

    #[test]
    fn a_state_file_that_cannot_be_read_is_not_written_over() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: reading fails, and so must saving.
        fs::create_dir(dir.path().join("state.json")).unwrap();
        let mut s = Store::default();
        s.put(1, Record::default());
        assert!(s.save(dir.path()).is_err());
        assert!(dir.path().join("state.json").is_dir());
    }

    #[test]
    fn a_new_store_has_version_one() {
        assert_eq!(Store::default().version, 1);
    }
}
