//! Writing readouts: a [`ReadoutWriter`] for readouts from memory, and [`update`], the incremental
//! (or atomic full) indexing of files and directories behind `readouts index`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tantivy::{IndexWriter, TantivyDocument, Term};

use super::generations::{create_generation, current_generation, new_generation_name, remove_stale, set_current};
use super::{Index, StoreCompression, WriterLock};
use crate::error::{Error, Result};
use crate::ingest::{self, Batch, Format, Parsed, Reading, Warning, WarningKind};
use crate::readout::Readout;

/// tantivy's indexing memory budget when none is given, shared by its threads. Each thread's
/// segment is written when its share is used up: at 256 MB, a million readouts made a dozen
/// segments and tantivy merged eight of them on the way (a quarter of the indexing time); at 512 MB
/// they make six and no merge (peak RSS 737-795 MB measured, against 541 MB).
pub const DEFAULT_MEMORY_BYTES: usize = 512 * 1024 * 1024;

/// Readouts up to which a fresh index is merged into one segment ([`ReadoutWriter::merge_if_small`]):
/// the size under which a search runs in one thread anyway (two of its ranges' worth, see
/// `src/search/collect.rs`). The merge adds to building such an index: corpus/, 3 interleaved
/// runs, 2.25 -> 2.43 s (medians; 0.2-0.7 s a run).
const ONE_SEGMENT_UP_TO: u64 = 32_768;

/// Adds, replaces and deletes readouts; nothing is visible to searches until [`commit`](Self::commit).
pub struct ReadoutWriter<'a> {
    index: &'a Index,
    writer: IndexWriter<TantivyDocument>,
    /// The directory's writer lock, when this writer took it (a writer inside [`update`] runs under
    /// the lock `update` holds).
    _lock: Option<WriterLock>,
}

impl<'a> ReadoutWriter<'a> {
    pub(crate) fn new(index: &'a Index, memory_bytes: usize, threads: usize, lock: Option<WriterLock>) -> Result<Self> {
        let result = if threads == 0 {
            index.tantivy.writer(memory_bytes)
        } else {
            // tantivy refuses a thread whose share of the budget is under 15 MB, and more than eight
            // threads (its MEMORY_BUDGET_NUM_BYTES_MIN and MAX_NUM_THREAD, not exported).
            let affordable = memory_bytes / (15 * 1024 * 1024);
            let threads = threads.min(affordable).clamp(1, 8);
            index.tantivy.writer_with_num_threads(threads, memory_bytes)
        };
        let writer = result.map_err(|e| match e {
            tantivy::TantivyError::LockFailure(_, _) => {
                Error::Locked(index.dir().map(|d| d.join(".tantivy-writer.lock")).unwrap_or_default())
            }
            other => Error::Tantivy(other),
        })?;
        Ok(ReadoutWriter { index, writer, _lock: lock })
    }

    /// Adds a readout, replacing any readout with the same id. An empty id is refused.
    pub fn add(&mut self, readout: &Readout) -> Result<()> {
        if readout.id.trim().is_empty() {
            return Err(Error::InvalidArgument("a readout needs a non-empty id".into()));
        }
        if let Some(date) = readout.date {
            crate::readout::check_date(date).map_err(|reason| Error::Date { input: date.to_string(), reason })?;
        }
        let json = serde_json::to_vec(readout).unwrap_or_default();
        let hash = blake3::hash(&json).to_hex()[..32].to_string();
        self.delete(&readout.id);
        self.put(readout, &hash, "", "")
    }

    fn put(&mut self, readout: &Readout, hash: &str, source: &str, relative_path: &str) -> Result<()> {
        self.writer.add_document(self.index.document_of(readout, hash, source, relative_path))?;
        Ok(())
    }

    /// Deletes the readout with this id, if there is one.
    pub fn delete(&mut self, id: &str) {
        self.writer.delete_term(Term::from_field_text(self.index.fields.id, id));
    }

    /// Commits everything added and deleted, and makes it visible to this index's searches. What
    /// searches derive from the whole index (the people registry, the groups of copies) is made
    /// by the next search, not here: a writer may commit often ([`update`] makes them once, at
    /// its end).
    pub fn commit(&mut self) -> Result<()> {
        self.writer.commit()?;
        self.index.reload()
    }

