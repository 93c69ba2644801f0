//! Golden outputs: what users and programs read from the CLI and the server, kept byte for byte
//! while the code under them is restructured. A change to one of these files is a change of
//! contract: make it on purpose, say why in the commit, and bless with `READOUTS_BLESS=1 cargo test
//! --release --test integration golden::`.

use crate::common;

use std::path::{Path, PathBuf};

use crate::common::readouts;
use crate::common::server::{send, start};

const SUBCOMMANDS: &[&str] = &[
    "index",
    "search",
    "extract",
    "show",
    "facets",
    "timeline",
    "export",
    "bench",
    "people",
    "quotes",
    "serve",
    "completions",
    "man",
];

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

/// An index of the bundled corpus built with one thread: the same segments, doc ids and scores on
/// every build (with several, the order in which threads take documents changes the last bit of
/// some scores, and with it the order of ties).
fn deterministic_index() -> &'static Path {
    static INDEX: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let out = readouts()
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(["index", "corpus", "--threads", "1", "--quiet", "--index"])
                .arg(dir.path())
                .output()
                .expect("runs");
            assert!(out.status.success(), "indexing failed: {}", String::from_utf8_lossy(&out.stderr));
            dir
        })
        .path()
}

/// Compares `actual` with the golden file, or rewrites the file when blessing. On a difference,
/// names the first differing line rather than printing megabytes.
fn check(name: &str, actual: &str) {
    let path = golden(name);
    if std::env::var_os("READOUTS_BLESS").is_some() {
        std::fs::write(&path, actual).expect("writes the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if expected == actual {
        return;
    }
    // The whole output, to diff by hand.
    let actual_path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&actual_path, actual).expect("writes the actual output");
    let line = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
    let (want, got) = match line {
        Some(i) => (expected.lines().nth(i).unwrap_or(""), actual.lines().nth(i).unwrap_or("")),
        None => ("(line count differs)", ""),
    };
    let cut = |s: &str| s.chars().take(600).collect::<String>();
    panic!(
        "{name} changed at line {} (whole output: {}):\n  golden: {}\n  now:    {}\n(bless on purpose: READOUTS_BLESS=1)",
        line.map_or(0, |i| i + 1),
        actual_path.display(),
        cut(want),
        cut(got)
    );
}

/// Each statement as one line of speaker, kind, range, the start of its text and a hash of the
/// whole text: statements repeat most of the corpus's text, which would make the golden file
/// five times as large, and a change anywhere in a text still changes its hash.
fn statements_in_short(text: &str) -> String {
    let mut out = String::with_capacity(text.len() / 3);
    for line in text.lines() {
        let mut value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        if let Some(statements) = value.get_mut("statements").and_then(|s| s.as_array_mut()) {
            for statement in statements.iter_mut() {
                let field = |name: &str| statement[name].as_str().unwrap_or_default().to_string();
                let text = field("text");
                let start: String = text.chars().take(40).collect();
                let hash = blake3::hash(text.as_bytes()).to_hex();
                *statement = serde_json::Value::String(format!(
                    "{} | {} | {}-{} | {start}… #{}",
                    field("speaker"),
                    field("kind"),
                    statement["range"][0],
                    statement["range"][1],
                    &hash[..8]
                ));
            }
        }
        out.push_str(&serde_json::to_string(&value).unwrap());
        out.push('\n');
    }
    out
}

/// Replaces what depends on the machine: the checkout's path and the time a query took.
fn normalise(text: &str) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = text.replace(root, "$ROOT");
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(mut value) => {
                if let Some(map) = value.as_object_mut() {
                    map.remove("took_ms");
                }
                out.push_str(&serde_json::to_string(&value).unwrap());
            }
            Err(_) => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[test]
fn help_texts_are_unchanged() {
    let mut all = String::new();
    let mut show = |args: &[&str]| {
        let out = readouts().args(args).arg("--help").output().expect("runs");
        assert!(out.status.success(), "{args:?} --help");
        all.push_str(&format!("==> readouts {} --help\n", args.join(" ")));
        all.push_str(&String::from_utf8_lossy(&out.stdout));
    };
    show(&[]);
    for sub in SUBCOMMANDS {
        show(&[sub]);
    }
    check("help.txt", &all);
}

