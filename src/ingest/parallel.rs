//! The ordered parallel reader: files parsed on every core, results handed on in file order.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crossbeam_channel::bounded;

use super::file::{read_file_with, relative_id};
use super::jsonl::{FileOfLines, JsonLines};
use super::{Batch, Format, Reading, WarningKind};

/// Lines of a JSONL file parsed together by one worker: enough to amortise the hand-over, few
/// enough to keep memory bounded and both cores busy.
pub(super) const JSONL_BATCH: usize = 256;

/// One piece of work for the readers: a whole file, or a batch of a JSONL file's lines.
enum Work<'a> {
    File(&'a Path, &'a Path),
    Lines {
        batch: Vec<(usize, Vec<u8>)>,
        file: Arc<JsonlFile>,
        last: bool,
    },
    /// A batch the producer made itself (a JSONL file that could not be opened, a read error):
    /// only handed on, in its place in the order.
    Ready(Batch),
}

/// What the lines of one JSONL file share, owned.
struct JsonlFile {
    location: String,
    source: String,
    id_base: String,
}

/// Reads `files` (each with the directory it was found under) on [`Reading::threads`] worker
/// threads, skipping text and HTML files the index holds unchanged; runs `prepare` on each batch on
/// the worker that read it (the indexer fills in facets there, the expensive part); and hands the
/// batches to `consume` in file order, so that runs are deterministic (the first of two readouts
/// with one id is always the same). A JSONL file is streamed: its lines are parsed in batches by
/// all the workers, so one big file is read in parallel and never held in memory whole.
/// [`Batch::ends_file`] tells which batch ends a file. A panic while reading or preparing a file
/// becomes a warning about that file. Stops at the first error of `consume`.
pub fn read_files(
    files: &[(PathBuf, PathBuf)],
    reading: &Reading<'_>,
    prepare: impl Fn(&mut Batch) + Sync,
    mut consume: impl FnMut(Batch) -> crate::Result<()>,
) -> crate::Result<()> {
    let threads = match reading.threads {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    let (work_tx, work_rx) = bounded::<(usize, Work<'_>)>(threads * 4);
    let (done_tx, done_rx) = bounded::<(usize, Batch)>(threads * 8);
    std::thread::scope(|scope| {
        // The producer: files in order, JSONL files cut into batches of lines. It stops when every
        // worker is gone (their receivers dropped).
        scope.spawn(move || produce(files, &work_tx));
        for _ in 0..threads {
            let (work_rx, done_tx, prepare) = (work_rx.clone(), done_tx.clone(), &prepare);
            scope.spawn(move || {
                for (seq, work) in work_rx {
                    let batch = match work {
                        // Made by the producer: only handed on, in its place in the order.
                        Work::Ready(batch) => batch,
                        Work::File(path, root) => guarded(
                            || path.display().to_string(),
                            true,
                            || {
                                let mut batch = Batch { ends_file: true, ..read_file_with(path, root, reading) };
                                prepare(&mut batch);
                                batch
                            },
                        ),
                        Work::Lines { batch: lines, file, last } => guarded(
                            || file.location.clone(),
                            last,
                            || {
                                let mut batch = Batch { ends_file: last, ..Batch::default() };
                                let of_lines = FileOfLines {
                                    location: &file.location,
                                    source: &file.source,
                                    id_base: &file.id_base,
                                    version: reading.version,
                                };
                                for (number, line) in &lines {
                                    of_lines.parse_line(line, *number, &mut batch);
                                }
                                prepare(&mut batch);
                                batch
                            },
                        ),
                    };
                    // Results no longer wanted: stop, which in the end stops the producer.
                    if done_tx.send((seq, batch)).is_err() {
                        break;
                    }
                }
            });
        }
        drop((work_rx, done_tx));
        let mut pending: BTreeMap<usize, Batch> = BTreeMap::new();
        let mut want = 0;
        for (seq, batch) in done_rx {
            pending.insert(seq, batch);
            while let Some(batch) = pending.remove(&want) {
                consume(batch)?;
                want += 1;
            }
        }
        Ok(())
    })
}

/// Runs `read`, which reads (part of) the file `location` names; a panic (a bug in parsing or
/// extraction) becomes a skip of that file instead of a crash of the whole run.
fn guarded(location: impl FnOnce() -> String, ends_file: bool, read: impl FnOnce() -> Batch) -> Batch {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let reason = format!("internal error while reading ({what}); please report it");
        Batch { ends_file, ..Batch::skip(location(), WarningKind::InternalError, reason) }
    })
}

/// Sends the work for `files` in order, numbered; returns when done or when nobody receives.
fn produce<'a>(files: &'a [(PathBuf, PathBuf)], work_tx: &crossbeam_channel::Sender<(usize, Work<'a>)>) {
    let mut seq = 0;
    let mut send = |work| {
        let sent = work_tx.send((seq, work)).is_ok();
        seq += 1;
        sent
    };
    for (path, root) in files {
        if Format::of(path) != Some(Format::Jsonl) {
            if !send(Work::File(path, root)) {
                return;
            }
            continue;
        }
        let location = path.display().to_string();
        match fs::metadata(path) {
            Ok(meta) if !meta.is_file() => {
                if !send(Work::Ready(Batch::not_a_file(location, &meta))) {
                    return;
                }
                continue;
            }
            _ => {}
        }
        let file = match fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                if !send(Work::Ready(Batch::skip(location, WarningKind::Unreadable, format!("cannot read: {e}")))) {
                    return;
                }
                continue;
            }
        };
        let shared = Arc::new(JsonlFile {
            source: fs::canonicalize(path).unwrap_or_else(|_| path.clone()).display().to_string(),
            id_base: relative_id(path, root),
            location: location.clone(),
        });
        let mut lines = JsonLines::new(file, &location);
        let mut warnings = Vec::new();
        loop {
            let mut batch = Vec::with_capacity(JSONL_BATCH);
            while batch.len() < JSONL_BATCH {
                match lines.next_line(&mut warnings) {
                    Some(line) => batch.push((lines.number, line)),
                    None => break,
                }
            }
            let last = batch.len() < JSONL_BATCH;
            if !warnings.is_empty() {
                let ready = Batch { warnings: std::mem::take(&mut warnings), ..Batch::default() };
                if !send(Work::Ready(ready)) {
                    return;
                }
            }
            if !send(Work::Lines { batch, file: shared.clone(), last }) {
                return;
            }
            if last {
                break;
            }
        }
    }
}
