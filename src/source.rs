//! Reading readouts from files: `.txt`/`.md` with `key value` header lines, `.html`/`.htm` pages, and
//! `.jsonl`/`.ndjson` records. Parsing only: the facets are filled in by [`crate::extract`].
//!
//! Every problem with one file becomes a [`Warning`] that names the file and the reason; the caller
//! goes on with the rest.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::LazyLock;
use std::sync::mpsc;

use chrono::NaiveDate;
use scraper::{Html, Selector};
use serde::Deserialize;

use crate::extract;
use crate::readout::{Country, Readout};

/// Text and HTML files larger than this are refused: no real readout comes near it, and reading one
/// whole into memory (and through the HTML parser) would stall an indexing run.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A JSONL line longer than this is refused for the same reason.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// The kinds of file readouts are read from, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt` or `.md`: header lines then a markdown-ish body.
    Text,
    /// `.html` or `.htm`.
    Html,
    /// `.jsonl` or `.ndjson`: one readout a line.
    Jsonl,
}

impl Format {
    /// The format of a file by its extension; `None` for files that are no readouts (including
    /// the corpus's `MANIFEST.jsonl`).
    pub fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?;
        if name.eq_ignore_ascii_case("MANIFEST.jsonl") {
            return None;
        }
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(Format::Text),
            "html" | "htm" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// Why a file (or a line of one) was not indexed, or was indexed with a caveat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file, with `:LINE` for a JSONL record.
    pub location: String,
    /// A short category used in summaries: `empty`, `binary`, `too large`, `unreadable`,
    /// `not a file`, `outside link`, `bad record`, `bad date`, `no date`, `unknown country`,
    /// `invalid UTF-8`, `duplicate id`.
    pub kind: &'static str,
    /// The whole reason, for the user.
    pub reason: String,
    /// True when the readout was skipped; false when it was indexed anyway.
    pub skipped: bool,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A file name may hold a newline or a terminal's escape sequence: shown escaped, one
        // warning stays one line and cannot rewrite the screen.
        write!(f, "{}: {}", escape_controls(&self.location), escape_controls(&self.reason))?;
        if self.skipped {
            write!(f, " (skipped)")?;
        }
        Ok(())
    }
}

/// `text` with its control characters escaped (`\n`, `\u{1b}`), the rest as it is.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| if c.is_control() { c.escape_debug().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}

/// What kind of thing a path is when it is no regular file or directory, for warnings.
fn special_kind(file_type: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a named pipe (FIFO)"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else {
        "no regular file"
    }
}

/// A readout with what the indexer needs to tell whether it changed.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The readout, facets filled in.
    pub readout: Readout,
    /// A hash of the source bytes and the extractor version: equal hashes need no re-indexing.
    pub hash: String,
    /// The absolute path of the file it came from, used to tell which indexed readouts vanished.
    pub source: String,
    /// The path of the file it came from relative to the directory it was found under.
    pub relative_path: String,
}

/// What reading one file gave.
#[derive(Debug, Default)]
pub struct FileResult {
    /// The readouts read.
    pub readouts: Vec<Loaded>,
    /// Ids of readouts found unchanged by their file's hash, and so not parsed again.
    pub unchanged: Vec<String>,
    /// Problems found, each naming the file.
    pub warnings: Vec<Warning>,
    /// True when this result ends a file (a JSONL file comes in several results).
    pub ends_file: bool,
}

impl FileResult {
    fn skip(location: String, kind: &'static str, reason: impl Into<String>) -> Self {
        FileResult {
            readouts: Vec::new(),
            unchanged: Vec::new(),
            warnings: vec![Warning { location, kind, reason: reason.into(), skipped: true }],
            ends_file: true,
        }
    }

    /// The skip of a path that is no regular file. Why: a pipe or a device never ends (/dev/zero)
    /// or blocks the reader until someone writes.
    fn not_a_file(location: String, meta: &fs::Metadata) -> Self {
        FileResult::skip(location, "not a file", format!("{}, not a file", special_kind(meta.file_type())))
    }
}

/// What an index already holds of a text or HTML file: its absolute path → (content hash, id).
/// A file whose hash is unchanged is not parsed again.
pub type Known = std::collections::HashMap<String, (String, String)>;

/// Reads one file. `root` is the directory it was found under: the id of a readout without a url
/// is its path relative to it.
pub fn read_file(path: &Path, root: &Path) -> FileResult {
    read_file_unless_known(path, root, None)
}

fn read_file_unless_known(path: &Path, root: &Path, known: Option<&Known>) -> FileResult {
    let location = path.display().to_string();
    let Some(format) = Format::of(path) else {
        return FileResult::skip(
            location,
            "unsupported",
            "not a readout file (.txt, .md, .html, .htm, .jsonl, .ndjson)",
        );
    };
    let source = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
    let rel_id = relative_id(path, root);
    if format == Format::Jsonl {
        return read_jsonl(path, &source, &rel_id);
    }
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return FileResult::skip(location, "unreadable", format!("cannot read: {e}")),
    };
    if !meta.is_file() {
        return FileResult::not_a_file(location, &meta);
    }
    if meta.len() > MAX_FILE_BYTES {
        return FileResult::skip(
            location,
            "too large",
            format!(
                "too large ({:.1} MB; the limit is {} MB)",
                meta.len() as f64 / 1e6,
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        );
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => return FileResult::skip(location, "unreadable", format!("cannot read: {e}")),
    };
    let mut result = FileResult::default();
    let hash = content_hash(&bytes);
    if let Some((_, id)) = known.and_then(|k| k.get(&source)).filter(|(h, _)| *h == hash) {
        result.unchanged.push(id.clone());
        return result;
    }
    if let Some(mut readout) = parse_document(&bytes, format, &location, &mut result.warnings) {
        // Without a url, the id is the path below the directory walked, not the path as given.
        if readout.url.as_deref().is_none_or(str::is_empty) {
            readout.id = rel_id.clone();
        }
        result.readouts.push(Loaded { readout, hash, source, relative_path: rel_id });
    }
    result
}

