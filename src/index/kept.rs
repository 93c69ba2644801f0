//! What the search layer works out from a whole generation (the people registry, the groups of
//! copies), kept on disk beside it so that the next process reads it instead of working it out
//! again.
//!
//! A `readouts search` process spent three quarters of its life on these (the registry 14 ms,
//! the copies 2 ms, of 20 ms on the bundled corpus). Each is a file in the generation's
//! directory: a first line naming what it was made from (its version, a hash of the code, data
//! and dependencies that make it, and the segments the searcher saw, with their deletions) and a
//! checksum of the value, then the value in postcard's binary form (serde_json took 1.6 ms to read
//! the bundled corpus's registry, 470 KB; postcard 1.1 ms, 235 KB). A file made from other
//! segments, by another version, or unreadable is ignored and the value made again; writing is
//! best effort (a read-only index is searched as before) and atomic (a temporary file renamed), so
//! two processes making one at once leave one whole file; a file torn by a crash fails its length
//! or checksum. tantivy removes only the files it wrote itself; a writer sweeps temporary files a
//! killed process left ([`sweep_temporaries`]), and a rebuild's new generation starts without any.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tantivy::Searcher;

use super::Index;

/// Something worked out from a whole generation and kept beside it: how it is made, and how it
/// goes to and comes from its kept bytes (postcard's binary form).
pub(crate) trait Keepable: Sized + Send + Sync + 'static {
    /// Its file's name beside a generation.
    const NAME: &'static str;
    /// Its version ([`version_of`]).
    fn version() -> &'static str;
    /// Works it out from what `searcher` sees.
    fn build(searcher: &Searcher) -> tantivy::Result<Self>;
    /// The bytes to keep.
    fn to_kept(&self) -> Vec<u8>;
    /// It from its kept bytes, for `searcher`'s segments; `None` when they are no such value. It
    /// may hold on to them and read them in place, rather than copy them out.
    fn from_kept(kept: KeptBytes, searcher: &Searcher) -> Option<Self>;
}

/// The bytes of a kept value: mapped from its file (past the first line), or made in this process.
pub(crate) enum KeptBytes {
    Mapped { map: memmap2::Mmap, start: usize },
    Made(Vec<u8>),
}

impl KeptBytes {
    /// The value's bytes.
    pub(crate) fn as_slice(&self) -> &[u8] {
        match self {
            KeptBytes::Mapped { map, start } => &map[*start..],
            KeptBytes::Made(bytes) => bytes,
        }
    }
}

/// The version of a kind of kept value: a hash of `parts` (the code that makes it and the data it
/// is made with), the schema and the dependencies' versions, so that a value kept by another
/// build is made again, with no version to bump by hand.
///
/// A CRC-32 and the length, not a cryptographic hash: a version is only compared with the one a
/// file was kept with, and an edit leaves both alike once in four billion. Every search process
/// works both versions out (about 200 KB of source); BLAKE3 took 2.4% of a one-shot `readouts
/// search Svalbard` (perf, session 28).
pub(crate) fn version_of(kind: &str, parts: &[&str]) -> String {
    let mut crc = crc32fast::Hasher::new();
    let mut len = 0;
    for part in parts.iter().chain([&include_str!("schema.rs"), &env!("READOUTS_LOCK_HASH")]) {
        crc.update(part.as_bytes());
        len += part.len();
    }
    format!("{kind}-{:08x}-{len}", crc.finalize())
}

/// A [`Keepable`] of the latest generation asked for: in memory until the index changes.
pub(crate) struct KeptCache<T> {
    latest: Mutex<Option<(u64, Arc<T>)>>,
}

impl<T> Default for KeptCache<T> {
    fn default() -> Self {
        KeptCache { latest: Mutex::new(None) }
    }
}

