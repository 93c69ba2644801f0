//! Searching statements, who said what: a [`QuoteRequest`] in, [`QuoteResults`] out (the JSON of
//! `readouts quotes --json` and `GET /quotes`).
//!
//! Statements are stored with their readout (see [`crate::index::schema::names::STATEMENTS`]), so
//! incremental indexing, rebuilds and deletes keep them in step with it. A search runs the query
//! language over the readouts, with every readout filter, and takes the best
//! [`QUOTE_CANDIDATES`] readouts; their statements that hold a word of the query, and pass the
//! statement filters (speaker, speaker country, kind), are ranked: those that hold the query's
//! words side by side first, then those that hold more of its words, then by their readout's rank.
//! Totals and facets count the statements of those readouts.

pub(crate) mod read;

use std::time::Instant;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::collect;
use super::columns::ColumnCache;
use super::people::PeopleCache;
use super::results::FacetValue;
use super::snippet::Fragment;
use super::{PreparedQuery, SearchRequest, Sort, bounds};
use crate::error::{Error, Result};
use crate::extract::country;
use crate::index::Index;
use crate::readout::StatementKind;
use rustc_hash::FxHashMap;

/// How many of the best-matching readouts a quote search reads statements from.
pub const QUOTE_CANDIDATES: usize = 50;

/// A search for statements. Build one with [`QuoteRequest::new`] and the setters, or from JSON
/// (`{"query": "..."}` alone is a request).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRequest {
    /// The query, in the language of [`SearchRequest::query`]; empty matches every statement.
    #[serde(default)]
    pub query: String,
    /// Only statements of any of these people (any name the people registry knows for them).
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Only statements from readouts that refer to any of these countries (code or name).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Only statements of people who speak for any of these countries (code or name).
    #[serde(default)]
    pub speaker_countries: Vec<String>,
    /// Only statements of this kind.
    #[serde(default)]
    pub kind: Option<StatementKind>,
    /// Only readouts published on or after this date.
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// Only readouts published on or before this date.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    /// No typo tolerance.
    #[serde(default)]
    pub exact: bool,
    /// At most this many statements.
    #[serde(default = "default_limit")]
    pub limit: usize,
    /// Statements to skip (paging).
    #[serde(default)]
    pub offset: usize,
    /// At most this many values a facet.
    #[serde(default = "default_facet_limit")]
    pub facet_limit: usize,
    /// How long the search may run, in milliseconds (see [`SearchRequest::time_limit_ms`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_ms: Option<u64>,
}

fn default_limit() -> usize {
    super::DEFAULT_LIMIT
}

fn default_facet_limit() -> usize {
    super::DEFAULT_FACET_LIMIT
}

impl QuoteRequest {
    /// A request for `query` with the defaults: 10 statements, every kind, no filter.
    pub fn new(query: impl Into<String>) -> Self {
        QuoteRequest {
            query: query.into(),
            speakers: Vec::new(),
            countries: Vec::new(),
            speaker_countries: Vec::new(),
            kind: None,
            since: None,
            until: None,
            exact: false,
            limit: default_limit(),
            offset: 0,
            facet_limit: default_facet_limit(),
            time_limit_ms: None,
        }
    }

    /// Only statements of this person (call again for any of several).
    pub fn speaker(mut self, name: impl Into<String>) -> Self {
        self.speakers.push(name.into());
        self
    }

    /// Only statements from readouts that refer to this country (call again for any of several).
    pub fn country(mut self, code_or_name: impl Into<String>) -> Self {
        self.countries.push(code_or_name.into());
        self
    }

    /// Only statements of people who speak for this country (call again for any of several).
    pub fn speaker_country(mut self, code_or_name: impl Into<String>) -> Self {
        self.speaker_countries.push(code_or_name.into());
        self
    }

    /// Only statements of this kind.
    pub fn kind(mut self, kind: StatementKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Only readouts published on or after `date`.
    pub fn since(mut self, date: NaiveDate) -> Self {
        self.since = Some(date);
        self
    }

    /// Only readouts published on or before `date`.
    pub fn until(mut self, date: NaiveDate) -> Self {
        self.until = Some(date);
        self
    }

    /// No typo tolerance.
    pub fn exact(mut self, exact: bool) -> Self {
        self.exact = exact;
        self
    }

    /// At most `limit` statements.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// Skips the first `offset` statements.
    pub fn offset(mut self, offset: usize) -> Self {
        self.offset = offset;
        self
    }

    /// At most `limit` values a facet.
    pub fn facet_limit(mut self, limit: usize) -> Self {
        self.facet_limit = limit;
        self
    }

    /// The readout search that finds the candidates: the query and the readout filters. A
    /// speaker's readouts are those that list them as a speaker, which every statement's speaker
    /// nearly always is.
    fn readout_search(&self) -> SearchRequest {
        let mut search = SearchRequest::new(self.query.clone()).exact(self.exact).limit(QUOTE_CANDIDATES);
        search.speakers = self.speakers.clone();
        search.countries = self.countries.clone();
        search.speaker_countries = self.speaker_countries.clone();
        search.since = self.since;
        search.until = self.until;
        search.time_limit_ms = self.time_limit_ms;
        search
    }
}

/// One statement found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteHit {
    /// Who said it, by canonical name.
    pub speaker: String,
    /// The country they speak for, where the readout or the people registry says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_country: Option<String>,
    /// Quoted words or reported speech.
    pub kind: StatementKind,
    /// The statement, with the query's words marked (`text_html` in JSON).
    #[serde(serialize_with = "statement_json")]
    pub text: Fragment,
    /// Its character range in the readout's body.
    pub range: [usize; 2],
    /// The readout it is in.
    pub readout_id: String,
    /// That readout's headline.
    pub readout_title: String,
    /// That readout's url, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// That readout's date.
    pub date: Option<NaiveDate>,
    /// The rank of the readout among the candidates (BM25 and the ranking rules).
    pub readout_score: f32,
}

