//! The index schema: every field name is defined here, once, and the rest of the crate goes through
//! [`Fields`].

use tantivy::Index as TantivyIndex;
use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED,
    STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};

/// Analyzer of title and body: words, lower case, accents folded (`Cavusoglu` finds `Çavuşoğlu`),
/// English stems (`agreements` finds `agreement`).
pub const TEXT_ANALYZER: &str = "readouts_text";
/// Analyzer of the speaker and country text fields: like [`TEXT_ANALYZER`] without stemming, so a
/// name matches only as written (folded).
pub const NAME_ANALYZER: &str = "readouts_name";
/// Analyzer of [`names::TITLE_PAIRS`] and [`names::BODY_PAIRS`]: pairs of neighbouring frequent
/// words ([`super::pairs`]). Its number is theirs: a build with another list of pair words does not
/// know it, and fails to write into such an index (a clear error) rather than write other pairs.
pub const PAIR_ANALYZER: &str = "readouts_pairs_1";
/// Analyzer of [`names::COUNTRY_PAIRS`]: pairs of neighbouring words of countries' names.
pub const NAME_PAIR_ANALYZER: &str = "readouts_name_pairs";

/// Separates the name, title and country of a [`names::SPEAKER_ROLE`] value.
pub const ROLE_SEPARATOR: char = '\u{1f}';

/// A speaker's role as the index stores it.
pub(crate) fn encode_role(role: &crate::readout::SpeakerRole) -> String {
    let title = role.title.as_deref().unwrap_or("").replace(ROLE_SEPARATOR, " ");
    let country = role.country.as_deref().unwrap_or("");
    format!("{}{ROLE_SEPARATOR}{title}{ROLE_SEPARATOR}{country}", role.name.replace(ROLE_SEPARATOR, " "))
}

/// A stored role back: `None` for a value of another shape.
pub(crate) fn decode_role(value: &str) -> Option<crate::readout::SpeakerRole> {
    let mut parts = value.split(ROLE_SEPARATOR);
    let (name, title, country) = (parts.next()?, parts.next()?, parts.next()?);
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Some(crate::readout::SpeakerRole { name: name.to_string(), title: some(title), country: some(country) })
}

/// A statement as indexes built before packed statements store it ([`names::STATEMENT`]; new
/// indexes store [`super::packed`]'s one value a readout, but an older index is updated in its own
/// format): speaker, kind and character range joined by [`ROLE_SEPARATOR`], then its text, or,
/// when the text is the body's between byte offsets `in_body` (four statements in five), those
/// offsets: a readout's statements would otherwise store two thirds of its body a second time
/// (9.8 MB of text over corpus/'s 14.6 MB of bodies).
pub(crate) fn encode_statement(statement: &crate::readout::Statement, place: StatementPlace) -> String {
    let clean = |s: &str| s.replace(ROLE_SEPARATOR, " ");
    let [start, end] = statement.range;
    let mut value = format!(
        "{}{ROLE_SEPARATOR}{}{ROLE_SEPARATOR}{start}{ROLE_SEPARATOR}{end}",
        clean(&statement.speaker),
        statement.kind.as_str()
    );
    match place.bytes {
        Some([from, to]) => value.push_str(&format!("{ROLE_SEPARATOR}{from}{ROLE_SEPARATOR}{to}")),
        None => value.push_str(&format!("{ROLE_SEPARATOR}{}", clean(&statement.text))),
    }
    if let Some([first, past]) = place.words {
        value.push_str(&format!("{ROLE_SEPARATOR}{first}{ROLE_SEPARATOR}{past}"));
    }
    value
}

/// Where a statement lies in its readout's body, as the index stores it with the statement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct StatementPlace {
    /// Its text's byte offsets in the body; `None` for a text that is not a slice of the body
    /// (parts joined around an attribution), stored as it is.
    pub bytes: Option<[usize; 2]>,
    /// The positions of the body's words it spans, from its first to past its last (as the
    /// index numbers them: the body's first word is 0): its text's, or for a text stored as it
    /// is, its range's (the attribution between its parts with it). A quote search tells which
    /// statements hold the query's words by them ([`crate::search::positions`]).
    pub words: Option<[u32; 2]>,
}

