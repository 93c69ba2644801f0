//! Names as people are compared: case, accents, initials, suffixes, hyphens and the ways of
//! writing a given name ("Joe", "Joseph") do not tell two people apart; the words that remain do.
//! Pure functions over strings: the registry and extraction's resolution within a readout use the
//! same rule.

use std::collections::HashMap;
use std::sync::LazyLock;

const GIVEN_NAMES_TXT: &str = include_str!("../../data/given_names.txt");

/// The given-name variants file, as part of the extractor's version.
pub(crate) const DATA_VERSION_INPUT: &str = GIVEN_NAMES_TXT;

/// A given name's variant → the form it stands for ("joe" → "joseph"). A variant of two forms
/// ("steve": Stephen and Steven; "tony": Antony and Anthony) keeps the first.
/// Both sides in the spelling [`words`] gives ("michael" as "michal"), so that they meet.
static GIVEN_FORMS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    for line in GIVEN_NAMES_TXT.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let mut words = line.split_whitespace().map(umlaut_spelling);
        let Some(form) = words.next() else { continue };
        for variant in words {
            forms.entry(variant).or_insert_with(|| form.clone());
        }
    }
    forms
});

/// Suffixes that say nothing about who a person is ("Joseph R. Biden Jr.", degrees).
const SUFFIXES: &[&str] = &["jr", "sr", "md", "phd", "esq", "dds", "do", "msw", "mph", "rn"];

/// The words of a name as compared: folded to lower-case ASCII, hyphens as spaces, apostrophes
/// and periods gone, initials and suffixes dropped, a Slavic surname's ending in one spelling
/// ("Zelenskyy", "Zelensky", "Zelenskiy" → "zelenski"), and German vowels written with an e in
/// one spelling ("Bjoern", "Björn" → "bjorn": "oe", "ue", "ae" between consonants). Regnal
/// numbers stay ("Abdullah II"): they tell a king from his namesakes.
pub fn words(name: &str) -> Vec<String> {
    let folded = if name.is_ascii() { name.to_ascii_lowercase() } else { deunicode::deunicode(name).to_lowercase() };
    let mut out: Vec<String> = Vec::new();
    for raw in folded.split(|c: char| c.is_whitespace() || c == '-' || c == ',') {
        // "O'Brien" and "O’Brien" → "obrien"; a trailing possessive goes with the apostrophe's s.
        let raw = raw.strip_suffix("'s").unwrap_or(raw);
        let word: String = raw.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if word.is_empty() {
            continue;
        }
        // "R." and "J" are initials; "JT" or "CS" written as letters are not dropped.
        let initial = word.len() == 1 && raw.trim_end_matches('.').len() == 1;
        if initial || SUFFIXES.contains(&word.as_str()) && !out.is_empty() {
            continue;
        }
        out.push(word);
    }
    // The Arabic article is written al- or el-: "Abdel Fattah El-Sisi" is "Abdel Fattah Al-Sisi".
    let len = out.len();
    for word in &mut out[..len.saturating_sub(1)] {
        if word == "el" {
            *word = "al".to_string();
        }
    }
    if let Some(last) = out.last_mut() {
        *last = slavic_ending(last);
    }
    for word in &mut out {
        *word = umlaut_spelling(word);
    }
    out
}

/// One spelling of the vowels German writes with an umlaut or an e ("Björn" folds to "bjorn",
/// "Bjoern" stays "bjoern"; "Müller", "Mueller"): "oe", "ue" and "ae" between consonants become
/// "o", "u" and "a". Every name goes through it, so that names that were one stay one ("Michael"
/// is "michal" on both sides).
fn umlaut_spelling(word: &str) -> String {
    let bytes = word.as_bytes();
    let consonant = |b: u8| b.is_ascii_alphabetic() && !matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < bytes.len() {
        let pair = matches!(bytes[i], b'o' | b'u' | b'a') && bytes.get(i + 1) == Some(&b'e');
        if pair && i > 0 && consonant(bytes[i - 1]) && bytes.get(i + 2).is_some_and(|&b| consonant(b)) {
            out.push(char::from(bytes[i]));
            i += 2;
            continue;
        }
        out.push(char::from(bytes[i]));
        i += 1;
    }
    out
}

