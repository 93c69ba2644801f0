//! The typo and prefix variants of a query word: the terms of a field within a few edits of the
//! word, or starting with it, except the word's own term.
//!
//! A word is searched as its exact term (scored with BM25) or'ed with these variants (a constant,
//! lower score). tantivy's `FuzzyTermQuery` matches the exact term too, and its weight reads every
//! matching term's postings into a bitset: for a common word that is the whole posting list read a
//! second time, for nothing, since the exact term already matched those readouts. Leaving the exact
//! term out of the automaton halves the work of a broad one-word query. The automaton is also built
//! once per word and shared by the fields that analyse the word alike (title and body), instead of
//! once per field: a two-edit automaton takes a good part of a millisecond to build.
//!
//! When the word as typed is itself frequent in the index, its variants that are frequent too are
//! other words, not typos ("place" for "peace", "straight" for "strait"): they are left out, and
//! only the rare variants (misspellings in the readouts, rare inflections) remain.

use std::fmt;
use std::sync::{Arc, Mutex};

use std::collections::HashMap;
use tantivy::Term;

use tantivy::BitSet;
use tantivy::index::SegmentId;
use tantivy::postings::TermInfo;
use tantivy::query::{
    AutomatonWeight, BitSetDocSet, ConstScorer, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::schema::Field;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, TantivyError};

mod automaton;
mod bits;

use automaton::Excluding;
pub(crate) use automaton::SharedDfa;

/// Matches the documents holding, in `field`, a term the automaton accepts other than `exclude`.
/// Every match scores 1 (boost it to weigh it).
#[derive(Clone)]
pub(crate) struct NearTermsQuery {
    field: Field,
    automaton: SharedDfa,
    exclude: Arc<[u8]>,
    /// Keep frequent variants of a frequent word: completions of a word typed so far are meant.
    keep_frequent: bool,
    /// Where to record the variants matched, when asked ([`NearTermsQuery::recording`]).
    found: Option<FoundTerms>,
}

impl NearTermsQuery {
    /// The terms of `field` the automaton accepts, `exclude` left out.
    pub(crate) fn new(field: Field, automaton: SharedDfa, exclude: &str) -> Self {
        NearTermsQuery { field, automaton, exclude: exclude.as_bytes().into(), keep_frequent: false, found: None }
    }

    /// Keeps the variants that are frequent words too: for the completions of the last word.
    pub(crate) fn keeping_frequent(mut self) -> Self {
        self.keep_frequent = true;
        self
    }

    /// Records in `found` the variants the search matched, segment by segment, as its weight
    /// finds them (a quote search reads their positions without streaming the automaton again).
    pub(crate) fn recording(mut self, found: FoundTerms) -> Self {
        self.found = Some(found);
        self
    }
}

/// The variant terms a [`NearTermsQuery`] matched in each segment, by where the segment keeps
/// their postings; shared by the query's copies.
#[derive(Clone, Default)]
pub(crate) struct FoundTerms(Arc<Mutex<HashMap<SegmentId, Vec<TermInfo>>>>);

impl fmt::Debug for FoundTerms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FoundTerms")
    }
}

impl FoundTerms {
    fn record(&self, segment: SegmentId, terms: Vec<TermInfo>) {
        if let Ok(mut found) = self.0.lock() {
            found.insert(segment, terms);
        }
    }

    /// The variants matched in `segment`; `None` when the search did not look there.
    pub(crate) fn in_segment(&self, segment: SegmentId) -> Option<Vec<TermInfo>> {
        self.0.lock().ok()?.get(&segment).cloned()
    }
}

impl fmt::Debug for NearTermsQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NearTermsQuery")
            .field("field", &self.field)
            .field("exclude", &String::from_utf8_lossy(&self.exclude))
            .finish()
    }
}

/// Readouts a word must be in to count as frequent: one in 500, and at least 10.
pub(crate) fn frequent_doc_freq(num_docs: u64) -> u64 {
    (num_docs / 500).max(10)
}