impl StatementPlace {
    /// The place of a statement whose text is at byte offsets `text` of a body whose words start
    /// at `word_starts` ([`word_starts`]), or, when it is no slice of the body, whose range is at
    /// byte offsets `range`. A word cut by the start of the span is not in it, one cut by its
    /// end is.
    pub(crate) fn new(text: Option<[usize; 2]>, range: [usize; 2], word_starts: &[usize]) -> StatementPlace {
        let position = |at: usize| u32::try_from(word_starts.partition_point(|&start| start < at)).ok();
        let [from, to] = text.unwrap_or(range);
        let words = position(from).zip(position(to)).map(|(first, past)| [first, past]);
        StatementPlace { bytes: text, words }
    }
}

/// Where each word of `body` starts, in bytes, as the text analyzer's tokenizer cuts it (runs of
/// letters and digits): the `n`th is the word the index gives position `n` (its filters drop
/// overlong words but keep the others' positions). Read by bytes, a character decoded only beyond
/// ASCII, rather than with tantivy's `SimpleTokenizer`, whose tokens copy each word into a string:
/// 458 -> 308 M of the 21.5 G instructions of indexing corpus/ (callgrind).
/// `word_starts_are_the_tokenizers` holds it to the tokenizer.
pub(crate) fn word_starts(body: &str) -> Vec<usize> {
    let bytes = body.as_bytes();
    let mut starts = Vec::with_capacity(body.len() / 6);
    let mut in_word = false;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // ASCII by its byte; a character beyond, decoded (a letter or not by Unicode).
        let (letter, width) = if byte.is_ascii() {
            (byte.is_ascii_alphanumeric(), 1)
        } else {
            body[at..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
        };
        if letter && !in_word {
            starts.push(at);
        }
        in_word = letter;
        at += width;
    }
    starts
}

/// A stored statement, borrowed from its stored value and its readout's body.
pub(crate) struct StoredStatement<'a> {
    pub speaker: &'a str,
    pub kind: crate::readout::StatementKind,
    pub range: [usize; 2],
    pub text: &'a str,
    /// The positions of the body's words it spans ([`StatementPlace::words`]); `None` in an
    /// index built before they were kept.
    pub words: Option<[u32; 2]>,
}

/// A statement stored by [`encode_statement`] (an index built before packed statements), its
/// parts without copying its text: `None` for a value of another shape. `body` is its readout's.
/// Callers read either format through [`super::Index::statement_slots`].
pub(crate) fn stored_statement<'a>(value: &'a str, body: &'a str) -> Option<StoredStatement<'a>> {
    // Cut by bytes with memchr: a quote search parses the statements of fifty readouts, and
    // `splitn` over them was a tenth of its instructions (callgrind, 20 bench queries); the
    // separator is one byte, never inside a character. (One pass of memchr's iterator, or of a
    // plain loop, over the whole value cost more: 21 and 29 M instructions against 19 of
    // `quotes "Lavrov AND sanctions"`, six runs.)
    const SEPARATOR: u8 = ROLE_SEPARATOR as u8;
    let mut rest = value;
    let mut part = || {
        let at = memchr::memchr(SEPARATOR, rest.as_bytes())?;
        let (part, after) = (&rest[..at], &rest[at + 1..]);
        rest = after;
        Some(part)
    };
    let speaker = part()?;
    let kind = match part()? {
        // As `encode_statement` writes them, without the allocation of `FromStr`'s lowering (one
        // a statement, a tenth of `readouts quotes Lavrov`'s allocations).
        "direct" => crate::readout::StatementKind::Direct,
        "reported" => crate::readout::StatementKind::Reported,
        other => other.parse().ok()?,
    };
    let start = number(part()?)?;
    let end = number(part()?)?;
    // A text holds no separator, so the parts after the range tell the shape: a text, or two
    // byte offsets in the body, then two word positions (none in indexes built before them).
    let mut parts: [&str; 4] = [""; 4];
    let mut count = 0;
    while let Some(next) = part() {
        *parts.get_mut(count)? = next;
        count += 1;
    }
    *parts.get_mut(count)? = rest;
    count += 1;
    let slice = |from: &str, to: &str| body.get(number(from)?..number(to)?);
    let position = |part: &str| number(part).and_then(|n| u32::try_from(n).ok());
    let (text, words) = match parts[..count] {
        [text] => (text, None),
        [from, to] => (slice(from, to)?, None),
        [text, first, past] => (text, Some([position(first)?, position(past)?])),
        [from, to, first, past] => (slice(from, to)?, Some([position(first)?, position(past)?])),
        _ => return None,
    };
    Some(StoredStatement { speaker, kind, range: [start, end], text, words })
}

