//! Why a hit ranks where it does (`readouts search --explain`, `explain=true`): each ranking rule's
//! value for the hit, and its score cut into the words and fields that make it, as Elasticsearch's
//! explain shows them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{DocAddress, Score, Searcher};

use super::rank::{Proximity, Tier, TierField, TierReader};
use crate::error::Result;

/// How a part of the query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The word as typed (stemmed).
    Exact,
    /// A word one or two edits away.
    Typo,
    /// A word starting with the last word typed.
    Prefix,
    /// Words that must stand together (a quoted phrase).
    Phrase,
    /// A country's readouts by facet (`Armenian`).
    Facet,
}

/// One part of a hit's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScorePart {
    /// The field matched: title, body, speaker, country.
    pub field: String,
    /// The query's word or phrase.
    pub word: String,
    /// How it matched.
    pub kind: MatchKind,
    /// What it adds to the score: BM25 with the field's weight (typo and prefix matches a constant).
    pub score: Score,
}

/// A hit's ranking rules, in the order they decide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// Rule 1: how closely the readout holds the query's words.
    pub tier: Tier,
    /// Rule 1 in words, with where it was met.
    pub tier_reason: String,
    /// Rule 2: the score, BM25 over title and body with their weights, typo and prefix matches
    /// below exact ones.
    pub score: Score,
    /// The score's parts.
    pub parts: Vec<ScorePart>,
    /// Rule 3: the date, newer first among equal scores.
    pub date: Option<NaiveDate>,
}

/// A part of a compiled query whose score [`Explanation::parts`] reports.
#[derive(Debug)]
pub(crate) struct PartQuery {
    pub field: &'static str,
    pub word: String,
    pub kind: MatchKind,
    /// The part with its weights, as it adds to a match's score.
    pub query: Box<dyn Query>,
}

impl Clone for PartQuery {
    fn clone(&self) -> Self {
        PartQuery { field: self.field, word: self.word.clone(), kind: self.kind, query: self.query.box_clone() }
    }
}

/// Explains hits of one search.
pub(crate) struct Explainer<'a> {
    searcher: &'a Searcher,
    parts: Vec<(&'a PartQuery, Box<dyn Weight>)>,
    proximity: Option<&'a Proximity>,
}

impl<'a> Explainer<'a> {
    /// Weighs the parts once for the search's hits.
    pub(crate) fn new(
        searcher: &'a Searcher,
        parts: &'a [PartQuery],
        proximity: Option<&'a Proximity>,
    ) -> Result<Explainer<'a>> {
        let scoring = EnableScoring::enabled_from_searcher(searcher);
        let mut weighed = Vec::with_capacity(parts.len());
        for part in parts {
            weighed.push((part, part.query.weight(scoring)?));
        }
        Ok(Explainer { searcher, parts: weighed, proximity })
    }

    /// The explanation of the hit at `address`, scored `score`.
    pub(crate) fn explain(&self, address: DocAddress, score: Score, date: Option<NaiveDate>) -> Result<Explanation> {
        let segment = self.searcher.segment_reader(address.segment_ord);
        let mut parts = Vec::new();
        for (part, weight) in &self.parts {
            // A part that does not match this readout has no explanation: it adds nothing.
            if let Ok(found) = weight.explain(segment, address.doc_id)
                && found.value() > 0.0
            {
                parts.push(ScorePart {
                    field: part.field.to_string(),
                    word: part.word.clone(),
                    kind: part.kind,
                    score: found.value(),
                });
            }
        }
        let (tier, place) = match self.proximity {
            Some(proximity) => TierReader::new(segment, proximity)?.tier_and_field(address.doc_id),
            None => (Tier::AllWords, TierField::Anywhere),
        };
        let place = match (tier, place) {
            (Tier::Partial | Tier::AllWords, _) | (_, TierField::Anywhere) => "",
            (_, TierField::Title) => " in the title",
            (_, TierField::Body) => " in the body's opening",
        };
        Ok(Explanation { tier, tier_reason: format!("{}{place}", tier.describe()), score, parts, date })
    }
}
