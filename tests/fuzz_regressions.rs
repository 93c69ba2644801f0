//! The inputs kept under `fuzz/regressions/TARGET/` (ones that once crashed, hung or blew up, and
//! hostile cases written by hand), run through the fuzz targets' own checks on every `cargo test`.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

fn run(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let started = std::time::Instant::now();
        check(&data);
        // Not a benchmark: a generous bound that only a hang or a quadratic blow-up breaks.
        assert!(started.elapsed().as_secs() < 20, "{} took {:?}", path.display(), started.elapsed());
        inputs += 1;
    }
    assert!(inputs > 0, "no inputs in {}", dir.display());
}

#[test]
fn parse_text() {
    run("parse_text", checks::parse_text);
}

#[test]
fn parse_html() {
    run("parse_html", checks::parse_html);
}

#[test]
fn parse_jsonl() {
    run("parse_jsonl", checks::parse_jsonl);
}

#[test]
fn extract() {
    run("extract", checks::extract);
}

#[test]
fn query() {
    run("query", checks::query);
}

#[test]
fn snippet() {
    run("snippet", checks::snippet);
}

#[test]
fn query_structure() {
    run("query_structure", checks::query_structure);
}

#[test]
fn packed_statements() {
    run("packed_statements", checks::packed_statements);
}
