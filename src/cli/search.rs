//! `readouts search`: ranked hits with highlighted snippets, then facet counts.

use std::io::Write;
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use clap::builder::TypedValueParser as _;
use readouts::search::{DEFAULT_FRAGMENTS, DEFAULT_LIMIT, MAX_FRAGMENTS, MAX_LIMIT};
use readouts::{SearchResults, Sort};

use super::{Filters, IndexArg};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query: words, "phrases", +must, -exclude, AND/OR/NOT, title:, speaker:, country:, date:
    #[arg(allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    index: IndexArg,
    /// Hits to show
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT, value_parser = clap::value_parser!(u64).range(0..=MAX_LIMIT as u64).map(|v| v as usize))]
    limit: usize,
    /// Hits to skip
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[command(flatten)]
    filters: Filters,
    /// Order of hits
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    sort: Sort,
    /// Passages per snippet
    #[arg(long, default_value_t = DEFAULT_FRAGMENTS, value_parser = clap::value_parser!(u64).range(1..=MAX_FRAGMENTS as u64).map(|v| v as usize))]
    fragments: usize,
    /// Print the results as JSON
    #[arg(long)]
    json: bool,
    /// Explain each hit's rank: its tier, its score's parts (word, field, exact or typo), its date
    #[arg(long)]
    explain: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut request = args.filters.request(&args.query).sort(args.sort).limit(args.limit).offset(args.offset);
    request.fragments = args.fragments;
    request.explain = args.explain;
    let index = args.index.open()?;
    let results = index.search(&request)?;
    if args.json {
        super::print_json(&results)?;
    } else {
        print_human(&results, args.offset)?;
    }
    // The process ends here: unmapping every file of the index and stopping its search threads one
    // by one is the operating system's job, done faster at exit (a tenth of a short search's time).
    std::mem::forget(index);
    Ok(ExitCode::SUCCESS)
}

const MARK: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
const TITLE: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// Prints hits for a person: colours on a terminal, plain when piped or when NO_COLOR is set
/// (anstream strips the styles then).
fn print_human(results: &SearchResults, offset: usize) -> std::io::Result<()> {
    let mut out = anstream::stdout().lock();
    for (i, hit) in results.hits.iter().enumerate() {
        let date = hit.date.map_or("no date".to_string(), |d| d.to_string());
        let title = render_marks(&hit.title_html)
            .replace(&MARK.render_reset().to_string(), &format!("{}{TITLE}", MARK.render_reset()));
        writeln!(out, "{}. {TITLE}{title}{TITLE:#}  {DIM}{date}{DIM:#}", offset + i + 1)?;
        let countries: Vec<String> = hit.countries.iter().map(|c| c.name.clone()).collect();
        if !hit.speakers.is_empty() || !countries.is_empty() {
            writeln!(out, "   {DIM}{} | {}{DIM:#}", hit.speakers.join(", "), countries.join(", "))?;
        }
        writeln!(out, "   {}", render_marks(&hit.snippet))?;
        writeln!(out, "   {DIM}{}{DIM:#}", if hit.path.is_empty() { &hit.id } else { &hit.path })?;
        for copy in &hit.duplicates {
            let date = copy.date.map_or("no date".to_string(), |d| d.to_string());
            writeln!(out, "   {DIM}also published as: {} ({date}) {}{DIM:#}", copy.title, copy.id)?;
        }
        if let Some(explain) = &hit.explain {
            writeln!(out, "   {DIM}rank: {} | score {:.3} |{DIM:#}", explain.tier_reason, explain.score)?;
            for part in &explain.parts {
                let kind = serde_json::to_value(part.kind).ok().and_then(|v| v.as_str().map(str::to_string));
                writeln!(
                    out,
                    "   {DIM}  {:>8.3}  {} {:?} ({}){DIM:#}",
                    part.score,
                    part.field,
                    part.word,
                    kind.unwrap_or_default()
                )?;
            }
        }
        writeln!(out)?;
    }
    let shown = if results.hits.is_empty() {
        "no hits shown".to_string()
    } else {
        format!("{}-{}", offset + 1, offset + results.hits.len())
    };
    writeln!(out, "{} matches ({shown}) in {:.1} ms", results.total, results.took_ms)?;
    if results.total > 0 {
        let list = |values: Vec<String>| values.join(", ");
        writeln!(
            out,
            "{TITLE}speakers{TITLE:#}  {}",
            list(results.facets.speaker.iter().map(|v| format!("{} ({})", v.value, v.count)).collect())
        )?;
        writeln!(
            out,
            "{TITLE}countries{TITLE:#} {}",
            list(results.facets.country.iter().map(|v| format!("{} {} ({})", v.code, v.name, v.count)).collect())
        )?;
        writeln!(
            out,
            "{TITLE}years{TITLE:#}     {}",
            list(results.facets.year.iter().map(|v| format!("{} ({})", v.value, v.count)).collect())
        )?;
    }
    Ok(())
}

/// Turns the snippet's `<mark>` HTML into styled terminal text.
fn render_marks(html: &str) -> String {
    let styled =
        html.replace("<mark>", &MARK.render().to_string()).replace("</mark>", &MARK.render_reset().to_string());
    html_escape::decode_html_entities(&styled).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_styles_and_entities_text() {
        let s = render_marks("a &amp; <mark>peace</mark>");
        assert!(s.starts_with("a & "));
        assert!(s.contains("peace"));
        assert!(!s.contains("<mark>"));
    }
}
