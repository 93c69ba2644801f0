//! One pass over a query's matches that ranks, counts and counts facets together, with large
//! segments cut into document ranges searched in parallel.
//!
//! tantivy searches each segment on one thread, so a million-readout index whose largest segment
//! holds two thirds of it keeps one core busy for two thirds of a broad query while the other
//! idles. A scorer can start anywhere in its segment (`seek`), so each range gets its own scorer
//! and every core gets a share. The pass itself reads the in-memory columns of [`super::columns`]
//! and keeps the top hits in a bounded heap: no per-match work through nested collectors.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher};

use super::bounds::Deadline;
use super::columns::{self, ColumnCache, FacetColumn, FacetOrdinals, NO_DAY};
use super::copies::{ALONE, Copies};
use super::facets::{self, SegmentCounts};
use super::people::People;
use super::rank::{Proximity, Tier, TierReader};
use super::{FacetField, Sort};

/// Documents below which a range is not worth its own scorer and thread.
const MIN_RANGE_DOCS: u32 = 16_384;

/// The threads that search ranges of the index in parallel (and read the readouts of a quote
/// search), one a core: a query matching most of a large collection (every hit is scored and
/// counted for the facets) takes half the time on two. They are shared by every index of the
/// process and started the first time a search has work for two: a process that never does
/// (one search of a small index) does not start them. Each opened index had its own, started
/// when it was opened.
pub(crate) fn pool() -> &'static tantivy::Executor {
    static POOL: std::sync::OnceLock<tantivy::Executor> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        tantivy::Executor::multi_thread(cores(), "readouts-search-")
            .unwrap_or_else(|_| tantivy::Executor::single_thread())
    })
}

/// The cores this process may use, asked once: std asks the cgroup files each time (five system
/// calls, 3% of a one-shot `readouts search Svalbard` process, perf, session 28), and a server or
/// `readouts bench` asked for every query. A long-running server does not see its cgroup's or
/// affinity's later changes: the pool it sizes is started once anyway.
pub(crate) fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// What a pass computes besides the number of matches.
pub(crate) struct Plan<'a> {
    /// Hits to keep, best first (0: none, and no scoring).
    pub top: usize,
    /// Their order.
    pub sort: Sort,
    /// Facets to count, each with how many values to keep (`usize::MAX`: all).
    pub facets: &'a [(FacetField, usize)],
    /// The words whose positions decide each match's tier, the first ranking rule; worked out
    /// where the tier can change the top hits.
    pub proximity: Option<&'a Proximity>,
    /// When to stop: a pass that runs over it stops within a few thousand matches, and its caller
    /// learns it from the deadline (the outcome is then partial).
    pub deadline: Option<&'a Deadline>,
    /// Who is who: speakers are counted by person when given, else by form as stored.
    pub people: Option<&'a People>,
    /// Copies of one text: when given, each group counts once in the total and the facets (by its
    /// first matching readout) and only its best readout is ranked.
    pub one_per_text: Option<&'a Copies>,
}

/// Matches between two looks at the clock: a look costs tens of nanoseconds, a match some hundreds.
const MATCHES_PER_CLOCK_LOOK: u32 = 4096;

/// What a pass found.
pub(crate) struct Outcome {
    /// The best `top` hits, best first, with their relevance scores.
    pub top: Vec<(Score, DocAddress)>,
    /// All matches.
    pub total: usize,
    /// Each planned facet's values with their counts, most frequent first.
    pub facets: Vec<Vec<(String, u64)>>,
}

/// A hit's place in the order: bigger is better; ties go to the lower address.
#[derive(Clone, Copy)]
struct Ranked {
    key: (Tier, f64, f64),
    score: Score,
    address: DocAddress,
}

