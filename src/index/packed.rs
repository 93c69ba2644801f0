//! A readout's statements packed into one stored bytes value ([`super::schema::names::STATEMENTS`]):
//! what indexes store since session 24, in place of one decimal text value a statement
//! ([`super::schema::encode_statement`], still read and written in indexes built before).
//!
//! ```text
//! value      = VERSION, speakers, count, statement*count
//! speakers   = n, (length, UTF-8)*n        the readout's distinct speakers, as first named
//! statement  = head                        speaker's number << 3 | same << 2 | inline << 1 | kind
//!              [unless same:]
//!              start                       zigzag(start - previous start), in characters
//!              length                      end - start, wrapping
//!              text                        inline: length, UTF-8
//!                                          else: zigzag(excess - previous excess), where excess is
//!                                          the text's first byte in the body minus `start`, then
//!                                          zigzag(the text's length in bytes - length)
//!              words                       0 for none, else past - first + 1 (wrapping), then
//!                                          zigzag(first - previous first)
//! ```
//!
//! Every number is an unsigned LEB128 varint, every difference taken wrapping, so that any
//! statements (ranges out of order, beyond the body, ending before they start) round-trip.
//! Statements come sorted by their start, so the differences are small, and the excess, which
//! grows only by the body's bytes beyond ASCII and a quotation mark's width, differs from one
//! statement to the next by a few bytes. `same` marks a statement with its predecessor's range,
//! text and words (one sentence, several speakers: the next speaker's statement costs a byte).
//! Measured in BENCHMARKS.md ("Statements packed").

use smallvec::SmallVec;

use super::schema::{StatementPlace, StoredStatement};
use crate::readout::{Statement, StatementKind};

/// The first byte of a packed value: a value of another version reads as none.
const VERSION: u8 = 1;

/// A statement's `head`: its kind is reported.
const REPORTED: u64 = 1;
/// A statement's `head`: its text is stored inline, not as a slice of the body.
const INLINE: u64 = 1 << 1;
/// A statement's `head`: its range, text and words are its predecessor's.
const SAME: u64 = 1 << 2;
/// Bits of `head` below the speaker's number.
const SPEAKER_SHIFT: u32 = 3;

/// A readout's statements packed, each with its place in the body (`places[i]` is
/// `statements[i]`'s, as [`StatementPlace::new`] gives it).
pub(crate) fn encode(statements: &[Statement], places: &[StatementPlace]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + statements.len() * 12);
    out.push(VERSION);
    let mut speakers: SmallVec<[&str; 8]> = SmallVec::new();
    for statement in statements {
        if !speakers.contains(&statement.speaker.as_str()) {
            speakers.push(&statement.speaker);
        }
    }
    put(&mut out, speakers.len() as u64);
    for speaker in &speakers {
        put(&mut out, speaker.len() as u64);
        out.extend_from_slice(speaker.as_bytes());
    }
    put(&mut out, statements.len() as u64);
    let mut previous = Previous::default();
    let mut last: Option<(&Statement, StatementPlace)> = None;
    for (i, statement) in statements.iter().enumerate() {
        let place = places.get(i).copied().unwrap_or_default();
        let speaker = speakers.iter().position(|s| *s == statement.speaker).unwrap_or_default() as u64;
        let kind = match statement.kind {
            StatementKind::Direct => 0,
            StatementKind::Reported => REPORTED,
        };
        let inline = if place.bytes.is_some() { 0 } else { INLINE };
        let same = last.is_some_and(|(l, p)| l.range == statement.range && l.text == statement.text && p == place);
        last = Some((statement, place));
        if same {
            put(&mut out, speaker << SPEAKER_SHIFT | SAME | inline | kind);
            continue;
        }
        put(&mut out, speaker << SPEAKER_SHIFT | inline | kind);
        let [start, end] = statement.range.map(|n| n as u64);
        put(&mut out, zigzag(start.wrapping_sub(previous.start)));
        put(&mut out, end.wrapping_sub(start));
        match place.bytes {
            Some([from, to]) => {
                let excess = (from as u64).wrapping_sub(start);
                put(&mut out, zigzag(excess.wrapping_sub(previous.excess)));
                put(&mut out, zigzag((to as u64).wrapping_sub(from as u64).wrapping_sub(end.wrapping_sub(start))));
                previous.excess = excess;
            }
            None => {
                put(&mut out, statement.text.len() as u64);
                out.extend_from_slice(statement.text.as_bytes());
            }
        }
        match place.words {
            Some([first, past]) => {
                put(&mut out, u64::from(past.wrapping_sub(first)) + 1);
                put(&mut out, zigzag(u64::from(first).wrapping_sub(u64::from(previous.first))));
                previous.first = first;
            }
            None => put(&mut out, 0),
        }
        previous.start = start;
    }
    out
}

