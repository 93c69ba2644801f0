//! `readouts serve` over HTTP on a free loopback port: every endpoint, the bad requests, the token.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::server::{Server, get, raw, read_some, send, start, start_with};
use crate::common::{fixture, readouts};
use serde_json::Value;

#[test]
fn reads_answer_like_the_cli() {
    let server = start(None);
    let (status, health) = get(&server, "/health");
    assert_eq!(status, 200);
    assert_eq!(health["readouts"], 3);
    let (status, v) = get(&server, "/search?q=peace+agreement&country=AM&country=AZ&limit=5");
    assert_eq!(status, 200);
    assert_eq!(v["total"], 1);
    assert!(v["hits"][0]["snippet"].as_str().unwrap().contains("<mark>"));
    let id = v["hits"][0]["id"].as_str().unwrap().to_string();
    // A misspelt speaker filter that matched nothing says whom it may mean.
    let (status, v) = get(&server, "/search?speaker=Blinkn");
    assert_eq!((status, &v["total"]), (200, &serde_json::json!(0)));
    assert_eq!(v["did_you_mean"][0]["name"], "Antony Blinken", "{v}");
    let (status, readout) = get(&server, &format!("/readouts/{id}"));
    assert_eq!(status, 200);
    assert_eq!(readout["id"], id.as_str());
    let url_id = "https://www.state.gov/secretary-blinkens-calls-with-israeli-foreign-minister-ashkenazi/";
    let (status, readout) = get(&server, &format!("/readouts/{url_id}"));
    assert_eq!(status, 200, "ids with slashes: {readout}");
    let (status, facets) = get(&server, "/facets?field=country&limit=2");
    assert_eq!(status, 200);
    assert_eq!(facets.as_array().unwrap().len(), 2);
    let (status, timeline) = get(&server, "/timeline?q=&by=year");
    assert_eq!(status, 200);
    assert_eq!(timeline["total"], 3);
    let (status, spec) = get(&server, "/openapi.json");
    assert_eq!(status, 200);
    assert!(spec["paths"]["/search"].is_object());
    // The documented defaults and caps are the library's, which the server and the CLI use.
    let parameter = |name: &str| {
        spec["paths"]["/search"]["get"]["parameters"].as_array().unwrap().iter().find(|p| p["name"] == name).unwrap()
            ["schema"]
            .clone()
    };
    assert_eq!(parameter("limit")["maximum"], readouts::search::MAX_LIMIT);
    assert_eq!(parameter("limit")["default"], readouts::search::DEFAULT_LIMIT);
    assert_eq!(parameter("fragments")["maximum"], readouts::search::MAX_FRAGMENTS);
    assert_eq!(parameter("fragments")["default"], readouts::search::DEFAULT_FRAGMENTS);
}

#[test]
fn bad_requests_get_4xx_with_a_reason() {
    let server = start(None);
    for (path, status) in [
        ("/search?q=title:(", 400),
        ("/search?limit=10000000", 400),
        ("/search?offset=-1", 400),
        ("/search?since=2023-13-45", 400),
        ("/search?sort=sideways", 400),
        ("/search?q=%FF%FE", 400),
        ("/search?q=%22unclosed", 400),
        ("/search?country=Atlantis", 400),
        ("/facets?field=weather", 400),
        ("/readouts/..%2F..%2Fetc%2Fpasswd", 404),
        ("/readouts/no-such-id", 404),
        ("/no/such/endpoint", 404),
    ] {
        let (got, body) = get(&server, path);
        assert_eq!(got, status, "{path}: {body}");
        assert!(body["error"].is_string(), "{path}: {body}");
    }
    // Still up.
    assert_eq!(get(&server, "/health").0, 200);
}