impl Ranked {
    fn cmp_rank(&self, other: &Self) -> Ordering {
        self.key
            .0
            .cmp(&other.key.0)
            .then(self.key.1.total_cmp(&other.key.1))
            .then(self.key.2.total_cmp(&other.key.2))
            .then_with(|| other.address.cmp(&self.address))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp_rank(other) == Ordering::Equal
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    /// Reversed, so that a `BinaryHeap` keeps the worst kept hit on top.
    fn cmp(&self, other: &Self) -> Ordering {
        other.cmp_rank(self)
    }
}

/// The sort key of a hit: its tier counts in the relevance order only.
#[inline]
fn key(sort: Sort, tier: Tier, score: Score, day: i32) -> (Tier, f64, f64) {
    let score = f64::from(score);
    let undated = day == NO_DAY;
    match sort {
        Sort::Relevance => (tier, score, f64::from(day)),
        // Undated readouts come last in both date orders.
        Sort::Newest => (Tier::Partial, if undated { f64::NEG_INFINITY } else { f64::from(day) }, score),
        Sort::Oldest => (Tier::Partial, if undated { f64::NEG_INFINITY } else { -f64::from(day) }, score),
    }
}

/// Whether a hit of `tier` and `score` ranks below `worst` in the relevance order whatever its day
/// and address: the order's first two parts, tier then score, already say so.
#[inline]
fn below_in_relevance(tier: Tier, score: Score, worst: &Ranked) -> bool {
    tier.cmp(&worst.key.0).then(f64::from(score).total_cmp(&worst.key.1)) == Ordering::Less
}

/// A range of one segment's documents.
struct Range {
    segment: u32,
    start: DocId,
    end: DocId,
}

/// What one range found.
struct RangeFindings {
    segment: u32,
    top: BinaryHeap<Ranked>,
    total: usize,
    counts: Vec<Vec<u32>>,
    /// Matches that are copies of one text, neither counted nor kept in `top` yet: their group,
    /// address and rank (when ranking).
    grouped: Vec<(u32, DocAddress, Option<Ranked>)>,
}

/// Cuts the segments into ranges: about two a thread over the whole index, none smaller than
/// `min_docs` unless its segment is.
fn ranges(searcher: &Searcher, threads: usize, min_docs: u32) -> Vec<Range> {
    let total: u64 = searcher.segment_readers().iter().map(|s| u64::from(s.max_doc())).sum();
    let target = (total / (2 * threads.max(1) as u64)).max(u64::from(min_docs.max(1))) as u32;
    let mut out = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let max_doc = segment.max_doc();
        let pieces = max_doc.div_ceil(target).max(1);
        let step = max_doc.div_ceil(pieces).max(1);
        let mut start = 0;
        while start < max_doc {
            out.push(Range { segment: ord as u32, start, end: (start + step).min(max_doc) });
            start += step;
        }
    }
    out
}

/// Runs `query` once over the whole index as `plan` says.
pub(crate) fn run(
    searcher: &Searcher,
    cache: &ColumnCache,
    query: &dyn Query,
    plan: &Plan<'_>,
) -> tantivy::Result<Outcome> {
    run_in_ranges(searcher, cache, query, plan, MIN_RANGE_DOCS)
}

