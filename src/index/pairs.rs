//! Word pairs: each two words standing side by side in the title, the body or a country's name,
//! indexed as one term of a pair field ([`super::schema::Fields::pairs_of`]).
//!
//! A quoted two-word phrase of frequent words ("United States", "peace agreement") matches most
//! readouts, and tantivy's phrase query reads both words' positions in every readout holding the
//! two to find where they stand together: three quarters of such a query's time (perf, 100k
//! synthetic readouts). The pair's postings answer the same question without positions, and the
//! number of times the pair occurs in a readout is the phrase's count there, so the score is the
//! phrase query's (`search::pair::PairQuery`, tested equal to it).
//!
//! In titles and bodies only frequent words pair ([`PairWords::Frequent`]): a phrase with a rare
//! word is cheap already (the rare word's few readouts are all that is checked), and function words
//! ("of the") would make the pairs the larger part of the index for phrases nobody quotes alone.
//! Countries' names are few and short: every word pairs there.

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// The words that pair in titles and bodies, as the text analyzer stems them: see the file's
/// header.
const PAIR_WORDS_TXT: &str = include_str!("../../data/pair_words.txt");

static PAIR_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| read_pair_words(PAIR_WORDS_TXT));

static PAIR_NUMBERS: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut numbers = FxHashMap::with_capacity_and_hasher(PAIR_WORDS.len(), Default::default());
    numbers.extend(PAIR_WORDS.iter().enumerate().map(|(i, word)| (*word, i as u16)));
    numbers
});

/// The words of a pair word list: whitespace-separated, past the lines that open with `#`.
///
/// A fast path: every search process reads the list (its query's words are looked up in it).
/// Its lines found by [`crate::text::lines`], a line of one plain word taken whole rather than
/// split on whitespace, and the map sized at once: with `str::lines`, `split_whitespace` and a map
/// grown as it filled, the list took 0.33 M of the 6.50 M instructions of a one-shot `readouts
/// search "peace agreement"`, now 0.18 M (callgrind, release; BENCHMARKS.md, "One search process,
/// session 58"). Tested against the plain reading.
fn read_pair_words(text: &'static str) -> Vec<&'static str> {
    let mut words = Vec::with_capacity(text.len() / 6);
    for line in crate::text::lines(text).filter(|l| !l.starts_with('#')) {
        if !line.is_empty() && line.bytes().all(|b| b.is_ascii_alphanumeric()) {
            words.push(line);
        } else {
            words.extend(line.split_whitespace());
        }
    }
    words
}

/// A word of data/pair_words.txt, by its number there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairWord(u16);

impl PairWord {
    /// The pair word a stem is, if it is one.
    pub fn of(stem: &str) -> Option<PairWord> {
        PAIR_NUMBERS.get(stem).copied().map(PairWord)
    }

    /// The stem.
    pub fn text(self) -> &'static str {
        PAIR_WORDS[usize::from(self.0)]
    }
}

/// Which words of a field form pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairWords {
    /// The stems of data/pair_words.txt (titles and bodies).
    Frequent,
    /// Every word (countries' names).
    Every,
}

impl PairWords {
    /// True for a word (as the field's analyzer gives it) that forms pairs with its neighbours.
    pub fn pairs(self, word: &str) -> bool {
        match self {
            PairWords::Frequent => PairWord::of(word).is_some(),
            PairWords::Every => true,
        }
    }
}

/// The term text of two words standing side by side (a space never occurs inside a token).
pub fn pair_text(first: &str, second: &str) -> String {
    let mut text = String::with_capacity(first.len() + 1 + second.len());
    text.push_str(first);
    text.push(' ');
    text.push_str(second);
    text
}

/// The token of two words standing side by side, the first at `position`, both in `span`.
fn pair_token(position: usize, span: std::ops::Range<usize>, first: &str, second: &str) -> Token {
    Token { offset_from: span.start, offset_to: span.end, position, text: pair_text(first, second), position_length: 1 }
}

