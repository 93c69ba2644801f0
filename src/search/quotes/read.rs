//! Reading the statements of a quote search's candidate readouts: each statement that passes the
//! statement filters and holds a word of the query, with what ranks it.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use tantivy::{DocAddress, Searcher};

use crate::index::stored::StoredDoc;

use super::super::bounds;
use super::super::marker::{Marker, Needles};
use super::super::people::People;
use super::super::positions::{PositionReaders, QueryWords, WordPositions};
use super::super::query::Highlights;
use crate::error::Result;
use crate::index::Index;
use crate::index::schema::{stem_of, text_analyzer};
use crate::readout::{SpeakerRole, StatementKind};

/// Readouts a thread reads at least: dealing out fewer costs more than it saves.
const READ_ALONE: usize = 8;

/// How the statements that hold the query's words are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Telling {
    /// By the words' positions where the index has them ([`super::super::positions`]), else by
    /// marking their texts.
    Positions,
    /// By marking every statement's text: the plain version the tests hold positions to.
    #[cfg_attr(not(test), allow(dead_code))]
    Marking,
}

/// The statement filters of a quote search.
pub(super) struct Filter<'a> {
    /// Only statements of this kind.
    pub kind: Option<StatementKind>,
    /// Only statements of these people (canonical names); any when empty.
    pub speakers: &'a [String],
    /// Only statements of people who speak for these countries (codes); any when empty.
    pub speaker_countries: &'a [String],
}

/// A statement that matched, before paging.
pub(super) struct Candidate {
    /// Whether it holds a phrase of the query (a mark of several words).
    pub phrase: bool,
    /// Distinct words of the query it holds.
    pub coverage: usize,
    /// Its readout, by rank among the candidates.
    pub readout: usize,
    /// Its place among the readout's stored statements.
    pub statement: usize,
    /// Quoted words or reported speech.
    pub kind: StatementKind,
    /// Its speaker's canonical name and country, shared by their statements in the readout (a
    /// string of each a statement was a third of `readouts quotes Lavrov`'s allocations).
    pub speaker: Arc<str>,
    pub speaker_country: Option<Arc<str>>,
    /// What the query matched in its text: its place in its readout's [`Marks`], kept for the
    /// hits shown (marking the shown statements again was serial work after the threads'
    /// reading); `None` for a statement told by its words' positions, marked when shown.
    pub marks: Option<usize>,
}

/// The marks (byte ranges) of a readout's statement texts that match, each text's once.
pub(super) type Marks = Vec<Vec<Range<usize>>>;

/// What reads the candidates of one search.
pub(super) struct Reader<'a> {
    pub index: &'a Index,
    pub searcher: &'a Searcher,
    pub highlights: &'a Highlights,
    /// The query's words as the body's terms: where they stand tells the statements that hold
    /// them without reading their texts ([`super::super::positions`]).
    pub words: &'a QueryWords,
    pub telling: Telling,
    pub people: &'a People,
    pub filter: Filter<'a>,
    /// The query's needles, built once for every thread's marker.
    pub needles: Needles,
}

/// A statement text marked: whether it holds a phrase of the query, how many of its words, and
/// its marks' place in the readout's [`Marks`].
type Marked = (bool, usize, usize);

/// A candidate readout read: its rank, score, document, matching statements and their marks.
type Read = (usize, f32, StoredDoc, Vec<Candidate>, Marks);

/// The candidate readouts' documents, best first with their scores and their statements' marks.
pub(super) type Docs = Vec<(f32, StoredDoc, Marks)>;

