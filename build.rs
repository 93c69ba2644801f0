//! Packs `corpus/` into one zstd-compressed tar in OUT_DIR, which the library embeds (feature
//! `bundled-corpus`): a binary installed with `cargo install --path .` (or `--git`) or copied to
//! another machine builds its default index with no source tree. Also names the dependencies'
//! versions for the values kept beside an index, and links the executable position-dependent
//! when asked (`READOUTS_NO_PIE=1`).

use std::path::{Path, PathBuf};

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=corpus");
    // The dependencies' versions, part of what names data kept beside an index (src/index/kept.rs):
    // a new `deunicode` folds names otherwise.
    println!("cargo:rerun-if-changed=Cargo.lock");
    let lock = std::fs::read("Cargo.lock").unwrap_or_default();
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&lock, &mut hasher);
    println!("cargo:rustc-env=READOUTS_LOCK_HASH={:016x}", std::hash::Hasher::finish(&hasher));
    // `READOUTS_NO_PIE=1` links the `readouts` executable position-dependent (Linux, glibc): a
    // position-independent one has its 950 KB of pointer tables (.data.rel.ro) relocated by the
    // loader at every start, about 240 pages faulted and copied, a fifth of a one-shot `readouts
    // search` (BENCHMARKS.md, "One search process, session 28"). Not the default: the code of
    // every Rust crate in it (the server's included) would load at a fixed address.
    println!("cargo:rerun-if-env-changed=READOUTS_NO_PIE");
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if linux_gnu && std::env::var("READOUTS_NO_PIE").as_deref() == Ok("1") {
        println!("cargo:rustc-link-arg-bin=readouts=-no-pie");
    }
    if std::env::var_os("CARGO_FEATURE_BUNDLED_CORPUS").is_none() {
        return Ok(());
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.tar.zst");
    // Level 19 packs the 35 MB corpus into 4.1 MB in about 25 s, once per fresh release build;
    // other builds (check, dev) take level 3 (5.9 MB, a quarter of a second), and so do builds
    // under clippy in any profile: cargo gives clippy's units their own build script run (its
    // driver is the workspace's wrapper), whose output never ships.
    let linting = std::env::var_os("RUSTC_WORKSPACE_WRAPPER").is_some_and(|w| !w.is_empty());
    let level = if std::env::var("PROFILE").as_deref() == Ok("release") && !linting { 19 } else { 3 };
    let encoder = zstd::Encoder::new(std::fs::File::create(&out)?, level)?;
    let mut archive = tar::Builder::new(encoder);
    let listing = std::fs::read_dir("corpus")
        .and_then(|entries| entries.map(|entry| entry.map(|e| e.path())).collect::<std::io::Result<Vec<_>>>());
    let mut files: Vec<PathBuf> =
        listing.map_err(|e| std::io::Error::new(e.kind(), format!("reading corpus/: {e}")))?;
    // Name order and no timestamps: the same corpus packs into the same bytes.
    files.sort();
    // Names the corpus, not its packing (debug and release builds compress differently): the
    // directory it is unpacked to.
    let mut hasher = std::hash::DefaultHasher::new();
    for path in files.iter().filter(|p| p.is_file()) {
        let data = std::fs::read(path)?;
        std::hash::Hash::hash(&(path, &data), &mut hasher);
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        let name = Path::new(path.file_name().expect("a file name"));
        archive.append_data(&mut header, name, data.as_slice())?;
    }
    archive.into_inner()?.finish()?;
    println!("cargo:rustc-env=READOUTS_CORPUS_HASH={:016x}", std::hash::Hasher::finish(&hasher));
    Ok(())
}