impl<T: Keepable> KeptCache<T> {
    /// The value of `searcher`'s generation of `index`: in memory, kept on disk by an earlier
    /// process, or made now (and kept).
    pub(crate) fn get(&self, index: &Index, searcher: &Searcher) -> tantivy::Result<Arc<T>> {
        let generation = searcher.generation().generation_id();
        let mut latest = self.latest.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, value)) = latest.as_ref().filter(|(g, _)| *g == generation) {
            return Ok(Arc::clone(value));
        }
        let kept = index.kept_bytes(T::NAME, T::version(), searcher).and_then(|k| T::from_kept(k, searcher));
        let value = match kept {
            Some(value) => value,
            None => {
                let value = T::build(searcher)?;
                index.keep_bytes(T::NAME, T::version(), searcher, &value.to_kept());
                value
            }
        };
        let value = Arc::new(value);
        *latest = Some((generation, Arc::clone(&value)));
        Ok(value)
    }
}

/// What a kept value was made from: its kind's version and the searcher's segments, each with
/// its number of deleted readouts (deletions only grow, so the count tells them apart), in the
/// searcher's order (the order segment ordinals refer to).
#[derive(Serialize)]
struct Made<'a> {
    version: &'a str,
    segments: Vec<(String, u32)>,
}

fn made_from(version: &str, searcher: &Searcher) -> String {
    let segments =
        searcher.segment_readers().iter().map(|s| (s.segment_id().uuid_string(), s.num_deleted_docs())).collect();
    serde_json::to_string(&Made { version, segments }).unwrap_or_default()
}

/// What names a kept value's temporary file, before the writing process and time.
const TEMPORARY: &str = ".kept.tmp-";

/// Removes the temporary files of kept values in `generation_dir` that are over a minute old: a
/// process killed while writing one leaves it behind (a younger one may be being written).
pub(super) fn sweep_temporaries(generation_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(generation_dir) else { return };
    for entry in entries.flatten() {
        let old =
            entry.metadata().and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 60));
        if old && entry.file_name().to_string_lossy().contains(TEMPORARY) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The first line of a kept file: what the value was made from, and its bytes' length and CRC-32.
/// A checksum, not a cryptographic hash: it tells a torn or damaged file, which is all it is for
/// (the file is as trusted as the index beside it). BLAKE3 over the bundled corpus's registry
/// (235 KB) was 1.05 M of the 14.1 M instructions of a `readouts search "peace agreement"`
/// process; with CRC-32 (crc32fast, SIMD) the process takes 0.87 M fewer.
fn first_line(version: &str, searcher: &Searcher, value: &[u8]) -> String {
    format!("{}\t{}:{:08x}", made_from(version, searcher), value.len(), crc32fast::hash(value))
}

impl Index {
    /// The file of the kept value `name`, in the live generation's directory (none in memory).
    fn kept_path(&self, name: &str) -> Option<PathBuf> {
        Some(self.dir.as_ref()?.join(self.generation.as_ref()?).join(format!("{name}.kept")))
    }