/// One spelling of the -sky endings transliteration varies on.
fn slavic_ending(word: &str) -> String {
    for ending in ["skyy", "skiy", "skyi", "skii", "sky", "ski"] {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.len() >= 2
        {
            return format!("{stem}ski");
        }
    }
    word.to_string()
}

/// The form a given name stands for ("joe" → "joseph"), for comparing.
pub fn given_form(word: &str) -> &str {
    GIVEN_FORMS.get(word).map_or(word, String::as_str)
}

/// Two given names that may be one person's: equal, one the other's variant, both variants of
/// one form, or [`one_spelling_of_the_other`].
pub fn given_names_agree(a: &str, b: &str) -> bool {
    a == b || given_form(a) == given_form(b) || one_spelling_of_the_other(a, b)
}

/// Two spellings of one name ("Tracy", "Tracey"; "Denis", "Dennis"; "Svyatlana", "Sviatlana";
/// "Ahmed", "Ahmad"; "Antony", "Anthony"): five letters or more each, the same first two letters
/// and last letter, and one edit between that transliteration makes: a vowel or an "h" added or
/// dropped, a letter doubled, or "e" for "a", "o" for "u", "i" for "y". Other edits make other
/// names ("Martin", "Marvin"; "Gerard", "Gerald"; "Hamad", "Hamid"; "Francis", "Frances";
/// "Marian", "Marion"), a changed ending too ("Maria", "Mario"; "Heide", "Heidi"), and short names
/// differ in one letter too often ("Tim", "Tom"; "Sung", "Seung").
pub fn one_spelling_of_the_other(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len() < 5 || b.len() < 5 || a.len().abs_diff(b.len()) > 1 || a[..2] != b[..2] || a.last() != b.last()
    {
        return false;
    }
    let same_start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        // One letter changed, and nothing else: a vowel for its usual other spelling.
        let same_end = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
        let pair = [a[same_start], b[same_start]];
        return same_start + same_end + 1 == a.len()
            && matches!(pair, [b'e', b'a'] | [b'a', b'e'] | [b'o', b'u'] | [b'u', b'o'] | [b'i', b'y'] | [b'y', b'i']);
    }
    // One letter added: the longer without it is the shorter.
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let added = long[same_start];
    let rest_agrees = long[same_start + 1..] == short[same_start..];
    let vowel_or_h = matches!(added, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h');
    let doubled = same_start > 0 && long[same_start - 1] == added || long.get(same_start + 1) == Some(&added);
    rest_agrees && (vowel_or_h || doubled)
}

/// How two names, each given as [`words`], relate: a rule over the two names alone, with no
/// knowledge of who else is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// One person, whatever else is known: the same words (in either order: "Kishida Fumio",
    /// "Fumio Kishida"), or the same surname with given names that agree ("Joe Biden", "Joseph
    /// Robinette Biden").
    Same,
    /// The shorter name is the end or the start of the longer, two words or more ("López
    /// Obrador" of "Andrés Manuel López Obrador", "Abdullah bin Zayed" of "Abdullah bin Zayed Al
    /// Nahyan"): one person when no one else's name ends or starts that way.
    Part,
    /// The one-word name ends or starts the other ("Biden" of "Joe Biden", "Kishida" of "Kishida
    /// Fumio"): one person when no one else so named is as often named.
    Surname,
    /// Not the same person as far as the names tell.
    Different,
}

