//! Snippets: the passages of a readout that show why it matched, cut at sentence boundaries, with
//! every matched word marked.
//!
//! Matching goes through the same analyzer as the index, so a stemmed or accent-folded form
//! (`agreements`, `Çavuşoğlu`) is marked where the query's form matched it.

use std::cell::OnceCell;
use std::collections::HashSet;

use aho_corasick::AhoCorasick;

use rustc_hash::FxHashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::query::Highlights;
use crate::index::schema::{name_analyzer, text_analyzer};
use tantivy::tokenizer::TextAnalyzer;

/// Longest fragment, in characters, before it is cut around its first match.
const MAX_FRAGMENT_CHARS: usize = 240;

/// Snippets and title marks are made from at most this many bytes at the start of a text, as
/// Elasticsearch bounds highlighting with `max_analyzed_offset`. Why: marking reads every word, and
/// one 15 MB readout in the top 10 made "peace agreement" take 213 ms instead of 3 ms. The longest
/// readout of corpus/ is 137 KB; a longer one is still found and ranked on its whole text, and its
/// snippets show the matches of its first 256 KB (or its lead sentence).
pub const MAX_ANALYZED_BYTES: usize = 256 * 1024;

/// The start of `text` that snippets read: at most [`MAX_ANALYZED_BYTES`], cut at a character.
fn analyzed_part(text: &str) -> &str {
    crate::text::head(text, MAX_ANALYZED_BYTES)
}

/// One passage of a snippet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fragment {
    /// The passage as plain text.
    pub text: String,
    /// Byte ranges of matched words within `text`.
    #[serde(skip)]
    pub highlights: Vec<Range<usize>>,
    /// Character range of the passage in the body.
    pub range: [usize; 2],
}

impl Fragment {
    /// The passage as HTML: escaped, matched words in `<mark>`.
    pub fn to_html(&self) -> String {
        self.render(&mut html_text, &mut html_mark)
    }

    /// The passage with its plain stretches through `plain` and its matched words through `marked`.
    pub fn render(&self, plain: &mut impl FnMut(&str) -> String, marked: &mut impl FnMut(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16 * self.highlights.len());
        let mut at = 0;
        for h in &self.highlights {
            out.push_str(&plain(&self.text[at..h.start]));
            out.push_str(&marked(&self.text[h.clone()]));
            at = h.end;
        }
        out.push_str(&plain(&self.text[at..]));
        out
    }
}

fn html_text(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

fn html_mark(text: &str) -> String {
    format!("<mark>{}</mark>", html_escape::encode_text(text))
}

/// Finds what a query matched in texts: words whose analyzed form was asked for, words a few typos
/// from a word of the query, words that start with the query's prefix; a quoted phrase's words that
/// stand together form one range. One marker serves all the hits of a query and remembers each
/// word it has judged, since the same words come back hit after hit.
pub struct Marker<'a> {
    highlights: &'a Highlights,
    /// First letters of the wanted stems: only words that begin so are stemmed (a stem nearly always
    /// starts like its word), which saves stemming every word of every hit.
    wanted: Vec<String>,
    stemmer: TextAnalyzer,
    words: Option<TextAnalyzer>,
    /// The words of the quoted phrases, each once; phrases refer to them by position.
    phrase_words: Vec<String>,
    /// The quoted phrases of two words or more, as positions in `phrase_words`.
    phrases: Vec<Vec<u32>>,
    /// Folded word → what it is.
    memo: FxHashMap<String, Judged>,
    /// Whether a stem is a frequent word of the index: a frequent word one typo or a prefix away
    /// from a frequent query word is another word, not a variant of it ("place" for "peace").
    frequent: Option<IsFrequent<'a>>,
    /// The letters of each typo-tolerant query word ([`letter_set`]), in the order of
    /// `highlights.fuzzy`.
    fuzzy_letters: Vec<u64>,
    /// The pieces [`Marker::needles`], made when first asked.
    needles: OnceCell<Option<AhoCorasick>>,
    /// A word being judged, lowered (kept to reuse its buffer).
    lowered: String,
    /// Whether to read every word of every text (see [`Marker::plain`]).
    plain: bool,
}

/// Tells whether a stem is a frequent word of the index.
type IsFrequent<'a> = Box<dyn FnMut(&str) -> bool + 'a>;

/// What a word of a text is to the query.
#[derive(Debug, Clone, Copy)]
struct Judged {
    /// The phrase word it is (by its stem), if any.
    phrase_word: Option<u32>,
    /// Marked on its own.
    hit: bool,
}

impl Judged {
    /// Marked, or part of a phrase that may be.
    fn is_something(&self) -> bool {
        self.hit || self.phrase_word.is_some()
    }
}