impl Reader<'_> {
    /// A marker of the query's words, leaving typo variants that are other words unmarked as the
    /// search leaves them out.
    fn marker(&self) -> Marker<'_> {
        self.index.marker(self.highlights, self.searcher).with_needles(self.needles.clone())
    }

    /// The documents of the candidate readouts (best first, with their scores: a candidate's
    /// `readout` is its place here) and their statements that match, unsorted. Readouts are
    /// dealt out in turn to the search threads, each with its own marker: reading and marking
    /// fifty readouts was most of a quote search.
    /// `readouts bench --quotes` on corpus/, five rounds interleaved with one thread:
    /// p50 2.90 -> 2.58 ms, p95 8.43 -> 7.74 ms (on two cores).
    pub(super) fn read(
        &self,
        top: Vec<(f32, DocAddress)>,
        deadline: &bounds::Deadline,
    ) -> Result<(Docs, Vec<Candidate>)> {
        let hands =
            if top.len() < READ_ALONE { 1 } else { crate::search::collect::cores().clamp(1, top.len() / READ_ALONE) };
        let mut dealt: Vec<Vec<(usize, f32, DocAddress)>> = vec![Vec::new(); hands];
        for (rank, (score, address)) in top.into_iter().enumerate() {
            dealt[rank % hands].push((rank, score, address));
        }
        let read_hand = |hand: Vec<(usize, f32, DocAddress)>| -> tantivy::Result<Result<Vec<Read>>> {
            Ok(self.read_hand(hand, deadline))
        };
        let hands: Vec<Result<Vec<Read>>> = if dealt.len() == 1 {
            dealt.into_iter().map(|hand| self.read_hand(hand, deadline)).collect()
        } else {
            super::super::collect::pool().map(read_hand, dealt.into_iter())?
        };
        let mut read: Vec<Read> = Vec::new();
        for hand in hands {
            read.extend(hand?);
        }
        read.sort_by_key(|r| r.0);
        let mut docs = Vec::with_capacity(read.len());
        let mut candidates = Vec::new();
        for (_, score, doc, matched, marks) in read {
            docs.push((score, doc, marks));
            candidates.extend(matched);
        }
        Ok((docs, candidates))
    }

    /// Reads some of the candidates.
    fn read_hand(&self, mut hand: Vec<(usize, f32, DocAddress)>, deadline: &bounds::Deadline) -> Result<Vec<Read>> {
        let mut marker = self.marker();
        let mut stems = Stems::default();
        let mut positions = PositionReaders::new(self.words);
        // In the index's order: positions are read going forward through each segment.
        hand.sort_unstable_by_key(|(_, _, address)| *address);
        let mut read = Vec::with_capacity(hand.len());
        for (rank, score, address) in hand {
            deadline.check()?;
            let doc: StoredDoc = self.index.stored_doc(self.searcher, address)?;
            let at = if self.highlights.is_empty() || self.telling == Telling::Marking {
                None
            } else {
                positions.read(self.searcher, address.segment_ord, address.doc_id)?
            };
            let (matched, marks) = self.matching(&doc, rank, at.as_ref(), &mut marker, &mut stems);
            read.push((rank, score, doc, matched, marks));
        }
        Ok(read)
    }

    /// The statements of a readout that pass the filters and hold a word of the query (every
    /// one that passes, for an empty query), and their marks.
    fn matching(
        &self,
        doc: &StoredDoc,
        rank: usize,
        positions: Option<&WordPositions>,
        marker: &mut Marker<'_>,
        stems: &mut Stems,
    ) -> (Vec<Candidate>, Marks) {
        let query_is_empty = self.highlights.is_empty();
        let mut matched = Vec::new();
        let mut marks_of: Marks = Vec::new();
        // Read when a statement needs them: most statements are ruled out by their words'
        // positions before (the body's check as UTF-8 and the roles' decoding were spent on
        // readouts none of whose statements held a word of the query).
        let body = std::cell::OnceCell::new();
        let body =
            || *body.get_or_init(|| doc.get_first(self.index.fields.body).and_then(|v| v.as_str()).unwrap_or(""));
        let roles = std::cell::OnceCell::new();
        let roles = || roles.get_or_init(|| self.index.roles_of(doc));
        // Each speaker's canonical name and country, once a readout.
        let mut speakers: FxHashMap<&str, Speaker> = FxHashMap::default();
        // A sentence of several speakers is one statement each, the same slice of the body:
        // marked once. Keyed by where the text lies, not by the text: hashing every statement's
        // text was 6% of `readouts quotes Lavrov` (perf, 2,245 samples).
        let mut marked: FxHashMap<(usize, usize), Marked> = FxHashMap::default();
        // By place among the readout's statements, as the hits shown read them
        // ([`Index::statements_by_place`]).
        for (s, slot) in self.index.statement_slots(doc).iter().enumerate() {
            // A statement none of whose words is the query's, told from its stored words'
            // positions alone: `quotes "Lavrov AND sanctions"` holds a word of the query in 166
            // of its 2,776 statements.
            if let (Some(at), Some(span)) = (positions, slot.words())
                && !self.words.holds_any(at, span)
            {
                continue;
            }
            let Some(statement) = slot.read(body()) else { continue };
            if self.filter.kind.is_some_and(|k| k != statement.kind) {
                continue;
            }
            let role = speakers.entry(statement.speaker).or_insert_with(|| {
                let role: SpeakerRole = self.people.roles(roles(), &[statement.speaker.to_string()]).remove(0);
                Speaker { name: role.name.into(), country: role.country.map(Into::into) }
            });
            if !self.filter.speakers.is_empty() && !self.filter.speakers.iter().any(|s| **s == *role.name) {
                continue;
            }
            if !self.filter.speaker_countries.is_empty()
                && !role.country.as_ref().is_some_and(|c| self.filter.speaker_countries.iter().any(|s| **s == **c))
            {
                continue;
            }
            let text = statement.text;
            // Told by positions, unless a typo or prefix variant stands in it: then marked.
            if let (Some(at), Some(span)) = (positions, statement.words)
                && let Some(held) = self.words.held(at, span)
            {
                if held.coverage > 0 {
                    matched.push(Candidate {
                        phrase: held.phrase,
                        coverage: held.coverage,
                        readout: rank,
                        statement: s,
                        kind: statement.kind,
                        speaker: Arc::clone(&role.name),
                        speaker_country: role.country.clone(),
                        marks: None,
                    });
                }
                continue;
            }
            let (phrase, coverage, marks) = *marked.entry((text.as_ptr() as usize, text.len())).or_insert_with(|| {
                let marks = if query_is_empty {
                    Vec::new()
                } else {
                    // `matches` rules a text out with one pass of the needles' searcher: a test
                    // before it (`may_match`, dropped) scanned every matching text twice.
                    marker.matches(text)
                };
                let (phrase, coverage) = coverage(text, &marks, stems);
                marks_of.push(marks);
                (phrase, coverage, marks_of.len() - 1)
            });
            if !query_is_empty && coverage == 0 {
                continue;
            }
            matched.push(Candidate {
                phrase,
                coverage,
                readout: rank,
                statement: s,
                kind: statement.kind,
                speaker: Arc::clone(&role.name),
                speaker_country: role.country.clone(),
                marks: Some(marks),
            });
        }
        (matched, marks_of)
    }
}

