//! A union of a few queries that does work only where it is asked to: matches any of them, scores
//! the sum of those that match.
//!
//! A query word or phrase is searched in several fields and forms at once (title, body, speaker,
//! country; exact, typo, prefix). tantivy's union for `Should` clauses scores ahead in windows of
//! 4,096 documents, which is quick when every match is visited, but when the union is intersected
//! with something rare (`"peace agreement" AND Sudan`), each seek fills a whole window: the phrase
//! is checked in every readout near each Sudan readout, not only in those. This union moves its
//! parts only as far as the intersection asks.

use std::fmt;

use tantivy::query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// Matches the documents any of its queries matches.
pub(crate) struct AnyQuery {
    queries: Vec<Box<dyn Query>>,
}

impl Clone for AnyQuery {
    fn clone(&self) -> Self {
        AnyQuery { queries: self.queries.iter().map(|q| q.box_clone()).collect() }
    }
}

impl AnyQuery {
    /// The union of `queries`.
    pub(crate) fn new(queries: Vec<Box<dyn Query>>) -> Self {
        AnyQuery { queries }
    }
}

impl fmt::Debug for AnyQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.queries.iter()).finish()
    }
}

impl Query for AnyQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self.queries.iter().map(|q| q.weight(scoring)).collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(AnyWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for query in &self.queries {
            query.query_terms(visitor);
        }
    }
}

struct AnyWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl Weight for AnyWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push(scorer);
            }
        }
        Ok(match scorers.len() {
            0 => Box::new(EmptyScorer),
            1 => scorers.pop().expect("one scorer"),
            _ => {
                let doc = scorers.iter().map(|s| s.doc()).min().unwrap_or(TERMINATED);
                Box::new(AnyScorer { scorers, doc })
            }
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let matching: Vec<Explanation> = self.weights.iter().filter_map(|w| w.explain(reader, doc).ok()).collect();
        if matching.is_empty() {
            return Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match")));
        }
        let mut explanation = Explanation::new("any of", matching.iter().map(Explanation::value).sum());
        for part in matching {
            explanation.add_detail(part);
        }
        Ok(explanation)
    }
}

/// The scorers, each positioned on its next match; `doc` is the smallest of their documents.
struct AnyScorer {
    scorers: Vec<Box<dyn Scorer>>,
    doc: DocId,
}

impl DocSet for AnyScorer {
    fn advance(&mut self) -> DocId {
        let current = self.doc;
        let mut next = TERMINATED;
        for scorer in &mut self.scorers {
            let doc = if scorer.doc() == current { scorer.advance() } else { scorer.doc() };
            next = next.min(doc);
        }
        self.doc = next;
        next
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let mut next = TERMINATED;
        for scorer in &mut self.scorers {
            let doc = if scorer.doc() < target { scorer.seek(target) } else { scorer.doc() };
            next = next.min(doc);
        }
        self.doc = next;
        next
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.scorers.iter().map(|s| s.size_hint()).fold(0u32, u32::saturating_add)
    }

    fn cost(&self) -> u64 {
        self.scorers.iter().map(|s| s.cost()).sum()
    }
}

impl Scorer for AnyScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        self.scorers.iter_mut().filter(|s| s.doc() == doc).map(|s| s.score()).sum()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;

    use super::*;

    #[test]
    fn matches_and_scores_as_a_boolean_union() {
        let index = crate::test_support::sample_index(2_000);
        let searcher = index.searcher();
        let term = |field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs))
        };
        let f = &index.fields;
        let parts = || vec![term(f.title, "peac"), term(f.body, "grain"), term(f.body, "nothing")];
        let any = AnyQuery::new(parts());
        let boolean = BooleanQuery::new(parts().into_iter().map(|q| (Occur::Should, q)).collect());
        let top = TopDocs::with_limit(2_000).order_by_score();
        let ours = searcher.search(&any, &top).unwrap();
        let theirs = searcher.search(&boolean, &top).unwrap();
        assert!(!ours.is_empty());
        let by_doc = |hits: &[(Score, tantivy::DocAddress)]| {
            let mut v: Vec<_> = hits.iter().map(|(s, d)| (*d, *s)).collect();
            v.sort_by_key(|(d, _)| *d);
            v
        };
        let (ours, theirs) = (by_doc(&ours), by_doc(&theirs));
        assert_eq!(ours.len(), theirs.len());
        for ((doc_a, a), (doc_b, b)) in ours.iter().zip(&theirs) {
            assert_eq!(doc_a, doc_b);
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
        // Seeking: intersected with something rare, the union gives the same documents.
        let rare = || term(f.body, "corridor");
        let with_any = BooleanQuery::new(vec![(Occur::Must, rare()), (Occur::Must, Box::new(any.clone()))]);
        let with_boolean = BooleanQuery::new(vec![(Occur::Must, rare()), (Occur::Must, Box::new(boolean.clone()))]);
        let count = tantivy::collector::Count;
        assert_eq!(searcher.search(&with_any, &count).unwrap(), searcher.search(&with_boolean, &count).unwrap());
    }
}
