//! The who's who: people of the index whose names match a query, with what readouts say they are
//! and when they spoke (`readouts people`, `GET /people`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::people::PeopleCache;
use super::{SearchRequest, Sort, SpeakerSuggestion};
use crate::Index;
use crate::error::{Error, Result};
use crate::extract::country;
use crate::people::Person;
use crate::readout::Country;

/// A who's-who request: people whose names match a query, optionally only those readouts say speak
/// for a country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeopleRequest {
    /// Words every listed person's name (canonical or any form) holds, case and accents ignored;
    /// empty: everyone.
    pub query: String,
    /// Only people readouts say speak for this country (ISO code or name).
    pub country: Option<String>,
    /// At most this many people, most readouts first.
    pub limit: usize,
}

impl Default for PeopleRequest {
    fn default() -> Self {
        PeopleRequest { query: String::new(), country: None, limit: super::DEFAULT_LIST_LIMIT }
    }
}

/// One person of the who's who.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonSummary {
    /// The canonical name (see [`crate::people::registry`]).
    pub name: String,
    /// Every form readouts write, the canonical one included, most used first.
    pub aliases: Vec<String>,
    /// Titles readouts give them, most frequent first.
    pub titles: Vec<String>,
    /// The country readouts most often say they speak for.
    pub country: Option<Country>,
    /// Readouts in which they speak.
    pub readouts: u64,
    /// The date of the first of those readouts.
    pub first: Option<NaiveDate>,
    /// The date of the last.
    pub last: Option<NaiveDate>,
}

impl Index {
    /// The speaker names among `asked` that match no one and may be misspellings, each with the
    /// canonical name of the person it is nearest ("Blinkin": "Antony Blinken"). Every search
    /// with a speaker filter gives them in [`crate::SearchResults::did_you_mean`].
    pub fn speaker_suggestions(&self, asked: &[String]) -> Result<Vec<SpeakerSuggestion>> {
        if asked.is_empty() {
            return Ok(Vec::new());
        }
        let people = self.cache::<PeopleCache>().get(self, &self.searcher())?;
        let registry = people.registry()?;
        Ok(asked
            .iter()
            .filter_map(|name| {
                let person = registry.suggest(name)?;
                Some(SpeakerSuggestion { asked: name.clone(), name: person.name.clone() })
            })
            .collect())
    }

    /// The people of the index matching `request`, most readouts first (ties by name).
    pub fn people(&self, request: &PeopleRequest) -> Result<Vec<PersonSummary>> {
        if request.limit > super::MAX_LIMIT {
            return Err(Error::InvalidArgument(format!(
                "limit {} is above the maximum of {}",
                request.limit,
                super::MAX_LIMIT
            )));
        }
        let code = match &request.country {
            Some(c) => Some(country::lookup(c).ok_or_else(|| Error::UnknownCountry(c.clone()))?.code),
            None => None,
        };
        let searcher = self.searcher();
        let people = self.cache::<PeopleCache>().get(self, &searcher)?;
        let registry = people.registry()?;
        let holds = |person: &Person, wanted: &[String]| {
            person.forms.iter().chain(std::iter::once(&person.name)).any(|form| {
                let words = crate::people::name::words(form);
                wanted.iter().all(|w| words.contains(w))
            })
        };
        // A query no one's name holds may still be someone's name as a speaker filter reads it
        // ("President Biden", "Zelensky"): that person, as `--speaker` would give.
        let wanted = crate::people::name::words(&request.query);
        let as_filter = if !wanted.is_empty() && !registry.people().iter().any(|person| holds(person, &wanted)) {
            registry.find(&request.query).map(|person| person.name.as_str())
        } else {
            None
        };
        let matches = |person: &Person| match as_filter {
            Some(name) => person.name == name,
            None => wanted.is_empty() || holds(person, &wanted),
        };
        let mut found: Vec<(usize, &Person)> = registry
            .people()
            .iter()
            .enumerate()
            // A form with no letters (a stray mark extraction kept) names no one to list.
            .filter(|(_, person)| !crate::people::name::words(&person.name).is_empty())
            .filter(|(p, person)| matches(person) && code.as_deref().is_none_or(|c| people.country_of(*p) == Some(c)))
            .collect();
        found.sort_by(|a, b| b.1.readouts.cmp(&a.1.readouts).then_with(|| a.1.name.cmp(&b.1.name)));
        found.truncate(request.limit);
        let mut out = Vec::with_capacity(found.len());
        for (p, person) in found {
            let dated = |sort| -> Result<Option<NaiveDate>> {
                let request = SearchRequest::new("").speaker(person.name.clone()).sort(sort).limit(1).facet_limit(0);
                Ok(self.search(&request)?.hits.first().and_then(|h| h.date))
            };
            out.push(PersonSummary {
                name: person.name.clone(),
                aliases: person.forms.clone(),
                titles: people.titles_of(p).map(str::to_string).collect(),
                country: people.country_of(p).and_then(country::by_code),
                readouts: person.readouts,
                first: dated(Sort::Oldest)?,
                last: dated(Sort::Newest)?,
            });
        }
        Ok(out)
    }
}
