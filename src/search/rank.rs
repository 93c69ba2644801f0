//! The ranking rules, in order (README, "Ranking"): how closely a readout holds the query's words
//! decides first; BM25 over title and body (rare words weighed up, typo and prefix matches below
//! exact ones) orders readouts within that; the date breaks ties.
//!
//! 1. [`Tier::Phrase`]: the words stand together as typed, in the title or the body's opening;
//! 2. [`Tier::Near`]: they stand within about a sentence of each other ([`NEAR_SPAN`]), in any
//!    order ("agreement on peace"), in the title or the body's opening;
//! 3. [`Tier::Opening`]: every word is in the title, or every word in the body's opening;
//! 4. [`Tier::AllWords`]: every word is in the readout as typed (stemmed), anywhere;
//! 5. [`Tier::Partial`]: some word matched only by a typo or a prefix, by a country's facet, or
//!    not at all (a relaxed query).
//!
//! The opening is the first [`OPENING_POSITIONS`] words: where the guideline of tests/relevance
//! finds a readout's main subject, and where a phrase is the subject rather than an aside in a
//! long briefing. A field weight or a recent date cannot lift a readout over one of a better tier:
//! a word of the query in a short title no longer outweighs the whole query as a phrase.
//!
//! Tiers are worked out from the words' positions, only for the matches that could still enter the
//! top hits (the collector checks the best tier a match could have first).

use serde::{Deserialize, Serialize};
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, SegmentReader, TERMINATED, Term};

use tantivy::query_grammar::{Delimiter, Occur, UserInputAst, UserInputLeaf};

use crate::index::schema::{self, Fields};
use crate::search::query::tokens;

/// How many positions the words of a [`Tier::Near`] match may spread beyond what the phrase takes:
/// about a sentence. Measured on tests/relevance (tuning queries, nDCG@10): 4 0.791, 12 0.790, 30
/// 0.799.
pub const NEAR_SPAN: u32 = 30;

/// The opening of a body, in words: where the words standing together or close count for the tier.
/// A phrase met only deeper in a long briefing is an aside more often than the subject (measured on
/// tests/relevance: the whole body 0.784 nDCG@10 on the tuning queries, the first 150 words 0.801).
pub const OPENING_POSITIONS: u32 = 150;

/// Index of the body among the fields a tier is read from (title first).
const BODY: usize = 1;

/// How closely a readout holds the words of the query: the first ranking rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Some word matched only by a typo, a prefix or a country's facet, or not at all.
    Partial,
    /// Every word as typed (stemmed), anywhere in the readout.
    AllWords,
    /// Every word in the title, or every word in the body's opening.
    Opening,
    /// The words close together in the title or the body, in any order.
    Near,
    /// The words together as typed, in the title or the body.
    Phrase,
}

impl Tier {
    /// The tier's name as the explanation prints it.
    pub fn describe(self) -> &'static str {
        match self {
            Tier::Phrase => "the words as a phrase",
            Tier::Near => "the words close together",
            Tier::Opening => "every word in the title or the opening",
            Tier::AllWords => "every word, apart",
            Tier::Partial => "some words only by typo, prefix or facet, or missing",
        }
    }
}

/// The words of a query of plain words, whose positions decide the tier: their analysed terms in
/// the title and the body, each with its position in the query (a stop word leaves a gap).
#[derive(Debug, Clone)]
pub struct Proximity {
    /// Position in the query of each word.
    offsets: Vec<u32>,
    /// The words' terms in each field ranked by closeness: title, then body.
    terms: [Vec<Term>; 2],
}

impl Proximity {
    /// The proximity of the analysed words `tokens` (position in the query, term text).
    pub(crate) fn new(fields: &Fields, tokens: &[(usize, String)]) -> Option<Proximity> {
        if tokens.is_empty() {
            return None;
        }
        let terms = |field| tokens.iter().map(|(_, t)| Term::from_field_text(field, t)).collect();
        Some(Proximity {
            offsets: tokens.iter().map(|(p, _)| *p as u32).collect(),
            terms: [terms(fields.title), terms(fields.body)],
        })
    }

