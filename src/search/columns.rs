//! In-memory copies of the per-readout values every search reads for each match: the day (for
//! ranking ties and date sorts) and the facet ordinals (for the counts). A query matching most of
//! a million readouts reads them a million times; tantivy's columns decode bit-packed blocks and
//! walk an optional index on every read, which profiling showed to be most of such a query's time.
//! Plain arrays make each read one load. A copy costs one read of every document of the segment,
//! so it is made for the first query matching a good share of the segment (it pays for itself in
//! that query) and kept: segments are immutable, so a copy stays right until the segment goes
//! (merged away or rebuilt); the cache drops copies of segments the current searcher no longer
//! has. Narrow queries read tantivy's columns directly until then, and a one-shot `readouts
//! search` never pays for copies it would use once.

use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;
use tantivy::fastfield::FacetReader;
use tantivy::index::{SegmentId, SegmentReader};
use tantivy::{DocId, Searcher};

use super::FacetField;
use crate::index::schema::names;

mod days;
pub(crate) use days::{Days, NO_DAY};

/// A readout with no value for a single-valued facet.
const NO_ORD: u32 = u32::MAX;

/// The index field holding a facet's values.
pub(crate) fn facet_field_name(field: FacetField) -> &'static str {
    match field {
        FacetField::Speaker => names::SPEAKER_FACET,
        FacetField::Country => names::COUNTRY_FACET,
        FacetField::Year => names::YEAR,
        FacetField::Month => names::MONTH,
    }
}

/// The facet ordinals of every document of a segment (ordinals index the segment's facet
/// dictionary, in sorted order).
pub(crate) enum FacetOrds {
    /// At most one value a document (years, months; speakers and countries of small indexes).
    Single(Ordinals),
    /// Any number of values: document `d` has `ords[offsets[d]..offsets[d + 1]]`.
    Multi { offsets: Vec<u32>, ords: Ordinals },
}

/// Ordinals, in one or two bytes each when the dictionary allows. Counting a broad query's facets
/// streams a segment's ordinals from memory: counting was a quarter of a one-word query's search
/// threads' time on a million synthetic readouts (perf), most of it waiting on those loads.
/// Countries and years fit in a byte. Eight one-word queries matching 12-21% of a million
/// readouts, 4 interleaved rounds: mean 10.5 ms with four bytes, 8.3 ms with these.
pub(crate) enum Ordinals {
    /// Every ordinal below `u8::MAX` (the mark for none).
    Byte(Vec<u8>),
    /// Every ordinal below `u16::MAX` (the mark for none).
    Narrow(Vec<u16>),
    /// Any ordinal.
    Wide(Vec<u32>),
}

/// An ordinal's width, with the value a single-valued column stores for none.
trait Ordinal: Copy + PartialEq {
    /// No value.
    const NONE: Self;
    /// `ord` ([`NO_ORD`] for none) in this width; [`Ordinals::of`] checked that it fits.
    fn from_wide(ord: u32) -> Self;
    /// The ordinal as an index into a counts array.
    fn index(self) -> usize;
}

/// The narrow widths: their largest value marks none.
macro_rules! narrow_ordinal {
    ($width:ty) => {
        impl Ordinal for $width {
            const NONE: $width = <$width>::MAX;
            fn from_wide(ord: u32) -> $width {
                if ord == NO_ORD { Self::NONE } else { ord as $width }
            }
            #[inline(always)]
            fn index(self) -> usize {
                usize::from(self)
            }
        }
    };
}
narrow_ordinal!(u8);
narrow_ordinal!(u16);

impl Ordinal for u32 {
    const NONE: u32 = NO_ORD;
    fn from_wide(ord: u32) -> u32 {
        ord
    }
    #[inline(always)]
    fn index(self) -> usize {
        self as usize
    }
}

impl Ordinals {
    /// `ords` (with [`NO_ORD`] for none) of a dictionary of `values` values, in the narrowest width
    /// that holds them and the mark for none.
    fn of(ords: Vec<u32>, values: usize) -> Ordinals {
        fn narrowed<T: Ordinal>(ords: Vec<u32>) -> Vec<T> {
            ords.into_iter().map(T::from_wide).collect()
        }
        // Ordinals run to `values - 1`: the width's largest value is left for none.
        if values <= usize::from(u8::MAX) {
            Ordinals::Byte(narrowed(ords))
        } else if values <= usize::from(u16::MAX) {
            Ordinals::Narrow(narrowed(ords))
        } else {
            Ordinals::Wide(ords)
        }
    }

