//! `readouts people [QUERY]`: who's who, from the people registry of the index.

use std::io::Write;
use std::process::ExitCode;

use readouts::search::PeopleRequest;

use super::IndexArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words of the name (any form, case and accents ignored); empty: everyone
    #[arg(default_value = "")]
    query: String,
    #[command(flatten)]
    index: IndexArg,
    /// Only people readouts say speak for this country (ISO code or name)
    #[arg(long, value_name = "CODE|NAME")]
    country: Option<String>,
    /// People to show, most readouts first
    #[arg(long, short = 'n', default_value_t = readouts::search::DEFAULT_LIST_LIMIT)]
    limit: usize,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let index = args.index.open()?;
    let request = PeopleRequest { query: args.query, country: args.country, limit: args.limit };
    let people = index.people(&request)?;
    if args.json {
        super::print_json(&people)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    for p in &people {
        let country = p.country.as_ref().map_or(String::new(), |c| format!(" ({})", c.code));
        let dates = match (p.first, p.last) {
            (Some(first), Some(last)) => format!(", {first} to {last}"),
            _ => String::new(),
        };
        writeln!(out, "{}{country}: {} readouts{dates}", p.name, p.readouts)?;
        if let Some(title) = p.titles.first() {
            writeln!(out, "  {title}")?;
        }
        if p.aliases.len() > 1 {
            writeln!(
                out,
                "  also written: {}",
                p.aliases.iter().filter(|a| **a != p.name).cloned().collect::<Vec<_>>().join(", ")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
