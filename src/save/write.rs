//! Writing a saved page into its folder: atomically, never over another file,
//! over the earlier save of the same URL.

use std::fs;
use std::io::{ErrorKind, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::SaveError;
use super::front::saved_url;

/// How much of each file is read to find the `url` of its front matter.
const HEAD: u64 = 64 * 1024;

/// Files tried per name (`name.md`, `name-2.md` … `name-999.md`).
const MAX_SUFFIX: u32 = 999;

/// A folder to save the page of one URL into.
pub(crate) struct Target<'a> {
    dir: &'a Path,
    url: &'a str,
}

impl<'a> Target<'a> {
    pub fn new(dir: &'a Path, url: &'a str) -> Self {
        Self { dir, url }
    }

    fn error(&self, why: impl std::fmt::Display) -> SaveError {
        SaveError::Write {
            url: self.url.to_string(),
            folder: crate::library::shown(self.dir),
            why: why.to_string(),
        }
    }

    /// Write an article with front matter: over the file an earlier save of
    /// the same URL wrote, else under a new name.
    pub fn write(&self, stem: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, SaveError> {
        let tmp = self.temp(bytes)?;
        if let Some(old) = self.find(|head| saved_url(head).as_deref() == Some(self.url)) {
            return fs::rename(&tmp, &old).map(|()| old).map_err(|e| {
                let _ = fs::remove_file(&tmp);
                self.error(e)
            });
        }
        self.place(&tmp, stem, ext)
    }

    /// Write a text as it came: a file already holding the same bytes is
    /// kept, else a new name.
    pub fn write_as_is(&self, stem: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, SaveError> {
        if let Some(same) = self.same_bytes(bytes) {
            return Ok(same);
        }
        let tmp = self.temp(bytes)?;
        self.place(&tmp, stem, ext)
    }

    /// The bytes in a new temporary file of the folder, flushed to disk.
    fn temp(&self, bytes: &[u8]) -> Result<PathBuf, SaveError> {
        static COUNT: AtomicU64 = AtomicU64::new(0);
        fs::create_dir_all(self.dir).map_err(|e| self.error(e))?;
        loop {
            let n = COUNT.fetch_add(1, Ordering::Relaxed);
            let path = self
                .dir
                .join(format!(".byline-save-{}-{n}.tmp", std::process::id()));
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    let written = f.write_all(bytes).and_then(|()| f.sync_all());
                    return match written {
                        Ok(()) => Ok(path),
                        Err(e) => {
                            let _ = fs::remove_file(&path);
                            Err(self.error(e))
                        }
                    };
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
                Err(e) => return Err(self.error(e)),
            }
        }
    }

    /// The temporary file under the first free name: `stem.ext`, else
    /// `stem-2.ext`, `stem-3.ext` … A hard link takes the name only if no file
    /// has it (no race with another writer); where links are not supported the
    /// file is renamed to a name seen free.
    fn place(&self, tmp: &Path, stem: &str, ext: &str) -> Result<PathBuf, SaveError> {
        let result = (1..=MAX_SUFFIX)
            .map(|n| {
                let name = if n == 1 {
                    format!("{stem}.{ext}")
                } else {
                    format!("{stem}-{n}.{ext}")
                };
                self.dir.join(name)
            })
            .find_map(|path| match fs::hard_link(tmp, &path) {
                Ok(()) => Some(Ok(path)),
                Err(e) if e.kind() == ErrorKind::AlreadyExists => None,
                Err(_) if fs::symlink_metadata(&path).is_ok() => None,
                Err(_) => Some(fs::rename(tmp, &path).map(|()| path)),
            });
        let _ = fs::remove_file(tmp);
        match result {
            Some(Ok(path)) => Ok(path),
            Some(Err(e)) => Err(self.error(e)),
            None => Err(self.error(format!("{MAX_SUFFIX} files named {stem} already"))),
        }
    }

    /// The first regular file of the folder (not its subfolders) whose head
    /// passes `test`.
    fn find(&self, test: impl Fn(&str) -> bool) -> Option<PathBuf> {
        self.files().find(|path| {
            let mut head = Vec::new();
            fs::File::open(path)
                .and_then(|f| f.take(HEAD).read_to_end(&mut head))
                .is_ok()
                && test(&String::from_utf8_lossy(&head))
        })
    }

    /// A file of the folder holding exactly `bytes`.
    fn same_bytes(&self, bytes: &[u8]) -> Option<PathBuf> {
        self.files().find(|path| {
            fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64)
                && fs::read(path).is_ok_and(|b| b == bytes)
        })
    }

    /// The folder's regular files, hidden ones left out; sorted, so a
    /// search always finds the same one first.
    fn files(&self) -> impl Iterator<Item = PathBuf> {
        let mut files: Vec<PathBuf> = fs::read_dir(self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.path())
            .collect();
        files.sort();
        files.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_url_replaces_new_names_count_up() {
        let dir = tempfile::tempdir().unwrap();
        let page = |url: &str, body: &str| format!("+++\nurl = \"{url}\"\n+++\n{body}\n");
        let a = Target::new(dir.path(), "http://h/a");
        let first = a
            .write("ferry", "md", page("http://h/a", "one").as_bytes())
            .unwrap();
        assert_eq!(first, dir.path().join("ferry.md"));
        let again = a
            .write("ferry-renamed", "md", page("http://h/a", "two").as_bytes())
            .unwrap();
        assert_eq!(again, first);
        assert!(fs::read_to_string(&first).unwrap().contains("two"));
        let b = Target::new(dir.path(), "http://h/b");
        let other = b
            .write("ferry", "md", page("http://h/b", "b").as_bytes())
            .unwrap();
        assert_eq!(other, dir.path().join("ferry-2.md"));
        let c = Target::new(dir.path(), "http://h/c");
        let third = c
            .write("ferry", "md", page("http://h/c", "c").as_bytes())
            .unwrap();
        assert_eq!(third, dir.path().join("ferry-3.md"));
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 3);
    }

    #[test]
    fn text_saved_twice_is_one_file() {
        let dir = tempfile::tempdir().unwrap();
        let t = Target::new(dir.path(), "http://h/t");
        let one = t.write_as_is("notes", "txt", b"Notes\n").unwrap();
        let two = t.write_as_is("notes", "txt", b"Notes\n").unwrap();
        assert_eq!(one, two);
        let three = t.write_as_is("notes", "txt", b"Notes, changed\n").unwrap();
        assert_eq!(three, dir.path().join("notes-2.txt"));
    }
}