    /// The value kept as `name` for `version` and the segments `searcher` sees, if there is one.
    #[cfg(test)]
    pub(crate) fn kept<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
        version: &str,
        searcher: &Searcher,
    ) -> Option<T> {
        postcard::from_bytes(self.kept_bytes(name, version, searcher)?.as_slice()).ok()
    }

    /// The bytes of the value kept as `name` for `version` and the segments `searcher` sees, if
    /// there is one, mapped.
    pub(crate) fn kept_bytes(&self, name: &str, version: &str, searcher: &Searcher) -> Option<KeptBytes> {
        let file = std::fs::File::open(self.kept_path(name)?).ok()?;
        // Mapped, not read: reading the bundled corpus's registry (417 KB) into a fresh buffer
        // faulted in its pages one by one, a sixth of a one-shot `readouts search` process
        // (BENCHMARKS.md, "One search process, session 28").
        // SAFETY: readouts never changes a kept file in place: `keep` writes a temporary file
        // and renames it over the old one (a mapping keeps the old one's pages), and tantivy's
        // garbage collection and a rebuild only unlink. A value may hold the mapping for as long
        // as its generation is searched (the people do, and read their lists where they lie), as
        // tantivy holds its segment files'. A file truncated or rewritten in place by another
        // program while it is mapped (`cp` or `rsync --inplace` over a live index) could raise
        // SIGBUS, as it could for those segment files, and would void the checks a value made of
        // its bytes when it read them (the people then still index nothing out of bounds, but
        // may answer wrong names): replace an index's files by renaming them (README, "As a
        // server").
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        let newline = map.iter().position(|&b| b == b'\n')?;
        if map[..newline] != *first_line(version, searcher, &map[newline + 1..]).as_bytes() {
            return None;
        }
        Some(KeptBytes::Mapped { map, start: newline + 1 })
    }

    /// Keeps `value` as `name` in postcard's form ([`Index::keep_bytes`]).
    #[cfg(test)]
    pub(crate) fn keep<T: Serialize>(&self, name: &str, version: &str, searcher: &Searcher, value: &T) {
        if let Ok(value) = postcard::to_stdvec(value) {
            self.keep_bytes(name, version, searcher, &value);
        }
    }

    /// Keeps the bytes `value` as `name`, made for `version` from the segments `searcher` sees.
    /// Best effort: an index that cannot be written to makes it again next time.
    pub(crate) fn keep_bytes(&self, name: &str, version: &str, searcher: &Searcher, value: &[u8]) {
        let Some(path) = self.kept_path(name) else { return };
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let temporary = path.with_file_name(format!("{name}{TEMPORARY}{}-{nanos}", std::process::id()));
        let mut bytes = first_line(version, searcher, value).into_bytes();
        bytes.push(b'\n');
        bytes.extend_from_slice(value);
        if std::fs::write(&temporary, bytes).is_err() || std::fs::rename(&temporary, &path).is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Index, Readout};

    fn readout(id: &str) -> Readout {
        Readout { id: id.into(), title: format!("Title {id}"), body: "Some words.".into(), ..Default::default() }
    }

    #[test]
    fn a_value_is_read_back_only_for_its_version_and_segments() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create(dir.path().join("index")).unwrap();
        let mut writer = index.writer().unwrap();
        writer.add(&readout("a")).unwrap();
        writer.commit().unwrap();
        index.reload().unwrap();
        let searcher = index.searcher();
        assert_eq!(index.kept::<Vec<u32>>("numbers", "v1", &searcher), None);
        index.keep("numbers", "v1", &searcher, &vec![1u32, 2, 3]);
        assert_eq!(index.kept::<Vec<u32>>("numbers", "v1", &searcher), Some(vec![1, 2, 3]));
        // Another process opening the same generation reads it.
        let again = Index::open(dir.path().join("index")).unwrap();
        assert_eq!(again.kept::<Vec<u32>>("numbers", "v1", &again.searcher()), Some(vec![1, 2, 3]));
        // Another version, or other segments: made again.
        assert_eq!(index.kept::<Vec<u32>>("numbers", "v2", &searcher), None);
        writer.add(&readout("b")).unwrap();
        writer.commit().unwrap();
        index.reload().unwrap();
        assert_eq!(index.kept::<Vec<u32>>("numbers", "v1", &index.searcher()), None);
        // A file torn or changed after its first line was written is no value.
        index.keep("numbers", "v1", &searcher, &vec![1u32, 2, 3]);
        let path = index.kept_path("numbers").unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(index.kept::<Vec<u32>>("numbers", "v1", &searcher), None);
        // A file that is not what it should be is no value.
        std::fs::write(&path, "garbage").unwrap();
        assert_eq!(index.kept::<Vec<u32>>("numbers", "v1", &searcher), None);
        // In memory, nothing is kept.
        let ram = Index::create_in_ram().unwrap();
        ram.keep("numbers", "v1", &ram.searcher(), &vec![1u32]);
        assert_eq!(ram.kept::<Vec<u32>>("numbers", "v1", &ram.searcher()), None);
    }
}
