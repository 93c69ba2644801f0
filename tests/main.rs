//! The integration tests, one binary: the real `readouts` binary, library and server on the real
//! corpus. One crate rather than a binary per file: the release build compiles and links one test
//! crate instead of fourteen, and the corpus index the files share (`common::corpus_index`) is built
//! once per run, not once per file. Run one file's tests with `cargo test --release --test
//! integration golden::` (the file's name is the module's).

mod common;

mod browser;
mod extract_quality;
mod fuzz_regressions;
mod golden;
mod hardening;
mod indexing;
mod known_items;
mod packaging;
mod people;
mod quote_quality;
mod quotes;
mod ranking;
mod search;
mod server;
