//! Reading a text's words fast, as the analyzers would: ASCII words without the tokenizer, the
//! first character beyond ASCII, whether a word stands right after the last one, and the tests
//! that tell a word cannot be a typo of a query word (letters, length, [`typo_pieces`]) before
//! the edit distance is counted. Each is held by a test in `tests.rs` to the plain reading.

use std::ops::Range;

use super::Token;

/// Words of this many bytes or more are no words to the analyzers (their `RemoveLongFilter`).
pub(super) const MAX_WORD_BYTES: usize = 64;

/// Whether a word found at `start` of `text` stands right after the last word kept in `tokens`,
/// no other word between (as the analyzer counts words: runs of letters and digits, under
/// [`MAX_WORD_BYTES`]).
pub(super) fn next_to_last(text: &str, tokens: &[Token], start: usize) -> bool {
    let Some(last) = tokens.last() else { return false };
    !holds_a_word(&text[last.range.end.min(start)..start])
}

/// True when `text` holds a word of the analyzer's.
fn holds_a_word(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_alphanumeric() {
            run += c.len_utf8();
        } else if run > 0 {
            if run < MAX_WORD_BYTES {
                return true;
            }
            run = 0;
        }
    }
    run > 0 && run < MAX_WORD_BYTES
}

/// A text is read word by word by the analyzer when it holds more than one word beyond ASCII in
/// this many bytes.
pub(super) const FEW_BEYOND_ASCII: usize = 256;

/// The words of `text` (runs of letters and digits, as the analyzer's tokenizer cuts them) that
/// hold a letter beyond ASCII, in order, the first of those letters at `first`
/// ([`first_beyond_ascii`]); `None` when there are more than `most`.
pub(super) fn words_beyond_ascii(text: &str, first: usize, most: usize) -> Option<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut next = Some(first);
    while let Some(at) = next {
        if out.len() == most {
            return None;
        }
        let start =
            text[..at].char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(at, |(i, _)| i);
        let end = text[at..].char_indices().find(|(_, c)| !c.is_alphanumeric()).map_or(text.len(), |(i, _)| at + i);
        out.push(start..end);
        next = first_beyond_ascii(text, end);
    }
    Some(out)
}

/// Pieces of an ASCII `query` one of which every word within `budget` edits of it (a
/// transposition is one) holds unchanged, each of three bytes or more (the word itself when no
/// edit is allowed); `None` when the query is not ASCII or shorter than
/// [`crate::search::query::typo_budget`] allows for `budget`. `typo_pieces_hold_every_near_word` tries
/// every edit of a few words.
///
/// One edit leaves one half of a word of six letters or more whole, unless it swaps the two
/// letters where the halves meet: that word is a piece of its own. In a word of five letters the
/// halves share the middle letter, and the words that change it are pieces of their own.
/// Two edits leave one of three thirds whole, unless one swaps the letters where two thirds meet
/// and the other touches the third that is left: what the swap leaves around it is the piece.
pub(super) fn typo_pieces(query: &str, budget: u8) -> Option<Vec<String>> {
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

/// Where the first letter or digit of `text` beyond ASCII is, from `from` on; `None` when every
/// one is ASCII (its other characters may be curly quotes and dashes): its words need no
/// folding. Runs of ASCII are skipped 32 bytes at a time and
/// the punctuation of readouts (curly quotes, dashes, no-break spaces) known without a Unicode
/// table: decoding and testing every character was a tenth of a quote search. Skipping 32 bytes
/// at a time rather than 16, then looking for the next byte beyond ASCII with one `position`
/// (16-byte steps fell back to one byte at a time after every curly quote):
/// 43 -> 27 M instructions of a quote search's 837 M (callgrind, 20 bench queries).
/// `the_ascii_letter_test_is_the_plain_one` holds it to the plain test.
pub(super) fn first_beyond_ascii(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        while bytes.len() - at >= 32 && bytes[at..at + 32].is_ascii() {
            at += 32;
        }
        match bytes[at..].iter().position(|b| !b.is_ascii()) {
            Some(offset) => at += offset,
            None => return None,
        }
        let c = text[at..].chars().next()?;
        let punctuation = matches!(c, '\u{a0}' | '\u{2000}'..='\u{206f}');
        if !punctuation && c.is_alphanumeric() {
            return Some(at);
        }
        at += c.len_utf8();
    }
    None
}

/// The letters of a word, in any case, as bits (by their low six bits: two letters that share a bit
/// count as one, which only lets more words through the tests that use it).
pub(super) fn letter_set(word: &[u8]) -> u64 {
    word.iter().fold(0, |set, b| set | 1 << (b.to_ascii_lowercase() & 63))
}

/// The words the name analyzer reads in a text whose letters are ASCII ([`first_beyond_ascii`]):
/// runs of ASCII letters and digits, those of 64 bytes or more left out (as its
/// `RemoveLongFilter` does).
pub(super) fn ascii_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
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
pub(super) fn within_edits(word: &str, query: &str, budget: usize) -> bool {
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
