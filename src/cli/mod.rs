//! Command-line arguments (clap derive) and the dispatch to one module per subcommand.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod bench;
mod export;
mod extract;
mod facets;
mod generate;
mod index;
mod people;
mod quotes;
mod search;
#[cfg(feature = "server")]
mod serve;
mod show;
mod timeline;

/// Exit code for a usage or query error.
const EXIT_USAGE: u8 = 2;

/// Search diplomatic press readouts: speakers, countries and dates extracted, ranked results with
/// highlighted snippets.
#[derive(Debug, Parser)]
#[command(name = "readouts", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index readouts (incrementally, or rebuilt from scratch with --rebuild).
    Index(index::Args),
    /// Search the index.
    Search(search::Args),
    /// Parse readouts and print their facets, without indexing.
    Extract(extract::Args),
    /// Show one indexed readout with its facets.
    Show(show::Args),
    /// Count one facet (speakers, countries, years, months) over all matches.
    Facets(facets::Args),
    /// Matches per month or year as a bar chart.
    Timeline(timeline::Args),
    /// Write every indexed readout with its facets as NDJSON.
    Export(export::Args),
    /// Measure query latency (top 10 with snippets and facet counts) in one process.
    Bench(bench::Args),
    /// Who's who: each person with their aliases, titles, country, readouts and dates.
    People(people::Args),
    /// Who said what: statements ranked, with their speakers, and counts by speaker.
    Quotes(quotes::Args),
    /// Serve the HTTP JSON API and the search page.
    #[cfg(feature = "server")]
    Serve(serve::Args),
    /// Print the shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(generate::CompletionsArgs),
    /// Print the man page (roff), or write every page into a directory.
    Man(generate::ManArgs),
}

/// The filters every query command takes.
#[derive(Debug, Clone, clap::Args)]
struct Filters {
    /// Only readouts with this speaker (full name or surname); repeat for any of several
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,
    /// Only readouts about this country (ISO code or name); repeat for any of several
    #[arg(long, value_name = "CODE|NAME")]
    country: Vec<String>,
    /// Only readouts in which someone of this country speaks (ISO code or name); repeat for any
    #[arg(long, value_name = "CODE|NAME")]
    speaker_country: Vec<String>,
    /// Only readouts published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<chrono::NaiveDate>,
    /// Only readouts published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)
    #[arg(long, value_name = "DATE", value_parser = parse_date_end)]
    until: Option<chrono::NaiveDate>,
    /// Match words exactly: no typo tolerance, no prefix matching of the last word
    #[arg(long)]
    exact: bool,
    /// Show and count every copy of a text (by default, readouts whose bodies are the same or
    /// nearly are one hit, "also published as", and count once)
    #[arg(long)]
    all_copies: bool,
}

impl Filters {
    /// A request for `query` with these filters.
    fn request(&self, query: &str) -> readouts::SearchRequest {
        let mut request = readouts::SearchRequest::new(query);
        request.speakers = self.speaker.clone();
        request.countries = self.country.clone();
        request.speaker_countries = self.speaker_country.clone();
        request.since = self.since;
        request.until = self.until;
        request.exact = self.exact;
        request.all_copies = self.all_copies;
        request
    }
}

/// Where the index is: `--index DIR`, else `$READOUTS_INDEX`, else the user's data directory.
#[derive(Debug, clap::Args)]
struct IndexArg {
    /// Index directory [default: $READOUTS_INDEX, else the user's data directory]
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,
}

impl IndexArg {
    /// The directory, and whether the user named it (a named index is never built implicitly).
    fn resolve(&self) -> (PathBuf, bool) {
        match &self.index {
            Some(dir) => (dir.clone(), true),
            None => (readouts::default_index_dir(), false),
        }
    }

    /// Opens the index; the default one is first built from the bundled corpus when it does not
    /// exist yet, so that the first command after a clone or an install works.
    fn open(&self) -> anyhow::Result<readouts::Index> {
        let (dir, explicit) = self.resolve();
        if !explicit && !dir.join("CURRENT").exists() {
            let corpus = readouts::bundled_corpus()?;
            if !corpus.is_dir() {
                anyhow::bail!(
                    "no index at {} and no bundled corpus at {} to build it from: run `readouts index PATH`, \
                     or set READOUTS_CORPUS",
                    dir.display(),
                    corpus.display()
                );
            }
            eprintln!(
                "readouts: building the index at {} from the bundled corpus {} (once)",
                dir.display(),
                corpus.display()
            );
            let summary = index::run_update(&dir, &[corpus], &readouts::UpdateOptions::default(), true)?;
            eprintln!("readouts: {summary}");
        }
        Ok(readouts::Index::open(&dir)?)
    }
}

