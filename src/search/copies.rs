//! One hit per text: readouts whose bodies are copies of one text (a statement republished under a
//! new title or url, the `-2` page of a press availability, a chair's statement posted again) form a
//! group. Searches show the best readout of a group with the others as "also published as", and
//! count each group once in totals and facets (`--all-copies` turns this off).
//!
//! Groups are found per searcher generation from the bodies' MinHash signatures ([`crate::minhash`],
//! stored at indexing): signatures are cut into bands, readouts sharing a band are candidates,
//! and candidates are copies when their signatures agree on [`COPY_SIMILARITY`] of their values and
//! their dates are at most [`COPY_DAYS`] apart. Copies of copies join one group.
//!
//! Measured on corpus/ (5,093 readouts, exact five-word-shingle Jaccard over every pair sharing a
//! rare shingle): 12 pairs at 0.95 or more, 18 at 0.8, 21 at 0.7, 38 at 0.5. Between 0.8 and 0.9
//! sit both same-day reposts (0.89, 0.89, 0.83) and one template statement a quarter apart (0.88,
//! 91 days); below 0.8, travel announcements updated the next day and statements of one template
//! on different events. Hence 0.8 and the date window.

use std::collections::HashMap;

use tantivy::{DocAddress, DocId, Searcher};

use super::columns::{Days, NO_DAY};
use crate::index::kept::{Keepable, KeptBytes, KeptCache, version_of};
use crate::index::schema::names;
use crate::minhash::{self, SIGNATURE_LEN};

/// The share of their shingles two bodies must have in common to be copies of one text.
pub const COPY_SIMILARITY: f32 = 0.8;
/// How many days apart two copies may be published at most (undated readouts: any).
pub const COPY_DAYS: i32 = 60;
/// Bands of a signature: two bodies at 0.8 share one of 8 bands of 4 values with probability 0.99.
const BANDS: usize = 8;
const ROWS: usize = SIGNATURE_LEN / BANDS;
/// A readout in no group.
pub(crate) const ALONE: u32 = u32::MAX;
/// Readouts sharing a band each is compared with (the ones just before it in the band's order): a
/// template shared by hundreds of readouts stays linear.
const BUCKET_PEERS: usize = 32;

/// The groups of copies of one searcher generation.
pub(crate) struct Copies {
    /// Per segment, per document: its group, or [`ALONE`].
    group_of: Vec<Vec<u32>>,
    /// Per group: its readouts, in address order.
    members: Vec<Vec<DocAddress>>,
}

impl Copies {
    /// The group of a segment's document, or [`ALONE`].
    #[inline]
    pub(crate) fn group(&self, segment: u32, doc: DocId) -> u32 {
        self.group_of.get(segment as usize).and_then(|g| g.get(doc as usize)).copied().unwrap_or(ALONE)
    }

    /// The readouts of a group, in address order.
    pub(crate) fn members(&self, group: u32) -> &[DocAddress] {
        self.members.get(group as usize).map_or(&[], Vec::as_slice)
    }

    /// How many groups of two readouts or more there are.
    pub(crate) fn len(&self) -> usize {
        self.members.len()
    }
}

impl Keepable for Copies {
    const NAME: &'static str = "copies";

