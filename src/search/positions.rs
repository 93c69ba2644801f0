//! Which statements of a readout hold the query's words, told by the words' positions in the body.
//!
//! A quote search ranks the statements of fifty readouts by the query's words they hold. Reading
//! that off their texts meant marking every statement of every candidate (a long transcript is
//! mostly statements): two thirds of the reading of `readouts quotes "Lavrov AND sanctions"`. The
//! index already knows where each of the query's terms stands in a body, and each stored
//! statement knows which of the body's word positions it spans
//! ([`crate::index::schema::StatementPlace`]), so a statement holds a word when one of the word's
//! positions falls in its span, no text read. Only the statements shown are marked.
//!
//! A word's exact term (its stem) is the word wherever it stands. Its typo and prefix variants,
//! which the readout search found near its stem, are not surely the word as written ("declin"
//! is two edits from "desalin", the stem of "desalination"; "agreement" stands for "agreements",
//! two edits from "agreemnt"): a statement where one stands is marked, which judges the words as
//! written, as before positions.

use std::collections::HashMap;

use tantivy::postings::{Postings, SegmentPostings};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, SegmentReader, TERMINATED, Term};

use smallvec::SmallVec;

use super::near::FoundTerms;
use super::rank::phrase_starts;

/// The query's words as terms of the body, recorded while compiling (see [`QueryWords::word`]).
#[derive(Debug, Clone, Default)]
pub struct QueryWords {
    /// The words matched one by one: each with its exact term and its variants.
    words: Vec<Word>,
    /// The quoted phrases of two words or more: each word's place in the phrase and its term.
    phrases: Vec<Vec<(u32, Term)>>,
    /// The words of each phrase, analysed.
    phrase_stems: Vec<Vec<String>>,
    /// Some highlighted word was asked of the title alone: statements must be marked to tell.
    partial: bool,
}

#[derive(Debug, Clone)]
struct Word {
    field: Field,
    /// The analysed form, which tells one word from another.
    stem: String,
    /// The words of one word of the query that the analyzer splits ("COVID-19") share a group:
    /// side by side they are that word, not two of the query's.
    group: usize,
    exact: Option<Term>,
    /// Its typo and prefix variants the search matched (see [`QueryWords::variants`]).
    variants: Vec<FoundTerms>,
}

impl QueryWords {
    /// The word `stem` of `field`, matched as its exact term when `exact` (its variants come
    /// with [`QueryWords::variants`]).
    pub(crate) fn word(&mut self, field: Field, stem: &str, exact: bool) {
        let term = exact.then(|| Term::from_field_text(field, stem));
        match self.words.iter_mut().find(|w| w.field == field && w.stem == stem) {
            Some(word) => {
                if word.exact.is_none() {
                    word.exact = term;
                }
            }
            None => {
                let group = self.words.len();
                self.words.push(Word { field, stem: stem.to_string(), group, exact: term, variants: Vec::new() })
            }
        }
    }

    /// The parts of one word of the query that the analyzer splits ("COVID-19": `covid`, `19`),
    /// each matched as its exact term.
    pub(crate) fn split_word(&mut self, field: Field, stems: &[&str]) {
        let group = self.words.len();
        for stem in stems {
            self.word(field, stem, true);
            if let Some(word) = self.words.iter_mut().find(|w| w.field == field && w.stem == *stem) {
                word.group = group;
            }
        }
    }

    /// Where to record the typo or prefix variants of the word `stem` of `field` that the search
    /// matches.
    pub(crate) fn variants(&mut self, field: Field, stem: &str) -> FoundTerms {
        self.word(field, stem, false);
        let found = FoundTerms::default();
        if let Some(word) = self.words.iter_mut().find(|w| w.field == field && w.stem == stem) {
            word.variants.push(found.clone());
        }
        found
    }

    /// A quoted phrase: its words' places and terms, in order.
    pub(crate) fn phrase(&mut self, words: Vec<(u32, Term)>) {
        if !self.phrases.contains(&words) {
            self.phrase_stems
                .push(words.iter().filter_map(|(_, term)| term.value().as_str().map(String::from)).collect());
            self.phrases.push(words);
        }
    }

    /// A word to highlight that the body's positions cannot tell (one asked of the title alone).
    pub(crate) fn mark_partial(&mut self) {
        self.partial = true;
    }

    /// True when positions tell every statement that holds a word to highlight.
    pub fn usable(&self) -> bool {
        !self.partial && (!self.words.is_empty() || !self.phrases.is_empty())
    }
}

