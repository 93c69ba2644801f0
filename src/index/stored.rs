//! A stored readout as read back from tantivy's doc store: its values, each field's in order,
//! borrowed from the store's decompressed block.
//!
//! tantivy's deserializer copies every string it reads into a `String` of its own (zero-filled
//! first, then copied, then checked); a quote search reads fifty readouts a query and a search
//! ten. Here a readout's bytes, a slice of the block the store keeps decompressed, are walked once:
//! each text is checked as UTF-8 and kept as a range of those bytes. Measured gain in
//! BENCHMARKS.md ("Stored readouts read in place"). A document this walk does not know how to read
//! (a kind of value the schema never stores, or a layout a future tantivy changes) is read by
//! tantivy's own deserializer instead; [`SegmentStore`] checks each segment's first readout, and
//! its first readout with a date, both ways before trusting the walk, and the tests hold the two
//! to the same values.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;
use tantivy::directory::OwnedBytes;
use tantivy::index::SegmentId;
use tantivy::schema::document::{DeserializeError, DocumentDeserialize, DocumentDeserializer};
use tantivy::schema::{Field, OwnedValue, Value};
use tantivy::store::StoreReader;
use tantivy::{DateTime, DocAddress, DocId, Searcher};
use tantivy_common::{BinarySerializable, VInt};

/// Decompressed blocks each segment's store keeps (tantivy's default for a searcher's stores).
const CACHED_BLOCKS: usize = 100;

/// A stored readout's values, by field, in the order they were stored.
#[derive(Debug, Clone)]
pub(crate) struct StoredDoc {
    /// The bytes the values are ranges of.
    bytes: OwnedBytes,
    values: Vec<(Field, Slot)>,
}

impl Default for StoredDoc {
    fn default() -> Self {
        StoredDoc { bytes: OwnedBytes::empty(), values: Vec::new() }
    }
}

/// A value, its text kept as a range of the document's bytes.
#[derive(Debug, Clone)]
enum Slot {
    Str(Range<usize>),
    /// A facet's encoded path.
    Facet(Range<usize>),
    /// A bytes value (a readout's packed statements).
    Bytes(Range<usize>),
    Date(DateTime),
    /// A value of a kind no caller reads (numbers).
    Other,
}

/// One stored value, borrowed.
#[derive(Debug, Clone, Copy)]
pub(crate) enum StoredValue<'a> {
    Str(&'a str),
    /// A facet's encoded path, as tantivy's `Value::as_facet` gives it.
    Facet(&'a str),
    /// A bytes value, as tantivy's `Value::as_bytes` gives it.
    Bytes(&'a [u8]),
    Date(DateTime),
    Other,
}

impl<'a> StoredValue<'a> {
    /// The text, for a text value.
    pub(crate) fn as_str(self) -> Option<&'a str> {
        match self {
            StoredValue::Str(text) => Some(text),
            _ => None,
        }
    }

    /// The encoded path, for a facet.
    pub(crate) fn as_facet(self) -> Option<&'a str> {
        match self {
            StoredValue::Facet(path) => Some(path),
            _ => None,
        }
    }

    /// The bytes, for a bytes value.
    pub(crate) fn as_bytes(self) -> Option<&'a [u8]> {
        match self {
            StoredValue::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// The instant, for a date.
    pub(crate) fn as_datetime(self) -> Option<DateTime> {
        match self {
            StoredValue::Date(date) => Some(date),
            _ => None,
        }
    }
}

impl StoredDoc {
    /// The first value of `field`.
    pub(crate) fn get_first(&self, field: Field) -> Option<StoredValue<'_>> {
        self.get_all(field).next()
    }

    /// Every value of `field`, in order.
    pub(crate) fn get_all(&self, field: Field) -> impl Iterator<Item = StoredValue<'_>> {
        self.values.iter().filter(move |(f, _)| *f == field).map(|(_, slot)| self.value(slot))
    }

    /// The bytes of every text value of `field`, in order, not yet checked as UTF-8 (`None` for
    /// a value of another kind): for a reader that can rule most values out from a few bytes.
    pub(crate) fn get_all_text_bytes(&self, field: Field) -> impl Iterator<Item = Option<&[u8]>> {
        self.values.iter().filter(move |(f, _)| *f == field).map(|(_, slot)| match slot {
            Slot::Str(range) => self.bytes.get(range.clone()),
            _ => None,
        })
    }

    fn value(&self, slot: &Slot) -> StoredValue<'_> {
        // Checked as UTF-8 here, when read, rather than when walked: a search reads a few fields
        // of the readouts it reads (the body once), and checking every field of each, then the
        // body again when read, was half of what walking saved (callgrind, 20 bench queries).
        // tantivy wrote them from strings; bytes that are not UTF-8 (a damaged store) read as a
        // value of no kind, as a missing one.
        let text = |range: &Range<usize>| simdutf8::basic::from_utf8(self.bytes.get(range.clone())?).ok();
        match slot {
            Slot::Str(range) => text(range).map_or(StoredValue::Other, StoredValue::Str),
            Slot::Facet(range) => text(range).map_or(StoredValue::Other, StoredValue::Facet),
            Slot::Bytes(range) => self.bytes.get(range.clone()).map_or(StoredValue::Other, StoredValue::Bytes),
            Slot::Date(date) => StoredValue::Date(*date),
            Slot::Other => StoredValue::Other,
        }
    }

    /// Document `doc` of a segment's store walked in place, or `None` when the walk cannot read
    /// it (tantivy's deserializer, `store.get`, reads it then).
    fn walked(store: &StoreReader, doc: DocId) -> tantivy::Result<Option<StoredDoc>> {
        let bytes = store.get_document_bytes(doc)?;
        Ok(walk_values(&bytes).map(|values| StoredDoc { bytes, values }))
    }
}

