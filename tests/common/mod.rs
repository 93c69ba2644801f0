//! Helpers shared by the integration tests: the real binary, the real corpus, temp directories.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use assert_cmd::Command;
use serde_json::Value;

pub mod names;
pub mod server;

/// The bundled corpus.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// A fixture directory under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The `readouts` binary with a clean environment: no default index, no colours.
pub fn readouts() -> Command {
    let mut cmd = Command::cargo_bin("readouts").expect("the binary is built");
    cmd.env_remove("READOUTS_INDEX").env("NO_COLOR", "1");
    cmd
}

/// An index of the whole bundled corpus, built once per test binary and shared read-only.
pub fn corpus_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let out = readouts().arg("index").arg(corpus()).arg("--index").arg(dir.path()).output().expect("runs");
            assert!(out.status.success(), "indexing the corpus failed: {}", String::from_utf8_lossy(&out.stderr));
            dir
        })
        .path()
}

/// Runs `readouts search --json` on the corpus index with extra arguments and parses the JSON.
pub fn search_json(args: &[&str]) -> Value {
    let out =
        readouts().arg("search").args(args).arg("--json").arg("--index").arg(corpus_index()).output().expect("runs");
    assert!(out.status.success(), "search {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("search prints JSON")
}

/// Standard output and error of a finished command as text.
pub fn texts(out: &Output) -> (String, String) {
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}