    /// Calls `f` with each ordinal of `range` (a multi-valued column's slice for one readout).
    #[inline(always)]
    fn each_in(&self, range: std::ops::Range<u32>, f: impl FnMut(usize)) {
        let range = range.start as usize..range.end as usize;
        match self {
            Ordinals::Byte(ords) => each_of(&ords[range], f),
            Ordinals::Narrow(ords) => each_of(&ords[range], f),
            Ordinals::Wide(ords) => each_of(&ords[range], f),
        }
    }
}

/// Calls `f` with `per_doc[doc]` unless it is none.
#[inline(always)]
fn one<T: Ordinal>(per_doc: &[T], doc: usize, mut f: impl FnMut(usize)) {
    let ord = per_doc[doc];
    if ord != T::NONE {
        f(ord.index());
    }
}

/// Calls `f` with each of `ords`.
#[inline(always)]
fn each_of<T: Ordinal>(ords: &[T], mut f: impl FnMut(usize)) {
    for &ord in ords {
        f(ord.index());
    }
}

impl FacetOrds {
    fn build(segment: &SegmentReader, field: FacetField) -> tantivy::Result<(FacetOrds, usize)> {
        let reader = segment.facet_reader(facet_field_name(field))?;
        let values = reader.num_facets();
        let max_doc = segment.max_doc();
        let mut offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut ords = Vec::with_capacity(max_doc as usize);
        let mut single = true;
        offsets.push(0u32);
        for doc in 0..max_doc {
            let before = ords.len();
            ords.extend(reader.facet_ords(doc).map(|o| o as u32));
            single &= ords.len() - before <= 1;
            offsets.push(ords.len() as u32);
        }
        let built = if single {
            let per_doc = offsets.windows(2).map(|w| if w[1] > w[0] { ords[w[0] as usize] } else { NO_ORD }).collect();
            FacetOrds::Single(Ordinals::of(per_doc, values))
        } else {
            FacetOrds::Multi { offsets, ords: Ordinals::of(ords, values) }
        };
        Ok((built, values))
    }

    /// Calls `f` with each of `doc`'s ordinals.
    #[inline(always)]
    fn each(&self, doc: DocId, f: impl FnMut(usize)) {
        let doc = doc as usize;
        match self {
            FacetOrds::Single(Ordinals::Byte(per_doc)) => one(per_doc, doc, f),
            FacetOrds::Single(Ordinals::Narrow(per_doc)) => one(per_doc, doc, f),
            FacetOrds::Single(Ordinals::Wide(per_doc)) => one(per_doc, doc, f),
            FacetOrds::Multi { offsets, ords } => ords.each_in(offsets[doc]..offsets[doc + 1], f),
        }
    }

    /// Adds one to `counts` at each of `doc`'s ordinals.
    #[inline]
    pub(crate) fn count(&self, doc: DocId, counts: &mut [u32]) {
        self.each(doc, |ord| counts[ord] += 1);
    }

    /// Adds one to `counts` at each ordinal of each of `docs` (increasing): the same counts as
    /// [`Self::count`] on each, read in batches whose offsets are all loaded before any of their
    /// ordinals, so that the scattered loads of a sparse query's matches overlap instead of
    /// waiting on one another. With the days of such matches left unread (collect.rs), one-word
    /// queries matching 1-12% of a million readouts: 0.84-0.90x; the 60 bench queries at 1M: p50
    /// 0.91x, p95 0.95x (3 rounds).
    pub(crate) fn count_all(&self, docs: &[DocId], counts: &mut [u32]) {
        let FacetOrds::Multi { offsets, ords } = self else {
            // One load a document, independent of the others already.
            for &doc in docs {
                self.count(doc, counts);
            }
            return;
        };
        let mut ranges = [(0u32, 0u32); COUNT_BATCH];
        for batch in docs.chunks(COUNT_BATCH) {
            for (range, &doc) in ranges.iter_mut().zip(batch) {
                *range = (offsets[doc as usize], offsets[doc as usize + 1]);
            }
            for &(start, end) in &ranges[..batch.len()] {
                ords.each_in(start..end, |ord| counts[ord] += 1);
            }
        }
    }

    /// Takes one from `counts` at each of `doc`'s ordinals (counted before, in a range's totals).
    #[inline]
    pub(crate) fn uncount(&self, doc: DocId, counts: &mut [u32]) {
        self.each(doc, |ord| counts[ord] -= 1);
    }
}

/// Documents whose offsets [`FacetOrds::count_all`] loads together.
const COUNT_BATCH: usize = 32;

/// One facet's ordinals with the size of its dictionary.
pub(crate) struct FacetColumn {
    /// Each document's ordinals.
    pub ords: FacetOrds,
    /// How many distinct values the segment has (the length a counts array needs).
    pub values: usize,
}

/// The copies for one segment, each built when first needed.
#[derive(Default)]
pub(crate) struct SegmentColumns {
    days: OnceLock<Vec<i32>>,
    facets: [OnceLock<FacetColumn>; 4],
    totals: Mutex<Vec<RangeTotals>>,
}

