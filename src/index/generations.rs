//! The generations of an index directory: which one `CURRENT` names, how a new one is made and
//! swapped in atomically, how what a crashed rebuild left is swept away, and the writer lock that
//! keeps a second writer out (the layout is described in [`crate::index`]).

use std::fs;
use std::path::{Path, PathBuf};

use super::{Fields, StoreCompression, kept};
use crate::error::{Error, Result};

const CURRENT: &str = "CURRENT";
const LOCK: &str = "writer.lock";
const GENERATION_PREFIX: &str = "gen-";

pub(super) fn current_generation(dir: &Path) -> Result<Option<String>> {
    match fs::read_to_string(dir.join(CURRENT)) {
        Ok(s) => {
            let name = s.trim().to_string();
            if name.starts_with(GENERATION_PREFIX) && !name.contains(['/', '\\']) && dir.join(&name).is_dir() {
                Ok(Some(name))
            } else {
                Err(Error::NotAnIndex(dir.to_path_buf()))
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(format!("reading {}", dir.join(CURRENT).display()), e)),
    }
}

pub(super) fn new_generation_name() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    format!("{GENERATION_PREFIX}{}-{}", now.as_millis(), std::process::id())
}

pub(super) fn create_generation(path: &Path, compression: StoreCompression) -> Result<tantivy::Index> {
    fs::create_dir_all(path).map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
    let (schema, _) = Fields::schema();
    Ok(tantivy::Index::builder().schema(schema).settings(compression.settings()).create_in_dir(path)?)
}

/// What opening a generation of the index in `dir` failed with: files that cannot be opened mean
/// no readouts index is there.
pub(super) fn open_error(dir: &Path, e: tantivy::TantivyError) -> Error {
    match e {
        tantivy::TantivyError::OpenDirectoryError(_) | tantivy::TantivyError::OpenReadError(_) => {
            Error::NotAnIndex(dir.to_path_buf())
        }
        other => Error::Tantivy(other),
    }
}

/// Whether opening an index failed because a file it named is gone: a writer removed it after the
/// name was read.
pub(super) fn file_vanished(e: &tantivy::TantivyError) -> bool {
    use tantivy::directory::error::{OpenDirectoryError, OpenReadError};
    matches!(
        e,
        tantivy::TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(_))
            | tantivy::TantivyError::OpenDirectoryError(OpenDirectoryError::DoesNotExist(_))
    )
}

/// Points `CURRENT` at `generation` atomically: a reader sees the old name or the new, never a mix.
pub(super) fn set_current(dir: &Path, generation: &str) -> Result<()> {
    let tmp = dir.join(format!("{CURRENT}.tmp-{}", std::process::id()));
    let io = |what: &str, e| Error::io(format!("{what} {}", tmp.display()), e);
    {
        use std::io::Write;
        let mut f = fs::File::create(&tmp).map_err(|e| io("creating", e))?;
        f.write_all(generation.as_bytes()).map_err(|e| io("writing", e))?;
        f.sync_all().map_err(|e| io("syncing", e))?;
    }
    fs::rename(&tmp, dir.join(CURRENT)).map_err(|e| io("renaming", e))?;
    // Make the rename itself durable.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes generations and temporary files that `CURRENT` does not name: what a crashed rebuild
/// left behind. Only called under the writer lock.
pub(super) fn remove_stale(dir: &Path) {
    let current = current_generation(dir).ok().flatten();
    if let Some(current) = &current {
        kept::sweep_temporaries(&dir.join(current));
    }
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with(GENERATION_PREFIX) && Some(&name) != current.as_ref() {
            let _ = fs::remove_dir_all(entry.path());
        } else if name.starts_with(&format!("{CURRENT}.tmp-")) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The writer lock of an index directory: held for the whole of an update or rebuild, so that a
/// second writer fails at once with a clear message instead of waiting.
#[derive(Debug)]
pub struct WriterLock {
    _file: fs::File,
    path: PathBuf,
}

impl WriterLock {
    /// Takes the lock of `dir` (created if needed), or fails with [`Error::Locked`].
    pub fn acquire(dir: &Path) -> Result<WriterLock> {
        fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        let path = dir.join(LOCK);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
        match file.try_lock() {
            Ok(()) => Ok(WriterLock { _file: file, path }),
            Err(fs::TryLockError::WouldBlock) => Err(Error::Locked(path)),
            Err(fs::TryLockError::Error(e)) => Err(Error::io(format!("locking {}", path.display()), e)),
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