    /// The words whose positions rank a query's matches: those of a query of plain words, none of
    /// them negated, optional or on a named field.
    pub(crate) fn of_query(fields: &Fields, ast: &UserInputAst) -> Option<Proximity> {
        let single = [(None, ast.clone())];
        let clauses: &[(Option<Occur>, UserInputAst)] = match ast {
            UserInputAst::Clause(clauses) => clauses,
            UserInputAst::Leaf(_) => &single,
            UserInputAst::Boost(..) => return None,
        };
        let mut words = Vec::new();
        for (occur, sub) in clauses {
            if matches!(occur, Some(Occur::MustNot) | Some(Occur::Should)) {
                return None;
            }
            let UserInputAst::Leaf(leaf) = sub else { return None };
            let UserInputLeaf::Literal(lit) = leaf.as_ref() else { return None };
            if lit.field_name.is_some() || lit.delimiter != Delimiter::None {
                return None;
            }
            words.push(lit.phrase.clone());
        }
        let tokens = tokens(&mut schema::text_analyzer(), &words.join(" "));
        Proximity::new(fields, &tokens)
    }

    /// The best tier a match can reach.
    pub fn best(&self) -> Tier {
        if self.offsets.len() > 1 { Tier::Phrase } else { Tier::AllWords }
    }
}

/// Reads the words' positions in one segment, for documents asked in increasing order.
pub(crate) struct TierReader<'a> {
    proximity: &'a Proximity,
    /// Each field's postings of each word (`None`: not in this segment's field).
    postings: [Vec<Option<SegmentPostings>>; 2],
    positions: Vec<Vec<u32>>,
    /// Whether each word is in the readout, kept between readouts with [`Self::closeness`]: a
    /// conjunction works out the tier of most of its matches, and allocating these anew each time
    /// was a twelfth of its time (perf, 1M synthetic readouts).
    present: Vec<bool>,
    closeness: Closeness,
}

/// Where a tier was found, for the explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierField {
    /// In the title.
    Title,
    /// In the body.
    Body,
    /// Across the readout.
    Anywhere,
}

impl<'a> TierReader<'a> {
    /// Opens the words' postings in `segment`.
    pub(crate) fn new(segment: &SegmentReader, proximity: &'a Proximity) -> tantivy::Result<TierReader<'a>> {
        let mut postings: [Vec<Option<SegmentPostings>>; 2] = [Vec::new(), Vec::new()];
        for (slot, terms) in postings.iter_mut().zip(&proximity.terms) {
            let Some(first) = terms.first() else { continue };
            let inverted = segment.inverted_index(first.field())?;
            for term in terms {
                slot.push(inverted.read_postings(term, IndexRecordOption::WithFreqsAndPositions)?);
            }
        }
        let words = proximity.offsets.len();
        Ok(TierReader {
            proximity,
            postings,
            positions: vec![Vec::new(); words],
            present: Vec::with_capacity(words),
            closeness: Closeness::default(),
        })
    }

    /// The tier of `doc` (each call with a larger `doc` than the last).
    pub(crate) fn tier(&mut self, doc: DocId) -> Tier {
        self.tier_and_field(doc).0
    }

    /// The tier of `doc` and the field where it was reached.
    pub(crate) fn tier_and_field(&mut self, doc: DocId) -> (Tier, TierField) {
        let words = self.proximity.offsets.len();
        let present = &mut self.present;
        present.clear();
        present.resize(words, false);
        let mut best = (Tier::Partial, TierField::Anywhere);
        for (field, postings) in self.postings.iter_mut().enumerate() {
            let mut all_here = !postings.is_empty();
            for (i, p) in postings.iter_mut().enumerate() {
                let here = match p {
                    Some(p) => {
                        if p.doc() < doc {
                            p.seek(doc);
                        }
                        p.doc() == doc && p.doc() != TERMINATED
                    }
                    None => false,
                };
                present[i] |= here;
                all_here &= here;
            }
            if !all_here || words < 2 {
                continue;
            }
            for (p, positions) in postings.iter_mut().zip(self.positions.iter_mut()) {
                positions.clear();
                if let Some(p) = p {
                    p.positions(positions);
                }
            }
            if field == BODY {
                // Closeness counts where a reader meets it: in the opening.
                for p in self.positions.iter_mut() {
                    p.retain(|&x| x < OPENING_POSITIONS);
                }
                if self.positions.iter().any(Vec::is_empty) {
                    continue;
                }
            }
            let tier = self.closeness.tier(&self.positions, &self.proximity.offsets).max(Tier::Opening);
            let where_ = if field == BODY { TierField::Body } else { TierField::Title };
            if tier > best.0 {
                best = (tier, where_);
            }
        }
        if best.0 == Tier::Partial && present.iter().all(|&p| p) {
            best = (Tier::AllWords, TierField::Anywhere);
        }
        best
    }
}

/// Where the words stand as a phrase: the positions of the first word from which every word
/// stands at its place relative to it, given each word's sorted positions and its position in
/// the phrase (`offsets`, increasing). Quote searches find quoted phrases in statements with it.
pub(crate) fn phrase_starts<'a>(positions: &'a [Vec<u32>], offsets: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let first = offsets.first().copied().unwrap_or(0);
    positions.first().into_iter().flatten().copied().filter(move |&start| {
        offsets.iter().zip(positions).skip(1).all(|(&offset, pos)| {
            let Some(want) = start.checked_add(offset - first) else { return false };
            pos.binary_search(&want).is_ok()
        })
    })
}

