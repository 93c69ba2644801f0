//! Searching: a [`SearchRequest`] in, [`SearchResults`] out (the JSON of `readouts search --json`).

use std::time::Instant;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tantivy::query::Query;
use tantivy::{DocAddress, Score, TantivyDocument};

use crate::error::{Error, Result};
use crate::extract::country;
use crate::index::Index;
use crate::readout::Country;

mod any;
pub mod bounds;
mod collect;
pub(crate) mod columns;
pub(crate) mod copies;
pub mod dates;
pub mod explain;
mod facets;
mod filters;
mod near;
pub(crate) mod people;
pub use dates::{parse_user_date, parse_user_date_end};
pub use people::{PeopleRequest, PersonSummary};
pub mod query;
pub mod rank;
mod rarity;
pub mod snippet;

/// The deepest page a search serves: hits are ranked in memory, offset and page together.
pub const MAX_OFFSET: usize = 1_000_000;
/// Hits a request returns unless it says otherwise (the CLI, the server and [`SearchRequest::new`]).
pub const DEFAULT_LIMIT: usize = 10;
/// The most hits one request may ask for, from the library, the CLI or the server.
pub const MAX_LIMIT: usize = 10_000;
/// Snippet passages a hit gets unless the request says otherwise.
pub const DEFAULT_FRAGMENTS: usize = 2;
/// The most snippet passages the CLI and the server let a request ask for.
pub const MAX_FRAGMENTS: usize = 10;
/// Values a facet lists unless the request says otherwise.
pub const DEFAULT_FACET_LIMIT: usize = 10;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Sort {
    /// Best match first; ties broken by recency.
    #[default]
    Relevance,
    /// Most recent first.
    Newest,
    /// Oldest first.
    Oldest,
}

/// A search: the query text plus filters and paging. Build one with [`SearchRequest::new`] and the
/// builder methods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchRequest {
    /// The query in readouts' query language; empty matches every readout.
    pub query: String,
    /// Keep readouts with any of these speakers (full name or surname; case and accents ignored).
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Keep readouts about any of these countries (ISO code or name).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Keep readouts in which someone readouts say speaks for any of these countries speaks (ISO
    /// code or name): "an Armenian official speaks".
    #[serde(default)]
    pub speaker_countries: Vec<String>,
    /// Keep readouts published on or after this day.
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// Keep readouts published on or before this day.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    /// Hit order.
    #[serde(default)]
    pub sort: Sort,
    /// Hits to return.
    #[serde(default = "default_limit")]
    pub limit: usize,
    /// Hits to skip.
    #[serde(default)]
    pub offset: usize,
    /// Values to return per facet.
    #[serde(default = "default_facet_limit")]
    pub facet_limit: usize,
    /// Passages per snippet.
    #[serde(default = "default_fragments")]
    pub fragments: usize,
    /// Match words exactly (stemmed and folded): no typo tolerance, no prefix matching.
    #[serde(default)]
    pub exact: bool,
    /// Show and count every copy of a text: readouts whose bodies are (nearly) the same are by
    /// default one hit, the best of them, with the others in [`Hit::duplicates`], and count once
    /// in the total and the facets.
    #[serde(default)]
    pub all_copies: bool,
    /// Explain each hit's rank ([`Hit::explain`]).
    #[serde(default)]
    pub explain: bool,
    /// How long the search may run, in milliseconds, before it is stopped with
    /// [`Error::TimeLimit`]; `None`: [`bounds::DEFAULT_TIME_LIMIT`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_ms: Option<u64>,
}

// serde's defaults for the fields whose default is not the type's.
fn default_limit() -> usize {
    DEFAULT_LIMIT
}
fn default_facet_limit() -> usize {
    DEFAULT_FACET_LIMIT
}
fn default_fragments() -> usize {
    DEFAULT_FRAGMENTS
}

