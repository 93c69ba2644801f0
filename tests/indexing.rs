//! `readouts index` and `readouts extract` on real files: incremental runs, atomic rebuilds, locks,
//! bad input.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{corpus, fixture, readouts, texts};
use serde_json::Value;

fn index(paths: &[&Path], dir: &Path) -> (bool, String, String) {
    let out = readouts().arg("index").args(paths).arg("--index").arg(dir).output().unwrap();
    let (o, e) = texts(&out);
    (out.status.success(), o, e)
}

/// A `docs` directory under `tmp` holding copies of the files of these fixture sets.
fn copy_fixtures(tmp: &Path, sets: &[&str]) -> PathBuf {
    let docs = tmp.join("docs");
    fs::create_dir(&docs).unwrap();
    for set in sets {
        for entry in fs::read_dir(fixture(set)).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), docs.join(entry.file_name())).unwrap();
        }
    }
    docs
}

/// Matches of a query, words matched exactly (these tests count documents, not typos).
/// Readouts matching `query`, every copy of a text counted.
fn total(dir: &Path, query: &str) -> u64 {
    let out =
        readouts().args(["search", query, "--exact", "--all-copies", "--json", "--index"]).arg(dir).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["total"].as_u64().unwrap()
}

#[test]
fn incremental_runs_add_update_delete_and_skip() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = copy_fixtures(tmp.path(), &["good"]);
    let dir = tmp.path().join("index");
    let (ok, out, _) = index(&[&docs], &dir);
    assert!(ok);
    assert!(out.starts_with("3 added, 0 updated, 0 deleted, 0 unchanged, 0 skipped"), "{out}");

    // Edit one, add one, remove one.
    let seed = docs.join("2023-11-28-blinken-discusses-armenia-azerbaijan-normalization.txt");
    let text = fs::read_to_string(&seed).unwrap();
    fs::write(&seed, text.replace("Central Asia", "Central Asia and Zanzibarland")).unwrap();
    fs::write(docs.join("new.txt"), "date 2024-02-02\ntitle A new readout\n\nThe Secretary spoke with Japanese Foreign Minister Kamikawa about quokkas.\n").unwrap();
    fs::remove_file(docs.join("2021-01-23-readout-of-president-joe-biden-call-with-president-andres-manuel.txt"))
        .unwrap();
    let (ok, out, _) = index(&[&docs], &dir);
    assert!(ok);
    assert!(out.starts_with("1 added, 1 updated, 1 deleted, 1 unchanged, 0 skipped"), "{out}");
    assert_eq!(total(&dir, "Zanzibarland"), 1);
    assert_eq!(total(&dir, "quokkas"), 1);
    assert_eq!(total(&dir, "López Obrador"), 0);
    assert_eq!(total(&dir, ""), 3);

    // Nothing changed: nothing to do.
    let (ok, out, _) = index(&[&docs], &dir);
    assert!(ok);
    assert!(out.starts_with("0 added, 0 updated, 0 deleted, 3 unchanged"), "{out}");
}

#[test]
fn bad_input_warns_per_file_and_indexes_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = copy_fixtures(tmp.path(), &["bad", "good"]);
    // A 50 MB file, made here rather than kept in the repository.
    let big = "date 2023-01-01\ntitle Big\n\n".to_string() + &"word ".repeat(10_000_000);
    fs::write(docs.join("huge.txt"), big).unwrap();
    // HTML nested 100,000 deep, which the parser alone would take hours over.
    let deep = format!(
        "<html><head><meta property=\"article:published_time\" content=\"2023-02-03\"></head><body>{}Secretary \
         Blinken met Zzzdeep officials.{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    fs::write(docs.join("deep.html"), deep).unwrap();
    // A directory linking to itself.
    std::os::unix::fs::symlink(&docs, docs.join("loop")).unwrap();
    let dir = tmp.path().join("index");
    let (ok, out, err) = index(&[&docs], &dir);
    assert!(ok, "exit 0 when something was indexed: {err}");
    for (file, reason) in [
        ("binary.txt", "binary"),
        ("nul-bytes.txt", "binary"),
        ("empty.txt", "no title and no text"),
        ("invalid-utf8.txt", "invalid UTF-8"),
        ("no-date.txt", "no date"),
        ("bad-date.txt", "bad date"),
        ("records.jsonl:2", "not a JSON readout"),
        ("records.jsonl:4", "not a JSON readout"),
        ("huge.txt", "too large"),
        ("deep.html", "nested 100002 deep"),
        ("scripts-only.html", "no title and no text"),
        ("loop", "symbolic link loop"),
    ] {
        let lines: Vec<&str> = err.lines().filter(|l| l.contains(&format!("/{file}"))).collect();
        assert_eq!(lines.len(), 1, "one warning for {file}: {err}");
        assert!(lines[0].contains(reason), "{file}: {}", lines[0]);
    }
    // 3 good files, invalid-utf8, malformed, no-date, bad-date, deep, and two good records.
    assert!(out.starts_with("10 added"), "{out}");
    assert_eq!(total(&dir, "Zzzdeep"), 1, "the text of deep HTML is read");
    assert_eq!(total(&dir, "Zzz OR Brazil OR Chile"), 2);
    assert_eq!(total(&dir, "Lavrov"), 1, "malformed HTML is still read");
    assert_eq!(total(&dir, "Paris"), 1, "invalid UTF-8 is decoded lossily");
}

