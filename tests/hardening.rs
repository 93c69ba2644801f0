//! What an attacker or a careless user can send, over a real socket and through the real binary:
//! queries built to exhaust the stack, memory or cores, dates an index cannot hold, scripts in
//! readouts, links and special files in the indexed directory, tokenless and oversized writes.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use crate::common::server::{Server, get, raw, read_some, send, start};
use crate::common::{corpus_index, readouts, texts};
use serde_json::Value;

/// A query string with `q` set to `text`, percent-encoded.
fn with_q(path: &str, text: &str) -> String {
    let encoded: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
    format!("{path}?q={encoded}")
}

/// `n` words that match nothing in any readout.
fn random_words(n: usize) -> String {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    (0..n)
        .map(|_| {
            (0..7)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    char::from(b'a' + (seed % 26) as u8)
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn alternating_phrase(words: usize, slop: u32) -> String {
    let words: Vec<&str> = (0..words).map(|i| if i % 2 == 0 { "peace" } else { "agreement" }).collect();
    format!("\"{}\"~{slop}", words.join(" "))
}

fn assert_refused(server: &Server, path: &str, bound: &str) {
    let (status, body) = get(server, path);
    assert_eq!(status, 400, "{}: {body}", &path[..path.len().min(80)]);
    let message = body["error"].as_str().unwrap_or_default();
    assert!(message.contains(bound), "{message:?} names the bound {bound:?}");
    assert_eq!(get(server, "/health").0, 200, "still up after {}", &path[..path.len().min(80)]);
}

#[test]
fn queries_over_the_bounds_get_400_naming_the_bound_and_the_server_stays_up() {
    let server = start(None);
    let nested = |n| format!("{}peace{}", "(".repeat(n), ")".repeat(n));
    let nots = |n| format!("{}peace", "NOT ".repeat(n));
    for endpoint in ["/search", "/facets", "/timeline"] {
        // Items 1 and 2: each overflowed the worker's stack and aborted the process.
        assert_refused(&server, &with_q(endpoint, &nested(2_600)), "characters");
        assert_refused(&server, &with_q(endpoint, &nested(9)), "nested parentheses");
        assert_refused(&server, &with_q(endpoint, &nots(300)), "characters");
        assert_refused(&server, &with_q(endpoint, &nots(33)), "operators");
        // Item 3: 5.4 GB, then an aborted allocation.
        assert_refused(&server, &with_q(endpoint, &alternating_phrase(24, 1000)), "slop");
        assert_refused(&server, &with_q(endpoint, &alternating_phrase(11, 20)), "words times slop");
        // Item 10: minutes of work on both cores.
        assert_refused(&server, &with_q(endpoint, &random_words(1_500)), "characters");
        assert_refused(&server, &with_q(endpoint, &random_words(100)), "words");
    }
    // The largest queries the bounds allow are answered.
    let deepest = format!("{}peace{}", "(".repeat(8), ")".repeat(8));
    for text in [
        deepest.as_str(),
        &format!("{}peace", "NOT ".repeat(31)),
        &alternating_phrase(10, 20),
        &random_words(32),
        "date:[4294967295 TO *]",
    ] {
        let (status, body) = get(&server, &with_q("/search", text));
        let expected = if text.starts_with("date:") { 400 } else { 200 };
        assert_eq!(status, expected, "{}: {body}", &text[..text.len().min(60)]);
    }
}

#[test]
fn dates_an_index_cannot_hold_are_refused_never_changed() {
    let server = start(Some("T"));
    for date in ["9999-12-31", "2263-01-01", "1677-01-01", "+262142-12-31"] {
        let body = format!(r#"{{"id":"far-{date}","title":"Far","body":"Talks.","date":"{date}"}}"#);
        let (status, answer) = send(&server, "POST", "/readouts", Some("T"), &body);
        assert_eq!(status, 400, "{date}: {answer}");
        let (status, _) = get(&server, &format!("/readouts/far-{date}"));
        assert_eq!(status, 404, "{date} was not stored");
    }
    // The ends of the span are stored as written, and a timeline across all of it stays small.
    for date in ["1678-01-01", "2261-12-31"] {
        let body = format!(r#"{{"id":"edge-{date}","title":"Edge","body":"Quokka talks.","date":"{date}"}}"#);
        assert_eq!(send(&server, "POST", "/readouts", Some("T"), &body).0, 200);
        assert_eq!(get(&server, &format!("/readouts/edge-{date}")).1["date"], date);
    }
    let (status, timeline) = get(&server, "/timeline?q=quokka&by=month");
    assert_eq!(status, 200);
    assert_eq!(timeline["buckets"].as_array().unwrap().len(), (2261 - 1678 + 1) * 12);
}

#[test]
fn the_page_sends_a_content_security_policy_and_no_inline_script() {
    let server = start(None);
    let response = ureq::get(format!("{}/", server.base)).call().unwrap();
    let csp = response.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(response.headers().get("x-content-type-options").unwrap(), "nosniff");
    let page = response.into_body().read_to_string().unwrap();
    assert!(page.contains(r#"<script src="/page.js">"#) && !page.contains("<script>"), "no inline script");
    assert!(!page.contains("<style>"), "no inline style");
    for asset in ["/page.js", "/page.css"] {
        let response = ureq::get(format!("{}{asset}", server.base)).call().unwrap();
        assert!(response.headers().get("content-security-policy").is_some(), "{asset}");
    }
    let script = ureq::get(format!("{}/page.js", server.base)).call().unwrap().into_body().read_to_string().unwrap();
    assert!(!script.contains("style:"), "no inline style attributes from the script");
}

#[test]
fn writes_check_the_token_before_reading_the_body() {
    let server = start(Some("T"));
    // Item 9: a tokenless upload announced at 10 MB is answered at once, its body never awaited
    // (the request timeout is 30 s).
    let request =
        b"POST /readouts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{";
    let (answer, took) = raw(&server, request);
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    assert!(took < Duration::from_secs(10), "answered after {took:?}");
    // The scheme is case-insensitive.
    let body = r#"{"id":"lower","title":"Lower-case scheme","body":"Wombat talks.","countries":[{"code":"AM","name":"Armenia"}]}"#;
    let mut response = ureq::post(format!("{}/readouts", server.base))
        .header("Authorization", "bearer T")
        .config()
        .http_status_as_error(false)
        .build()
        .send(body)
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.body_mut().read_to_string().unwrap_or_default());
    // Countries are the gazetteer's: a posted value is checked, not stored as sent.
    let body =
        r#"{"id":"svg","title":"Svg","body":"Talks.","countries":[{"code":"<svg onload=alert(1)>","name":"x"}]}"#;
    let (status, answer) = send(&server, "POST", "/readouts", Some("T"), body);
    assert_eq!(status, 400, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("unknown country"), "{answer}");
    let (_, facets) = get(&server, "/facets?field=country");
    assert!(!facets.to_string().contains("svg"), "{facets}");
}

#[test]
fn an_oversized_chunked_body_gets_the_json_413() {
    let server = start(Some("T"));
    let addr = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let head = "POST /readouts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer T\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    stream.write_all(head.as_bytes()).unwrap();
    let chunk = format!("{:x}\r\n{}\r\n", 1 << 20, "a".repeat(1 << 20));
    for _ in 0..20 {
        // The server may answer and close before all of it is sent.
        if stream.write_all(chunk.as_bytes()).is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{}", &answer[..answer.len().min(200)]);
    assert!(answer.contains(r#"{"error":"#), "a JSON error: {answer}");
}

#[test]
fn a_connection_that_never_sends_a_byte_is_closed() {
    let server = start(None);
    let addr = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let started = Instant::now();
    let mut byte = [0u8; 1];
    // Zero bytes: closed by the server; an error would be our own 60 s read timeout.
    assert_eq!(read_some(&mut stream, &mut byte).unwrap(), 0);
    assert!(started.elapsed() < Duration::from_secs(30), "held for {:?}", started.elapsed());
    assert_eq!(get(&server, "/health").0, 200);
}

#[test]
fn paths_over_http_are_relative_to_the_indexed_directory() {
    let server = start(None);
    let (_, results) = get(&server, "/search?q=&limit=10");
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for hit in hits {
        let path = hit["path"].as_str().unwrap();
        assert!(!path.starts_with('/') && !path.contains(env!("CARGO_MANIFEST_DIR")), "{path}");
        let id: String = form_urlencoded::byte_serialize(hit["id"].as_str().unwrap().as_bytes()).collect();
        let (_, readout) = get(&server, &format!("/readouts/{}", id.replace("%2F", "/")));
        assert_eq!(readout["path"].as_str(), Some(path), "{readout}");
    }
}

/// Runs the CLI's search on the corpus index.
fn cli_search(query: &str) -> (i32, String, String) {
    let out = readouts().args(["search", query, "--json", "--index"]).arg(corpus_index()).output().unwrap();
    let (stdout, stderr) = texts(&out);
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

#[test]
fn the_cli_refuses_queries_over_the_bounds_with_exit_code_2() {
    let nested = format!("{}peace{}", "(".repeat(10_000), ")".repeat(10_000));
    for (query, bound) in [
        (nested.as_str(), "characters"),
        ("((((((((((peace))))))))))", "nested parentheses"),
        (&random_words(400), "characters"),
        (&random_words(40), "words"),
        (&alternating_phrase(24, 1000), "slop"),
        ("date:[4294967295 TO *]", "bad date"),
    ] {
        let (code, _, stderr) = cli_search(query);
        assert_eq!(code, 2, "{}: {stderr}", &query[..query.len().min(60)]);
        assert!(stderr.contains(bound), "{stderr}");
    }
}

#[test]
fn a_trailing_star_matches_words_that_start_so() {
    let (code, stdout, stderr) = cli_search("pea*");
    assert_eq!(code, 0, "{stderr}");
    let results: Value = serde_json::from_str(&stdout).unwrap();
    assert!(results["total"].as_u64().unwrap() > 100, "{}", results["total"]);
    let snippet = results["hits"][0]["snippet"].as_str().unwrap().to_lowercase();
    assert!(snippet.contains("<mark>pea"), "{snippet}");
    let (code, _, stderr) = cli_search("\"peace agre\"*");
    assert_eq!(code, 2, "{stderr}");
}

/// Indexes `dir` into a fresh index; returns the index's directory and the run's stderr.
fn index_dir(dir: &std::path::Path) -> (tempfile::TempDir, String) {
    let index = tempfile::tempdir().unwrap();
    let out = readouts().arg("index").arg(dir).arg("--index").arg(index.path().join("i")).output().unwrap();
    let (_, stderr) = texts(&out);
    assert!(out.status.success(), "{stderr}");
    (index, stderr)
}

/// Readouts matching `query`, every copy of a text counted.
fn total(index: &tempfile::TempDir, query: &str) -> u64 {
    let out = readouts()
        .args(["search", query, "--all-copies", "--json", "--index"])
        .arg(index.path().join("i"))
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["total"].as_u64().unwrap()
}

#[test]
fn symbolic_links_out_of_the_indexed_directory_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "title Secret\n\nroot:x:0:0 platypus password hash").unwrap();
    std::fs::create_dir(outside.path().join("more")).unwrap();
    std::fs::write(outside.path().join("more/other.txt"), "title Other\n\nplatypus numbat").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "date 2023-01-02\ntitle Inside\n\nWombat talks in Armenia.").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), dir.path().join("x.txt")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("more"), dir.path().join("linked-dir")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a.txt"), dir.path().join("alias.txt")).unwrap();
    let (index, stderr) = index_dir(dir.path());
    assert!(stderr.contains("x.txt") && stderr.contains("symbolic link out of"), "{stderr}");
    assert!(stderr.contains("linked-dir"), "{stderr}");
    assert_eq!(total(&index, "platypus"), 0, "nothing outside was indexed");
    // A link that stays inside is read.
    assert_eq!(total(&index, "wombat"), 2);
}

#[test]
fn pipes_devices_and_odd_file_names_get_a_clear_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), "date 2023-01-02\ntitle Good\n\nWombat talks.").unwrap();
    let fifo = dir.path().join("pipe.txt");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let odd = "odd\nname\u{1b}[31m.txt";
    std::fs::write(dir.path().join(odd), [0u8, 159, 146, 150]).unwrap();
    let (index, stderr) = index_dir(dir.path());
    assert!(stderr.contains("pipe.txt") && stderr.contains("named pipe"), "{stderr}");
    assert!(stderr.contains("odd\\nname\\u{1b}[31m.txt"), "escaped: {stderr}");
    assert!(!stderr.contains('\u{1b}'), "no raw escape character reaches the terminal");
    assert_eq!(total(&index, "wombat"), 1);
    let index = tempfile::tempdir().unwrap();
    let out = readouts().args(["index", "/dev/zero", "--index"]).arg(index.path().join("i")).output().unwrap();
    let (_, stderr) = texts(&out);
    assert!(stderr.contains("/dev/zero") && stderr.contains("a device"), "{stderr}");
}

#[test]
fn dates_out_of_the_span_in_files_are_refused_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("far.txt"), "date 9999-12-31\ntitle Far\n\nWombat talks.").unwrap();
    let (index, stderr) = index_dir(dir.path());
    assert!(stderr.contains("far.txt") && stderr.contains("outside the dates"), "{stderr}");
    let out = readouts().args(["show", "far.txt", "--json", "--index"]).arg(index.path().join("i")).output().unwrap();
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(shown["date"].is_null(), "never stored as another date: {shown}");
    assert_eq!(total(&index, "date:[2262 TO *]"), 0);
}
