//! A quoted two-word phrase, matched and counted from a field's word pairs
//! ([`crate::index::pairs`]) instead of the words' positions.
//!
//! The answer is tantivy's phrase query's, readout for readout and score for score: the pair's
//! frequency in a readout is the number of places the two words stand together, and the score is
//! BM25 of that count with the phrase's weight (the two words' inverse document frequencies
//! summed) and the text field's length, as tantivy's phrase scorer computes it. The scorer also
//! reports the phrase scorer's cost, by which tantivy orders the parts of an intersection, and so
//! the order in which their scores are added (floating-point sums depend on it). `"United States"`
//! on 100k synthetic readouts: see BENCHMARKS.md, "Phrases from word pairs".

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

use crate::index::pairs::pair_text;
use crate::index::schema::Fields;

/// `"first second"` on a text field, from its pair field.
#[derive(Debug, Clone)]
pub(crate) struct PairQuery {
    /// The pair's term in the pair field.
    pair: Term,
    /// The phrase's two words in the text field: what its weight and the field's lengths come
    /// from.
    words: [Term; 2],
}

impl PairQuery {
    /// The pair query for two words (as `field`'s analyzer gives them) standing side by side in
    /// `field`, when the index holds that field's pairs and both words pair; `None` otherwise.
    pub(crate) fn for_phrase(fields: &Fields, field: Field, first: &str, second: &str) -> Option<PairQuery> {
        let (pairs, pairing) = fields.pairs_of(field)?;
        if !(pairing.pairs(first) && pairing.pairs(second)) {
            return None;
        }
        Some(PairQuery {
            pair: Term::from_field_text(pairs, &pair_text(first, second)),
            words: [Term::from_field_text(field, first), Term::from_field_text(field, second)],
        })
    }
}

impl Query for PairQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let bm25 = match scoring {
            EnableScoring::Enabled { statistics_provider, .. } => {
                Some(Bm25Weight::for_terms(statistics_provider, &self.words)?)
            }
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(PairWeight { pair: self.pair.clone(), words: self.words.clone(), bm25 }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        // The words, as a phrase query gives them (highlighting and statistics read the text's).
        for word in &self.words {
            visitor(word, true);
        }
    }
}

struct PairWeight {
    pair: Term,
    /// The phrase's words in the text field, whose lengths BM25 reads.
    words: [Term; 2],
    bm25: Option<Bm25Weight>,
}

impl PairWeight {
    fn pair_scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Option<PairScorer>> {
        let Some(postings) =
            reader.inverted_index(self.pair.field())?.read_postings(&self.pair, IndexRecordOption::WithFreqs)?
        else {
            return Ok(None);
        };
        let lengths = match (&self.bm25, reader.fieldnorms_readers().get_field(self.words[0].field())?) {
            (Some(_), Some(lengths)) => lengths,
            _ => FieldNormReader::constant(reader.max_doc(), 1),
        };
        let words = reader.inverted_index(self.words[0].field())?;
        let mut readouts = [0u32; 2];
        for (n, word) in readouts.iter_mut().zip(&self.words) {
            *n = words.get_term_info(word)?.map_or(0, |info| info.doc_freq);
        }
        let cost = phrase_cost(readouts, lengths.num_docs());
        let bm25 = self.bm25.as_ref().map(|w| w.boost_by(boost));
        Ok(Some(PairScorer { postings, lengths, bm25, cost }))
    }
}

impl Weight for PairWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.pair_scorer(reader, boost)? {
            Some(scorer) => Box::new(scorer),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let not_matched = || tantivy::TantivyError::InvalidArgument(format!("Document #({doc}) does not match"));
        let mut scorer = self.pair_scorer(reader, 1.0)?.ok_or_else(not_matched)?;
        if scorer.seek(doc) != doc {
            return Err(not_matched());
        }
        let mut explanation = Explanation::new("Phrase Scorer (word pairs)", scorer.score());
        if let Some(bm25) = &self.bm25 {
            explanation.add_detail(bm25.explain(scorer.lengths.fieldnorm_id(doc), scorer.postings.term_freq()));
        }
        Ok(explanation)
    }
}

/// What tantivy 0.27's phrase scorer gives as its cost for two words in `readouts` of a segment's
/// `max_doc` documents: its estimate of the documents holding both (`estimate_intersection`, the
/// smaller set first, the same operations in the same order), times ten checks a document and
/// word.
fn phrase_cost(readouts: [u32; 2], max_doc: u32) -> u64 {
    if max_doc == 0 {
        return 0;
    }
    let (small, large) = (readouts[0].min(readouts[1]), readouts[0].max(readouts[1]));
    let co_location: f64 = (1.3f64 - 0.1).max(1.0);
    let mut estimate = f64::from(small);
    estimate *= (f64::from(large) / f64::from(max_doc)) * co_location;
    let estimate = estimate.round().min(f64::from(small)) as u32;
    u64::from(estimate) * 10 * 2
}

struct PairScorer {
    postings: SegmentPostings,
    lengths: FieldNormReader,
    bm25: Option<Bm25Weight>,
    /// The phrase scorer's cost ([`phrase_cost`]).
    cost: u64,
}

impl DocSet for PairScorer {
    fn advance(&mut self) -> DocId {
        self.postings.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.postings.seek(target)
    }

    fn doc(&self) -> DocId {
        self.postings.doc()
    }

    fn size_hint(&self) -> u32 {
        self.postings.size_hint()
    }

    fn cost(&self) -> u64 {
        self.cost
    }
}

