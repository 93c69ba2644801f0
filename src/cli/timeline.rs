//! `readouts timeline QUERY`: matches per calendar month or year as a bar chart.

use std::io::Write;
use std::process::ExitCode;

use readouts::search::Period;

use super::{Filters, IndexArg};

/// Width of the longest bar, in characters.
const BAR_WIDTH: u64 = 50;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query (empty: every readout)
    #[arg(default_value = "")]
    query: String,
    #[command(flatten)]
    index: IndexArg,
    /// One bar a month or a year
    #[arg(long, value_enum, default_value_t = Period::Month)]
    by: Period,
    #[command(flatten)]
    filters: Filters,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let request = args.filters.request(&args.query);
    let index = args.index.open()?;
    let timeline = index.timeline(&request, args.by)?;
    if args.json {
        super::print_json(&timeline)?;
        return Ok(ExitCode::SUCCESS);
    }
    // No styles: written plain, buffered (see `print_styled`).
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let max = timeline.buckets.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let width = timeline.buckets.iter().map(|b| b.count.to_string().len()).max().unwrap_or(1);
    for b in &timeline.buckets {
        // Eighths of a block, so that small counts still show.
        let eighths = (b.count * BAR_WIDTH * 8).div_ceil(max);
        let mut bar = "█".repeat((eighths / 8) as usize);
        if eighths % 8 > 0 {
            bar.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][(eighths % 8 - 1) as usize]);
        }
        writeln!(out, "{}  {:>width$}  {bar}", b.value, b.count)?;
    }
    writeln!(out, "{} matches", timeline.total)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