    /// The code that finds the groups, with the column it reads (the days).
    fn version() -> &'static str {
        static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
            version_of(
                "copies",
                &[include_str!("copies.rs"), include_str!("../minhash.rs"), include_str!("columns/days.rs")],
            )
        });
        &VERSION
    }

    /// Finds the groups of the readouts `searcher` sees.
    fn build(searcher: &Searcher) -> tantivy::Result<Copies> {
        let mut group_of: Vec<Vec<u32>> =
            searcher.segment_readers().iter().map(|s| vec![ALONE; s.max_doc() as usize]).collect();
        let mut readouts: Vec<(DocAddress, [u32; SIGNATURE_LEN], i32)> = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            // Indexes built before signatures were stored have no groups.
            let Some(column) = segment.fast_fields().bytes(names::BODY_MINHASH)? else { continue };
            let mut by_ord = Vec::with_capacity(column.num_terms());
            let mut stream = column.dictionary().stream()?;
            while stream.advance() {
                by_ord.push(minhash::from_bytes(stream.key()));
            }
            let days = Days::Column(segment.fast_fields().date(names::DATE)?);
            let alive = segment.alive_bitset();
            for doc in 0..segment.max_doc() {
                if alive.is_some_and(|a| !a.is_alive(doc)) {
                    continue;
                }
                let Some(term) = column.term_ords(doc).next() else { continue };
                if let Some(Some(signature)) = by_ord.get(term as usize) {
                    readouts.push((DocAddress::new(ord as u32, doc), *signature, days.get(doc)));
                }
            }
        }
        let mut groups = Groups::new(readouts.iter().map(|r| r.2));
        // Each band: readouts sorted by the band's values, so that those sharing it stand together
        // (sorting 100,000 keys takes milliseconds; a map of buckets took a second).
        let mut keyed: Vec<([u32; ROWS], u32)> = Vec::with_capacity(readouts.len());
        for band in 0..BANDS {
            keyed.clear();
            for (i, (_, signature, _)) in readouts.iter().enumerate() {
                let mut key = [0u32; ROWS];
                key.copy_from_slice(&signature[band * ROWS..(band + 1) * ROWS]);
                keyed.push((key, i as u32));
            }
            keyed.sort_unstable();
            for run in keyed.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
                for (n, &(_, i)) in run.iter().enumerate() {
                    for &(_, j) in &run[n.saturating_sub(BUCKET_PEERS)..n] {
                        let (i, j) = (i as usize, j as usize);
                        if minhash::similarity(&readouts[i].1, &readouts[j].1) >= COPY_SIMILARITY {
                            groups.join(i, j);
                        }
                    }
                }
            }
        }
        let mut by_root: HashMap<usize, Vec<DocAddress>> = HashMap::new();
        for (i, (address, _, _)) in readouts.iter().enumerate() {
            by_root.entry(groups.find(i)).or_default().push(*address);
        }
        let mut members: Vec<Vec<DocAddress>> = by_root.into_values().filter(|m| m.len() > 1).collect();
        for m in &mut members {
            m.sort();
        }
        members.sort();
        for (group, m) in members.iter().enumerate() {
            for address in m {
                group_of[address.segment_ord as usize][address.doc_id as usize] = group as u32;
            }
        }
        Ok(Copies { group_of, members })
    }

    /// Each group's readouts as (segment ordinal, document).
    fn to_kept(&self) -> Vec<u8> {
        let groups: Vec<Vec<(u32, DocId)>> =
            self.members.iter().map(|m| m.iter().map(|a| (a.segment_ord, a.doc_id)).collect()).collect();
        postcard::to_stdvec(&groups).unwrap_or_default()
    }

    /// The groups kept for `searcher`'s segments; `None` when they are not groups [`Copies::build`]
    /// could have found: a group of fewer than two, a readout that is not there or is deleted, or
    /// one in two groups.
    fn from_kept(kept: KeptBytes, searcher: &Searcher) -> Option<Copies> {
        let kept: Vec<Vec<(u32, DocId)>> = postcard::from_bytes(kept.as_slice()).ok()?;
        let segments = searcher.segment_readers();
        let mut group_of: Vec<Vec<u32>> = segments.iter().map(|s| vec![ALONE; s.max_doc() as usize]).collect();
        let mut members = Vec::with_capacity(kept.len());
        for (group, m) in kept.into_iter().enumerate() {
            if m.len() < 2 {
                return None;
            }
            for &(segment, doc) in &m {
                let alive = segments.get(segment as usize)?.alive_bitset().is_none_or(|a| a.is_alive(doc));
                let slot = group_of.get_mut(segment as usize)?.get_mut(doc as usize)?;
                if !alive || *slot != ALONE {
                    return None;
                }
                *slot = group as u32;
            }
            members.push(m.into_iter().map(|(segment, doc)| DocAddress::new(segment, doc)).collect());
        }
        Some(Copies { group_of, members })
    }
}

/// Readouts joined into groups (union-find), each group spanning at most [`COPY_DAYS`] between its
/// first and last dated readout: copies of copies join, a statement reissued every month does not
/// become one text, and an undated copy cannot bridge two dates far apart.
struct Groups {
    parent: Vec<usize>,
    /// At each root: the group's first and last day ([`NO_DAY`] when none is dated).
    span: Vec<(i32, i32)>,
}

impl Groups {
    fn new(days: impl Iterator<Item = i32>) -> Groups {
        let span: Vec<(i32, i32)> = days.map(|d| (d, d)).collect();
        Groups { parent: (0..span.len()).collect(), span }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the groups of `i` and `j` unless that would span more than [`COPY_DAYS`].
    fn join(&mut self, i: usize, j: usize) {
        let (a, b) = (self.find(i), self.find(j));
        if a == b {
            return;
        }
        let span = match (self.span[a], self.span[b]) {
            ((NO_DAY, _), other) | (other, (NO_DAY, _)) => other,
            ((a0, a1), (b0, b1)) => (a0.min(b0), a1.max(b1)),
        };
        if span.0 != NO_DAY && span.1 - span.0 > COPY_DAYS {
            return;
        }
        let (root, child) = (a.min(b), a.max(b));
        self.parent[child] = root;
        self.span[root] = span;
    }
}

/// The copies of the latest generation searched (see `src/index/kept.rs`).
pub(crate) type CopiesCache = KeptCache<Copies>;

#[cfg(test)]
mod tests {
    use crate::index::kept::Keepable;
    use crate::{Index, Readout, SearchRequest};