impl<'a> Marker<'a> {
    /// A marker for what a query matched.
    pub fn new(highlights: &'a Highlights) -> Self {
        let wanted = highlights
            .exact
            .iter()
            .chain(highlights.phrases.iter().flatten())
            .map(|s| crate::text::head(s, 3).to_string())
            .collect();
        let mut phrase_words: Vec<String> = Vec::new();
        let mut phrases = Vec::new();
        for phrase in highlights.phrases.iter().filter(|p| p.len() > 1) {
            let ids = phrase
                .iter()
                .map(|w| match phrase_words.iter().position(|known| known == w) {
                    Some(at) => at as u32,
                    None => {
                        phrase_words.push(w.clone());
                        (phrase_words.len() - 1) as u32
                    }
                })
                .collect();
            phrases.push(ids);
        }
        Marker {
            highlights,
            wanted,
            stemmer: text_analyzer(),
            words: Some(name_analyzer()),
            phrase_words,
            phrases,
            memo: FxHashMap::default(),
            frequent: None,
            fuzzy_letters: highlights.fuzzy.iter().map(|(q, _)| letter_set(q.as_bytes())).collect(),
            needles: OnceCell::new(),
            lowered: String::new(),
            plain: false,
        }
    }

    /// Leaves unmarked the typo variants that are other words: frequent (by `frequent`,
    /// on stems) where the query's word is frequent too. Searches leave them out likewise.
    pub fn skip_other_words(mut self, frequent: impl FnMut(&str) -> bool + 'a) -> Self {
        self.frequent = Some(Box::new(frequent));
        self
    }

    /// True when `word`, a variant of the query's word `query`, is another word (see
    /// [`Marker::skip_other_words`]).
    fn is_other_word(&mut self, word: &str, query: &str) -> bool {
        if self.frequent.is_none() {
            return false;
        }
        let (word, query) = (self.stem(word), self.stem(query));
        let Some(frequent) = self.frequent.as_mut() else { return false };
        word != query && frequent(&query) && frequent(&word)
    }

    /// The analysed form of a word.
    fn stem(&mut self, word: &str) -> String {
        let mut stream = self.stemmer.token_stream(word);
        stream.next().map(|t| t.text.clone()).unwrap_or_default()
    }

    fn judge(&mut self, word: &str) -> Judged {
        if let Some(known) = self.memo.get(word) {
            return *known;
        }
        let h = self.highlights;
        let stem = self.wanted.iter().any(|w| word.starts_with(w.as_str())).then(|| {
            let mut stream = self.stemmer.token_stream(word);
            stream.next().map(|t| t.text.clone()).unwrap_or_default()
        });
        let exact = stem.as_ref().is_some_and(|s| h.exact.contains(s));
        let completion = !exact && h.prefixes.iter().any(|p| word.starts_with(p.as_str()));
        let typo_of = if exact || completion {
            Vec::new()
        } else {
            h.fuzzy.iter().filter(|(q, budget)| within_edits(word, q, *budget as usize)).map(|(q, _)| q).collect()
        };
        // A typo of any query word it is near, unless it is another word than each of them.
        let hit = exact || completion || typo_of.into_iter().any(|q| !self.is_other_word(word, q));
        let phrase_word = stem.and_then(|s| self.phrase_words.iter().position(|w| *w == s)).map(|at| at as u32);
        let judged = Judged { phrase_word, hit };
        self.memo.insert(word.to_string(), judged);
        judged
    }

    /// False only when [`Marker::matches`] would find nothing in `text`: a test on bytes, without
    /// reading words. Quote searches mark the statements of fifty readouts, most of which hold
    /// none of the query: this skips them. Measured with `readouts bench --quotes` on corpus/
    /// (then with a hundred candidate readouts): p50 8.9 -> 5.9 ms, p95 33 -> 22 ms.
    /// `the_byte_test_never_rules_out_a_text_that_has_marks` holds it to [`Marker::matches`].
    pub fn may_match(&self, text: &str) -> bool {
        if self.highlights.is_empty() {
            return false;
        }
        // Folding can turn other letters into these; only texts whose letters are ASCII are tested.
        if !letters_are_ascii(text) {
            return true;
        }
        match self.needles() {
            Some(needles) => needles.is_match(text),
            None => true,
        }
    }

    /// The pieces one of which every word [`Marker::judge`] finds something in holds, in an ASCII
    /// text (in any case): the first letters of the wanted stems (`judge` stems only words that
    /// start so), the completed prefixes, and [`typo_pieces`] of the typo-tolerant words. `None`
    /// when a piece would be too short to rule much out, or not a run of letters and digits (a
    /// piece must lie inside a word).
    fn needles(&self) -> Option<&AhoCorasick> {
        self.needles
            .get_or_init(|| {
                let mut needles: Vec<String> = self.wanted.clone();
                needles.extend(self.highlights.prefixes.iter().cloned());
                for (query, budget) in &self.highlights.fuzzy {
                    needles.extend(typo_pieces(query, *budget)?);
                }
                if needles.iter().any(|n| n.is_empty() || !n.bytes().all(|b| b.is_ascii_alphanumeric())) {
                    return None;
                }
                needles.sort_unstable();
                needles.dedup();
                AhoCorasick::builder().ascii_case_insensitive(true).build(needles).ok()
            })
            .as_ref()
    }