// tantivy's type codes of stored values (its `schema::document::type_codes`, private to it).
const TEXT_CODE: u8 = 0;
const U64_CODE: u8 = 1;
const I64_CODE: u8 = 2;
const FACET_CODE: u8 = 3;
const BYTES_CODE: u8 = 4;
const DATE_CODE: u8 = 5;
const F64_CODE: u8 = 6;
const BOOL_CODE: u8 = 9;

/// The values of one document's stored bytes, as tantivy's serializer writes them (a count, then
/// each value's field, type code and payload, in tantivy's own encodings), or `None` for anything
/// else: a value of another kind, bytes short or left over. Texts are checked as UTF-8 when read
/// ([`StoredDoc::get_all`]).
fn walk_values(bytes: &[u8]) -> Option<Vec<(Field, Slot)>> {
    let mut rest = bytes;
    let count = VInt::deserialize(&mut rest).ok()?.val();
    let mut values = Vec::with_capacity(usize::try_from(count).ok()?.min(1024));
    for _ in 0..count {
        let field = Field::from_field_id(u32::deserialize(&mut rest).ok()?);
        let code = u8::deserialize(&mut rest).ok()?;
        let slot = match code {
            TEXT_CODE | FACET_CODE | BYTES_CODE => {
                let len = usize::try_from(VInt::deserialize(&mut rest).ok()?.val()).ok()?;
                let start = bytes.len() - rest.len();
                rest = rest.get(len..)?;
                let range = start..start + len;
                match code {
                    TEXT_CODE => Slot::Str(range),
                    FACET_CODE => Slot::Facet(range),
                    _ => Slot::Bytes(range),
                }
            }
            // Written as nanoseconds since the epoch by the store version tantivy 0.27 writes;
            // `StoreCache` checks a segment's first readout against tantivy's reading, which
            // knows the version.
            DATE_CODE => Slot::Date(DateTime::from_timestamp_nanos(i64::deserialize(&mut rest).ok()?)),
            U64_CODE | I64_CODE | F64_CODE => {
                u64::deserialize(&mut rest).ok()?;
                Slot::Other
            }
            BOOL_CODE => {
                bool::deserialize(&mut rest).ok()?;
                Slot::Other
            }
            _ => return None,
        };
        values.push((field, slot));
    }
    rest.is_empty().then_some(values)
}