/// Parses the bytes of one text or HTML file into its readout, facets extracted; `location` names
/// the file in warnings and becomes the readout's path. `None` (with a warning) when the bytes hold
/// no readout. A JSONL file holds many readouts: read it with [`read_jsonl_from`].
pub fn parse_document(bytes: &[u8], format: Format, location: &str, warnings: &mut Vec<Warning>) -> Option<Readout> {
    let text = decode(bytes, location, warnings)?;
    let mut readout = match format {
        Format::Text => parse_text(&text, location, warnings),
        Format::Html => parse_html(&text, location, warnings),
        Format::Jsonl => {
            warnings.push(Warning {
                location: location.to_string(),
                kind: "unsupported",
                reason: "a JSONL file holds many readouts".into(),
                skipped: true,
            });
            return None;
        }
    };
    if readout.title.trim().is_empty() && readout.body.trim().is_empty() {
        warnings.push(Warning {
            location: location.to_string(),
            kind: "empty",
            reason: "no title and no text".into(),
            skipped: true,
        });
        return None;
    }
    readout.path = location.to_string();
    readout.id = readout.url.clone().filter(|u| !u.is_empty()).unwrap_or_else(|| location.to_string());
    finish(&mut readout, &FacetHints::default(), location, warnings);
    Some(readout)
}

/// Reads readouts from any `Read` of JSON lines; used for files and standard input alike.
pub fn read_jsonl_from(reader: impl Read, location: &str, source: &str, id_base: &str) -> FileResult {
    let mut result = FileResult::default();
    let mut lines = JsonLines::new(reader, location);
    while let Some(line) = lines.next_line(&mut result.warnings) {
        parse_jsonl_line(&line, lines.number, location, source, id_base, &mut result);
    }
    result.ends_file = true;
    result
}

/// Lines of a JSONL stream, each at most [`MAX_LINE_BYTES`] long: a longer one is skipped with a
/// warning, so one huge line cannot exhaust memory.
struct JsonLines<R: Read> {
    reader: BufReader<R>,
    location: String,
    /// The number of the last line read, from 1.
    number: usize,
}

impl<R: Read> JsonLines<R> {
    fn new(reader: R, location: &str) -> Self {
        JsonLines { reader: BufReader::new(reader), location: location.to_string(), number: 0 }
    }

    fn next_line(&mut self, warnings: &mut Vec<Warning>) -> Option<Vec<u8>> {
        loop {
            let mut line = Vec::new();
            let n = match (&mut self.reader).take(MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut line) {
                Ok(n) => n,
                Err(e) => {
                    warnings.push(Warning {
                        location: self.location.clone(),
                        kind: "unreadable",
                        reason: format!("read failed after line {}: {e}", self.number),
                        skipped: true,
                    });
                    return None;
                }
            };
            if n == 0 {
                return None;
            }
            self.number += 1;
            if line.len() > MAX_LINE_BYTES && !line.ends_with(b"\n") {
                warnings.push(Warning {
                    location: format!("{}:{}", self.location, self.number),
                    kind: "too large",
                    reason: format!("line longer than {} MB", MAX_LINE_BYTES / (1024 * 1024)),
                    skipped: true,
                });
                // Skip the rest of the oversized line.
                let mut sink = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut sink);
                continue;
            }
            return Some(line);
        }
    }
}

/// Parses line `number` of a JSONL file into `result`.
fn parse_jsonl_line(line: &[u8], number: usize, location: &str, source: &str, id_base: &str, result: &mut FileResult) {
    let here = format!("{location}:{number}");
    let Some(text) = decode(line, &here, &mut result.warnings) else { return };
    if text.trim().is_empty() {
        return;
    }
    match parse_record(&text, &here, &mut result.warnings) {
        Ok(Some((mut readout, hints))) => {
            readout.path = location.to_string();
            if readout.id.is_empty() {
                readout.id =
                    readout.url.clone().filter(|u| !u.is_empty()).unwrap_or_else(|| format!("{id_base}#{number}"));
            }
            finish(&mut readout, &hints, &here, &mut result.warnings);
            result.readouts.push(Loaded {
                readout,
                hash: content_hash(text.as_bytes()),
                source: source.to_string(),
                relative_path: id_base.to_string(),
            });
        }
        Ok(None) => {}
        Err(reason) => result.warnings.push(Warning { location: here, kind: "bad record", reason, skipped: true }),
    }
}

fn read_jsonl(path: &Path, source: &str, id_base: &str) -> FileResult {
    let location = path.display().to_string();
    match fs::File::open(path) {
        Ok(file) => read_jsonl_from(file, &location, source, id_base),
        Err(e) => FileResult::skip(location, "unreadable", format!("cannot read: {e}")),
    }
}