/// Reads the positions of the query's words in the readouts of one segment, asked in increasing
/// order.
pub(crate) struct PositionReader<'a> {
    words: &'a QueryWords,
    /// Each word's postings: its exact term's (if the segment has it) and its variants'.
    word_postings: Vec<(Option<SegmentPostings>, Vec<SegmentPostings>)>,
    /// Each phrase's postings, a word each (`None`: a word the segment lacks).
    phrase_postings: Vec<Vec<Option<SegmentPostings>>>,
    buffer: Vec<u32>,
}

/// Where the query's words stand in one readout's body.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct WordPositions {
    /// Each word's positions, sorted: its exact term's.
    words: Vec<Vec<u32>>,
    /// Where a variant of any word stands, sorted: a statement holding one is marked.
    unsure: Vec<u32>,
    /// Where each phrase stands whole: the position of its first word.
    phrases: Vec<Vec<u32>>,
}

impl<'a> PositionReader<'a> {
    /// Opens the postings of the query's terms in `segment`; `None` when the search did not
    /// record a word's variants there (statements are then marked).
    pub(crate) fn open(words: &'a QueryWords, segment: &SegmentReader) -> tantivy::Result<Option<Self>> {
        let mut word_postings = Vec::with_capacity(words.words.len());
        for word in &words.words {
            let inverted = segment.inverted_index(word.field)?;
            let exact = match &word.exact {
                Some(exact) => inverted.read_postings(exact, IndexRecordOption::WithFreqsAndPositions)?,
                None => None,
            };
            let mut variants = Vec::new();
            for found in &word.variants {
                let Some(terms) = found.in_segment(segment.segment_id()) else { return Ok(None) };
                // A broad prefix ("co*") has thousands of completions: opening each one's
                // postings in every reading thread cost more than marking (`co*` 3.8 -> 6.1 ms).
                if variants.len() + terms.len() > MAX_VARIANTS {
                    return Ok(None);
                }
                for info in terms {
                    variants
                        .push(inverted.read_postings_from_terminfo(&info, IndexRecordOption::WithFreqsAndPositions)?);
                }
            }
            // A word the segment lacks is likely misspelt ("electons", stem "electon") or typed
            // in part ("presiden"), and the words marked as its typos or completions may have
            // stems shorter than it, which no variant is ("elect" of "elections", "presid" of
            // "president"): the terms it starts with are variants too, for marking to judge.
            if exact.is_none() && !word.variants.is_empty() {
                for (end, _) in word.stem.char_indices().skip(MIN_STEM_PREFIX) {
                    let term = Term::from_field_text(word.field, &word.stem[..end]);
                    if let Some(info) = inverted.get_term_info(&term)? {
                        variants.push(
                            inverted.read_postings_from_terminfo(&info, IndexRecordOption::WithFreqsAndPositions)?,
                        );
                    }
                }
            }
            word_postings.push((exact, variants));
        }
        let mut phrase_postings = Vec::with_capacity(words.phrases.len());
        for phrase in &words.phrases {
            let mut postings = Vec::with_capacity(phrase.len());
            for (_, term) in phrase {
                let inverted = segment.inverted_index(term.field())?;
                postings.push(inverted.read_postings(term, IndexRecordOption::WithFreqsAndPositions)?);
            }
            phrase_postings.push(postings);
        }
        Ok(Some(PositionReader { words, word_postings, phrase_postings, buffer: Vec::new() }))
    }

    /// Where the words stand in `doc` (each call with a larger `doc` than the last).
    pub(crate) fn read(&mut self, doc: DocId) -> WordPositions {
        let mut out = WordPositions::default();
        for (exact, variants) in &mut self.word_postings {
            let mut positions = Vec::new();
            if let Some(p) = exact
                && at(p, doc)
            {
                p.positions(&mut positions);
            }
            out.words.push(positions);
            for p in variants.iter_mut() {
                if at(p, doc) {
                    self.buffer.clear();
                    p.positions(&mut self.buffer);
                    out.unsure.extend_from_slice(&self.buffer);
                }
            }
        }
        out.unsure.sort_unstable();
        out.unsure.dedup();
        for (phrase, postings) in self.words.phrases.iter().zip(&mut self.phrase_postings) {
            let mut each: Vec<Vec<u32>> = Vec::with_capacity(postings.len());
            for p in postings.iter_mut() {
                let mut positions = Vec::new();
                if let Some(p) = p
                    && at(p, doc)
                {
                    p.positions(&mut positions);
                }
                each.push(positions);
            }
            let places: Vec<u32> = phrase.iter().map(|(place, _)| *place).collect();
            out.phrases.push(phrase_starts(&each, &places).collect());
        }
        out
    }
}