impl Scorer for PairScorer {
    fn score(&mut self) -> Score {
        let doc = self.postings.doc();
        match &self.bm25 {
            Some(bm25) if doc != TERMINATED => bm25.score(self.lengths.fieldnorm_id(doc), self.postings.term_freq()),
            _ => 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur, PhraseQuery, TermQuery};

    use super::*;

    /// Every match with its score, by document.
    fn matches(searcher: &tantivy::Searcher, query: &dyn Query) -> Vec<(tantivy::DocAddress, Score)> {
        let mut hits: Vec<_> = searcher
            .search(query, &TopDocs::with_limit(100_000).order_by_score())
            .unwrap()
            .into_iter()
            .map(|(score, doc)| (doc, score))
            .collect();
        hits.sort_by_key(|(doc, _)| *doc);
        hits
    }

    /// Readouts whose bodies hold the phrases below in varied counts and places.
    fn phrases_index() -> crate::Index {
        let index = crate::Index::create_in_ram().unwrap();
        let mut writer = index.writer().unwrap();
        let parts = [
            "the United States and the peace agreement",
            "United States United States",
            "states united in peace",
            "human rights and the agreement on security",
            "peace peace peace agreement",
            "Security Council",
        ];
        for i in 0..600 {
            let body = (0..1 + i % 4).map(|k| parts[(i * 7 + k * 3) % parts.len()]).collect::<Vec<_>>().join(". ");
            let title = format!("Readout {i} on the {}", parts[i % parts.len()]);
            let countries = [("US", "United States"), ("GB", "United Kingdom"), ("AM", "Armenia")]
                .iter()
                .take(i % 4)
                .map(|(code, name)| crate::readout::Country { code: code.to_string(), name: name.to_string() })
                .collect();
            let readout = crate::Readout { id: format!("r{i}"), title, body, countries, ..Default::default() };
            writer.add(&readout).unwrap();
        }
        for i in (0..600).step_by(17) {
            writer.delete(&format!("r{i}"));
        }
        writer.commit().unwrap();
        index
    }

    #[test]
    fn answers_as_the_phrase_query_does() {
        let index = phrases_index();
        let searcher = index.searcher();
        let f = &index.fields;
        let stems = [("unit", "state"), ("state", "unit"), ("peac", "agreement"), ("peac", "peac"), ("human", "right")];
        let names = [("united", "states"), ("us", "united"), ("united", "kingdom")];
        let phrases = stems.iter().map(|p| (f.body, p)).chain(stems.iter().map(|p| (f.title, p)));
        for (field, (first, second)) in phrases.chain(names.iter().map(|p| (f.country, p))) {
            let term = |word: &str| Term::from_field_text(field, word);
            let pair = PairQuery::for_phrase(f, field, first, second).expect("both words pair");
            let phrase = PhraseQuery::new(vec![term(first), term(second)]);
            let ours = matches(&searcher, &pair);
            assert!(!ours.is_empty(), "{first} {second} is found");
            assert_eq!(ours, matches(&searcher, &phrase), "{first} {second}: the same readouts with the same scores");
            assert_eq!(searcher.search(&pair, &Count).unwrap(), searcher.search(&phrase, &Count).unwrap());
            let (doc, score) = ours[0];
            assert_eq!(pair.explain(&searcher, doc).unwrap().value(), score);
            // The phrase scorer's cost, segment by segment: tantivy orders an intersection's parts
            // by it, and so adds their scores in that order.
            let scoring = EnableScoring::enabled_from_searcher(&searcher);
            let (pair_weight, phrase_weight) = (pair.weight(scoring).unwrap(), phrase.weight(scoring).unwrap());
            for segment in searcher.segment_readers() {
                let cost = |w: &dyn Weight| w.scorer(segment, 1.0).unwrap().cost();
                assert_eq!(cost(&*pair_weight), cost(&*phrase_weight), "{first} {second}");
            }
            // Beside other words: seeking, as an intersection with a rarer word does, and in
            // intersections of three parts and more, whose scores are added in the parts' order.
            let word = |w: &str| -> Box<dyn Query> {
                Box::new(TermQuery::new(Term::from_field_text(f.body, w), IndexRecordOption::WithFreqs))
            };
            let beside: [&dyn Fn(Box<dyn Query>) -> BooleanQuery; 3] = [
                &|q| BooleanQuery::new(vec![(Occur::Must, word("council")), (Occur::Must, q)]),
                &|q| {
                    BooleanQuery::new(vec![
                        (Occur::Must, word("the")),
                        (Occur::Must, q),
                        (Occur::Should, word("secur")),
                    ])
                },
                &|q| BooleanQuery::new(vec![(Occur::Must, word("and")), (Occur::Must, q), (Occur::Must, word("the"))]),
            ];
            for with in beside {
                assert_eq!(
                    matches(&searcher, &with(Box::new(pair.clone()))),
                    matches(&searcher, &with(Box::new(phrase.clone()))),
                    "{first} {second}"
                );
            }
        }
    }

    #[test]
    fn only_pair_words_in_an_index_with_pairs_make_a_pair_query() {
        let index = crate::test_support::sample_index(10);
        let f = &index.fields;
        assert!(PairQuery::for_phrase(f, f.body, "unit", "state").is_some());
        assert!(PairQuery::for_phrase(f, f.title, "unit", "state").is_some());
        assert!(PairQuery::for_phrase(f, f.body, "rule", "of").is_none());
        assert!(PairQuery::for_phrase(f, f.country, "united", "of").is_some(), "every word of a country's name pairs");
        assert!(PairQuery::for_phrase(f, f.speaker, "antony", "blinken").is_none(), "speakers have no pairs");
        let before = Fields { title_pairs: None, body_pairs: None, country_pairs: None, ..f.clone() };
        assert!(PairQuery::for_phrase(&before, f.body, "unit", "state").is_none(), "an index built before pairs");
    }
}
