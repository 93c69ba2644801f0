//! What every fuzz target checks, shared with `tests/fuzz_regressions.rs`, which runs the inputs
//! kept under `fuzz/regressions/TARGET/` through the same checks on every `cargo test`.

use std::sync::OnceLock;

use readouts::index::Fields;
use readouts::ingest::{Format, parse_document, read_jsonl_from};
use readouts::search::Period;
use readouts::search::marker::Marker;
use readouts::search::query::{Options, compile};
use readouts::search::snippet::{fragments, title_html};
use readouts::{Index, Readout, SearchRequest};

/// A text readout (header lines, markdown-ish body) from any bytes: a readout or a warning.
pub fn parse_text(data: &[u8]) {
    parse(data, Format::Text, "fuzz.txt");
}

/// An HTML readout from any bytes: a readout or a warning, in time linear in the input.
pub fn parse_html(data: &[u8]) {
    parse(data, Format::Html, "fuzz.html");
}

fn parse(data: &[u8], format: Format, location: &str) {
    let mut warnings = Vec::new();
    if let Some((mut readout, given)) = parse_document(data, format, location, &mut warnings) {
        assert!(!readout.title.trim().is_empty() || !readout.body.trim().is_empty());
        warnings.extend(readouts::complete::complete_given(&mut readout, given));
        assert!(readout.speakers.iter().all(|s| !s.trim().is_empty()));
    }
    assert!(warnings.iter().all(|w| w.location == location), "{warnings:?}");
}

/// JSON lines from any bytes: every warning names the file and its line.
pub fn parse_jsonl(data: &[u8]) {
    let mut result = read_jsonl_from(data, "fuzz.jsonl", "fuzz.jsonl", "fuzz.jsonl", "");
    readouts::complete::complete_batch(&mut result);
    assert!(result.warnings.iter().all(|w| w.location.starts_with("fuzz.jsonl")), "{:?}", result.warnings);
}

/// Facets of any title and body (split at the first newline): speakers are non-empty names,
/// countries two-letter codes, and the same input always gives the same facets.
pub fn extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (title, body) = text.split_once('\n').unwrap_or((text, ""));
    let facets = readouts::extract::extract(title, body);
    assert!(facets.speakers.iter().all(|s| !s.trim().is_empty()), "{facets:?}");
    assert!(facets.countries.iter().all(|c| c.code.len() == 2), "{facets:?}");
    assert_eq!(readouts::extract::extract(title, body), facets);
}

/// Any query through the whole search path (parsing, execution, snippets, facet counts) over a
/// small index: results or a query error, and never more hits than asked for. A leading `=` asks
/// for exact matching.
pub fn query(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut request = SearchRequest::new(text).limit(5);
    request.exact = text.starts_with('=');
    if let Ok(results) = small_index().search(&request) {
        assert!(results.hits.len() <= 5);
        assert!(results.total >= results.hits.len());
    }
}

/// A readout's packed statements from any bytes (`readouts::index::check_packed_statements`): the
/// first byte says how many of the next make the body (read as UTF-8, lossily), the rest is the
/// value. It decodes or not, never panics, and what decodes packs again to the same.
pub fn packed_statements(data: &[u8]) {
    let Some((&split, rest)) = data.split_first() else { return };
    let (body, value) = rest.split_at(usize::from(split).min(rest.len()));
    readouts::index::check_packed_statements(value, &String::from_utf8_lossy(body));
}

/// Snippets of any body for any query (the first line): fragments lie within the body,
/// highlights within their fragment, in order and on character boundaries.
pub fn snippet(data: &[u8]) {
    static FIELDS: OnceLock<Fields> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (query, body) = text.split_once('\n').unwrap_or((text, ""));
    let fields = FIELDS.get_or_init(|| Fields::schema().1);
    let Ok(compiled) = compile(fields, query, Options::default()) else { return };
    let mut marker = Marker::new(&compiled.highlights);
    let _ = title_html(body, &mut marker);
    let body_chars = body.chars().count();
    for fragment in fragments(body, &mut marker, 3) {
        assert!(fragment.range[0] <= fragment.range[1] && fragment.range[1] <= body_chars, "{fragment:?}");
        let mut end = 0;
        for h in &fragment.highlights {
            assert!(h.start >= end && h.start < h.end && h.end <= fragment.text.len(), "{fragment:?}");
            assert!(fragment.text.is_char_boundary(h.start) && fragment.text.is_char_boundary(h.end));
            end = h.end;
        }
        let _ = fragment.to_html();
    }
}

fn small_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = Index::create_in_ram().expect("in-RAM index");
        let mut writer = index.writer().expect("writer");
        let texts = [
            (
                "2023-11-28",
                "Secretary Blinken’s Call with Armenian Prime Minister Pashinyan",
                "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan about a durable and dignified \
                 peace agreement with Azerbaijan.",
            ),
            (
                "2021-03-01",
                "Spokesperson Ned Price on COVID-19 Vaccines",
                "The following is attributable to Spokesperson Ned Price: the United States delivered vaccines to \
                 Côte d’Ivoire and Georgia.",
            ),
            (
                "2024-02-02",
                "Joint Statement of the United States and Japan",
                "Foreign Minister Yoko Kamikawa and Secretary Blinken reaffirmed the alliance. MR PRICE: Thank you. \
                 QUESTION: And Taiwan?",
            ),
        ];
        for (i, (date, title, body)) in texts.into_iter().enumerate() {
            let mut readout = Readout {
                id: format!("doc-{i}"),
                title: title.into(),
                body: body.into(),
                date: date.parse().ok(),
                ..Readout::default()
            };
            readouts::complete(&mut readout);
            writer.add(&readout).expect("add");
        }
        writer.commit().expect("commit");
        drop(writer);
        index
    })
}