    /// True unless `word`, ASCII in any case, is surely nothing to the query: it can be something
    /// only if it starts like a wanted stem or a completed prefix, or is as long as a typo of a
    /// query word can be and brings in no more new letters than edits (the first tests
    /// [`Marker::judge`] makes). Most words of a text are nothing to the query, and this tells so
    /// without lowering them or looking them up in the memo, which was half of marking. Marking
    /// the statements of the fifty readouts `readouts quotes Lavrov` reads (825 KB), every word
    /// read: 12.1-12.6 ms without it, 7.4-7.6 ms with it (medians of 9, two runs).
    /// `quick_rejections_are_judged_nothing` holds it to `judge`.
    fn may_be_wanted(&self, word: &[u8]) -> bool {
        let starts = |head: &str| word.len() >= head.len() && word[..head.len()].eq_ignore_ascii_case(head.as_bytes());
        self.wanted.iter().any(|w| starts(w))
            || self.highlights.prefixes.iter().any(|p| starts(p))
            || self.highlights.fuzzy.iter().zip(&self.fuzzy_letters).any(|((q, budget), letters)| {
                let budget = usize::from(*budget);
                // Each edit brings in one letter at most that the query word lacks.
                word.len().abs_diff(q.len()) <= budget && (letter_set(word) & !letters).count_ones() as usize <= budget
            })
    }

    /// Judges an ASCII word of `text` and keeps it in `tokens` if it is something to the query.
    fn take_ascii_word(&mut self, text: &str, range: Range<usize>, next_to_last: bool, tokens: &mut Vec<Token>) {
        if !self.may_be_wanted(&text.as_bytes()[range.clone()]) {
            return;
        }
        let mut word = std::mem::take(&mut self.lowered);
        word.clear();
        word.push_str(&text[range.clone()]);
        word.make_ascii_lowercase();
        let judged = self.judge(&word);
        self.lowered = word;
        if judged.is_something() {
            let next_to_last = next_to_last && tokens.last().is_some_and(|t| t.range.end <= range.start);
            tokens.push(Token { judged, range, next_to_last });
        }
    }

    /// Matched byte ranges of `text`.
    pub fn matches(&mut self, text: &str) -> Vec<Range<usize>> {
        if self.highlights.is_empty() {
            return Vec::new();
        }
        let mut tokens: Vec<Token> = Vec::new();
        let ascii = letters_are_ascii(text);
        let needles = if self.plain { None } else { self.needles().cloned() };
        if ascii && let Some(needles) = needles {
            // Only the words that hold a needle can be something: they are found with the
            // needles' automaton, which skips the rest of the text without reading its words.
            // The statements `readouts quotes Lavrov` marks (825 KB): 7.4 -> 1.4-2.1 ms;
            // `readouts bench --quotes` on corpus/, with the borrowed statements of quotes.rs:
            // p50 3.2 -> 2.4-3.0 ms, p95 13.7 -> 6.7-7.3 ms. `needles_find_what_reading_every_word_finds`
            // holds it to the plain reading below.
            let bytes = text.as_bytes();
            let mut from = 0;
            while let Some(found) = needles.find(aho_corasick::Input::new(text).span(from..text.len())) {
                let mut start = found.start();
                while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
                    start -= 1;
                }
                let mut end = found.end();
                while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                    end += 1;
                }
                from = end;
                if end - start < MAX_WORD_BYTES {
                    // Next to the last word kept when no word stands between them.
                    let between = tokens.last().map_or(0..0, |t: &Token| t.range.end.min(start)..start);
                    let next_to_last = ascii_words(&text[between]).next().is_none();
                    self.take_ascii_word(text, start..end, next_to_last, &mut tokens);
                }
            }
        } else if ascii {
            // The name analyzer's words of a text whose letters are ASCII, read by bytes: quote
            // searches mark the statements of fifty readouts, and the analyzer's token stream was
            // a quarter of it. `readouts bench --quotes` on corpus/: p50 4.05 -> 3.7 ms, p95 within
            // the noise (14-19 ms both). `ascii_words_are_the_analyzers` holds it to the analyzer.
            let mut last_place = None;
            for (place, range) in ascii_words(text).enumerate() {
                let kept = tokens.len();
                self.take_ascii_word(text, range, last_place.is_some_and(|last| last + 1 == place), &mut tokens);
                if tokens.len() > kept {
                    last_place = Some(place);
                }
            }
        } else {
            let mut words = self.words.take().unwrap_or_else(name_analyzer);
            {
                let mut stream = words.token_stream(text);
                let mut last_place = None;
                let mut place = 0;
                while let Some(token) = stream.next() {
                    let judged = self.judge(&token.text);
                    if judged.is_something() {
                        let next_to_last = last_place.is_some_and(|last| last + 1 == place);
                        tokens.push(Token { judged, range: token.offset_from..token.offset_to, next_to_last });
                        last_place = Some(place);
                    }
                    place += 1;
                }
            }
            self.words = Some(words);
        }
        let phrases = &self.phrases;
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // A phrase that stands here whole is one mark.
            let phrase_here = phrases.iter().filter(|p| i + p.len() <= tokens.len()).find(|p| {
                p.iter()
                    .zip(&tokens[i..i + p.len()])
                    .enumerate()
                    .all(|(k, (w, t))| (k == 0 || t.next_to_last) && t.judged.phrase_word == Some(*w))
            });
            if let Some(p) = phrase_here {
                out.push(tokens[i].range.start..tokens[i + p.len() - 1].range.end);
                i += p.len();
                continue;
            }
            if tokens[i].judged.hit {
                out.push(tokens[i].range.clone());
            }
            i += 1;
        }
        out
    }

    /// Reads every word of every text, without the needles: the plain version the tests hold the
    /// needles to.
    #[cfg(test)]
    fn plain(mut self) -> Self {
        self.plain = true;
        self
    }
}

