//! The directory an indexing run writes through: tantivy's `MmapDirectory` in every respect but
//! one, files are read with `pread` instead of being mapped.
//!
//! tantivy's merges read every segment they merge whole. Through memory maps, every page read stays
//! resident and counted in the process's memory until the merge ends: indexing a million readouts
//! peaked at 1.5 GB, two thirds of it the mapped inputs of the last big merge. Read into buffers,
//! the pages of a merge are held only while they are used. Searches keep memory maps (they read
//! the same pages again and again); only the writing process reads this way.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::HasLen;
use tantivy::directory::error::{DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback, WatchHandle, WritePtr,
};

/// `MmapDirectory` with reads through `pread`.
#[derive(Clone, Debug)]
pub(crate) struct ReadingDirectory {
    root: PathBuf,
    inner: MmapDirectory,
}

impl ReadingDirectory {
    /// The directory at `root`, which must exist.
    pub(crate) fn open(root: &Path) -> Result<Self, OpenDirectoryError> {
        Ok(ReadingDirectory { root: root.to_path_buf(), inner: MmapDirectory::open(root)? })
    }
}

/// An open file read at offsets.
#[derive(Debug)]
struct ReadFile {
    file: File,
    len: usize,
}

impl HasLen for ReadFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for ReadFile {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        let mut bytes = vec![0; range.len()];
        self.file.read_exact_at(&mut bytes, range.start as u64)?;
        Ok(OwnedBytes::new(bytes))
    }
}

impl Directory for ReadingDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let failed = |e: io::Error| {
            if e.kind() == io::ErrorKind::NotFound {
                OpenReadError::FileDoesNotExist(path.to_path_buf())
            } else {
                OpenReadError::wrap_io_error(e, path.to_path_buf())
            }
        };
        let file = File::open(self.root.join(path)).map_err(failed)?;
        let len = file.metadata().map_err(failed)?.len() as usize;
        Ok(Arc::new(ReadFile { file, len }))
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.inner.acquire_lock(lock)
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ranges_and_reports_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("f"), b"0123456789").unwrap();
        let directory = ReadingDirectory::open(dir.path()).unwrap();
        let slice = directory.open_read(Path::new("f")).unwrap();
        assert_eq!(slice.len(), 10);
        assert_eq!(slice.read_bytes_slice(2..5).unwrap().as_slice(), b"234");
        assert!(matches!(directory.open_read(Path::new("g")), Err(OpenReadError::FileDoesNotExist(_))));
    }
}