fn run_in_ranges(
    searcher: &Searcher,
    cache: &ColumnCache,
    query: &dyn Query,
    plan: &Plan<'_>,
    min_range_docs: u32,
) -> tantivy::Result<Outcome> {
    let scoring = if plan.top > 0 {
        EnableScoring::enabled_from_searcher(searcher)
    } else {
        EnableScoring::disabled_from_searcher(searcher)
    };
    let weight = query.weight(scoring)?;
    let ranges = ranges(searcher, cores(), min_range_docs);
    // An index smaller than two ranges' worth (documents, deleted ones included) is searched in
    // one thread even when it has several segments: handing them to the pool cost more than it
    // saved. corpus/ (5,093 readouts, two segments), `bench/paired_queries.sh`, 5 rounds: p50
    // 1.06 -> 0.77 ms, p95 2.23 -> 1.60 ms.
    let docs: u64 = searcher.segment_readers().iter().map(|s| u64::from(s.max_doc())).sum();
    let mut fruits = if ranges.len() <= 1 || docs < 2 * u64::from(min_range_docs) {
        ranges
            .into_iter()
            .map(|r| run_range(searcher, cache, weight.as_ref(), plan, r))
            .collect::<tantivy::Result<Vec<_>>>()?
    } else {
        let weight = weight.as_ref();
        pool().map(|r| run_range(searcher, cache, weight, plan, r), ranges.into_iter())?
    };

    let mut total: usize = fruits.iter().map(|f| f.total).sum();
    let mut top: Vec<Ranked> = fruits.iter().flat_map(|f| f.top.iter().copied()).collect();
    // Each group of copies counts once, by its first matching readout, and competes by its best.
    let mut grouped: Vec<(u32, DocAddress, Option<Ranked>)> =
        fruits.iter_mut().flat_map(|f| std::mem::take(&mut f.grouped)).collect();
    grouped.sort_by_key(|g| g.1);
    let mut best_of_group: std::collections::HashMap<u32, Option<Ranked>> = std::collections::HashMap::new();
    let mut counted = Vec::new();
    for (group, address, ranked) in grouped {
        let best = best_of_group.entry(group).or_insert_with(|| {
            counted.push(address);
            None
        });
        if let Some(ranked) = ranked
            && best.is_none_or(|b| ranked.cmp_rank(&b) == Ordering::Greater)
        {
            *best = Some(ranked);
        }
    }
    total += counted.len();
    top.extend(best_of_group.into_values().flatten());
    top.sort_by(|a, b| b.cmp_rank(a));
    top.truncate(plan.top);

    // Ranges of one segment add up their counts before the segments' top values are chosen.
    let mut per_segment: Vec<Option<Vec<Vec<u32>>>> = (0..searcher.segment_readers().len()).map(|_| None).collect();
    for fruit in fruits {
        match &mut per_segment[fruit.segment as usize] {
            Some(sums) => {
                for (sum, counts) in sums.iter_mut().zip(fruit.counts) {
                    sum.iter_mut().zip(counts).for_each(|(s, c)| *s += c);
                }
            }
            slot @ None => *slot = Some(fruit.counts),
        }
    }
    for address in counted {
        let reader = searcher.segment_reader(address.segment_ord);
        let columns = cache.get(searcher, reader);
        if let Some(counts) = &mut per_segment[address.segment_ord as usize] {
            for (&(field, _), counts) in plan.facets.iter().zip(counts.iter_mut()) {
                columns.facet(reader, field, false)?.count(address.doc_id, counts);
            }
        }
    }
    let mut facet_values = Vec::with_capacity(plan.facets.len());
    for (i, &(field, limit)) in plan.facets.iter().enumerate() {
        if let (FacetField::Speaker, Some(people)) = (field, plan.people) {
            let counts: Vec<(usize, Vec<u32>)> = per_segment
                .iter_mut()
                .enumerate()
                .filter_map(|(ord, counts)| Some((ord, std::mem::take(&mut counts.as_mut()?[i]))))
                .collect();
            facet_values.push(people.top(&counts, limit));
            continue;
        }
        let mut segments = Vec::new();
        for (ord, counts) in per_segment.iter_mut().enumerate() {
            if let Some(counts) = counts {
                let reader = searcher.segment_reader(ord as u32);
                segments.push(SegmentCounts::new(
                    reader,
                    columns::facet_field_name(field),
                    std::mem::take(&mut counts[i]),
                )?);
            }
        }
        facet_values.push(facets::top(&segments, limit)?);
    }
    Ok(Outcome { top: top.into_iter().map(|r| (r.score, r.address)).collect(), total, facets: facet_values })
}

