//! The directory walk: which files under the paths given are readouts, in a stable order.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Format, Warning, WarningKind};

/// What kind of thing a path is when it is no regular file or directory, for warnings.
pub(super) fn special_kind(file_type: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a named pipe (FIFO)"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else {
        "no regular file"
    }
}

/// Lists the readout files under `paths` (files or directories, walked recursively), each with the
/// directory it was found under; also returns the canonical roots walked. Problems become warnings.
///
/// Symbolic links are followed only while they stay inside the directory walked: a link out of it
/// (`x.txt -> /etc/shadow`) would index, and a server would serve, a file nobody chose to index.
/// A path named itself is read wherever it leads. Pipes, devices and sockets are passed over with
/// a warning: reading one blocks or never ends.
pub fn walk(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> (Vec<(PathBuf, PathBuf)>, Vec<PathBuf>) {
    let mut files = Vec::new();
    let mut roots = Vec::new();
    for path in paths {
        let Ok(canonical) = path.canonicalize() else {
            warnings.push(Warning::skipped(
                path.display().to_string(),
                WarningKind::Unreadable,
                "no such file or directory",
            ));
            continue;
        };
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => {
                warnings.push(Warning::skipped(
                    path.display().to_string(),
                    WarningKind::Unreadable,
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        if meta.is_file() {
            roots.push(canonical);
            let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
            files.push((path.clone(), root));
            continue;
        }
        if !meta.is_dir() {
            warnings.push(Warning::skipped(
                path.display().to_string(),
                WarningKind::NotAFile,
                format!("{}, not a file or directory", special_kind(meta.file_type())),
            ));
            continue;
        }
        roots.push(canonical.clone());
        let mut entries = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name().into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    warnings.push(Warning::skipped(
                        e.path().unwrap_or(path).display().to_string(),
                        WarningKind::Unreadable,
                        if e.loop_ancestor().is_some() { "symbolic link loop".into() } else { e.to_string() },
                    ));
                    continue;
                }
            };
            let is_dir = entry.file_type().is_dir();
            let wanted = is_dir || Format::of(entry.path()).is_some();
            if entry.path_is_symlink() && wanted {
                let inside = fs::canonicalize(entry.path()).is_ok_and(|target| target.starts_with(&canonical));
                if !inside {
                    if is_dir {
                        entries.skip_current_dir();
                    }
                    warnings.push(Warning::skipped(
                        entry.path().display().to_string(),
                        WarningKind::OutsideLink,
                        format!("a symbolic link out of {}; not followed", path.display()),
                    ));
                    continue;
                }
            }
            if is_dir || !wanted {
                continue;
            }
            if entry.file_type().is_file() {
                files.push((entry.path().to_path_buf(), path.clone()));
            } else {
                warnings.push(Warning::skipped(
                    entry.path().display().to_string(),
                    WarningKind::NotAFile,
                    format!("{}, not a file", special_kind(entry.file_type())),
                ));
            }
        }
    }
    (files, roots)
}
