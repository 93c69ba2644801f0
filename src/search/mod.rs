//! Searching: a [`SearchRequest`] in, [`SearchResults`] out (the JSON of `readouts search --json`).

use std::time::Instant;

use tantivy::query::Query;
use tantivy::{DocAddress, Score};

use crate::index::stored::StoredDoc;

use crate::error::{Error, Result};
use crate::extract::country;
use crate::index::Index;
use columns::ColumnCache;
use copies::CopiesCache;
use people::PeopleCache;

mod any;
pub mod bounds;
mod collect;
pub(crate) mod columns;
pub(crate) mod copies;
pub mod dates;
pub mod explain;
mod facets;
mod filters;
mod grammar;
mod near;
mod pair;
pub(crate) mod people;
pub(crate) mod positions;
mod whos_who;
pub use dates::{parse_user_date, parse_user_date_end};
pub use quotes::{QUOTE_CANDIDATES, QuoteFacets, QuoteHit, QuoteRequest, QuoteResults};
pub use request::{
    DEFAULT_FACET_LIMIT, DEFAULT_FRAGMENTS, DEFAULT_LIMIT, DEFAULT_LIST_LIMIT, MAX_FRAGMENTS, MAX_LIMIT, MAX_OFFSET,
    SearchRequest, Sort,
};
pub use results::{
    Duplicate, FacetCounts, FacetField, FacetValue, Hit, Period, SearchResults, SpeakerSuggestion, Timeline,
};
pub use whos_who::{PeopleRequest, PersonSummary};
pub mod marker;
pub mod query;
pub mod quotes;
pub mod rank;
mod rarity;
mod request;
mod results;
pub mod snippet;

impl Index {
    /// Works out what searches derive from the whole index (the people registry, the groups of
    /// copies) and keeps it beside the live generation, so that the first search after an indexing
    /// run reads it instead of making it. Made at the first search instead, it cost that search
    /// 16 ms on corpus/ and, on a fresh 10M index, more than the 10 s a query may take. Best
    /// effort, each value on its own: what fails here is made, or reported, by the first search.
    pub(crate) fn keep_derived(&self) {
        let searcher = self.searcher();
        let _ = self.cache::<PeopleCache>().get(self, &searcher);
        let _ = self.cache::<CopiesCache>().get(self, &searcher);
    }

    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let started = Instant::now();
        check_paging(request.limit, request.offset)?;
        let deadline = bounds::Deadline::after(request.effective_time_limit());
        let PreparedQuery { query, highlights, proximity, parts, .. } = self.prepare_query(request, &deadline)?;
        let searcher = self.searcher();
        let people = self.cache::<PeopleCache>().get(self, &searcher)?;
        let copies = self.copies_unless_all(request, &searcher)?;
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
        let outcome = collect::run(&searcher, &self.cache::<ColumnCache>(), &*query, &plan)?;
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
        let mut marker = self.marker(&highlights, &searcher);
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
        let values = |field, counts: Vec<(String, u64)>| -> Vec<FacetValue> {
            counts.into_iter().map(|(value, count)| facet_value(field, value, count)).collect()
        };
        let facets = FacetCounts {
            speaker: values(FacetField::Speaker, speaker_counts),
            country: values(FacetField::Country, country_counts),
            year: values(FacetField::Year, year_counts),
        };
        // Asked whatever the total: a misspelt filter beside one that matched ORs in nothing.
        let did_you_mean = self.speaker_suggestions(&request.speakers)?;
        Ok(SearchResults {
            query: request.query.clone(),
            total,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            hits: if request.limit == 0 { Vec::new() } else { hits },
            facets,
            did_you_mean,
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        people: &people::People,
        address: DocAddress,
        score: Score,
        marker: &mut marker::Marker<'_>,
        fragments: usize,
    ) -> Result<Hit> {
        let doc: StoredDoc = self.stored_doc(searcher, address)?;
        let readout = self.readout_of(&doc);
        let public_path = self.public_path_of(&doc);
        let passages = snippet::fragments(&readout.body, marker, fragments);
        let title_highlights = snippet::title_fragment(&readout.title, marker).highlights;
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
            title_highlights,
            fragments: passages,
            duplicates: Vec::new(),
            explain: None,
            public_path,
        })
    }

    /// The groups of copies of one text, which count and show as one hit, unless the request
    /// asks for every copy.
    fn copies_unless_all(
        &self,
        request: &SearchRequest,
        searcher: &tantivy::Searcher,
    ) -> Result<Option<std::sync::Arc<copies::Copies>>> {
        if request.all_copies { Ok(None) } else { Ok(Some(self.cache::<CopiesCache>().get(self, searcher)?)) }
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
                // Its id, headline and date only: the whole readout (body, statements) is not shown.
                let readout = self.header_of(&self.stored_doc(searcher, other)?);
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
        let query = self.prepare_query(request, &deadline)?.query;
        let chronological = matches!(field, FacetField::Year | FacetField::Month);
        let searcher = self.searcher();
        let people =
            if field == FacetField::Speaker { Some(self.cache::<PeopleCache>().get(self, &searcher)?) } else { None };
        let copies = self.copies_unless_all(request, &searcher)?;
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
        let outcome = collect::run(&searcher, &self.cache::<ColumnCache>(), &*query, &plan)?;
        deadline.check()?;
        let mut counts = outcome.facets.into_iter().next().unwrap_or_default();
        if chronological {
            counts.sort_by(|a, b| b.0.cmp(&a.0));
            counts.truncate(limit);
        }
        let values = counts.into_iter().map(|(value, count)| facet_value(field, value, count)).collect();
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
    fn prepare_query(&self, request: &SearchRequest, deadline: &bounds::Deadline) -> Result<PreparedQuery> {
        let compiled = query::compile(
            &self.fields,
            &request.query,
            query::Options { exact: request.exact, explain: request.explain },
        )?;
        let mut query = self.with_filters(compiled.query, request)?;
        let searcher = self.searcher();
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
            let found = collect::run(&searcher, &self.cache::<ColumnCache>(), &*query, &count)?.total;
            deadline.check()?;
            if found > 0 {
                break;
            }
            query = self.with_filters(relaxed, request)?;
        }
        deadline.check()?;
        Ok(PreparedQuery {
            query,
            highlights: compiled.highlights,
            proximity: compiled.proximity,
            parts: compiled.parts,
            words: compiled.words,
        })
    }
}