    /// Merges every segment into one when the index holds at most [`ONE_SEGMENT_UP_TO`] readouts,
    /// and makes it visible. Each indexing thread writes its own segment, and a search pays for
    /// each segment it opens and streams its typo automata over: one process searching corpus/
    /// ("peace agreement") took 17.8 M instructions over two segments, 14.0 M over one.
    fn merge_if_small(&mut self) -> Result<()> {
        let ids = self.index.tantivy.searchable_segment_ids()?;
        if ids.len() < 2 || self.index.len() > ONE_SEGMENT_UP_TO {
            return Ok(());
        }
        self.writer.merge(&ids).wait()?;
        self.index.reload()
    }
}

/// Reports indexing progress; the CLI draws a bar with it.
pub trait Progress: Sync {
    /// Called once, with the number of files to read.
    fn start(&self, _files: u64) {}
    /// Called after each file.
    fn advance(&self, _files: u64) {}
    /// Called when reading is done, before the commit.
    fn finish(&self) {}
}

/// A [`Progress`] that shows nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;
impl Progress for NoProgress {}

/// How to run [`update`].
#[derive(Debug, Clone)]
pub struct UpdateOptions {
    /// Build a fresh index beside the old one and swap it in atomically.
    pub rebuild: bool,
    /// tantivy's indexing memory budget in bytes.
    pub memory_bytes: usize,
    /// Threads that read, parse and index files (0: one per core). One thread builds the same index
    /// on every run: with several, the order in which they take documents changes doc ids and
    /// segments, and with them the last bit of some scores.
    pub threads: usize,
    /// How a new index (the first one, or a rebuild) compresses its stored readouts. `None`: a
    /// rebuild keeps the compression of the index it replaces (LZ4 when that one is of a kind
    /// this build does not make), a first index the one [`StoreCompression::for_input`] gives for
    /// the size of the files it is made from. An existing index cannot change its own: asking an
    /// incremental update for another one is an [`Error::InvalidArgument`].
    pub compression: Option<StoreCompression>,
}

impl Default for UpdateOptions {
    fn default() -> Self {
        UpdateOptions { rebuild: false, memory_bytes: DEFAULT_MEMORY_BYTES, threads: 0, compression: None }
    }
}

/// What an indexing run did.
#[derive(Debug, Default, Clone)]
pub struct IndexSummary {
    /// Readout files found.
    pub files: usize,
    /// Readouts new to the index.
    pub added: usize,
    /// Readouts whose content changed.
    pub updated: usize,
    /// Readouts whose file vanished.
    pub deleted: usize,
    /// Readouts already indexed as they are.
    pub unchanged: usize,
    /// Files or records not indexed, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Every warning, naming its file.
    pub warnings: Vec<Warning>,
    /// Readouts in the index after the run.
    pub total: u64,
    /// Wall time.
    pub elapsed: Duration,
}

impl IndexSummary {
    /// Readouts read this run, indexed or found unchanged.
    pub fn readouts(&self) -> usize {
        self.added + self.updated + self.unchanged
    }

    /// Files and records skipped.
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum()
    }
}

impl std::fmt::Display for IndexSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        write!(
            f,
            "{} added, {} updated, {} deleted, {} unchanged, {} skipped",
            self.added,
            self.updated,
            self.deleted,
            self.unchanged,
            self.skipped_total()
        )?;
        if !self.skipped.is_empty() {
            let reasons: Vec<String> = self.skipped.iter().map(|(k, n)| format!("{n} {k}")).collect();
            write!(f, " ({})", reasons.join(", "))?;
        }
        write!(
            f,
            "; {} readouts in the index; {:.2} s, {:.0} readouts/s",
            self.total,
            secs,
            self.readouts() as f64 / secs.max(1e-9)
        )
    }
}

