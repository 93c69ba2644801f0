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
//! When the word's stem is frequent in the body's text, the word has no variants in any field: a
//! word the readouts use often is spelled as they spell it, and its neighbours are other words
//! ("place" for "peace", "Perry" for "Kerry", the speaker "Sean" for "ASEAN") or the readouts' own
//! rare misspellings. Their terms are not looked for at all: streaming the typo automata over the
//! term dictionaries was a third of a `readouts search "peace agreement"` process (callgrind:
//! 11.79 M instructions -> 7.74 M; BENCHMARKS.md, "One search process, session 44"). Typos are
//! for the words whose stem the readouts hardly use or never do: a misspelled query. (A
//! misspelling that stems to a frequent word, "Lavrove" to "lavrov", finds that word's readouts
//! by its stem in the title and body, not its typos in speakers' names.)

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

#[cfg(test)]
use automaton::Dfa;
use automaton::Excluding;
pub(crate) use automaton::SharedDfa;

/// Matches the documents holding, in `field`, a term the automaton accepts other than `exclude`;
/// nothing when the word is frequent (see the module's documentation), unless it keeps its
/// completions. Every match scores 1 (boost it to weigh it).
#[derive(Clone)]
pub(crate) struct NearTermsQuery {
    field: Field,
    automaton: SharedDfa,
    exclude: Arc<[u8]>,
    /// Keep the variants of a frequent word: completions of a word typed so far are meant.
    keep_frequent: bool,
    /// The term whose frequency says whether the word is spelled as the readouts spell it: the
    /// word's term in the body, whichever field is searched (see [`NearTermsQuery::judged_by`]).
    judged_by: Option<Term>,
    /// Where to record the variants matched, when asked ([`NearTermsQuery::recording`]).
    found: Option<FoundTerms>,
}

impl NearTermsQuery {
    /// The terms of `field` the automaton accepts, `exclude` left out.
    pub(crate) fn new(field: Field, automaton: SharedDfa, exclude: &str) -> Self {
        NearTermsQuery {
            field,
            automaton,
            exclude: exclude.as_bytes().into(),
            keep_frequent: false,
            judged_by: None,
            found: None,
        }
    }

    /// Tells whether the word is frequent by `term` rather than by its own term in this field: a
    /// title or a speaker's name holding a word few times says nothing of how readouts spell it.
    pub(crate) fn judged_by(mut self, term: Term) -> Self {
        self.judged_by = Some(term);
        self
    }

    /// Keeps every variant however frequent the word: for the completions of the last word.
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
    /// The automaton less the word's own term; `None` if it cannot be built.
    fn automaton(&self) -> Option<Excluding> {
        let dfa = self.automaton.built()?.clone();
        Some(Excluding { dfa, exclude: Arc::clone(&self.exclude) })
    }

    /// When the word is frequent: no variants, known without streaming the automaton.
    fn none_when_frequent(&self, searcher: &tantivy::Searcher) -> tantivy::Result<Option<NoVariants>> {
        let own;
        let term = match &self.judged_by {
            Some(term) => term,
            None => {
                let Ok(exact) = std::str::from_utf8(&self.exclude) else { return Ok(None) };
                if exact.is_empty() {
                    return Ok(None);
                }
                own = Term::from_field_text(self.field, exact);
                &own
            }
        };
        if !is_frequent(searcher, term)? {
            return Ok(None);
        }
        // Every segment of the search has its list, empty: the positions of a quote search find
        // no variants to read there.
        if let Some(found) = &self.found {
            for segment in searcher.segment_readers() {
                found.record(segment.segment_id(), Vec::new());
            }
        }
        Ok(Some(NoVariants))
    }
}

impl Query for NearTermsQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        if let Some(searcher) = scoring.searcher().filter(|_| !self.keep_frequent)
            && let Some(none) = self.none_when_frequent(searcher)?
        {
            return Ok(Box::new(none));
        }
        let Some(automaton) = self.automaton() else { return Ok(Box::new(NoVariants)) };
        Ok(match &self.found {
            Some(found) => Box::new(RecordingWeight { field: self.field, automaton, found: found.clone() }),
            None => Box::new(AutomatonWeight::new(self.field, automaton)),
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
        Ok(Explanation::new("NearTermsScorer", 1.0))
    } else {
        Err(TantivyError::InvalidArgument(format!("readout {doc} holds none of the terms")))
    }
}

/// The weight of a frequent word's variants: there are none, so nothing matches.
struct NoVariants;

impl Weight for NoVariants {
    fn scorer(&self, _reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(EmptyScorer))
    }

    fn explain(&self, _reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        Err(TantivyError::InvalidArgument(format!("readout {doc} holds no variant of a frequent word")))
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

    /// Three segments of 33 readouts: "peace" in 15 (frequent), "place" in 12 (frequent too),
    /// "peacd" and "peece" in 3 each (misspellings), one segment without either misspelling.
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
        // "peace" is frequent: no variants; "peacd" is not: every variant ("peace").
        for (word, want) in [("peace", vec![]), ("peacd", vec!["peace"])] {
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
                assert_eq!(recorded, wanted, "{word}");
            }
        }
    }

    #[test]
    fn a_frequent_word_has_no_variants_in_any_field() {
        use tantivy::collector::Count;
        let (index, body) = segmented_index();
        let searcher = index.reader().unwrap().searcher();
        let count = |query: &dyn Query| searcher.search(query, &Count).unwrap();
        let near = |word: &str| NearTermsQuery::new(body, SharedDfa::new(word, 1, false).unwrap(), word);
        // "peace" is in 15 readouts of 33, "place" in 12: neither has variants ("peacd",
        // "peece", "place" are other words or the readouts' own misspellings).
        assert_eq!(count(&near("peace")), 0);
        assert_eq!(count(&near("place")), 0);
        // A word the readouts hardly use is a typo: its neighbours match ("peace", 15 readouts).
        assert_eq!(count(&near("peacd")), 15);
        // Judged by another term (the body's, for a title or a speaker's name): frequent there,
        // no variants here.
        assert_eq!(count(&near("peacd").judged_by(Term::from_field_text(body, "peace"))), 0);
        // Rare there: every variant ("place", "peacd", "peece").
        assert_eq!(count(&near("peace").judged_by(Term::from_field_text(body, "peacd"))), 18);
        // The automaton is built only for the word whose typos are looked for.
        let (frequent, rare) = (SharedDfa::new("peace", 1, false).unwrap(), SharedDfa::new("peacd", 1, false).unwrap());
        assert_eq!(count(&NearTermsQuery::new(body, frequent.clone(), "peace")), 0);
        assert_eq!(count(&NearTermsQuery::new(body, rare.clone(), "peacd")), 15);
        assert!(!frequent.is_built() && rare.is_built());
        // The completions of a word typed so far are kept however frequent ("peace", "peacd").
        let completions = NearTermsQuery::new(body, SharedDfa::new("pea", 0, true).unwrap(), "pea").keeping_frequent();
        assert_eq!(count(&completions), 18);
    }
}