#[test]
fn nothing_indexable_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("empty.txt"), "").unwrap();
    let (ok, _, err) = index(&[tmp.path()], &tmp.path().join("index"));
    assert!(!ok);
    assert!(err.contains("empty.txt"), "{err}");
}

#[test]
fn a_second_writer_is_told_the_index_is_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("index");
    assert!(index(&[&fixture("good")], &dir).0);
    let lock = fs::OpenOptions::new().write(true).open(dir.join("writer.lock")).unwrap();
    lock.try_lock().expect("the test takes the lock");
    let out = readouts().arg("index").arg(fixture("good")).arg("--index").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(texts(&out).1.contains("locked"), "{}", texts(&out).1);
    assert!(texts(&out).1.contains("writer.lock"), "names the lock: {}", texts(&out).1);
    // Searches go on while it is held.
    assert_eq!(total(&dir, ""), 3);
}

/// Starts `readouts index ARGS --index DIR`, kills it (SIGKILL) after `delay_ms`, and tells whether
/// it had finished by then.
/// An embedder's writer takes the directory's writer lock, as the CLI and the server do. Before, a
/// write made through `Index::writer()` while `readouts index --rebuild` ran was committed into the
/// generation the rebuild then replaced, and was gone.
#[test]
fn a_library_writer_never_writes_into_a_generation_a_rebuild_replaces() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = copy_fixtures(tmp.path(), &["good"]);
    let dir = tmp.path().join("index");
    assert!(index(&[&docs], &dir).0);
    let opened_before = readouts::Index::open(&dir).unwrap();
    {
        // What a running rebuild holds.
        let _rebuild = readouts::index::WriterLock::acquire(&dir).unwrap();
        assert!(matches!(opened_before.writer(), Err(readouts::Error::Locked(_))));
    }
    let out = readouts().arg("index").arg(&docs).arg("--index").arg(&dir).arg("--rebuild").output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    assert!(matches!(opened_before.writer(), Err(readouts::Error::Rebuilt(_))));
    let reopened = readouts::Index::open(&dir).unwrap();
    let mut writer = reopened.writer().unwrap();
    let posted = readouts::Readout {
        id: "posted".into(),
        title: "Posted".into(),
        body: "A readout posted by an embedder.".into(),
        ..Default::default()
    };
    writer.add(&posted).unwrap();
    writer.commit().unwrap();
    drop(writer);
    assert_eq!(readouts::Index::open(&dir).unwrap().get("posted").unwrap().title, "Posted");
    // The lock went with the writer: the CLI can write again.
    assert!(index(&[&docs], &dir).0);
}

fn kill_after(dir: &Path, args: &[&std::ffi::OsStr], delay_ms: u64) -> bool {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("readouts"))
        .arg("index")
        .args(args)
        .arg("--index")
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(delay_ms));
    let finished = child.try_wait().unwrap().is_some();
    child.kill().unwrap();
    child.wait().unwrap();
    finished
}

fn generations(dir: &Path) -> usize {
    fs::read_dir(dir).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("gen-")).count()
}

#[test]
fn a_killed_rebuild_leaves_the_old_index_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("index");
    assert!(index(&[&fixture("good")], &dir).0);
    assert_eq!(total(&dir, ""), 3);
    let corpus = corpus();
    // 21 moments from the start of the run to past its end (a rebuild of the corpus takes ~2.5 s).
    for step in 0..=20u64 {
        let delay_ms = step * 150;
        kill_after(&dir, &[corpus.as_os_str(), std::ffi::OsStr::new("--rebuild")], delay_ms);
        let n = total(&dir, "");
        assert!(n == 3 || n == 5093, "killed after {delay_ms} ms: {n} readouts, neither the old index nor the new");
        assert!(generations(&dir) <= 2, "killed after {delay_ms} ms: stray generations pile up");
    }
    // The next run completes and clears what the killed ones left.
    let (ok, out, _) = index(&[&fixture("good")], &dir);
    assert!(ok, "{out}");
    assert_eq!(generations(&dir), 1, "no stray generations are left");
}

