//! Reading and writing `state.json`: atomic, locked, and never destroying a file
//! it cannot read.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use thiserror::Error;

use super::Store;

const FILE: &str = "state.json";
const LOCK: &str = "state.lock";

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

/// Milliseconds since the epoch, for `Record::updated`.
pub fn timestamp() -> u64 {
    now_ms()
}

fn reason(e: &std::io::Error) -> String {
    crate::library::scan::io_reason(e)
}

/// Hold the lock file of `dir` while `f` runs (other byline processes wait).
fn locked<T>(dir: &Path, f: impl FnOnce() -> T) -> Result<T, std::io::Error> {
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK))?;
    lock.lock()?;
    let out = f();
    lock.unlock()?;
    Ok(out)
}

impl Store {
    /// Read the store in `dir`. A missing file is an empty store; a file that
    /// cannot be parsed is renamed aside (`state.json.corrupt-<ms>`) and an empty
    /// store returned with the error, so the caller can say so.
    pub fn load(dir: &Path) -> (Store, Option<LoadError>) {
        let path = dir.join(FILE);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
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
        match serde_json::from_str::<Store>(&text) {
            Ok(store) => (store, None),
            Err(e) => {
                let aside = set_aside(&path);
                (
                    Store::default(),
                    Some(LoadError::Corrupt {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                        set_aside: aside.display().to_string(),
                    }),
                )
            }
        }
    }

    /// Write the store to `dir`, merged with what another process may have
    /// written since: lock, read, merge (newer record wins), write a temporary
    /// file, fsync, rename over the old one.
    ///
    /// # Errors
    /// When the folder cannot be created or written (e.g. read-only).
    pub fn save(&mut self, dir: &Path) -> Result<(), SaveError> {
        fs::create_dir_all(dir).map_err(|e| SaveError(reason(&e)))?;
        let result = locked(dir, || {
            let (on_disk, err) = Store::load(dir);
            match err {
                None => self.merge(on_disk),
                // Set aside: the place is free. If the rename failed, the
                // unreadable file is still there and is not written over.
                Some(LoadError::Corrupt { .. }) if !dir.join(FILE).exists() => {}
                Some(e) => return Err(std::io::Error::other(e.to_string())),
            }
            write_atomic(&dir.join(FILE), self)
        });
        match result {
            Ok(inner) => inner.map_err(|e| SaveError(reason(&e))),
            Err(e) => Err(SaveError(reason(&e))),
        }
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
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{FILE}.{}.tmp", std::process::id()));
    {
        let mut f = File::create(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
    }
    if let Err(e) = fs::rename(&tmp, path) {
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
            back.articles[&super::super::key(7)].read,
            "newer record kept"
        );
        assert!(back.articles[&super::super::key(8)].starred);
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