/// One facet's counts over every live document of a range of a segment: a query matching most
/// of the range counts its facets faster from these, less the documents it does not match.
struct RangeTotals {
    field: FacetField,
    start: DocId,
    end: DocId,
    /// The segment's deleted documents when counted: deletions only grow, so the number tells
    /// which documents were live.
    deleted: u32,
    counts: Arc<Vec<u32>>,
}

/// Where a pass reads each document's facet ordinals: the copy, or tantivy's column.
pub(crate) enum FacetOrdinals<'a> {
    /// The in-memory copy.
    Copied(&'a FacetColumn),
    /// tantivy's column.
    Column(FacetReader),
}

impl FacetOrdinals<'_> {
    /// How many distinct values the segment has (the length a counts array needs).
    pub(crate) fn values(&self) -> usize {
        match self {
            FacetOrdinals::Copied(column) => column.values,
            FacetOrdinals::Column(reader) => reader.num_facets(),
        }
    }

    /// Adds one to `counts` at each of `doc`'s ordinals.
    #[inline]
    pub(crate) fn count(&self, doc: DocId, counts: &mut [u32]) {
        match self {
            FacetOrdinals::Copied(column) => column.ords.count(doc, counts),
            FacetOrdinals::Column(reader) => {
                for ord in reader.facet_ords(doc) {
                    counts[ord as usize] += 1;
                }
            }
        }
    }
}

impl SegmentColumns {
    /// Each document's day: from the copy, made now when `copy` and not made yet.
    pub(crate) fn days(&self, segment: &SegmentReader, copy: bool) -> tantivy::Result<Days<'_>> {
        if let Some(days) = self.days.get() {
            return Ok(Days::Copied(days));
        }
        let column = Days::Column(segment.fast_fields().date(names::DATE)?);
        if !copy {
            return Ok(column);
        }
        let days = (0..segment.max_doc()).map(|doc| column.get(doc)).collect();
        Ok(Days::Copied(self.days.get_or_init(|| days)))
    }

    /// One facet's ordinals: from the copy, made now when `copy` and not made yet.
    pub(crate) fn facet(
        &self,
        segment: &SegmentReader,
        field: FacetField,
        copy: bool,
    ) -> tantivy::Result<FacetOrdinals<'_>> {
        // One cell a facet field, in the order FacetField declares them.
        let cell = &self.facets[field as usize];
        if let Some(column) = cell.get() {
            return Ok(FacetOrdinals::Copied(column));
        }
        if !copy {
            return Ok(FacetOrdinals::Column(segment.facet_reader(facet_field_name(field))?));
        }
        let (ords, values) = FacetOrds::build(segment, field)?;
        Ok(FacetOrdinals::Copied(cell.get_or_init(|| FacetColumn { ords, values })))
    }
}

impl SegmentColumns {
    /// The counts of `column`'s values over the live documents of `start..end`, counted once
    /// for each range and state of deletions.
    pub(crate) fn range_totals(
        &self,
        segment: &SegmentReader,
        field: FacetField,
        column: &FacetColumn,
        start: DocId,
        end: DocId,
    ) -> Arc<Vec<u32>> {
        let deleted = segment.num_deleted_docs();
        let same = |t: &RangeTotals| t.field == field && t.start == start && t.end == end && t.deleted == deleted;
        {
            let totals = self.totals.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Some(found) = totals.iter().find(|t| same(t)) {
                return Arc::clone(&found.counts);
            }
        }
        let mut counts = vec![0u32; column.values];
        let alive = segment.alive_bitset();
        for doc in start..end {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                column.ords.count(doc, &mut counts);
            }
        }
        let counts = Arc::new(counts);
        let mut totals = self.totals.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Totals of fewer deletions are stale: the searchers that had them are going. The
        // segment is cut anew as the index grows around it: ranges overlapping this one are of an
        // older cut, so at most one cut's ranges are kept.
        totals.retain(|t| t.deleted == deleted && !(t.field == field && t.start < end && start < t.end));
        totals.push(RangeTotals { field, start, end, deleted, counts: Arc::clone(&counts) });
        counts
    }
}

/// The copies of every segment searched lately.
#[derive(Default)]
pub(crate) struct ColumnCache {
    segments: Mutex<FxHashMap<SegmentId, Arc<SegmentColumns>>>,
}

