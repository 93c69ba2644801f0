//! A `readouts serve` process on a free loopback port, and ways to talk to it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use super::{fixture, readouts};

/// A server on a fresh index of the good fixtures; killed when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Holds the index (`index` inside) while the server runs.
    pub _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start(token: Option<&str>) -> Server {
    start_with(token, &[])
}

pub fn start_with(token: Option<&str>, args: &[&str]) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let out = readouts().arg("index").arg(fixture("good")).arg("--index").arg(&index).output().unwrap();
    assert!(out.status.success());
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("readouts"));
    cmd.args(["serve", "--addr", "127.0.0.1:0", "--index"]).arg(&index).env_remove("READOUTS_TOKEN");
    if let Some(t) = token {
        cmd.args(["--token", t]);
    }
    cmd.args(args);
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line.split("http://").nth(1).and_then(|s| s.split_whitespace().next()).expect("the address is printed");
    Server { child, base: format!("http://{addr}"), _dir: dir }
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

pub fn get(server: &Server, path: &str) -> (u16, Value) {
    let mut resp = agent().get(format!("{}{path}", server.base)).call().unwrap();
    let status = resp.status().as_u16();
    let body = resp.body_mut().read_to_string().unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::String(body)))
}

pub fn send(server: &Server, method: &str, path: &str, token: Option<&str>, body: &str) -> (u16, Value) {
    let url = format!("{}{path}", server.base);
    let agent = agent();
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut resp = match method {
        "POST" => {
            let mut req = agent.post(&url).header("Content-Type", "application/json");
            if let Some(a) = &auth {
                req = req.header("Authorization", a);
            }
            req.send(body).unwrap()
        }
        _ => {
            let mut req = agent.delete(&url);
            if let Some(a) = &auth {
                req = req.header("Authorization", a);
            }
            req.call().unwrap()
        }
    };
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// Sends raw bytes and returns what the server answers (empty if it closed the connection) and
/// how long it took.
pub fn raw(server: &Server, request: &[u8]) -> (String, std::time::Duration) {
    use std::io::Write;
    let addr = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    let started = std::time::Instant::now();
    stream.write_all(request).unwrap();
    let mut answer = vec![0; 200];
    let n = read_some(&mut stream, &mut answer).unwrap_or(0);
    (String::from_utf8_lossy(&answer[..n]).into_owned(), started.elapsed())
}

/// One `read`, tried again when a signal interrupts it. A read on a socket with a read timeout is
/// not restarted by the kernel after an interruption, by a signal handler or by the process being
/// stopped and continued (signal(7)), so a plain `read` can fail with EINTR: in CI it did, and an
/// interrupted read was taken for "the server closed the connection".
pub fn read_some(stream: &mut std::net::TcpStream, buf: &mut [u8]) -> std::io::Result<usize> {
    use std::io::Read;
    loop {
        match stream.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}
