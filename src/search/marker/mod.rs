//! Marking what a query matched in a text: the words of its snippets, titles and statements.
//!
//! Matching goes through the same analyzer as the index, so a stemmed or accent-folded form
//! (`agreements`, `Çavuşoğlu`) is marked where the query's form matched it. Most texts and most of
//! their words are nothing to a query; the fast paths here find that without reading every word,
//! and each is held by a test to the plain reading.

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::Arc;

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;
use tantivy::tokenizer::TextAnalyzer;

use super::query::Highlights;
use crate::index::schema::{name_analyzer, text_analyzer};

mod words;
use words::{
    FEW_BEYOND_ASCII, MAX_WORD_BYTES, ascii_words, first_beyond_ascii, letter_set, next_to_last, typo_pieces,
    within_edits, words_beyond_ascii,
};

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
    /// Whether a stem is a frequent word of the index: a frequent query word has no typo variants
    /// ("place", "paece" for "peace"), as the search matches none.
    frequent: Option<IsFrequent<'a>>,
    /// The letters of each typo-tolerant query word ([`letter_set`]), in the order of
    /// `highlights.fuzzy`.
    fuzzy_letters: Vec<u64>,
    /// The pieces [`Marker::needles`], made when first asked.
    needles: OnceCell<Option<Arc<NeedleSearch>>>,
    /// A word being judged, lowered (kept to reuse its buffer).
    lowered: String,
    /// A span of text being searched for needles, lowered (kept to reuse its buffer).
    lowered_span: Vec<u8>,
    /// Whether to read every word of every text (see [`Marker::plain`]).
    plain: bool,
    /// Whether to search needles with the automaton even where Teddy serves (tests hold both).
    automaton_only: bool,
}

/// The needles' searcher of a query ([`Marker::shared_needles`]): cheap to clone, and sent to
/// other threads.
#[derive(Clone, Default)]
pub(crate) struct Needles(Option<Arc<NeedleSearch>>);

