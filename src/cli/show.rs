//! `readouts show ID`: one stored readout with its facets.

use std::io::Write;
use std::process::ExitCode;

use super::IndexArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The readout's id (its url, or its path relative to the indexed directory), or the path of
    /// the file it was read from
    id: String,
    #[command(flatten)]
    index: IndexArg,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let index = args.index.open()?;
    let readout = match index.get(&args.id) {
        Err(readouts::Error::NotFound(_)) if std::path::Path::new(&args.id).is_file() => {
            index.get_by_file(std::path::Path::new(&args.id))?
        }
        other => other?,
    };
    let readout = index.with_canonical_names(readout)?;
    if args.json {
        super::print_json(&readout)?;
    } else {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", readout.title)?;
        writeln!(out, "id:        {}", readout.id)?;
        writeln!(out, "path:      {}", readout.path)?;
        writeln!(out, "url:       {}", readout.url.as_deref().unwrap_or("-"))?;
        writeln!(out, "date:      {}", readout.date.map_or("-".to_string(), |d| d.to_string()))?;
        writeln!(out, "speakers:  {}", readout.speakers.join("; "))?;
        let countries: Vec<String> = readout.countries.iter().map(|c| format!("{} {}", c.code, c.name)).collect();
        writeln!(out, "countries: {}", countries.join("; "))?;
        writeln!(out)?;
        writeln!(out, "{}", readout.body)?;
        if !readout.statements.is_empty() {
            writeln!(out)?;
            writeln!(out, "statements:")?;
            for s in &readout.statements {
                writeln!(out, "- {} ({}, {}-{}): {}", s.speaker, s.kind.as_str(), s.range[0], s.range[1], s.text)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