/// The pair words of the last texts the text analyzer read on this thread, as it read them.
///
/// tantivy tokenizes a readout's fields one after the other on one thread, the title and the body
/// before their pair fields (fields in the order of the schema), so the pair fields find the words
/// here instead of tokenizing and stemming the text a second time: that second reading was most of
/// what the pairs cost to index (perf, indexing corpus/: BENCHMARKS.md, "Phrases from word
/// pairs"). The text is compared before its words are used; a text not among the last two read
/// (or not read to the end) is read again, and both ways give the same pairs (tested).
#[derive(Default)]
struct Readings {
    /// The last two readings (a readout's title, then its body), the newest at `newest`.
    last: [Reading; 2],
    newest: usize,
    /// The number the next reading gets.
    next_serial: u64,
}

#[derive(Default)]
struct Reading {
    /// Which reading this is: a stream writes only into its own (streams may interleave).
    serial: u64,
    text: String,
    finished: bool,
    words: Vec<ReadWord>,
}

struct ReadWord {
    word: PairWord,
    position: usize,
    offset_from: usize,
    offset_to: usize,
}

thread_local! {
    static READINGS: RefCell<Readings> = RefCell::default();
}

/// One reading of a text by the text analyzer, as [`reading_starts`] numbers it.
#[derive(Debug, Clone, Copy)]
pub(super) struct ReadingId {
    slot: usize,
    serial: u64,
}

/// The text analyzer starts reading `text`: it replaces the older of the last two readings.
pub(super) fn reading_starts(text: &str) -> ReadingId {
    READINGS.with_borrow_mut(|readings| {
        readings.newest = 1 - readings.newest;
        readings.next_serial += 1;
        let serial = readings.next_serial;
        let reading = &mut readings.last[readings.newest];
        reading.serial = serial;
        reading.text.clear();
        reading.text.push_str(text);
        reading.finished = false;
        reading.words.clear();
        ReadingId { slot: readings.newest, serial }
    })
}

/// Runs `change` on the reading `id` if it has not been replaced since.
fn with_reading(id: ReadingId, change: impl FnOnce(&mut Reading)) {
    READINGS.with_borrow_mut(|readings| {
        let reading = &mut readings.last[id.slot];
        if reading.serial == id.serial {
            change(reading);
        }
    });
}

/// The text analyzer read a pair word.
pub(super) fn pair_word_read(id: ReadingId, word: PairWord, token: &Token) {
    with_reading(id, |reading| {
        reading.words.push(ReadWord {
            word,
            position: token.position,
            offset_from: token.offset_from,
            offset_to: token.offset_to,
        })
    });
}

/// The text analyzer read its text to the end.
pub(super) fn reading_ends(id: ReadingId) {
    with_reading(id, |reading| reading.finished = true);
}

/// The tokenizer of a pair field: one token a pair of neighbouring words that pair, as the text
/// field's analyzer reads them (positions one apart: a word the analyzer drops, such as an
/// over-long one, parts its neighbours, as it does for the phrase query).
#[derive(Clone)]
pub struct PairTokenizer {
    words: TextAnalyzer,
    pairing: PairWords,
    tokens: Vec<Token>,
}

impl PairTokenizer {
    /// The pairs of a field whose words pair as `pairing` says: titles' and bodies' (read by the
    /// text analyzer) for [`PairWords::Frequent`], countries' names (the name analyzer) for
    /// [`PairWords::Every`].
    pub fn new(pairing: PairWords) -> Self {
        let words = match pairing {
            PairWords::Frequent => super::schema::text_analyzer(),
            PairWords::Every => super::schema::name_analyzer(),
        };
        PairTokenizer { words, pairing, tokens: Vec::new() }
    }

