//! `readouts bench`: query latency in one process, through the same code path as `search` (top 10,
//! snippets, facet counts), so that users can size their hardware and we can compare with peers.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use serde::Serialize;

use super::IndexArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    index: IndexArg,
    /// Queries, one a line in readouts' query language; lines starting with # are comments
    #[arg(long, value_name = "FILE")]
    queries: PathBuf,
    /// Timed runs of each query (after one warm-up run)
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
    repeat: u32,
    /// Print JSON
    #[arg(long)]
    json: bool,
    /// Also give each query's median, its hit count, slowest first (to find what to tune)
    #[arg(long)]
    per_query: bool,
    /// Time statement searches (`readouts quotes`: top 10 statements with their marks and
    /// facets) instead of readout searches
    #[arg(long)]
    quotes: bool,
}

/// One query's figures.
#[derive(Debug, Serialize)]
struct QueryReport {
    query: String,
    total: usize,
    median_ms: f64,
}

/// Latency figures, in milliseconds.
#[derive(Debug, Serialize)]
struct Report {
    queries: usize,
    samples: usize,
    p50_ms: f64,
    p95_ms: f64,
    p99_ms: f64,
    mean_ms: f64,
    max_ms: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    per_query: Vec<QueryReport>,
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.queries)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", args.queries.display()))?;
    let queries: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    if queries.is_empty() {
        anyhow::bail!("{} holds no queries", args.queries.display());
    }
    let index = args.index.open()?;
    let mut samples = Vec::with_capacity(queries.len() * args.repeat as usize);
    let mut per_query = Vec::new();
    for q in &queries {
        // Warm-up: the first run pays for loading the terms' postings.
        let total = run_once(&index, q, args.quotes)?;
        let mut own = Vec::with_capacity(args.repeat as usize);
        for _ in 0..args.repeat {
            let started = Instant::now();
            run_once(&index, q, args.quotes)?;
            own.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        samples.extend_from_slice(&own);
        if args.per_query {
            own.sort_by(f64::total_cmp);
            per_query.push(QueryReport { query: q.to_string(), total, median_ms: percentile(&own, 50.0) });
        }
    }
    samples.sort_by(f64::total_cmp);
    per_query.sort_by(|a, b| b.median_ms.total_cmp(&a.median_ms));
    let report = Report {
        queries: queries.len(),
        samples: samples.len(),
        p50_ms: percentile(&samples, 50.0),
        p95_ms: percentile(&samples, 95.0),
        p99_ms: percentile(&samples, 99.0),
        mean_ms: samples.iter().sum::<f64>() / samples.len() as f64,
        max_ms: samples.last().copied().unwrap_or(f64::NAN),
        per_query,
    };
    if args.json {
        super::print_json(&report)?;
    } else {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "{} queries x {} runs: p50 {:.3} ms, p95 {:.3} ms, p99 {:.3} ms, mean {:.3} ms, max {:.3} ms",
            report.queries, args.repeat, report.p50_ms, report.p95_ms, report.p99_ms, report.mean_ms, report.max_ms
        )?;
        for q in &report.per_query {
            writeln!(out, "{:>10.3} ms {:>9} hits  {}", q.median_ms, q.total, q.query)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One search as a page shows it (hits carry ranges, HTML is rendered from them); the match count.
fn run_once(index: &readouts::Index, query: &str, quotes: bool) -> anyhow::Result<usize> {
    if quotes {
        let results = index.quotes(&readouts::search::QuoteRequest::new(query))?;
        for hit in &results.hits {
            std::hint::black_box(hit.text_html());
        }
        return Ok(std::hint::black_box(results).total as usize);
    }
    let results = index.search(&readouts::SearchRequest::new(query))?;
    for hit in &results.hits {
        std::hint::black_box((hit.snippet_html(), hit.title_html()));
    }
    Ok(std::hint::black_box(results).total as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let xs: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&xs, 50.0), 50.0);
        assert_eq!(percentile(&xs, 99.0), 99.0);
        assert_eq!(percentile(&[3.0], 95.0), 3.0);
    }
}
