//! Direct statements: words in quotation marks with their attribution in the same or the adjacent
//! sentence ("“We welcome the agreement,” Miller said."; "O’Brien told reporters: “…”"). A quote
//! split by its attribution, and quoted sentences that follow one another, are one statement.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::super::words::*;
use super::Doc;
use super::reported::{Subject, subject_zone, subjects};

/// Verbs that attribute a quotation.
static QUOTE_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| section("quote verbs").into_iter().chain(super::reported::REPORTING.iter().copied()).collect());

/// A quoted passage: the marks' range and the words' range, in bytes of the text.
#[derive(Debug, Clone)]
struct Span {
    marks: Range<usize>,
    words: Range<usize>,
}

/// A direct statement found.
pub(super) struct Quote {
    pub(super) speaker: String,
    /// From the first opening mark to the last closing one.
    pub(super) range: Range<usize>,
    /// The quoted words of each part.
    pub(super) parts: Vec<Range<usize>>,
    /// The sentences that hold the quote and its attribution.
    pub(super) sentence: Range<usize>,
}

/// The quotations of a readout's body with the person each is attributed to.
pub(super) fn find(doc: &Doc<'_, '_>) -> Vec<Quote> {
    let spans = spans(doc.text, doc.body_start);
    let mut out: Vec<Quote> = Vec::new();
    // Quotes with no attribution of their own, waiting for the next one in their paragraph.
    let mut waiting: Vec<Span> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let k = doc.sentences.partition_point(|s| s.end <= span.marks.start).min(doc.sentences.len().saturating_sub(1));
        let Some(sentence) = doc.sentences.get(k) else { continue };
        let words = doc.text[span.words.clone()].split_whitespace().count();
        // Scare quotes and names of things: a word or two, or words all capitalised.
        let capitalised = doc.text[span.words.clone()]
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()));
        if words < 3 || capitalised && words < 8 {
            waiting.clear();
            continue;
        }
        let previous = out.last().filter(|q| span.marks.start - q.range.end < 400).map(|q| q.speaker.as_str());
        let attributed = after(doc, span, previous).or_else(|| before(doc, k, span, previous));
        match attributed {
            Some((speaker, attribution)) => {
                // The same speaker's next quoted sentence, with only an attribution between: one
                // statement ("“A,” O’Brien said. “B,” he added.").
                if waiting.is_empty()
                    && let Some(last) = out.last_mut().filter(|last| {
                        let between = &doc.text[last.range.end.min(span.marks.start)..span.marks.start];
                        last.speaker == speaker && !between.contains('\n') && between.split_whitespace().count() <= 12
                    })
                {
                    last.parts.push(span.words.clone());
                    last.range.end = span.marks.end;
                    last.sentence.end = last.sentence.end.max(attribution.end);
                    continue;
                }
                // The quotes just before, unattributed and with nothing but spaces between them and
                // this one, are this one's ("“A.” “B,” she said.").
                let adjacent =
                    waiting.last().is_some_and(|w| doc.text[w.marks.end..span.marks.start].trim().is_empty());
                let start = waiting.first().filter(|_| adjacent).map_or(span.marks.start, |w| w.marks.start);
                let mut parts: Vec<Range<usize>> =
                    if adjacent { waiting.drain(..).map(|w| w.words).collect() } else { Vec::new() };
                waiting.clear();
                parts.push(span.words.clone());
                let sentence_range = sentence.start.min(attribution.start)..sentence.end.max(attribution.end);
                out.push(Quote { speaker, range: start..span.marks.end, parts, sentence: sentence_range });
            }
            None => {
                // A quote that continues the last one: only its attribution or nothing between.
                let continues = out.last().is_some_and(|last| {
                    let between = &doc.text[last.range.end.min(span.marks.start)..span.marks.start];
                    !between.contains('\n') && between.split_whitespace().count() <= 8 && {
                        let previous = &spans[i - 1];
                        previous.marks.end == last.range.end
                    }
                });
                if continues {
                    let last = out.last_mut().expect("checked");
                    last.parts.push(span.words.clone());
                    last.range.end = span.marks.end;
                    last.sentence.end = last.sentence.end.max(sentence.end);
                } else {
                    let same_paragraph =
                        waiting.last().is_none_or(|w| !doc.text[w.marks.end..span.marks.start].contains('\n'));
                    if !same_paragraph {
                        waiting.clear();
                    }
                    waiting.push(span.clone());
                }
                continue;
            }
        }
    }
    out
}

