//! Plain-text helpers shared by the extractors and the snippet generator.

use std::ops::Range;

/// Abbreviations whose period ends no sentence (none longer than six bytes).
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Gen.", "Sen.", "Rep.", "Amb.", "Lt.", "Col.", "Gov.", "Adm.",
    "Sgt.", "Capt.", "Maj.", "Prof.", "Rev.", "No.", "Mt.", "Ft.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.",
    "Nov.", "Dec.", "a.m.", "p.m.", "vs.", "etc.", "Inc.", "Co.", "Corp.", "Ltd.", "Hon.",
];

/// Abbreviations of places, which close their sentence far more often than not when a capital
/// follows ("… met in Washington, D.C. Secretary Blinken …": 30 of the 33 in corpus/ do).
const ENDS_AS_A_PLACE: &[&str] = &["D.C."];

/// Whether the text after a place's abbreviation goes on with its sentence: a date ("in
/// Washington, D.C. July 9-11"), a zip code ("D.C. 20520"), or the place's own offices and
/// bodies ("D.C. Mayor Muriel Bowser", "D.C. Delegate Eleanor Holmes Norton", "the D.C. Circuit").
fn goes_on_after_a_place(next: &str) -> bool {
    const GOES_ON: &str = "January February March April May June July August September October November December \
                           Circuit Court Council Councilmember Mayor Delegate Attorney Public Police National";
    let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    next.starts_with(|c: char| c.is_ascii_digit()) || !word.is_empty() && GOES_ON.split_whitespace().any(|w| w == word)
}

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

/// The lines of `text`, as [`str::lines`] gives them ("\n" or "\r\n" ends one; no empty line after
/// a final ending), found by one vectorised search for the line feeds over the whole text.
///
/// A fast path for the data files every search process reads (the pair words, the countries'
/// table): `str::lines` searches each line's end anew, a few hundred instructions a short line.
/// Of the 6.50 M instructions of a one-shot `readouts search "peace agreement"`, the countries'
/// table took 0.18 M, with this 0.15 M (callgrind, release; BENCHMARKS.md "One search process,
/// session 58"). Tested against `str::lines`.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let (line, next) = match ends.next() {
            Some(end) => {
                let line = &text[start..end];
                (line.strip_suffix('\r').unwrap_or(line), end + 1)
            }
            None => (&text[start..], text.len()),
        };
        start = next;
        Some(line)
    })
}

