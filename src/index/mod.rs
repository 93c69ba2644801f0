//! The on-disk index: a directory holding tantivy index generations and a `CURRENT` file naming
//! the live one.
//!
//! ```text
//! DIR/CURRENT        the name of the live generation, replaced atomically (write + rename)
//! DIR/gen-…/         a tantivy index
//! DIR/writer.lock    held by the one process writing
//! ```
//!
//! Incremental updates commit into the live generation (tantivy commits are atomic). A rebuild
//! writes a new generation beside it and then swaps `CURRENT`, so a crash at any moment leaves the
//! old index whole; generations that `CURRENT` does not name are removed by the next writer.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use tantivy::schema::Facet;
use tantivy::{DateTime, IndexReader, ReloadPolicy, TantivyDocument, Term};

use crate::error::{Error, Result};
use crate::extract;
use crate::readout::{Country, Readout};
use crate::text;

mod compression;
mod generations;
pub(crate) mod kept;
pub(crate) mod packed;
pub mod pairs;
mod reading_dir;
pub mod schema;
mod stem;
pub(crate) mod stored;
pub mod writer;

pub use compression::StoreCompression;
pub use generations::WriterLock;
use generations::{create_generation, current_generation, file_vanished, new_generation_name, open_error, set_current};
/// For the fuzz target `packed_statements` only: not part of the API.
#[doc(hidden)]
pub use packed::check_decoding as check_packed_statements;
pub use schema::Fields;
pub use writer::{IndexSummary, NoProgress, Progress, ReadoutWriter, UpdateOptions, update};

/// Bumped whenever what a readout's document holds changes (a field's form, a facet's path), so
/// that an incremental run rewrites every document; it is part of each readout's content hash.
pub const DOCUMENT_VERSION: &str = "doc-6";

/// An open readouts index, on disk or in memory.
pub struct Index {
    dir: Option<PathBuf>,
    generation: Option<String>,
    pub(crate) tantivy: tantivy::Index,
    reader: IndexReader,
    pub(crate) fields: Fields,
    /// What the layers above keep per open index (search's column copies, people registry and
    /// groups of copies), each under its own type: the index holds them without knowing them.
    caches: Caches,
}

/// One value of each type, made on first use and shared: the per-index caches of the layers above,
/// which the index holds without depending on them.
#[derive(Default)]
struct Caches(std::sync::Mutex<HashMap<std::any::TypeId, Arc<dyn std::any::Any + Send + Sync>>>);

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index").field("dir", &self.dir).field("generation", &self.generation).finish()
    }
}

impl Index {
    /// Opens the index in `dir`.
    ///
    /// Fails with [`Error::IndexMissing`] when `dir` does not exist and [`Error::NotAnIndex`] when it
    /// holds no readouts index.
    pub fn open(dir: impl AsRef<Path>) -> Result<Index> {
        Self::open_with(dir.as_ref(), ReloadPolicy::Manual)
    }

    /// Opens the index in `dir` for a long-running reader: commits by other processes (an
    /// incremental `readouts index`) become visible by themselves within a second. A rebuild's swap
    /// is seen through [`Index::is_stale`].
    pub fn open_watching(dir: impl AsRef<Path>) -> Result<Index> {
        Self::open_with(dir.as_ref(), ReloadPolicy::OnCommitWithDelay)
    }