/// Parses arguments and runs the subcommand.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Index(args) => index::run(args),
        Command::Search(args) => search::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Show(args) => show::run(args),
        Command::Facets(args) => facets::run(args),
        Command::Timeline(args) => timeline::run(args),
        Command::Export(args) => export::run(args),
        Command::Bench(args) => bench::run(args),
        Command::People(args) => people::run(args),
        Command::Quotes(args) => quotes::run(args),
        #[cfg(feature = "server")]
        Command::Serve(args) => serve::run(args),
        Command::Completions(args) => generate::completions(args),
        Command::Man(args) => generate::man(args),
    }
}

/// The exit code for an error: 2 for the user's mistakes (a bad query, date or country), 1 for
/// everything else.
pub fn exit_code_of(err: &anyhow::Error) -> ExitCode {
    let user = err.chain().any(|e| e.downcast_ref::<readouts::Error>().is_some_and(readouts::Error::is_user_error));
    if user { ExitCode::from(EXIT_USAGE) } else { ExitCode::FAILURE }
}

/// The styles of the output for people: bold, dimmed and marked words on a terminal that takes
/// colours, none at all when stdout is piped or `NO_COLOR` is set (anstream's choice).
#[derive(Clone, Copy)]
struct Palette {
    /// A matched word.
    mark: anstyle::Style,
    /// A title or a facet's name.
    strong: anstyle::Style,
    /// What is said about a hit.
    dim: anstyle::Style,
}

impl Palette {
    const COLOURED: Palette = Palette {
        mark: anstyle::Style::new().bold().fg_color(Some(anstyle::Color::Ansi(anstyle::AnsiColor::Yellow))),
        strong: anstyle::Style::new().bold(),
        dim: anstyle::Style::new().dimmed(),
    };
    /// Styles that print as nothing.
    const PLAIN: Palette =
        Palette { mark: anstyle::Style::new(), strong: anstyle::Style::new(), dim: anstyle::Style::new() };
}

/// Prints to stdout with `print` in the palette stdout takes. Piped, the text is written plain
/// and buffered, rather than written styled through anstream, which strips the styles byte by
/// byte and passes each line on as it comes: 0.30 M of the 12.1 M instructions of a
/// `readouts search "peace agreement"` process on corpus/ (callgrind), and a write call a line.
/// `the_plain_output_is_the_coloured_one_stripped` holds the two ways to the same text.
fn print_styled(print: impl FnOnce(&mut dyn std::io::Write, Palette) -> std::io::Result<()>) -> std::io::Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let choice = anstream::AutoStream::choice(&stdout);
    if choice == anstream::ColorChoice::Never {
        // Larger than std's own line buffer behind it, so that a long listing goes in few writes.
        let mut out = std::io::BufWriter::with_capacity(64 << 10, stdout.lock());
        print(&mut out, Palette::PLAIN)?;
        out.flush()
    } else {
        print(&mut anstream::AutoStream::new(stdout.lock(), choice), Palette::COLOURED)
    }
}

/// `text` from a readout (a title, a passage, a file name) as it may go to a terminal: without
/// control characters and escape sequences, which a scraped page or a file's name may hold
/// ("\x1b[2J" clears the screen), tabs and line ends kept. Applied to what readouts hold in
/// both palettes: the plain output gives what anstream's stripping of all the output gave.
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unwanted = |c: char| c.is_control() && c != '\t' && c != '\n';
    if !text.chars().any(unwanted) {
        return text.into();
    }
    anstream::adapter::strip_str(text).to_string().chars().filter(|&c| !unwanted(c)).collect::<String>().into()
}

/// Says on standard error which speaker filters may be misspelt, and whom they may mean: a filter
/// that matched nothing should not leave a typo unexplained.
fn warn_of_misspelt_speakers(suggestions: &[readouts::search::SpeakerSuggestion]) {
    for s in suggestions {
        eprintln!("warning: no speaker is named {:?}; did you mean {:?}?", s.asked, s.name);
    }
}

/// Prints a value as one line of JSON on standard output: the `--json` of every command.
fn print_json(value: &impl serde::Serialize) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Parses a `--since` date at the edge, so that clap reports a bad one as a usage error.
fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    readouts::search::parse_user_date(s).map_err(|e| e.to_string())
}

/// Parses an `--until` date: a month or year means up to its last day.
fn parse_date_end(s: &str) -> Result<chrono::NaiveDate, String> {
    readouts::search::parse_user_date_end(s).map_err(|e| e.to_string())
}
