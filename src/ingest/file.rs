//! One file: its bytes read (within the size limit) and decoded, and handed to its format's parser.

use std::fs;
use std::path::{Path, PathBuf};

use super::{
    Batch, Format, Given, MAX_FILE_BYTES, Parsed, Reading, Warning, WarningKind, html, jsonl, readout_id, text,
};
use crate::readout::Readout;

/// Reads one file. `root` is the directory it was found under: the id of a readout without a url
/// is its path relative to it.
pub fn read_file(path: &Path, root: &Path) -> Batch {
    read_file_with(path, root, &Reading::default())
}

/// [`read_file`], skipping a text or HTML file that `reading` says the index holds unchanged.
pub(super) fn read_file_with(path: &Path, root: &Path, reading: &Reading<'_>) -> Batch {
    let location = path.display().to_string();
    let Some(format) = Format::of(path) else {
        return Batch::skip(
            location,
            WarningKind::Unsupported,
            "not a readout file (.txt, .md, .html, .htm, .jsonl, .ndjson)",
        );
    };
    let source = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
    let rel_id = relative_id(path, root);
    if format == Format::Jsonl {
        return jsonl::read_jsonl(path, &source, &rel_id, reading.version);
    }
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return Batch::skip(location, WarningKind::Unreadable, format!("cannot read: {e}")),
    };
    if !meta.is_file() {
        return Batch::not_a_file(location, &meta);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Batch::skip(
            location,
            WarningKind::TooLarge,
            format!(
                "too large ({:.1} MB; the limit is {} MB)",
                meta.len() as f64 / 1e6,
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        );
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => return Batch::skip(location, WarningKind::Unreadable, format!("cannot read: {e}")),
    };
    let mut batch = Batch::default();
    let hash = content_hash(reading.version, &bytes);
    if let Some((_, id)) = reading.indexed.and_then(|k| k.get(&source)).filter(|(h, _)| *h == hash) {
        batch.unchanged.push(id.clone());
        return batch;
    }
    if let Some((mut readout, given)) = parse_document(&bytes, format, &location, &mut batch.warnings) {
        // Without a url, the id is the path below the directory walked, not the path as given.
        if readout.url.as_deref().is_none_or(str::is_empty) {
            readout.id = rel_id.clone();
        }
        batch.readouts.push(Parsed { readout, given, location, hash, source, relative_path: rel_id });
    }
    batch
}

/// Parses the bytes of one text or HTML file into its readout and the facets it gave; `location`
/// names the file in warnings and becomes the readout's path. `None` (with a warning) when the
/// bytes hold no readout. A JSONL file holds many readouts: read it with
/// [`read_jsonl_from`](super::read_jsonl_from).
pub fn parse_document(
    bytes: &[u8],
    format: Format,
    location: &str,
    warnings: &mut Vec<Warning>,
) -> Option<(Readout, Given)> {
    let (mut readout, given) = parse_bytes(bytes, format, location, warnings)?;
    readout.id = readout_id(&readout.id, readout.url.as_deref(), || location.to_string());
    Some((readout, given))
}

/// [`parse_document`] with the id as the file gives it (a text header's `id`), else empty.
fn parse_bytes(bytes: &[u8], format: Format, location: &str, warnings: &mut Vec<Warning>) -> Option<(Readout, Given)> {
    let text = decode(bytes, location, warnings)?;
    let (mut readout, given) = match format {
        Format::Text => text::parse_text(&text, location, warnings),
        Format::Html => (html::parse_html(&text, location, warnings), Given::default()),
        Format::Jsonl => {
            warnings.push(Warning::skipped(location, WarningKind::Unsupported, "a JSONL file holds many readouts"));
            return None;
        }
    };
    if readout.title.trim().is_empty() && readout.body.trim().is_empty() {
        warnings.push(Warning::skipped(location, WarningKind::Empty, "no title and no text"));
        return None;
    }
    readout.path = location.to_string();
    Some((readout, given))
}

/// Decodes bytes as UTF-8, lossily with a warning; refuses binary data.
pub(super) fn decode(bytes: &[u8], location: &str, warnings: &mut Vec<Warning>) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        warnings.push(Warning::skipped(location, WarningKind::Binary, "binary data (NUL bytes), not text"));
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        // NULs past the head are dropped; most texts have none, and are copied without a scan by
        // characters (replace's was a few per cent of reading a JSONL file).
        Ok(s) if s.contains('\0') => Some(s.replace('\0', "")),
        Ok(s) => Some(s.to_owned()),
        Err(e) => {
            warnings.push(Warning::kept(
                location,
                WarningKind::InvalidUtf8,
                format!("invalid UTF-8 at byte {}; decoded lossily", e.valid_up_to()),
            ));
            Some(String::from_utf8_lossy(bytes).replace('\0', ""))
        }
    }
}

/// The hash that tells an unchanged source: `version` (see [`Reading::version`]) and the bytes.
pub(super) fn content_hash(version: &str, bytes: &[u8]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(version.as_bytes());
    hasher.update(bytes);
    hasher.finalize().to_hex()[..32].to_string()
}

/// The path of a file below the directory it was found under, with forward slashes.
pub(super) fn relative_id(path: &Path, root: &Path) -> String {
    let rel: PathBuf = if root == path {
        path.file_name().map(PathBuf::from).unwrap_or_else(|| path.to_path_buf())
    } else {
        path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
    };
    rel.to_string_lossy().replace('\\', "/")
}