#[test]
fn a_killed_incremental_run_leaves_the_old_or_the_new_state() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("index");
    // The three fixtures are corpus readouts too (same ids): the new state holds the corpus alone.
    assert!(index(&[&fixture("good")], &dir).0);
    let corpus = corpus();
    for step in 0..=10u64 {
        let delay_ms = step * 250;
        kill_after(&dir, &[corpus.as_os_str()], delay_ms);
        let n = total(&dir, "");
        assert!(n == 3 || n == 5093, "killed after {delay_ms} ms: {n} readouts, a partial state");
    }
    let (ok, out, _) = index(&[corpus.as_path()], &dir);
    assert!(ok, "{out}");
    assert_eq!(total(&dir, ""), 5093, "the next run completes");
}

#[test]
fn extract_prints_one_json_line_per_readout() {
    let out = readouts().args(["extract", "--json"]).arg(fixture("good")).output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        let mut keys: Vec<&str> = line.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["countries", "date", "id", "path", "speakers", "statements", "title", "url"]);
    }
    let seed = lines.iter().find(|l| l["id"].as_str().unwrap().contains("normalization")).unwrap();
    assert_eq!(seed["date"], "2023-11-28");
    // Who said what: each statement with its speaker, kind, text and character range.
    let statements = seed["statements"].as_array().unwrap();
    assert!(!statements.is_empty());
    for s in statements {
        let mut keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["kind", "range", "speaker", "text"]);
        assert!(["direct", "reported"].contains(&s["kind"].as_str().unwrap()), "{s}");
    }
    let codes: Vec<&str> = seed["countries"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["AM", "AZ", "US", "TR"]);
    let html = lines.iter().find(|l| l["path"].as_str().unwrap().ends_with(".html")).unwrap();
    assert_eq!(html["id"], "https://www.state.gov/secretary-blinkens-calls-with-israeli-foreign-minister-ashkenazi/");
}

#[test]
fn export_round_trips_through_index() {
    let tmp = tempfile::tempdir().unwrap();
    let first = tmp.path().join("first");
    assert!(index(&[&fixture("good")], &first).0);
    let export = tmp.path().join("export.ndjson");
    let out = readouts().args(["export", "--index"]).arg(&first).arg("--output").arg(&export).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let second = tmp.path().join("second");
    assert!(index(&[&export], &second).0);
    let dump = |dir: &Path| -> Vec<Value> {
        let out = readouts().args(["export", "--index"]).arg(dir).output().unwrap();
        let mut records: Vec<Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let mut v: Value = serde_json::from_str(l).unwrap();
                // Where a readout was read from differs by design; everything else must not.
                v.as_object_mut().unwrap().remove("path");
                v
            })
            .collect();
        records.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        records
    };
    let (a, b) = (dump(&first), dump(&second));
    assert_eq!(a.len(), 3);
    assert_eq!(a, b, "nothing is lost through export and re-index");
}

#[test]
fn bench_reports_latency_percentiles() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("index");
    assert!(index(&[&fixture("good")], &dir).0);
    let queries = tmp.path().join("queries.txt");
    fs::write(&queries, "# a comment\npeace\nBlinken AND Aliyev\n\"peace agreement\"\n").unwrap();
    let out = readouts()
        .args(["bench", "--repeat", "2", "--json", "--index"])
        .arg(&dir)
        .arg("--queries")
        .arg(&queries)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["queries"], 3);
    assert_eq!(v["samples"], 6);
    for key in ["p50_ms", "p95_ms", "p99_ms", "mean_ms"] {
        assert!(v[key].as_f64().unwrap() > 0.0, "{key}");
    }
}

/// The directory of the index's current generation.
fn current_generation_dir(dir: &Path) -> PathBuf {
    dir.join(fs::read_to_string(dir.join("CURRENT")).unwrap().trim())
}