/// What a statement's numbers are told against: its predecessor's.
#[derive(Default)]
struct Previous {
    start: u64,
    excess: u64,
    first: u32,
}

/// A packed statement as decoded, its text not yet read: a slice of the body, or bytes of the
/// value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Packed<'a> {
    pub speaker: &'a str,
    pub kind: StatementKind,
    pub range: [usize; 2],
    text: Text<'a>,
    /// See [`StatementPlace::words`].
    pub words: Option<[u32; 2]>,
}

/// Where a packed statement's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text<'a> {
    /// The body's, between these byte offsets.
    Body([usize; 2]),
    /// These bytes of the value, checked as UTF-8 when read.
    Inline(&'a [u8]),
}

impl<'a> Packed<'a> {
    /// The statement, its text read from `body` (its readout's) or from the value: `None` when
    /// its offsets do not cut the body at characters, or its text is not UTF-8.
    pub(crate) fn read(&self, body: &'a str) -> Option<StoredStatement<'a>> {
        let text = match self.text {
            Text::Body([from, to]) => body.get(from..to)?,
            Text::Inline(bytes) => simdutf8::basic::from_utf8(bytes).ok()?,
        };
        Some(StoredStatement { speaker: self.speaker, kind: self.kind, range: self.range, text, words: self.words })
    }
}

/// The statements of a packed value, in the order they were given to [`encode`], their texts not
/// yet read; `None` for a value that is not one whole (cut short, bytes left over, a number too
/// large, a speaker that is not UTF-8 or not in the table, another version): a damaged value
/// reads as no statements, never as some of them or as others. Cheap: numbers only, so that a
/// quote search tells a statement by its words' positions before reading its text.
pub(crate) fn decode(value: &[u8]) -> Option<Vec<Packed<'_>>> {
    let (&version, mut rest) = value.split_first()?;
    if version != VERSION {
        return None;
    }
    let bytes = &mut rest;
    let speaker_count = usize::try_from(get(bytes)?).ok()?;
    // Each speaker takes a byte at least: a count beyond the value's length is damage, and
    // allocating for it would let a few bytes ask for gigabytes.
    let mut speakers: SmallVec<[&str; 8]> = SmallVec::with_capacity(speaker_count.min(bytes.len()));
    for _ in 0..speaker_count {
        speakers.push(simdutf8::basic::from_utf8(take(bytes)?).ok()?);
    }
    let count = usize::try_from(get(bytes)?).ok()?;
    let mut statements: Vec<Packed<'_>> = Vec::with_capacity(count.min(bytes.len()));
    let mut previous = Previous::default();
    for _ in 0..count {
        let head = get(bytes)?;
        let speaker = *speakers.get(usize::try_from(head >> SPEAKER_SHIFT).ok()?)?;
        let kind = if head & REPORTED == 0 { StatementKind::Direct } else { StatementKind::Reported };
        if head & SAME != 0 {
            let last = statements.last()?;
            // The flag that says where the text is must say what the predecessor's says.
            if matches!(last.text, Text::Inline(_)) != (head & INLINE != 0) {
                return None;
            }
            statements.push(Packed { speaker, kind, ..*last });
            continue;
        }
        let start = previous.start.wrapping_add(unzigzag(get(bytes)?));
        let length = get(bytes)?;
        let end = start.wrapping_add(length);
        let text = if head & INLINE != 0 {
            Text::Inline(take(bytes)?)
        } else {
            let excess = previous.excess.wrapping_add(unzigzag(get(bytes)?));
            let from = start.wrapping_add(excess);
            let to = from.wrapping_add(length.wrapping_add(unzigzag(get(bytes)?)));
            previous.excess = excess;
            Text::Body([usize::try_from(from).ok()?, usize::try_from(to).ok()?])
        };
        let words = match get(bytes)? {
            0 => None,
            span => {
                let span = u32::try_from(span - 1).ok()?;
                let first = u64::from(previous.first).wrapping_add(unzigzag(get(bytes)?));
                let first = u32::try_from(first).ok()?;
                previous.first = first;
                Some([first, first.wrapping_add(span)])
            }
        };
        previous.start = start;
        let range = [usize::try_from(start).ok()?, usize::try_from(end).ok()?];
        statements.push(Packed { speaker, kind, range, text, words });
    }
    bytes.is_empty().then_some(statements)
}