    /// The pairs of one of the text analyzer's last readings, if one was of `text` and read to the
    /// end.
    fn pairs_of_last_reading(&mut self, text: &str) -> bool {
        READINGS.with_borrow(|readings| {
            let Some(reading) = readings.last.iter().find(|r| r.finished && r.text == text) else {
                return false;
            };
            for (first, second) in reading.words.iter().zip(reading.words.iter().skip(1)) {
                if first.position + 1 == second.position {
                    self.tokens.push(pair_token(
                        first.position,
                        first.offset_from..second.offset_to,
                        first.word.text(),
                        second.word.text(),
                    ));
                }
            }
            true
        })
    }

    /// Every two neighbouring words of the analyzer's tokens.
    fn every_pair(&mut self, text: &str) {
        let mut stream = self.words.token_stream(text);
        let mut previous: Option<Token> = None;
        while stream.advance() {
            let word = stream.token();
            if let Some(first) = &previous
                && first.position + 1 == word.position
            {
                self.tokens.push(pair_token(
                    first.position,
                    first.offset_from..word.offset_to,
                    &first.text,
                    &word.text,
                ));
            }
            previous = Some(word.clone());
        }
    }
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream<'a> {
        self.tokens.clear();
        match self.pairing {
            PairWords::Every => self.every_pair(text),
            PairWords::Frequent => {
                if !self.pairs_of_last_reading(text) {
                    // Read it (the text analyzer records its pair words), then pair them.
                    let mut stream = self.words.token_stream(text);
                    while stream.advance() {}
                    drop(stream);
                    let read = self.pairs_of_last_reading(text);
                    debug_assert!(read, "the text analyzer records what it reads");
                }
            }
        }
        PairStream { tokens: &mut self.tokens, next: 0 }
    }
}

