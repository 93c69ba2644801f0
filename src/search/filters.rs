//! The filters of a request (speakers, speaker countries, countries, dates) added to its query.
//! Speakers and speaker countries go through the people registry, so a filter matches exactly the
//! readouts the facet counts give a person.

use tantivy::Term;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;

use super::people::PeopleCache;
use super::{SearchRequest, people, query};
use crate::error::{Error, Result};
use crate::extract::country;
use crate::index::schema;
use crate::index::{Index, date_value};

impl Index {
    /// Adds the speaker, country and date filters to the user's query.
    pub(super) fn with_filters(&self, query: Box<dyn Query>, request: &SearchRequest) -> Result<Box<dyn Query>> {
        let f = &self.fields;
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query)];
        if !request.speakers.is_empty() {
            let people = self.cache::<PeopleCache>().get(self, &self.searcher())?;
            let mut any = Vec::new();
            for name in &request.speakers {
                // A known person: exactly the readouts naming any of their forms, as the facet
                // counts them.
                if let Some(person) = people.registry()?.find(name) {
                    for term in people::People::terms(person, f.speaker_facet) {
                        any.push((
                            Occur::Should,
                            Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                        ));
                    }
                    continue;
                }
                let tokens: Vec<String> =
                    query::tokens(&mut schema::name_analyzer(), name).into_iter().map(|(_, t)| t).collect();
                if tokens.is_empty() {
                    return Err(Error::InvalidArgument(format!("empty speaker name {name:?}")));
                }
                let terms: Vec<Term> = tokens.iter().map(|t| Term::from_field_text(f.speaker, t)).collect();
                let q: Box<dyn Query> = if terms.len() == 1 {
                    Box::new(TermQuery::new(terms[0].clone(), IndexRecordOption::Basic))
                } else {
                    Box::new(PhraseQuery::new(terms))
                };
                any.push((Occur::Should, q));
            }
            must.push((Occur::Must, filter(BooleanQuery::new(any))));
        }
        if !request.speaker_countries.is_empty() {
            let people = self.cache::<PeopleCache>().get(self, &self.searcher())?;
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for c in &request.speaker_countries {
                let found = country::lookup(c).ok_or_else(|| Error::UnknownCountry(c.clone()))?;
                for person in people.of_country(&found.code)? {
                    for term in people::People::terms(person, f.speaker_facet) {
                        any.push((Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
                    }
                }
            }
            // No one of those countries: nothing matches (an empty union matches nothing).
            must.push((Occur::Must, filter(BooleanQuery::new(any))));
        }
        if !request.countries.is_empty() {
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for c in &request.countries {
                let found = country::lookup(c).ok_or_else(|| Error::UnknownCountry(c.clone()))?;
                any.push((Occur::Should, query::country_facet_query(f, &found.code)));
            }
            must.push((Occur::Must, filter(BooleanQuery::new(any))));
        }
        if let (Some(since), Some(until)) = (request.since, request.until)
            && since > until
        {
            return Err(Error::InvalidArgument(format!("--since {since} is after --until {until}")));
        }
        if request.since.is_some() || request.until.is_some() {
            use std::ops::Bound;
            let lower = request
                .since
                .map_or(Bound::Unbounded, |d| Bound::Included(Term::from_field_date(f.date, date_value(d))));
            let upper = request
                .until
                .map_or(Bound::Unbounded, |d| Bound::Included(Term::from_field_date(f.date, date_value(d))));
            must.push((Occur::Must, filter(RangeQuery::new(lower, upper))));
        }
        Ok(if must.len() == 1 {
            must.pop().map(|(_, q)| q).expect("one query")
        } else {
            Box::new(BooleanQuery::new(must))
        })
    }
}

/// A filter: it decides what matches and adds nothing to the score, so that hits rank the same
/// with and without it.
fn filter(query: impl Query) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(Box::new(query), 0.0))
}