/// The attribution after a quote, up to the end of its sentence: "“…,” Miller said", "“…,” said
/// Secretary Blinken", "“…,” he added". Returns the speaker and the attribution's range.
fn after(doc: &Doc<'_, '_>, span: &Span, previous: Option<&str>) -> Option<(String, Range<usize>)> {
    // The sentence of the closing mark; it may end there ("“… .” Miller said."), and then the
    // attribution is the next one.
    let mut k = doc.sentences.partition_point(|s| s.end < span.marks.end).min(doc.sentences.len().saturating_sub(1));
    let mut end = doc.sentences.get(k)?.end.max(span.marks.end);
    if end <= span.marks.end + 1
        && let Some(next) = doc.sentences.get(k + 1)
    {
        k += 1;
        end = next.end.max(span.marks.end);
    }
    let rest = &doc.text[span.marks.end..end];
    let cut = rest.find(['“', '\n']).unwrap_or(rest.len());
    let rest = &rest[..cut];
    let mut offset = 0;
    for (n, word) in rest.split(' ').enumerate() {
        if n > 8 {
            break;
        }
        let bare = word.trim_matches(|c: char| !c.is_alphabetic());
        if QUOTE_VERBS.contains(bare) && n > 0 || n <= 1 && matches!(bare, "said" | "says" | "added" | "told") {
            let verb = span.marks.end + offset + word.find(bare).unwrap_or(0);
            // "Miller said" (the subject before), else "said Miller" (after).
            let zone = subject_zone(doc.text, span.marks.end, verb);
            let mut people = quoted_by(doc, k, zone, previous);
            if people.is_empty() {
                let after_verb = verb + bare.len();
                let limit = (after_verb + 80).min(span.marks.end + cut);
                let next = doc.in_sentence[k]
                    .clone()
                    .find(|&m| doc.mentions[m].start >= after_verb && doc.mentions[m].start <= after_verb + 2);
                if let Some(m) = next.filter(|&m| doc.mentions[m].end <= limit) {
                    people.extend(doc.person(m));
                }
            }
            return (people.len() == 1).then(|| (people.remove(0), span.marks.end..span.marks.end + cut));
        }
        offset += word.len() + 1;
    }
    None
}

/// The attribution before a quote in its sentence: "Miller said that “…”", "O’Brien told
/// reporters: “…”", or a sentence ending in a colon just before ("The Secretary said:").
fn before(doc: &Doc<'_, '_>, k: usize, span: &Span, previous: Option<&str>) -> Option<(String, Range<usize>)> {
    let sentence = &doc.sentences[k];
    let (k, from) = if doc.text[sentence.start..span.marks.start].trim().is_empty() {
        // The quote opens its sentence: the one before may end with a colon.
        let previous = doc.sentences.get(k.checked_sub(1)?)?;
        if !doc.text[previous.clone()].trim_end().ends_with(':') {
            return None;
        }
        (k - 1, previous.clone())
    } else {
        (k, sentence.start..span.marks.start)
    };
    let head = &doc.text[from.clone()];
    // The last verb of speech within the dozen words before the quote.
    let words: Vec<(usize, &str)> = head
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let near = words.len().saturating_sub(14);
    let (at, verb) = words[near..].iter().rev().find(|(_, w)| {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        QUOTE_VERBS.contains(bare) || bare == "saying"
    })?;
    let bare = verb.trim_matches(|c: char| !c.is_alphabetic());
    let verb_at = from.start + at + verb.find(bare).unwrap_or(0);
    let zone = subject_zone(doc.text, from.start, verb_at);
    let mut people = quoted_by(doc, k, zone, previous);
    (people.len() == 1).then(|| (people.remove(0), from))
}

/// The people an attribution's subject names; "he" or "she" is the speaker of the quote just
/// before, when there is one ("“…,” O’Brien said. “…,” he added.").
fn quoted_by(doc: &Doc<'_, '_>, k: usize, zone: Range<usize>, previous: Option<&str>) -> Vec<String> {
    let pronoun = matches!(doc.text[zone.clone()].trim(), "he" | "she" | "He" | "She");
    match previous {
        Some(speaker) if pronoun => vec![speaker.to_string()],
        _ => subjects(doc, k, zone, Subject::OfQuote),
    }
}

/// The quoted passages of the body: “…” pairs, "…" pairs within a paragraph, and ‘…’ used as
/// quotation marks (opening after a space, closing before a space or punctuation) outside them.
fn spans(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut chars = text[from..].char_indices().map(|(i, c)| (i + from, c)).peekable();
    let mut previous = ' ';
    while let Some((i, c)) = chars.next() {
        match (c, open) {
            ('“', _) => open = Some((i, '“')),
            ('”', Some((o, '“'))) => {
                out.push(Span { marks: o..i + c.len_utf8(), words: o + '“'.len_utf8()..i });
                open = None;
            }
            ('"', None) => open = Some((i, '"')),
            ('"', Some((o, '"'))) => {
                out.push(Span { marks: o..i + 1, words: o + 1..i });
                open = None;
            }
            ('‘', None) if previous.is_whitespace() || previous == '(' => open = Some((i, '‘')),
            ('’', Some((o, '‘'))) => {
                let next = chars.peek().map_or(' ', |&(_, n)| n);
                if !next.is_alphabetic() {
                    out.push(Span { marks: o..i + c.len_utf8(), words: o + '‘'.len_utf8()..i });
                    open = None;
                }
            }
            ('\n', Some((_, '"' | '‘'))) => open = None,
            _ => {}
        }
        previous = c;
    }
    out.retain(|s| s.words.start < s.words.end);
    out
}
