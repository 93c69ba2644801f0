//! Counting facet values over all matches. tantivy's `FacetCollector` turns every facet ordinal
//! that any match has into its string before choosing the top values, and for speakers that is
//! thousands of dictionary lookups a query, most of a query's time. [`TopFacets`] counts by ordinal
//! and looks up only the candidates for the top values.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal};

/// Counts the values of a one-level facet field (`/value`) over the matching documents and keeps
/// the `limit` most frequent, ties by value. Counts are exact; the candidates for the top are each
/// segment's own top values (ample for the small numbers of segments of our indexes).
pub struct TopFacets {
    field: &'static str,
    limit: usize,
}

impl TopFacets {
    /// Counts the facet field `field` and keeps `limit` values.
    pub fn new(field: &'static str, limit: usize) -> Self {
        TopFacets { field, limit }
    }

    /// How many of each segment's top values compete for the overall top.
    fn candidates(&self) -> usize {
        self.limit.saturating_mul(3).saturating_add(20)
    }
}

/// One segment's counts.
pub struct SegmentFacetCounts {
    reader: tantivy::fastfield::FacetReader,
    counts: Vec<u32>,
    candidates: usize,
}

impl SegmentCollector for SegmentFacetCounts {
    type Fruit = Option<SegmentFacetCounts>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for ord in self.reader.facet_ords(doc) {
            if let Some(c) = self.counts.get_mut(ord as usize) {
                *c += 1;
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        Some(self)
    }
}

impl SegmentFacetCounts {
    /// This segment's most frequent values, as strings.
    fn top_values(&self) -> tantivy::Result<Vec<String>> {
        let mut ords: Vec<usize> = (0..self.counts.len()).filter(|&o| self.counts[o] > 0).collect();
        if ords.len() > self.candidates {
            ords.select_nth_unstable_by(self.candidates, |a, b| self.counts[*b].cmp(&self.counts[*a]));
            ords.truncate(self.candidates);
        }
        let mut facet = Facet::root();
        let mut out = Vec::with_capacity(ords.len());
        for ord in ords {
            self.reader.facet_from_ord(ord as u64, &mut facet)?;
            out.push(facet.to_path().last().map(|s| s.to_string()).unwrap_or_default());
        }
        Ok(out)
    }

    /// The count of one value in this segment.
    fn count_of(&self, value: &str) -> tantivy::Result<u64> {
        let encoded = Facet::from_path([value]);
        let ord = self.reader.facet_dict().term_ord(encoded.encoded_str())?;
        Ok(ord.and_then(|o| self.counts.get(o as usize)).map_or(0, |&c| u64::from(c)))
    }
}

impl Collector for TopFacets {
    type Fruit = Vec<(String, u64)>;
    type Child = SegmentFacetCounts;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFacetCounts> {
        let reader = segment.facet_reader(self.field)?;
        let counts = vec![0; reader.num_facets()];
        Ok(SegmentFacetCounts { reader, counts, candidates: self.candidates() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Option<SegmentFacetCounts>>) -> tantivy::Result<Self::Fruit> {
        let segments: Vec<SegmentFacetCounts> = segments.into_iter().flatten().collect();
        let mut candidates: Vec<String> = Vec::new();
        for segment in &segments {
            candidates.extend(segment.top_values()?);
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut totals = Vec::with_capacity(candidates.len());
        for value in candidates {
            let mut total = 0;
            for segment in &segments {
                total += segment.count_of(&value)?;
            }
            totals.push((value, total));
        }
        totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        totals.truncate(self.limit);
        Ok(totals)
    }
}