/// Facets a record gave itself; they win over extraction.
#[derive(Debug, Default)]
struct FacetHints {
    speakers: Option<Vec<String>>,
    /// Titles and countries of the given speakers (an export's `roles`).
    roles: Vec<crate::readout::SpeakerRole>,
    countries: Option<Vec<Country>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum CountryInput {
    Code(String),
    Full { code: String, name: Option<String> },
}

#[derive(Deserialize)]
struct Record {
    id: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    body: Option<String>,
    html: Option<String>,
    speakers: Option<Vec<String>>,
    #[serde(default)]
    roles: Vec<crate::readout::SpeakerRole>,
    countries: Option<Vec<CountryInput>>,
}

fn parse_record(
    text: &str,
    location: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Option<(Readout, FacetHints)>, String> {
    let record: Record = serde_json::from_str(text).map_err(|e| format!("not a JSON readout: {e}"))?;
    let mut readout =
        Readout { id: record.id.unwrap_or_default(), url: record.url.filter(|u| !u.is_empty()), ..Readout::default() };
    if let Some(html) = record.html.as_deref().filter(|h| !h.trim().is_empty()) {
        let page = parse_html(html, location, warnings);
        readout.title = page.title;
        readout.body = page.body;
        readout.date = page.date;
        readout.url = readout.url.or(page.url);
    }
    if let Some(body) = record.body {
        // A record's body is the producer's text, kept as given (so that an export reads back
        // unchanged); only HTML is converted.
        readout.body = body.trim().to_string();
    }
    if let Some(title) = record.title {
        readout.title = collapse_spaces(&title);
    }
    if let Some(date) = record.date.filter(|d| !d.trim().is_empty()) {
        match parse_date(&date) {
            Ok(d) => readout.date = Some(d),
            Err(reason) => warnings.push(Warning {
                location: location.to_string(),
                kind: "bad date",
                reason: format!("bad date {date:?} ({reason}); looking for one in the text"),
                skipped: false,
            }),
        }
    }
    if readout.title.trim().is_empty() && readout.body.trim().is_empty() {
        warnings.push(Warning {
            location: location.to_string(),
            kind: "empty",
            reason: "record has no title and no body".into(),
            skipped: true,
        });
        return Ok(None);
    }
    let countries = record.countries.map(|cs| {
        let given = cs.into_iter().map(|c| match c {
            CountryInput::Code(s) => s,
            CountryInput::Full { code, name } => match name {
                Some(name) if extract::country::lookup(&code).is_none() => name,
                _ => code,
            },
        });
        known_countries(given, location, warnings)
    });
    Ok(Some((readout, FacetHints { speakers: record.speakers, roles: record.roles, countries })))
}

/// The gazetteer's countries for values a file gives (codes or names); an unknown value is left
/// out with a warning, never stored as it is.
fn known_countries(
    given: impl IntoIterator<Item = String>,
    location: &str,
    warnings: &mut Vec<Warning>,
) -> Vec<Country> {
    let mut out = Vec::new();
    for value in given {
        match extract::country::lookup(&value) {
            Some(country) => out.push(country),
            None => warnings.push(Warning {
                location: location.to_string(),
                kind: "unknown country",
                reason: format!("unknown country {value:?} left out (give an ISO 3166-1 code or a name)"),
                skipped: false,
            }),
        }
    }
    out
}

/// Fills in the facets: record-given ones win, the rest are extracted; warns when no date is found.
/// A readout without a title is titled by its first sentence, so that lists of hits can show it.
fn finish(readout: &mut Readout, hints: &FacetHints, location: &str, warnings: &mut Vec<Warning>) {
    if readout.title.trim().is_empty() {
        readout.title = lead_title(&readout.body);
    }
    let facets = extract::extract(&readout.title, &readout.body);
    if readout.date.is_none() {
        readout.date = facets.date;
    }
    // A bad date given for the readout already has its warning: say there how the search ended.
    let bad_date = warnings.iter_mut().rev().find(|w| w.location == location && w.kind == "bad date");
    let outcome = match readout.date {
        Some(date) => format!("; took {date} from the text"),
        None => "; none found there: indexed without a date".into(),
    };
    match bad_date {
        Some(warning) => warning.reason.push_str(&outcome),
        None if readout.date.is_none() => warnings.push(Warning {
            location: location.to_string(),
            kind: "no date",
            reason: "no date found; indexed without one".into(),
            skipped: false,
        }),
        None => {}
    }
    match hints.speakers.clone() {
        Some(given) => {
            readout.speakers = given;
            readout.roles = hints.roles.clone();
        }
        None => {
            readout.speakers = facets.speakers;
            readout.roles = facets.roles;
        }
    }
    let mut countries = hints.countries.clone().unwrap_or(facets.countries);
    countries.dedup();
    readout.countries = countries;
}

/// The first sentence of a body, cut at a word before 120 characters.
fn lead_title(body: &str) -> String {
    const MAX_CHARS: usize = 120;
    let first = crate::text::sentences(body).into_iter().next().map_or("", |r| &body[r]);
    if first.chars().count() <= MAX_CHARS {
        return first.trim_end_matches('.').to_string();
    }
    let cut = crate::text::head(first, first.char_indices().nth(MAX_CHARS).map_or(first.len(), |(i, _)| i));
    let cut = cut.rsplit_once(' ').map_or(cut, |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// Decodes bytes as UTF-8, lossily with a warning; refuses binary data.
fn decode(bytes: &[u8], location: &str, warnings: &mut Vec<Warning>) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        warnings.push(Warning {
            location: location.to_string(),
            kind: "binary",
            reason: "binary data (NUL bytes), not text".into(),
            skipped: true,
        });
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        // NULs past the head are dropped; most texts have none, and are copied without a scan by
        // characters (replace's was a few per cent of reading a JSONL file).
        Ok(s) if s.contains('\0') => Some(s.replace('\0', "")),
        Ok(s) => Some(s.to_owned()),
        Err(e) => {
            warnings.push(Warning {
                location: location.to_string(),
                kind: "invalid UTF-8",
                reason: format!("invalid UTF-8 at byte {}; decoded lossily", e.valid_up_to()),
                skipped: false,
            });
            Some(String::from_utf8_lossy(bytes).replace('\0', ""))
        }
    }
}

fn content_hash(bytes: &[u8]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(extract::version().as_bytes());
    hasher.update(crate::index::DOCUMENT_VERSION.as_bytes());
    hasher.update(bytes);
    hasher.finalize().to_hex()[..32].to_string()
}

fn relative_id(path: &Path, root: &Path) -> String {
    let rel: PathBuf = if root == path {
        path.file_name().map(PathBuf::from).unwrap_or_else(|| path.to_path_buf())
    } else {
        path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
    };
    rel.to_string_lossy().replace('\\', "/")
}

/// Parses a date as a publisher writes it in a header or a record: `2023-11-28`, optionally followed
/// by a time (`2023-11-28T21:10:41-04:00`, `2023-11-28 17:12:47`): the date part as written.
pub fn parse_date(input: &str) -> Result<NaiveDate, String> {
    let s = input.trim();
    let head: String = s.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
    let head = head.trim_end_matches('-');
    if head.is_empty() {
        return Err("expected YYYY-MM-DD".into());
    }
    let date = NaiveDate::parse_from_str(head, "%Y-%m-%d").map_err(|e| format!("{e}; expected YYYY-MM-DD"))?;
    crate::readout::check_date(date)?;
    Ok(date)
}

const HEADER_KEYS: &[&str] = &["date", "title", "url", "id", "speaker", "speakers", "country", "countries"];

/// Parses a text readout: `key value` header lines up to the first blank or non-header line, then
/// the body. Real files are untidy: a leading space, a `key:` form, and a first paragraph that
/// starts on the date's own line all occur.
fn parse_text(text: &str, location: &str, warnings: &mut Vec<Warning>) -> Readout {
    let mut readout = Readout::default();
    let mut body_start = String::new();
    let mut rest = text;
    let mut header_speakers = Vec::new();
    let mut header_countries = Vec::new();
    while !rest.is_empty() {
        let (line, after) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let trimmed = line.trim();
        if trimmed.is_empty() {
            // A blank line before any header line is just leading space.
            if readout.title.is_empty() && readout.date.is_none() && readout.url.is_none() {
                rest = after;
                continue;
            }
            rest = after;
            break;
        }
        let (key, value) = match trimmed.split_once(char::is_whitespace) {
            Some((k, v)) => (k.trim_end_matches(':'), v.trim()),
            None => (trimmed.trim_end_matches(':'), ""),
        };
        let key = key.to_ascii_lowercase();
        if !HEADER_KEYS.contains(&key.as_str()) {
            break;
        }
        match key.as_str() {
            "date" => {
                let (date_text, tail) = split_date_value(value);
                match parse_date(date_text) {
                    Ok(d) => readout.date = Some(d),
                    Err(reason) => warnings.push(Warning {
                        location: location.to_string(),
                        kind: "bad date",
                        reason: format!("bad date {date_text:?} in header ({reason}); looking for one in the text"),
                        skipped: false,
                    }),
                }
                if !tail.is_empty() {
                    // The news-report form: the first paragraph starts on the date's line.
                    body_start = tail.to_string();
                    rest = after;
                    break;
                }
            }
            "title" => readout.title = collapse_spaces(value),
            "url" => readout.url = Some(value.to_string()).filter(|v| !v.is_empty()),
            "id" => readout.id = value.to_string(),
            "speaker" | "speakers" => header_speakers.extend(split_list(value)),
            _ => header_countries.extend(known_countries(split_list(value), location, warnings)),
        }
        rest = after;
    }
    let body = if body_start.is_empty() { rest.to_string() } else { format!("{body_start}\n{rest}") };
    readout.body = clean_markdown(&body);
    if !header_speakers.is_empty() {
        readout.speakers = header_speakers;
    }
    if !header_countries.is_empty() {
        readout.countries = header_countries;
    }
    readout
}

/// Splits a header date value into the date (with an optional time) and any text after it.
fn split_date_value(value: &str) -> (&str, &str) {
    let mut end = value.find(char::is_whitespace).unwrap_or(value.len());
    // `2023-11-28 17:12:47-05:00`: a time right after the date belongs to it.
    let after = value[end..].trim_start();
    let time_len = after.find(char::is_whitespace).unwrap_or(after.len());
    if after.as_bytes().get(2) == Some(&b':')
        && after[..time_len].chars().all(|c| c.is_ascii_digit() || ":+-.Z".contains(c))
    {
        end = value.len() - after.len() + time_len;
    }
    (&value[..end], value[end..].trim())
}

fn split_list(value: &str) -> Vec<String> {
    value.split([';', ',']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Turns a markdown-ish, hard-wrapped body into prose: wrapped lines joined into paragraphs, escapes
/// (`\###`, `\*`) and emphasis dropped, links reduced to their text, list items one a line.
/// Paragraphs are separated by a blank line.
pub fn clean_markdown(text: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::with_capacity(text.len());
    let mut block = String::new();
    // The separator before the next line: a blank line between paragraphs, a line break between the
    // items of a list and the lines of a hard-broken paragraph.
    let mut separator = "\n\n";
    let mut last_was_item = false;
    let flush = |block: &mut String, out: &mut String, separator: &str| {
        let line = collapse_spaces(block);
        block.clear();
        // Drop blocks that are only markup debris, such as the `###` end marker.
        if line.chars().any(char::is_alphanumeric) {
            if !out.is_empty() {
                out.push_str(separator);
            }
            out.push_str(&line);
            return true;
        }
        false
    };
    for event in Parser::new(text) {
        match event {
            Event::Text(t) | Event::Code(t) => block.push_str(&t),
            Event::SoftBreak => block.push(' '),
            Event::HardBreak => {
                // A hard break ends a line of its own (names in a list of participants).
                let flushed = flush(&mut block, &mut out, separator);
                separator = if flushed { "\n" } else { separator };
            }
            Event::Start(Tag::Item) => {
                flush(&mut block, &mut out, separator);
                separator = if last_was_item { "\n" } else { "\n\n" };
                block.push_str("- ");
                last_was_item = true;
            }
            Event::Start(Tag::Paragraph) if last_was_item && block.starts_with("- ") => {}
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::BlockQuote(_)) => {
                flush(&mut block, &mut out, separator);
                separator = "\n\n";
                last_was_item = false;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::BlockQuote(_))
                if !block.starts_with("- ") =>
            {
                flush(&mut block, &mut out, separator);
                separator = "\n\n";
            }
            Event::End(TagEnd::Item) => {
                flush(&mut block, &mut out, separator);
                separator = "\n";
            }
            Event::End(TagEnd::List(_)) => {
                separator = "\n\n";
                last_was_item = false;
            }
            Event::Html(h) | Event::InlineHtml(h) if !h.trim_start().starts_with('<') => block.push_str(&h),
            _ => {}
        }
    }
    flush(&mut block, &mut out, separator);
    out
}

static ARTICLE: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("article, main, [role=main]").expect("static selector"));
static BODY: LazyLock<Selector> = LazyLock::new(|| Selector::parse("body").expect("static selector"));
static OG_TITLE: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"meta[property="og:title"]"#).expect("static selector"));
static H1: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1").expect("static selector"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("title").expect("static selector"));
static DATE_META: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse(r#"meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="datePublished"], meta[property="datePublished"]"#)
        .expect("static selector")
});
static TIME: LazyLock<Selector> = LazyLock::new(|| Selector::parse("time[datetime]").expect("static selector"));
static CANONICAL: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"link[rel="canonical"]"#).expect("static selector"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"script[type="application/ld+json"]"#).expect("static selector"));

/// Page furniture that is never readout text, hidden before html2text renders the page.
const FURNITURE_CSS: &str = "nav, header, footer, aside, form, script, style, noscript, template, iframe, svg, button, \
    [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden] { display: none; }";

/// Deepest element nesting parsed as such. The HTML parser looks through every open element for
/// each new tag, so a page nested 100,000 deep would take hours; real pages nest a few dozen deep
/// (browsers stop nesting at 512).
const MAX_HTML_DEPTH: usize = 256;

/// Parses an HTML page: title from `og:title`, else `<h1>`, else `<title>`; date from the
/// published-time meta, `datePublished` or `<time datetime>`; url from the canonical link; body text
/// from `<article>`/`<main>` (else `<body>`) through html2text with page furniture hidden.
fn parse_html(html: &str, location: &str, warnings: &mut Vec<Warning>) -> Readout {
    let flattened = flatten_deep_nesting(html, MAX_HTML_DEPTH);
    if let Some((_, depth)) = &flattened {
        warnings.push(Warning {
            location: location.to_string(),
            kind: "deep nesting",
            reason: format!(
                "elements nested {depth} deep; the tags below level {MAX_HTML_DEPTH} are ignored and their text read"
            ),
            skipped: false,
        });
    }
    let html = flattened.as_ref().map_or(html, |(h, _)| h.as_str());
    let doc = Html::parse_document(html);
    let attr = |sel: &Selector, name: &str| {
        doc.select(sel).find_map(|e| e.value().attr(name).map(str::trim).filter(|v| !v.is_empty()).map(String::from))
    };
    let text_of = |sel: &Selector| {
        doc.select(sel).map(|e| collapse_spaces(&e.text().collect::<String>())).find(|t| !t.is_empty())
    };
    let title = attr(&OG_TITLE, "content").or_else(|| text_of(&H1)).or_else(|| text_of(&TITLE)).unwrap_or_default();
    let url = attr(&CANONICAL, "href");
    let mut date = None;
    let date_text = attr(&DATE_META, "content").or_else(|| json_ld_date(&doc)).or_else(|| attr(&TIME, "datetime"));
    if let Some(d) = date_text {
        match parse_date(&d) {
            Ok(d) => date = Some(d),
            Err(reason) => warnings.push(Warning {
                location: location.to_string(),
                kind: "bad date",
                reason: format!("bad published date {d:?} ({reason}); looking for one in the text"),
                skipped: false,
            }),
        }
    }
    let content =
        doc.select(&ARTICLE).next().or_else(|| doc.select(&BODY).next()).map(|e| e.html()).unwrap_or_default();
    let mut body = html_to_text(&content);
    // The headline is the title field; a copy at the top of the body would only repeat it.
    if !title.is_empty()
        && let Some(rest) = body.strip_prefix(title.as_str())
    {
        body = rest.trim_start().to_string();
    }
    Readout { title, url, date, body, ..Readout::default() }
}

/// Elements that hold no others, or that the parser closes by itself when the next one starts:
/// they add no nesting.
const FLAT_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "tr", "td", "th", "option",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// When `html` nests elements deeper than `limit`, a copy without the tags below that level (their
/// text kept) and the depth found; `None` for the usual page. A scan of the tags, not a parse: it
/// only has to bound what the parser will see.
fn flatten_deep_nesting(html: &str, limit: usize) -> Option<(String, usize)> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    // Byte ranges of the tags to drop.
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let rest = &html[start + 1..];
        let tag_end = |from: usize| html[from..].find('>').map_or(html.len(), |i| from + i + 1);
        if rest.starts_with("!--") {
            at = html[start..].find("-->").map_or(html.len(), |i| start + i + 3);
            continue;
        }
        let (closing, name_from) = if rest.starts_with('/') { (true, start + 2) } else { (false, start + 1) };
        let name_len = html[name_from..].bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || !html.as_bytes()[name_from].is_ascii_alphabetic() {
            at = if rest.starts_with(['!', '?']) { tag_end(start) } else { start + 1 };
            continue;
        }
        let name = html[name_from..name_from + name_len].to_ascii_lowercase();
        let end = tag_end(name_from);
        at = end;
        if FLAT_ELEMENTS.contains(&name.as_str()) || html[..end].ends_with("/>") {
            continue;
        }
        if closing {
            if depth > limit {
                dropped.push((start, end));
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        if RAW_TEXT_ELEMENTS.contains(&name.as_str()) {
            at = end_tag_start(html, end, &name);
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if depth > limit {
            dropped.push((start, end));
        }
    }
    if dropped.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in dropped {
        out.push_str(&html[from..start]);
        out.push(' ');
        from = end;
    }
    out.push_str(&html[from..]);
    Some((out, deepest))
}

/// Where the end tag `</name` (any case) starts after `from`; the end of `html` when there is none.
fn end_tag_start(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = html[at..].find("</") {
        let start = at + i;
        let candidate = html.as_bytes().get(start + 2..start + 2 + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return start;
        }
        at = start + 2;
    }
    html.len()
}

fn json_ld_date(doc: &Html) -> Option<String> {
    doc.select(&JSON_LD).find_map(|script| {
        let value: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).ok()?;
        find_key(&value, "datePublished")
    })
}

fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|v| v.as_str().map(String::from))
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// Renders an HTML fragment as plain prose paragraphs.
fn html_to_text(html: &str) -> String {
    // html2text wraps at a width; a very wide one keeps paragraphs on one line.
    const NO_WRAP: usize = 1_000_000;
    // The trivial decorator writes text only: no brackets around links, no markers for emphasis.
    let plain = || html2text::config::with_decorator(html2text::render::TrivialDecorator::new());
    let config = plain().add_css(FURNITURE_CSS).map(|c| c.no_link_wrapping());
    let rendered = match config {
        Ok(config) => config.string_from_read(html.as_bytes(), NO_WRAP),
        Err(_) => plain().string_from_read(html.as_bytes(), NO_WRAP),
    };
    let text = match rendered {
        Ok(t) => t,
        // html2text refuses very deep trees: fall back to the bare text nodes.
        Err(_) => Html::parse_fragment(html).root_element().text().collect::<Vec<_>>().join(" "),
    };
    let mut out = String::with_capacity(text.len());
    for para in text.split("\n\n") {
        let line = para
            .lines()
            .map(|l| l.trim().trim_start_matches('#').trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
            // No-break spaces are layout, not meaning: plain spaces read and split alike.
            .replace('\u{a0}', " ");
        if line.chars().any(char::is_alphanumeric) {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&line);
        }
    }
    out
}