fn run_range(
    searcher: &Searcher,
    cache: &ColumnCache,
    weight: &dyn Weight,
    plan: &Plan<'_>,
    range: Range,
) -> tantivy::Result<RangeFindings> {
    let segment = searcher.segment_reader(range.segment);
    // Tiers rank by relevance only; without words to place, every match is of one tier.
    let mut tiers = match plan.proximity {
        Some(proximity) if plan.top > 0 && plan.sort == Sort::Relevance => {
            Some((TierReader::new(segment, proximity)?, proximity.best()))
        }
        _ => None,
    };
    let mut scorer = weight.scorer(segment, 1.0)?;
    // Copies of the columns are made for a query that may match an eighth of the segment or more,
    // or costs a pass over it: tantivy divides a phrase's size hint by ten per word (few
    // candidates are hits) but counts the work of checking its candidates in its cost.
    let max_doc = u64::from(segment.max_doc());
    let copy = u64::from(scorer.size_hint()) * 8 >= max_doc || scorer.cost() >= max_doc;
    let columns = cache.get(searcher, segment);
    let days = if plan.top > 0 { Some(columns.days(segment, copy)?) } else { None };
    let mut facet_columns = Vec::with_capacity(plan.facets.len());
    for &(field, _) in plan.facets {
        facet_columns.push(columns.facet(segment, field, copy)?);
    }
    let mut counts: Vec<Vec<u32>> = facet_columns.iter().map(|c| vec![0; c.values()]).collect();
    // With copies, a pass marks its hits and counts their facets afterwards: when they are most
    // of the range, as the range's totals less the documents missed, which are few.
    let copies: Option<Vec<&FacetColumn>> = facet_columns
        .iter()
        .map(|c| match c {
            FacetOrdinals::Copied(column) => Some(*column),
            FacetOrdinals::Column(_) => None,
        })
        .collect();
    let copies = copies.filter(|c| !c.is_empty());
    let range_len = (range.end - range.start) as usize;
    let mut hits: Vec<u64> = if copies.is_some() { vec![0; range_len.div_ceil(64)] } else { Vec::new() };
    // Grown as hits come: a deep page of a narrow query needs little.
    let mut top: BinaryHeap<Ranked> = BinaryHeap::with_capacity(plan.top.min(1024));
    let mut total = 0;
    let alive = segment.alive_bitset();
    let grouping = plan.one_per_text.filter(|c| c.len() > 0);
    let mut grouped = Vec::new();

    let mut doc = scorer.doc();
    if doc < range.start {
        doc = scorer.seek(range.start);
    }
    let mut until_clock_look = MATCHES_PER_CLOCK_LOOK;
    while doc < range.end {
        until_clock_look -= 1;
        if until_clock_look == 0 {
            until_clock_look = MATCHES_PER_CLOCK_LOOK;
            if plan.deadline.is_some_and(Deadline::passed) {
                break;
            }
        }
        if alive.is_none_or(|a| a.is_alive(doc)) {
            let group = grouping.map_or(ALONE, |c| c.group(range.segment, doc));
            if group != ALONE {
                // Copies are rare: ranked without pruning, counted after the pass.
                let address = DocAddress::new(range.segment, doc);
                let ranked = days.as_ref().map(|days| {
                    let (score, day) = (scorer.score(), days.get(doc));
                    let tier = tiers.as_mut().map_or(Tier::AllWords, |(reader, _)| reader.tier(doc));
                    Ranked { key: key(plan.sort, tier, score, day), score, address }
                });
                grouped.push((group, address, ranked));
                doc = scorer.advance();
                continue;
            }
            total += 1;
            if copies.is_some() {
                let i = (doc - range.start) as usize;
                hits[i / 64] |= 1 << (i % 64);
            } else {
                for (column, counts) in facet_columns.iter().zip(counts.iter_mut()) {
                    column.count(doc, counts);
                }
            }
            if let Some(days) = &days {
                let score = scorer.score();
                // A hit below the worst kept one by its tier and its score cannot enter whatever
                // its day, so its day is not read: on a query matching a few percent of a segment
                // most matches are such, and their days are scattered loads that miss the cache.
                // The tier is worked out only where the best one could make the hit one of the top
                // (it reads the words' positions, the dearest part of a match), the day after it.
                // One-word queries matching 1-12% of a million readouts: 0.93x; four conjunctions
                // matching 8-16k, whose tiers are worked out for nearly every match: 0.89x, 0.83x
                // with the tier's room kept (rank.rs; 6 rounds each). The answers are those of
                // every hit ranked (`ranges_give_the_answers_of_one_pass`).
                let below_worst = |tier: Tier, top: &BinaryHeap<Ranked>| {
                    plan.sort == Sort::Relevance
                        && top.len() >= plan.top
                        && top.peek().is_some_and(|worst| below_in_relevance(tier, score, worst))
                };
                let mut tier = Tier::AllWords;
                if let Some((reader, best)) = &mut tiers {
                    if below_worst(*best, &top) {
                        doc = scorer.advance();
                        continue;
                    }
                    tier = reader.tier(doc);
                }
                if below_worst(tier, &top) {
                    doc = scorer.advance();
                    continue;
                }
                let day = days.get(doc);
                let address = DocAddress::new(range.segment, doc);
                let ranked = Ranked { key: key(plan.sort, tier, score, day), score, address };
                if top.len() < plan.top {
                    top.push(ranked);
                } else if let Some(mut worst) = top.peek_mut()
                    && ranked.cmp_rank(&worst) == Ordering::Greater
                {
                    *worst = ranked;
                }
            }
        }
        doc = scorer.advance();
    }
    if let Some(copies) = copies {
        if total * 2 > range_len {
            for ((column, &(field, _)), counts) in copies.iter().zip(plan.facets).zip(counts.iter_mut()) {
                counts.copy_from_slice(&columns.range_totals(segment, field, column, range.start, range.end));
            }
            for_each_doc(&hits, false, range.start, range.end, |doc| {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    for (column, counts) in copies.iter().zip(counts.iter_mut()) {
                        column.ords.uncount(doc, counts);
                    }
                }
            });
        } else {
            let mut docs = Vec::with_capacity(total);
            for_each_doc(&hits, true, range.start, range.end, |doc| docs.push(doc));
            for (column, counts) in copies.iter().zip(counts.iter_mut()) {
                column.ords.count_all(&docs, counts);
            }
        }
    }
    Ok(RangeFindings { segment: range.segment, top, total, counts, grouped })
}