/// tantivy's reading: each text and bytes value copied into one buffer the values are ranges of.
impl DocumentDeserialize for StoredDoc {
    fn deserialize<'de, D: DocumentDeserializer<'de>>(mut deserializer: D) -> Result<Self, DeserializeError> {
        let mut bytes = Vec::new();
        let mut values = Vec::with_capacity(deserializer.size_hint());
        let mut keep = |value: &[u8]| {
            let start = bytes.len();
            bytes.extend_from_slice(value);
            start..bytes.len()
        };
        while let Some((field, value)) = deserializer.next_field::<OwnedValue>()? {
            let value = &value;
            let slot = if let Some(text) = value.as_str() {
                Slot::Str(keep(text.as_bytes()))
            } else if let Some(path) = value.as_facet() {
                Slot::Facet(keep(path.as_bytes()))
            } else if let Some(bytes) = value.as_bytes() {
                Slot::Bytes(keep(bytes))
            } else if let Some(date) = value.as_datetime() {
                Slot::Date(date)
            } else {
                Slot::Other
            };
            values.push((field, slot));
        }
        Ok(StoredDoc { bytes: OwnedBytes::new(bytes), values })
    }
}

/// Each segment's doc store, opened once and kept with its cache of decompressed blocks (the
/// searcher's own stores hand out only copies), and whether its readouts may be walked in place.
#[derive(Default)]
pub(crate) struct StoreCache {
    segments: Mutex<FxHashMap<SegmentId, Arc<SegmentStore>>>,
}

/// A segment's store, and whether walking its readouts gives what tantivy reads.
pub(crate) struct SegmentStore {
    reader: StoreReader,
    /// Its first readout walks to what tantivy reads (an error reading it says no).
    walk: bool,
    /// Its first readout with a date read both ways gives the same date: tantivy's deserializer
    /// knows the store's version, and so how it wrote dates, and a first readout without a date
    /// tells nothing about them. Asked when a walked readout first holds a date.
    dates_walk: OnceLock<bool>,
}

impl SegmentStore {
    /// Opens `segment`'s store, keeping `cached_blocks` decompressed blocks.
    pub(crate) fn open(segment: &tantivy::SegmentReader, cached_blocks: usize) -> tantivy::Result<SegmentStore> {
        let reader = segment.get_store_reader(cached_blocks)?;
        let walk = match segment.doc_ids_alive().next() {
            Some(first) => walks_as_tantivy_reads(&reader, first),
            None => true,
        };
        Ok(SegmentStore { reader, walk, dates_walk: OnceLock::new() })
    }

    /// The stored readout `doc`: walked in place when the segment's checks allow it, else read
    /// by tantivy's deserializer.
    pub(crate) fn doc(&self, doc: DocId) -> tantivy::Result<StoredDoc> {
        if self.walk
            && let Some(walked) = StoredDoc::walked(&self.reader, doc)?
        {
            let has_date = walked.values.iter().any(|(_, slot)| matches!(slot, Slot::Date(_)));
            if !has_date || *self.dates_walk.get_or_init(|| walks_as_tantivy_reads(&self.reader, doc)) {
                return Ok(walked);
            }
        }
        self.reader.get::<StoredDoc>(doc)
    }
}

impl StoreCache {
    /// The stored readout at `address` of `searcher`.
    pub(crate) fn doc(&self, searcher: &Searcher, address: DocAddress) -> tantivy::Result<StoredDoc> {
        self.store(searcher, address.segment_ord)?.doc(address.doc_id)
    }

    fn store(&self, searcher: &Searcher, segment_ord: u32) -> tantivy::Result<Arc<SegmentStore>> {
        let segment = searcher.segment_reader(segment_ord);
        let id = segment.segment_id();
        let mut segments = self.segments.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(store) = segments.get(&id) {
            return Ok(Arc::clone(store));
        }
        segments.retain(|kept, _| searcher.segment_readers().iter().any(|s| s.segment_id() == *kept));
        let store = Arc::new(SegmentStore::open(segment, CACHED_BLOCKS)?);
        segments.insert(id, Arc::clone(&store));
        Ok(store)
    }
}

/// Whether readout `doc` walks to what tantivy's deserializer reads; no when the walk or the
/// reading fails (a damaged readout: the segment's readouts are then read by tantivy, each
/// failing alone), since a walk that fell back to tantivy would prove nothing.
fn walks_as_tantivy_reads(reader: &StoreReader, doc: DocId) -> bool {
    match (StoredDoc::walked(reader, doc), reader.get::<StoredDoc>(doc)) {
        (Ok(Some(walked)), Ok(read)) => same_values(&walked, &read),
        _ => false,
    }
}