/// [`read_file`], with a bug in parsing or extraction turned into a warning about that one file
/// instead of a crash of the whole run.
fn read_file_guarded(path: &Path, root: &Path, known: Option<&Known>) -> FileResult {
    std::panic::catch_unwind(|| read_file_unless_known(path, root, known)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        FileResult::skip(
            path.display().to_string(),
            "internal error",
            format!("internal error while reading ({what}); please report it"),
        )
    })
}

/// Lines of a JSONL file parsed together by one worker: enough to amortise the hand-over, few
/// enough to keep memory bounded and both cores busy.
const JSONL_BATCH: usize = 256;

/// One piece of work for the readers: a whole file, or a batch of a JSONL file's lines.
enum Work<'a> {
    File(&'a Path, &'a Path),
    Lines {
        batch: Vec<(usize, Vec<u8>)>,
        file: Arc<JsonlFile>,
        last: bool,
    },
    /// Already read (a JSONL file that could not be opened, a read error).
    Done(FileResult),
}

/// What the lines of one JSONL file share.
struct JsonlFile {
    location: String,
    source: String,
    id_base: String,
}

/// Reads `files` (each with the directory it was found under) on `threads` worker threads (0: one
/// per core), skipping text and HTML files `known` to be unchanged, and hands the results to
/// `consume` in file order, so that runs are deterministic (the first of two readouts with one id
/// is always the same). A JSONL file is streamed: its lines are parsed in batches by all the
/// workers, so one big file is read in parallel and never held in memory whole. `consume` gets one
/// result per file or per batch; [`FileResult::ends_file`] tells which ends a file. Stops at the
/// first error of `consume`.
pub fn read_files(
    files: &[(PathBuf, PathBuf)],
    threads: usize,
    known: Option<&Known>,
    mut consume: impl FnMut(FileResult) -> crate::Result<()>,
) -> crate::Result<()> {
    let threads = if threads == 0 { std::thread::available_parallelism().map_or(2, |n| n.get()) } else { threads };
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Work<'_>)>(threads * 4);
    // Workers take turns at one queue; the lock is held only to receive. A worker whose results are
    // no longer wanted drops the queue, which unblocks the producer.
    let work_rx = std::sync::Mutex::new(Some(work_rx));
    std::thread::scope(|scope| {
        let (done_tx, done_rx) = mpsc::sync_channel::<(usize, FileResult)>(threads * 8);
        // The producer: files in order, JSONL files cut into batches of lines.
        scope.spawn(move || {
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
                        if !send(Work::Done(FileResult::not_a_file(location, &meta))) {
                            return;
                        }
                        continue;
                    }
                    _ => {}
                }
                let file = match fs::File::open(path) {
                    Ok(f) => f,
                    Err(e) => {
                        if !send(Work::Done(FileResult::skip(location, "unreadable", format!("cannot read: {e}")))) {
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
                        let mut r = FileResult::default();
                        r.warnings.append(&mut warnings);
                        if !send(Work::Done(r)) {
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
        });
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || {
                loop {
                    let next = work_rx.lock().ok().and_then(|rx| rx.as_ref().map(|rx| rx.recv()));
                    let Some(Ok((seq, work))) = next else { break };
                    let result = match work {
                        Work::File(path, root) => {
                            FileResult { ends_file: true, ..read_file_guarded(path, root, known) }
                        }
                        Work::Done(result) => result,
                        Work::Lines { batch, file, last } => {
                            let mut result = FileResult::default();
                            for (number, line) in &batch {
                                parse_jsonl_line(
                                    line,
                                    *number,
                                    &file.location,
                                    &file.source,
                                    &file.id_base,
                                    &mut result,
                                );
                            }
                            result.ends_file = last;
                            result
                        }
                    };
                    if done_tx.send((seq, result)).is_err() {
                        if let Ok(mut rx) = work_rx.lock() {
                            rx.take();
                        }
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut pending: BTreeMap<usize, FileResult> = BTreeMap::new();
        let mut want = 0;
        for (seq, result) in done_rx {
            pending.insert(seq, result);
            while let Some(result) = pending.remove(&want) {
                consume(result)?;
                want += 1;
            }
        }
        Ok(())
    })
}

/// Lists the readout files under `paths` (files or directories, walked recursively), each with the
/// directory it was found under; also returns the canonical roots walked. Problems become warnings.
///
/// Symbolic links are followed only while they stay inside the directory walked: a link out of it
/// (`x.txt -> /etc/shadow`) would index, and a server would serve, a file nobody chose to index.
/// A path named itself is read wherever it leads. Pipes, devices and sockets are passed over with
/// a warning: reading one blocks or never ends.
pub fn walk(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> (Vec<(PathBuf, PathBuf)>, Vec<PathBuf>) {
    let mut files = Vec::new();
    let mut roots = Vec::new();
    for path in paths {
        let Ok(canonical) = path.canonicalize() else {
            warnings.push(Warning {
                location: path.display().to_string(),
                kind: "unreadable",
                reason: "no such file or directory".into(),
                skipped: true,
            });
            continue;
        };
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => {
                warnings.push(Warning {
                    location: path.display().to_string(),
                    kind: "unreadable",
                    reason: format!("cannot read: {e}"),
                    skipped: true,
                });
                continue;
            }
        };
        if meta.is_file() {
            roots.push(canonical);
            let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
            files.push((path.clone(), root));
            continue;
        }
        if !meta.is_dir() {
            warnings.push(Warning {
                location: path.display().to_string(),
                kind: "not a file",
                reason: format!("{}, not a file or directory", special_kind(meta.file_type())),
                skipped: true,
            });
            continue;
        }
        roots.push(canonical.clone());
        let mut entries = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name().into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    warnings.push(Warning {
                        location: e.path().unwrap_or(path).display().to_string(),
                        kind: "unreadable",
                        reason: if e.loop_ancestor().is_some() { "symbolic link loop".into() } else { e.to_string() },
                        skipped: true,
                    });
                    continue;
                }
            };
            let is_dir = entry.file_type().is_dir();
            let wanted = is_dir || Format::of(entry.path()).is_some();
            if entry.path_is_symlink() && wanted {
                let inside = fs::canonicalize(entry.path()).is_ok_and(|target| target.starts_with(&canonical));
                if !inside {
                    if is_dir {
                        entries.skip_current_dir();
                    }
                    warnings.push(Warning {
                        location: entry.path().display().to_string(),
                        kind: "outside link",
                        reason: format!("a symbolic link out of {}; not followed", path.display()),
                        skipped: true,
                    });
                    continue;
                }
            }
            if is_dir || !wanted {
                continue;
            }
            if entry.file_type().is_file() {
                files.push((entry.path().to_path_buf(), path.clone()));
            } else {
                warnings.push(Warning {
                    location: entry.path().display().to_string(),
                    kind: "not a file",
                    reason: format!("{}, not a file", special_kind(entry.file_type())),
                    skipped: true,
                });
            }
        }
    }
    (files, roots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_vanishes_after_the_walk_is_one_warning_and_the_rest_is_read() {
        let tmp = tempfile::tempdir().unwrap();
        for name in ["a.txt", "b.txt", "c.txt"] {
            fs::write(tmp.path().join(name), format!("date 2023-01-02\ntitle {name}\n\nSome text.")).unwrap();
        }
        let mut warnings = Vec::new();
        let (files, _) = walk(&[tmp.path().to_path_buf()], &mut warnings);
        assert_eq!(files.len(), 3);
        fs::remove_file(tmp.path().join("b.txt")).unwrap();
        let mut read = Vec::new();
        read_files(&files, 2, None, |result| {
            read.extend(result.readouts.into_iter().map(|l| l.readout.title));
            warnings.extend(result.warnings);
            Ok(())
        })
        .unwrap();
        assert_eq!(read, ["a.txt", "c.txt"]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].location.ends_with("b.txt") && warnings[0].reason.contains("cannot read"), "{warnings:?}");
    }

    #[test]
    fn deep_nesting_is_flattened_below_the_limit_and_shallow_pages_are_left_alone() {
        let shallow = "<html><body><div><p>One<p>Two<br><img src=x></div><script>if (a<b) {}</script></body></html>";
        assert_eq!(flatten_deep_nesting(shallow, 3), None);
        let deep = format!("<body>{}text{}</body>", "<div>".repeat(10), "</div>".repeat(10));
        let (flat, depth) = flatten_deep_nesting(&deep, 4).unwrap();
        assert_eq!(depth, 11);
        assert_eq!(flat.matches("<div>").count(), 3);
        assert_eq!(flat.matches("</div>").count(), 3);
        assert!(flat.contains("text"));
    }

    fn text(raw: &str) -> (Readout, Vec<Warning>) {
        let mut w = Vec::new();
        (parse_text(raw, "t.txt", &mut w), w)
    }

    #[test]
    fn header_lines_then_body() {
        let (r, w) = text(
            "date 2021-01-23\ntitle Readout of a Call\nurl https://x/y\n\nPresident Biden spoke with\nMexican President López Obrador.\n\n\\###\n",
        );
        assert!(w.is_empty());
        assert_eq!(r.date, NaiveDate::from_ymd_opt(2021, 1, 23));
        assert_eq!(r.title, "Readout of a Call");
        assert_eq!(r.url.as_deref(), Some("https://x/y"));
        assert_eq!(r.body, "President Biden spoke with Mexican President López Obrador.");
    }

    #[test]
    fn first_paragraph_on_the_date_line() {
        let (r, _) = text(
            " date 2023-11-28 Secretary of State Antony Blinken discussed the process.\n\nAccording to a readout, more.",
        );
        assert_eq!(r.date, NaiveDate::from_ymd_opt(2023, 11, 28));
        assert_eq!(r.body, "Secretary of State Antony Blinken discussed the process.\n\nAccording to a readout, more.");
    }

    #[test]
    fn untitled_readouts_take_their_first_sentence() {
        assert_eq!(lead_title("Blinken spoke with Aliyev. Then more."), "Blinken spoke with Aliyev");
        let long = lead_title(&format!("{} end.", "word ".repeat(40)));
        assert!(long.ends_with("word…") && long.chars().count() <= 121, "{long}");
    }

    #[test]
    fn bad_header_date_warns() {
        let (r, w) = text("date 2023-13-45\ntitle T\n\nBody.");
        assert_eq!(r.date, None);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].kind, "bad date");
    }

    #[test]
    fn markdown_escapes_links_and_lists() {
        let md = "Participants:\n\n-   Secretary of Education\\*\n-   Sheila Katz, CEO, National\n    Council\n\n**Bold heading**\n\nSee [HealthCare.gov](http://healthcare.gov/) now \\[t\\]he.\n";
        assert_eq!(
            clean_markdown(md),
            "Participants:\n\n- Secretary of Education*\n- Sheila Katz, CEO, National Council\n\nBold heading\n\nSee HealthCare.gov now [t]he."
        );
    }

    #[test]
    fn hard_breaks_keep_lines() {
        let md = "Michigan Governor Gretchen Whitmer  \nIndiana Governor Eric Holcomb  \n";
        assert_eq!(clean_markdown(md), "Michigan Governor Gretchen Whitmer\nIndiana Governor Eric Holcomb");
    }

    #[test]
    fn html_page() {
        let html = r#"<html><head><title>T - Site</title><meta property="og:title" content="Secretary's Call">
            <meta property="article:published_time" content="2021-05-20T21:10:41-04:00">
            <link rel="canonical" href="https://www.state.gov/call/"></head>
            <body><nav>Home | About</nav><article><h1>Secretary's Call</h1><p>The below is attributable to <b>Spokesperson</b> Ned Price:</p>
            <p>Secretary Blinken spoke &amp; listened at the <a href="/x">Summit of the Americas</a>.</p><script>var x;</script></article><footer>Site map</footer></body></html>"#;
        let mut w = Vec::new();
        let r = parse_html(html, "p.html", &mut w);
        assert_eq!(r.title, "Secretary's Call");
        assert_eq!(r.date, NaiveDate::from_ymd_opt(2021, 5, 20));
        assert_eq!(r.url.as_deref(), Some("https://www.state.gov/call/"));
        assert_eq!(
            r.body,
            "The below is attributable to Spokesperson Ned Price:\n\nSecretary Blinken spoke & listened at the Summit of the Americas."
        );
    }

    #[test]
    fn html_without_article_drops_furniture() {
        let html = "<html><head><title>Only Title</title></head><body><header>Menu</header><p>Text here.</p><footer>Foot</footer></body></html>";
        let r = parse_html(html, "p.html", &mut Vec::new());
        assert_eq!(r.title, "Only Title");
        assert_eq!(r.body, "Text here.");
    }

    #[test]
    fn jsonl_records_and_bad_lines() {
        let input = "{\"id\":\"a\",\"date\":\"2023-01-02\",\"title\":\"One\",\"body\":\"Armenia and Azerbaijan.\",\"speakers\":[\"X Y\"]}\n{broken\n\n{\"title\":\"Two\",\"html\":\"<p>Hi from Japan</p>\",\"countries\":[\"FR\"]}\n";
        let r = read_jsonl_from(input.as_bytes(), "f.jsonl", "/abs/f.jsonl", "f.jsonl");
        assert_eq!(r.readouts.len(), 2);
        assert_eq!(r.readouts[0].readout.id, "a");
        assert_eq!(r.readouts[0].readout.speakers, vec!["X Y"]);
        assert_eq!(r.readouts[1].readout.id, "f.jsonl#4");
        assert_eq!(r.readouts[1].readout.body, "Hi from Japan");
        assert_eq!(r.readouts[1].readout.countries[0].code, "FR");
        assert!(r.warnings.iter().any(|w| w.location == "f.jsonl:2" && w.kind == "bad record"));
    }

    #[test]
    fn big_jsonl_files_stream_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.jsonl");
        let mut text = String::new();
        for i in 0..(JSONL_BATCH * 2 + 10) {
            if i == 300 {
                text.push_str("{broken\n");
            }
            text.push_str(&format!(
                "{{\"id\":\"r{i}\",\"title\":\"Readout {i}\",\"body\":\"Talks with Chile.\",\"date\":\"2022-01-01\"}}\n"
            ));
        }
        std::fs::write(&path, text).unwrap();
        let other = dir.path().join("one.txt");
        std::fs::write(&other, "date 2022-01-02\ntitle One\n\nBody.\n").unwrap();
        let files = vec![(path.clone(), dir.path().to_path_buf()), (other, dir.path().to_path_buf())];
        let (mut ids, mut warnings, mut ends) = (Vec::new(), Vec::new(), 0);
        read_files(&files, 2, None, |r| {
            ids.extend(r.readouts.into_iter().map(|l| l.readout.id));
            warnings.extend(r.warnings);
            ends += usize::from(r.ends_file);
            Ok(())
        })
        .unwrap();
        let expected: Vec<String> =
            (0..(JSONL_BATCH * 2 + 10)).map(|i| format!("r{i}")).chain(["one.txt".into()]).collect();
        assert_eq!(ids, expected, "every record, in file order");
        assert_eq!(ends, 2, "one end per file");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].location.ends_with("many.jsonl:301"), "{}", warnings[0]);
    }

    #[test]
    fn binary_is_refused() {
        let mut w = Vec::new();
        assert!(decode(b"\x7fELF\0\0\x01", "b.txt", &mut w).is_none());
        assert_eq!(w[0].kind, "binary");
    }

    #[test]
    fn text_is_kept_and_late_nuls_dropped() {
        let mut w = Vec::new();
        let plain = "Secretary Blinken’s call.";
        assert_eq!(decode(plain.as_bytes(), "a.txt", &mut w).as_deref(), Some(plain));
        let late_nul = format!("{}\0end", "x".repeat(9000));
        assert_eq!(decode(late_nul.as_bytes(), "a.txt", &mut w), Some(format!("{}end", "x".repeat(9000))));
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dates_with_times() {
        assert_eq!(parse_date("2021-01-22 17:12:47-05:00"), Ok(NaiveDate::from_ymd_opt(2021, 1, 22).unwrap()));
        assert!(parse_date("2023-13-45").is_err());
        assert_eq!(split_date_value("2021-01-22 17:12:47-05:00"), ("2021-01-22 17:12:47-05:00", ""));
        assert_eq!(split_date_value("2023-11-28 Secretary said"), ("2023-11-28", "Secretary said"));
    }
}