/// The word positions a stored statement spans ([`StatementPlace::words`]), read from the end of
/// its stored bytes without checking or parsing the rest: a quote search rules out most of a
/// readout's statements by them. `None` for a value without them (an index built before), or not
/// of a statement's shape; where [`stored_statement`] reads a value, both read the same words
/// (`statements_stored_by_offsets_or_text_come_back_whole`).
pub(crate) fn stored_statement_words(value: &[u8]) -> Option<[u32; 2]> {
    const SEPARATOR: u8 = ROLE_SEPARATOR as u8;
    // Positions follow a text (six separators) or two byte offsets (seven), never fewer parts.
    if !matches!(memchr::memchr_iter(SEPARATOR, value).count(), 6 | 7) {
        return None;
    }
    let last = memchr::memrchr(SEPARATOR, value)?;
    let before = memchr::memrchr(SEPARATOR, &value[..last])?;
    let position = |part: &[u8]| number_of_bytes(part).and_then(|n| u32::try_from(n).ok());
    Some([position(&value[before + 1..last])?, position(&value[last + 1..])?])
}

/// A stored offset: what `usize::from_str` reads (decimal digits, an optional `+`), read by bytes;
/// the standard parse was a fifth of parsing a stored statement (callgrind, `quotes Lavrov`).
/// `offsets_read_as_the_standard_parse_reads_them` holds it to the standard parse.
fn number(part: &str) -> Option<usize> {
    number_of_bytes(part.as_bytes())
}

/// [`number`], of bytes.
fn number_of_bytes(part: &[u8]) -> Option<usize> {
    let digits = part.strip_prefix(b"+").unwrap_or(part);
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0usize, |n, &b| {
        if b.is_ascii_digit() { n.checked_mul(10)?.checked_add(usize::from(b - b'0')) } else { None }
    })
}

impl StoredStatement<'_> {
    /// The statement, owned.
    pub(crate) fn into_statement(self) -> crate::readout::Statement {
        crate::readout::Statement {
            speaker: self.speaker.to_string(),
            kind: self.kind,
            text: self.text.to_string(),
            range: self.range,
        }
    }
}