/// Indexes the readouts under `paths` into the index in `dir` (created if needed).
///
/// Incremental by default: new and changed readouts are (re)indexed, readouts whose file under one
/// of `paths` vanished are deleted, the rest are left alone. With `rebuild`, a new index is built
/// beside the old one and swapped in atomically when complete. Takes the directory's writer lock
/// for the whole run, as `readouts index` does.
///
/// ```
/// use readouts::{Index, NoProgress, UpdateOptions, update};
///
/// # fn main() -> readouts::Result<()> {
/// let root = std::env::temp_dir().join(format!("readouts-doc-{}", std::process::id()));
/// let (files, index) = (root.join("files"), root.join("index"));
/// std::fs::create_dir_all(&files).unwrap();
/// std::fs::write(files.join("call.txt"), "date 2023-11-28\ntitle Secretary Blinken's Call\n\nSecretary Blinken spoke with Prime Minister Pashinyan of Armenia.").unwrap();
/// let summary = update(&index, &[files], &UpdateOptions::default(), &NoProgress)?;
/// assert_eq!(summary.added, 1);
/// assert_eq!(Index::open(&index)?.len(), 1);
/// # std::fs::remove_dir_all(&root).unwrap();
/// # Ok(())
/// # }
/// ```
pub fn update(dir: &Path, paths: &[PathBuf], options: &UpdateOptions, progress: &dyn Progress) -> Result<IndexSummary> {
    let started = Instant::now();
    let _lock = WriterLock::acquire(dir)?;
    remove_stale(dir);
    let current = current_generation(dir)?;
    // What a rebuild carries over from the index it replaces: the readouts added from memory
    // (through the API), which have no file to be rebuilt from, and its store compression.
    let (from_memory, replaced_compression) = match &current {
        Some(_) if options.rebuild => {
            let old = Index::open(dir)?;
            let ids: Vec<String> = indexed_readouts(&old)?
                .into_iter()
                .filter(|(_, (_, source))| source.is_empty())
                .map(|(id, _)| id)
                .collect();
            (ids.iter().map(|id| old.get(id)).collect::<Result<Vec<_>>>()?, StoreCompression::of(&old.tantivy))
        }
        _ => (Vec::new(), None),
    };
    let mut summary = IndexSummary::default();
    let (files, roots) = ingest::walk(paths, &mut summary.warnings);
    summary.files = files.len();
    let fresh_generation = if options.rebuild || current.is_none() {
        let name = new_generation_name();
        let compression = options.compression.or(replaced_compression).unwrap_or_else(|| {
            let input_bytes = files.iter().filter_map(|(file, _)| std::fs::metadata(file).ok()).map(|m| m.len()).sum();
            StoreCompression::for_input(input_bytes)
        });
        create_generation(&dir.join(&name), compression)?;
        Some(name)
    } else {
        None
    };
    let generation = fresh_generation.as_ref().or(current.as_ref()).expect("a fresh or a current generation");
    let index = Index::open_generation_for_writing(dir, generation)?;
    // An index keeps the compression it was created with (tantivy's settings of the generation).
    let has = StoreCompression::of(&index.tantivy);
    if fresh_generation.is_none()
        && let Some(asked) = options.compression
        && has != Some(asked)
    {
        let has = has.map_or("another compression", StoreCompression::name);
        return Err(Error::InvalidArgument(format!(
            "the index in {} stores its readouts with {has}; {asked} applies to a new index: rebuild it \
             (--rebuild, UpdateOptions::rebuild)",
            dir.display()
        )));
    }
    let existing = if fresh_generation.is_some() { HashMap::new() } else { indexed_readouts(&index)? };
    let mut writer = ReadoutWriter::new(&index, options.memory_bytes, options.threads, None)?;
    let mut seen: HashSet<String> = HashSet::new();
    progress.start(files.len() as u64);
    // Text and HTML files hold one readout each: an unchanged file needs no parsing at all.
    let indexed: HashMap<String, (String, String)> = existing
        .iter()
        .filter(|(_, (_, source))| {
            !source.is_empty() && Format::of(Path::new(source)).is_some_and(|f| f != Format::Jsonl)
        })
        .map(|(id, (hash, source))| (source.clone(), (hash.clone(), id.clone())))
        .collect();
    let version = source_version();
    let reading = Reading { threads: options.threads, version: &version, indexed: Some(&indexed) };
    ingest::read_files(&files, &reading, crate::complete::complete_batch, |batch: Batch| -> Result<()> {
        let ends_file = batch.ends_file;
        summary.warnings.extend(batch.warnings);
        for id in batch.unchanged {
            if seen.insert(id) {
                summary.unchanged += 1;
            }
        }
        for parsed in batch.readouts {
            store(&mut writer, &existing, &mut seen, parsed, &mut summary)?;
        }
        if ends_file {
            progress.advance(1);
        }
        Ok(())
    })?;
    progress.finish();
    for readout in &from_memory {
        if seen.insert(readout.id.clone()) {
            writer.add(readout)?;
        }
    }
    for (id, (_, source)) in &existing {
        if !seen.contains(id) && roots.iter().any(|root| Path::new(source).starts_with(root)) {
            writer.delete(id);
            summary.deleted += 1;
        }
    }
    writer.commit()?;
    if fresh_generation.is_some() {
        writer.merge_if_small()?;
    }
    drop(writer);
    release_freed_memory();
    if let Some(name) = &fresh_generation {
        set_current(dir, name)?;
        remove_stale(dir);
    }
    // What searches derive from the whole index, made now and kept beside the generation: made by
    // the first search instead, it took longer than a query may at 10M readouts. The index is
    // opened as a search opens it (memory-mapped; this one reads whole files for merges) and sees
    // the segments a search will see. The readouts are committed: a failure here loses nothing,
    // and the first search makes what is missing (and reports what stops it).
    if let Ok(searched) = Index::open(dir) {
        searched.keep_derived();
    }
    for w in summary.warnings.iter().filter(|w| w.skipped) {
        *summary.skipped.entry(w.kind.to_string()).or_default() += 1;
    }
    summary.total = index.len();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Hands the memory the indexing threads freed back to the system. glibc keeps it for their
/// arenas, where nothing made after the run reuses it: making the people registry and the groups
/// of copies at the end of a 1M run (370 MB in a process of its own) raised the run's peak RSS
/// from 812 to 1,226 MB.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator's own arenas; it takes no
    // pointer and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// What besides its bytes decides what a source becomes once indexed: the extractor's version and
/// the stored document's. Part of every content hash, so that a new version re-indexes everything.
fn source_version() -> String {
    format!("{}{}", crate::extract::version(), super::DOCUMENT_VERSION)
}

fn store(
    writer: &mut ReadoutWriter<'_>,
    existing: &HashMap<String, (String, String)>,
    seen: &mut HashSet<String>,
    parsed: Parsed,
    summary: &mut IndexSummary,
) -> Result<()> {
    let Parsed { readout, hash, source, relative_path, .. } = parsed;
    if !seen.insert(readout.id.clone()) {
        summary.warnings.push(Warning::skipped(
            readout.path.clone(),
            WarningKind::DuplicateId,
            format!("another readout has the id {:?}; the first one read is kept", readout.id),
        ));
        return Ok(());
    }
    match existing.get(&readout.id) {
        Some((old, _)) if *old == hash => summary.unchanged += 1,
        Some(_) => {
            writer.delete(&readout.id);
            writer.put(&readout, &hash, &source, &relative_path)?;
            summary.updated += 1;
        }
        None => {
            writer.put(&readout, &hash, &source, &relative_path)?;
            summary.added += 1;
        }
    }
    Ok(())
}

/// Every term of a string column, by ordinal, read in one pass over its dictionary. A lookup by
/// ordinal for each readout decompressed a dictionary block each (zstd blocks since e88c004):
/// in order, each block is decompressed once.
fn column_terms(column: &tantivy::columnar::StrColumn) -> Result<Vec<String>> {
    let mut terms = Vec::with_capacity(column.num_terms());
    let mut stream = column.dictionary().stream().map_err(tantivy::TantivyError::from)?;
    while stream.advance() {
        terms.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(terms)
}

/// The id → (hash, source) of every readout in the index, from fast fields.
fn indexed_readouts(index: &Index) -> Result<HashMap<String, (String, String)>> {
    use super::schema::names;
    let searcher = index.reader.searcher();
    let mut out = HashMap::new();
    for segment in searcher.segment_readers() {
        let ff = segment.fast_fields();
        let (Some(ids), Some(hashes), Some(sources)) =
            (ff.str(names::ID)?, ff.str(names::HASH)?, ff.str(names::SOURCE)?)
        else {
            continue;
        };
        let (id_terms, hash_terms, source_terms) =
            (column_terms(&ids)?, column_terms(&hashes)?, column_terms(&sources)?);
        let text = |col: &tantivy::columnar::StrColumn, terms: &[String], doc| {
            col.term_ords(doc).next().and_then(|ord| terms.get(ord as usize)).cloned().unwrap_or_default()
        };
        for doc in segment.doc_ids_alive() {
            out.insert(
                text(&ids, &id_terms, doc),
                (text(&hashes, &hash_terms, doc), text(&sources, &source_terms, doc)),
            );
        }
    }
    Ok(out)
}