/// Appends `n` as an unsigned LEB128 varint: seven bits a byte, low first, the high bit set on
/// every byte but the last.
fn put(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a varint [`put`] wrote from the front of `bytes`: `None` when they end inside it or it
/// does not fit 64 bits (ten bytes at most, the last holding one bit).
fn get(bytes: &mut &[u8]) -> Option<u64> {
    let mut n = 0u64;
    for (i, &byte) in bytes.iter().enumerate().take(10) {
        let bits = u64::from(byte & 0x7f);
        if i == 9 && byte > 1 {
            return None;
        }
        n |= bits << (7 * i);
        if byte & 0x80 == 0 {
            *bytes = &bytes[i + 1..];
            return Some(n);
        }
    }
    None
}

/// A length-prefixed run of bytes from the front of `bytes`.
fn take<'a>(bytes: &mut &'a [u8]) -> Option<&'a [u8]> {
    let len = usize::try_from(get(bytes)?).ok()?;
    let (taken, rest) = (bytes.get(..len)?, bytes.get(len..)?);
    *bytes = rest;
    Some(taken)
}

/// A wrapping difference as a small number: 0, -1, 1, -2, ... as 0, 1, 2, 3, ...
fn zigzag(n: u64) -> u64 {
    (n << 1) ^ ((n as i64 >> 63) as u64)
}

/// The difference [`zigzag`] made small.
fn unzigzag(n: u64) -> u64 {
    (n >> 1) ^ (n & 1).wrapping_neg()
}