/// Field names, as they appear in queries (`title:`, `speaker:`, `country:`).
pub mod names {
    /// Stable readout id (raw, for lookups and deletes).
    pub const ID: &str = "id";
    /// The file the readout was read from.
    pub const PATH: &str = "path";
    /// The file the readout was read from, relative to the directory it was found under: what the
    /// server shows, so that its answers do not tell the layout of its file system.
    pub const RELATIVE_PATH: &str = "relative_path";
    /// The absolute source file, for telling vanished readouts on incremental runs.
    pub const SOURCE: &str = "source";
    /// Content hash of the source and extractor version.
    pub const HASH: &str = "hash";
    /// Canonical url.
    pub const URL: &str = "url";
    /// Headline.
    pub const TITLE: &str = "title";
    /// Text.
    pub const BODY: &str = "body";
    /// Publication date.
    pub const DATE: &str = "date";
    /// Publication year, as a facet (`/2023`).
    pub const YEAR: &str = "year";
    /// Publication month, as a flat facet (`/2023-11`): tantivy's date histogram has no calendar
    /// months, and a flat key counts them in one pass.
    pub const MONTH: &str = "month";
    /// Speakers as searchable text.
    pub const SPEAKER: &str = "speaker";
    /// Speakers as facets (`/Antony Blinken`), for counting.
    pub const SPEAKER_FACET: &str = "speaker_facet";
    /// Each speaker's title and country as the readout gives them, one value a speaker:
    /// name, title and country code joined by [`super::ROLE_SEPARATOR`]. Indexed whole, so that the
    /// people registry reads every title and country from the term dictionary.
    pub const SPEAKER_ROLE: &str = "speaker_role";
    /// Countries as searchable text: code and name.
    pub const COUNTRY: &str = "country";
    /// Countries as facets (`/AM`), for counting and filtering.
    pub const COUNTRY_FACET: &str = "country_facet";
    /// The body's MinHash signature ([`crate::minhash`]), for telling copies of one text.
    pub const BODY_MINHASH: &str = "body_minhash";
    /// The title's pairs of neighbouring frequent words, each one term ([`crate::index::pairs`]):
    /// what a quoted two-word phrase of such words is matched and counted from. The number is the
    /// pair words' list (data/pair_words.txt; a test holds the list to it): an index built with
    /// another list has another name, and its phrases are read from positions.
    pub const TITLE_PAIRS: &str = "title_pairs_1";
    /// The body's pairs, as [`TITLE_PAIRS`] are the title's.
    pub const BODY_PAIRS: &str = "body_pairs_1";
    /// The pairs of neighbouring words of the countries' names ([`COUNTRY`]), every word pairing.
    pub const COUNTRY_PAIRS: &str = "country_pairs";
    /// The readout’s statements (who said what), one stored value each: its speaker, kind,
    /// character range and text, or the text's byte offsets in the body, joined by
    /// [`super::ROLE_SEPARATOR`] (see `encode_statement`). Only in indexes built before
    /// [`STATEMENTS`], which are still read and updated in this format.
    pub const STATEMENT: &str = "statement";
    /// The readout’s statements (who said what), all of them packed into one stored bytes value
    /// (see `index::packed`): a third of the size of [`STATEMENT`]'s text values once compressed,
    /// and cheaper to write and read.
    pub const STATEMENTS: &str = "statements";
}

/// Handles of every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// See [`names::ID`].
    pub id: Field,
    /// See [`names::PATH`].
    pub path: Field,
    /// See [`names::RELATIVE_PATH`]; `None` in indexes built before it existed.
    pub relative_path: Option<Field>,
    /// See [`names::SOURCE`].
    pub source: Field,
    /// See [`names::HASH`].
    pub hash: Field,
    /// See [`names::URL`].
    pub url: Field,
    /// See [`names::TITLE`].
    pub title: Field,
    /// See [`names::BODY`].
    pub body: Field,
    /// See [`names::DATE`].
    pub date: Field,
    /// See [`names::YEAR`].
    pub year: Field,
    /// See [`names::MONTH`].
    pub month: Field,
    /// See [`names::SPEAKER`].
    pub speaker: Field,
    /// See [`names::SPEAKER_FACET`].
    pub speaker_facet: Field,
    /// See [`names::SPEAKER_ROLE`]; absent from indexes built before it (rebuild to fill it).
    pub speaker_role: Option<Field>,
    /// See [`names::COUNTRY`].
    pub country: Field,
    /// See [`names::COUNTRY_FACET`].
    pub country_facet: Field,
    /// See [`names::BODY_MINHASH`]; absent from indexes built before it (rebuild to group copies).
    pub body_minhash: Option<Field>,
    /// See [`names::TITLE_PAIRS`]; absent from indexes built before it or with another list of
    /// pair words (their phrases are matched from positions, as before).
    pub title_pairs: Option<Field>,
    /// See [`names::BODY_PAIRS`]; absent as [`Self::title_pairs`] is.
    pub body_pairs: Option<Field>,
    /// See [`names::COUNTRY_PAIRS`]; absent from indexes built before it.
    pub country_pairs: Option<Field>,
    /// See [`names::STATEMENT`]; only in indexes built before [`names::STATEMENTS`] (and after
    /// statements were first stored: an index with neither has no statements until rebuilt).
    pub statement: Option<Field>,
    /// See [`names::STATEMENTS`]; what new indexes store statements in (absent from indexes built
    /// before it, which have [`Self::statement`]).
    pub statements: Option<Field>,
}

impl Fields {
    /// Builds the schema and the handles to its fields.
    pub fn schema() -> (Schema, Fields) {
        Self::schema_storing(StatementFormat::Packed)
    }

