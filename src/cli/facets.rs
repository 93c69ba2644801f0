//! `readouts facets [QUERY]`: the top values of one facet over all matches.

use std::io::Write;
use std::process::ExitCode;

use readouts::search::FacetField;

use super::{Filters, IndexArg};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query (empty: every readout)
    #[arg(default_value = "")]
    query: String,
    #[command(flatten)]
    index: IndexArg,
    /// The facet to count
    #[arg(long, value_enum, default_value_t = FacetField::Speaker)]
    field: FacetField,
    /// Values to show
    #[arg(long, short = 'n', default_value_t = readouts::search::DEFAULT_LIST_LIMIT)]
    limit: usize,
    #[command(flatten)]
    filters: Filters,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let request = args.filters.request(&args.query);
    let index = args.index.open()?;
    let values = index.facet_counts(&request, args.field, args.limit)?;
    if args.json {
        super::print_json(&values)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    let width = values.iter().map(|v| v.count.to_string().len()).max().unwrap_or(1);
    for v in &values {
        match &v.name {
            Some(name) => writeln!(out, "{:>width$}  {} {name}", v.count, v.value)?,
            None => writeln!(out, "{:>width$}  {}", v.count, v.value)?,
        }
    }
    Ok(ExitCode::SUCCESS)
}
