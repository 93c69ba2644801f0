//! `readouts extract PATH...`: parse and extract facets without indexing.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// One JSON object a readout a line
    #[arg(long)]
    json: bool,
}

/// The JSON line of one readout: its identity and facets, no body.
#[derive(Serialize)]
struct Extracted<'a> {
    id: &'a str,
    path: &'a str,
    url: Option<&'a str>,
    title: &'a str,
    date: Option<chrono::NaiveDate>,
    speakers: &'a [String],
    countries: &'a [readouts::Country],
    statements: &'a [readouts::Statement],
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut warnings = Vec::new();
    let (files, _) = readouts::ingest::walk(&args.paths, &mut warnings);
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut count = 0usize;
    let reading = readouts::ingest::Reading::default();
    readouts::ingest::read_files(&files, &reading, readouts::complete::complete_batch, |batch| {
        for w in &batch.warnings {
            eprintln!("warning: {w}");
        }
        for parsed in &batch.readouts {
            let r = &parsed.readout;
            count += 1;
            let written = if args.json {
                let line = Extracted {
                    id: &r.id,
                    path: &r.path,
                    url: r.url.as_deref(),
                    title: &r.title,
                    date: r.date,
                    speakers: &r.speakers,
                    countries: &r.countries,
                    statements: &r.statements,
                };
                serde_json::to_writer(&mut out, &line).map_err(std::io::Error::from).and_then(|_| writeln!(out))
            } else {
                let countries: Vec<&str> = r.countries.iter().map(|c| c.code.as_str()).collect();
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    r.path,
                    r.date.map_or("-".to_string(), |d| d.to_string()),
                    r.speakers.join("; "),
                    countries.join(" ")
                )
            };
            // A closed pipe stops the run; main treats it as a quiet end.
            written.map_err(|e| readouts::Error::io("writing the output", e))?;
        }
        Ok(())
    })?;
    out.flush()?;
    if count == 0 {
        eprintln!("readouts: no readout found");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
