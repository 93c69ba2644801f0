//! JSON lines (`.jsonl`, `.ndjson`): one readout record a line, the format `readouts export` writes
//! and the server's `POST /readouts` reads.
//!
//! A record holds `id`, `url`, `title`, `date`, and the text as `body` (kept as given) or `html`
//! (converted as a page is); `speakers` (with `roles`) and `countries` (ISO codes, names, or
//! `{code, name}` objects) when the producer knows them. Every field is optional; a record with
//! neither title nor text is skipped.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::Deserialize;

use super::file::{content_hash, decode};
use super::{
    Batch, Given, MAX_LINE_BYTES, Parsed, Warning, WarningKind, collapse_spaces, known_countries, parse_date,
    readout_id,
};
use crate::readout::{Readout, SpeakerRole};

/// Reads readouts from any `Read` of JSON lines (a file, a buffer). `source`
/// and `id_base` are the file's absolute and relative paths (a record without id or url is
/// `id_base#LINE`), `version` goes into each record's hash.
pub fn read_jsonl_from(reader: impl Read, location: &str, source: &str, id_base: &str, version: &str) -> Batch {
    let mut batch = Batch::default();
    let mut lines = JsonLines::new(reader, location);
    let file = FileOfLines { location, source, id_base, version };
    while let Some(line) = lines.next_line(&mut batch.warnings) {
        file.parse_line(&line, lines.number, &mut batch);
    }
    batch.ends_file = true;
    batch
}

/// Reads a JSONL file whole (the indexer streams big ones through [`super::read_files`]).
pub(super) fn read_jsonl(path: &Path, source: &str, id_base: &str, version: &str) -> Batch {
    let location = path.display().to_string();
    match fs::File::open(path) {
        Ok(file) => read_jsonl_from(file, &location, source, id_base, version),
        Err(e) => Batch::skip(location, WarningKind::Unreadable, format!("cannot read: {e}")),
    }
}

/// What the lines of one JSONL file share.
#[derive(Debug, Clone, Copy)]
pub(super) struct FileOfLines<'a> {
    /// The file as given, for warnings and the readouts' path.
    pub location: &'a str,
    /// Its absolute path.
    pub source: &'a str,
    /// Its path below the directory walked.
    pub id_base: &'a str,
    /// Mixed into each record's hash.
    pub version: &'a str,
}

impl FileOfLines<'_> {
    /// Parses line `number` into `batch`.
    pub(super) fn parse_line(&self, line: &[u8], number: usize, batch: &mut Batch) {
        let here = format!("{}:{number}", self.location);
        let Some(text) = decode(line, &here, &mut batch.warnings) else { return };
        if text.trim().is_empty() {
            return;
        }
        match parse_record(&text, &here, &mut batch.warnings) {
            Ok(Some((mut readout, given))) => {
                readout.path = self.location.to_string();
                readout.id = readout_id(&readout.id, readout.url.as_deref(), || format!("{}#{number}", self.id_base));
                batch.readouts.push(Parsed {
                    readout,
                    given,
                    location: here,
                    hash: content_hash(self.version, text.as_bytes()),
                    source: self.source.to_string(),
                    relative_path: self.id_base.to_string(),
                });
            }
            Ok(None) => {}
            Err(reason) => batch.warnings.push(Warning::skipped(here, WarningKind::BadRecord, reason)),
        }
    }
}

/// Lines of a JSONL stream, each at most [`MAX_LINE_BYTES`] long: a longer one is skipped with a
/// warning, so one huge line cannot exhaust memory.
pub(super) struct JsonLines<R: Read> {
    reader: BufReader<R>,
    location: String,
    /// The number of the last line read, from 1.
    pub number: usize,
}

impl<R: Read> JsonLines<R> {
    pub(super) fn new(reader: R, location: &str) -> Self {
        JsonLines { reader: BufReader::new(reader), location: location.to_string(), number: 0 }
    }

    pub(super) fn next_line(&mut self, warnings: &mut Vec<Warning>) -> Option<Vec<u8>> {
        loop {
            let mut line = Vec::new();
            let n = match (&mut self.reader).take(MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut line) {
                Ok(n) => n,
                Err(e) => {
                    warnings.push(Warning::skipped(
                        self.location.clone(),
                        WarningKind::Unreadable,
                        format!("read failed after line {}: {e}", self.number),
                    ));
                    return None;
                }
            };
            if n == 0 {
                return None;
            }
            self.number += 1;
            if line.len() > MAX_LINE_BYTES && !line.ends_with(b"\n") {
                warnings.push(Warning::skipped(
                    format!("{}:{}", self.location, self.number),
                    WarningKind::TooLarge,
                    format!("line longer than {} MB", MAX_LINE_BYTES / (1024 * 1024)),
                ));
                // Skip the rest of the oversized line.
                let mut sink = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut sink);
                continue;
            }
            return Some(line);
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum CountryInput {
    Code(String),
    Full { code: String, name: Option<String> },
}

/// The record as JSON has it; `None` is a field the producer left out.
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
    roles: Vec<SpeakerRole>,
    countries: Option<Vec<CountryInput>>,
}

/// Parses one record: the readout as given, and which facets it gave. `Ok(None)` (with a warning)
/// for a record with neither title nor text; `Err` for text that is no record.
pub fn parse_record(
    text: &str,
    location: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Option<(Readout, Given)>, String> {
    let record: Record = serde_json::from_str(text).map_err(|e| format!("not a JSON readout: {e}"))?;
    let mut readout =
        Readout { id: record.id.unwrap_or_default(), url: record.url.filter(|u| !u.is_empty()), ..Readout::default() };
    if let Some(html) = record.html.as_deref().filter(|h| !h.trim().is_empty()) {
        let before = warnings.len();
        let page = super::html::parse_html(html, location, warnings);
        // A date the record gives wins over the page's: a bad one in the page is no problem then.
        if record.date.as_deref().is_some_and(|d| parse_date(d).is_ok()) {
            let mut at = 0;
            warnings.retain(|w| {
                at += 1;
                at <= before || w.kind != WarningKind::BadDate
            });
        }
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
            Err(reason) => warnings.push(Warning::kept(
                location,
                WarningKind::BadDate,
                format!("bad date {date:?} ({reason}); looking for one in the text"),
            )),
        }
    }
    if readout.title.trim().is_empty() && readout.body.trim().is_empty() {
        warnings.push(Warning::skipped(location, WarningKind::Empty, "record has no title and no body"));
        return Ok(None);
    }
    let given = Given { speakers: record.speakers.is_some(), countries: record.countries.is_some() };
    if let Some(speakers) = record.speakers {
        readout.speakers = speakers;
        readout.roles = record.roles;
    }
    if let Some(countries) = record.countries {
        let values = countries.into_iter().map(|c| match c {
            CountryInput::Code(s) => s,
            CountryInput::Full { code, name } => match name {
                Some(name) if crate::extract::country::lookup(&code).is_none() => name,
                _ => code,
            },
        });
        readout.countries = known_countries(values, location, warnings);
    }
    Ok(Some((readout, given)))
}