    /// A statement long enough to tell its copies.
    const TEXT: &str = "The United States condemns the attack on the convoy carrying humanitarian aid to the \
        people of the region and calls on all parties to allow safe and unhindered access for relief \
        workers, to protect civilians and to return to talks without delay.";

    fn readout(id: &str, date: &str, body: &str) -> Readout {
        Readout {
            id: id.into(),
            title: format!("Title of {id}"),
            body: body.into(),
            date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            ..Default::default()
        }
    }

    #[test]
    fn copies_group_within_the_date_window_and_count_once() {
        let index = Index::create_in_ram().unwrap();
        let mut writer = index.writer().unwrap();
        writer.add(&readout("a", "2023-05-01", TEXT)).unwrap();
        writer.add(&readout("b", "2023-05-02", &TEXT.replace("without delay", "without any delay"))).unwrap();
        // The same template a year on is another event; reissued monthly, it does not chain.
        writer.add(&readout("c", "2024-05-01", TEXT)).unwrap();
        writer.add(&readout("c2", "2024-06-20", TEXT)).unwrap();
        writer.add(&readout("c3", "2024-08-09", TEXT)).unwrap();
        // Bodies too short to tell: not copies.
        writer.add(&readout("e", "2023-05-01", "Remarks as delivered.")).unwrap();
        writer.add(&readout("f", "2023-05-01", "Remarks as delivered.")).unwrap();
        writer.add(&readout("d", "2023-05-01", "Secretary Blinken met the Foreign Minister of Peru today.")).unwrap();
        writer.commit().unwrap();
        drop(writer);
        index.reload().unwrap();

        let remarks = index.search(&SearchRequest::new("remarks delivered")).unwrap();
        assert_eq!(remarks.total, 2);
        let grouped = index.search(&SearchRequest::new("humanitarian convoy")).unwrap();
        // a+b; c+c2 (50 days) or c2+c3 (50 days), never all three (100 days); the third alone.
        assert_eq!(grouped.total, 3, "{:?}", grouped.hits.iter().map(|h| &h.id).collect::<Vec<_>>());
        let first = &grouped.hits.iter().find(|h| h.id == "a" || h.id == "b").unwrap();
        assert_eq!(first.duplicates.len(), 1);
        let all = index.search(&SearchRequest::new("humanitarian convoy").limit(10).sort(crate::Sort::Newest));
        let mut all_request = SearchRequest::new("humanitarian convoy");
        all_request.all_copies = true;
        assert!(all.unwrap().total == 3);
        let every = index.search(&all_request).unwrap();
        assert_eq!(every.total, 5);
        assert!(every.hits.iter().all(|h| h.duplicates.is_empty()));
        let year = |r: &crate::SearchResults| r.facets.year.iter().find(|y| y.value == "2023").map(|y| y.count);
        assert_eq!(year(&grouped), Some(1));
        assert_eq!(year(&every), Some(2));
    }

    /// Groups found by one process are read by the next; groups kept for other segments, or that
    /// are no groups, are found again.
    #[test]
    fn groups_are_kept_beside_the_index_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create(dir.path()).unwrap();
        let mut writer = index.writer().unwrap();
        writer.add(&readout("a", "2023-05-01", TEXT)).unwrap();
        writer.add(&readout("b", "2023-05-02", TEXT)).unwrap();
        writer.add(&readout("d", "2023-05-01", "Secretary Blinken met the Foreign Minister of Peru today.")).unwrap();
        writer.commit().unwrap();
        index.reload().unwrap();
        let total = |index: &Index| index.search(&SearchRequest::new("humanitarian OR Peru")).unwrap().total;
        assert_eq!(total(&index), 2);
        let searcher = index.searcher();
        let kept: Vec<Vec<(u32, u32)>> = index.kept(super::Copies::NAME, super::Copies::version(), &searcher).unwrap();
        assert_eq!(kept.len(), 1);
        // What the next process reads is what it uses: no groups kept, none shown.
        index.keep(super::Copies::NAME, super::Copies::version(), &searcher, &Vec::<Vec<(u32, u32)>>::new());
        assert_eq!(total(&Index::open(dir.path()).unwrap()), 3);
        // A group of one, a readout in two groups, a readout not there: found again.
        for bad in [vec![vec![(0, 0)]], vec![vec![(0, 0), (0, 1)], vec![(0, 1), (0, 2)]], vec![vec![(0, 0), (0, 9)]]] {
            index.keep(super::Copies::NAME, super::Copies::version(), &searcher, &bad);
            assert_eq!(total(&Index::open(dir.path()).unwrap()), 2, "{bad:?}");
        }
    }
}