impl SearchRequest {
    /// A request for `query` with the defaults: 10 hits, 10 values a facet, 2 snippet passages.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            speakers: Vec::new(),
            countries: Vec::new(),
            speaker_countries: Vec::new(),
            since: None,
            until: None,
            sort: Sort::Relevance,
            limit: DEFAULT_LIMIT,
            offset: 0,
            facet_limit: DEFAULT_FACET_LIMIT,
            fragments: DEFAULT_FRAGMENTS,
            exact: false,
            all_copies: false,
            explain: false,
            time_limit_ms: None,
        }
    }

    /// Sets how long the search may run before it is stopped with [`Error::TimeLimit`].
    pub fn time_limit(mut self, limit: std::time::Duration) -> Self {
        self.time_limit_ms = Some(u64::try_from(limit.as_millis()).unwrap_or(u64::MAX));
        self
    }

    /// The time limit in force: the one set, else [`bounds::DEFAULT_TIME_LIMIT`].
    pub fn effective_time_limit(&self) -> std::time::Duration {
        self.time_limit_ms.map_or(bounds::DEFAULT_TIME_LIMIT, std::time::Duration::from_millis)
    }

    /// Adds a speaker filter (any of the speakers given matches).
    pub fn speaker(mut self, name: impl Into<String>) -> Self {
        self.speakers.push(name.into());
        self
    }

    /// Adds a country filter (any of the countries given matches).
    pub fn country(mut self, code_or_name: impl Into<String>) -> Self {
        self.countries.push(code_or_name.into());
        self
    }

    /// Adds a speaker-country filter: readouts in which someone of that country speaks (any of the
    /// countries given matches).
    pub fn speaker_country(mut self, code_or_name: impl Into<String>) -> Self {
        self.speaker_countries.push(code_or_name.into());
        self
    }

    /// Sets how many values of each facet to count (0: none).
    pub fn facet_limit(mut self, limit: usize) -> Self {
        self.facet_limit = limit;
        self
    }

    /// Keeps readouts from this day on.
    pub fn since(mut self, date: NaiveDate) -> Self {
        self.since = Some(date);
        self
    }

    /// Keeps readouts up to this day.
    pub fn until(mut self, date: NaiveDate) -> Self {
        self.until = Some(date);
        self
    }

    /// Sets the order.
    pub fn sort(mut self, sort: Sort) -> Self {
        self.sort = sort;
        self
    }

    /// Sets how many hits to return.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// Sets how many hits to skip.
    pub fn offset(mut self, offset: usize) -> Self {
        self.offset = offset;
        self
    }

    /// Sets how many passages each snippet shows.
    pub fn fragments(mut self, fragments: usize) -> Self {
        self.fragments = fragments;
        self
    }

    /// Matches words exactly (stemmed and folded): no typo tolerance, no prefix matching.
    pub fn exact(mut self, exact: bool) -> Self {
        self.exact = exact;
        self
    }

    /// Shows and counts every copy of a text instead of one hit per text.
    pub fn all_copies(mut self, all_copies: bool) -> Self {
        self.all_copies = all_copies;
        self
    }

    /// Explains each hit's rank ([`Hit::explain`]).
    pub fn explain(mut self, explain: bool) -> Self {
        self.explain = explain;
        self
    }
}

/// One hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The readout's id.
    pub id: String,
    /// The file it was read from.
    pub path: String,
    /// Its url.
    pub url: Option<String>,
    /// Its title.
    pub title: String,
    /// Its date.
    pub date: Option<NaiveDate>,
    /// Relevance score: BM25 with field weights, which orders hits within a tier (the first
    /// ranking rule, see [`rank`]; [`Hit::explain`] gives both).
    pub score: Score,
    /// Its speakers, canonical names.
    pub speakers: Vec<String>,
    /// Its speakers with the title and country the readout gives them (else the country readouts
    /// usually give them).
    pub people: Vec<crate::readout::SpeakerRole>,
    /// Its countries.
    pub countries: Vec<Country>,
    /// Passages that show the match, HTML-escaped, matched words in `<mark>`, joined with ` … `.
    pub snippet: String,
    /// The title, HTML-escaped, matched words in `<mark>`.
    pub title_html: String,
    /// The snippet's passages as plain text with their character ranges in the body.
    pub fragments: Vec<snippet::Fragment>,
    /// The other readouts of the same text (republished under another title, url or date), when
    /// copies are grouped (the default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicates: Vec<Duplicate>,
    /// Why the hit ranks where it does, when the request asked ([`SearchRequest::explain`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<explain::Explanation>,
    /// The path relative to the directory the file was found under, which the server shows in
    /// place of `path`.
    #[serde(skip)]
    pub(crate) public_path: String,
}

