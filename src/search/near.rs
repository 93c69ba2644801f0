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
use std::sync::Arc;

use std::collections::HashMap;
use tantivy::Term;

use tantivy::query::{AutomatonWeight, DfaWrapper, EnableScoring, FuzzyTermQuery, Query, TermSetQuery, Weight};
use tantivy::schema::Field;
use tantivy_fst::Automaton;

/// A Levenshtein automaton, built once and shared.
#[derive(Clone)]
pub(crate) struct SharedDfa(Arc<DfaWrapper>);

impl fmt::Debug for SharedDfa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SharedDfa")
    }
}

impl SharedDfa {
    /// The automaton of the terms within `distance` edits of `text` (a transposition counts as
    /// one), or, for a prefix, of the terms starting with a string that close to `text`.
    pub(crate) fn new(text: &str, distance: u8, prefix: bool) -> tantivy::Result<SharedDfa> {
        // The field does not matter to the automaton; tantivy builds it from the term's text.
        let term = Term::from_field_text(Field::from_field_id(0), text);
        let query = if prefix {
            FuzzyTermQuery::new_prefix(term, distance, false)
        } else {
            FuzzyTermQuery::new(term, distance, true)
        };
        Ok(SharedDfa(Arc::new(query.automaton()?)))
    }
}

/// Matches the documents holding, in `field`, a term the automaton accepts other than `exclude`.
/// Every match scores 1 (boost it to weigh it).
#[derive(Clone)]
pub(crate) struct NearTermsQuery {
    field: Field,
    automaton: SharedDfa,
    exclude: Arc<[u8]>,
    /// Keep frequent variants of a frequent word: completions of a word typed so far are meant.
    keep_frequent: bool,
}

impl NearTermsQuery {
    /// The terms of `field` the automaton accepts, `exclude` left out.
    pub(crate) fn new(field: Field, automaton: SharedDfa, exclude: &str) -> Self {
        NearTermsQuery { field, automaton, exclude: exclude.as_bytes().into(), keep_frequent: false }
    }

    /// Keeps the variants that are frequent words too: for the completions of the last word.
    pub(crate) fn keeping_frequent(mut self) -> Self {
        self.keep_frequent = true;
        self
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
        Excluding { inner: Arc::clone(&self.automaton.0), exclude: Arc::clone(&self.exclude) }
    }

    /// When the excluded word is frequent: its variants that are not. The automaton was streamed
    /// over the term dictionaries to tell, so the terms found are matched as a set rather than
    /// streamed again.
    fn rare_variants(&self, searcher: &tantivy::Searcher) -> tantivy::Result<Option<Vec<Term>>> {
        let Some(doc_freqs) = variant_doc_freqs(searcher, self.field, self.automaton(), &self.exclude)? else {
            return Ok(None);
        };
        let frequent = frequent_doc_freq(searcher.num_docs());
        Ok(Some(
            doc_freqs
                .into_iter()
                .filter(|&(_, df)| df < frequent)
                .filter_map(|(bytes, _)| String::from_utf8(bytes).ok())
                .map(|text| Term::from_field_text(self.field, &text))
                .collect(),
        ))
    }
}

/// When `exact` is frequent in `field`: every term of the field the automaton accepts, with its
/// number of readouts.
fn variant_doc_freqs(
    searcher: &tantivy::Searcher,
    field: Field,
    automaton: Excluding,
    exact: &[u8],
) -> tantivy::Result<Option<HashMap<Vec<u8>, u64>>> {
    let Ok(exact) = std::str::from_utf8(exact) else { return Ok(None) };
    if exact.is_empty() || !is_frequent(searcher, &Term::from_field_text(field, exact))? {
        return Ok(None);
    }
    let mut doc_freqs: HashMap<Vec<u8>, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().search(automaton.clone()).into_stream()?;
        while stream.advance() {
            *doc_freqs.entry(stream.key().to_vec()).or_default() += u64::from(stream.value().doc_freq);
        }
    }
    Ok(Some(doc_freqs))
}

impl Query for NearTermsQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        if let Some(searcher) = scoring.searcher().filter(|_| !self.keep_frequent)
            && let Some(rare) = self.rare_variants(searcher)?
        {
            // Scores 1 a match, as the automaton's weight does.
            return TermSetQuery::new(rare).weight(scoring);
        }
        Ok(Box::new(AutomatonWeight::new(self.field, self.automaton())))
    }
}

/// An automaton accepting what `inner` accepts except the one string `exclude`.
#[derive(Clone)]
struct Excluding {
    inner: Arc<DfaWrapper>,
    exclude: Arc<[u8]>,
}

/// How much of the excluded string the input so far has followed: [`DIVERGED`] once it left it.
const DIVERGED: u32 = u32::MAX;

impl Automaton for Excluding {
    type State = (u32, u32);

    fn start(&self) -> Self::State {
        (self.inner.start(), 0)
    }

    fn is_match(&self, state: &Self::State) -> bool {
        self.inner.is_match(&state.0) && state.1 as usize != self.exclude.len()
    }

    fn can_match(&self, state: &Self::State) -> bool {
        self.inner.can_match(&state.0)
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let followed = match self.exclude.get(state.1 as usize) {
            Some(&expected) if state.1 != DIVERGED && expected == byte => state.1 + 1,
            _ => DIVERGED,
        };
        (self.inner.accept(&state.0, byte), followed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The automaton of `text` (within `distance` edits, or its prefixes) without `text` itself.
    fn without_itself(text: &str, distance: u8, prefix: bool) -> Excluding {
        let dfa = SharedDfa::new(text, distance, prefix).unwrap();
        Excluding { inner: dfa.0, exclude: text.as_bytes().into() }
    }

    fn accepts(automaton: &Excluding, text: &str) -> bool {
        let mut state = automaton.start();
        for b in text.bytes() {
            state = automaton.accept(&state, b);
        }
        automaton.is_match(&state)
    }

    #[test]
    fn the_exact_term_is_left_out_and_its_neighbours_kept() {
        let automaton = without_itself("secur", 1, false);
        assert!(!accepts(&automaton, "secur"));
        assert!(accepts(&automaton, "secure"));
        assert!(accepts(&automaton, "secu"));
        assert!(accepts(&automaton, "sceur"));
        assert!(!accepts(&automaton, "sector"));
    }

    #[test]
    fn prefixes_keep_longer_terms_only() {
        let automaton = without_itself("blinken", 0, true);
        assert!(!accepts(&automaton, "blinken"));
        assert!(accepts(&automaton, "blinkens"));
        assert!(!accepts(&automaton, "blink"));
    }
}