/// Whether `term` is a frequent word of the index ([`frequent_doc_freq`]).
pub(crate) fn is_frequent(searcher: &tantivy::Searcher, term: &Term) -> tantivy::Result<bool> {
    Ok(searcher.doc_freq(term)? >= frequent_doc_freq(searcher.num_docs()))
}

impl NearTermsQuery {
    fn automaton(&self) -> Excluding {
        Excluding { dfa: self.automaton.clone(), exclude: Arc::clone(&self.exclude) }
    }

    /// When the excluded word is frequent: its variants that are not, with where each segment
    /// keeps their postings. The automaton was streamed over the term dictionaries to tell, so
    /// what the stream found is kept rather than looked for again.
    fn rare_variants(&self, searcher: &tantivy::Searcher) -> tantivy::Result<Option<FoundTermsWeight>> {
        let Some(variants) = variant_doc_freqs(searcher, self.field, self.automaton(), &self.exclude)? else {
            return Ok(None);
        };
        let frequent = frequent_doc_freq(searcher.num_docs());
        // Every segment streamed has its list, if empty: none is looked up again.
        let per_segment = searcher.segment_readers().iter().map(|s| (s.segment_id(), Vec::new())).collect();
        let mut weight = FoundTermsWeight { field: self.field, terms: Vec::new(), per_segment };
        for (bytes, found) in variants.into_iter().filter(|(_, found)| found.doc_freq < frequent) {
            for (segment, info) in found.places {
                weight.per_segment.entry(segment).or_default().push(info);
            }
            weight.terms.push(bytes);
        }
        if let Some(found) = &self.found {
            for (segment, infos) in &weight.per_segment {
                found.record(*segment, infos.clone());
            }
        }
        Ok(Some(weight))
    }
}

/// A term the automaton accepted: its number of readouts, and where each segment keeps its
/// postings.
#[derive(Default)]
struct Found {
    doc_freq: u64,
    places: Vec<(SegmentId, TermInfo)>,
}

/// When `exact` is frequent in `field`: every term of the field the automaton accepts, with its
/// number of readouts and its postings' places.
fn variant_doc_freqs(
    searcher: &tantivy::Searcher,
    field: Field,
    automaton: Excluding,
    exact: &[u8],
) -> tantivy::Result<Option<HashMap<Vec<u8>, Found>>> {
    let Ok(exact) = std::str::from_utf8(exact) else { return Ok(None) };
    if exact.is_empty() || !is_frequent(searcher, &Term::from_field_text(field, exact))? {
        return Ok(None);
    }
    let mut found: HashMap<Vec<u8>, Found> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().search(automaton.clone()).into_stream()?;
        while stream.advance() {
            let term = found.entry(stream.key().to_vec()).or_default();
            term.doc_freq += u64::from(stream.value().doc_freq);
            term.places.push((segment.segment_id(), stream.value().clone()));
        }
    }
    Ok(Some(found))
}

impl Query for NearTermsQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        if let Some(searcher) = scoring.searcher().filter(|_| !self.keep_frequent)
            && let Some(rare) = self.rare_variants(searcher)?
        {
            return Ok(Box::new(rare));
        }
        Ok(match &self.found {
            Some(found) => {
                Box::new(RecordingWeight { field: self.field, automaton: self.automaton(), found: found.clone() })
            }
            None => Box::new(AutomatonWeight::new(self.field, self.automaton())),
        })
    }
}

/// The weight of tantivy's `AutomatonWeight` (every term the automaton accepts, streamed from
/// each segment's dictionary; every match scores the boost), recording the terms it streamed.
struct RecordingWeight {
    field: Field,
    automaton: Excluding,
    found: FoundTerms,
}

impl Weight for RecordingWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let inverted = reader.inverted_index(self.field)?;
        let mut infos = Vec::new();
        let mut stream = inverted.terms().search(self.automaton.clone()).into_stream()?;
        while stream.advance() {
            infos.push(stream.value().clone());
        }
        let scorer = matching(reader, &inverted, &infos, boost);
        self.found.record(reader.segment_id(), infos);
        scorer
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        explain_const(self.scorer(reader, 1.0)?, doc)
    }
}

