//! What a search answers: [`SearchResults`] with its hits and facet counts, and the answers of the
//! facet and timeline calls.

use chrono::NaiveDate;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use tantivy::Score;

use super::{explain, snippet};
use crate::readout::Country;

/// One hit. Its matched words are byte ranges ([`Hit::title_highlights`], each fragment's
/// highlights); the JSON adds them as HTML (`snippet`, `title_html`), rendered from those ranges by
/// [`snippet::render`], as the terminal renders them as styles.
#[derive(Debug, Clone, PartialEq)]
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
    /// ranking rule, see [`rank`](super::rank); [`Hit::explain`] gives both).
    pub score: Score,
    /// Its speakers, canonical names.
    pub speakers: Vec<String>,
    /// Its speakers with the title and country the readout gives them (else the country readouts
    /// usually give them).
    pub people: Vec<crate::readout::SpeakerRole>,
    /// Its countries.
    pub countries: Vec<Country>,
    /// Byte ranges of the matched words in the title.
    pub title_highlights: Vec<Range<usize>>,
    /// The passages that show the match: plain text, the matched words' byte ranges, and each
    /// passage's character range in the body.
    pub fragments: Vec<snippet::Fragment>,
    /// The other readouts of the same text (republished under another title, url or date), when
    /// copies are grouped (the default).
    pub duplicates: Vec<Duplicate>,
    /// Why the hit ranks where it does, when the request asked ([`SearchRequest::explain`](super::SearchRequest::explain)).
    pub explain: Option<explain::Explanation>,
    /// The path relative to the directory the file was found under, which the server shows in
    /// place of `path`.
    pub(crate) public_path: String,
}

impl Hit {
    /// The passages as HTML, escaped, matched words in `<mark>`, joined with ` … `: the JSON's
    /// `snippet`.
    pub fn snippet_html(&self) -> String {
        snippet::to_html(&self.fragments)
    }

    /// The title as HTML, escaped, matched words in `<mark>`: the JSON's `title_html`.
    pub fn title_html(&self) -> String {
        self.title_fragment().to_html()
    }

    /// The title as a fragment with its matched words.
    pub fn title_fragment(&self) -> snippet::Fragment {
        snippet::Fragment {
            text: self.title.clone(),
            highlights: self.title_highlights.clone(),
            range: [0, self.title.chars().count()],
        }
    }
}

/// A hit as JSON: the fields in their order, with the HTML renderings of the marks.
#[derive(Serialize)]
struct HitJson<'a> {
    id: &'a str,
    path: &'a str,
    url: &'a Option<String>,
    title: &'a str,
    date: Option<NaiveDate>,
    score: Score,
    speakers: &'a [String],
    people: &'a [crate::readout::SpeakerRole],
    countries: &'a [Country],
    snippet: String,
    title_html: String,
    fragments: &'a [snippet::Fragment],
    #[serde(skip_serializing_if = "<[Duplicate]>::is_empty")]
    duplicates: &'a [Duplicate],
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: &'a Option<explain::Explanation>,
}

impl Serialize for Hit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        HitJson {
            id: &self.id,
            path: &self.path,
            url: &self.url,
            title: &self.title,
            date: self.date,
            score: self.score,
            speakers: &self.speakers,
            people: &self.people,
            countries: &self.countries,
            snippet: self.snippet_html(),
            title_html: self.title_html(),
            fragments: &self.fragments,
            duplicates: &self.duplicates,
            explain: &self.explain,
        }
        .serialize(serializer)
    }
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

/// Facet counts over all matches, not only the returned page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FacetCounts {
    /// Top speakers.
    pub speaker: Vec<FacetValue>,
    /// Top countries: the ISO code as the value, with the name.
    #[serde(serialize_with = "country_counts")]
    pub country: Vec<FacetValue>,
    /// Years, most matches first.
    pub year: Vec<FacetValue>,
}

/// A search's country counts as their JSON has always named them: `{code, name, count}`.
fn country_counts<S: serde::Serializer>(values: &[FacetValue], serializer: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct CountryCount<'a> {
        code: &'a str,
        name: &'a str,
        count: u64,
    }
    serializer.collect_seq(values.iter().map(|v| CountryCount {
        code: &v.value,
        name: v.name.as_deref().unwrap_or(&v.value),
        count: v.count,
    }))
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

/// A facet value with its count; countries also carry their name. The one shape of a count, in
/// search results' facets, facet counts and timelines.
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

/// A speaker filter that matched nothing, and the person its name may be a misspelling of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerSuggestion {
    /// The name as asked for ("Blinkin").
    pub asked: String,
    /// The canonical name of the person it is nearest ("Antony Blinken").
    pub name: String,
}

/// The answer to a [`SearchRequest`](super::SearchRequest).
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// The speaker filters that name no one and may be misspelt, with whom they may mean (absent
    /// from the JSON when empty): whatever the total, as the filters are ORed and a misspelt one
    /// beside one that matched adds nothing.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub did_you_mean: Vec<SpeakerSuggestion>,
}
