//! `readouts quotes QUERY`: statements (who said what) ranked, with their speakers, then counts by
//! speaker and speaker country.

use std::io::Write;
use std::process::ExitCode;

use clap::builder::TypedValueParser as _;
use readouts::StatementKind;
use readouts::search::{DEFAULT_LIMIT, MAX_LIMIT, QuoteRequest, QuoteResults};

use super::{IndexArg, Palette, printable};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query, as for `search`; empty: every statement the filters keep
    #[arg(allow_hyphen_values = true, default_value = "")]
    query: String,
    #[command(flatten)]
    index: IndexArg,
    /// Only statements of this person (any form of their name); repeat for any of several
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,
    /// Only statements of people who speak for this country (ISO code or name); repeat for any
    #[arg(long, value_name = "CODE|NAME")]
    speaker_country: Vec<String>,
    /// Only statements in readouts about this country (ISO code or name); repeat for any
    #[arg(long, value_name = "CODE|NAME")]
    country: Vec<String>,
    /// Only statements of this kind
    #[arg(long, value_enum)]
    kind: Option<StatementKind>,
    /// Only readouts published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    since: Option<chrono::NaiveDate>,
    /// Only readouts published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)
    #[arg(long, value_name = "DATE", value_parser = super::parse_date_end)]
    until: Option<chrono::NaiveDate>,
    /// Match words exactly: no typo tolerance, no prefix matching of the last word
    #[arg(long)]
    exact: bool,
    /// Statements to show
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT, value_parser = clap::value_parser!(u64).range(0..=MAX_LIMIT as u64).map(|v| v as usize))]
    limit: usize,
    /// Statements to skip
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print the results as JSON
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut request = QuoteRequest::new(args.query).exact(args.exact).limit(args.limit).offset(args.offset);
    request.speakers = args.speaker;
    request.speaker_countries = args.speaker_country;
    request.countries = args.country;
    request.since = args.since;
    request.until = args.until;
    request.kind = args.kind;
    let index = args.index.open()?;
    let results = index.quotes(&request)?;
    super::warn_of_misspelt_speakers(&results.did_you_mean);
    if args.json {
        super::print_json(&results)?;
    } else {
        super::print_styled(|out, palette| print_human(out, palette, &results, args.offset))?;
    }
    std::mem::forget(index);
    Ok(ExitCode::SUCCESS)
}

/// Prints statements for a person: the speaker and kind, the statement with the query's words
/// marked, the readout it is from.
fn print_human(out: &mut dyn Write, palette: Palette, results: &QuoteResults, offset: usize) -> std::io::Result<()> {
    let Palette { mark, strong, dim } = palette;
    for (i, hit) in results.hits.iter().enumerate() {
        let country = hit.speaker_country.as_deref().map_or(String::new(), |c| format!(" ({c})"));
        let date = hit.date.map_or("no date".to_string(), |d| d.to_string());
        writeln!(
            out,
            "{}. {strong}{}{country}{strong:#}  {dim}{}, {date}{dim:#}",
            offset + i + 1,
            printable(&hit.speaker),
            hit.kind.as_str()
        )?;
        let text =
            hit.text.render(&mut |t| printable(t).into_owned(), &mut |m| format!("{mark}{}{mark:#}", printable(m)));
        let text = match hit.kind {
            StatementKind::Direct => format!("“{text}”"),
            StatementKind::Reported => text,
        };
        writeln!(out, "   {text}")?;
        writeln!(out, "   {dim}{} | {}{dim:#}", printable(&hit.readout_title), printable(&hit.readout_id))?;
        writeln!(out)?;
    }
    let shown = if results.hits.is_empty() {
        "no statements shown".to_string()
    } else {
        format!("{}-{}", offset + 1, offset + results.hits.len())
    };
    writeln!(
        out,
        "{} statements ({shown}) from the {} best-matching readouts in {:.1} ms",
        results.total, results.readouts_read, results.took_ms
    )?;
    if results.total > 0 {
        let speakers: Vec<String> =
            results.facets.speaker.iter().map(|v| format!("{} ({})", v.value, v.count)).collect();
        writeln!(out, "{strong}speakers{strong:#}          {}", speakers.join(", "))?;
        let countries: Vec<String> = results
            .facets
            .speaker_country
            .iter()
            .map(|v| format!("{} {} ({})", v.value, v.name.as_deref().unwrap_or(&v.value), v.count))
            .collect();
        writeln!(out, "{strong}speaker countries{strong:#} {}", countries.join(", "))?;
        let kinds: Vec<String> = results.facets.kind.iter().map(|v| format!("{} ({})", v.value, v.count)).collect();
        writeln!(out, "{strong}kinds{strong:#}             {}", kinds.join(", "))?;
    }
    Ok(())
}