/// Queries built from the bytes as a structure rather than as text, so that the fuzzer reaches the
/// shapes that once took the server down within seconds: parentheses thousands deep, chains of
/// `NOT`, `-` and `+`, long phrases with a large slop, many words, typos, prefixes, fields and date
/// ranges. Each runs whole (counted, ranked, snippets, timeline) on a thread with a 256 KB stack over
/// an index with a readout dense in the query's words: an answer, or a query error (a bound); never
/// a crash, and libFuzzer's `-rss_limit_mb` and `-timeout` catch a blow-up.
pub fn query_structure(data: &[u8]) {
    let mut bytes = arbitrary::Unstructured::new(data);
    let mut text = String::new();
    structured_query(&mut bytes, &mut text, 0);
    run_on_small_stack(text);
}

/// The words the structured queries are made of: common words of the dense readout, a typo, a
/// prefix, a stopword, and a word in no readout.
const WORDS: [&str; 10] =
    ["peace", "agreement", "Armenia", "Azerbaijan", "the", "agreemnt", "pea*", "Blinken", "zzyzx", "Côte"];

fn structured_query(bytes: &mut arbitrary::Unstructured, out: &mut String, depth: usize) {
    // The recursion of this generator, not of the query: its size is bounded by the input's.
    if depth > 40 || out.len() > 20_000 {
        out.push_str("peace");
        return;
    }
    let word = |bytes: &mut arbitrary::Unstructured| *bytes.choose(&WORDS).unwrap_or(&"peace");
    match bytes.int_in_range(0..=8u8).unwrap_or(0) {
        0 => out.push_str(word(bytes)),
        1 => {
            let words = bytes.int_in_range(1..=60usize).unwrap_or(2);
            out.push('"');
            for i in 0..words {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(word(bytes).trim_end_matches('*'));
            }
            out.push('"');
            if bytes.arbitrary::<bool>().unwrap_or(true) {
                out.push_str(&format!("~{}", bytes.int_in_range(0..=1_000u32).unwrap_or(1_000)));
            }
        }
        2 => {
            let operator = *bytes.choose(&["NOT ", "-", "+", "!"]).unwrap_or(&"NOT ");
            let times = bytes.int_in_range(1..=3_000usize).unwrap_or(1);
            out.push_str(&operator.repeat(times));
            structured_query(bytes, out, depth + 1);
        }
        3 => {
            let times = bytes.int_in_range(1..=3_000usize).unwrap_or(1);
            out.push_str(&"(".repeat(times));
            structured_query(bytes, out, depth + 1);
            out.push_str(&")".repeat(times));
        }
        4 => {
            structured_query(bytes, out, depth + 1);
            out.push_str(bytes.choose(&[" AND ", " OR ", " && ", " || ", " "]).unwrap_or(&" "));
            structured_query(bytes, out, depth + 1);
        }
        5 => {
            let words = bytes.int_in_range(1..=2_000usize).unwrap_or(1);
            for _ in 0..words {
                out.push_str(word(bytes));
                out.push(' ');
            }
        }
        6 => {
            let field = *bytes.choose(&["title", "body", "speaker", "country"]).unwrap_or(&"title");
            out.push_str(&format!("{field}:"));
            structured_query(bytes, out, depth + 1);
        }
        7 => {
            let year = |bytes: &mut arbitrary::Unstructured| match bytes.int_in_range(0..=3u8).unwrap_or(0) {
                0 => "*".to_string(),
                1 => bytes.int_in_range(1000..=3000u32).unwrap_or(2023).to_string(),
                2 => bytes.arbitrary::<u64>().unwrap_or(u64::MAX).to_string(),
                _ => format!(
                    "{}-{:02}",
                    bytes.int_in_range(1..=9999u32).unwrap_or(2023),
                    bytes.int_in_range(0..=13u8).unwrap_or(1)
                ),
            };
            let (from, to) = (year(bytes), year(bytes));
            out.push_str(&format!("date:[{from} TO {to}]"));
        }
        _ => {
            structured_query(bytes, out, depth + 1);
            out.push_str(&format!("^{}", bytes.int_in_range(0..=100u8).unwrap_or(2)));
        }
    }
}

fn run_on_small_stack(text: String) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let request = SearchRequest::new(text.as_str()).limit(5);
            let index = dense_index();
            for result in [index.search(&request).map(|_| ()), index.timeline(&request, Period::Month).map(|_| ())] {
                if let Err(e) = result {
                    assert!(e.is_user_error(), "{text:?}: {e}");
                }
            }
        })
        .expect("thread")
        .join()
        .expect("no panic");
}

/// The small index and one readout that repeats the query words hundreds of times: what made long
/// sloppy phrases take gigabytes.
fn dense_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = Index::create_in_ram().expect("in-RAM index");
        let mut writer = index.writer().expect("writer");
        let body = "peace agreement Armenia Azerbaijan the ".repeat(400);
        let readout = Readout {
            id: "dense".into(),
            title: "Peace agreement".into(),
            body,
            date: "2023-11-28".parse().ok(),
            ..Readout::default()
        };
        writer.add(&readout).expect("add");
        writer.commit().expect("commit");
        drop(writer);
        index
    })
}
