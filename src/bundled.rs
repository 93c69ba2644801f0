//! The corpus bundled with readouts: 5,093 readouts of the State Department and the White House,
//! indexed when no index is named. It is embedded in the build (feature `bundled-corpus`; packed by
//! build.rs), so that a binary installed with `cargo install --path .` (or `--git`; the corpus is
//! too large for crates.io) or copied elsewhere needs no source tree, and unpacked once into the
//! user's data directory, where the indexer reads it as files.

use std::path::PathBuf;

use crate::error::{Error, Result};

/// The corpus as build.rs packed it: a tar of its files, zstd-compressed.
#[cfg(feature = "bundled-corpus")]
static ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.tar.zst"));

/// The bundled corpus's directory: `$READOUTS_CORPUS` when set; else the copy embedded in this
/// build, unpacked on first use into `readouts/corpus-HASH` in the user's data directory (`HASH`
/// names the corpus, so a changed one unpacks beside an old one rather than over it).
pub fn bundled_corpus() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("READOUTS_CORPUS").filter(|d| !d.is_empty()) {
        return Ok(dir.into());
    }
    embedded()
}

#[cfg(not(feature = "bundled-corpus"))]
fn embedded() -> Result<PathBuf> {
    Err(Error::InvalidArgument(
        "this build has no bundled corpus (feature bundled-corpus): set READOUTS_CORPUS or name the files".into(),
    ))
}

#[cfg(feature = "bundled-corpus")]
fn embedded() -> Result<PathBuf> {
    // The corpus's own hash (build.rs), not the archive's: every build of one corpus shares a copy.
    let name = concat!("corpus-", env!("READOUTS_CORPUS_HASH"));
    let parent = dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("readouts");
    let dir = parent.join(name);
    if dir.is_dir() {
        return Ok(dir);
    }
    // Unpacked beside, then renamed into place: a run killed halfway leaves no half corpus, and
    // of two runs unpacking at once, one wins and the other uses its copy.
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(format!("creating {}", parent.display()), e))?;
    remove_stale_partials(&parent, name);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let partial = parent.join(format!("{name}.partial-{}-{nanos}", std::process::id()));
    let unpacked = zstd::Decoder::new(ARCHIVE).and_then(|decoder| tar::Archive::new(decoder).unpack(&partial));
    if let Err(e) = unpacked {
        let _ = std::fs::remove_dir_all(&partial);
        return Err(Error::io(format!("unpacking the bundled corpus into {}", partial.display()), e));
    }
    if let Err(e) = std::fs::rename(&partial, &dir) {
        let _ = std::fs::remove_dir_all(&partial);
        if !dir.is_dir() {
            return Err(Error::io(format!("moving the bundled corpus to {}", dir.display()), e));
        }
    }
    Ok(dir)
}

/// Removes what runs killed while unpacking left behind: partial copies older than an hour (a
/// younger one may be another run's, still unpacking).
#[cfg(feature = "bundled-corpus")]
fn remove_stale_partials(parent: &std::path::Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| modified.elapsed().is_ok_and(|age| age > std::time::Duration::from_secs(3600)));
        if entry.file_name().to_string_lossy().starts_with(&format!("{name}.partial-")) && stale {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(all(test, feature = "bundled-corpus"))]
mod tests {
    #[test]
    fn the_embedded_corpus_holds_every_file_of_corpus() {
        let mut archive = tar::Archive::new(zstd::Decoder::new(super::ARCHIVE).unwrap());
        let names: Vec<String> =
            archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned()).collect();
        let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap().count();
        assert_eq!(names.len(), on_disk);
        assert!(names.iter().any(|n| n == "MANIFEST.jsonl"));
        assert!(names.windows(2).all(|w| w[0] < w[1]), "name order");
    }
}
