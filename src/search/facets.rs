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

    /// This segment's `candidates` most frequent values with their counts, sorted by value, and
    /// whether they are all the values this segment counted.
    fn top_values(&self, candidates: usize) -> tantivy::Result<(Vec<(String, u64)>, bool)> {
        let mut ords: Vec<u64> = (0..self.counts.len()).filter(|&o| self.counts[o] > 0).map(|o| o as u64).collect();
        let complete = ords.len() <= candidates;
        if !complete {
            ords.select_nth_unstable_by(candidates, |a, b| self.counts[*b as usize].cmp(&self.counts[*a as usize]));
            ords.truncate(candidates);
        }
        // Ordinals follow the dictionary's order: in order, each dictionary block is read once.
        ords.sort_unstable();
        let mut values = Vec::with_capacity(ords.len());
        let mut decoded = Ok(());
        self.reader.facet_dict().sorted_ords_to_term_cb(&ords, |bytes| match Facet::from_encoded(bytes.to_vec()) {
            Ok(facet) => values.push(facet.to_path().last().map(|s| s.to_string()).unwrap_or_default()),
            Err(e) => decoded = Err(tantivy::TantivyError::InternalError(format!("facet value is not UTF-8: {e}"))),
        })?;
        decoded?;
        let mut top: Vec<(String, u64)> =
            values.into_iter().zip(ords.iter().map(|&o| u64::from(self.counts[o as usize]))).collect();
        top.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok((top, complete))
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
    let mut tops = Vec::with_capacity(segments.len());
    for segment in segments {
        tops.push(segment.top_values(candidates)?);
    }
    let mut values: Vec<&str> = tops.iter().flat_map(|(top, _)| top.iter().map(|(v, _)| v.as_str())).collect();
    values.sort_unstable();
    values.dedup();
    let mut totals = Vec::with_capacity(values.len());
    for value in values {
        let mut total = 0;
        for (segment, (top, complete)) in segments.iter().zip(&tops) {
            total += match top.binary_search_by(|(v, _)| v.as_str().cmp(value)) {
                Ok(at) => top[at].1,
                // A segment whose candidates are all its values has none of this one.
                Err(_) if *complete => 0,
                Err(_) => segment.count_of(value)?,
            };
        }
        totals.push((value.to_string(), total));
    }
    totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    totals.truncate(limit);
    Ok(totals)
}