/// Another readout of a hit's text: "also published as".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its date.
    pub date: Option<NaiveDate>,
}

/// A facet value with its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueCount {
    /// The value.
    pub value: String,
    /// Matching readouts that have it.
    pub count: u64,
}

/// A country with its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCount {
    /// ISO code.
    pub code: String,
    /// Common name.
    pub name: String,
    /// Matching readouts about it.
    pub count: u64,
}

/// Facet counts over all matches, not only the returned page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts {
    /// Top speakers.
    pub speaker: Vec<ValueCount>,
    /// Top countries.
    pub country: Vec<CountryCount>,
    /// Years, most matches first.
    pub year: Vec<ValueCount>,
}

/// A facet that can be counted on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum FacetField {
    /// People who speak.
    Speaker,
    /// States referred to.
    Country,
    /// Publication year.
    Year,
    /// Publication month (`2023-11`).
    Month,
}

/// A facet value with its count; countries also carry their name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// The value: a name, an ISO code, a year or a month.
    pub value: String,
    /// The country's name, for the country facet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<String>,
    /// Matching readouts that have it.
    pub count: u64,
}

/// The granularity of a timeline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Period {
    /// Calendar years.
    Year,
    /// Calendar months.
    #[default]
    Month,
}

/// Matches per calendar period, oldest first, with the empty periods between.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The query as given.
    pub query: String,
    /// The period.
    pub by: Period,
    /// All matches (dated or not).
    pub total: usize,
    /// One bucket a period from the first match to the last.
    pub buckets: Vec<FacetValue>,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// The query as given.
    pub query: String,
    /// How many readouts match.
    pub total: usize,
    /// Time taken, in milliseconds.
    pub took_ms: f64,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts over all matches.
    pub facets: FacetCounts,
}

impl Index {
    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let started = Instant::now();
        if request.limit > MAX_LIMIT {
            return Err(Error::InvalidArgument(format!("limit {} is above the maximum of {MAX_LIMIT}", request.limit)));
        }
        if request.offset > MAX_OFFSET {
            return Err(Error::InvalidArgument(format!(
                "offset {} is above the maximum of {MAX_OFFSET}",
                request.offset
            )));
        }
        let deadline = bounds::Deadline::after(request.effective_time_limit());
        let Effective { query, highlights, proximity, parts } = self.effective_query(request, &deadline)?;
        let searcher = self.reader.searcher();
        let people = self.people.get(&searcher)?;
        let copies = if request.all_copies { None } else { Some(self.copies.get(&searcher)?) };
        let limit = request.facet_limit;
        let facet_plan = [(FacetField::Speaker, limit), (FacetField::Country, limit), (FacetField::Year, limit)];
        let plan = collect::Plan {
            top: request.offset.saturating_add(request.limit.max(1)),
            sort: request.sort,
            facets: if limit == 0 { &[] } else { &facet_plan },
            proximity: proximity.as_ref(),
            deadline: Some(&deadline),
            people: Some(&people),
            one_per_text: copies.as_deref(),
        };
        let outcome = collect::run(&searcher, &self.columns, &*query, &plan)?;
        deadline.check()?;
        let total = outcome.total;
        let mut facet_values = outcome.facets.into_iter();
        let (speaker_counts, country_counts, year_counts) = (
            facet_values.next().unwrap_or_default(),
            facet_values.next().unwrap_or_default(),
            facet_values.next().unwrap_or_default(),
        );
        let top_docs: Vec<(Score, DocAddress)> = outcome.top.into_iter().skip(request.offset).collect();
        let mut hits = Vec::with_capacity(top_docs.len());
        let body = self.fields.body;
        let mut marker = snippet::Marker::new(&highlights).skip_other_words(|stem| {
            near::is_frequent(&searcher, &tantivy::Term::from_field_text(body, stem)).unwrap_or(false)
        });
        let explainer = match request.explain && request.sort == Sort::Relevance {
            true => Some(explain::Explainer::new(&searcher, &parts, proximity.as_ref())?),
            false => None,
        };
        for (score, address) in top_docs.into_iter().take(request.limit) {
            deadline.check()?;
            let mut hit = self.hit(&searcher, &people, address, score, &mut marker, request.fragments)?;
            if let Some(copies) = &copies {
                hit.duplicates = self.duplicates(&searcher, copies, address)?;
            }
            if let Some(explainer) = &explainer {
                hit.explain = Some(explainer.explain(address, score, hit.date)?);
            }
            hits.push(hit);
        }
        let values = |counts: Vec<(String, u64)>| -> Vec<ValueCount> {
            counts.into_iter().map(|(value, count)| ValueCount { value, count }).collect()
        };
        let facets = FacetCounts {
            speaker: values(speaker_counts),
            country: country_counts
                .into_iter()
                .map(|(code, count)| {
                    let name = country::by_code(&code).map(|c| c.name).unwrap_or_else(|| code.clone());
                    CountryCount { code, name, count }
                })
                .collect(),
            year: values(year_counts),
        };
        Ok(SearchResults {
            query: request.query.clone(),
            total,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            hits: if request.limit == 0 { Vec::new() } else { hits },
            facets,
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        people: &people::People,
        address: DocAddress,
        score: Score,
        marker: &mut snippet::Marker<'_>,
        fragments: usize,
    ) -> Result<Hit> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let readout = self.readout_of(&doc);
        let public_path = self.public_path_of(&doc);
        let passages = snippet::fragments(&readout.body, marker, fragments);
        let title_html = snippet::title_html(&readout.title, marker);
        Ok(Hit {
            id: readout.id,
            path: readout.path,
            url: readout.url,
            title: readout.title,
            date: readout.date,
            score,
            people: people.roles(&readout.roles, &readout.speakers),
            speakers: people.canonical(readout.speakers),
            countries: readout.countries,
            snippet: snippet::to_html(&passages),
            title_html,
            fragments: passages,
            duplicates: Vec::new(),
            explain: None,
            public_path,
        })
    }

