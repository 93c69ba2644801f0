//! What a search asks: [`SearchRequest`] with its defaults and caps, defined once for the library,
//! the CLI and the server.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::bounds;

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
/// Values `readouts facets` and `readouts people` (and their endpoints) list unless told otherwise.
pub const DEFAULT_LIST_LIMIT: usize = 20;
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
    /// default one hit, the best of them, with the others in [`Hit::duplicates`](super::Hit::duplicates), and count once
    /// in the total and the facets.
    #[serde(default)]
    pub all_copies: bool,
    /// Explain each hit's rank ([`Hit::explain`](super::Hit::explain)).
    #[serde(default)]
    pub explain: bool,
    /// How long the search may run, in milliseconds, before it is stopped with
    /// [`Error::TimeLimit`](crate::Error::TimeLimit); `None`: [`bounds::DEFAULT_TIME_LIMIT`].
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

    /// Sets how long the search may run before it is stopped with [`Error::TimeLimit`](crate::Error::TimeLimit).
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

    /// Explains each hit's rank ([`Hit::explain`](super::Hit::explain)).
    pub fn explain(mut self, explain: bool) -> Self {
        self.explain = explain;
        self
    }
}
