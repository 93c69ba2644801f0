//! How much of reading the corpus is facet extraction: reads every readout of a directory (parsing and
//! extraction, as `readouts extract` does on one thread), then extracts the facets of each again
//! alone, and prints both times and the share, and the time statements (who said what) take.
//!
//! `cargo run --release --example extract_cost [DIR]` (default: the bundled corpus).

use std::time::Instant;

fn main() {
    let dir = match std::env::args().nth(1) {
        Some(dir) => std::path::PathBuf::from(dir),
        None => readouts::bundled_corpus().expect("the bundled corpus"),
    };
    let mut warnings = Vec::new();
    let (files, _) = readouts::ingest::walk(std::slice::from_ref(&dir), &mut warnings);
    let mut rounds = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let mut readouts = Vec::new();
        for (file, root) in &files {
            let mut batch = readouts::ingest::read_file(file, root);
            readouts::complete::complete_batch(&mut batch);
            readouts.extend(batch.readouts.into_iter().map(|parsed| parsed.readout));
        }
        let read = started.elapsed();
        let started = Instant::now();
        for r in &readouts {
            std::hint::black_box(readouts::extract::extract(&r.title, &r.body));
        }
        let extract = started.elapsed();
        // Statements alone, given the speakers (as extraction calls them).
        let roles: Vec<_> =
            readouts.iter().map(|r| readouts::extract::speaker::find_roles(&r.title, &r.body)).collect();
        let started = Instant::now();
        for (r, roles) in readouts.iter().zip(roles) {
            std::hint::black_box(readouts::extract::statements::find_with(&r.title, &r.body, roles));
        }
        let statements = started.elapsed();
        rounds.push((read, extract, statements, readouts.len()));
    }
    rounds.sort_by_key(|r| r.0);
    let (read, extract, statements, n) = rounds[1];
    println!(
        "{n} readouts from {}: read+parse+extract {:.0} ms, extraction alone {:.0} ms ({:.0}% of reading), \
         of which statements {:.0} ms, median of 3",
        dir.display(),
        read.as_secs_f64() * 1000.0,
        extract.as_secs_f64() * 1000.0,
        100.0 * extract.as_secs_f64() / read.as_secs_f64(),
        statements.as_secs_f64() * 1000.0
    );
}