/// Every readout holding one of the terms at `infos` in `inverted`, scoring `boost`.
fn matching(
    reader: &SegmentReader,
    inverted: &tantivy::InvertedIndexReader,
    infos: &[TermInfo],
    boost: Score,
) -> tantivy::Result<Box<dyn Scorer>> {
    if infos.is_empty() {
        return Ok(Box::new(EmptyScorer));
    }
    let mut docs = BitSet::with_max_value(reader.max_doc());
    for info in infos {
        let mut postings = inverted.read_block_postings_from_terminfo(info, IndexRecordOption::Basic)?;
        while !postings.docs().is_empty() {
            for &doc in postings.docs() {
                docs.insert(doc);
            }
            postings.advance();
        }
    }
    Ok(Box::new(ConstScorer::new(BitSetDocSet::from(docs), boost)))
}

/// The explanation of a constant-score match.
fn explain_const(mut scorer: Box<dyn Scorer>, doc: DocId) -> tantivy::Result<Explanation> {
    if scorer.seek(doc) == doc {
        Ok(Explanation::new("FoundTermsScorer", 1.0))
    } else {
        Err(TantivyError::InvalidArgument(format!("readout {doc} holds none of the terms")))
    }
}

/// Matches the readouts holding any of a set of terms already found in each segment's term
/// dictionary; every match scores the boost, as the automaton's weight does.
///
/// Before, the rare variants went to a `TermSetQuery`, which built an FST of them for each
/// search and streamed it over the term dictionaries again: a fifth of the CPU of `readouts
/// bench` over ../shared/bench/queries.txt on corpus/ (perf: the FST builder's registry 8%, the
/// second stream 15%). Measured gain in BENCHMARKS.md ("Typo variants found once");
/// `found_terms_match_as_the_term_set_did` holds it to the term set query.
struct FoundTermsWeight {
    field: Field,
    /// The terms, looked up in a segment the search did not stream (not one of its searcher's).
    terms: Vec<Vec<u8>>,
    /// Each segment streamed: where it keeps the terms' postings.
    per_segment: HashMap<SegmentId, Vec<TermInfo>>,
}

impl Weight for FoundTermsWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let inverted = reader.inverted_index(self.field)?;
        let looked_up: Vec<TermInfo>;
        let infos = match self.per_segment.get(&reader.segment_id()) {
            Some(infos) => infos,
            None if self.terms.is_empty() => return Ok(Box::new(EmptyScorer)),
            None => {
                let mut found = Vec::new();
                for term in &self.terms {
                    found.extend(inverted.terms().get(term)?);
                }
                looked_up = found;
                &looked_up
            }
        };
        matching(reader, &inverted, infos, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        explain_const(self.scorer(reader, 1.0)?, doc)
    }
}

