//! `readouts export`: every indexed readout with its facets as NDJSON, the record format that
//! `readouts index` reads back (and that Quickwit or OpenSearch ingest).

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::IndexArg;

/// Export formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// One JSON readout a line.
    Ndjson,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    index: IndexArg,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Ndjson)]
    format: Format,
    /// Write here instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let index = args.index.open()?;
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(std::fs::File::create(path).map_err(|e| anyhow::anyhow!("creating {}: {e}", path.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let Format::Ndjson = args.format;
    let mut count = 0u64;
    index.for_each_readout(|readout| -> anyhow::Result<()> {
        serde_json::to_writer(&mut out, &readout)?;
        out.write_all(b"\n")?;
        count += 1;
        Ok(())
    })?;
    out.flush()?;
    if args.output.is_some() {
        eprintln!("readouts: exported {count} readouts");
    }
    Ok(ExitCode::SUCCESS)
}
