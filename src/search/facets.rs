//! Choosing the most frequent facet values from per-segment counts. Counts are kept by ordinal
//! while searching (see [`super::collect`]); turning every ordinal that any match has into its
//! string would be thousands of dictionary lookups for the speakers of a broad query, so only each
//! segment's own top values are looked up, and their totals then summed over all segments.

use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentReader;
use tantivy::schema::Facet;

/// One segment's counts of one facet field, by ordinal.
pub(crate) struct SegmentCounts {
    reader: FacetReader,
    counts: Vec<u32>,
}

impl SegmentCounts {
    /// `counts` of the facet field `field` of `segment`.
    pub(crate) fn new(segment: &SegmentReader, field: &str, counts: Vec<u32>) -> tantivy::Result<Self> {
        Ok(SegmentCounts { reader: segment.facet_reader(field)?, counts })
    }

    /// This segment's `candidates` most frequent values, as strings.
    fn top_values(&self, candidates: usize) -> tantivy::Result<Vec<String>> {
        let mut ords: Vec<usize> = (0..self.counts.len()).filter(|&o| self.counts[o] > 0).collect();
        if ords.len() > candidates {
            ords.select_nth_unstable_by(candidates, |a, b| self.counts[*b].cmp(&self.counts[*a]));
            ords.truncate(candidates);
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

/// The `limit` most frequent values over all segments with their counts, ties by value. Counts are
/// exact; the candidates for the top are each segment's own top values (ample for the small
/// numbers of segments of our indexes).
pub(crate) fn top(segments: &[SegmentCounts], limit: usize) -> tantivy::Result<Vec<(String, u64)>> {
    let candidates = limit.saturating_mul(3).saturating_add(20);
    let mut values: Vec<String> = Vec::new();
    for segment in segments {
        values.extend(segment.top_values(candidates)?);
    }
    values.sort_unstable();
    values.dedup();
    let mut totals = Vec::with_capacity(values.len());
    for value in values {
        let mut total = 0;
        for segment in segments {
            total += segment.count_of(&value)?;
        }
        totals.push((value, total));
    }
    totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    totals.truncate(limit);
    Ok(totals)
}