#[test]
fn writes_need_the_token_and_commit_before_replying() {
    let server = start(Some("s3cret"));
    let readout = r#"{"id":"mem-1","title":"Quokka talks","body":"Secretary Blinken spoke with Japanese Foreign Minister Kamikawa about quokkas.","date":"2024-02-02"}"#;
    assert_eq!(send(&server, "POST", "/readouts", None, readout).0, 401);
    assert_eq!(send(&server, "POST", "/readouts", Some("wrong"), readout).0, 401);
    let (status, body) = send(&server, "POST", "/readouts", Some("s3cret"), readout);
    assert_eq!(status, 200, "{body}");
    let (_, v) = get(&server, "/search?q=quokkas");
    assert_eq!(v["total"], 1, "visible as soon as the POST returns");
    assert_eq!(v["hits"][0]["countries"][0]["code"], "JP", "facets are extracted");
    // NDJSON and arrays.
    let ndjson = "{\"id\":\"mem-2\",\"title\":\"A\",\"body\":\"quokkas again\"}\n{\"id\":\"mem-3\",\"title\":\"B\",\"body\":\"quokkas thrice\"}\n";
    assert_eq!(send(&server, "POST", "/readouts", Some("s3cret"), ndjson).0, 200);
    assert_eq!(get(&server, "/search?q=quokkas").1["total"], 3);
    assert_eq!(send(&server, "POST", "/readouts", Some("s3cret"), "[{\"title\":\"no id\"}]").0, 400);
    assert_eq!(send(&server, "POST", "/readouts", Some("s3cret"), "not json").0, 400);
    // Delete.
    assert_eq!(send(&server, "DELETE", "/readouts/mem-1", None, "").0, 401);
    assert_eq!(send(&server, "DELETE", "/readouts/mem-1", Some("s3cret"), "").0, 204);
    assert_eq!(send(&server, "DELETE", "/readouts/mem-1", Some("s3cret"), "").0, 404);
    assert_eq!(get(&server, "/search?q=quokkas").1["total"], 2);
    // A rebuild from files keeps what was added through the API.
    let index = server._dir.path().join("index");
    let out =
        readouts().arg("index").arg(fixture("good")).arg("--rebuild").arg("--index").arg(&index).output().unwrap();
    assert!(out.status.success());
    assert_eq!(get(&server, "/search?q=quokkas").1["total"], 2, "API readouts survive a rebuild");
    // A body over the limit is refused as soon as its length is announced, before it is sent (a
    // client still sending when the server answers and closes would get a broken pipe instead).
    let announced = format!(
        "POST /readouts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        17 * 1024 * 1024
    );
    let (answer, _) = raw(&server, announced.as_bytes());
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

/// Who said what through the API: `/quotes` ranks statements with their speakers, and statements
/// come and go with their readout.
#[test]
fn quotes_are_searchable_and_kept_in_step_with_their_readout() {
    let server = start(Some("s3cret"));
    let readout = r#"{"id":"q-1","title":"Armenia talks","date":"2024-02-02","body":"Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan. “We welcome the progress toward a quokka agreement,” Spokesperson Matthew Miller said. The Secretary stressed the quokka talks must go on."}"#;
    assert_eq!(send(&server, "POST", "/readouts", Some("s3cret"), readout).0, 200);
    let (status, found) = get(&server, "/quotes?q=quokka");
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["total"], 2, "{found}");
    let direct = &found["hits"].as_array().unwrap().iter().find(|h| h["kind"] == "direct").unwrap().clone();
    assert_eq!(direct["speaker"], "Matthew Miller");
    assert_eq!(direct["text"], "We welcome the progress toward a quokka agreement");
    assert!(direct["text_html"].as_str().unwrap().contains("<mark>quokka</mark>"), "{direct}");
    assert_eq!(direct["readout_id"], "q-1");
    let (_, reported) = get(&server, "/quotes?q=quokka&kind=reported&speaker=Antony%20Blinken");
    assert_eq!(reported["total"], 1, "{reported}");
    assert_eq!(reported["hits"][0]["speaker"], "Antony Blinken", "the canonical name");
    assert_eq!(get(&server, "/quotes?q=quokka&kind=rumoured").0, 400);
    assert_eq!(get(&server, "/quotes?q=quokka&speaker_country=Atlantis").0, 400);
    let (_, shown) = get(&server, "/readouts/q-1");
    assert_eq!(shown["statements"].as_array().unwrap().len(), 2, "{shown}");
    assert_eq!(send(&server, "DELETE", "/readouts/q-1", Some("s3cret"), "").0, 204);
    assert_eq!(get(&server, "/quotes?q=quokka").1["total"], 0, "gone with their readout");
}