/// How the names `a` and `b` (each from [`words`]) relate.
pub fn relation(a: &[String], b: &[String]) -> Relation {
    if a.is_empty() || b.is_empty() {
        return Relation::Different;
    }
    if a == b {
        return Relation::Same;
    }
    // Given names in one spelling, wherever they stand ("Mohamed bin Zayed", "Mohammed bin Zayed").
    let a: Vec<&str> = a.iter().map(|w| given_form(w)).collect();
    let b: Vec<&str> = b.iter().map(|w| given_form(w)).collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if short.len() == 1 {
        // The first word counts too: surname-first names ("Kishida" of "Kishida Fumio"), and a
        // given name used alone for someone the readout names in full.
        let at_an_end = long.last() == short.first() || long.first() == short.first();
        return if long.len() > 1 && at_an_end { Relation::Surname } else { Relation::Different };
    }
    if short.len() == long.len() {
        let (mut x, mut y) = (a.clone(), b.clone());
        x.sort_unstable();
        y.sort_unstable();
        if x == y {
            return Relation::Same;
        }
    }
    // Middle words may be left out ("Joseph Robinette Biden"), not changed: "Mohammed bin
    // Abdulrahman Al Thani" and "Mohammed bin Hamad Al Thani" are two people.
    // A given name spelt another way; not in a name written surname first, whose first word is
    // the family's ("Zhang Jun", "Zheng Jun": its last word a short given name).
    let spelt_alike =
        || short.last().is_some_and(|last| last.len() > 3) && one_spelling_of_the_other(short[0], long[0]);
    if short.last() == long.last()
        && (short[0] == long[0] || spelt_alike())
        && is_within(&short[1..short.len() - 1], &long[1..long.len() - 1])
    {
        return Relation::Same;
    }
    if long.ends_with(short) || long.starts_with(short) {
        return Relation::Part;
    }
    Relation::Different
}

/// True when every word of `part` is in `whole`, in order.
fn is_within(part: &[&str], whole: &[&str]) -> bool {
    let mut rest = whole.iter();
    part.iter().all(|w| rest.any(|x| x == w))
}