    /// The other readouts of the text at `address`, oldest first.
    fn duplicates(
        &self,
        searcher: &tantivy::Searcher,
        copies: &copies::Copies,
        address: DocAddress,
    ) -> Result<Vec<Duplicate>> {
        let group = copies.group(address.segment_ord, address.doc_id);
        let mut out = Vec::new();
        for &other in copies.members(group) {
            if other != address {
                let readout = self.readout_of(&searcher.doc::<TantivyDocument>(other)?);
                out.push(Duplicate { id: readout.id, title: readout.title, date: readout.date });
            }
        }
        out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Counts one facet over every readout matching the request's query and filters: the `limit`
    /// most frequent values (years and months: the most recent).
    pub fn facet_counts(&self, request: &SearchRequest, field: FacetField, limit: usize) -> Result<Vec<FacetValue>> {
        self.facet_counts_and_total(request, field, limit).map(|(values, _)| values)
    }

    fn facet_counts_and_total(
        &self,
        request: &SearchRequest,
        field: FacetField,
        limit: usize,
    ) -> Result<(Vec<FacetValue>, usize)> {
        let deadline = bounds::Deadline::after(request.effective_time_limit());
        let query = self.effective_query(request, &deadline)?.query;
        let chronological = matches!(field, FacetField::Year | FacetField::Month);
        let searcher = self.reader.searcher();
        let people = if field == FacetField::Speaker { Some(self.people.get(&searcher)?) } else { None };
        let copies = if request.all_copies { None } else { Some(self.copies.get(&searcher)?) };
        let plan_facets = [(field, if chronological { usize::MAX } else { limit })];
        let plan = collect::Plan {
            top: 0,
            sort: Sort::Relevance,
            facets: &plan_facets,
            proximity: None,
            deadline: Some(&deadline),
            people: people.as_deref(),
            one_per_text: copies.as_deref(),
        };
        let outcome = collect::run(&searcher, &self.columns, &*query, &plan)?;
        deadline.check()?;
        let mut counts = outcome.facets.into_iter().next().unwrap_or_default();
        if chronological {
            counts.sort_by(|a, b| b.0.cmp(&a.0));
            counts.truncate(limit);
        }
        let values = counts
            .into_iter()
            .map(|(value, count)| {
                let name = if field == FacetField::Country { country::by_code(&value).map(|c| c.name) } else { None };
                FacetValue { value, name, count }
            })
            .collect();
        Ok((values, outcome.total))
    }

    /// Matches per calendar month or year, oldest first, empty periods included.
    pub fn timeline(&self, request: &SearchRequest, by: Period) -> Result<Timeline> {
        let field = if by == Period::Year { FacetField::Year } else { FacetField::Month };
        let (mut counts, total) = self.facet_counts_and_total(request, field, usize::MAX)?;
        counts.reverse();
        let mut buckets = Vec::new();
        if let (Some(first), Some(last)) = (counts.first(), counts.last()) {
            let mut period = first.value.clone();
            let by_value: std::collections::HashMap<&str, u64> =
                counts.iter().map(|c| (c.value.as_str(), c.count)).collect();
            loop {
                let count = by_value.get(period.as_str()).copied().unwrap_or(0);
                buckets.push(FacetValue { count, value: period.clone(), name: None });
                if period >= last.value {
                    break;
                }
                period = next_period(&period, by);
            }
        }
        Ok(Timeline { query: request.query.clone(), by, total, buckets })
    }

    /// The query to run for a request, filters included: the strict one, or when it finds nothing,
    /// its least relaxed form that finds something. Relaxing only then keeps totals and facet
    /// counts honest for every query that matches as typed.
    fn effective_query(&self, request: &SearchRequest, deadline: &bounds::Deadline) -> Result<Effective> {
        let compiled = query::compile(
            &self.fields,
            &request.query,
            query::Options { exact: request.exact, explain: request.explain },
        )?;
        let mut query = self.with_filters(compiled.query, request)?;
        let searcher = self.reader.searcher();
        let count = collect::Plan {
            top: 0,
            sort: Sort::Relevance,
            facets: &[],
            proximity: None,
            deadline: Some(deadline),
            people: None,
            one_per_text: None,
        };
        for relaxed in compiled.relaxed {
            let found = collect::run(&searcher, &self.columns, &*query, &count)?.total;
            deadline.check()?;
            if found > 0 {
                break;
            }
            query = self.with_filters(relaxed, request)?;
        }
        deadline.check()?;
        Ok(Effective { query, highlights: compiled.highlights, proximity: compiled.proximity, parts: compiled.parts })
    }
}

/// What a request searches for.
struct Effective {
    /// What matches, filters included.
    query: Box<dyn Query>,
    /// What snippets mark.
    highlights: query::Highlights,
    /// What decides a match's tier without deciding what matches.
    proximity: Option<rank::Proximity>,
    /// The parts of the score, for explanations.
    parts: Vec<explain::PartQuery>,
}

/// The period after `2023-12` (`2024-01`) or `2023` (`2024`).
fn next_period(period: &str, by: Period) -> String {
    let mut parts = period.split('-').map(|p| p.parse::<i32>().unwrap_or(0));
    let year = parts.next().unwrap_or(0);
    match (by, parts.next()) {
        (Period::Month, Some(month)) if month >= 12 => format!("{:04}-01", year + 1),
        (Period::Month, Some(month)) => format!("{year:04}-{:02}", month + 1),
        _ => format!("{:04}", year + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reads_from_its_query_alone_with_the_defaults_of_new() {
        let request: SearchRequest = serde_json::from_str(r#"{"query": "peace agreement"}"#).unwrap();
        assert_eq!(request, SearchRequest::new("peace agreement"));
        let built = SearchRequest::new("x").fragments(1).exact(true).all_copies(true).explain(true).limit(3);
        let read: SearchRequest = serde_json::from_str(
            r#"{"query": "x", "fragments": 1, "exact": true, "all_copies": true, "explain": true, "limit": 3}"#,
        )
        .unwrap();
        assert_eq!(read, built);
    }

    #[test]
    fn periods_follow_each_other() {
        assert_eq!(next_period("2023-11", Period::Month), "2023-12");
        assert_eq!(next_period("2023-12", Period::Month), "2024-01");
        assert_eq!(next_period("2023", Period::Year), "2024");
    }

    /// The deepest, longest and widest queries the bounds allow, each run whole (compiled, counted,
    /// ranked, snippets made) on a thread with a 256 KB stack, an eighth of what the server's tokio
    /// workers get: a bound that let through a query the stack cannot hold would abort this test.
    /// Before lone clauses were collapsed, the 32 chained `NOT`s took near 300 KB and overflowed.
    #[test]
    fn the_largest_queries_the_bounds_allow_run_on_a_small_stack() {
        let index = collect::tests::sample_index(500);
        let nested = format!("{}peace{}", "(".repeat(bounds::MAX_DEPTH), ")".repeat(bounds::MAX_DEPTH));
        let nots = format!("{}peace", "NOT ".repeat(bounds::MAX_OPERATORS));
        let minuses = format!("{}peace", "-".repeat(bounds::MAX_OPERATORS));
        // Parentheses and operators at once, each group a level deeper.
        let mut mixed = String::from("peace");
        for _ in 0..bounds::MAX_DEPTH {
            mixed = format!("(NOT grain OR {mixed})");
        }
        let words: Vec<String> = (0..bounds::MAX_WORDS).map(|i| format!("agreemnt{i}")).collect();
        let phrase_words = (bounds::MAX_PHRASE_WORK / bounds::MAX_SLOP) as usize;
        let phrase = format!("\"{}\"~{}", vec!["peace agreement"; phrase_words / 2].join(" "), bounds::MAX_SLOP);
        let queries = [nested, nots, minuses, mixed, words.join(" "), phrase];
        for query in &queries {
            assert!(bounds::check_text(query).is_ok(), "{query} is within the bounds");
        }
        let worker = std::thread::Builder::new()
            .name("small-stack".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                for query in &queries {
                    let request = SearchRequest::new(query.as_str()).limit(5);
                    // Answered, or refused as a query the grammar cannot read: either way, no crash.
                    match index.search(&request).map(|_| ()).and(index.timeline(&request, Period::Month).map(|_| ())) {
                        Ok(()) => {}
                        Err(e) if e.is_user_error() => assert!(query.starts_with('-'), "{query}: {e}"),
                        Err(e) => panic!("{query}: {e}"),
                    }
                }
            })
            .unwrap();
        worker.join().expect("no stack overflow");
    }

    #[test]
    fn a_search_over_its_time_limit_is_stopped() {
        let index = collect::tests::sample_index(2_000);
        for request in [
            SearchRequest::new("peace").time_limit(std::time::Duration::ZERO),
            SearchRequest::new("zzz yyy xxx www").time_limit(std::time::Duration::ZERO),
        ] {
            assert!(matches!(index.search(&request), Err(Error::TimeLimit(_))), "{request:?}");
            let facets = index.facet_counts(&request, FacetField::Speaker, 5);
            assert!(matches!(facets, Err(Error::TimeLimit(_))));
        }
        let within = SearchRequest::new("peace").time_limit(std::time::Duration::from_secs(60));
        assert!(index.search(&within).unwrap().total > 0);
        // A request from JSON without a limit has the default one.
        let request: SearchRequest =
            serde_json::from_str(r#"{"query":"peace","limit":10,"facet_limit":10,"fragments":2}"#).unwrap();
        assert_eq!(request.effective_time_limit(), bounds::DEFAULT_TIME_LIMIT);
    }

    #[test]
    fn query_dates_past_the_span_match_nothing_and_wrapping_years_are_refused() {
        let index = collect::tests::sample_index(200);
        assert_eq!(index.search(&SearchRequest::new("date:[2262 TO *]")).unwrap().total, 0);
        assert!(index.search(&SearchRequest::new("date:[1000 TO *]")).unwrap().total > 0);
        let far = SearchRequest::new("").since(NaiveDate::from_ymd_opt(9999, 1, 1).unwrap());
        assert_eq!(index.search(&far).unwrap().total, 0);
        for wrapping in ["date:[4294967295 TO *]", "date:+2023", "date:99999"] {
            let err = index.search(&SearchRequest::new(wrapping)).unwrap_err();
            assert!(err.is_user_error(), "{wrapping}: {err}");
        }
    }

    #[test]
    fn operators_on_lone_clauses_compose() {
        let index = collect::tests::sample_index(200);
        let total = |query: &str| index.search(&SearchRequest::new(query)).unwrap().total;
        assert!(total("peace") > 0 && total("NOT peace") > 0);
        assert_eq!(total("NOT NOT peace"), total("peace"));
        assert_eq!(total("NOT NOT NOT peace"), total("NOT peace"));
        assert_eq!(total("grain AND NOT (NOT peace)"), total("grain AND peace"));
        assert_eq!(total("+(-peace)"), total("NOT peace"));
        // An optional exclusion stays one: grain, or anything without peace.
        assert!(total("grain OR (-peace)") > total("NOT peace"));
    }
}