/// Calls `f` on each document of `start..end` whose bit in `bits` (bit `i` for document
/// `start + i`) is `set`.
fn for_each_doc(bits: &[u64], set: bool, start: DocId, end: DocId, mut f: impl FnMut(DocId)) {
    let len = (end - start) as usize;
    for (w, &word) in bits.iter().enumerate() {
        let mut word = if set { word } else { !word };
        let first = w * 64;
        if len - first < 64 {
            word &= (1u64 << (len - first)) - 1;
        }
        while word != 0 {
            let bit = word.trailing_zeros() as usize;
            f(start + (first + bit) as DocId);
            word &= word - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undated_readouts_come_last_in_date_orders() {
        let key = |sort, score, day| key(sort, Tier::AllWords, score, day);
        let dated = key(Sort::Oldest, 1.0, 19_000);
        let undated = key(Sort::Oldest, 1.0, NO_DAY);
        assert!(dated.1 > undated.1);
        assert!(key(Sort::Newest, 1.0, 19_000).1 > key(Sort::Newest, 9.0, NO_DAY).1);
        assert!(key(Sort::Oldest, 1.0, 18_000).1 > key(Sort::Oldest, 1.0, 19_000).1);
    }

    #[test]
    fn ranges_give_the_answers_of_one_pass() {
        let index = crate::test_support::sample_index(3_000);
        let searcher = index.searcher();
        let facets = [(FacetField::Speaker, 5), (FacetField::Country, 5), (FacetField::Year, usize::MAX)];
        // Copies made by a query matching everything, for the later runs that read them.
        let copied = ColumnCache::default();
        let plan = Plan {
            top: 1,
            sort: Sort::Relevance,
            facets: &facets,
            proximity: None,
            deadline: None,
            people: None,
            one_per_text: None,
        };
        run_in_ranges(&searcher, &copied, &tantivy::query::AllQuery, &plan, u32::MAX).unwrap();
        for text in [
            "peace",
            "security grain",
            "grain security corridor",
            "discussed peace agreement",
            "readout peace grain",
            "\"peace agreement\"",
            "readout 7",
            "",
        ] {
            let compiled = crate::search::query::compile(&index.fields, text, Default::default()).unwrap();
            for sort in [Sort::Relevance, Sort::Newest, Sort::Oldest] {
                let plan = Plan {
                    top: 25,
                    sort,
                    facets: &facets,
                    proximity: compiled.proximity.as_ref(),
                    deadline: None,
                    people: None,
                    one_per_text: None,
                };
                let whole =
                    run_in_ranges(&searcher, &ColumnCache::default(), &*compiled.query, &plan, u32::MAX).unwrap();
                let cut = run_in_ranges(&searcher, &ColumnCache::default(), &*compiled.query, &plan, 100).unwrap();
                assert!(whole.total > 0, "{text}");
                assert_eq!(whole.total, cut.total, "{text}");
                assert_eq!(whole.top, cut.top, "{text} {sort:?}");
                assert_eq!(whole.facets, cut.facets, "{text}");
                let from_copies = run_in_ranges(&searcher, &copied, &*compiled.query, &plan, 100).unwrap();
                assert_eq!(
                    (whole.total, &whole.top, &whole.facets),
                    (from_copies.total, &from_copies.top, &from_copies.facets)
                );
                let counted = searcher.search(&*compiled.query, &tantivy::collector::Count).unwrap();
                assert_eq!(whole.total, counted, "{text}: deleted readouts are not counted");
                // Tiers worked out for every match (no pruning) give the same top hits.
                if let (Some(proximity), Sort::Relevance) = (&compiled.proximity, sort) {
                    let scoring = EnableScoring::enabled_from_searcher(&searcher);
                    let weight = compiled.query.weight(scoring).unwrap();
                    let mut every = Vec::new();
                    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
                        let mut scorer = weight.scorer(segment, 1.0).unwrap();
                        let mut tiers = TierReader::new(segment, proximity).unwrap();
                        let columns = ColumnCache::default().get(&searcher, segment);
                        let days = columns.days(segment, true).unwrap();
                        while scorer.doc() != tantivy::TERMINATED {
                            let doc = scorer.doc();
                            if segment.alive_bitset().is_none_or(|a| a.is_alive(doc)) {
                                let address = DocAddress::new(ord as u32, doc);
                                let (score, day) = (scorer.score(), days.get(doc));
                                every.push(Ranked { key: key(sort, tiers.tier(doc), score, day), score, address });
                            }
                            scorer.advance();
                        }
                    }
                    every.sort_by(|a, b| b.cmp_rank(a));
                    let eager: Vec<_> = every.iter().take(25).map(|r| (r.score, r.address)).collect();
                    assert_eq!(eager, whole.top, "{text}");
                }
            }
        }
    }

    #[test]
    fn bits_are_walked_set_or_unset_within_the_range() {
        let mut bits = vec![0u64; 2];
        for i in [0usize, 5, 63, 64, 69] {
            bits[i / 64] |= 1 << (i % 64);
        }
        // A range of 70 documents from 1000: the unset bits past its end are not documents.
        let walk = |set| {
            let mut docs = Vec::new();
            for_each_doc(&bits, set, 1000, 1070, |d| docs.push(d));
            docs
        };
        assert_eq!(walk(true), [1000, 1005, 1063, 1064, 1069]);
        let unset = walk(false);
        assert_eq!(unset.len(), 65);
        assert!(unset.iter().all(|d| (1000..1070).contains(d) && ![1000, 1005, 1063, 1064, 1069].contains(d)));
    }

    #[test]
    fn counts_from_totals_follow_later_deletions() {
        let index = crate::test_support::sample_index(2_000);
        let facets = [(FacetField::Speaker, usize::MAX), (FacetField::Country, usize::MAX)];
        let plan = Plan {
            top: 3,
            sort: Sort::Relevance,
            facets: &facets,
            proximity: None,
            deadline: None,
            people: None,
            one_per_text: None,
        };
        let copies = ColumnCache::default();
        let compiled = crate::search::query::compile(&index.fields, "readout", Default::default()).unwrap();
        let check = |searcher: &Searcher| {
            // Most readouts match: counted from the ranges' totals, less the misses.
            let fast = run_in_ranges(searcher, &copies, &*compiled.query, &plan, 100).unwrap();
            let slow = run_in_ranges(searcher, &ColumnCache::default(), &*compiled.query, &plan, u32::MAX).unwrap();
            assert_eq!((fast.total, &fast.facets), (slow.total, &slow.facets));
            fast.total
        };
        run_in_ranges(&index.searcher(), &copies, &tantivy::query::AllQuery, &plan, 100).unwrap();
        let before = check(&index.searcher());
        let mut writer = index.writer().unwrap();
        for i in (1..2_000).step_by(5) {
            writer.delete(&format!("r{i}"));
        }
        writer.commit().unwrap();
        drop(writer);
        index.reload().unwrap();
        let after = check(&index.searcher());
        assert!(after < before, "{after} < {before}");
    }

    #[test]
    fn ties_go_to_the_lower_address() {
        let a = Ranked { key: (Tier::AllWords, 1.0, 2.0), score: 1.0, address: DocAddress::new(0, 5) };
        let b = Ranked { key: (Tier::AllWords, 1.0, 2.0), score: 1.0, address: DocAddress::new(0, 9) };
        assert_eq!(a.cmp_rank(&b), Ordering::Greater);
        // A better tier wins over any score.
        let phrase = Ranked { key: (Tier::Phrase, 0.1, 0.0), score: 0.1, address: DocAddress::new(0, 20) };
        assert_eq!(phrase.cmp_rank(&a), Ordering::Greater);
    }

    #[test]
    fn below_by_tier_and_score_whatever_the_day() {
        let worst = Ranked { key: (Tier::Near, 2.0, 100.0), score: 2.0, address: DocAddress::new(0, 5) };
        // (tier, score, below whatever its day and address)
        let cases = [
            (Tier::Near, 1.5, true),
            (Tier::Opening, 9.0, true),
            // Equal tier and score: the day decides, so it must be read.
            (Tier::Near, 2.0, false),
            (Tier::Near, 2.5, false),
            (Tier::Phrase, 0.1, false),
        ];
        for (tier, score, below) in cases {
            assert_eq!(below_in_relevance(tier, score, &worst), below, "{tier:?} {score}");
            // It agrees with the full order: below, the hit loses with the best and the worst day
            // it could have; not below, some day lets it in, so the day must be read.
            let hit =
                |day| Ranked { key: key(Sort::Relevance, tier, score, day), score, address: DocAddress::new(0, 0) };
            if below {
                for day in [i32::MAX, NO_DAY] {
                    assert_eq!(hit(day).cmp_rank(&worst), Ordering::Less, "{tier:?} {score} {day}");
                }
            } else {
                assert_eq!(hit(i32::MAX).cmp_rank(&worst), Ordering::Greater, "{tier:?} {score}");
            }
        }
    }
}
