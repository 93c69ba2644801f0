//! Plain-text helpers shared by the extractors and the snippet generator.

use std::ops::Range;

/// Abbreviations whose period ends no sentence (none longer than six bytes).
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Gen.", "Sen.", "Rep.", "Amb.", "Lt.", "Col.", "Gov.", "Adm.",
    "Sgt.", "Capt.", "Maj.", "Prof.", "Rev.", "No.", "Mt.", "Ft.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.",
    "Nov.", "Dec.", "a.m.", "p.m.", "vs.", "etc.", "Inc.", "Co.", "Corp.", "Ltd.",
];

/// True when `word` (ending in a period) is an abbreviation or an initial rather than the end of a
/// sentence: `Dr.`, `J.`, `U.S.`.
pub fn is_abbreviation(word: &str) -> bool {
    let core = word.trim_end_matches('.');
    let mut chars = core.chars();
    let one_letter = chars.next().is_some() && chars.next().is_none();
    one_letter || core.contains('.') || word.len() <= 6 && ABBREVIATIONS.contains(&word)
}

/// The end of `text`: its last `max_bytes` bytes at most, cut at a character boundary.
pub fn tail(text: &str, max_bytes: usize) -> &str {
    let mut start = text.len().saturating_sub(max_bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// The start of `text`: its first `max_bytes` bytes at most, cut at a character boundary.
pub fn head(text: &str, max_bytes: usize) -> &str {
    let mut end = max_bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Where the last word of `text` starts: after its last whitespace character (of any width).
pub fn last_word_start(text: &str) -> usize {
    text.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8())
}

/// Sentence ranges of a text: cut after `.`, `!` or `?` (and closing quotes) followed by whitespace
/// and an upper-case letter, a quote or a digit, and at every line break. Leading whitespace is
/// left out of each range.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |range: Range<usize>, out: &mut Vec<Range<usize>>| {
        let s = &text[range.clone()];
        let lead = s.len() - s.trim_start().len();
        if !s.trim().is_empty() {
            out.push(range.start + lead..range.end);
        }
    };
    // The bytes that can end a sentence are ASCII, and never part of another character's UTF-8:
    // memchr finds them far faster than decoding every character.
    let bytes = text.as_bytes();
    let mut next_break = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    let mut at = 0;
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[at..next_break])
        .map(|j| at + j)
        .or_else(|| (next_break < bytes.len()).then_some(next_break))
    {
        let (i, c) = (found, bytes[found]);
        at = i + 1;
        if c == b'\n' {
            next_break = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |j| at + j);
        }
        if i < start {
            continue;
        }
        if c == b'\n' {
            push(start..i, &mut out);
            start = i + 1;
            continue;
        }
        let mut end = i + 1;
        while let Some(q) = text[end..].chars().next().filter(|q| matches!(q, '”' | '"' | '’' | ')')) {
            end += q.len_utf8();
        }
        let rest = &text[end..];
        let next = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        let spaced = next.len() < rest.len();
        let starts_new =
            next.chars().next().is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '\n'));
        if !(spaced && starts_new || next.is_empty()) {
            continue;
        }
        if c == b'.' {
            let word_start = last_word_start(&text[..i]);
            if is_abbreviation(&text[word_start..=i]) {
                continue;
            }
        }
        push(start..end, &mut out);
        start = end;
    }
    if start < text.len() {
        push(start..text.len(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn every_abbreviation_passes_the_length_test() {
        for a in ABBREVIATIONS {
            assert!(a.len() <= 6 && is_abbreviation(a), "{a}");
        }
        // A period alone (after a space) is no abbreviation; an initial is one.
        assert!(!is_abbreviation(".") && is_abbreviation("J.") && !is_abbreviation("Blinken."));
    }

    #[test]
    fn sentences_skip_initials_and_abbreviations() {
        assert_eq!(
            split("Antony J. Blinken met Dr. Tedros. “We agree,” he said. U.S. officials left.\nNext line"),
            vec!["Antony J. Blinken met Dr. Tedros.", "“We agree,” he said.", "U.S. officials left.", "Next line"]
        );
    }

    #[test]
    fn tails_cut_at_characters() {
        assert_eq!(tail("ab–cd", 4), "cd");
        assert_eq!(tail("abc", 10), "abc");
        assert_eq!(head("ab–cd", 3), "ab");
    }

    #[test]
    fn lower_case_after_a_period_continues() {
        assert_eq!(split("It costs 3.5 million. Done"), vec!["It costs 3.5 million.", "Done"]);
        assert_eq!(split("One.\u{a0} Two."), vec!["One.", "Two."]);
    }
}