/// Words of this many bytes or more are no words to the analyzers (their `RemoveLongFilter`).
const MAX_WORD_BYTES: usize = 64;

/// A word of a text that is something to the query.
struct Token {
    judged: Judged,
    range: Range<usize>,
    /// No other word stands between it and the token before it.
    next_to_last: bool,
}

/// Pieces of an ASCII `query` one of which every word within `budget` edits of it (a
/// transposition is one) holds unchanged, each of three bytes or more; `None` when the query is
/// not ASCII or shorter than [`super::query::typo_budget`] allows for `budget`. `typo_pieces_hold_every_near_word` tries every edit of a few words.
///
/// One edit leaves one half of a word of six letters or more whole, unless it swaps the two
/// letters where the halves meet: that word is a piece of its own. In a word of five letters the
/// halves share the middle letter, and the words that change it are pieces of their own.
/// Two edits leave one of three thirds whole, unless one swaps the letters where two thirds meet
/// and the other touches the third that is left: what the swap leaves around it is the piece.
fn typo_pieces(query: &str, budget: u8) -> Option<Vec<String>> {
    if !query.is_ascii() {
        return None;
    }
    let n = query.len();
    let piece = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let swapped = |at: usize| {
        let mut word = query.as_bytes().to_vec();
        word.swap(at - 1, at);
        word
    };
    let q = query.as_bytes();
    match budget {
        0 => Some(vec![query.to_string()]),
        1 if n >= 6 => {
            let half = n / 2;
            Some(vec![piece(&q[..half]), piece(&q[half..]), piece(&swapped(half))])
        }
        1 if n == 5 => {
            let mut pieces = vec![piece(&q[..3]), piece(&q[2..]), piece(&swapped(2)), piece(&swapped(3))];
            pieces.push(format!("{}{}", &query[..2], &query[3..]));
            for c in (b'a'..=b'z').chain(b'0'..=b'9') {
                let mut word = q.to_vec();
                word[2] = c;
                pieces.push(piece(&word));
            }
            Some(pieces)
        }
        2 if n >= 9 => {
            let (first, second) = (n / 3, 2 * n / 3);
            Some(vec![
                piece(&q[..first]),
                piece(&q[first..second]),
                piece(&q[second..]),
                piece(&swapped(first)[..second - 1]),
                piece(&swapped(second)[first + 1..]),
            ])
        }
        _ => None,
    }
}

/// True when every letter and digit of `text` is ASCII (its other characters may be curly quotes
/// and dashes): its words need no folding. Runs of ASCII are skipped sixteen bytes at a time and
/// the punctuation of readouts (curly quotes, dashes, no-break spaces) known without a Unicode
/// table: decoding and testing every character was a tenth of a quote search.
/// `the_ascii_letter_test_is_the_plain_one` holds it to the plain test.
fn letters_are_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at].is_ascii() {
            if bytes.len() - at >= 16 && bytes[at..at + 16].is_ascii() {
                at += 16;
            } else {
                at += 1;
            }
            continue;
        }
        let Some(c) = text[at..].chars().next() else { return true };
        let punctuation = matches!(c, '\u{a0}' | '\u{2000}'..='\u{206f}');
        if !punctuation && c.is_alphanumeric() {
            return false;
        }
        at += c.len_utf8();
    }
    true
}

/// The letters of a word, in any case, as bits (by their low six bits: two letters that share a bit
/// count as one, which only lets more words through the tests that use it).
fn letter_set(word: &[u8]) -> u64 {
    word.iter().fold(0, |set, b| set | 1 << (b.to_ascii_lowercase() & 63))
}

/// The words the name analyzer reads in a text whose letters are ASCII ([`letters_are_ascii`]):
/// runs of ASCII letters and digits, those of 64 bytes or more left out (as its
/// `RemoveLongFilter` does).
fn ascii_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
                at += 1;
            }
            if at >= bytes.len() {
                return None;
            }
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                at += 1;
            }
            if at - start < MAX_WORD_BYTES {
                return Some(start..at);
            }
        }
    })
}

/// True when `word` is at most `budget` edits (a transposition is one) from `query`.
fn within_edits(word: &str, query: &str, budget: usize) -> bool {
    // An edit changes the length by one at most.
    if word.len().abs_diff(query.len()) > budget {
        return false;
    }
    // Nor can it change the counts of letters by more than two (a substitution takes one letter
    // out and puts another in): a cheap test that rules out most words before the dearer distance.
    if word.is_ascii() && query.is_ascii() {
        let mut counts = [0i16; 64];
        for b in word.bytes() {
            counts[usize::from(b & 63)] += 1;
        }
        for b in query.bytes() {
            counts[usize::from(b & 63)] -= 1;
        }
        if counts.iter().map(|c| c.unsigned_abs() as usize).sum::<usize>() > 2 * budget {
            return false;
        }
    }
    strsim::osa_distance(word, query) <= budget
}