/// A speaker's canonical name and country, shared by their statements.
struct Speaker {
    name: Arc<str>,
    country: Option<Arc<str>>,
}

/// The stems of the marked words a reading thread met, each stemmed once: stemming each mark's
/// words into new strings was a tenth of `readouts quotes Lavrov`'s allocations.
#[derive(Default)]
struct Stems {
    analyzer: Option<tantivy::tokenizer::TextAnalyzer>,
    /// A word as the text writes it, to its stem's number.
    of_word: FxHashMap<String, u32>,
    /// A stem to its number.
    numbers: FxHashMap<String, u32>,
}

impl Stems {
    /// The number of `word`'s stem (the analyzer's first token, or none): equal for equal stems.
    fn of(&mut self, word: &str) -> u32 {
        if let Some(&number) = self.of_word.get(word) {
            return number;
        }
        let stem = stem_of(self.analyzer.get_or_insert_with(text_analyzer), word);
        let next = self.numbers.len() as u32;
        let number = *self.numbers.entry(stem).or_insert(next);
        self.of_word.insert(word.to_string(), number);
        number
    }
}

/// Whether the marks of a text hold the query's words side by side (a quoted phrase, or two
/// marked words of different stems with only a space between), and how many distinct query words
/// (by stem: "sanction" and "sanctions" are one) they hold.
fn coverage(text: &str, marks: &[std::ops::Range<usize>], stems: &mut Stems) -> (bool, usize) {
    if marks.is_empty() {
        return (false, 0);
    }
    let marked: Vec<smallvec::SmallVec<[u32; 2]>> =
        marks.iter().map(|m| text[m.clone()].split_whitespace().map(|word| stems.of(word)).collect()).collect();
    let mut words: Vec<u32> = marked.iter().flatten().copied().collect();
    words.sort_unstable();
    words.dedup();
    let side_by_side = marked.iter().any(|m| m.len() > 1)
        || marks.windows(2).zip(marked.windows(2)).any(|(pair, stems)| {
            let between = &text[pair[0].end..pair[1].start];
            !between.is_empty() && between.chars().all(char::is_whitespace) && stems[0] != stems[1]
        });
    (side_by_side, words.len())
}