/// Variants of one word a segment's positions are read for, at most: beyond, its statements are
/// marked.
const MAX_VARIANTS: usize = 64;

/// The shortest start of a missing word looked up as a variant of it, in characters.
const MIN_STEM_PREFIX: usize = 4;

/// True when `postings` hold `doc`, moving them there if they are before it.
fn at(postings: &mut SegmentPostings, doc: DocId) -> bool {
    if postings.doc() < doc {
        postings.seek(doc);
    }
    postings.doc() == doc && doc != TERMINATED
}

/// What a statement holds of the query, as its ranking needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Held {
    /// A quoted phrase stands whole in it, or two of the query's words side by side.
    pub phrase: bool,
    /// The distinct words of the query it holds (a phrase's words each count).
    pub coverage: usize,
}

impl QueryWords {
    /// Whether the statement spanning `span` may hold something of the query: a word's or a
    /// variant's position, or the start of a phrase, in it (what [`QueryWords::held`] counts is
    /// in it, if anything).
    pub(crate) fn holds_any(&self, at: &WordPositions, span: [u32; 2]) -> bool {
        at.words.iter().any(|p| any_inside(p, span))
            || at.phrases.iter().any(|p| any_inside(p, span))
            || any_inside(&at.unsure, span)
    }

    /// What the statement spanning the body's word positions `span` (first to past the last)
    /// holds, given where the words stand in its readout; `None` when a typo or prefix variant
    /// stands in it, which only marking its text can judge.
    pub(crate) fn held(&self, at: &WordPositions, span: [u32; 2]) -> Option<Held> {
        if any_inside(&at.unsure, span) {
            return None;
        }
        let [first, past] = span;
        let inside = |p: &u32| *p >= first && *p < past;
        // On the stack: most statements hold none of the query's words, or a few.
        let mut stems: SmallVec<[&str; 4]> = SmallVec::new();
        // The words' positions inside, to tell two words side by side.
        let mut seen: SmallVec<[(u32, usize); 8]> = SmallVec::new();
        for (w, positions) in at.words.iter().enumerate() {
            let from = positions.partition_point(|p| *p < first);
            let here = positions[from..].iter().copied().take_while(|p| *p < past);
            let before = seen.len();
            seen.extend(here.map(|p| (p, w)));
            if seen.len() > before {
                stems.push(&self.words[w].stem);
            }
        }
        seen.sort_unstable();
        let mut phrase = seen
            .windows(2)
            .any(|pair| pair[1].0 == pair[0].0 + 1 && self.words[pair[1].1].group != self.words[pair[0].1].group);
        for ((words, starts), phrase_stems) in self.phrases.iter().zip(&at.phrases).zip(&self.phrase_stems) {
            let length = words.last().map_or(0, |(place, _)| *place) - words.first().map_or(0, |(place, _)| *place);
            if starts.iter().any(|start| inside(start) && start.checked_add(length).is_some_and(|end| end < past)) {
                phrase = true;
                stems.extend(phrase_stems.iter().map(String::as_str));
            }
        }
        stems.sort_unstable();
        stems.dedup();
        Some(Held { phrase, coverage: stems.len() })
    }
}

/// Whether one of `positions` (sorted) falls in `span`.
fn any_inside(positions: &[u32], span: [u32; 2]) -> bool {
    positions.get(positions.partition_point(|p| *p < span[0])).is_some_and(|p| *p < span[1])
}

/// Readers of positions for the segments of one reading thread, opened when first needed.
pub(crate) struct PositionReaders<'a> {
    words: &'a QueryWords,
    open: HashMap<u32, Option<PositionReader<'a>>>,
}

impl<'a> PositionReaders<'a> {
    /// Readers of `words`' positions.
    pub(crate) fn new(words: &'a QueryWords) -> Self {
        PositionReaders { words, open: HashMap::new() }
    }

    /// Where the words stand in readout `doc` of segment `segment_ord` (asked in increasing order
    /// within a segment); `None` when positions cannot tell.
    pub(crate) fn read(
        &mut self,
        searcher: &tantivy::Searcher,
        segment_ord: u32,
        doc: DocId,
    ) -> tantivy::Result<Option<WordPositions>> {
        if !self.words.usable() {
            return Ok(None);
        }
        let reader = match self.open.entry(segment_ord) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                entry.insert(PositionReader::open(self.words, searcher.segment_reader(segment_ord))?)
            }
        };
        Ok(reader.as_mut().map(|r| r.read(doc)))
    }
}

#[cfg(test)]
mod tests;
