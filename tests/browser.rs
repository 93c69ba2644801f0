//! The search page in a real browser: headless Chromium driven over WebDriver (chromedriver). Type a
//! query, see highlighted results, click a country facet, see the list narrow and the count change;
//! a screenshot is saved to target/browser-test.png.
//!
//! Needs Debian's `chromium` and `chromium-driver`, which `.ci/run` installs. Where chromedriver is
//! not installed the test says so and checks nothing else; set READOUTS_REQUIRE_BROWSER=1 to make
//! that a failure (CI does).
//!
//! WebDriver is plain JSON over HTTP, spoken here with ureq: the WebDriver client crates bring a TLS
//! stack (OpenSSL or rustls) that a loopback test has no use for.

use crate::common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::corpus_index;
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

struct Killed(Child);
impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Session {
    base: String,
    agent: ureq::Agent,
}

impl Session {
    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.base);
        let mut resp = match method {
            "GET" => self.agent.get(&url).call(),
            "DELETE" => self.agent.delete(&url).call(),
            _ => self.agent.post(&url).send_json(&body),
        }
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let v: Value = resp.body_mut().read_json().unwrap();
        assert!(v["value"]["error"].is_null(), "{method} {path}: {v}");
        v["value"].clone()
    }

    fn find(&self, css: &str) -> Option<String> {
        let all = self.call("POST", "/elements", json!({"using": "css selector", "value": css}));
        all.as_array().and_then(|a| a.first()).map(|e| e[ELEMENT].as_str().unwrap().to_string())
    }

    fn text(&self, element: &str) -> String {
        self.call("GET", &format!("/element/{element}/text"), Value::Null).as_str().unwrap_or("").to_string()
    }

    fn script(&self, script: &str) -> Value {
        self.call("POST", "/execute/sync", json!({"script": script, "args": []}))
    }

    /// Polls `check` until it gives a value or ten seconds pass.
    fn wait<T>(&self, what: &str, mut check: impl FnMut(&Session) -> Option<T>) -> T {
        let started = Instant::now();
        loop {
            if let Some(v) = check(self) {
                return v;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn total(&self) -> Option<u64> {
        let summary = self.find("#summary")?;
        self.text(&summary).split_whitespace().next()?.parse().ok()
    }
}

/// `readouts serve` on `index` at a free loopback port: the process (killed when dropped) and its
/// address.
fn serve(index: &std::path::Path) -> (Killed, String) {
    let mut server = Command::new(assert_cmd::cargo::cargo_bin("readouts"))
        .args(["serve", "--addr", "127.0.0.1:0", "--index"])
        .arg(index)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stderr.take().unwrap()).read_line(&mut line).unwrap();
    let site = format!("http://{}", line.split("http://").nth(1).unwrap().split_whitespace().next().unwrap());
    (Killed(server), site)
}

fn agent_get_json(url: &str) -> Value {
    ureq::get(url).call().unwrap().body_mut().read_json().unwrap()
}

fn url_encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[test]
fn type_a_query_and_narrow_it_with_a_facet() {
    let driver_path = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(driver_path) = driver_path else {
        assert!(std::env::var_os("READOUTS_REQUIRE_BROWSER").is_none(), "chromedriver is required but not installed");
        eprintln!("chromedriver is not installed (apt-get install chromium chromium-driver): browser test not run");
        return;
    };
    let (_server, site) = serve(corpus_index());

    let port = free_port();
    let _driver = Killed(
        Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let driver = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while agent.get(format!("{driver}/status")).call().is_err() {
        assert!(started.elapsed() < Duration::from_secs(10), "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let profile = tempfile::tempdir().unwrap();
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1200,900",
    ];
    let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome",
        "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}});
    let mut resp = agent.post(format!("{driver}/session")).send_json(&caps).unwrap();
    let created: Value = resp.body_mut().read_json().unwrap();
    let id = created["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {created}")).to_string();
    let s = Session { base: format!("{driver}/session/{id}"), agent };

    s.call("POST", "/url", json!({"url": format!("{site}/")}));
    let input = s.wait("the search box", |s| s.find("#q"));
    s.call("POST", &format!("/element/{input}/value"), json!({"text": "peace agreement"}));
    let before = s.wait("results", |s| s.find(".hit mark").and(s.total()));
    assert!(before > 10, "{before}");
    assert!(
        s.script("return location.search").as_str().unwrap().contains("q=peace+agreement"),
        "the state is in the URL"
    );

    let facet = s.wait("a country facet", |s| s.find("button[data-facet=country]"));
    let country = s.script("return document.querySelector('button[data-facet=country]').dataset.value");
    s.call("POST", &format!("/element/{facet}/click"), json!({}));
    let after = s.wait("the narrowed list", |s| s.total().filter(|&n| n != before));
    assert!(after < before, "{after} < {before}");
    let url = s.script("return location.search");
    assert!(url.as_str().unwrap().contains(&format!("country={}", country.as_str().unwrap())), "{url}");
    assert!(s.find("#active button").is_some(), "the active filter is shown");

    // Who said what: the Quotes view lists statements with their speakers, and its speaker facet
    // narrows them to one person.
    let quotes = s.wait("the quotes view", |s| s.find("#view-quotes"));
    s.call("POST", &format!("/element/{quotes}/click"), json!({}));
    let said = s.wait("statements", |s| s.find(".hit.quote .statement mark").and(s.total()));
    assert!(said > 0, "{said}");
    assert!(s.script("return location.search").as_str().unwrap().contains("view=quotes"));
    let speaker = s.wait("a speaker facet", |s| s.find("button[data-facet=speaker]"));
    let name = s.script("return document.querySelector('button[data-facet=speaker]').dataset.value");
    let name = name.as_str().unwrap().to_string();
    s.call("POST", &format!("/element/{speaker}/click"), json!({}));
    s.wait("statements of one speaker", |s| s.total().filter(|&n| n != said || n == 1));
    let speakers = s.script("return [...document.querySelectorAll('.hit.quote h3')].map(h => h.textContent)");
    let speakers: Vec<&str> = speakers.as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(!speakers.is_empty() && speakers.iter().all(|h| h.starts_with(&name)), "{name}: {speakers:?}");
    // A readout shows who said what in it.
    let readout = s.wait("a statement's readout link", |s| s.find(".hit.quote .meta a"));
    s.call("POST", &format!("/element/{readout}/click"), json!({}));
    s.wait("the readout's statements", |s| s.find("ul.statements li"));

    // A text published twice is one hit that names its copy.
    let q = url_encode("Ortega Murillo visa restrictions undermining democracy");
    s.call("POST", "/url", json!({"url": format!("{site}/?q={q}")}));
    let copies = s.wait("the copies of a hit", |s| s.find(".hit .copies"));
    let text = s.text(&copies);
    assert!(text.starts_with("Also published as: ") && text.contains("2022-06-13"), "{text}");

    // A readout whose url is a script is shown with its url as text, never as a link; one whose
    // url is a web address gets its link. The page itself runs under its Content-Security-Policy.
    let evil_dir = tempfile::tempdir().unwrap();
    for (name, url) in [
        ("evil.txt", "  JaVaScRiPt:document.title='pwned'"),
        ("data.txt", "data:text/html,<script>1</script>"),
        ("web.txt", "https://www.state.gov/x/"),
    ] {
        let text = format!("date 2023-01-02\ntitle Quokka {name}\nurl {url}\n\nQuokka talks in Armenia.");
        std::fs::write(evil_dir.path().join(name), text).unwrap();
    }
    let evil_index = evil_dir.path().join("index");
    let out = common::readouts().arg("index").arg(evil_dir.path()).arg("--index").arg(&evil_index).output().unwrap();
    assert!(out.status.success());
    let (_evil_server, evil_site) = serve(&evil_index);
    for (name, linked) in [("evil.txt", false), ("data.txt", false), ("web.txt", true)] {
        let ids = agent_get_json(&format!("{evil_site}/search?q=quokka+{}", &name[..name.len() - 4]));
        let id = ids["hits"][0]["id"].as_str().unwrap_or_else(|| panic!("{name}: {ids}")).to_string();
        let target: String = url_encode(&id);
        s.call("POST", "/url", json!({"url": format!("{evil_site}/?id={target}")}));
        s.wait("the readout", |s| s.find("article"));
        let links = s.script("return [...document.querySelectorAll('#results a')].map(a => a.getAttribute('href'))");
        let links: Vec<&str> = links.as_array().unwrap().iter().filter_map(Value::as_str).collect();
        assert!(links.iter().all(|l| l == &"/" || l.starts_with("https://")), "{name}: {links:?}");
        assert_eq!(links.iter().any(|l| l.starts_with("https://")), linked, "{name}: {links:?}");
        assert_eq!(s.script("return document.title").as_str(), Some("readouts"), "{name}: no script ran");
    }

    let png = s.call("GET", "/screenshot", Value::Null);
    let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, png.as_str().unwrap()).unwrap();
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-test.png");
    std::fs::write(&target, bytes).unwrap();
    s.call("DELETE", "", Value::Null);
}
