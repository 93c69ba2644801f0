//! `readouts search`: ranked hits with highlighted snippets, then facet counts.

use std::io::Write;
use std::process::ExitCode;

use anstyle::Style;
use clap::builder::TypedValueParser as _;
use readouts::search::snippet::{self, Fragment};
use readouts::search::{DEFAULT_FRAGMENTS, DEFAULT_LIMIT, MAX_FRAGMENTS, MAX_LIMIT};
use readouts::{SearchResults, Sort};

use super::{Filters, IndexArg, Palette, printable};

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
    super::warn_of_misspelt_speakers(&results.did_you_mean);
    if args.json {
        super::print_json(&results)?;
    } else {
        super::print_styled(|out, palette| print_human(out, palette, &results, args.offset))?;
    }
    // The process ends here: unmapping every file of the index and stopping its search threads one
    // by one is the operating system's job, done faster at exit (a tenth of a short search's time).
    std::mem::forget(index);
    Ok(ExitCode::SUCCESS)
}

/// Prints hits for a person, in `palette`'s styles.
fn print_human(out: &mut dyn Write, palette: Palette, results: &SearchResults, offset: usize) -> std::io::Result<()> {
    let Palette { mark, strong, dim } = palette;
    for (i, hit) in results.hits.iter().enumerate() {
        let date = hit.date.map_or("no date".to_string(), |d| d.to_string());
        // Back to the title's style after each mark.
        let title = hit
            .title_fragment()
            .render(&mut |t| printable(t).into_owned(), &mut |m| format!("{mark}{}{mark:#}{strong}", printable(m)));
        writeln!(out, "{}. {strong}{title}{strong:#}  {dim}{date}{dim:#}", offset + i + 1)?;
        let countries: Vec<String> = hit.countries.iter().map(|c| c.name.clone()).collect();
        if !hit.speakers.is_empty() || !countries.is_empty() {
            writeln!(out, "   {dim}{} | {}{dim:#}", printable(&hit.speakers.join(", ")), countries.join(", "))?;
        }
        writeln!(out, "   {}", styled_snippet(&hit.fragments, mark))?;
        writeln!(out, "   {dim}{}{dim:#}", printable(if hit.path.is_empty() { &hit.id } else { &hit.path }))?;
        for copy in &hit.duplicates {
            let date = copy.date.map_or("no date".to_string(), |d| d.to_string());
            writeln!(
                out,
                "   {dim}also published as: {} ({date}) {}{dim:#}",
                printable(&copy.title),
                printable(&copy.id)
            )?;
        }
        if let Some(explain) = &hit.explain {
            writeln!(out, "   {dim}rank: {} | score {:.3} |{dim:#}", explain.tier_reason, explain.score)?;
            for part in &explain.parts {
                let kind = serde_json::to_value(part.kind).ok().and_then(|v| v.as_str().map(str::to_string));
                writeln!(
                    out,
                    "   {dim}  {:>8.3}  {} {:?} ({}){dim:#}",
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
            "{strong}speakers{strong:#}  {}",
            list(results.facets.speaker.iter().map(|v| format!("{} ({})", v.value, v.count)).collect())
        )?;
        writeln!(
            out,
            "{strong}countries{strong:#} {}",
            list(
                results
                    .facets
                    .country
                    .iter()
                    .map(|v| format!("{} {} ({})", v.value, v.name.as_deref().unwrap_or(&v.value), v.count))
                    .collect()
            )
        )?;
        writeln!(
            out,
            "{strong}years{strong:#}     {}",
            list(results.facets.year.iter().map(|v| format!("{} ({})", v.value, v.count)).collect())
        )?;
    }
    Ok(())
}

/// The snippet with its matched words in the `mark` style, from the words' ranges.
fn styled_snippet(fragments: &[Fragment], mark: Style) -> String {
    snippet::render(fragments, &mut |t| printable(t).into_owned(), &mut |m| format!("{mark}{}{mark:#}", printable(m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_readouts_is_printed_without_controls() {
        assert!(matches!(printable("peace\tagreement\n"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}[2Jb\u{7}c\u{1b}]0;title\u{7}d\u{b}e\r"), "abcde");
        assert_eq!(printable("Çavuşoğlu said"), "Çavuşoğlu said");
    }

    #[test]
    fn marked_words_are_styled_and_the_text_is_left_as_it_is() {
        let fragments = [
            Fragment {
                text: "a & peace".into(),
                highlights: vec![std::ops::Range { start: 4, end: 9 }],
                range: [0, 9],
            },
            Fragment {
                text: "<b>agreement".into(),
                highlights: vec![std::ops::Range { start: 3, end: 12 }],
                range: [20, 32],
            },
        ];
        let mark = Palette::COLOURED.mark;
        let styled = styled_snippet(&fragments, mark);
        assert_eq!(styled, format!("a & {mark}peace{mark:#} … <b>{mark}agreement{mark:#}"));
    }
}
