//! Short reasons for I/O errors, as byline shows them beside a file name.
//!
//! The lowest layer: the scan, the loaders and the state store all say why a
//! file could not be read or written the same way.

/// A short reason for an I/O error, without the OS error number:
/// `not found`, `permission denied`, `is a directory`...
pub fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Error, ErrorKind};

    #[test]
    fn reasons_are_short_and_lower_case() {
        assert_eq!(
            super::reason(&Error::from(ErrorKind::NotFound)),
            "not found"
        );
        assert_eq!(
            super::reason(&Error::from(ErrorKind::PermissionDenied)),
            "permission denied"
        );
        assert_eq!(
            super::reason(&Error::from_raw_os_error(21)),
            "is a directory"
        );
    }
}