/// What a request searches for.
struct PreparedQuery {
    /// What matches, filters included.
    query: Box<dyn Query>,
    /// What snippets mark.
    highlights: query::Highlights,
    /// What decides a match's tier without deciding what matches.
    proximity: Option<rank::Proximity>,
    /// The parts of the score, for explanations.
    parts: Vec<explain::PartQuery>,
    /// The words to highlight as the body's terms (see [`positions`]).
    words: positions::QueryWords,
}

impl Index {
    /// A marker of a query's words that leaves unmarked the typo variants the search leaves out
    /// (every variant of a frequent query word): snippets and statements are marked alike.
    pub(crate) fn marker<'a>(
        &self,
        highlights: &'a query::Highlights,
        searcher: &'a tantivy::Searcher,
    ) -> marker::Marker<'a> {
        let body = self.fields.body;
        marker::Marker::new(highlights).skip_other_words(move |stem| {
            near::is_frequent(searcher, &tantivy::Term::from_field_text(body, stem)).unwrap_or(false)
        })
    }
}

/// Refuses a page past the caps every search shares: [`MAX_LIMIT`] hits, [`MAX_OFFSET`] skipped.
fn check_paging(limit: usize, offset: usize) -> Result<()> {
    if limit > MAX_LIMIT {
        return Err(Error::InvalidArgument(format!("limit {limit} is above the maximum of {MAX_LIMIT}")));
    }
    if offset > MAX_OFFSET {
        return Err(Error::InvalidArgument(format!("offset {offset} is above the maximum of {MAX_OFFSET}")));
    }
    Ok(())
}

fn facet_value(field: FacetField, value: String, count: u64) -> FacetValue {
    let name = if field == FacetField::Country { country::by_code(&value).map(|c| c.name) } else { None };
    FacetValue { value, name, count }
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
    use chrono::NaiveDate;

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
        let index = crate::test_support::sample_index(500);
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
        let index = crate::test_support::sample_index(2_000);
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
        let index = crate::test_support::sample_index(200);
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
        let index = crate::test_support::sample_index(200);
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