/// One rule completes a readout however it comes in: a record posted is stored as the same record
/// read from a `.jsonl` file. The records give some facets and not others; each one not given is
/// extracted on its own (a POST once extracted nothing when speakers were given).
#[test]
fn a_record_posted_is_stored_as_the_same_record_indexed_from_a_file() {
    let records = [
        r#"{"id":"given-speakers","title":"Call","body":"Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan on March 3, 2023.","speakers":["Ned Price"]}"#,
        r#"{"id":"given-countries","body":"Secretary Blinken spoke with Japanese Foreign Minister Yoko Kamikawa.","countries":["FR","France"],"date":"2024-02-02"}"#,
        r#"{"url":"https://example.org/page","html":"<html><head><title>Page</title></head><body><p>President Biden met President Macron of France in Paris on June 8, 2024.</p></body></html>","speakers":[]}"#,
        // The record's date wins over the page's, which is bad: no warning, and a POST takes it.
        r#"{"id":"page-date","date":"2024-06-08","html":"<html><head><meta property=\"article:published_time\" content=\"yesterday\"></head><body><p>President Biden met President Macron.</p></body></html>"}"#,
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.jsonl");
    std::fs::write(&file, records.join("\n")).unwrap();
    let index = dir.path().join("index");
    // Beside the server's own readouts: names resolve against the readouts of the index.
    let out = readouts().arg("index").arg(fixture("good")).arg(&file).arg("--index").arg(&index).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let server = start(Some("s3cret"));
    let (status, body) = send(&server, "POST", "/readouts", Some("s3cret"), &records.join("\n"));
    assert_eq!(status, 200, "{body}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("bad published date"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for id in ["given-speakers", "given-countries", "https://example.org/page", "page-date"] {
        let out = readouts().args(["show", "--json", id, "--index"]).arg(&index).output().unwrap();
        assert!(out.status.success(), "{id}: {}", String::from_utf8_lossy(&out.stderr));
        let mut from_file: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let encoded: String = form_urlencoded::byte_serialize(id.as_bytes()).collect();
        let (status, mut posted) = get(&server, &format!("/readouts/{encoded}"));
        assert_eq!(status, 200, "{id}: {posted}");
        // Where it came from differs, and only that.
        for v in [&mut from_file, &mut posted] {
            v.as_object_mut().unwrap().remove("path");
        }
        assert_eq!(posted, from_file, "{id}");
    }
    let (_, v) = get(&server, "/readouts/given-speakers");
    assert_eq!(v["speakers"], serde_json::json!(["Ned Price"]), "given speakers kept");
    assert!(v["countries"].as_array().unwrap().iter().any(|c| c["code"] == "AM"), "countries extracted: {v}");
    assert_eq!(v["date"], "2023-03-03", "the date from the text");
    let (_, v) = get(&server, "/readouts/given-countries");
    assert_eq!(v["countries"], serde_json::json!([{"code": "FR", "name": "France"}]), "given, listed once");
    assert!(v["speakers"].as_array().unwrap().iter().any(|s| s.as_str().unwrap().contains("Blinken")), "{v}");
}

#[test]
fn writes_are_off_without_a_token() {
    let server = start(None);
    let (status, body) = send(&server, "POST", "/readouts", Some("anything"), r#"{"id":"x","title":"t"}"#);
    assert_eq!(status, 401);
    assert!(body["error"].as_str().unwrap().contains("writes are off"));
}

#[test]
fn searches_see_a_rebuild_without_a_restart() {
    let server = start(None);
    assert_eq!(get(&server, "/health").1["readouts"], 3);
    let index = server._dir.path().join("index");
    let more = server._dir.path().join("more");
    std::fs::create_dir(&more).unwrap();
    std::fs::write(more.join("one.txt"), "date 2024-01-01\ntitle One\n\nThe Secretary spoke about wombats.\n").unwrap();
    let out =
        readouts().arg("index").arg(&more).arg("--rebuild").arg("--index").arg(Path::new(&index)).output().unwrap();
    assert!(out.status.success());
    assert_eq!(get(&server, "/health").1["readouts"], 1);
    assert_eq!(get(&server, "/search?q=wombats").1["total"], 1);
}

#[test]
fn hostile_requests_get_4xx_and_the_server_stays_up() {
    let server = start_with(Some("secret"), &["--timeout-secs", "1"]);
    // A kept-alive connection left idle after its answer is closed, not held (meanwhile the rest
    // of the test runs).
    let idle = {
        use std::io::Write;
        let mut stream = std::net::TcpStream::connect(server.base.trim_start_matches("http://")).unwrap();
        stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
        std::thread::spawn(move || {
            stream.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut answer = vec![0; 4096];
            let n = read_some(&mut stream, &mut answer).unwrap();
            assert!(answer[..n].starts_with(b"HTTP/1.1 200"));
            let idle_since = std::time::Instant::now();
            // Zero bytes: closed by the server (an error would be the 30 s read timeout).
            assert_eq!(read_some(&mut stream, &mut answer).unwrap(), 0);
            idle_since.elapsed()
        })
    };
    let huge_header = format!("GET /search?q=peace HTTP/1.1\r\nHost: x\r\nX-Junk: {}\r\n\r\n", "a".repeat(100_000));
    assert!(raw(&server, huge_header.as_bytes()).0.starts_with("HTTP/1.1 431"));
    let big_header = format!("GET /search?q=peace HTTP/1.1\r\nHost: x\r\nX-Junk: {}\r\n\r\n", "a".repeat(20_000));
    assert!(raw(&server, big_header.as_bytes()).0.starts_with("HTTP/1.1 431"));
    let long_target = format!("GET /search?q={} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(20_000));
    assert!(raw(&server, long_target.as_bytes()).0.starts_with("HTTP/1.1 414"));
    // A body that never comes: 408 after the request timeout.
    let slow_body = b"POST /readouts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer secret\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":";
    let (answer, took) = raw(&server, slow_body);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(took.as_secs() < 5, "{took:?}");
    // Header lines that never end: the connection is closed rather than held.
    let (answer, took) = raw(&server, b"GET /search?q=peace HTTP/1.1\r\nHost: x\r\n");
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(took.as_secs() < 20, "{took:?}");
    assert_eq!(get(&server, "/health").0, 200, "still up");
    assert_eq!(get(&server, "/search?q=Lavrov").0, 200);
    let idle_for = idle.join().unwrap();
    assert!(idle_for.as_secs() < 20, "an idle connection was held {idle_for:?}");
}

/// Searches through the server and the CLI while `readouts index ARGS` runs on the server's index;
/// every one must answer with one of `totals`. Returns how many ran during the indexing.
fn search_while_indexing(server: &Server, args: &[&std::ffi::OsStr], totals: &[u64]) -> usize {
    let index = server._dir.path().join("index");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("readouts"))
        .arg("index")
        .args(args)
        .arg("--index")
        .arg(&index)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut searches = 0;
    while child.try_wait().unwrap().is_none() {
        let (status, body) = get(server, "/search?q=&all_copies=true");
        assert_eq!(status, 200, "{body}");
        let total = body["total"].as_u64().unwrap();
        assert!(totals.contains(&total), "the server saw {total} readouts");
        let out = readouts().args(["search", "", "--all-copies", "--json", "--index"]).arg(&index).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let total = json["total"].as_u64().unwrap();
        assert!(totals.contains(&total), "the CLI saw {total} readouts");
        searches += 1;
    }
    assert!(child.wait().unwrap().success());
    searches
}

#[test]
fn searches_answer_during_incremental_updates_and_rebuilds() {
    let server = start(None);
    let corpus = common::corpus();
    // The fixtures are corpus readouts too: the incremental run adds the rest of the corpus.
    let during = search_while_indexing(&server, &[corpus.as_os_str()], &[3, 5093]);
    assert!(during > 0, "no search ran during the incremental run");
    // Another process's commit reaches the server's reader within a second.
    let seen = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        get(&server, "/health").1["readouts"] == 5093
    });
    assert!(seen, "the server sees the incremental update");
    let during = search_while_indexing(&server, &[corpus.as_os_str(), std::ffi::OsStr::new("--rebuild")], &[5093]);
    assert!(during > 0, "no search ran during the rebuild");
    assert_eq!(get(&server, "/search?q=Pashinyan").0, 200);
}