/// Whether two readings of one document hold the same values.
fn same_values(a: &StoredDoc, b: &StoredDoc) -> bool {
    a.values.len() == b.values.len()
        && a.values.iter().zip(&b.values).all(|((fa, sa), (fb, sb))| {
            fa == fb
                && match (a.value(sa), b.value(sb)) {
                    (StoredValue::Str(x), StoredValue::Str(y)) | (StoredValue::Facet(x), StoredValue::Facet(y)) => {
                        x == y
                    }
                    (StoredValue::Bytes(x), StoredValue::Bytes(y)) => x == y,
                    (StoredValue::Date(x), StoredValue::Date(y)) => x == y,
                    (StoredValue::Other, StoredValue::Other) => true,
                    _ => false,
                }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{BytesOptions, FAST, Facet, FacetOptions, STORED, Schema, TEXT};
    use tantivy::{TantivyDocument, doc};

    /// An index of three readouts with every kind of value, and its searcher.
    fn index() -> (Searcher, Vec<Field>, DateTime) {
        let mut builder = Schema::builder();
        let title = builder.add_text_field("title", TEXT | STORED);
        let body = builder.add_text_field("body", STORED);
        let date = builder.add_date_field("date", STORED);
        let country = builder.add_facet_field("country", FacetOptions::default().set_stored());
        let count = builder.add_u64_field("count", STORED | FAST);
        let blob = builder.add_bytes_field("blob", BytesOptions::default().set_stored());
        let index = tantivy::Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let day = tantivy::DateTime::from_timestamp_secs(1_700_000_000);
        writer
            .add_document(doc!(
                title => "Çavuşoğlu",
                body => "one",
                date => day,
                country => Facet::from("/AM"),
                count => 7u64,
                body => "two",
                blob => vec![0u8, 255, 1],
                country => Facet::from("/AZ"),
            ))
            .unwrap();
        writer.add_document(doc!(body => "")).unwrap();
        writer.add_document(doc!(body => "é".repeat(300), title => "\u{1F600}")).unwrap();
        writer.commit().unwrap();
        (index.reader().unwrap().searcher(), vec![title, body, date, country, count, blob], day)
    }

    #[test]
    fn walked_values_are_what_tantivy_reads() {
        let (searcher, fields, day) = index();
        let [title, body, date, country, ..] = fields[..] else { unreachable!() };
        let cache = StoreCache::default();
        let store = searcher.segment_reader(0).get_store_reader(1).unwrap();
        for doc_id in 0..3 {
            let address = tantivy::DocAddress::new(0, doc_id);
            let walked = StoredDoc::walked(&store, doc_id).unwrap().expect("walked");
            let deserialized = store.get::<StoredDoc>(doc_id).unwrap();
            assert!(same_values(&walked, &deserialized), "doc {doc_id}");
            assert!(same_values(&walked, &cache.doc(&searcher, address).unwrap()));
            let theirs: TantivyDocument = searcher.doc(address).unwrap();
            for field in [title, body] {
                let ours: Vec<_> = walked.get_all(field).map(|v| v.as_str()).collect();
                let theirs: Vec<_> = theirs.get_all(field).map(|v| v.as_str()).collect();
                assert_eq!(ours, theirs);
            }
            assert_eq!(
                walked.get_first(date).and_then(|v| v.as_datetime()),
                theirs.get_first(date).and_then(|v| v.as_datetime())
            );
            let ours: Vec<_> = walked.get_all(country).map(|v| v.as_facet().map(str::to_string)).collect();
            let theirs: Vec<_> = theirs.get_all(country).map(|v| v.as_facet().map(str::to_string)).collect();
            assert_eq!(ours, theirs);
        }
        let first = cache.doc(&searcher, tantivy::DocAddress::new(0, 0)).unwrap();
        assert_eq!(first.get_first(date).and_then(|v| v.as_datetime()), Some(day));
        assert_eq!(first.get_all(country).count(), 2);
        let store = cache.store(&searcher, 0).unwrap();
        assert!(store.walk && *store.dates_walk.get().unwrap());
    }

    #[test]
    fn every_readout_of_an_index_walks_as_tantivy_reads_it() {
        // Readouts as the index stores them: speakers, roles, countries (stored facets), dates or
        // none, statements (texts and offsets into the body); some deleted.
        let index = crate::test_support::sample_index(300);
        let mut writer = index.writer().unwrap();
        let files = crate::test_support::corpus_files(50);
        for (path, text) in &files {
            let mut readout =
                crate::Readout { id: path.display().to_string(), body: text.clone(), ..Default::default() };
            crate::complete(&mut readout);
            writer.add(&readout).unwrap();
        }
        writer.commit().unwrap();
        index.reload().unwrap();
        let searcher = index.searcher();
        let mut statements = 0;
        let mut read = 0;
        for segment in searcher.segment_readers() {
            let store = segment.get_store_reader(1).unwrap();
            for doc in 0..segment.max_doc() {
                let walked = StoredDoc::walked(&store, doc).unwrap().expect("every readout walks");
                assert!(same_values(&walked, &store.get::<StoredDoc>(doc).unwrap()), "doc {doc}");
                statements += index.stored_statements(&walked).len();
                read += 1;
            }
        }
        // Deleted readouts are read too, unless a merge dropped them meanwhile.
        assert!(read >= searcher.num_docs() && searcher.num_docs() as usize >= files.len(), "{read} read");
        assert!(statements > 100, "{statements} statements");
    }

    /// An older store writes dates in microseconds: a segment whose first readout has no date
    /// must not be trusted with the dates of the next.
    #[test]
    fn dates_of_an_older_store_are_read_by_tantivy() {
        let dir = tempfile::tempdir().unwrap();
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", STORED);
        let date = builder.add_date_field("date", STORED);
        let index = tantivy::Index::create_in_dir(dir.path(), builder.build()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let day = DateTime::from_timestamp_secs(1_700_000_000);
        writer.add_document(doc!(body => "no date")).unwrap();
        writer.add_document(doc!(body => "dated", date => day)).unwrap();
        writer.commit().unwrap();
        drop(writer);
        // The store's footer says version 2 (nanoseconds); say 1, as tantivy before 0.22 wrote.
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "store") {
                let mut bytes = std::fs::read(&path).unwrap();
                let n = bytes.len();
                let json_len = u32::from_le_bytes(bytes[n - 8..n - 4].try_into().unwrap()) as usize;
                let at = n - 8 - json_len - 28;
                assert_eq!(&bytes[at..at + 4], &[2, 0, 0, 0], "the footer tantivy 0.27 writes");
                bytes[at] = 1;
                std::fs::write(&path, bytes).unwrap();
            }
        }
        let searcher = tantivy::Index::open_in_dir(dir.path()).unwrap().reader().unwrap().searcher();
        let cache = StoreCache::default();
        let ours = cache.doc(&searcher, DocAddress::new(0, 1)).unwrap();
        let theirs: TantivyDocument = searcher.doc(DocAddress::new(0, 1)).unwrap();
        let theirs = theirs.get_first(date).and_then(|v| v.as_datetime());
        assert!(theirs.is_some());
        assert_eq!(ours.get_first(date).and_then(|v| v.as_datetime()), theirs);
        let store = cache.store(&searcher, 0).unwrap();
        assert!(store.walk && !*store.dates_walk.get().unwrap());
    }

    #[test]
    fn a_damaged_or_unknown_layout_is_not_walked() {
        let (searcher, ..) = index();
        let store = searcher.segment_reader(0).get_store_reader(1).unwrap();
        let bytes = store.get_document_bytes(0).unwrap();
        assert!(walk_values(&bytes).is_some());
        // Every shortened copy, and one with a byte too many, fails rather than misreads.
        for len in 0..bytes.len() {
            assert!(walk_values(&bytes[..len]).is_none(), "cut at {len}");
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(walk_values(&longer).is_none());
        // A type code the walk does not know (an array, as JSON fields store).
        let mut unknown = bytes.to_vec();
        let first_code = 1 + 4; // the count's one byte, then the first field's four
        unknown[first_code] = 12;
        assert!(walk_values(&unknown).is_none());
        // Bad UTF-8 in a text (the title's first byte) reads as no title, not as a wrong one.
        let mut bad = bytes.to_vec();
        bad[first_code + 2] = 0xFF;
        let damaged = StoredDoc { values: walk_values(&bad).unwrap(), bytes: OwnedBytes::new(bad) };
        assert_eq!(damaged.get_first(Field::from_field_id(0)).and_then(|v| v.as_str()), None);
    }
}
