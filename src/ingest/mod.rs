//! Reading readouts from files: `.txt`/`.md` with `key value` header lines ([`text`]), `.html`/`.htm`
//! pages ([`html`]) and `.jsonl`/`.ndjson` records ([`jsonl`]); the directory walk ([`walk()`]) and
//! the ordered parallel reader ([`read_files`]).
//!
//! Parsing only: a parsed readout holds what its file says, and [`Given`] tells which facets the
//! file gave; [`crate::complete()`] fills in the rest. Every problem with one file becomes a
//! [`Warning`] that names the file and the reason; the caller goes on with the rest.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use chrono::NaiveDate;

use crate::readout::{Country, Readout};

mod file;
pub mod html;
pub mod jsonl;
mod parallel;
pub mod text;
mod walk;
mod warning;

pub use file::{parse_document, read_file};
pub use jsonl::read_jsonl_from;
pub use parallel::read_files;
pub use walk::walk;
pub use warning::{Warning, WarningKind, escape_controls};

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

/// Which facets a source gave itself (a header line, a record's field): those are kept as given,
/// even when empty; the others are extracted from the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    /// The speakers (and their roles) were given.
    pub speakers: bool,
    /// The countries were given.
    pub countries: bool,
}

impl Given {
    /// What a readout built in memory gives: the facets it holds, an empty list counting as not
    /// given.
    pub fn of(readout: &Readout) -> Given {
        Given { speakers: !readout.speakers.is_empty(), countries: !readout.countries.is_empty() }
    }
}

/// A readout as its file gives it, with what the indexer needs to tell whether it changed.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The readout: text, title, url and date as the file has them, facets only where given.
    pub readout: Readout,
    /// Which facets the file gave.
    pub given: Given,
    /// Where it was read, for warnings: the file, with `:LINE` for a JSONL record.
    pub location: String,
    /// A hash of the source bytes and [`Reading::version`]: equal hashes need no re-indexing.
    pub hash: String,
    /// The absolute path of the file it came from, used to tell which indexed readouts vanished.
    pub source: String,
    /// The path of the file it came from relative to the directory it was found under.
    pub relative_path: String,
}

/// What reading one file, or one batch of a JSONL file's lines, gave.
#[derive(Debug, Default)]
pub struct Batch {
    /// The readouts read.
    pub readouts: Vec<Parsed>,
    /// Ids of readouts found unchanged by their file's hash, and so not parsed again.
    pub unchanged: Vec<String>,
    /// Problems found, each naming the file.
    pub warnings: Vec<Warning>,
    /// True when this batch ends a file (a JSONL file comes in several).
    pub ends_file: bool,
}

impl Batch {
    /// The batch of a file that was skipped.
    fn skip(location: String, kind: WarningKind, reason: impl Into<String>) -> Self {
        Batch { warnings: vec![Warning::skipped(location, kind, reason)], ends_file: true, ..Batch::default() }
    }

    /// The skip of a path that is no regular file. Why: a pipe or a device never ends (/dev/zero)
    /// or blocks the reader until someone writes.
    fn not_a_file(location: String, meta: &fs::Metadata) -> Self {
        Batch::skip(location, WarningKind::NotAFile, format!("{}, not a file", walk::special_kind(meta.file_type())))
    }
}

/// How [`read_files`] reads.
#[derive(Debug, Default)]
pub struct Reading<'a> {
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// Mixed into every content hash: whatever else decides what a readout becomes once stored
    /// (the extractor's and the index's versions), so that a new version re-indexes everything.
    pub version: &'a str,
    /// Text and HTML files an index already holds: their absolute path → (content hash, id). A
    /// file whose hash is unchanged is not parsed again.
    pub indexed: Option<&'a HashMap<String, (String, String)>>,
}

/// A readout's id, by the one rule for every way in: the id its source gives, else its url, else
/// `fallback` (a file's path below the directory walked, `FILE#LINE` for a record); blank counts
/// as not given.
pub fn readout_id(given: &str, url: Option<&str>, fallback: impl FnOnce() -> String) -> String {
    let given = given.trim();
    if !given.is_empty() {
        return given.to_string();
    }
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => url.to_string(),
        None => fallback(),
    }
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

/// Runs of white space as one space, none at the ends.
fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
        match crate::extract::country::lookup(&value) {
            Some(country) => out.push(country),
            None => warnings.push(Warning::kept(
                location,
                WarningKind::UnknownCountry,
                format!("unknown country {value:?} left out (give an ISO 3166-1 code or a name)"),
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests;