/// `asked` without the titles, offices and honorifics that open it ("Secretary of State Antony
/// Blinken" -> "Antony Blinken"), in any case; None when none opens it or nothing else is left.
pub(crate) fn without_leading_titles(asked: &str) -> Option<&str> {
    // As written, or capitalised ("president", "PRESIDENT" as "President").
    let is_title = |word: &str| {
        let mut chars = word.chars();
        let capitalised: String =
            chars.next().into_iter().flat_map(char::to_uppercase).chain(chars.flat_map(char::to_lowercase)).collect();
        crate::extract::speaker::is_title_word(word) || crate::extract::speaker::is_title_word(&capitalised)
    };
    let mut rest = asked.trim_start();
    let mut peeled = false;
    while let Some((word, after)) = rest.split_once(char::is_whitespace) {
        // "of" and "the" between titles: "Secretary of State", "Minister of the Interior".
        let joins_titles = peeled && matches!(word.to_ascii_lowercase().as_str(), "of" | "the" | "for");
        if !is_title(word) && !joins_titles {
            break;
        }
        peeled = true;
        rest = after.trim_start();
    }
    // Nothing but titles ("Foreign Minister") names no one.
    (peeled && !rest.is_empty() && !is_title(rest)).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(name: &str) -> Vec<String> {
        words(name)
    }

    #[test]
    fn words_drop_what_does_not_tell_people_apart() {
        let cases: &[(&str, &[&str])] = &[
            ("Joseph R. Biden Jr.", &["joseph", "biden"]),
            ("Joseph R. Biden, Jr.", &["joseph", "biden"]),
            // "ue" between consonants is written "u" on every side: "Manuel" as "manul".
            ("Andrés Manuel López Obrador", &["andres", "manul", "lopez", "obrador"]),
            ("Björn Seibert", &["bjorn", "seibert"]),
            ("Bjoern Seibert", &["bjorn", "seibert"]),
            ("Robert Mueller", &["robert", "muller"]),
            ("Joe Poe", &["joe", "poe"]),
            ("Liz Sherwood-Randall", &["liz", "sherwood", "randall"]),
            ("James O’Brien", &["james", "obrien"]),
            ("Volodymyr Zelenskyy", &["volodymyr", "zelenski"]),
            ("Zelensky", &["zelenski"]),
            ("Zelenskiy", &["zelenski"]),
            ("Abdullah II", &["abdullah", "ii"]),
            ("Mevlüt Çavuşoğlu", &["mevlut", "cavusoglu"]),
            ("JT Ice", &["jt", "ice"]),
            ("C.S. Eliot Kang", &["cs", "eliot", "kang"]),
            ("", &[]),
        ];
        for (name, expected) in cases {
            assert_eq!(words(name), *expected, "{name}");
        }
    }

    #[test]
    fn spellings_of_one_given_name() {
        for (a, b) in [
            ("tracy", "tracey"),
            ("denis", "dennis"),
            ("kiril", "kirill"),
            ("ahmed", "ahmad"),
            ("eunjung", "eunjong"),
            ("madeleine", "madeline"),
            ("svyatlana", "sviatlana"),
            ("antony", "anthony"),
            ("massaoudou", "massoudou"),
        ] {
            assert!(one_spelling_of_the_other(a, b) && one_spelling_of_the_other(b, a), "{a} / {b}");
        }
        for (a, b) in [
            ("maria", "mario"),
            ("heide", "heidi"),
            ("sung", "seung"),
            ("jorge", "josue"),
            ("tracy", "tracy"),
            ("martin", "marvin"),
            ("gerard", "gerald"),
            ("brett", "brent"),
            ("hamad", "hamid"),
            ("francis", "frances"),
            ("marian", "marion"),
            ("marion", "marlon"),
            ("martha", "marsha"),
        ] {
            assert!(!one_spelling_of_the_other(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn relations_between_two_names() {
        use Relation::*;
        let cases = [
            ("Joe Biden", "Joseph Biden", Same),
            ("Joe Biden", "Joseph R. Biden Jr.", Same),
            ("Liz Sherwood-Randall", "Elizabeth Sherwood-Randall", Same),
            ("Ale Mayorkas", "Alejandro Mayorkas", Same),
            ("Jen Klein", "Jennifer Klein", Same),
            ("Steve Benjamin", "Stephen Benjamin", Same),
            ("Kishida Fumio", "Fumio Kishida", Same),
            ("António Guterres", "Antonio Guterres", Same),
            ("Volodymyr Zelenskyy", "Volodymyr Zelensky", Same),
            ("Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al Thani", Same),
            ("López Obrador", "Andrés Manuel López Obrador", Part),
            ("Abdullah bin Zayed", "Abdullah bin Zayed Al Nahyan", Part),
            ("Biden", "Joe Biden", Surname),
            ("Jill Biden", "Joe Biden", Different),
            ("Sung Kim", "Kim Jong Un", Different),
            ("Akiba Takeo", "Mori Takeo", Different),
            ("Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani", Different),
            ("Abdullah II", "Abdullah Abdullah", Different),
            ("Charles III", "Charles Michel", Different),
            ("Kim", "Kim Jong Un", Surname),
            ("Jong", "Kim Jong Un", Different),
            ("Mohammed bin Abdulrahman Al Thani", "Mohammed bin Hamad Al Thani", Different),
            ("Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan", Same),
            ("Joseph Robinette Biden", "Joe Biden", Same),
            ("Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan", Part),
            // Given names spelt two ways.
            ("Tracy Wilkinson", "Tracey Wilkinson", Same),
            ("Denis McDonough", "Dennis McDonough", Same),
            ("Svyatlana Tsikhanouskaya", "Sviatlana Tsikhanouskaya", Same),
            ("Antony Blinken", "Anthony Blinken", Same),
            // Another ending, another letter, a short name, a middle name or a family name
            // written first: another person.
            ("Maria Lopez", "Mario Lopez", Different),
            ("Martin Smith", "Marvin Smith", Different),
            ("Francis Collins", "Frances Collins", Different),
            ("Mohammed bin Hamad Al Thani", "Mohammed bin Hamid Al Thani", Different),
            ("Zhang Jun", "Zheng Jun", Different),
            ("Louis Martin", "Louise Martin", Different),
            ("Tim Barrett", "Tom Barrett", Different),
            ("Sung Kim", "Seung Kim", Different),
            ("Tracy Wilkinson", "Tracey Wilkins", Different),
        ];
        for (a, b, expected) in cases {
            assert_eq!(relation(&w(a), &w(b)), expected, "{a} / {b}");
            assert_eq!(relation(&w(b), &w(a)), expected, "{b} / {a}");
        }
    }
}
