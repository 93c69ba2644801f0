//! Rare words weigh more: each exact word of a query is weighed by how rare it is, beyond what
//! tantivy's BM25 gives it.
//!
//! tantivy's BM25 computes a word's inverse document frequency as `ln(1 + (N - n + 0.5) / (n + 0.5))`,
//! which never falls much below `ln 2`: a word in half of the readouts ("security", "cooperation")
//! still counts for a good part of a query's score, and readouts that repeat it outrank readouts
//! about the rarer word that makes the topic ("global health security", "cybersecurity
//! cooperation"). Robertson and Spärck Jones' original weight, `ln((N - n + 0.5) / (n + 0.5))`
//! (SQLite FTS5's and Lucene's before 6), goes to zero for such words. The factor here turns the
//! first into the second, word by word; measured on tests/relevance (BENCHMARKS.md, "Ranking").

use tantivy::Term;
use tantivy::query::{BoostQuery, EnableScoring, Query, Weight};

/// The smallest weight a word keeps, as a share of tantivy's: a word in nearly every readout still
/// counts a little, so that a query of common words alone still ranks.
const FLOOR: f32 = 0.05;

/// A query on one exact term, its score multiplied by [`rarity_factor`] of the term.
#[derive(Debug)]
pub(crate) struct RarityQuery {
    term: Term,
    inner: Box<dyn Query>,
}

impl Clone for RarityQuery {
    fn clone(&self) -> Self {
        RarityQuery { term: self.term.clone(), inner: self.inner.box_clone() }
    }
}

impl RarityQuery {
    /// `inner` (the term's own query), weighed by the rarity of `term`.
    pub(crate) fn new(term: Term, inner: Box<dyn Query>) -> Self {
        RarityQuery { term, inner }
    }
}

/// The factor turning tantivy's inverse document frequency of a word in `n` of `total` readouts
/// into Robertson and Spärck Jones' one, never below [`FLOOR`].
pub(crate) fn rarity_factor(n: u64, total: u64) -> f32 {
    let (n, total) = (n as f64, total.max(1) as f64);
    let odds = (total - n + 0.5) / (n + 0.5);
    let tantivy = (1.0 + odds).ln();
    if tantivy <= 0.0 {
        return 1.0;
    }
    ((odds.ln() / tantivy) as f32).max(FLOOR)
}

impl Query for RarityQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let Some(searcher) = scoring.searcher().filter(|_| scoring.is_scoring_enabled()) else {
            return self.inner.weight(scoring);
        };
        let factor = rarity_factor(searcher.doc_freq(&self.term)?, searcher.num_docs());
        BoostQuery::new(self.inner.box_clone(), factor).weight(scoring)
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.inner.query_terms(visitor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_weigh_little_and_rare_ones_nearly_as_much() {
        // A word in half of 5,000 readouts, in a tenth, in one.
        assert!(rarity_factor(2_500, 5_000) <= FLOOR + 1e-6);
        let tenth = rarity_factor(500, 5_000);
        assert!(tenth > 0.8 && tenth < 1.0, "{tenth}");
        let one = rarity_factor(1, 5_000);
        assert!(one > 0.95 && one <= 1.0, "{one}");
        assert!(rarity_factor(0, 0) > 0.0);
    }
}
