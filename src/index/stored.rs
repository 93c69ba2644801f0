//! A stored readout as read back from tantivy's doc store: its values, each field's in order.
//!
//! tantivy's `TantivyDocument` copies every value it reads into one arena of its own; read here,
//! the values stay as decoded. A quote search reads fifty readouts a query and a search ten, and
//! the copy (with its allocations) was a tenth of a quote search's instructions (callgrind,
//! BENCHMARKS.md "Stored readouts read without the arena").

use tantivy::schema::document::{DeserializeError, DocumentDeserialize, DocumentDeserializer};
use tantivy::schema::{Field, OwnedValue};

/// A stored readout's values, by field, in the order they were stored.
#[derive(Debug, Clone, Default)]
pub(crate) struct StoredDoc {
    values: Vec<(Field, OwnedValue)>,
}

impl StoredDoc {
    /// The first value of `field`.
    pub(crate) fn get_first(&self, field: Field) -> Option<&OwnedValue> {
        self.get_all(field).next()
    }

    /// Every value of `field`, in order.
    pub(crate) fn get_all(&self, field: Field) -> impl Iterator<Item = &OwnedValue> {
        self.values.iter().filter(move |(f, _)| *f == field).map(|(_, value)| value)
    }
}

impl DocumentDeserialize for StoredDoc {
    fn deserialize<'de, D: DocumentDeserializer<'de>>(mut deserializer: D) -> Result<Self, DeserializeError> {
        let mut values = Vec::with_capacity(deserializer.size_hint());
        while let Some(field_value) = deserializer.next_field::<OwnedValue>()? {
            values.push(field_value);
        }
        Ok(StoredDoc { values })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Facet, FacetOptions, STORED, Schema, TEXT, Value};
    use tantivy::{TantivyDocument, doc};

    #[test]
    fn values_read_back_as_tantivy_reads_them() {
        let mut builder = Schema::builder();
        let title = builder.add_text_field("title", TEXT | STORED);
        let body = builder.add_text_field("body", STORED);
        let date = builder.add_date_field("date", STORED);
        let country = builder.add_facet_field("country", FacetOptions::default().set_stored());
        let index = tantivy::Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let day = tantivy::DateTime::from_timestamp_secs(1_700_000_000);
        writer
            .add_document(doc!(
                title => "Çavuşoğlu",
                body => "one",
                date => day,
                country => Facet::from("/AM"),
                body => "two",
                country => Facet::from("/AZ"),
            ))
            .unwrap();
        writer.add_document(doc!(body => "")).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        for doc_id in 0..2 {
            let address = tantivy::DocAddress::new(0, doc_id);
            let ours: StoredDoc = searcher.doc(address).unwrap();
            let theirs: TantivyDocument = searcher.doc(address).unwrap();
            for field in [title, body] {
                let ours: Vec<_> = ours.get_all(field).map(|v| v.as_str()).collect();
                let theirs: Vec<_> = theirs.get_all(field).map(|v| v.as_str()).collect();
                assert_eq!(ours, theirs);
            }
            let ours_date = ours.get_first(date).and_then(|v| v.as_datetime());
            assert_eq!(ours_date, theirs.get_first(date).and_then(|v| v.as_datetime()));
            let ours: Vec<_> = ours.get_all(country).map(|v| v.as_facet().map(str::to_string)).collect();
            let theirs: Vec<_> = theirs.get_all(country).map(|v| v.as_facet().map(str::to_string)).collect();
            assert_eq!(ours, theirs);
        }
        let first: StoredDoc = searcher.doc(tantivy::DocAddress::new(0, 0)).unwrap();
        assert_eq!(first.get_first(date).and_then(|v| v.as_datetime()), Some(day));
        assert_eq!(first.get_all(country).count(), 2);
    }
}