/// The text and its marked HTML, flattened into the hit's JSON.
fn statement_json<S: serde::Serializer>(text: &Fragment, serializer: S) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(&text.text)
}

impl QuoteHit {
    /// The statement as HTML, the query's words in `<mark>`.
    pub fn text_html(&self) -> String {
        self.text.to_html()
    }
}

/// Statement counts by speaker, by the country speakers speak for, and by kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuoteFacets {
    /// Statements per speaker, canonical names.
    pub speaker: Vec<FacetValue>,
    /// Statements per speaker country (ISO code).
    pub speaker_country: Vec<FacetValue>,
    /// Statements per kind (`direct`, `reported`).
    pub kind: Vec<FacetValue>,
}

/// What a quote search found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteResults {
    /// The query as asked.
    pub query: String,
    /// Statements that match, in the candidate readouts.
    pub total: u64,
    /// Readouts whose statements were read (at most [`QUOTE_CANDIDATES`]).
    pub readouts_read: u64,
    /// Time spent, in milliseconds.
    pub took_ms: f64,
    /// The statements, best first.
    #[serde(serialize_with = "hits_json")]
    pub hits: Vec<QuoteHit>,
    /// Counts over every matching statement.
    pub facets: QuoteFacets,
    /// The speaker filters that name no one and may be misspelt, with whom they may mean (absent
    /// from the JSON when empty), as [`crate::SearchResults::did_you_mean`].
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub did_you_mean: Vec<super::SpeakerSuggestion>,
}

/// Each hit with its marked HTML beside its text.
fn hits_json<S: serde::Serializer>(hits: &[QuoteHit], serializer: S) -> std::result::Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = serializer.serialize_seq(Some(hits.len()))?;
    for hit in hits {
        let mut value = serde_json::to_value(hit).map_err(serde::ser::Error::custom)?;
        if let Some(map) = value.as_object_mut() {
            map.insert("text_html".into(), serde_json::Value::String(hit.text_html()));
        }
        seq.serialize_element(&value)?;
    }
    seq.end()
}

impl Index {
    /// Searches statements: who said what.
    ///
    /// ```
    /// # fn main() -> readouts::Result<()> {
    /// use readouts::{Index, Readout, complete};
    /// use readouts::search::QuoteRequest;
    ///
    /// let index = Index::create_in_ram()?;
    /// let mut readout = Readout {
    ///     id: "call-1".into(),
    ///     title: "Secretary Blinken’s Call with Armenian Prime Minister Pashinyan".into(),
    ///     body: "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan on March 3, 2023. \
    ///            “We welcome the progress toward a peace agreement,” Spokesperson Matthew Miller said."
    ///         .into(),
    ///     ..Readout::default()
    /// };
    /// complete(&mut readout);
    /// let mut writer = index.writer()?;
    /// writer.add(&readout)?;
    /// writer.commit()?;
    /// index.reload()?;
    ///
    /// let found = index.quotes(&QuoteRequest::new("peace agreement"))?;
    /// assert_eq!(found.hits[0].speaker, "Matthew Miller");
    /// assert_eq!(found.hits[0].text.text, "We welcome the progress toward a peace agreement");
    /// # Ok(())
    /// # }
    /// ```
    pub fn quotes(&self, request: &QuoteRequest) -> Result<QuoteResults> {
        self.quotes_by(request, read::Telling::Positions)
    }