/// The start of `text`: its first `max_bytes` bytes at most, cut at a character boundary.
pub fn head(text: &str, max_bytes: usize) -> &str {
    let mut end = max_bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The byte offset of each of `chars` (character offsets, in any order) in `text`, reading the
/// text once; an offset past its end gives its length.
pub fn byte_offsets(text: &str, chars: &[usize]) -> Vec<usize> {
    if text.is_ascii() {
        return chars.iter().map(|&c| c.min(text.len())).collect();
    }
    let mut order: Vec<usize> = (0..chars.len()).collect();
    order.sort_unstable_by_key(|&i| chars[i]);
    let mut out = vec![text.len(); chars.len()];
    let mut walk = text.char_indices().enumerate().peekable();
    for i in order {
        while walk.next_if(|(c, _)| *c < chars[i]).is_some() {}
        out[i] = walk.peek().map_or(text.len(), |(_, (byte, _))| *byte);
    }
    out
}

/// Where `part`, a slice borrowed from `whole` (a word of a line, a list postcard lends out of
/// the bytes it reads), lies in it; `None` when it lies elsewhere.
pub(crate) fn place(whole: &[u8], part: &[u8]) -> Option<Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    let end = start.checked_add(part.len())?;
    (end <= whole.len()).then_some(start..end)
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
            let word = &text[word_start..=i];
            let place_ends_sentence = ENDS_AS_A_PLACE.contains(&word) && !goes_on_after_a_place(next);
            if is_abbreviation(word) && !place_ends_sentence {
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

/// A memory of a function of words, bounded: forgotten whole when it holds `max_words`, so that a
/// stream of distinct words cannot grow it without end. Words of up to 16 bytes, nearly all, are
/// kept as two machine words: hashing and comparing them take a few instructions inline, where a
/// `str` key cost a call to `memcmp` on every lookup (stemming and word classes look up every
/// token they see, and those calls were a twentieth of indexing).
#[derive(Clone)]
pub(crate) struct WordMemory<V> {
    short: rustc_hash::FxHashMap<ShortWord, V>,
    long: rustc_hash::FxHashMap<Box<str>, V>,
    max_words: usize,
}

/// A word of up to 16 bytes as two machine words and its length.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct ShortWord {
    words: [u64; 2],
    len: u8,
}

impl ShortWord {
    fn of(word: &str) -> Option<Self> {
        let bytes = word.as_bytes();
        let len = bytes.len();
        let u64_at = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        let u32_at = |i: usize| u64::from(u32::from_le_bytes(bytes[i..i + 4].try_into().expect("four bytes")));
        // The first and the last bytes, overlapping in words shorter than both: with the length,
        // they are the whole word. Fixed-size loads, where a copy of a variable length was a call.
        let words = match len {
            0..=3 => [bytes.iter().fold(0, |word, &byte| word << 8 | u64::from(byte)), 0],
            4..=8 => [u32_at(0) | u32_at(len - 4) << 32, 0],
            9..=16 => [u64_at(0), u64_at(len - 8)],
            _ => return None,
        };
        Some(ShortWord { words, len: len as u8 })
    }
}

impl<V> WordMemory<V> {
    /// An empty memory of at most `max_words` words.
    pub(crate) fn new(max_words: usize) -> Self {
        WordMemory { short: Default::default(), long: Default::default(), max_words }
    }

    /// What was remembered of `word`.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        match ShortWord::of(word) {
            Some(short) => self.short.get(&short),
            None => self.long.get(word),
        }
    }

    /// Remembers `value` for `word`, first forgetting everything when full.
    pub(crate) fn insert(&mut self, word: &str, value: V) {
        if self.len() >= self.max_words {
            self.short.clear();
            self.long.clear();
        }
        match ShortWord::of(word) {
            Some(short) => self.short.insert(short, value),
            None => self.long.insert(word.into(), value),
        };
    }

    /// How many words are remembered.
    pub(crate) fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn lines_are_those_of_str_lines() {
        for text in ["", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\nx\n\n", "a\rb\n", "é\nü\r\n", "a\r", "\r\n"] {
            assert_eq!(super::lines(text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>(), "{text:?}");
        }
        for data in [include_str!("../data/pair_words.txt"), include_str!("../data/countries.tsv")] {
            assert!(super::lines(data).eq(data.lines()));
        }
    }
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn word_memory_tells_words_apart_and_is_bounded() {
        let mut memory = WordMemory::new(6);
        let words = ["a", "a\0", "", "sixteen-bytes-xx", "seventeen-bytes-x", "Ünïcödé", "ab"];
        // Words of every length up to 16, and those that differ from them in one byte anywhere,
        // are told apart; longer words are kept by their text.
        let mut seen = std::collections::HashSet::new();
        for len in 0..=16 {
            let base = "abcdefghijklmnop"[..len].to_string();
            let mut variants = vec![base.clone().into_bytes()];
            for at in 0..len {
                let mut other = base.clone().into_bytes();
                other[at] = b'Z';
                variants.push(other);
            }
            for variant in variants {
                let key = ShortWord::of(std::str::from_utf8(&variant).unwrap()).unwrap();
                assert!(seen.insert((key.words, key.len)), "{variant:?}");
            }
        }
        assert!(ShortWord::of("abcdefghijklmnopq").is_none());
        for (i, word) in words.iter().take(6).enumerate() {
            memory.insert(word, i);
        }
        for (i, word) in words.iter().take(6).enumerate() {
            assert_eq!(memory.get(word), Some(&i), "{word:?}");
        }
        assert_eq!(memory.get("ab"), None);
        assert_eq!(memory.get("seventeen-bytes-y"), None);
        assert_eq!(memory.len(), 6);
        memory.insert("ab", 6);
        assert_eq!((memory.len(), memory.get("ab"), memory.get("a")), (1, Some(&6), None), "forgotten whole when full");
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
        assert_eq!(
            split("They met in Washington, D.C. Secretary Blinken spoke."),
            vec!["They met in Washington, D.C.", "Secretary Blinken spoke."]
        );
        for goes_on in
            ["Allies meet in Washington, D.C. July 9-11.", "He met D.C. Mayor Muriel Bowser.", "Write to D.C. 20520."]
        {
            assert_eq!(split(goes_on), vec![goes_on]);
        }
    }

    #[test]
    fn byte_offsets_of_characters() {
        let text = "a–b “c” d";
        let chars: Vec<usize> = vec![4, 0, 2, 1, 9, 100, 3];
        let expected: Vec<usize> =
            chars.iter().map(|&c| text.char_indices().nth(c).map_or(text.len(), |(byte, _)| byte)).collect();
        assert_eq!(byte_offsets(text, &chars), expected);
        assert_eq!(byte_offsets("abc", &[2, 5]), vec![2, 3]);
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