/// How close the words stand in one field, with room kept from one readout to the next.
#[derive(Default)]
struct Closeness {
    /// Every position of every word, with the word's index.
    merged: Vec<(u32, usize)>,
    /// Each word's last position seen.
    last: Vec<Option<u32>>,
}

impl Closeness {
    /// How close the words stand, given each word's sorted positions in the field and its
    /// position in the query.
    fn tier(&mut self, positions: &[Vec<u32>], offsets: &[u32]) -> Tier {
        let first = offsets[0];
        if phrase_starts(positions, offsets).next().is_some() {
            return Tier::Phrase;
        }
        // The smallest window holding one position of each word: walk all positions in order and
        // keep, for each word, its last position seen.
        let phrase_span =
            offsets.iter().max().copied().unwrap_or(first) - offsets.iter().min().copied().unwrap_or(first);
        let merged = &mut self.merged;
        merged.clear();
        merged.extend(positions.iter().enumerate().flat_map(|(word, pos)| pos.iter().map(move |&p| (p, word))));
        merged.sort_unstable();
        let last = &mut self.last;
        last.clear();
        last.resize(positions.len(), None);
        for &(pos, word) in merged.iter() {
            last[word] = Some(pos);
            // Every word seen: the window from the earliest of their last positions to here.
            if let Some(lowest) = last.iter().try_fold(u32::MAX, |low, l| l.map(|p| low.min(p)))
                && pos - lowest <= phrase_span + NEAR_SPAN
            {
                return Tier::Near;
            }
        }
        Tier::AllWords
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closeness_by_positions() {
        // (positions of each word, positions in the query, tier)
        const FAR: u32 = NEAR_SPAN + 2;
        type Case<'a> = (&'a [&'a [u32]], &'a [u32], Tier);
        let cases: &[Case] = &[
            (&[&[3], &[4]], &[0, 1], Tier::Phrase),
            (&[&[3, 9], &[1, 10]], &[0, 1], Tier::Phrase),
            // "rule of law": the stop word keeps its place.
            (&[&[5], &[7]], &[0, 2], Tier::Phrase),
            (&[&[5], &[6]], &[0, 2], Tier::Near),
            // "agreement on peace" for "peace agreement".
            (&[&[8], &[6]], &[0, 1], Tier::Near),
            (&[&[1], &[1 + NEAR_SPAN + 1]], &[0, 1], Tier::Near),
            (&[&[1], &[1 + FAR]], &[0, 1], Tier::AllWords),
            // The first word's first position alone is no window.
            (&[&[1, 3 * FAR], &[FAR + 2]], &[0, 1], Tier::AllWords),
            (&[&[1, 3 * FAR], &[2 * FAR], &[4 * FAR]], &[0, 1, 2], Tier::AllWords),
            (&[&[1, 3 * FAR], &[3 * FAR - 2], &[3 * FAR + 1]], &[0, 1, 2], Tier::Near),
            (&[&[10], &[11], &[12]], &[0, 1, 2], Tier::Phrase),
        ];
        let mut used = Closeness::default();
        for (positions, offsets, tier) in cases.iter().chain(cases) {
            let positions: Vec<Vec<u32>> = positions.iter().map(|p| p.to_vec()).collect();
            // A fresh one and one that has worked out the cases before give the same answer.
            assert_eq!(Closeness::default().tier(&positions, offsets), *tier, "{positions:?} {offsets:?}");
            assert_eq!(used.tier(&positions, offsets), *tier, "{positions:?} {offsets:?}, reused");
        }
    }

    #[test]
    fn tiers_are_ordered_best_last() {
        assert!(Tier::Phrase > Tier::Near && Tier::Near > Tier::Opening);
        assert!(Tier::Opening > Tier::AllWords && Tier::AllWords > Tier::Partial);
    }
}