/// The title with its matched words: one fragment, the whole title.
pub fn title_fragment(title: &str, marker: &mut Marker<'_>) -> Fragment {
    let hits = marker.matches(analyzed_part(title));
    Fragment { text: title.to_string(), highlights: hits, range: [0, title.chars().count()] }
}

/// The title as HTML with its matched words marked.
pub fn title_html(title: &str, marker: &mut Marker<'_>) -> String {
    title_fragment(title, marker).to_html()
}

/// Builds up to `fragments` passages of `body` showing the matches of `terms`, best first by the
/// number of distinct terms then of matches, then shown in reading order. When nothing in the body
/// matches, the lead sentence.
pub fn fragments(body: &str, marker: &mut Marker<'_>, fragments: usize) -> Vec<Fragment> {
    let body = analyzed_part(body);
    let hits = marker.matches(body);
    let sentences = crate::text::sentences(body);
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize, usize)> = Vec::new(); // (distinct, count, sentence index)
    // Sentences and matches both come in reading order: one walk over each, so that a body of
    // millions of words with many matches costs no more than reading it once.
    let mut next_hit = 0;
    for (i, s) in sentences.iter().enumerate() {
        while next_hit < hits.len() && hits[next_hit].start < s.start {
            next_hit += 1;
        }
        let mut count = 0;
        let mut distinct: HashSet<&str> = HashSet::new();
        for h in hits[next_hit..].iter().take_while(|h| h.start < s.end).filter(|h| h.end <= s.end) {
            count += 1;
            distinct.insert(body[h.clone()].trim());
        }
        if count > 0 {
            scored.push((distinct.len(), count, i));
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut chosen: Vec<usize> = scored.iter().take(fragments.max(1)).map(|s| s.2).collect();
    if chosen.is_empty() {
        chosen.push(0);
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| fragment_of(body, sentences[i].clone(), &hits)).collect()
}

/// A fragment for one sentence, cut around its first match when it is too long.
fn fragment_of(body: &str, sentence: Range<usize>, hits: &[Range<usize>]) -> Fragment {
    let mut range = sentence.clone();
    let text = &body[range.clone()];
    if text.chars().count() > MAX_FRAGMENT_CHARS {
        let first = hits
            .iter()
            .find(|h| h.start >= sentence.start && h.end <= sentence.end)
            .map_or(sentence.start, |h| h.start);
        // Start a little before the first match, at a word boundary; end at a word boundary.
        let mut start =
            body[..first].char_indices().rev().nth(60).map_or(sentence.start, |(i, _)| i).max(sentence.start);
        if start > sentence.start {
            start = body[start..first]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
                .map_or(first, |(p, c)| start + p + c.len_utf8());
        }
        let mut end = body[start..]
            .char_indices()
            .nth(MAX_FRAGMENT_CHARS)
            .map_or(body.len(), |(i, _)| start + i)
            .min(sentence.end);
        if end < sentence.end {
            end = body[start..end].rfind(char::is_whitespace).map_or(end, |p| start + p);
        }
        range = start..end;
    }
    let highlights = hits
        .iter()
        .filter(|h| h.start >= range.start && h.end <= range.end)
        .map(|h| h.start - range.start..h.end - range.start)
        .collect();
    let mut text = body[range.clone()].trim_end().to_string();
    let cut_before = range.start > sentence.start;
    let cut_after = range.end < sentence.end;
    let char_start = body[..range.start].chars().count();
    let char_end = char_start + body[range.clone()].chars().count();
    let mut highlights: Vec<Range<usize>> = highlights;
    if cut_before {
        text.insert(0, '…');
        let shift = '…'.len_utf8();
        highlights = highlights.into_iter().map(|h| h.start + shift..h.end + shift).collect();
    }
    if cut_after {
        text.push('…');
    }
    Fragment { text, highlights, range: [char_start, char_end] }
}

/// The snippet HTML of fragments: each escaped with its marks, joined with ` … `.
pub fn to_html(fragments: &[Fragment]) -> String {
    render(fragments, &mut html_text, &mut html_mark)
}

/// The snippet of fragments, each rendered by [`Fragment::render`], joined with ` … `: the one rule
/// for the JSON's HTML and the terminal's styles.
pub fn render(
    fragments: &[Fragment],
    plain: &mut impl FnMut(&str) -> String,
    marked: &mut impl FnMut(&str) -> String,
) -> String {
    let mut out = String::new();
    for (i, f) in fragments.iter().enumerate() {
        // A passage already cut with an ellipsis needs no second one between them.
        if i > 0 {
            let joint = out.ends_with('…') || f.text.starts_with('…');
            out.push_str(if joint { " " } else { " … " });
        }
        out.push_str(&f.render(plain, marked));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(words: &[&str]) -> Highlights {
        Highlights { exact: words.iter().map(|w| w.to_string()).collect(), ..Highlights::default() }
    }

    #[test]
    fn ascii_words_are_the_analyzers() {
        let mut texts: Vec<String> = vec![
            "A-b c_d  e.f 12ab x".into(),
            format!("short {} long", "y".repeat(64)),
            format!("{} edge", "z".repeat(63)),
            String::new(),
        ];
        texts.push("“Quoted,” she said — it’s done.".into());
        texts.extend(crate::test_support::corpus_files(9).into_iter().map(|(_, t)| t).filter(|t| letters_are_ascii(t)));
        assert!(texts.len() > 50, "the corpus has texts with only ASCII letters");
        let mut analyzer = name_analyzer();
        for text in &texts {
            let mut expected = Vec::new();
            let mut stream = analyzer.token_stream(text);
            while let Some(t) = stream.next() {
                expected.push((t.offset_from..t.offset_to, t.text.clone()));
            }
            let got: Vec<_> = ascii_words(text).map(|r| (r.clone(), text[r].to_ascii_lowercase())).collect();
            assert_eq!(got, expected, "{}", crate::text::head(text, 200));
        }
    }

    #[test]
    fn the_byte_test_never_rules_out_a_text_that_has_marks() {
        let stem = |w: &str| {
            let mut analyzer = text_analyzer();
            let mut stream = analyzer.token_stream(w);
            stream.next().map(|t| t.text.clone()).unwrap_or_default()
        };
        let asks = [
            Highlights { exact: ["peace", "agreement"].iter().map(|w| stem(w)).collect(), ..Highlights::default() },
            Highlights {
                exact: ["sanctions"].iter().map(|w| stem(w)).collect(),
                fuzzy: vec![("sanctions".into(), 1), ("humanitarian".into(), 2), ("blinken".into(), 1)],
                prefixes: vec!["negoti".into()],
                ..Highlights::default()
            },
            Highlights {
                phrases: vec![vec![stem("rule"), stem("of"), stem("law")]],
                fuzzy: vec![("ukraine".into(), 1)],
                ..Highlights::default()
            },
            Highlights { fuzzy: vec![("china".into(), 1)], ..Highlights::default() },
        ];
        let mut passages: Vec<String> = vec![
            "Snactions were imposed.".into(),
            "The sanctinos, the humanitraian aid.".into(),
            "Ukriane and Blinkne.".into(),
        ];
        for (_, text) in crate::test_support::corpus_files(7) {
            passages.extend(crate::text::sentences(&text).into_iter().map(|r| text[r].to_string()));
        }
        let (mut ruled_out, mut marked) = (0, 0);
        for highlights in &asks {
            let mut marker = Marker::new(highlights);
            for passage in &passages {
                let matches = marker.matches(passage);
                if !marker.may_match(passage) {
                    assert!(matches.is_empty(), "{passage:?} has marks {matches:?} but was ruled out");
                    ruled_out += 1;
                }
                marked += usize::from(!matches.is_empty());
            }
        }
        // Every ask can rule texts out.
        assert!(ruled_out > 2 * passages.len() && marked > 100, "{ruled_out} ruled out, {marked} marked");
    }

    /// Every word within `budget` edits of `word` over `alphabet` (a transposition is one edit).
    fn near_words(word: &str, budget: u8, alphabet: &[u8]) -> HashSet<Vec<u8>> {
        let mut found: HashSet<Vec<u8>> = HashSet::from([word.as_bytes().to_vec()]);
        for _ in 0..budget {
            let mut next = found.clone();
            for w in &found {
                for at in 0..=w.len() {
                    for &c in alphabet {
                        let mut inserted = w.clone();
                        inserted.insert(at, c);
                        next.insert(inserted);
                        if at < w.len() {
                            let mut substituted = w.clone();
                            substituted[at] = c;
                            next.insert(substituted);
                        }
                    }
                    if at < w.len() {
                        let mut deleted = w.clone();
                        deleted.remove(at);
                        next.insert(deleted);
                    }
                    if at + 1 < w.len() {
                        let mut swapped = w.clone();
                        swapped.swap(at, at + 1);
                        next.insert(swapped);
                    }
                }
            }
            found = next;
        }
        found
    }

    #[test]
    fn typo_pieces_hold_every_near_word() {
        // Letters of the words, one they lack and a digit: any other letter a typo brings in
        // behaves as the one they lack.
        for word in ["sudan", "grain", "kerry", "aaaaa", "abcab", "lavrov", "taiwan", "moldova", "blinken", "jasseliv"]
            .into_iter()
            .chain(["sanctions", "indonesia", "pashinian", "aaaaaaaaa", "abababababa", "humanitarian"])
        {
            let budget = super::super::query::typo_budget(word);
            let pieces = typo_pieces(word, budget).expect("pieces");
            assert!(pieces.iter().all(|p| p.len() >= 3), "{word}: {pieces:?}");
            let mut alphabet: Vec<u8> = word.bytes().collect();
            alphabet.extend([b'x', b'1']);
            alphabet.sort_unstable();
            alphabet.dedup();
            let mut tried = 0;
            for near in near_words(word, budget, &alphabet) {
                let near = String::from_utf8(near).unwrap();
                if strsim::osa_distance(&near, word) > usize::from(budget) {
                    continue;
                }
                tried += 1;
                assert!(pieces.iter().any(|p| near.contains(p.as_str())), "{word} -> {near}: none of {pieces:?}");
            }
            assert!(tried > 10, "{word}: {tried}");
        }
        assert!(typo_pieces("ÇAVUŞ", 1).is_none());
    }

    #[test]
    fn needles_find_what_reading_every_word_finds() {
        let stem = |w: &str| {
            let mut analyzer = text_analyzer();
            let mut stream = analyzer.token_stream(w);
            stream.next().map(|t| t.text.clone()).unwrap_or_default()
        };
        let asks = [
            Highlights {
                exact: ["lavrov"].iter().map(|w| stem(w)).collect(),
                fuzzy: vec![("lavrov".into(), 1)],
                ..Highlights::default()
            },
            Highlights {
                exact: ["sanctions", "sudan"].iter().map(|w| stem(w)).collect(),
                fuzzy: vec![("sanctions".into(), 2), ("sudan".into(), 1), ("humanitarian".into(), 2)],
                prefixes: vec!["negoti".into()],
                ..Highlights::default()
            },
            Highlights {
                phrases: vec![vec![stem("rule"), stem("of"), stem("law")], vec![stem("peace"), stem("agreement")]],
                exact: ["peace", "agreement"].iter().map(|w| stem(w)).collect(),
                fuzzy: vec![("ukraine".into(), 1), ("peace".into(), 1), ("agreement".into(), 2)],
                ..Highlights::default()
            },
            Highlights {
                fuzzy: vec![("china".into(), 1), ("grain".into(), 1)],
                prefixes: vec!["se".into()],
                ..Highlights::default()
            },
        ];
        let mut passages: Vec<String> = vec![
            "Snactions were imposed on Sduan.".into(),
            "The sanctinos, the humanitraian aid, the piece agreemnet.".into(),
            "Ukriane and Lavorv and Larvov; the rule of law, the rule-of-law, rule of the law.".into(),
            format!("the peace {} agreement, the peace agreement", "x".repeat(70)),
            "A peace—agreement. PEACE AGREEMENT! peace, agreement".into(),
        ];
        for (_, text) in crate::test_support::corpus_files(7) {
            passages.extend(crate::text::sentences(&text).into_iter().map(|r| text[r].to_string()));
        }
        let mut marked = 0;
        for highlights in &asks {
            let (mut needled, mut plain) = (Marker::new(highlights), Marker::new(highlights).plain());
            for passage in &passages {
                let found = needled.matches(passage);
                assert_eq!(found, plain.matches(passage), "{passage:?}");
                marked += usize::from(!found.is_empty());
            }
        }
        assert!(marked > 100, "{marked} marked");
    }

    #[test]
    fn quick_rejections_are_judged_nothing() {
        let highlights = Highlights {
            exact: HashSet::from(["lavrov".to_string(), "sanction".to_string()]),
            fuzzy: vec![("lavrov".into(), 1), ("sanctions".into(), 2)],
            prefixes: vec!["ukr".into()],
            phrases: vec![vec!["peac".into(), "agreement".into()]],
        };
        let mut marker = Marker::new(&highlights);
        let (mut rejected, mut words) = (0, 0);
        for (_, text) in crate::test_support::corpus_files(11) {
            for range in ascii_words(&text) {
                let word = text[range].to_ascii_lowercase();
                words += 1;
                if !marker.may_be_wanted(word.as_bytes()) {
                    rejected += 1;
                    assert!(!marker.judge(&word).is_something(), "{word}");
                }
            }
        }
        assert!(rejected * 2 > words, "{rejected} of {words} rejected");
    }

    #[test]
    fn the_ascii_letter_test_is_the_plain_one() {
        let plain = |text: &str| text.chars().all(|c| c.is_ascii() || !c.is_alphanumeric());
        assert!(('\u{2000}'..='\u{206f}').chain(['\u{a0}']).all(|c| !c.is_alphanumeric()));
        let mut texts: Vec<String> =
            vec!["“Quoted,” — it’s done.".into(), "Çavuşoğlu".into(), format!("{}é", "a".repeat(40)), String::new()];
        texts.extend(crate::test_support::corpus_files(5).into_iter().map(|(_, t)| t));
        texts.extend(
            texts
                .clone()
                .iter()
                .flat_map(|t| crate::text::sentences(t).into_iter().map(|r| t[r].to_string()))
                .collect::<Vec<_>>(),
        );
        let ascii = texts.iter().filter(|t| letters_are_ascii(t)).count();
        assert!(ascii > 100 && ascii < texts.len(), "{ascii} of {}", texts.len());
        for text in &texts {
            assert_eq!(letters_are_ascii(text), plain(text), "{}", crate::text::head(text, 200));
        }
    }

    #[test]
    fn the_letter_count_test_never_rules_out_a_near_word() {
        let words = [
            "peace",
            "piece",
            "place",
            "pace",
            "peaces",
            "epace",
            "agreement",
            "agreemnet",
            "agrement",
            "arrangement",
            "pashinyan",
            "pashinian",
            "blinken",
            "blinkin",
            "linken",
            "security",
            "sceurity",
        ];
        for a in words {
            for b in words {
                for budget in 0..=2 {
                    assert_eq!(within_edits(a, b, budget), strsim::osa_distance(a, b) <= budget, "{a} {b} {budget}");
                }
            }
        }
    }

    #[test]
    fn marks_stemmed_and_folded_forms() {
        let body = "Talks went well. Both sides want durable peace agreements. Çavuşoğlu spoke.";
        let f = fragments(body, &mut Marker::new(&exact(&["peac", "agreement", "cavusoglu"])), 2);
        assert_eq!(
            to_html(&f),
            "Both sides want durable <mark>peace</mark> <mark>agreements</mark>. … <mark>Çavuşoğlu</mark> spoke."
        );
    }

    #[test]
    fn marks_typos_prefixes_and_phrases() {
        let h = Highlights {
            exact: HashSet::from(["durabl".to_string(), "peac".to_string()]),
            fuzzy: vec![("pashinian".to_string(), 2)],
            prefixes: vec!["agre".to_string()],
            phrases: vec![vec!["durabl".to_string(), "peac".to_string()]],
        };
        let f = fragments("Pashinyan wants a durable peace agreement.", &mut Marker::new(&h), 1);
        assert_eq!(to_html(&f), "<mark>Pashinyan</mark> wants a <mark>durable peace</mark> <mark>agreement</mark>.");
        // A frequent word near a frequent query word is no typo of it.
        let h = Highlights {
            exact: HashSet::from(["peac".to_string()]),
            fuzzy: vec![("peace".to_string(), 1)],
            ..Default::default()
        };
        let mut marker = Marker::new(&h).skip_other_words(|stem| ["peac", "place"].contains(&stem));
        let f = fragments("Peace takes place, and paece too.", &mut marker, 1);
        assert_eq!(to_html(&f), "<mark>Peace</mark> takes place, and <mark>paece</mark> too.");
    }

    #[test]
    fn the_best_sentences_are_chosen_among_many() {
        // Sentences with one, two and three of the words, in an order that puts the best last.
        let mut body = String::new();
        for i in 0..2_000 {
            body.push_str(match i % 7 {
                0 => "Peace was discussed. ",
                3 => "A durable peace was discussed. ",
                5 => "Nothing here. ",
                _ => "The agreement was signed. ",
            });
        }
        body.push_str("A durable peace agreement was signed.");
        let f = fragments(&body, &mut Marker::new(&exact(&["durabl", "peac", "agreement"])), 2);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].text, "A durable peace was discussed.");
        assert_eq!(f[1].text, "A durable peace agreement was signed.");
    }

    #[test]
    fn only_the_start_of_a_huge_body_is_read() {
        let marker = exact(&["peac"]);
        let huge = format!("{} Peace é.", "Long words here. ".repeat(MAX_ANALYZED_BYTES / 17 + 1));
        let f = fragments(&huge, &mut Marker::new(&marker), 1);
        assert_eq!(f[0].text, "Long words here.", "the match past the bound is not read");
        let cut = format!("{}é{}", "a".repeat(MAX_ANALYZED_BYTES - 1), "b");
        assert_eq!(analyzed_part(&cut).len(), MAX_ANALYZED_BYTES - 1, "cut before the character");
        let title = format!("Peace {}", "x".repeat(MAX_ANALYZED_BYTES));
        assert!(title_html(&title, &mut Marker::new(&marker)).starts_with("<mark>Peace</mark>"));
    }

    #[test]
    fn escapes_html_outside_marks() {
        let f = fragments("A <b> & peace.", &mut Marker::new(&exact(&["peac"])), 1);
        assert_eq!(to_html(&f), "A &lt;b&gt; &amp; <mark>peace</mark>.");
    }

    #[test]
    fn lead_sentence_without_matches() {
        let f = fragments("First sentence here. Second one.", &mut Marker::new(&exact(&["zzz"])), 2);
        assert_eq!(to_html(&f), "First sentence here.");
    }

    #[test]
    fn long_sentences_are_cut_at_words() {
        let body = format!("{} peace {}.", "word ".repeat(100), "more ".repeat(100));
        let f = fragments(&body, &mut Marker::new(&exact(&["peac"])), 1);
        assert!(f[0].text.starts_with('…') && f[0].text.ends_with('…'), "{}", f[0].text);
        assert!(f[0].text.chars().count() <= MAX_FRAGMENT_CHARS + 2);
        assert!(f[0].to_html().contains("<mark>peace</mark>"));
        assert!(!f[0].text.contains("wor…") && !f[0].text.contains("…ord"));
    }

    #[test]
    fn ranges_are_characters_of_the_body() {
        let body = "Ça va. The peace holds.";
        let f = fragments(body, &mut Marker::new(&exact(&["peac"])), 1);
        let chars: Vec<char> = body.chars().collect();
        assert_eq!(chars[f[0].range[0]..f[0].range[1]].iter().collect::<String>(), "The peace holds.");
    }
}