    /// The schema of an index built before packed statements, which stores a readout's statements
    /// as one text value each: to test that such indexes are still read and updated.
    #[cfg(test)]
    pub(crate) fn schema_with_text_statements() -> (Schema, Fields) {
        Self::schema_storing(StatementFormat::Text)
    }

    fn schema_storing(statements: StatementFormat) -> (Schema, Fields) {
        let mut b = Schema::builder();
        let text = |analyzer: &str, stored: bool| {
            let opts = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            if stored { opts.set_stored() } else { opts }
        };
        // A pair's frequency is all a phrase needs: no positions, and the lengths are the text
        // field's.
        let pairs = |analyzer: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer)
                    .set_index_option(IndexRecordOption::WithFreqs)
                    .set_fieldnorms(false),
            )
        };
        let fields = Fields {
            id: b.add_text_field(names::ID, STRING | STORED | FAST),
            path: b.add_text_field(names::PATH, STORED),
            relative_path: Some(b.add_text_field(names::RELATIVE_PATH, STORED)),
            source: b.add_text_field(names::SOURCE, STRING | FAST),
            hash: b.add_text_field(names::HASH, STORED | FAST),
            url: b.add_text_field(names::URL, STORED),
            title: b.add_text_field(names::TITLE, text(TEXT_ANALYZER, true)),
            body: b.add_text_field(names::BODY, text(TEXT_ANALYZER, true)),
            date: b.add_date_field(
                names::DATE,
                DateOptions::from(INDEXED).set_stored().set_fast().set_precision(DateTimePrecision::Seconds),
            ),
            year: b.add_facet_field(names::YEAR, FacetOptions::default()),
            month: b.add_facet_field(names::MONTH, FacetOptions::default()),
            speaker: b.add_text_field(names::SPEAKER, text(NAME_ANALYZER, true)),
            speaker_facet: b.add_facet_field(names::SPEAKER_FACET, FacetOptions::default()),
            speaker_role: Some(b.add_text_field(names::SPEAKER_ROLE, STRING | STORED)),
            country: b.add_text_field(names::COUNTRY, text(NAME_ANALYZER, false)),
            country_facet: b.add_facet_field(names::COUNTRY_FACET, FacetOptions::default().set_stored()),
            body_minhash: Some(b.add_bytes_field(names::BODY_MINHASH, BytesOptions::default().set_fast())),
            title_pairs: Some(b.add_text_field(names::TITLE_PAIRS, pairs(PAIR_ANALYZER))),
            body_pairs: Some(b.add_text_field(names::BODY_PAIRS, pairs(PAIR_ANALYZER))),
            country_pairs: Some(b.add_text_field(names::COUNTRY_PAIRS, pairs(NAME_PAIR_ANALYZER))),
            statement: (statements == StatementFormat::Text).then(|| b.add_text_field(names::STATEMENT, STORED)),
            statements: (statements == StatementFormat::Packed)
                .then(|| b.add_bytes_field(names::STATEMENTS, BytesOptions::default().set_stored())),
        };
        (b.build(), fields)
    }

    /// The pair field of a text field ([`crate::index::pairs`]) and which of its words pair, if the
    /// index has one.
    pub fn pairs_of(&self, field: Field) -> Option<(Field, super::pairs::PairWords)> {
        use super::pairs::PairWords;
        if field == self.title {
            Some((self.title_pairs?, PairWords::Frequent))
        } else if field == self.body {
            Some((self.body_pairs?, PairWords::Frequent))
        } else if field == self.country {
            Some((self.country_pairs?, PairWords::Every))
        } else {
            None
        }
    }

    /// The handles of an existing index's schema, failing if a field is missing (an index built by
    /// an incompatible version).
    pub fn of(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            id: f(names::ID)?,
            path: f(names::PATH)?,
            relative_path: f(names::RELATIVE_PATH).ok(),
            source: f(names::SOURCE)?,
            hash: f(names::HASH)?,
            url: f(names::URL)?,
            title: f(names::TITLE)?,
            body: f(names::BODY)?,
            date: f(names::DATE)?,
            year: f(names::YEAR)?,
            month: f(names::MONTH)?,
            speaker: f(names::SPEAKER)?,
            speaker_facet: f(names::SPEAKER_FACET)?,
            speaker_role: f(names::SPEAKER_ROLE).ok(),
            country: f(names::COUNTRY)?,
            country_facet: f(names::COUNTRY_FACET)?,
            body_minhash: f(names::BODY_MINHASH).ok(),
            title_pairs: f(names::TITLE_PAIRS).ok(),
            body_pairs: f(names::BODY_PAIRS).ok(),
            country_pairs: f(names::COUNTRY_PAIRS).ok(),
            statement: f(names::STATEMENT).ok(),
            statements: f(names::STATEMENTS).ok(),
        })
    }
}