/// Whether `automaton` accepts `term` (for the tests of the automata).
#[cfg(test)]
fn accepts<A: tantivy_fst::Automaton>(automaton: &A, term: &str) -> bool {
    let mut state = automaton.start();
    for b in term.bytes() {
        if !automaton.can_match(&state) {
            return false;
        }
        state = automaton.accept(&state, b);
    }
    automaton.is_match(&state)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three segments: "peace" in 12 readouts (frequent), "place" in 12 (a frequent variant, left
    /// out), "peacd" and "peece" now and then (rare variants), one segment without any variant.
    fn segmented_index() -> (tantivy::Index, Field) {
        let mut schema = tantivy::schema::Schema::builder();
        let body = schema.add_text_field("body", tantivy::schema::TEXT);
        let index = tantivy::Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let segments: [&[&str]; 3] = [
            &["peace talks", "a peacd typo", "place names", "peace and place"],
            &["only peace here", "peece again", "a quiet place", "peace"],
            &["nothing near", "peace", "place"],
        ];
        for round in 0..3 {
            for texts in segments {
                for text in texts {
                    writer.add_document(tantivy::doc!(body => format!("{text} {round}"))).unwrap();
                }
                writer.commit().unwrap();
            }
        }
        (index, body)
    }

    #[test]
    fn a_recording_query_matches_as_before_and_records_what_it_matched() {
        use tantivy::collector::TopDocs;
        let (index, body) = segmented_index();
        let searcher = index.reader().unwrap().searcher();
        let top = |query: &dyn Query| {
            let mut hits = searcher.search(query, &TopDocs::with_limit(100).order_by_score()).unwrap();
            hits.sort_by_key(|(_, address)| *address);
            hits
        };
        // "peace" is frequent: its rare variants; "peacd" is not: every variant ("peace").
        for (word, want) in [("peace", vec!["peacd", "peece"]), ("peacd", vec!["peace"])] {
            let plain = NearTermsQuery::new(body, SharedDfa::new(word, 1, false).unwrap(), word);
            let found = FoundTerms::default();
            let recording = plain.clone().recording(found.clone());
            assert_eq!(top(&recording), top(&plain), "{word}");
            for segment in searcher.segment_readers() {
                let recorded = found.in_segment(segment.segment_id()).expect("every segment recorded");
                let inverted = segment.inverted_index(body).unwrap();
                let wanted: Vec<TermInfo> = want
                    .iter()
                    .filter_map(|w| inverted.get_term_info(&Term::from_field_text(body, w)).unwrap())
                    .collect();
                // In any order: the rare variants come from a map.
                assert_eq!(recorded.len(), wanted.len(), "{word}");
                assert!(wanted.iter().all(|info| recorded.contains(info)), "{word}");
            }
        }
    }

    #[test]
    fn found_terms_match_as_the_term_set_did() {
        use tantivy::collector::TopDocs;
        use tantivy::query::{BoostQuery, TermSetQuery};
        let (index, body) = segmented_index();
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() >= 3);
        let near = NearTermsQuery::new(body, SharedDfa::new("peace", 1, false).unwrap(), "peace");
        // The plain version: the rare variants as a term set, streamed again.
        let Some(found) = variant_doc_freqs(&searcher, body, near.automaton(), b"peace").unwrap() else {
            panic!("peace is frequent here")
        };
        let frequent = frequent_doc_freq(searcher.num_docs());
        let mut rare: Vec<String> = found
            .into_iter()
            .filter(|(_, f)| f.doc_freq < frequent)
            .map(|(bytes, _)| String::from_utf8(bytes).unwrap())
            .collect();
        rare.sort();
        assert_eq!(rare, ["peacd", "peece"]);
        let plain = TermSetQuery::new(rare.iter().map(|t| Term::from_field_text(body, t)));
        let top = |query: &dyn Query| {
            let mut hits = searcher.search(query, &TopDocs::with_limit(100).order_by_score()).unwrap();
            hits.sort_by_key(|(_, address)| *address);
            hits
        };
        let boosted = |q: Box<dyn Query>| BoostQuery::new(q, 0.25);
        let ours = top(&boosted(Box::new(near.clone())));
        assert_eq!(ours.len(), 6);
        assert_eq!(ours, top(&boosted(Box::new(plain))));
        // A weight asked about a segment it did not stream looks its terms up there.
        let weight = near.weight(EnableScoring::enabled_from_searcher(&searcher)).unwrap();
        let other = tantivy::Index::create_in_ram(index.schema());
        let mut writer: tantivy::IndexWriter = other.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.add_document(tantivy::doc!(body => "peece")).unwrap();
        writer.add_document(tantivy::doc!(body => "place")).unwrap();
        writer.commit().unwrap();
        let elsewhere = other.reader().unwrap().searcher();
        let mut scorer = weight.scorer(elsewhere.segment_reader(0), 1.0).unwrap();
        assert_eq!((scorer.doc(), scorer.advance()), (0, tantivy::TERMINATED));
    }
}
