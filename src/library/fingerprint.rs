//! One number for the files a library holds and their versions, in any
//! order: the walk behind a list opened from the heads cache compares it to
//! leave the list alone when no file was added, removed or changed.

use std::time::UNIX_EPOCH;

use super::{Entry, Library, Skipped, Source};

impl Library {
    /// The same for two libraries of the same files (where they are read
    /// from, their shown paths, sizes, modification times and identities)
    /// and the same skipped files, whatever their order.
    pub fn fingerprint(&self) -> u64 {
        let mut sum = Sum::default();
        for e in &self.entries {
            sum.add_entry(e);
        }
        for s in &self.skipped {
            sum.add_skipped(s);
        }
        sum.value()
    }
}

/// [`Library::fingerprint`] of what a walk finds, without keeping it (a
/// library of 100,000 entries is 50 MB).
#[derive(Debug, Default)]
pub(crate) struct Sum {
    entries: u64,
    skipped: u64,
    count: u64,
    bytes: Vec<u8>,
}

impl Sum {
    fn add_entry(&mut self, e: &Entry) {
        self.bytes.clear();
        entry_bytes(e, &mut self.bytes);
        self.entries = self
            .entries
            .wrapping_add(mix(crate::store::hash(&self.bytes)));
        self.count += 1;
    }

    fn add_skipped(&mut self, s: &Skipped) {
        self.bytes.clear();
        self.bytes
            .extend_from_slice(s.path.as_os_str().as_encoded_bytes());
        self.bytes.push(0);
        self.bytes.extend_from_slice(s.reason.as_bytes());
        self.skipped = self
            .skipped
            .wrapping_add(mix(crate::store::hash(&self.bytes)));
    }

    pub fn value(&self) -> u64 {
        mix(self.entries ^ mix(self.skipped) ^ self.count)
    }
}

impl super::scan::Found for Sum {
    fn entry(&mut self, e: Entry) {
        self.add_entry(&e);
    }

    fn skip(&mut self, s: Skipped) {
        self.add_skipped(&s);
    }
}

/// What tells one version of a file from another, as bytes.
fn entry_bytes(e: &Entry, out: &mut Vec<u8>) {
    if let Source::File(p) = &e.source {
        out.extend_from_slice(p.as_os_str().as_encoded_bytes());
    }
    out.push(0);
    out.extend_from_slice(e.path.as_os_str().as_encoded_bytes());
    out.push(0);
    out.extend_from_slice(&e.size.to_le_bytes());
    let modified = e
        .modified
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    out.extend_from_slice(&modified.to_le_bytes());
    if let Some(id) = e.identity {
        out.extend_from_slice(&id.dev.to_le_bytes());
        out.extend_from_slice(&id.ino.to_le_bytes());
        out.extend_from_slice(&id.ctime.0.to_le_bytes());
        out.extend_from_slice(&id.ctime.1.to_le_bytes());
    }
}

/// Spreads a hash's bits (splitmix64's finaliser), so that sums of hashes
/// do not cancel out.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::time::Duration;

    use super::*;

    fn file(name: &str, size: u64) -> Entry {
        let mut e = Entry::new(
            PathBuf::from(name),
            Source::File(PathBuf::from(format!("/n/{name}"))),
            size,
        );
        e.modified = UNIX_EPOCH.checked_add(Duration::from_secs(size));
        e
    }

    fn lib(entries: Vec<Entry>) -> Library {
        Library {
            entries,
            ..Library::default()
        }
    }

    #[test]
    fn the_same_files_in_any_order_agree_and_any_change_shows() {
        let a = lib(vec![file("a.txt", 1), file("b.txt", 2), file("c.txt", 3)]);
        let shuffled = lib(vec![file("c.txt", 3), file("a.txt", 1), file("b.txt", 2)]);
        assert_eq!(a.fingerprint(), shuffled.fingerprint());
        let mut heads = a.clone();
        heads.entries[0].hash = Some(9);
        heads.entries[0].read = true;
        assert_eq!(
            a.fingerprint(),
            heads.fingerprint(),
            "marks and heads are not files"
        );
        for other in [
            lib(vec![file("a.txt", 1), file("b.txt", 2)]),
            lib(vec![file("a.txt", 1), file("b.txt", 2), file("c.txt", 4)]),
            lib(vec![file("a.txt", 1), file("b.txt", 2), file("d.txt", 3)]),
            lib(vec![
                file("a.txt", 1),
                file("b.txt", 2),
                file("c.txt", 3),
                file("c.txt", 3),
            ]),
        ] {
            assert_ne!(a.fingerprint(), other.fingerprint());
        }
        let mut skipped = a.clone();
        skipped.skipped.push(crate::library::Skipped {
            path: "x.dat".into(),
            reason: "not an article".into(),
        });
        assert_ne!(a.fingerprint(), skipped.fingerprint());
    }

    #[test]
    fn a_walk_summed_agrees_with_the_library_it_would_make() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Alpha\n").unwrap();
        std::fs::write(dir.path().join("b.pdf"), "x").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/c.md"), "# Gamma\n").unwrap();
        let roots = [dir.path().to_path_buf()];
        let exts = ["txt".to_string(), "md".to_string()];
        let lib = crate::library::scan::scan(&roots, &exts);
        let mut sum = Sum::default();
        crate::library::scan::scan_into(&roots, &exts, &mut sum);
        assert_eq!(sum.value(), lib.fingerprint());
        std::fs::write(dir.path().join("d.txt"), "Delta\n").unwrap();
        let mut sum = Sum::default();
        crate::library::scan::scan_into(&roots, &exts, &mut sum);
        assert_ne!(sum.value(), lib.fingerprint());
    }
}