/// How a schema stores statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatementFormat {
    /// One text value a statement ([`names::STATEMENT`]), as indexes built before packing.
    #[cfg_attr(not(test), allow(dead_code))]
    Text,
    /// One packed value a readout ([`names::STATEMENTS`]).
    Packed,
}

/// The text analyzer (see [`TEXT_ANALYZER`]); also used to find matches for snippets.
pub fn text_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(64))
        // Lower-cases and folds as well: see RememberingStemmer.
        .filter(super::stem::RememberingStemmer)
        .build()
}

/// A word's stem by [`text_analyzer`] (its first token; empty for a word that gives none).
pub(crate) fn stem_of(analyzer: &mut TextAnalyzer, word: &str) -> String {
    let mut stream = analyzer.token_stream(word);
    stream.next().map(|t| t.text.clone()).unwrap_or_default()
}

/// The name analyzer (see [`NAME_ANALYZER`]).
pub fn name_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(64))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers our analyzers on an index; tantivy does not store them, so every open needs this.
pub fn register_analyzers(index: &TantivyIndex) {
    index.tokenizers().register(TEXT_ANALYZER, text_analyzer());
    index.tokenizers().register(NAME_ANALYZER, name_analyzer());
    use super::pairs::{PairTokenizer, PairWords};
    index.tokenizers().register(PAIR_ANALYZER, TextAnalyzer::from(PairTokenizer::new(PairWords::Frequent)));
    index.tokenizers().register(NAME_PAIR_ANALYZER, TextAnalyzer::from(PairTokenizer::new(PairWords::Every)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readout::{Statement, StatementKind};

    #[test]
    fn word_starts_are_the_tokenizers() {
        use tantivy::tokenizer::{SimpleTokenizer, TokenStream, Tokenizer};
        let mut tokenizer = SimpleTokenizer::default();
        let mut texts: Vec<String> = crate::test_support::corpus_files(40).into_iter().map(|(_, text)| text).collect();
        texts.extend(
            ["", " ", "a", "Çavuşoğlu’s “No.” 2024-25 Москва 北京 x\u{0301}y", "٣ digits", "ends with word"]
                .map(String::from),
        );
        texts.push("w".repeat(70) + " then a short one");
        for text in texts {
            let mut stream = tokenizer.token_stream(&text);
            let mut want = Vec::new();
            while let Some(token) = stream.next() {
                assert_eq!(token.position, want.len());
                want.push(token.offset_from);
            }
            assert_eq!(word_starts(&text), want, "{}", crate::text::head(&text, 80));
        }
    }

    #[test]
    fn offsets_read_as_the_standard_parse_reads_them() {
        let max = usize::MAX.to_string();
        let over = format!("{max}0");
        let cases = ["0", "7", "0042", "+5", "+", "", "-1", " 1", "1 ", "1a", "١", &max, &over, "18446744073709551616"];
        for case in cases {
            assert_eq!(number(case), case.parse::<usize>().ok(), "{case:?}");
        }
        for n in (0..100_000).step_by(7) {
            assert_eq!(number(&n.to_string()), Some(n));
        }
    }

    #[test]
    fn statements_stored_by_offsets_or_text_come_back_whole() {
        let body = "Blinken said: “We welcome it.”  Done.";
        let quoted = Statement {
            speaker: "Antony Blinken".into(),
            kind: StatementKind::Direct,
            text: "We welcome it.".into(),
            range: [14, 30],
        };
        let from = body.find("We").unwrap();
        let slice = |bytes: [usize; 2]| StatementPlace { bytes: Some(bytes), words: Some([3, 6]) };
        let by_offsets = encode_statement(&quoted, slice([from, from + quoted.text.len()]));
        assert!(!by_offsets.contains("welcome"), "{by_offsets}");
        let decode = |value: &str| stored_statement(value, body).map(StoredStatement::into_statement);
        assert_eq!(decode(&by_offsets).as_ref(), Some(&quoted));
        assert_eq!(stored_statement(&by_offsets, body).and_then(|s| s.words), Some([3, 6]));
        // Offsets without words' positions (an index built before they were kept) still read.
        let unpositioned = format!("Antony Blinken\u{1f}direct\u{1f}14\u{1f}30\u{1f}{from}\u{1f}{}", from + 14);
        let read = stored_statement(&unpositioned, body).expect("offsets alone");
        assert_eq!((read.text, read.words), ("We welcome it.", None));
        // A text that is not the body's (joined parts, spaces made one) is stored as it is.
        let joined = Statement { text: "We welcome it. Done.".into(), range: [15, 37], ..quoted.clone() };
        let apart = StatementPlace { bytes: None, words: Some([2, 7]) };
        assert_eq!(decode(&encode_statement(&joined, apart)).as_ref(), Some(&joined));
        assert_eq!(stored_statement(&encode_statement(&joined, apart), body).and_then(|s| s.words), Some([2, 7]));
        let unplaced = StatementPlace::default();
        assert_eq!(decode(&encode_statement(&joined, unplaced)).as_ref(), Some(&joined));
        // Offsets outside the body (a damaged value) give nothing rather than a panic.
        assert!(decode(&encode_statement(&quoted, slice([30, 400]))).is_none());
        assert!(decode(&encode_statement(&quoted, StatementPlace { bytes: Some([30, 400]), words: None })).is_none());
        assert!(decode(&encode_statement(&quoted, slice([16, 17]))).is_none(), "inside a character");
        // Values of another shape give nothing: too few parts, a kind that is none, a separator
        // and more parts after a text (found however long the text), a fifth part, positions that
        // are not numbers or beyond what a word's position can be.
        // The words read from the end alone are those of the whole reading.
        for value in [by_offsets.clone(), encode_statement(&joined, apart), encode_statement(&joined, unplaced)] {
            let whole = stored_statement(&value, body).and_then(|s| s.words);
            assert_eq!(stored_statement_words(value.as_bytes()), whole, "{value}");
        }
        for damaged in [
            "",
            "Antony Blinken",
            "Antony Blinken\u{1f}direct\u{1f}14",
            "A\u{1f}spoken\u{1f}1\u{1f}2\u{1f}x",
            "A\u{1f}direct\u{1f}0\u{1f}5\u{1f}a text longer than twenty-one bytes\u{1f}x",
            "A\u{1f}direct\u{1f}0\u{1f}5\u{1f}a text\u{1f}x\u{1f}y",
            "A\u{1f}direct\u{1f}0\u{1f}5\u{1f}14\u{1f}20\u{1f}1\u{1f}2\u{1f}3",
            "A\u{1f}direct\u{1f}0\u{1f}5\u{1f}14\u{1f}20\u{1f}1\u{1f}4294967296",
        ] {
            assert!(decode(damaged).is_none(), "{damaged:?}");
            // Words read from the end of a damaged value only let it be read whole, and fail.
            assert!(stored_statement_words(damaged.as_bytes()).is_none() || damaged.matches('\u{1f}').count() >= 6);
        }
        // A text starting with digits is still a text.
        let numbered = Statement { text: "2023 was a year.".into(), ..quoted.clone() };
        assert_eq!(decode(&encode_statement(&numbered, unplaced)).as_ref(), Some(&numbered));
        // Offsets written with a sign or leading zeros read as `usize::from_str` reads them.
        let padded = "A\u{1f}direct\u{1f}14\u{1f}30\u{1f}+00000000000000000000017\u{1f}31\u{1f}0\u{1f}1";
        assert_eq!(decode(padded).map(|s| s.text), Some("We welcome it.".to_string()));
    }
}
