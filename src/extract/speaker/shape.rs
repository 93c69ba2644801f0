//! The small tests of a word's shape that need no word list: its case, its last or first word,
//! initials and suffixes, possessives, and quick tests that rule a word out of a list before a
//! lookup. The word lists and the tests that read them are in `words`.

/// Calls `f` with `word` in lower case, on the stack for a short ASCII word (nearly every word):
/// the word tests run for most capitalised words of every readout, and allocating was a tenth of
/// extraction.
pub(super) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).unwrap_or(word))
        }
        _ => f(&word.to_lowercase()),
    }
}

/// A word in title case: "PRICE" -> "Price".
pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |first| first.to_string() + &chars.as_str().to_lowercase())
}

/// A surname written in capitals, in the case a name takes: each part of a hyphenated name and
/// what follows an "O’" capitalised ("AL-THANI" -> "Al-Thani", "JEAN-PIERRE" -> "Jean-Pierre",
/// "O’NEILL" -> "O’Neill").
pub(super) fn name_case(word: &str) -> String {
    word.split('-')
        .map(|part| {
            let cased = title_case(part);
            match ["O’", "O'"].iter().find(|o| cased.starts_with(*o)) {
                Some(o) if cased.len() > o.len() => format!("{o}{}", title_case(&cased[o.len()..].to_uppercase())),
                _ => cased,
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// A surname written in capitals, as Japanese official texts write it before the given name
/// ("Prime Minister KISHIDA Fumio"): three letters or more, no lower case.
pub(super) fn is_capitals_surname(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !word.chars().any(char::is_lowercase)
}

/// The first two letters and the lengths of a list of lower-case ASCII words, to rule out nearly
/// every other word ("the", "and", "that") before a hash lookup: the scanners below test every word
/// of every sentence that names someone.
pub(super) struct WordShapes {
    /// By initial and [`second_byte_slot`]: bit n set when a word of n bytes starts so.
    pub(super) lengths: [[u32; 27]; 26],
}

impl WordShapes {
    pub(super) fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut shapes = WordShapes { lengths: [[0; 27]; 26] };
        for word in words {
            let bytes = word.as_bytes();
            assert!(bytes.len() >= 2 && bytes.len() < 32 && bytes[0].is_ascii_lowercase(), "{word}");
            shapes.lengths[usize::from(bytes[0] - b'a')][second_byte_slot(bytes[1])] |= 1 << bytes.len();
        }
        shapes
    }

    /// False for a word that is none of the list's; with `fold`, in any case.
    pub(super) fn may_hold(&self, word: &[u8], fold: bool) -> bool {
        let (Some(&first), Some(&second)) = (word.first(), word.get(1)) else { return false };
        let (first, second) =
            if fold { (first.to_ascii_lowercase(), second.to_ascii_lowercase()) } else { (first, second) };
        first.is_ascii_lowercase()
            && word.len() < 32
            && self.lengths[usize::from(first - b'a')][second_byte_slot(second)] & (1 << word.len()) != 0
    }
}

/// A slot for each lower-case ASCII letter, and one for every other byte.
pub(super) fn second_byte_slot(byte: u8) -> usize {
    if byte.is_ascii_lowercase() { usize::from(byte - b'a') } else { 26 }
}

/// The last word of `text` when only white space follows it: the ASCII letters, digits and
/// underscores a `\b` boundary delimits. Looking up this word replaces end-anchored regexes,
/// whose reverse search was a tenth of extraction.
pub(super) fn last_word(text: &str) -> &str {
    let t = text.trim_end();
    let start = t
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    &t[start..]
}

/// `text` without its [`last_word`] and the spaces before that word: "…,” said" of "…,” said Miller".
pub(super) fn before_last_word(text: &str) -> &str {
    let head = text.trim_end();
    head[..head.len() - last_word(head).len()].trim_end()
}

pub(super) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

pub(super) fn ends_with_ignore_ascii_case(word: &str, suffix: &str) -> bool {
    let at = word.len().wrapping_sub(suffix.len());
    word.len() >= suffix.len() && word.is_char_boundary(at) && word[at..].eq_ignore_ascii_case(suffix)
}

pub(super) fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn is_initial(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

pub(super) fn is_suffix(word: &str) -> bool {
    matches!(word.trim_end_matches([',', '.']), "Jr" | "Sr" | "Esq" | "PhD" | "Ph.D" | "MD" | "OBE" | "CBE" | "KBE")
}

pub(super) fn is_regnal_number(word: &str) -> bool {
    matches!(word, "II" | "III" | "IV" | "V" | "VI" | "X" | "XVI")
}

pub(super) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).or_else(|| w.strip_suffix('’')).unwrap_or(w)
}

/// The text after a possessive mention (`written`, then `after` in the sentence): "Chair
/// Menendez’s letter" gives " letter"; `None` when the mention is no possessive. A bare
/// apostrophe is a possessive's after an s alone ("Jones’ letter"), not inside a name ("Shia’
/// al-Sudani"), which [`strip_possessive`] peels off all the same.
pub(super) fn after_possessive<'a>(written: &str, after: &'a str) -> Option<&'a str> {
    if ["’s", "'s", "s’", "s'"].iter().any(|p| written.ends_with(p)) {
        return Some(after);
    }
    after
        .strip_prefix("’s")
        .or_else(|| after.strip_prefix("'s"))
        .or_else(|| written.ends_with('s').then(|| after.strip_prefix(['’', '\''])).flatten())
}

pub(super) fn folded(s: &str) -> String {
    if s.is_ascii() { s.to_ascii_lowercase() } else { deunicode::deunicode(s).to_lowercase() }
}

/// `word` without the punctuation after it: "talks," gives "talks", "Kyiv." "Kyiv".
pub(super) fn without_trailing_punctuation(word: &str) -> &str {
    word.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// The first word of `s` made of letters and hyphens.
pub(super) fn first_word(s: &str) -> &str {
    let s = s.trim_start();
    let end = s.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(s.len());
    &s[..end]
}

/// A body's acronym: two to six capitals ("IAEA", "UN", "NATO"), "I" and "A" not.
pub(super) fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}