/// The files with `extension` of the index's current generation, one a segment (`store`, `fast`).
fn segment_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    fs::read_dir(current_generation_dir(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect()
}

/// The `.store` files of the index's current generation, one a segment.
fn store_files(dir: &Path) -> Vec<PathBuf> {
    segment_files(dir, "store")
}

/// The answer of `readouts ARGS --json` on the index in `dir`, less its timing.
fn json_answer(dir: &Path, args: &[&str]) -> Value {
    let out = readouts().args(args).args(["--json", "--index"]).arg(dir).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", texts(&out).1);
    let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
    if let Some(object) = v.as_object_mut() {
        object.remove("took_ms");
    }
    v
}

/// A `docs` directory under `tmp` holding one new readout, a call with Pashinyan whose body is `body`.
fn new_call(tmp: &Path, body: &str) -> PathBuf {
    let docs = tmp.join("docs");
    fs::create_dir(&docs).unwrap();
    let title = "date 2026-11-30\ntitle Secretary's Call with Prime Minister Pashinyan";
    fs::write(docs.join("call.txt"), format!("{title}\n\n{body}")).unwrap();
    docs
}

/// The segments of the index's current generation.
fn segments(dir: &Path) -> usize {
    store_files(dir).len()
}

#[test]
fn a_fresh_small_index_is_one_segment_and_updates_add_theirs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("index");
    // Two indexing threads write a segment each; the fresh index is merged into one.
    let out =
        readouts().args(["index", "--threads", "2", "--quiet", "--index"]).arg(&dir).arg(corpus()).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    assert_eq!(segments(&dir), 1);
    let before = total(&dir, "Pashinyan");
    // An incremental run adds its own segment (merging a large index on every update would
    // rewrite it each time).
    let docs = new_call(tmp.path(), "The Secretary spoke with Prime Minister Pashinyan of Armenia.");
    let (ok, _, err) = index(&[&docs], &dir);
    assert!(ok, "{err}");
    assert_eq!(segments(&dir), 2);
    assert_eq!(total(&dir, "Pashinyan"), before + 1);
}

/// The bytes and the file (its inode: a kept value is written to a new file renamed over the old)
/// of a kept value (`people`, `copies`) of the current generation.
fn kept_file(dir: &Path, name: &str) -> (Vec<u8>, u64) {
    use std::os::unix::fs::MetadataExt;
    let path = current_generation_dir(dir).join(format!("{name}.kept"));
    let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (bytes, fs::metadata(&path).unwrap().ino())
}

#[test]
fn an_indexing_run_keeps_what_searches_derive_and_the_first_search_reads_it() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = copy_fixtures(tmp.path(), &["good"]);
    let dir = tmp.path().join("index");
    let (ok, _, err) = index(&[&docs], &dir);
    assert!(ok, "{err}");
    let made = ["people", "copies"].map(|name| kept_file(&dir, name));
    // Neither a search (people and copies) nor a speaker filter rewrites them: they were read.
    for args in [&["search", "Pashinyan"][..], &["search", "call", "--speaker", "Blinken"][..]] {
        let out = readouts().args(args).arg("--index").arg(&dir).output().unwrap();
        assert!(out.status.success(), "{}", texts(&out).1);
    }
    assert_eq!(["people", "copies"].map(|name| kept_file(&dir, name)), made, "kept values made again by a search");
    // An incremental run keeps them for the segments it leaves.
    fs::write(
        docs.join("call.txt"),
        "date 2026-11-30\ntitle Secretary's Call with Prime Minister Pashinyan\n\nSecretary Blinken spoke with Prime Minister Pashinyan of Armenia.",
    )
    .unwrap();
    let (ok, _, err) = index(&[&docs], &dir);
    assert!(ok, "{err}");
    let remade = ["people", "copies"].map(|name| kept_file(&dir, name));
    for ((before, _), (after, _)) in made.iter().zip(&remade) {
        assert_ne!(before, after, "a kept value still names the segments before the update");
    }
    let out = readouts().args(["search", "Pashinyan", "--index"]).arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    assert_eq!(["people", "copies"].map(|name| kept_file(&dir, name)), remade);
}

/// Bytes of the stored readouts (`.store` files) of the index's current generation, and its
/// settings (meta.json).
fn store_bytes_and_meta(dir: &Path) -> (u64, String) {
    let store = store_files(dir).iter().map(|p| fs::metadata(p).unwrap().len()).sum();
    (store, fs::read_to_string(current_generation_dir(dir).join("meta.json")).unwrap())
}

