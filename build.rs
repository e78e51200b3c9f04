//! Puts the git commit into `byline --version` when byline is built from its own
//! repository; the plain version otherwise (a crates.io build, a tarball, no git).
//!
//! Never fails: every git problem means "no commit". Reruns only when this file,
//! `HEAD` or the branch `HEAD` points to changes, not on every build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let full = match commit() {
        Some(commit) => format!("{version} ({commit})"),
        None => version,
    };
    println!("cargo:rustc-env=BYLINE_VERSION={full}");
}

/// The short commit of `HEAD`, if the package folder is the top of a git work tree.
fn commit() -> Option<String> {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    // A package unpacked inside some other checkout is not built from that checkout.
    let top = git(&dir, &["rev-parse", "--show-toplevel"])?;
    if std::fs::canonicalize(top).ok()? != std::fs::canonicalize(&dir).ok()? {
        return None;
    }
    // `--git-path` finds the files in a linked work tree too (where `.git` is a file).
    let mut watched = vec![git(&dir, &["rev-parse", "--git-path", "HEAD"]).map(|p| dir.join(p))];
    if let Some(branch) = git(&dir, &["symbolic-ref", "-q", "HEAD"]) {
        let loose = git(&dir, &["rev-parse", "--git-path", &branch]).map(|p| dir.join(p));
        // A branch only in packed-refs gets its loose file at the next commit: watch
        // the folder it will appear in.
        watched.push(loose.and_then(|p| {
            if p.exists() {
                Some(p)
            } else {
                p.parent().map(Path::to_path_buf)
            }
        }));
        watched.push(git(&dir, &["rev-parse", "--git-path", "packed-refs"]).map(|p| dir.join(p)));
    }
    for path in watched.into_iter().flatten() {
        // A path that does not exist would make cargo rerun this every build.
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    git(&dir, &["rev-parse", "--short=10", "HEAD"])
}

/// `git -C dir ARGS...`'s output, trimmed; `None` on any failure or empty output.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}