/// How a text is searched for needles.
enum NeedleSearch {
    /// Teddy (SIMD, aho-corasick's packed searcher) over a lowered copy of the text: the
    /// automaton below, which must ignore case, gets a prefilter only for a few needles of few
    /// distinct bytes, and reads every byte of the text for the many pieces of a typo-tolerant
    /// word. Where the machine has no Teddy, or the needles are too many for it, the automaton.
    /// Measured gain in BENCHMARKS.md ("Needles found by Teddy"); the marker's tests hold both
    /// to the plain reading of every word.
    Packed(aho_corasick::packed::Searcher),
    /// An Aho-Corasick automaton ignoring ASCII case.
    Automaton(AhoCorasick),
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
            lowered_span: Vec::new(),
            plain: false,
            automaton_only: false,
        }
    }

    /// Leaves unmarked the typo variants of a query word that is frequent (by `frequent`, on
    /// stems): a word the readouts use often is spelled as they spell it, and its neighbours are
    /// other words. Searches match no variants of it either.
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
        word != query && frequent(&query)
    }

    /// The analysed form of a word.
    fn stem(&mut self, word: &str) -> String {
        crate::index::schema::stem_of(&mut self.stemmer, word)
    }

    fn judge(&mut self, word: &str) -> Judged {
        if let Some(known) = self.memo.get(word) {
            return *known;
        }
        let h = self.highlights;
        let stem = if self.wanted.iter().any(|w| word.starts_with(w.as_str())) { Some(self.stem(word)) } else { None };
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

    /// The pieces one of which every word [`Marker::judge`] finds something in holds, in an ASCII
    /// text (in any case): the first letters of the wanted stems (`judge` stems only words that
    /// start so), the completed prefixes, and [`typo_pieces`] of the typo-tolerant words. `None`
    /// when a typo-tolerant word has no pieces, or a needle is empty or not a run of letters and
    /// digits (a needle must lie inside a word).
    fn needles(&self) -> Option<&Arc<NeedleSearch>> {
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
                for needle in &mut needles {
                    needle.make_ascii_lowercase();
                }
                needles.sort_unstable();
                needles.dedup();
                let packed = if self.automaton_only {
                    None
                } else {
                    aho_corasick::packed::Config::new()
                        .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
                        .builder()
                        .extend(&needles)
                        .build()
                };
                let search = match packed {
                    Some(packed) => NeedleSearch::Packed(packed),
                    None => NeedleSearch::Automaton(
                        AhoCorasick::builder().ascii_case_insensitive(true).build(needles).ok()?,
                    ),
                };
                Some(Arc::new(search))
            })
            .as_ref()
    }

    /// The needles' searcher, to hand to the markers of the same query on other threads
    /// ([`Marker::with_needles`]): building it was 4% of a quote search's reading threads
    /// (perf), each thread building its own.
    pub(crate) fn shared_needles(&self) -> Needles {
        Needles(self.needles().cloned())
    }

    /// This marker with the needles of another of the same query ([`Marker::shared_needles`]).
    pub(crate) fn with_needles(self, needles: Needles) -> Self {
        Marker { needles: OnceCell::from(needles.0), ..self }
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

    /// Judges the ASCII words of `text[span]` that hold a needle and keeps those that are
    /// something to the query in `tokens`; `span` holds no letter beyond ASCII.
    fn take_needled_words(&mut self, text: &str, span: Range<usize>, needles: &NeedleSearch, tokens: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let mut lowered = std::mem::take(&mut self.lowered_span);
        if let NeedleSearch::Packed(_) = needles {
            lowered.clear();
            lowered.extend(bytes[span.clone()].iter().map(u8::to_ascii_lowercase));
        }
        let find = |from: usize| match needles {
            NeedleSearch::Packed(packed) => packed
                .find_in(&lowered, aho_corasick::Span::from(from - span.start..span.end - span.start))
                .map(|m| m.start() + span.start..m.end() + span.start),
            NeedleSearch::Automaton(automaton) => {
                automaton.find(aho_corasick::Input::new(text).span(from..span.end)).map(|m| m.range())
            }
        };
        let mut from = span.start;
        while let Some(found) = find(from) {
            let mut start = found.start;
            while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
                start -= 1;
            }
            let mut end = found.end;
            while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                end += 1;
            }
            if end - start < MAX_WORD_BYTES {
                let next_to_last = next_to_last(text, tokens, start);
                self.take_ascii_word(text, start..end, next_to_last, tokens);
            }
            if end >= span.end {
                break;
            }
            from = end;
        }
        self.lowered_span = lowered;
    }

    /// Judges a word of `text` holding a letter beyond ASCII, as the name analyzer reads it, and
    /// keeps it in `tokens` if it is something to the query.
    fn take_analyzed_word(&mut self, text: &str, range: Range<usize>, tokens: &mut Vec<Token>) {
        let mut words = self.words.take().unwrap_or_else(name_analyzer);
        {
            let mut stream = words.token_stream(&text[range.clone()]);
            while let Some(token) = stream.next() {
                let judged = self.judge(&token.text);
                if judged.is_something() {
                    let at = range.start + token.offset_from..range.start + token.offset_to;
                    let next_to_last = next_to_last(text, tokens, at.start);
                    tokens.push(Token { judged, range: at, next_to_last });
                }
            }
        }
        self.words = Some(words);
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
            let next_to_last = next_to_last && !tokens.is_empty();
            tokens.push(Token { judged, range, next_to_last });
        }
    }

    /// Matched byte ranges of `text`.
    pub fn matches(&mut self, text: &str) -> Vec<Range<usize>> {
        if self.highlights.is_empty() {
            return Vec::new();
        }
        let mut tokens: Vec<Token> = Vec::new();
        let first_beyond = first_beyond_ascii(text, 0);
        let ascii = first_beyond.is_none();
        // Words beyond ASCII, when they are few enough to be read one by one (none in an ASCII
        // text); a text thick with them (one in Cyrillic) is read word by word instead: per word,
        // the analyzer's stream costs more than reading them in the whole text's (marking 150 KB
        // of Cyrillic took 9.4 ms one by one, 5.1 ms word by word).
        let others = match first_beyond {
            None => Some(Vec::new()),
            Some(first) => words_beyond_ascii(text, first, text.len() / FEW_BEYOND_ASCII),
        };
        let needles = if self.plain { None } else { others.as_ref().and_then(|_| self.needles().cloned()) };
        if let (Some(needles), Some(others)) = (needles, others) {
            // Only the words that hold a needle can be something: they are found with the
            // needles' searcher ([`NeedleSearch`]), which skips the rest of the text without
            // reading its words.
            // The statements `readouts quotes Lavrov` marks (825 KB): 7.4 -> 1.4-2.1 ms;
            // `readouts bench --quotes` on corpus/, with the borrowed statements of quotes/:
            // p50 3.2 -> 2.4-3.0 ms, p95 13.7 -> 6.7-7.3 ms. `needles_find_what_reading_every_word_finds`
            // holds it to the plain reading below.
            // Words with a letter beyond ASCII ("Çavuşoğlu") are read by the analyzer, one by
            // one, and the needles search the text between them: a readout naming one such
            // person was read word by word before (a fifth of the bodies' bytes on corpus/, in
            // 7% of its readouts; `search Pompeo`, whose hits are such transcripts: see
            // BENCHMARKS.md, "Snippets of texts with letters beyond ASCII").
            let mut from = 0;
            for word in others {
                self.take_needled_words(text, from..word.start, &needles, &mut tokens);
                self.take_analyzed_word(text, word.clone(), &mut tokens);
                from = word.end;
            }
            self.take_needled_words(text, from..text.len(), &needles, &mut tokens);
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

    /// Searches needles with the automaton only, as where the machine has no Teddy.
    #[cfg(test)]
    fn automaton_only(mut self) -> Self {
        self.automaton_only = true;
        self
    }
}

/// A word of a text that is something to the query.
struct Token {
    judged: Judged,
    range: Range<usize>,
    /// No other word stands between it and the token before it.
    next_to_last: bool,
}

#[cfg(test)]
mod tests;