#[test]
fn extract_json_over_the_corpus_is_unchanged() {
    let out = readouts()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["extract", "--json", "corpus"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    check("extract.jsonl", &normalise(&statements_in_short(&String::from_utf8_lossy(&out.stdout))));
}

#[test]
fn search_json_for_the_bench_and_judged_queries_is_unchanged() {
    let queries = std::fs::read_to_string(golden("queries.txt")).expect("reads the queries");
    let mut all = String::new();
    for query in queries.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let out =
            readouts().args(["search", "--json", query, "--index"]).arg(deterministic_index()).output().expect("runs");
        assert!(out.status.success(), "{query}: {}", String::from_utf8_lossy(&out.stderr));
        all.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    // The filters and options of the CLI, once each.
    for args in [
        &["Lavrov", "--country", "RU", "--since", "2022", "--limit", "3"][..],
        &["climate", "--speaker", "John Kerry", "--sort", "newest", "--fragments", "1"],
        &["peace agreement", "--speaker-country", "AM", "--until", "2023-06", "--all-copies"],
        &["title:ceasefire", "--exact", "--offset", "5", "--limit", "5"],
    ] {
        let out = readouts().arg("search").args(args).arg("--json").arg("--index").arg(deterministic_index()).output();
        let out = out.expect("runs");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        all.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    check("search.jsonl", &normalise(&all));
}

#[test]
fn server_error_bodies_are_unchanged() {
    let server = start(None);
    let mut all = String::new();
    for path in [
        "/search?q=title:(",
        "/search?limit=10000000",
        "/search?offset=-1",
        "/search?since=2023-13-45",
        "/search?until=yesterday",
        "/search?sort=sideways",
        "/search?q=%FF%FE",
        "/search?q=%22unclosed",
        "/search?country=Atlantis",
        "/search?speaker_country=Narnia",
        "/search?passages=x",
        "/search?limit=abc",
        "/search?fragments=x",
        "/search?all_copies=perhaps",
        "/search?sort=newest&sort=sideways",
        "/people?limit=-1",
        "/facets?field=weather",
        "/facets?field=speaker&limit=-3",
        "/timeline?by=decade",
        "/readouts/..%2F..%2Fetc%2Fpasswd",
        "/readouts/no-such-id",
        "/no/such/endpoint",
    ] {
        let (status, body) = common::server::get(&server, path);
        // Only the errors are kept: an answer holds the time it took.
        let body = if status == 200 { "(an answer)".to_string() } else { body.to_string() };
        all.push_str(&format!("GET {path} -> {status} {body}\n"));
    }
    for (method, path, body) in
        [("POST", "/readouts", r#"{"id":"x","title":"t"}"#), ("DELETE", "/readouts/x", ""), ("PUT", "/search", "")]
    {
        let (status, answer) = send(&server, method, path, Some("anything"), body);
        all.push_str(&format!("{method} {path} -> {status} {answer}\n"));
    }
    let writable = start(Some("s3cret"));
    for (method, path, token, body) in [
        ("POST", "/readouts", Some("wrong"), r#"{"id":"x","title":"t"}"#),
        ("POST", "/readouts", None, r#"{"id":"x","title":"t"}"#),
        ("POST", "/readouts", Some("s3cret"), "{not json"),
        ("POST", "/readouts", Some("s3cret"), r#"{"title":"no id"}"#),
        ("POST", "/readouts", Some("s3cret"), r#"{"id":"x","title":"t","date":"2023-02-30"}"#),
        ("POST", "/readouts", Some("s3cret"), r#"{"id":"x","title":"t","countries":["Atlantis"]}"#),
        ("DELETE", "/readouts/no-such-id", Some("s3cret"), ""),
    ] {
        let (status, answer) = send(&writable, method, path, token, body);
        all.push_str(&format!("{method} {path} {body} (token {token:?}) -> {status} {answer}\n"));
    }
    check("server_errors.txt", &all);
}