#[test]
fn a_zstd_index_is_smaller_answers_alike_and_keeps_its_compression() {
    let tmp = tempfile::tempdir().unwrap();
    let (zstd, lz4) = (tmp.path().join("zstd"), tmp.path().join("lz4"));
    // One thread each: the same doc ids, so that ties (copies of one text) break alike.
    for (dir, compression) in [(&zstd, "zstd"), (&lz4, "lz4")] {
        let out = readouts()
            .args(["index", "--quiet", "--threads", "1", "--compression", compression, "--index"])
            .arg(dir)
            .arg(corpus())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", texts(&out).1);
    }
    let lz4 = lz4.as_path();
    let (zstd_store, zstd_meta) = store_bytes_and_meta(&zstd);
    let (lz4_store, lz4_meta) = store_bytes_and_meta(lz4);
    assert!(zstd_meta.contains("zstd") && lz4_meta.contains("lz4"), "{zstd_meta}");
    // 7.2 against 10.6 MB when written.
    assert!(zstd_store * 10 < lz4_store * 8, "zstd {zstd_store} bytes, lz4 {lz4_store}");
    // The same readouts come back, statements and all, and searches answer alike.
    let export = |dir: &Path| -> Vec<Value> {
        let out = readouts().args(["export", "--index"]).arg(dir).output().unwrap();
        assert!(out.status.success(), "{}", texts(&out).1);
        let mut records: Vec<Value> =
            String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        records.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        records
    };
    assert_eq!(export(&zstd), export(lz4));
    for args in [&["search", "peace agreement"][..], &["quotes", "Lavrov"]] {
        assert_eq!(json_answer(&zstd, args), json_answer(lz4, args), "{args:?}");
    }
    // An existing index keeps its compression: asking an update for another is a usage error …
    let out =
        readouts().args(["index", "--compression", "lz4", "--index"]).arg(&zstd).arg(fixture("good")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(texts(&out).1.contains("--rebuild"), "{}", texts(&out).1);
    // … and a rebuild without --compression keeps the one it replaces.
    let out = readouts().args(["index", "--rebuild", "--index"]).arg(&zstd).arg(fixture("good")).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    assert!(store_bytes_and_meta(&zstd).1.contains("zstd"));
    assert_eq!(total(&zstd, "Pashinyan"), 1);
}

#[test]
fn an_index_whose_segments_another_tantivy_program_merged_answers_alike() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("index");
    let out =
        readouts().args(["index", "--quiet", "--threads", "1", "--index"]).arg(&dir).arg(corpus()).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let docs = new_call(
        tmp.path(),
        "Secretary Blinken spoke with Prime Minister Pashinyan of Armenia about the peace agreement.",
    );
    let (ok, _, err) = index(&[&docs], &dir);
    assert!(ok, "{err}");
    assert_eq!(segments(&dir), 2);
    let total_and_facets = |v: &Value| (v["total"].clone(), v["facets"].clone(), v["hits"][0]["id"].clone());
    let questions: [&[&str]; 3] = [
        &["search", "peace agreement"],
        &["search", "Pashinyan", "--speaker", "Blinken"],
        &["facets", "--field", "speaker"],
    ];
    let before: Vec<Value> = questions.iter().map(|q| json_answer(&dir, q)).collect();
    // Merged by tantivy's own writer, as tantivy-cli would merge it. tantivy on its defaults writes
    // column dictionaries in zstd blocks, which a build without its "columnar-zstd-compression"
    // could not read (a panic in tantivy-sstable, session 28). This writer has the package's
    // features: the zstd blocks it must leave are what fails here if that feature goes.
    let generation = current_generation_dir(&dir);
    let merged = tantivy::Index::open_in_dir(&generation).unwrap();
    let mut writer: tantivy::IndexWriter<tantivy::TantivyDocument> =
        merged.writer_with_num_threads(1, 50_000_000).unwrap();
    let ids = merged.searchable_segment_ids().unwrap();
    writer.merge(&ids).wait().unwrap();
    writer.wait_merging_threads().unwrap();
    assert_eq!(segments(&dir), 1);
    let columns: Vec<u8> = segment_files(&dir, "fast").into_iter().flat_map(|p| fs::read(p).unwrap()).collect();
    assert!(columns.windows(4).any(|w| w == [0x28, 0xB5, 0x2F, 0xFD]), "no zstd block in the merged columns");
    for (question, before) in questions.iter().zip(&before) {
        let after = json_answer(&dir, question);
        if question[0] == "facets" {
            assert_eq!(&after, before, "{question:?}");
        } else {
            assert_eq!(total_and_facets(&after), total_and_facets(before), "{question:?}");
        }
    }
}