    fn open_with(dir: &Path, reload: ReloadPolicy) -> Result<Index> {
        if !dir.exists() {
            return Err(Error::IndexMissing(dir.to_path_buf()));
        }
        // A writer in another process may swap in a new generation (a rebuild) or merge segments
        // away (an update) between our reading `CURRENT` and opening the files it names: a file
        // that vanished meanwhile sends us back to `CURRENT`, a few times, rather than failing the
        // search (tests/server.rs, `searches_answer_during_incremental_updates_and_rebuilds`).
        const ATTEMPTS: u32 = 5;
        let mut attempt = 1;
        loop {
            let generation = current_generation(dir)?.ok_or_else(|| Error::NotAnIndex(dir.to_path_buf()))?;
            let opened = match tantivy::Index::open_in_dir(dir.join(&generation)) {
                Ok(tantivy) => Self::wrap_with(Some(dir.to_path_buf()), Some(generation), tantivy, reload),
                Err(e) if attempt < ATTEMPTS && file_vanished(&e) => Err(Error::Tantivy(e)),
                Err(e) => return Err(open_error(dir, e)),
            };
            match opened {
                Err(Error::Tantivy(e)) if attempt < ATTEMPTS && file_vanished(&e) => {
                    std::thread::sleep(std::time::Duration::from_millis(10 * u64::from(attempt)));
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    /// Opens generation `name` of the index in `dir` for an indexing run: files are read rather
    /// than mapped (see [`reading_dir`]), so that merges do not hold every page they read.
    fn open_generation_for_writing(dir: &Path, name: &str) -> Result<Index> {
        let path = dir.join(name);
        let directory = reading_dir::ReadingDirectory::open(&path).map_err(|e| open_error(dir, e.into()))?;
        let tantivy = tantivy::Index::open(directory).map_err(|e| open_error(dir, e))?;
        Self::wrap(Some(dir.to_path_buf()), Some(name.to_string()), tantivy)
    }

    /// Creates a new, empty index in `dir` (created if needed), its readouts stored with LZ4 (an
    /// index of another [`StoreCompression`] is made by [`update`] with
    /// [`UpdateOptions::compression`]). Fails if `dir` already holds one.
    pub fn create(dir: impl AsRef<Path>) -> Result<Index> {
        let dir = dir.as_ref();
        fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        if current_generation(dir)?.is_some() {
            return Err(Error::InvalidArgument(format!("{} already holds an index", dir.display())));
        }
        let generation = new_generation_name();
        let tantivy = create_generation(&dir.join(&generation), StoreCompression::default())?;
        set_current(dir, &generation)?;
        Self::wrap(Some(dir.to_path_buf()), Some(generation), tantivy)
    }

    /// Creates an index in memory, for tests and embedders that need no persistence.
    pub fn create_in_ram() -> Result<Index> {
        let (schema, _) = Fields::schema();
        let tantivy = tantivy::Index::create_in_ram(schema);
        Self::wrap(None, None, tantivy)
    }

    fn wrap(dir: Option<PathBuf>, generation: Option<String>, tantivy: tantivy::Index) -> Result<Index> {
        Self::wrap_with(dir, generation, tantivy, ReloadPolicy::Manual)
    }

    fn wrap_with(
        dir: Option<PathBuf>,
        generation: Option<String>,
        tantivy: tantivy::Index,
        reload: ReloadPolicy,
    ) -> Result<Index> {
        schema::register_analyzers(&tantivy);
        let fields = Fields::of(&tantivy.schema())
            .map_err(|e| Error::InvalidArgument(format!("index built by an incompatible version ({e}); rebuild it")))?;
        let reader = tantivy.reader_builder().reload_policy(reload).try_into()?;
        Ok(Index { dir, generation, tantivy, reader, fields, caches: Caches::default() })
    }

    /// The directory the index lives in (`None` in memory).
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Makes the latest commit visible to searches.
    pub fn reload(&self) -> Result<()> {
        Ok(self.reader.reload()?)
    }

    /// True when a rebuild has swapped in a new generation since this index was opened; reopen to
    /// see it.
    pub fn is_stale(&self) -> bool {
        match (&self.dir, &self.generation) {
            (Some(dir), Some(generation)) => current_generation(dir).ok().flatten().as_ref() != Some(generation),
            _ => false,
        }
    }

    /// A searcher of the latest generation loaded.
    pub(crate) fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// This index's `T`, made with `T::default()` on first use: the place where the layers above
    /// keep what they compute once per open index.
    pub(crate) fn cache<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let mut caches = self.caches.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let slot = caches.entry(std::any::TypeId::of::<T>()).or_insert_with(|| Arc::new(T::default()));
        Arc::clone(slot).downcast::<T>().expect("a slot holds the type it is keyed by")
    }

    /// The stored readout at `address` of `searcher` (read through [`stored::StoreCache`]).
    pub(crate) fn stored_doc(
        &self,
        searcher: &tantivy::Searcher,
        address: tantivy::DocAddress,
    ) -> Result<stored::StoredDoc> {
        Ok(self.cache::<stored::StoreCache>().doc(searcher, address)?)
    }

    /// The number of readouts in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// True when the index holds no readouts.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A writer that adds, replaces and deletes readouts. Only one writer may be open per index: on
    /// disk, it holds the directory's writer lock until dropped, as `readouts index` and the server
    /// do, so that a write can never land in a generation a running rebuild is about to replace.
    ///
    /// Fails with [`Error::Locked`] while another writer (a rebuild, an update, the server) holds the
    /// lock, and with [`Error::Rebuilt`] when a rebuild swapped in a new generation since this index
    /// was opened.
    pub fn writer(&self) -> Result<ReadoutWriter<'_>> {
        let lock = match &self.dir {
            Some(dir) => Some(WriterLock::acquire(dir)?),
            None => None,
        };
        if self.is_stale() {
            return Err(Error::Rebuilt(self.dir.clone().unwrap_or_default()));
        }
        ReadoutWriter::new(self, writer::DEFAULT_MEMORY_BYTES, 0, lock)
    }

    /// One stored readout by id.
    pub fn get(&self, id: &str) -> Result<Readout> {
        self.first_with(Term::from_field_text(self.fields.id, id)).map_err(|_| Error::NotFound(id.to_string()))
    }

    /// The (first) readout read from this file, given as a path to it.
    pub fn get_by_file(&self, path: &Path) -> Result<Readout> {
        let source = fs::canonicalize(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        let source = source.display().to_string();
        self.first_with(Term::from_field_text(self.fields.source, &source)).map_err(|_| Error::NotFound(source))
    }

    fn first_with(&self, term: Term) -> Result<Readout> {
        Ok(self.readout_of(&self.first_doc_with(term)?))
    }

    /// The stored document of the first readout holding `term`.
    fn first_doc_with(&self, term: Term) -> Result<stored::StoredDoc> {
        let searcher = self.reader.searcher();
        let query = tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
        let hits = searcher.search(&query, &tantivy::collector::TopDocs::with_limit(1).order_by_score())?;
        let (_, address) = hits.first().ok_or_else(|| Error::NotFound(String::new()))?;
        self.stored_doc(&searcher, *address)
    }

    /// Every readout in the index, in index order, handed to `visit` one at a time (so that an
    /// export of a million readouts needs no memory for them all). Stops at `visit`'s first error.
    pub fn for_each_readout<E: From<Error>>(&self, mut visit: impl FnMut(Readout) -> Result<(), E>) -> Result<(), E> {
        let searcher = self.reader.searcher();
        for segment in searcher.segment_readers() {
            let store = stored::SegmentStore::open(segment, 64).map_err(Error::Tantivy)?;
            for doc_id in segment.doc_ids_alive() {
                let doc = store.doc(doc_id).map_err(Error::Tantivy)?;
                visit(self.readout_of(&doc))?;
            }
        }
        Ok(())
    }

    /// The path to show to others for a stored document: its path relative to the directory it was
    /// found under; for readouts indexed before that was kept, or given from memory, the path when
    /// it is relative and else only its file name.
    pub(crate) fn public_path_of(&self, doc: &stored::StoredDoc) -> String {
        let stored = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        if let Some(relative) = self.fields.relative_path.map(stored).filter(|p| !p.is_empty()) {
            return relative;
        }
        public_path(&stored(self.fields.path))
    }

    /// A readout by id, with its path as [`Self::public_path_of`] gives it.
    #[cfg(feature = "server")]
    pub(crate) fn get_public(&self, id: &str) -> Result<Readout> {
        let doc = self
            .first_doc_with(Term::from_field_text(self.fields.id, id))
            .map_err(|_| Error::NotFound(id.to_string()))?;
        let mut readout = self.readout_of(&doc);
        readout.path = self.public_path_of(&doc);
        Ok(readout)
    }

    /// Turns a stored document back into a readout.
    pub(crate) fn readout_of(&self, doc: &stored::StoredDoc) -> Readout {
        let f = &self.fields;
        Readout {
            body: doc.get_first(f.body).and_then(|v| v.as_str()).unwrap_or_default().to_string(),
            speakers: doc.get_all(f.speaker).filter_map(|v| v.as_str().map(String::from)).collect(),
            countries: doc
                .get_all(f.country_facet)
                .filter_map(|v| v.as_facet().and_then(|s| Facet::from_encoded(s.as_bytes().to_vec()).ok()))
                .filter_map(|facet| facet.to_path().first().and_then(|c| extract::country::by_code(c)))
                .collect(),
            roles: self.roles_of(doc),
            statements: self.stored_statements(doc).into_iter().map(schema::StoredStatement::into_statement).collect(),
            ..self.header_of(doc)
        }
    }

    /// A stored document's id, path, url, headline and date, without its text: what a hit shows.
    pub(crate) fn header_of(&self, doc: &stored::StoredDoc) -> Readout {
        let f = &self.fields;
        let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let date = doc
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0))
            .map(|d| d.date_naive());
        let url = text(f.url);
        Readout {
            id: text(f.id),
            path: text(f.path),
            url: (!url.is_empty()).then_some(url),
            title: text(f.title),
            date,
            ..Readout::default()
        }
    }

    /// A stored document's statements, borrowed from it.
    pub(crate) fn stored_statements<'d>(&self, doc: &'d stored::StoredDoc) -> Vec<schema::StoredStatement<'d>> {
        let body = self.stored_body(doc);
        self.statement_slots(doc).iter().filter_map(|slot| slot.read(body)).collect()
    }

    /// A stored document's statements by their place among its statements (`None` for one that
    /// does not read): a quote search's candidates refer to them by place.
    pub(crate) fn statements_by_place<'d>(
        &self,
        doc: &'d stored::StoredDoc,
    ) -> Vec<Option<schema::StoredStatement<'d>>> {
        let body = self.stored_body(doc);
        self.statement_slots(doc).iter().map(|slot| slot.read(body)).collect()
    }

    /// A stored document's body (empty when it has none).
    fn stored_body<'d>(&self, doc: &'d stored::StoredDoc) -> &'d str {
        doc.get_first(self.fields.body).and_then(|v| v.as_str()).unwrap_or_default()
    }

    /// A stored document's statements, in order, each read only as far as its words' positions:
    /// the one place that knows which format the index stores them in (packed, or one text value
    /// each in an index built before), so that every reader reads both.
    pub(crate) fn statement_slots<'d>(&self, doc: &'d stored::StoredDoc) -> Vec<StatementSlot<'d>> {
        if let Some(field) = self.fields.statements {
            let value = doc.get_first(field).and_then(|v| v.as_bytes());
            return value.and_then(packed::decode).unwrap_or_default().into_iter().map(StatementSlot::Packed).collect();
        }
        match self.fields.statement {
            Some(field) => doc.get_all_text_bytes(field).map(StatementSlot::Text).collect(),
            None => Vec::new(),
        }
    }

    /// A stored document's speakers' roles.
    pub(crate) fn roles_of(&self, doc: &stored::StoredDoc) -> Vec<crate::readout::SpeakerRole> {
        self.fields
            .speaker_role
            .map(|field| doc.get_all(field).filter_map(|v| v.as_str().and_then(schema::decode_role)).collect())
            .unwrap_or_default()
    }

    /// Builds the tantivy document of a readout.
    pub(crate) fn document_of(
        &self,
        readout: &Readout,
        hash: &str,
        source: &str,
        relative_path: &str,
    ) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &readout.id);
        doc.add_text(f.path, &readout.path);
        if let Some(field) = f.relative_path
            && !relative_path.is_empty()
        {
            doc.add_text(field, relative_path);
        }
        doc.add_text(f.source, source);
        doc.add_text(f.hash, hash);
        if let Some(url) = &readout.url {
            doc.add_text(f.url, url);
        }
        doc.add_text(f.title, &readout.title);
        doc.add_text(f.body, &readout.body);
        if let Some(field) = f.title_pairs {
            doc.add_text(field, &readout.title);
        }
        if let Some(field) = f.body_pairs {
            doc.add_text(field, &readout.body);
        }
        if let Some(date) = readout.date {
            doc.add_date(f.date, date_value(date));
            doc.add_facet(f.year, Facet::from_path([date.format("%Y").to_string()]));
            doc.add_facet(f.month, Facet::from_path([date.format("%Y-%m").to_string()]));
        }
        for speaker in &readout.speakers {
            doc.add_text(f.speaker, speaker);
            doc.add_facet(f.speaker_facet, Facet::from_path([speaker.as_str()]));
        }
        if let Some(field) = f.speaker_role {
            for role in &readout.roles {
                doc.add_text(field, schema::encode_role(role));
            }
        }
        if !readout.statements.is_empty() {
            let places = statement_places(readout);
            if let Some(field) = f.statements {
                doc.add_bytes(field, &packed::encode(&readout.statements, &places));
            } else if let Some(field) = f.statement {
                for (statement, place) in readout.statements.iter().zip(places) {
                    doc.add_text(field, schema::encode_statement(statement, place));
                }
            }
        }
        for Country { code, name } in &readout.countries {
            let text = format!("{code} {name}");
            if let Some(field) = f.country_pairs {
                doc.add_text(field, &text);
            }
            doc.add_text(f.country, text);
            doc.add_facet(f.country_facet, Facet::from_path([code.as_str()]));
        }
        if let Some(field) = f.body_minhash
            && let Some(signature) = crate::minhash::signature_if_long_enough(&readout.body)
        {
            doc.add_bytes(field, &crate::minhash::to_bytes(&signature));
        }
        doc
    }
}