impl ColumnCache {
    /// The copies for `segment`, of `searcher`; forgets the segments `searcher` no longer has.
    pub(crate) fn get(&self, searcher: &Searcher, segment: &SegmentReader) -> Arc<SegmentColumns> {
        let mut segments = self.segments.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(columns) = segments.get(&segment.segment_id()) {
            return Arc::clone(columns);
        }
        segments.retain(|id, _| searcher.segment_readers().iter().any(|s| s.segment_id() == *id));
        Arc::clone(segments.entry(segment.segment_id()).or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_of_every_width_count_alike() {
        // Dictionaries at each width's edges, with their largest ordinal, a readout without a
        // value, and the width `of` picks.
        for (values, width) in [(255, "byte"), (256, "narrow"), (65_535, "narrow"), (65_536, "wide")] {
            let last = values as u32 - 1;
            let picked = |ords: &Ordinals| match ords {
                Ordinals::Byte(_) => "byte",
                Ordinals::Narrow(_) => "narrow",
                Ordinals::Wide(_) => "wide",
            };
            // Four readouts: the largest and the first value, none, one, three.
            let multi = FacetOrds::Multi {
                offsets: vec![0, 2, 2, 3, 6],
                ords: Ordinals::of(vec![last, 0, 2, 2, last, 0], values),
            };
            let single = FacetOrds::Single(Ordinals::of(vec![last, NO_ORD, 0, last], values));
            for (ords, counted) in [(&multi, [(last, 2), (0, 2), (2, 2)]), (&single, [(last, 2), (0, 1), (2, 0)])] {
                let (FacetOrds::Multi { ords: held, .. } | FacetOrds::Single(held)) = ords;
                assert_eq!(picked(held), width, "{values} values");
                let mut counts = vec![0; values];
                (0..4).for_each(|doc| ords.count(doc, &mut counts));
                let mut expected = vec![0u32; values];
                for (ord, n) in counted {
                    expected[ord as usize] = n;
                }
                assert_eq!(counts, expected, "{values} values");
                (0..4).for_each(|doc| ords.uncount(doc, &mut counts));
                assert!(counts.iter().all(|&c| c == 0), "{values} values");
            }
        }
    }

    #[test]
    fn batched_counts_match_one_at_a_time() {
        // 100 readouts with none to three values each, at every width, counted for every
        // readout, every third one (batches cut mid-way) and none.
        for values in [255, 65_535, 65_536] {
            let mut offsets = vec![0u32];
            let mut ords = Vec::new();
            for doc in 0..100u32 {
                ords.extend((0..doc % 4).map(|i| (doc * 7 + i * 31) % values as u32));
                offsets.push(ords.len() as u32);
            }
            let single_ords = (0..100u32).map(|doc| if doc % 5 == 0 { NO_ORD } else { doc * 13 % values as u32 });
            let multi = FacetOrds::Multi { offsets, ords: Ordinals::of(ords, values) };
            let single = FacetOrds::Single(Ordinals::of(single_ords.collect(), values));
            for column in [&multi, &single] {
                for docs in [(0..100).collect::<Vec<DocId>>(), (0..100).step_by(3).collect(), Vec::new()] {
                    let mut one_at_a_time = vec![0; values];
                    docs.iter().for_each(|&doc| column.count(doc, &mut one_at_a_time));
                    let mut batched = vec![0; values];
                    column.count_all(&docs, &mut batched);
                    assert_eq!(batched, one_at_a_time, "{values} values, {} readouts", docs.len());
                }
            }
        }
    }

    #[test]
    fn range_totals_count_live_readouts_and_keep_one_cut() {
        let index = crate::test_support::sample_index(1_000);
        let searcher = index.searcher();
        let segment = searcher.segment_reader(0);
        let columns = SegmentColumns::default();
        let FacetOrdinals::Copied(column) = columns.facet(segment, FacetField::Country, true).unwrap() else {
            panic!("asked for a copy")
        };
        let by_hand = |start: DocId, end: DocId| {
            let mut counts = vec![0; column.values];
            for doc in (start..end).filter(|&d| !segment.is_deleted(d)) {
                column.ords.count(doc, &mut counts);
            }
            counts
        };
        let max = segment.max_doc();
        assert!(segment.num_deleted_docs() > 0, "deleted readouts are not counted");
        for (start, end) in [(0, max / 2), (max / 2, max)] {
            assert_eq!(*columns.range_totals(segment, FacetField::Country, column, start, end), by_hand(start, end));
        }
        assert_eq!(columns.totals.lock().unwrap().len(), 2);
        // Cut anew (the index grew): the overlapping ranges of the old cut go.
        for (start, end) in [(0, max / 3), (max / 3, 2 * max / 3), (2 * max / 3, max)] {
            assert_eq!(*columns.range_totals(segment, FacetField::Country, column, start, end), by_hand(start, end));
        }
        let kept: Vec<(DocId, DocId)> = columns.totals.lock().unwrap().iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(kept, [(0, max / 3), (max / 3, 2 * max / 3), (2 * max / 3, max)]);
    }
}