/// The pairs of one text, made before they are read.
pub struct PairStream<'a> {
    tokens: &'a mut [Token],
    next: usize,
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::text_analyzer;

    fn tokens(stream: &mut dyn TokenStream) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().text.clone(), stream.token().position));
        }
        out
    }

    fn pairs(text: &str) -> Vec<(String, usize)> {
        let mut tokenizer = PairTokenizer::new(PairWords::Frequent);
        tokens(&mut tokenizer.token_stream(text))
    }

    /// The pairs as the rule says, read plainly: neighbouring tokens whose stems both pair.
    fn plain_pairs(text: &str) -> Vec<(String, usize)> {
        let words = tokens(&mut text_analyzer().token_stream(text));
        let pair_words = words.iter().filter(|(w, _)| PairWord::of(w).is_some());
        pair_words
            .clone()
            .zip(pair_words.skip(1))
            .filter(|((_, a), (_, b))| a + 1 == *b)
            .map(|((a, position), (b, _))| (pair_text(a, b), *position))
            .collect()
    }

    #[test]
    fn neighbouring_frequent_words_pair_and_others_do_not() {
        let frequent = |w| PairWords::Frequent.pairs(w);
        assert!(frequent("unit") && frequent("state") && frequent("peac"));
        assert!(!frequent("the") && !frequent("of"), "function words do not pair");
        assert!(PairWords::Every.pairs("of"));
        assert_eq!(
            pairs("The United States and the peace agreement"),
            vec![("unit state".to_string(), 1), ("peac agreement".to_string(), 5)]
        );
        // Three frequent words make two pairs; a function word between two parts them.
        assert_eq!(pairs("United States Government").len(), 2);
        assert!(pairs("rule of law").is_empty());
        let mut every = PairTokenizer::new(PairWords::Every);
        assert_eq!(
            tokens(&mut every.token_stream("US United States")),
            vec![("us united".to_string(), 0), ("united states".to_string(), 1)]
        );
    }

    #[test]
    fn the_pair_fields_are_numbered_for_this_list_of_words() {
        // A changed list needs new numbers in the names below (an index built with the old list
        // must neither answer from nor write the new list's pairs), then this checksum.
        let hash = crc32fast::hash(PAIR_WORDS.join("\n").as_bytes());
        use crate::index::schema::{PAIR_ANALYZER, names};
        assert_eq!(
            (hash, names::TITLE_PAIRS, names::BODY_PAIRS, PAIR_ANALYZER),
            (0xc448_2cf6, "title_pairs_1", "body_pairs_1", "readouts_pairs_1")
        );
    }

    #[test]
    fn interleaved_readings_keep_their_own_words() {
        let (first, second) = ("United States", "peace agreement");
        let mut one = text_analyzer();
        let mut two = text_analyzer();
        let mut a = one.token_stream(first);
        let mut b = two.token_stream(second);
        while a.advance() | b.advance() {}
        drop((a, b));
        let mut tokenizer = PairTokenizer::new(PairWords::Frequent);
        assert_eq!(tokens(&mut tokenizer.token_stream(first)), plain_pairs(first));
        assert_eq!(tokens(&mut tokenizer.token_stream(second)), plain_pairs(second));
        // A reading replaced while its stream still runs writes nowhere.
        let mut old = one.token_stream(first);
        let _ = tokens(&mut two.token_stream("Something else"));
        let _ = tokens(&mut two.token_stream(second));
        while old.advance() {}
        drop(old);
        assert_eq!(tokens(&mut tokenizer.token_stream(second)), plain_pairs(second));
    }

    #[test]
    fn the_list_is_read_as_lines_split_on_whitespace() {
        let plain = |text: &'static str| -> Vec<&'static str> {
            text.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
        };
        for text in [PAIR_WORDS_TXT, "", "# only\n", "abil\nabl\n", "abil\r\nabl", "  two words \n#x\n\nlast", "x\n\n"]
        {
            assert_eq!(read_pair_words(text), plain(text), "{text:?}");
        }
    }

    #[test]
    fn no_pair_word_is_under_three_letters() {
        // The stem memory leaves such words out (src/index/stem.rs).
        assert!(PAIR_WORDS.iter().all(|w| w.len() >= 3));
        assert!(PAIR_WORDS.len() > 100);
    }

    #[test]
    fn a_dropped_long_word_parts_its_neighbours() {
        let long = "x".repeat(80);
        assert!(pairs(&format!("United {long} States")).is_empty());
    }

    #[test]
    fn pairs_from_the_last_reading_are_the_pairs_read_afresh() {
        for (path, text) in crate::test_support::corpus_files(40) {
            let expected = plain_pairs(&text);
            let mut tokenizer = PairTokenizer::new(PairWords::Frequent);
            let title = "The United States and Armenia";
            // As tantivy indexes: the title's and the body's analyzer read them, then their pair
            // fields.
            let mut analyzer = text_analyzer();
            let _ = tokens(&mut analyzer.token_stream(title));
            let _ = tokens(&mut analyzer.token_stream(&text));
            let last = |t: &str| READINGS.with_borrow(|r| r.last.iter().any(|r| r.finished && r.text == t));
            assert!(last(title) && last(&text));
            assert_eq!(tokens(&mut tokenizer.token_stream(title)), plain_pairs(title));
            assert!(last(&text), "the title's pairs were read from its reading");
            assert_eq!(tokens(&mut tokenizer.token_stream(&text)), expected, "{}", path.display());
            // Other texts read last: the pair field reads its own.
            let _ = tokens(&mut analyzer.token_stream("something else"));
            let _ = tokens(&mut analyzer.token_stream("and more"));
            assert!(!last(&text));
            assert_eq!(tokens(&mut tokenizer.token_stream(&text)), expected, "{}", path.display());
            // A reading left unfinished is not used.
            let _ = tokens(&mut analyzer.token_stream("something else"));
            let _ = tokens(&mut analyzer.token_stream("and more"));
            let mut unfinished = analyzer.token_stream(&text);
            unfinished.advance();
            drop(unfinished);
            assert_eq!(tokens(&mut tokenizer.token_stream(&text)), expected, "{}", path.display());
        }
    }
}