/// Where each of a readout's statements lies in its body (in its order).
fn statement_places(readout: &Readout) -> Vec<schema::StatementPlace> {
    let starts: Vec<usize> = readout.statements.iter().map(|s| s.range[0]).collect();
    let ends: Vec<usize> = readout.statements.iter().map(|s| s.range[1]).collect();
    let (starts, ends) = (text::byte_offsets(&readout.body, &starts), text::byte_offsets(&readout.body, &ends));
    let word_starts = schema::word_starts(&readout.body);
    let places = readout.statements.iter().zip(starts).zip(ends).map(|((statement, from), to)| {
        // A direct quote's range holds its quotation marks, its text does not.
        let in_body = readout
            .body
            .get(from..to)
            .and_then(|slice| find_near_start(slice, &statement.text))
            .map(|at| [from + at, from + at + statement.text.len()]);
        schema::StatementPlace::new(in_body, [from, to], &word_starts)
    });
    places.collect()
}

/// One of a stored readout's statements ([`Index::statement_slots`]), read as far as its words'
/// positions, which rule most statements out of a quote search before their texts are read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum StatementSlot<'d> {
    /// A text value of an index built before packed statements ([`schema::encode_statement`]):
    /// its bytes, not yet checked as UTF-8 (`None` for a value of another kind).
    Text(Option<&'d [u8]>),
    /// A statement of a packed value.
    Packed(packed::Packed<'d>),
}

impl<'d> StatementSlot<'d> {
    /// The positions of the body's words it spans ([`schema::StatementPlace::words`]), as
    /// [`Self::read`] gives them, read without its text.
    pub(crate) fn words(&self) -> Option<[u32; 2]> {
        match self {
            StatementSlot::Text(value) => value.and_then(schema::stored_statement_words),
            StatementSlot::Packed(statement) => statement.words,
        }
    }

    /// The statement, its text borrowed from the document or from `body`, its readout's: `None`
    /// for one that does not read (a damaged value, offsets outside the body).
    pub(crate) fn read(&self, body: &'d str) -> Option<schema::StoredStatement<'d>> {
        match self {
            StatementSlot::Text(value) => {
                let value = simdutf8::basic::from_utf8((*value)?).ok()?;
                schema::stored_statement(value, body)
            }
            StatementSlot::Packed(statement) => statement.read(body),
        }
    }
}

/// A path as others may see it: relative as it is, else only its file name.
fn public_path(path: &str) -> String {
    let p = Path::new(path);
    if p.is_relative() && !path.contains("..") {
        return path.to_string();
    }
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A calendar date as the index stores it: midnight UTC of that day.
pub(crate) fn date_value(date: NaiveDate) -> DateTime {
    // Stored dates are within the span; a bound of a query outside it is moved to its end, which
    // matches the same readouts.
    let date = date.clamp(crate::readout::EARLIEST_DATE, crate::readout::LATEST_DATE);
    let secs = date.and_hms_opt(0, 0, 0).map(|d| d.and_utc().timestamp()).unwrap_or_default();
    DateTime::from_timestamp_secs(secs)
}

/// Where `needle` first stands in `haystack`, as `str::find` says, looking first where it nearly
/// always stands: at the start, or after one character (a quotation mark). A statement's text is
/// found in its range this way for each statement of a readout; `str::find` built its searcher
/// for each (3.2% of indexing 1,000 synthetic readouts, of 26 statements each).
fn find_near_start(haystack: &str, needle: &str) -> Option<usize> {
    if haystack.starts_with(needle) {
        return Some(0);
    }
    // A match starts on a character's boundary: the next one after 0 is the only other place
    // that can come before any match `find` would give further on.
    let second = haystack.char_indices().nth(1).map_or(haystack.len(), |(at, _)| at);
    if haystack[second..].starts_with(needle) {
        return Some(second);
    }
    haystack.find(needle)
}

#[cfg(test)]
mod tests {
    use super::find_near_start;

    #[test]
    fn finds_what_str_find_finds() {
        let text = "“We welcome it,” said Blinken. We welcome the talks — “a step”; ééé we welcome";
        let mut needles: Vec<String> =
            ["", "We", "we welcome", "“", "é", "absent", "step”;"].iter().map(|n| n.to_string()).collect();
        for (at, _) in text.char_indices() {
            needles.push(text[at..].to_string());
            needles.push(text[at..].chars().take(3).collect());
        }
        for (at, _) in text.char_indices() {
            let haystack = &text[at..];
            for needle in &needles {
                assert_eq!(
                    find_near_start(haystack, needle),
                    haystack.find(needle.as_str()),
                    "{haystack:?} {needle:?}"
                );
            }
        }
    }
}
