//! One number for the files a library holds and their versions, in any
//! order: the walk behind a list opened from the heads cache compares it to
//! leave the list alone when no file was added, removed or changed.

use std::time::UNIX_EPOCH;

use super::{Entry, Library, Source};

impl Library {
    /// The same for two libraries of the same files (where they are read
    /// from, their shown paths, sizes, modification times and identities)
    /// and the same skipped files, whatever their order.
    pub fn fingerprint(&self) -> u64 {
        let mut bytes = Vec::new();
        let entries = self.entries.iter().fold(0u64, |sum, e| {
            bytes.clear();
            entry_bytes(e, &mut bytes);
            sum.wrapping_add(mix(crate::store::hash(&bytes)))
        });
        let skipped = self.skipped.iter().fold(0u64, |sum, s| {
            bytes.clear();
            bytes.extend_from_slice(s.path.as_os_str().as_encoded_bytes());
            bytes.push(0);
            bytes.extend_from_slice(s.reason.as_bytes());
            sum.wrapping_add(mix(crate::store::hash(&bytes)))
        });
        mix(entries ^ mix(skipped) ^ self.entries.len() as u64)
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
}