/// Checks `decode` on any bytes, against any body: it never panics, every statement it gives
/// reads or not without panicking, and the statements of a value that decodes, packed again,
/// decode to the same. For the fuzz target `packed_statements` (`fuzz/checks.rs`); panics when a
/// check fails.
pub fn check_decoding(value: &[u8], body: &str) {
    let Some(decoded) = decode(value) else { return };
    let mut statements = Vec::with_capacity(decoded.len());
    let mut places = Vec::with_capacity(decoded.len());
    for packed in &decoded {
        let read = packed.read(body);
        let (text, bytes) = match packed.text {
            Text::Body(bytes) => (read.map_or("", |s| s.text), Some(bytes)),
            // Not UTF-8: no `Statement` holds it, nothing to pack again.
            Text::Inline(_) => match read {
                Some(read) => (read.text, None),
                None => return,
            },
        };
        let statement = Statement {
            speaker: packed.speaker.to_string(),
            kind: packed.kind,
            text: text.to_string(),
            range: packed.range,
        };
        statements.push(statement);
        places.push(StatementPlace { bytes, words: packed.words });
    }
    assert_eq!(decode(&encode(&statements, &places)).as_deref(), Some(&decoded[..]), "{value:?}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Index;
    use crate::readout::Readout;

    fn statement(speaker: &str, kind: StatementKind, text: &str, range: [usize; 2]) -> Statement {
        Statement { speaker: speaker.into(), kind, text: text.into(), range }
    }

    /// Statements of every shape, with the body they are of and their places as the index
    /// computes them.
    fn sample() -> (Readout, Vec<StatementPlace>) {
        let body = "Blinken said: “We welcome it.” Çavuşoğlu stressed ties. “We will,” he said, “go on.” \
                    Лавров отметил: «Мы готовы». Both agreed.";
        let chars = |part: &str| {
            let at = body.find(part).unwrap();
            [body[..at].chars().count(), body[..at + part.len()].chars().count()]
        };
        let statements = vec![
            // A quote: its range holds its marks, its text does not.
            statement("Antony Blinken", StatementKind::Direct, "We welcome it.", chars("“We welcome it.”")),
            // A sentence whose text is its range.
            statement(
                "Mevlüt Çavuşoğlu",
                StatementKind::Reported,
                "Çavuşoğlu stressed ties.",
                chars("Çavuşoğlu stressed ties."),
            ),
            // Parts joined around the attribution: no slice of the body.
            statement(
                "Mevlüt Çavuşoğlu",
                StatementKind::Direct,
                "We will, go on.",
                chars("“We will,” he said, “go on.”"),
            ),
            statement("Сергей Лавров", StatementKind::Direct, "Мы готовы", chars("«Мы готовы»")),
            // One sentence, two speakers.
            statement("Antony Blinken", StatementKind::Reported, "Both agreed.", chars("Both agreed.")),
            statement("Сергей Лавров", StatementKind::Reported, "Both agreed.", chars("Both agreed.")),
        ];
        let readout = Readout { id: "r".into(), body: body.into(), statements, ..Default::default() };
        let places = super::super::statement_places(&readout);
        (readout, places)
    }

    /// The statements a packed value reads as, owned, with their words.
    fn unpack(value: &[u8], body: &str) -> Option<Vec<(Statement, Option<[u32; 2]>)>> {
        let read = decode(value)?
            .iter()
            .map(|p| p.read(body).map(|s| (s.words, s.into_statement())))
            .collect::<Option<Vec<_>>>()?;
        Some(read.into_iter().map(|(words, statement)| (statement, words)).collect())
    }

    #[test]
    fn statements_of_every_shape_come_back_whole() {
        let (readout, places) = sample();
        assert_eq!(places[2].bytes, None, "the joined quote is no slice");
        assert!(places.iter().all(|p| p.words.is_some()));
        let value = encode(&readout.statements, &places);
        let want: Vec<_> = readout.statements.iter().cloned().zip(places.iter().map(|p| p.words)).collect();
        assert_eq!(unpack(&value, &readout.body), Some(want));
        // Texts that are slices are not stored: only the joined quote's is.
        assert!(!value.windows(7).any(|w| w == b"welcome") && value.windows(7).any(|w| w == b"We will"));
        // Without words' positions, and with every text inline.
        let unplaced = vec![StatementPlace::default(); places.len()];
        let value = encode(&readout.statements, &unplaced);
        let want: Vec<_> = readout.statements.iter().cloned().map(|s| (s, None)).collect();
        assert_eq!(unpack(&value, &readout.body), Some(want));
        // No statements.
        assert_eq!(unpack(&encode(&[], &[]), ""), Some(Vec::new()));
    }

    #[test]
    fn statements_out_of_any_order_or_bounds_come_back_whole() {
        // What an embedder may hand `ReadoutWriter::add`: ranges out of order, ending before they
        // start, beyond the body or at the ends of the numbers; words the same.
        let body = "Short body.";
        let statements = vec![
            statement("A", StatementKind::Reported, "body", [6, 10]),
            statement("B", StatementKind::Direct, "Short", [0, 5]),
            statement("", StatementKind::Direct, "", [9, 2]),
            statement("A", StatementKind::Reported, "far", [usize::MAX, 0]),
            statement("C\u{1f}D", StatementKind::Reported, "x\u{1f}y", [3, usize::MAX]),
        ];
        let places = vec![
            StatementPlace { bytes: Some([6, 10]), words: Some([1, 2]) },
            StatementPlace { bytes: Some([0, 5]), words: Some([0, 1]) },
            StatementPlace { bytes: None, words: Some([u32::MAX, 0]) },
            StatementPlace { bytes: None, words: Some([0, u32::MAX]) },
            StatementPlace { bytes: None, words: None },
        ];
        let want: Vec<_> = statements.iter().cloned().zip(places.iter().map(|p| p.words)).collect();
        assert_eq!(unpack(&encode(&statements, &places), body), Some(want));
    }

    #[test]
    fn damaged_values_read_as_no_statements() {
        let (readout, places) = sample();
        let value = encode(&readout.statements, &places);
        assert!(decode(&value).is_some());
        // Every value cut short, and one with a byte too many.
        for len in 0..value.len() {
            assert_eq!(decode(&value[..len]), None, "cut at {len}");
        }
        assert_eq!(decode(&[&value[..], &[0]].concat()), None);
        // Another version.
        assert_eq!(decode(&[&[2], &value[1..]].concat()), None);
        // A speaker beyond the table; a first statement said to be its predecessor's; counts and
        // numbers too large for the bytes or for 64 bits; a speaker that is not UTF-8.
        for damaged in [
            &[1, 1, 1, b'A', 1, 1 << 3][..],
            &[1, 1, 1, b'A', 1, SAME as u8],
            &[1, 0xff, 0xff, 0xff, 0xff, 0x0f],
            &[1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
            &[1, 1, 1, b'A', 1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0],
            &[1, 1, 1, 0xff, 0],
        ] {
            assert_eq!(decode(damaged), None, "{damaged:?}");
        }
        // Bytes of any kind (a fixed pseudo-random walk, and every value with one byte changed)
        // decode or not, and read or not, without panicking.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let mut bytes: Vec<u8> = (0..len).map(|_| (next() % 7) as u8).collect();
            if let Some(first) = bytes.first_mut() {
                *first = VERSION;
            }
            check_decoding(&bytes, &readout.body);
        }
        for at in 0..value.len() {
            for byte in [0, 1, 0x7f, 0x80, 0xff] {
                let mut changed = value.clone();
                changed[at] = byte;
                check_decoding(&changed, &readout.body);
                check_decoding(&changed, "");
            }
        }
        check_decoding(&value, &readout.body);
    }

    #[test]
    fn packed_statements_read_as_the_text_values_read() {
        // The bundled corpus's readouts, their statements found, stored both ways: read back, the
        // same statements, texts and words, in the same places.
        let (mut statements, mut inline) = (0, 0);
        for (path, text) in crate::test_support::corpus_files(7) {
            let mut readout = Readout { id: path.display().to_string(), body: text, ..Default::default() };
            crate::complete(&mut readout);
            let places = super::super::statement_places(&readout);
            let value = encode(&readout.statements, &places);
            let packed = decode(&value).expect("decodes");
            assert_eq!(packed.len(), readout.statements.len());
            for ((packed, statement), place) in packed.iter().zip(&readout.statements).zip(&places) {
                let text_value = super::super::schema::encode_statement(statement, *place);
                let old = super::super::schema::stored_statement(&text_value, &readout.body).expect("reads");
                let new = packed.read(&readout.body).expect("reads");
                assert_eq!(
                    (new.speaker, new.kind, new.range, new.text, new.words),
                    (old.speaker, old.kind, old.range, old.text, old.words),
                    "{}",
                    readout.id
                );
                // Borrowed from the body where the text is a slice of it, as the old format's.
                if place.bytes.is_some() {
                    assert_eq!(new.text.as_ptr(), old.text.as_ptr());
                }
                assert_eq!(packed.words, super::super::schema::stored_statement_words(text_value.as_bytes()));
                inline += usize::from(place.bytes.is_none());
                statements += 1;
            }
        }
        assert!(statements > 1000 && inline > 10, "{statements} statements, {inline} inline");
    }

    #[test]
    fn an_index_built_before_is_read_and_updated_in_its_own_format() {
        // The same readouts in a new index and in one whose schema stores a text value a
        // statement: the same readouts and quote searches come back from each.
        let files = crate::test_support::corpus_files(40);
        let (schema, _) = super::super::Fields::schema_with_text_statements();
        let old = Index::wrap(None, None, tantivy::Index::create_in_ram(schema)).unwrap();
        let new = Index::create_in_ram().unwrap();
        assert!(old.fields.statement.is_some() && old.fields.statements.is_none());
        assert!(new.fields.statement.is_none() && new.fields.statements.is_some());
        for index in [&old, &new] {
            let mut writer = index.writer().unwrap();
            for (path, text) in &files {
                let mut readout = Readout { id: path.display().to_string(), body: text.clone(), ..Default::default() };
                crate::complete(&mut readout);
                writer.add(&readout).unwrap();
            }
            writer.commit().unwrap();
        }
        let mut statements = 0;
        for (path, _) in &files {
            let id = path.display().to_string();
            let (was, is) = (old.get(&id).unwrap(), new.get(&id).unwrap());
            assert_eq!(was, is);
            statements += is.statements.len();
        }
        assert!(statements > 200, "{statements} statements");
        for query in ["sanctions", "peace agreement", "Blinken", ""] {
            let request = crate::search::QuoteRequest::new(query).limit(crate::search::MAX_LIMIT);
            let (mut was, mut is) = (old.quotes(&request).unwrap(), new.quotes(&request).unwrap());
            (was.took_ms, is.took_ms) = (0.0, 0.0);
            assert_eq!(serde_json::to_value(&was).unwrap(), serde_json::to_value(&is).unwrap(), "{query}");
            assert!(is.total > 0, "{query}");
        }
        // Each index holds its own format: one text value a statement, or one packed value a
        // readout with statements.
        let (mut values, mut packed) = (0, 0);
        for index in [&old, &new] {
            let searcher = index.searcher();
            for (ord, segment) in searcher.segment_readers().iter().enumerate() {
                for doc in segment.doc_ids_alive() {
                    let doc = index.stored_doc(&searcher, tantivy::DocAddress::new(ord as u32, doc)).unwrap();
                    let texts = index.fields.statement.map_or(0, |f| doc.get_all(f).filter_map(|v| v.as_str()).count());
                    let bytes =
                        index.fields.statements.map_or(0, |f| doc.get_all(f).filter_map(|v| v.as_bytes()).count());
                    assert!(bytes <= 1);
                    (values, packed) = (values + texts, packed + bytes);
                }
            }
        }
        assert_eq!(values, statements);
        assert!(packed > 0, "no packed values");
    }
}
