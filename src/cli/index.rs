//! `readouts index`: incremental indexing or an atomic rebuild, with a progress bar on a terminal.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::TypedValueParser as _;
use indicatif::{ProgressBar, ProgressStyle};
use readouts::index::{IndexSummary, Progress, writer};

use super::IndexArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to index [default: the bundled corpus]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    index: IndexArg,
    /// Build a fresh index beside the old one and swap it in when complete
    #[arg(long)]
    rebuild: bool,
    /// Threads that read, parse and index files; 1 builds the same index every time [default: one
    /// per core]
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    threads: usize,
    /// Indexing memory budget in MB
    #[arg(long, value_name = "MB", default_value_t = writer::DEFAULT_MEMORY_BYTES / (1024 * 1024), value_parser = clap::value_parser!(u64).range(16..=65536).map(|v| v as usize))]
    memory_mb: usize,
    /// How a new index (the first, or a --rebuild) compresses its stored readouts: lz4 reads
    /// faster, zstd makes the index a fifth to a quarter smaller [default: the compression of the index
    /// a rebuild replaces; for a first index, zstd from 256 MiB of input on, else lz4]
    #[arg(long, value_enum, value_name = "KIND")]
    compression: Option<readouts::StoreCompression>,
    /// Print no warnings, only the summary
    #[arg(long, short)]
    quiet: bool,
}

struct Bar(ProgressBar);

impl Progress for Bar {
    fn start(&self, files: u64) {
        self.0.set_length(files);
    }
    fn advance(&self, files: u64) {
        self.0.inc(files);
    }
    fn finish(&self) {
        self.0.set_message("committing");
    }
}

/// Runs an update and prints its warnings; shared with the implicit build of the default index.
pub(super) fn run_update(
    dir: &Path,
    paths: &[PathBuf],
    options: &readouts::UpdateOptions,
    quiet: bool,
) -> anyhow::Result<IndexSummary> {
    // indicatif draws nothing when stderr is no terminal.
    let bar = ProgressBar::new(0).with_style(
        ProgressStyle::with_template("{spinner} {bar:40} {pos}/{len} files {per_sec} {eta} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let summary = readouts::index::writer::update(dir, paths, options, &Bar(bar.clone()));
    bar.finish_and_clear();
    let summary = summary?;
    if !quiet {
        for w in &summary.warnings {
            eprintln!("warning: {w}");
        }
    }
    Ok(summary)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (dir, _) = args.index.resolve();
    let paths = if args.paths.is_empty() { vec![readouts::bundled_corpus()?] } else { args.paths };
    let options = readouts::UpdateOptions {
        rebuild: args.rebuild,
        memory_bytes: args.memory_mb * 1024 * 1024,
        threads: args.threads,
        compression: args.compression,
    };
    let summary = run_update(&dir, &paths, &options, args.quiet)?;
    println!("{summary}");
    // Nothing could be read at all: that is a failure, not an empty success.
    if summary.readouts() == 0
        && summary.deleted == 0
        && (summary.files > 0 || summary.skipped_total() > 0 || summary.total == 0)
    {
        eprintln!(
            "readouts: no readout could be indexed from {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