    /// [`Index::quotes`], telling the statements that hold the query's words as `telling` says.
    pub(crate) fn quotes_by(&self, request: &QuoteRequest, telling: read::Telling) -> Result<QuoteResults> {
        let started = Instant::now();
        super::check_paging(request.limit, request.offset)?;
        let search = request.readout_search();
        let deadline = bounds::Deadline::after(search.effective_time_limit());
        let PreparedQuery { query, highlights, proximity, words, .. } = self.prepare_query(&search, &deadline)?;
        let searcher = self.searcher();
        let people = self.cache::<PeopleCache>().get(self, &searcher)?;
        let copies = self.copies_unless_all(&search, &searcher)?;
        let plan = collect::Plan {
            top: QUOTE_CANDIDATES,
            sort: Sort::Relevance,
            facets: &[],
            proximity: proximity.as_ref(),
            deadline: Some(&deadline),
            people: Some(&people),
            one_per_text: copies.as_deref(),
        };
        let outcome = collect::run(&searcher, &self.cache::<ColumnCache>(), &*query, &plan)?;
        let asked: Vec<String> = match request.speakers.is_empty() {
            true => Vec::new(),
            false => {
                let registry = people.registry()?;
                request.speakers.iter().map(|s| registry.find(s).map_or(s.to_string(), |p| p.name.clone())).collect()
            }
        };
        let speaker_countries =
            request.speaker_countries.iter().map(|c| country_code(c)).collect::<Result<Vec<_>>>()?;
        let filter = read::Filter { kind: request.kind, speakers: &asked, speaker_countries: &speaker_countries };
        // Built once here for every reading thread; an empty query marks nothing and needs none.
        let needles = if highlights.is_empty() || outcome.top.is_empty() {
            Default::default()
        } else {
            self.marker(&highlights, &searcher).shared_needles()
        };
        let reader = read::Reader {
            index: self,
            searcher: &searcher,
            highlights: &highlights,
            words: &words,
            telling,
            people: &people,
            filter,
            needles: needles.clone(),
        };
        let (docs, mut candidates) = reader.read(outcome.top, &deadline)?;
        deadline.check()?;
        // A phrase of the query first, then more of its words, then the better readout, then the
        // order of the readout.
        candidates
            .sort_by(|a, b| b.phrase.cmp(&a.phrase).then(b.coverage.cmp(&a.coverage)).then(a.readout.cmp(&b.readout)));
        let facets = QuoteFacets {
            speaker: count(candidates.iter().map(|c| Some(&*c.speaker)), request.facet_limit, |name| FacetValue {
                value: name.to_string(),
                name: None,
                count: 0,
            }),
            speaker_country: count(
                candidates.iter().map(|c| c.speaker_country.as_deref()),
                request.facet_limit,
                |code| FacetValue { value: code.to_string(), name: country::by_code(code).map(|c| c.name), count: 0 },
            ),
            kind: count(candidates.iter().map(|c| Some(c.kind.as_str())), 2, |kind| FacetValue {
                value: kind.to_string(),
                name: None,
                count: 0,
            }),
        };
        let total = candidates.len() as u64;
        // Each readout's header and statements, decoded once for all its hits.
        let mut shown: FxHashMap<usize, (crate::Readout, Vec<_>)> = FxHashMap::default();
        // Statements told by their words' positions are marked only when shown.
        let mut marker = None;
        let mut hits = Vec::new();
        for c in candidates.into_iter().skip(request.offset).take(request.limit) {
            let (score, doc, marks) = &docs[c.readout];
            let (readout, statements) =
                shown.entry(c.readout).or_insert_with(|| (self.header_of(doc), self.statements_by_place(doc)));
            // Always there: the candidate was read from the same value of the same document.
            let Some(Some(statement)) = statements.get(c.statement) else { continue };
            hits.push(QuoteHit {
                speaker: c.speaker.to_string(),
                speaker_country: c.speaker_country.map(|code| code.to_string()),
                kind: statement.kind,
                text: Fragment {
                    text: statement.text.to_string(),
                    highlights: match c.marks {
                        Some(at) => marks.get(at).cloned().unwrap_or_default(),
                        None => marker
                            .get_or_insert_with(|| self.marker(&highlights, &searcher).with_needles(needles.clone()))
                            .matches(statement.text),
                    },
                    range: statement.range,
                },
                range: statement.range,
                readout_id: readout.id.clone(),
                readout_title: readout.title.clone(),
                url: readout.url.clone(),
                date: readout.date,
                readout_score: *score,
            });
        }
        Ok(QuoteResults {
            query: request.query.clone(),
            total,
            readouts_read: docs.len() as u64,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            hits,
            facets,
            did_you_mean: self.speaker_suggestions(&request.speakers)?,
        })
    }
}

/// The `limit` most frequent values, ties by value.
fn count<'a>(
    values: impl Iterator<Item = Option<&'a str>>,
    limit: usize,
    make: impl Fn(&str) -> FacetValue,
) -> Vec<FacetValue> {
    let mut counts: FxHashMap<&str, u64> = FxHashMap::default();
    for value in values.flatten() {
        *counts.entry(value).or_default() += 1;
    }
    let mut counted: Vec<(&str, u64)> = counts.into_iter().collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    counted.truncate(limit);
    counted.into_iter().map(|(value, n)| FacetValue { count: n, ..make(value) }).collect()
}

/// A country's ISO code from a code or a name, or the error the readout filters give.
fn country_code(asked: &str) -> Result<String> {
    country::lookup(asked).map(|c| c.code).ok_or_else(|| Error::UnknownCountry(asked.to_string()))
}
