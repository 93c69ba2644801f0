//! The speaker facet: named people who speak in a readout (ANNOTATION.md): the official it is
//! attributed to, the named participants of the call or meeting on both sides, and everyone quoted or
//! reported as saying something.
//!
//! The text is cut into sentences; in each, runs of capitalised words are cut into mentions at words
//! that are no part of a name (`data/not_name_words.txt`, acronyms, country words), and titles in front
//! are peeled off (`data/titles.txt`): "White House Press Secretary Karine Jean-Pierre" is a titled
//! mention of "Karine Jean-Pierre". A mention speaks when its context says so: an attribution
//! ("attributable to"), a headline naming its subject or the parties of a call, a participation verb
//! ("spoke with", "met with", "hosted") on either side, a verb of speech ("said", "stressed") after a
//! list of subjects, a signature line, or a list of participants. Finally each speaker gets the
//! fullest name the readout gives ("Secretary Blinken" → "Antony Blinken"), once.

use rustc_hash::FxHashSet as HashSet;
use smallvec::{SmallVec, smallvec};
use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::country;
use crate::text::WordMemory;

const TITLES_TXT: &str = include_str!("../../data/titles.txt");
use crate::people::name::Relation;

const NOT_NAME_TXT: &str = include_str!("../../data/not_name_words.txt");
const COMMON_TXT: &str = include_str!("../../data/common_words.txt");

/// The word lists' data, as part of the extractor's version.
pub(crate) const DATA_VERSION_INPUT: &str = concat!(
    include_str!("../../data/titles.txt"),
    include_str!("../../data/not_name_words.txt"),
    include_str!("../../data/common_words.txt")
);

fn word_set(data: &'static str) -> HashSet<&'static str> {
    data.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
}

static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(TITLES_TXT));
static NOT_NAME: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(NOT_NAME_TXT));
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(COMMON_TXT));

/// True for a word the corpus often writes in lower case ("Growth", "Economic"); a hyphenated word
/// when all its parts are ("Climate-related").
fn is_common_word(word: &str) -> bool {
    with_lowercase(word, |lower| {
        COMMON.contains(lower) || lower.contains('-') && lower.split('-').all(|part| COMMON.contains(part))
    })
}

/// Calls `f` with `word` in lower case, on the stack for a short ASCII word (nearly every word):
/// the word tests run for most capitalised words of every readout, and allocating was a tenth of
/// extraction.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
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

/// Particles that may stand inside a name in lower case ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "al", "el", "bin", "ibn", "bint",
    "dos", "das", "do", "y", "ben", "ter", "zu",
];

/// One of [`PARTICLES`]; a test of the first byte and the length first, as the word after every
/// capitalised word is asked.
fn is_particle(word: &str) -> bool {
    word.len() <= 5 && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && PARTICLES.contains(&word)
}

/// Verbs of speech or stated position: their subject speaks ("Miller said", "X and Y discussed").
static SPEECH_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SPEECH_VERB_LIST.iter().copied().collect());
const SPEECH_VERB_LIST: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "underscored",
    "underscores",
    "welcomed",
    "welcomes",
    "expressed",
    "expresses",
    "announced",
    "announces",
    "reaffirmed",
    "reaffirms",
    "condemned",
    "condemns",
    "thanked",
    "thanks",
    "highlighted",
    "highlights",
    "urged",
    "urges",
    "praised",
    "praises",
    "added",
    "adds",
    "explained",
    "affirmed",
    "raised",
    "commended",
    "commends",
    "conveyed",
    "conveys",
    "pledged",
    "offered",
    "congratulated",
    "congratulates",
    "encouraged",
    "encourages",
    "reiterated",
    "reiterates",
    "shared",
    "asked",
    "warned",
    "outlined",
    "recognized",
    "recognised",
    "acknowledged",
    "agreed",
    "committed",
    "applauded",
    "discussed",
    "discusses",
    "described",
    "briefed",
    "updated",
    "stated",
    "declared",
    "insisted",
    "argued",
    "wrote",
    "tweeted",
    "remarked",
    "observed",
    "suggested",
    "proposed",
    "requested",
    "reviewed",
    "confirmed",
    "assured",
    "underlined",
    "spoke",
    "speaks",
    "met",
    "meets",
    "hosted",
    "hosts",
    "convened",
    "exchanged",
    "consulted",
    "called",
    "spoken",
    "talked",
    "expressing",
    "emphasizing",
    "underscoring",
    "noting",
    "stressing",
    "welcoming",
    "reaffirming",
    "calls",
    "urging",
    "addressed",
    "celebrated",
    "mourned",
    "honored",
    "extended",
    "believes",
    "believed",
    "supports",
    "supported",
    "hopes",
    "hoped",
    "looks",
    "looked",
    "intends",
    "wants",
    "seeks",
    "sought",
    "knows",
    "values",
    "appreciates",
    "appreciated",
    "thanked",
    "vowed",
    "promised",
    "predicted",
    "cautioned",
    "reported",
];

/// Verbs of action rather than speech: their subjects take part only as one of several ("X, Y and
/// Z signed the memorandum"), since a lone subject is as often history ("Johnson signed the Act").
const ACTION_VERBS: &[&str] =
    &["signed", "opened", "co-chaired", "chaired", "launched", "led", "delivered", "issued", "released", "joined"];

/// Helper words that may stand between a subject and its verb ("Blinken also stressed").
const HELPERS: &[&str] = &[
    "also",
    "then",
    "today",
    "yesterday",
    "previously",
    "again",
    "separately",
    "later",
    "earlier",
    "strongly",
    "personally",
    "warmly",
    "directly",
    "both",
    "further",
    "has",
    "have",
    "had",
    "will",
    "would",
    "is",
    "was",
    "jointly",
    "each",
    "all",
    "together",
    "repeatedly",
    "publicly",
    "firmly",
    "clearly",
    "specifically",
    "once",
];

/// Words that make a headline the read-out of an exchange: every person it names takes part.
static EVENT_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Call|Calls|Meeting|Meetings|Meets|Met|Meet|Conversation|Conversations|Speaks|Spoke|Talks|Phone|Bilateral|Trilateral|Dinner|Lunch|Breakfast|Hosts|Welcomes|Discussion|Discussions|Consultations|Engagement|Dialogue)(?-u:\b)")
        .expect("static regex")
});

/// A headline attributed to the person it names first: "Statement from President Joe Biden on …".
static ATTRIBUTED_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Joint )?(?:Statement|Statements|Remarks|Readout|Message|Letter|Op-Ed|Interview|Testimony|Press Release)(?-u:\b)")
        .expect("static regex")
});

/// A joint statement's headline: everyone it names signs it.
static JOINT_HEADLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Joint (?:Statement|Readout|Press Statement|Declaration)").expect("static regex"));

/// A headline's "X’s Travel to …", "X’s Visit", "X’s Remarks": X is the subject.
static POSSESSIVE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:’s|'s|’|')?\s+(?:\w+\s+){0,2}?(?:Travel|Trip|Visit|Remarks|Call|Calls|Meeting|Meetings|Statement|Address|Speech|Interview|Participation|Engagements?)(?-u:\b)")
        .expect("static regex")
});

/// Verbs whose objects also take part ("spoke with X", "met X", "hosted X").
static PARTICIPATION: LazyLock<HashSet<&'static str>> = LazyLock::new(|| PARTICIPATION_WORDS.iter().copied().collect());
const PARTICIPATION_WORDS: &[&str] = &[
    "discussed",
    "discusses",
    "spoke",
    "speaks",
    "speak",
    "talked",
    "met",
    "meets",
    "meet",
    "meeting",
    "held",
    "had",
    "hosted",
    "hosts",
    "host",
    "welcomed",
    "welcomes",
    "received",
    "called",
    "joined",
    "convened",
    "conversation",
    "conversations",
    "call",
    "calls",
    "meetings",
    "talks",
    "discussion",
    "discussions",
    "consultations",
    "telephone",
    "phone",
    "dinner",
    "lunch",
    "visit",
    "visited",
];

/// The first two letters and the lengths of a list of lower-case ASCII words, to rule out nearly
/// every other word ("the", "and", "that") before a hash lookup: the scanners below test every word
/// of every sentence that names someone.
struct WordShapes {
    /// By initial and [`second_byte_slot`]: bit n set when a word of n bytes starts so.
    lengths: [[u32; 27]; 26],
}

impl WordShapes {
    fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut shapes = WordShapes { lengths: [[0; 27]; 26] };
        for word in words {
            let bytes = word.as_bytes();
            assert!(bytes.len() >= 2 && bytes.len() < 32 && bytes[0].is_ascii_lowercase(), "{word}");
            shapes.lengths[usize::from(bytes[0] - b'a')][second_byte_slot(bytes[1])] |= 1 << bytes.len();
        }
        shapes
    }

    /// False for a word that is none of the list's; with `fold`, in any case.
    fn may_hold(&self, word: &[u8], fold: bool) -> bool {
        let (Some(&first), Some(&second)) = (word.first(), word.get(1)) else { return false };
        let (first, second) =
            if fold { (first.to_ascii_lowercase(), second.to_ascii_lowercase()) } else { (first, second) };
        first.is_ascii_lowercase()
            && word.len() < 32
            && self.lengths[usize::from(first - b'a')][second_byte_slot(second)] & (1 << word.len()) != 0
    }
}

/// A slot for each lower-case ASCII letter, and one for every other byte.
fn second_byte_slot(byte: u8) -> usize {
    if byte.is_ascii_lowercase() { usize::from(byte - b'a') } else { 26 }
}

/// The first word of [`PARTICIPATION_WORDS`] in a sentence, in any case, as a byte range and the
/// word in lower case. Words here are runs of ASCII letters, digits and underscores (so "met" is
/// found in "co-met" but not in "metal"). A scan rather than a case-insensitive regex, whose
/// lazy DFA ran over every sentence.
fn participation_word(sentence: &str) -> Option<(std::ops::Range<usize>, &'static str)> {
    static SHAPES: LazyLock<WordShapes> = LazyLock::new(|| WordShapes::of(PARTICIPATION_WORDS.iter().copied()));
    let bytes = sentence.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        if !is_word(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_word(bytes[i]) {
            i += 1;
        }
        if SHAPES.may_hold(&bytes[start..i], true)
            && let Some(word) = with_lowercase(&sentence[start..i], |w| PARTICIPATION.get(w).copied())
        {
            return Some((start..i, word));
        }
    }
    None
}

/// An attribution: the following words name the official the text is attributed to.
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:attributable to|attributed to|statement (?:from|by|of)|remarks (?:by|of|from)|readout of|readout from|message (?:from|by)|op-ed by|press (?:statement|release) (?:from|by)|testimony (?:of|by)|letter from|as delivered by)\s*$")
        .expect("static regex")
});

/// Speech before the name: "… ,” said Miller", "said Secretary Blinken".
const SPEECH_BEFORE: &[&str] = &["said", "says", "added", "noted", "told", "wrote", "asked"];

/// A participant list heading: the list items under it name people who took part.
static PARTICIPANT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:participants?|attendees|attended by|joined by|delegation|participated|participating|in attendance|members included|included)(?-u:\b)")
        .expect("static regex")
});

/// Words that introduce the people who took part, in a list that runs to the topic: "was joined on
/// the call by X, Y and Z", "was briefed by", "featured", "participants included", "heard from".
static LIST_INTRODUCER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:was|were) joined (?:\w+ ){0,4}?by|joined (?:on the call |in the meeting |virtually )?by|(?:was|were) briefed by|hosted by|attended by|moderated by|(?:roundtable|meeting|event|call|conversation|discussion|panel|session|convening) (?:also )?featured|featured remarks (?:from|by)|remarks (?:from|by)|heard from|participants (?:included|were)|participating were|also participating were|(?:speakers|panelists|attendees) included|delegation (?:included|was led by)|led by)(?-u:\b)")
        .expect("static regex")
});

/// A moderator giving the floor in a transcript: the name right after speaks next.
static FLOOR_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:start with|(?:go|goes|move|turn|over) to(?: the line(?:,? please,)? of)?|line of|question (?:is )?from|call on|next is|next question,|question:)")
        .expect("static regex")
});

/// True when a name starts within a few characters of the start of one of `lists`: the person the
/// floor is given to, not someone named later in the sentence.
fn pos_in_list_start(lists: &[std::ops::Range<usize>], start: usize) -> bool {
    lists.iter().any(|l| start >= l.start && start <= l.start + 2)
}

/// The end of a list of participants: the topic, or a relative clause.
static LIST_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:to discuss|to review|to hear|to share|to highlight|about|regarding|concerning|on the benefits|on how|on efforts|on their|on his|on her|who|whose|which|where|following|after|said|stressed|noted|emphasized|underscored|expressed|reaffirmed)(?-u:\b)")
        .expect("static regex")
});

/// The topic of a sentence, after which named people are talked about rather than taking part.
static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:to discuss|to review|to receive|to hear|to reaffirm|to express|to underscore|to condemn|to highlight|to thank|to congratulate|to offer|to convey|to mark|to celebrate|to honor|about|regarding|concerning|on the|on their|on his|on her|on efforts|on how|where|who|whose|which|following|after|ahead of|in advance of|during|for the|including|as well as|said|stressed|noted|emphasized|underscored|welcomed|expressed|reaffirmed)(?-u:\b)")
        .expect("static regex")
});

/// A preposition right before a mention makes it the object of something else ("the release of").
const PREPOSITION_BEFORE: &[&str] = &[
    "of",
    "for",
    "to",
    "by",
    "from",
    "about",
    "on",
    "against",
    "behind",
    "under",
    "like",
    "than",
    "late",
    "congratulate",
    "congratulated",
    "congratulating",
    "honoring",
    "honouring",
    "mourn",
    "mourns",
    "mourning",
    "remember",
    "remembering",
    "release",
    "detention",
    "death",
    "passing",
    "nominate",
    "nominated",
    "nominating",
    "appoint",
    "appointed",
    "elect",
    "elected",
    "thank",
    "thanked",
];

/// The words [`ATTRIBUTION`] can end with: a cheap test before the regex.
const ATTRIBUTION_LAST: &[&str] = &["to", "of", "by", "from"];

/// The last word of `text` when only white space follows it: the ASCII letters, digits and
/// underscores a `\b` boundary delimits. Looking up this word replaces end-anchored regexes,
/// whose reverse search was a tenth of extraction.
fn last_word(text: &str) -> &str {
    let t = text.trim_end();
    let start = t
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    &t[start..]
}

fn ends_with_ignore_ascii_case(word: &str, suffix: &str) -> bool {
    let at = word.len().wrapping_sub(suffix.len());
    word.len() >= suffix.len() && word.is_char_boundary(at) && word[at..].eq_ignore_ascii_case(suffix)
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words before a name that make it someone talked about: a detainee or hostage.
static DETAINED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:detained|wrongfully|hostage|hostages|prisoner|prisoners|see|imprisoned|jailed|held|citizen|citizens|journalist|late)(?-u:\b)").expect("static regex")
});

/// The words of a sentence as byte ranges: a letter then letters, marks, hyphens and apostrophes,
/// with a final period and further initials ("U.S.", "Jr."); or a digit then letters, digits and
/// hyphens. A scanner, not a regex: this runs over every sentence and a regex's reverse search for
/// each word's start cost a sixth of extraction.
fn words_into(sentence: &str, out: &mut Vec<(usize, usize)>) {
    let is_letter = |c: char| c.is_alphabetic() || is_mark(c);
    let bytes = sentence.as_bytes();
    out.clear();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        let mut end = if b.is_ascii_alphabetic() {
            start + 1
        } else if b.is_ascii_digit() {
            let end = run_end(sentence, start + 1, |b| b.is_ascii_alphanumeric() || b == b'-', char::is_alphabetic);
            out.push((start, end));
            at = end;
            continue;
        } else if b.is_ascii() {
            at += 1;
            continue;
        } else {
            let c = sentence[at..].chars().next().expect("at a character boundary");
            if !is_letter(c) {
                at += c.len_utf8();
                continue;
            }
            start + c.len_utf8()
        };
        end = run_end(
            sentence,
            end,
            |b| b.is_ascii_alphabetic() || b == b'\'' || b == b'-',
            |c| is_letter(c) || c == '’',
        );
        // A period, then any number of capital-and-period pairs.
        if bytes.get(end) == Some(&b'.') {
            end += 1;
            while let Some(capital) = char_at(sentence, end).filter(|c| c.is_uppercase())
                && char_at(sentence, end + capital.len_utf8()) == Some('.')
            {
                end += capital.len_utf8() + 1;
            }
        }
        out.push((start, end));
        at = end;
    }
}

/// The character at byte `i` of `text` (a character boundary), decoded only when it is not ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// The end of the run of characters from byte `end` (a character boundary) on that are ASCII bytes
/// `ascii` accepts or other characters `other` accepts. Nearly all of a readout is ASCII, and the
/// scanners read every byte of every sentence: bytes are tested as bytes, and only the rest decoded.
fn run_end(text: &str, mut end: usize, ascii: impl Fn(u8) -> bool, other: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii() {
            if !ascii(b) {
                break;
            }
            end += 1;
        } else {
            let c = text[end..].chars().next().expect("at a character boundary");
            if !other(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// Combining marks (accents written as separate characters), which std has no class for.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The words of a name as written (borrowed from the text), or made from it (a transcript tag's
/// surname in title case). Names of up to four words, nearly all, take no allocation: a readout
/// holds a hundred mentions, and allocating their words was over a tenth of extraction.
type NameWords<'a> = SmallVec<[Cow<'a, str>; 4]>;

#[derive(Debug, Clone)]
struct Mention<'a> {
    /// Name tokens with titles peeled off.
    name: NameWords<'a>,
    /// Byte range of the whole mention (titles included) in the text.
    start: usize,
    end: usize,
    /// Whether a title or honorific stood in front of the name.
    titled: bool,
}

impl Mention<'_> {
    fn surname(&self) -> &str {
        self.name.last().map_or("", |w| w)
    }
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_initial(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

fn is_suffix(word: &str) -> bool {
    matches!(word.trim_end_matches([',', '.']), "Jr" | "Sr" | "Esq" | "PhD" | "Ph.D" | "MD" | "OBE" | "CBE" | "KBE")
}

fn is_regnal_number(word: &str) -> bool {
    matches!(word, "II" | "III" | "IV" | "V" | "VI" | "X" | "XVI")
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).or_else(|| w.strip_suffix('’')).unwrap_or(w)
}

fn is_title(word: &str) -> bool {
    let w = strip_possessive(word).trim_end_matches('.');
    // Plurals too: "Co-Chairs", "Advisors", "Presidents Biden and Macron".
    TITLES.contains(w)
        || w.strip_suffix('s').is_some_and(|singular| TITLES.contains(singular))
        || country::is_demonym(w)
}

/// True for a capitalised word that cannot be part of a person's name.
fn is_breaker(word: &str) -> bool {
    let w = strip_possessive(word).trim_end_matches('.');
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    NOT_NAME.contains(w)
        || country::is_country_word(w)
        || (w.contains('-') && w.split('-').any(|part| country::is_country_word(part) || NOT_NAME.contains(part)))
        || (letters > 1
            && w.trim_end_matches('s').chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !is_regnal_number(w))
        || (letters > 5 && is_gerund(w))
        || ["-level", "-led", "-based", "-related", "-owned", "-funded", "-wide"]
            .iter()
            .any(|s| ends_with_ignore_ascii_case(w, s))
        || w.chars().any(|c| c.is_ascii_digit())
        || ["’re", "’ll", "’ve", "n’t", "’m", "'re", "'ll", "'ve", "n't", "'m"].iter().any(|c| w.ends_with(c))
        || (letters > 6
            && [
                "tion", "tions", "ment", "ments", "ness", "ity", "ities", "ship", "ships", "ics", "ism", "isms",
                "ives", "ists",
            ]
            .iter()
            .any(|s| w.ends_with(s)))
}

/// A verb's -ing form ("Congratulating", "Marking"), known by its root being an ordinary word.
fn is_gerund(word: &str) -> bool {
    // Only I, N and G lower-case to i, n and g: an ASCII test of the ending is exact.
    if !ends_with_ignore_ascii_case(word, "ing") {
        return false;
    }
    let lower = word.to_lowercase();
    let Some(root) = lower.strip_suffix("ing") else { return false };
    let undoubled = root.char_indices().last().filter(|&(i, c)| root[..i].ends_with(c)).map(|(i, _)| &root[..i]);
    COMMON.contains(lower.as_str())
        || COMMON.contains(root)
        || COMMON.contains(format!("{root}e").as_str())
        || undoubled.is_some_and(|r| COMMON.contains(r))
}

/// A word of a run of capitalised words, with what it is.
struct RunWord<'a> {
    /// Byte range in the text.
    start: usize,
    end: usize,
    text: &'a str,
    /// [`is_title`] of the word.
    title: bool,
    /// [`is_breaker`] of the word.
    breaker: bool,
}

impl<'a> RunWord<'a> {
    fn new(start: usize, end: usize, text: &'a str) -> Self {
        let (title, breaker) = word_class(text);
        RunWord { start, end, text, title, breaker }
    }
}

/// A memory of a pure function of a string, one per thread (no locks).
type Memory<V> = std::cell::RefCell<Option<WordMemory<V>>>;

/// `compute(key)`, from `memory` (of at most `max_keys` keys) when it was asked before on this thread.
fn remembered<V: Copy>(
    memory: &'static std::thread::LocalKey<Memory<V>>,
    max_keys: usize,
    key: &str,
    compute: impl FnOnce(&str) -> V,
) -> V {
    memory.with_borrow_mut(|known| {
        let known = known.get_or_insert_with(|| WordMemory::new(max_keys));
        if let Some(&value) = known.get(key) {
            return value;
        }
        let value = compute(key);
        known.insert(key, value);
        value
    })
}

/// [`is_title`] and [`is_breaker`] of a word, remembered per thread: the same capitalised words
/// come back in readout after readout, and the two tests (forty string comparisons and several
/// set lookups) were a tenth of extraction.
fn word_class(word: &str) -> (bool, bool) {
    thread_local! {
        static CLASSES: Memory<(bool, bool)> = Default::default();
    }
    // A few MB at most.
    remembered(&CLASSES, 100_000, word, |w| (is_title(w), is_breaker(w)))
}

/// True for a phrase that names a state or a place, remembered per thread: "United States" comes
/// back in nearly every readout, and looking it up folds it anew each time.
fn names_a_place(phrase: &str) -> bool {
    thread_local! {
        static PLACES: Memory<bool> = Default::default();
    }
    remembered(&PLACES, 50_000, phrase, |p| country::lookup(p).is_some() || country::is_place_phrase(p))
}

/// Space reused from sentence to sentence of a readout.
#[derive(Default)]
struct Scratch<'a> {
    words: Vec<(usize, usize)>,
    run: Vec<RunWord<'a>>,
}

/// Reads the mentions of one sentence (at byte `offset` of the text).
fn mentions_in<'a>(sentence: &'a str, offset: usize, scratch: &mut Scratch<'a>, out: &mut Vec<Mention<'a>>) {
    let Scratch { words, run } = scratch;
    words_into(sentence, words);
    let words = &*words;
    let text = |k: usize| &sentence[words[k].0..words[k].1];
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(text(i)) {
            i += 1;
            continue;
        }
        // A run: capitalised words (and particles between them) separated by single spaces; a
        // possessive ends it ("Blinken’s Call").
        let mut j = i;
        while j + 1 < words.len() {
            let gap = &sentence[words[j].1..words[j + 1].0];
            let cur = text(j);
            let ends_run = !(gap == " " || gap == "\u{a0}")
                || cur.ends_with("’s")
                || cur.ends_with("'s")
                || (cur.ends_with('.') && !is_initial(cur) && !is_title(cur) && !is_suffix(cur));
            if ends_run {
                break;
            }
            if !is_capitalised(text(j + 1)) {
                // Particles join a run when a capitalised word follows them: "von der Leyen".
                let mut ahead = j + 1;
                while ahead < words.len() && is_particle(text(ahead)) {
                    ahead += 1;
                }
                let particle = ahead > j + 1 && ahead < words.len() && is_capitalised(text(ahead));
                if !particle {
                    break;
                }
            }
            j += 1;
        }
        run.clear();
        run.extend((i..=j).map(|k| RunWord::new(offset + words[k].0, offset + words[k].1, text(k))));
        split_run(run, out);
        i = j + 1;
    }
}

/// Cuts a run of capitalised words into mentions at words that are no part of a name, and peels
/// the titles in front of each.
fn split_run<'a>(run: &[RunWord<'a>], out: &mut Vec<Mention<'a>>) {
    fn bare<'a>(w: &RunWord<'a>) -> &'a str {
        strip_possessive(w.text).trim_end_matches('.')
    }
    let mut k = 0;
    while k < run.len() {
        // A country's or place's name of several words ("Costa Rica", "Hong Kong") is no part of a name.
        if k + 1 < run.len()
            && country::may_begin_phrase(bare(&run[k]), bare(&run[k + 1]))
            && let Some(n) = (2..=4).rev().find(|&n| {
                k + n <= run.len() && {
                    let phrase = run[k..k + n].iter().map(bare).collect::<Vec<_>>().join(" ");
                    names_a_place(&phrase)
                }
            })
        {
            k += n;
            continue;
        }
        // Titles first (a title word may also be a breaker, such as "Leader": the title wins).
        let start = k;
        while k < run.len() && run[k].title {
            k += 1;
        }
        let titled = k > start;
        let name_start = k;
        while k < run.len() && !run[k].breaker && !(run[k].title && k > name_start && k + 1 < run.len()) {
            k += 1;
            // A possessive ends the name ("Biden’s").
            if strip_possessive(run[k - 1].text) != run[k - 1].text {
                break;
            }
        }
        // Words followed by another title within the run are part of an office, not a name:
        // "National Climate Advisor Gina McCarthy" holds no person "Climate".
        if k < run.len() && k > name_start && run[k].title && !run[k].breaker {
            continue;
        }
        // An office's last common word before the name: "Economic Growth Jose Fernandez", and
        // without a title "Climate Kerry" (of "Envoy for Climate Kerry").
        let mut name_start = name_start;
        while (k - name_start > 2 || k - name_start == 2 && !titled) && is_common_word(run[name_start].text) {
            name_start += 1;
        }
        if k > name_start {
            if let Some(m) = read_name(&run[name_start..k], run[start].start, titled) {
                out.push(m);
            }
        } else if k == start {
            k += 1; // a breaker
        }
    }
}

/// Turns name words into a mention: initials and suffixes dropped, a final period trimmed.
fn read_name<'a>(words: &[RunWord<'a>], start: usize, titled: bool) -> Option<Mention<'a>> {
    let mut name = NameWords::new();
    for w in words {
        let w = strip_possessive(w.text);
        if is_initial(w) || is_suffix(w) {
            continue;
        }
        let w = w.trim_end_matches('.');
        if is_regnal_number(w) && name.len() != 1 {
            // "Abdullah II" keeps its number; "Joseph R. Biden III" does not.
            continue;
        }
        name.push(Cow::Borrowed(w));
    }
    if name.is_empty() || name.len() > 5 || !is_capitalised(&name[0]) || is_particle(&name[0]) {
        return None;
    }
    // "Policy Advisor", "Civilian Deputy": an office, not a name. "Response Policy": ordinary words.
    if name.len() > 1 && (is_title(&name[name.len() - 1]) || name.iter().all(|w| is_common_word(w))) {
        return None;
    }
    let end = words.last().map_or(start, |w| w.end);
    Some(Mention { name, start, end, titled })
}

fn folded(s: &str) -> String {
    if s.is_ascii() { s.to_ascii_lowercase() } else { deunicode::deunicode(s).to_lowercase() }
}

/// The first word of `s` made of letters and hyphens.
fn first_word(s: &str) -> &str {
    let s = s.trim_start();
    let end = s.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(s.len());
    &s[..end]
}

/// Speech follows a mention: "said", "also stressed", or an appositive then "said" ("Miller, the
/// spokesperson, said").
fn speech_follows(after: &str) -> bool {
    let mut rest = after.trim_start();
    if let Some(r) = rest.strip_prefix(',') {
        match r.find(',') {
            Some(i) if i < 100 && !r[..i].contains(['.', '“', '"']) => rest = &r[i + 1..],
            _ => return false,
        }
    }
    for _ in 0..3 {
        let w = first_word(rest);
        if SPEECH_VERBS.contains(w) {
            return true;
        }
        if !HELPERS.contains(&w) || w.is_empty() {
            return false;
        }
        rest = &rest.trim_start()[w.len()..];
    }
    false
}

/// A signature line: a name alone, then a comma and a title ("Antony J. Blinken, Secretary of State").
fn is_signature(after: &str) -> bool {
    let Some(r) = after.trim_start().strip_prefix(',') else { return false };
    let r = r.trim();
    // "Ned Price, Department Spokesperson": a title among its first words.
    r.len() < 80
        && !r.ends_with('.')
        && r.split_whitespace().take(4).enumerate().any(|(i, w)| is_title(w) || i == 0 && w == "the")
}

/// The shapes of [`SPEECH_VERBS`] and [`ACTION_VERBS`].
static VERB_SHAPES: LazyLock<WordShapes> =
    LazyLock::new(|| WordShapes::of(SPEECH_VERB_LIST.iter().chain(ACTION_VERBS).copied()));

/// The first verb of speech or action of a sentence from byte `from` on, as a byte offset, and
/// whether it is an action.
fn first_verb(sentence: &str, from: usize) -> Option<(usize, bool)> {
    // Words are runs of letters and hyphens.
    let mut at = from;
    while at < sentence.len() {
        let end = run_end(sentence, at, |b| b.is_ascii_alphabetic() || b == b'-', char::is_alphabetic);
        let word = &sentence[at..end];
        if VERB_SHAPES.may_hold(word.as_bytes(), false)
            && (SPEECH_VERBS.contains(word) && word != "calls" || ACTION_VERBS.contains(&word))
        {
            return Some((at, ACTION_VERBS.contains(&word)));
        }
        // Past the character that ended the word.
        at = end + char_at(sentence, end).map_or(1, char::len_utf8);
    }
    None
}

/// Where the subject of the verb at `verb` starts: after the last dash, semicolon or "including"
/// before it, so that an aside is not taken for the subject.
fn subject_start(sentence: &str, verb: usize) -> usize {
    static ASIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r" [–—] |; |(?-u:\b)including(?-u:\b)|(?-u:\b)such as(?-u:\b)|(?-u:\b)among them(?-u:\b)|(?-u:\b)like(?-u:\b)").expect("static regex")
    });
    ASIDE.find_iter(&sentence[..verb]).last().map_or(0, |m| m.end())
}

/// The speakers of a readout, given its title and body.
pub fn find(title: &str, body: &str) -> Vec<String> {
    let text = format!("{title}\n{body}");
    let title_end = title.len();
    let mut all: Vec<Mention> = Vec::new();
    let mut speaking: Vec<usize> = Vec::new();
    let mut in_participant_list = false;
    // In a transcript (a briefing, an interview) the speakers are those its tags give the floor to;
    // the names said in the answers are people talked about.
    let tags = transcript_tags(&text);
    let transcript_from = tags.first().map_or(usize::MAX, |t| t.start);
    let mut scratch = Scratch::default();
    let mut verbs: Vec<(std::ops::Range<usize>, bool, usize)> = Vec::new();
    let mut lists: Vec<std::ops::Range<usize>> = Vec::new();
    for range in crate::text::sentences(&text) {
        let (s, e) = (range.start, range.end);
        let sentence = &text[s..e];
        let first = all.len();
        mentions_in(sentence, s, &mut scratch, &mut all);
        // In a transcript's answers most names are people talked about: only speech verbs and the
        // moderator's turns ("We’ll start with Vivian Salama of The Wall Street Journal") count.
        let in_transcript = s >= transcript_from;
        let here = first..all.len();
        let trimmed = sentence.trim();
        let in_title = s < title_end;
        let is_list_item = trimmed.starts_with("- ");
        if !is_list_item {
            in_participant_list = trimmed.ends_with(':') && PARTICIPANT_HEADING.is_match(trimmed);
        }
        // Most sentences name nobody: their verbs and participation need no reading.
        if here.is_empty() {
            continue;
        }
        // The subjects of each verb: the mentions between the start of its clause and the verb.
        verbs.clear();
        let mut from = 0;
        while let Some((v, action)) = first_verb(sentence, from) {
            let zone = s + subject_start(sentence, v).max(from)..s + v;
            let count = all[here.clone()].iter().filter(|m| m.start >= zone.start && m.end <= zone.end).count();
            verbs.push((zone, action, count));
            from = v + 1;
        }
        let participation = participation_word(sentence).map(|(m, word)| {
            // Nouns ("call", "meeting") and most verbs need "with" before the other side; a few
            // verbs take it directly ("met X", "hosted X").
            let direct = matches!(
                word,
                "met"
                    | "meets"
                    | "meet"
                    | "hosted"
                    | "hosts"
                    | "host"
                    | "welcomed"
                    | "welcomes"
                    | "received"
                    | "called"
                    | "visited"
                    | "joined"
            );
            let objects_from = if direct {
                m.end
            } else {
                let rest = &sentence[m.end..];
                [" with ", " between "].iter().filter_map(|w| rest.find(w)).min().map_or(sentence.len(), |i| m.end + i)
            };
            (s + m.start, s + objects_from, s + clause_limit(sentence, objects_from))
        });
        // "… was joined by X, Y and Z": each list to its end.
        lists.clear();
        if in_transcript {
            for found in FLOOR_GIVEN.find_iter(sentence) {
                lists.push(s + found.end()..s + (found.end() + 60).min(sentence.len()));
            }
        } else if !in_title {
            for found in LIST_INTRODUCER.find_iter(sentence) {
                let end = LIST_END.find_at(sentence, found.end()).map_or(sentence.len(), |m| m.start());
                lists.push(s + found.end()..s + end);
            }
        }
        for (pos, m) in here.clone().enumerate() {
            let mention = &all[m];
            let before = &text[s..mention.start];
            // The patterns that look back only need the last words (and scanning all of a long
            // sentence's beginning for each of its mentions would be quadratic).
            let just_before = crate::text::tail(before, 80);
            let after = &text[mention.end..e];
            let word_before = last_word(just_before);
            // "…,” said Miller", not "Blinken said Putin was wrong".
            let said_before = is_one_of(word_before, SPEECH_BEFORE) && {
                let head = just_before.trim_end();
                head[..head.len() - word_before.len()].trim_end().ends_with([',', '”', '"', '’', '\''])
            };
            let said = speech_follows(after) || said_before;
            let preposition = is_one_of(word_before, PREPOSITION_BEFORE);
            // "Secretary Blinken's Travel to…".
            let subject_of_headline = in_title && POSSESSIVE_EVENT.is_match(after);
            // The other side of "Secretary Blinken With Chris Wallace of Fox News" (an interview),
            // when clearly a person's name.
            let interviewer =
                in_title && mention.name.len() >= 2 && just_before.trim_end().to_lowercase().ends_with(" with");
            let headline = in_title
                && (EVENT_HEADLINE.is_match(sentence)
                    || JOINT_HEADLINE.is_match(sentence.trim_start())
                    || subject_of_headline
                    || interviewer
                    || (ATTRIBUTED_HEADLINE.is_match(sentence.trim_start()) || before.trim().is_empty()) && pos == 0);
            let attributed = {
                let head = just_before.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ' ');
                is_one_of(last_word(head), ATTRIBUTION_LAST) && ATTRIBUTION.is_match(head)
            };
            // "X, Y and Z signed …": the subjects before the sentence's first verb.
            let subject =
                verbs.iter().find(|(zone, _, _)| mention.start >= zone.start && mention.end <= zone.end).is_some_and(
                    |(zone, action, count)| {
                        (!action || *count >= 2)
                            && !is_passive(&text[..zone.end])
                            && chained_to_verb(&text, &all, here.clone(), m, zone.end)
                    },
                ) && !DETAINED_BEFORE.is_match(crate::text::tail(before, 60))
                    && !preposition
                    && !in_title
                    && before.matches(['“', '"']).count() % 2 == 0;
            // "X spoke with Y": both sides, up to the topic.
            let participant = participation.is_some_and(|(start, objects_from, limit)| {
                (mention.end <= start && !preposition) || (mention.start >= objects_from && mention.start < limit)
            }) && !in_title;
            let listed = is_list_item && in_participant_list && pos == 0
                || lists.iter().any(|l| mention.start >= l.start && mention.end <= l.end)
                    && (mention.name.len() >= 2 && (mention.titled || !matches!(word_before, "of" | "to" | "for"))
                        || mention.titled && is_lone_list_name(&mention.name[0]));
            let signed = pos == 0 && before.trim().is_empty() && is_signature(after);
            let (attributed, headline, listed, signed, participant) = if in_transcript {
                (false, false, mention.name.len() >= 2 && pos_in_list_start(&lists, mention.start), false, false)
            } else {
                (attributed, headline, listed, signed, participant)
            };
            let strong = said || attributed || headline || listed || signed;
            if !(strong || subject || participant) {
                continue;
            }
            // A lone word without a title must speak for itself ("O’Brien said") and look like a name.
            let lone = mention.name.len() == 1 && !mention.titled;
            if lone && !((said || attributed || subject_of_headline) && plausible_lone_name(&mention.name[0])) {
                continue;
            }
            // Subject and participation rules want someone clearly named.
            if !strong && !mention.titled && mention.name.len() < 2 {
                continue;
            }
            if !speaking.contains(&m) {
                speaking.push(m);
            }
        }
    }
    let first_tag = all.len();
    for tag in tags {
        speaking.push(all.len());
        all.push(tag);
    }
    resolve(&all, speaking, &text, first_tag)
}

/// A transcript's speaker tags at the start of paragraphs ("MR PRICE:", "SECRETARY BLINKEN:"), as
/// titled mentions, in order; empty unless the text has at least three, so that a readout with one
/// "NOTE:" is no transcript.
fn transcript_tags<'a>(text: &str) -> Vec<Mention<'a>> {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^[ \t]*((?:\p{Lu}[\p{Lu}’'.\-]*[ \t]+){0,4}\p{Lu}[\p{Lu}’'\-]+)[ \t]*:").expect("static regex")
    });
    /// Tags that give the floor to no named person.
    const ANONYMOUS: &[&str] = &[
        "QUESTION",
        "MODERATOR",
        "OPERATOR",
        "PARTICIPANT",
        "AUDIENCE",
        "STAFF",
        "OFFICIAL",
        "NOTE",
        "INTERPRETER",
        "CROSSTALK",
        "END",
        "BEGIN",
    ];
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or(String::new(), |f| f.to_string() + &chars.as_str().to_lowercase())
    };
    let mut tags = Vec::new();
    let mut tagged = 0;
    // A transcript has questions or a moderator, or tags that name people by title ("MR PRICE");
    // capitalised headings ("TEXAS:", "TRADE:") make no transcript.
    let mut dialogue = false;
    for c in TAG.captures_iter(text) {
        let m = c.get(1).expect("group 1");
        tagged += 1;
        let words: Vec<&str> = m.as_str().split_whitespace().collect();
        if words.iter().any(|w| w.contains("QUESTION") || w.contains("MODERATOR")) {
            dialogue = true;
        }
        if words.iter().any(|w| ANONYMOUS.iter().any(|a| w.contains(a))) {
            continue;
        }
        if words.len() > 1 && is_title(&title_case(words[0])) {
            dialogue = true;
        }
        // "MR PRICE" -> "Price", "PRIME MINISTER NETANYAHU" -> "Netanyahu": the surname, in title
        // case, resolved later to the fullest name the transcript gives.
        let Some(last) = words.last() else { continue };
        let surname = title_case(last);
        if is_title(&surname) || is_breaker(&surname) || words.len() > 5 {
            continue;
        }
        let name = smallvec![Cow::Owned(surname)];
        tags.push(Mention { name, start: m.start(), end: m.end(), titled: true });
    }
    if tagged < 3 || !dialogue { Vec::new() } else { tags }
}

/// True when the mention `m` is the subject of the verb at `verb`: it ends a few words before it, or
/// a few words before another mention that is ("X, Y, and Z signed").
fn chained_to_verb(text: &str, all: &[Mention<'_>], here: std::ops::Range<usize>, m: usize, verb: usize) -> bool {
    let words_between = |from: usize, to: usize| text[from..to].split_whitespace().count();
    let mut end = all[m].end;
    let mut limit = 8;
    for next in here.filter(|&n| all[n].start >= all[m].end && all[n].end <= verb) {
        if words_between(end, all[next].start) > 30 {
            return false;
        }
        end = all[next].end;
        limit = 8;
    }
    words_between(end, verb) <= limit
}

/// True when the text before a verb makes it passive ("… has been reported"): its subject is what
/// is said, not who says it.
fn is_passive(before_verb: &str) -> bool {
    matches!(last_word(before_verb.trim_end()), "been" | "being" | "be" | "is" | "are" | "was" | "were")
}

/// The end of the participants part of a sentence: before the topic ("to discuss", "about").
fn clause_limit(sentence: &str, from: usize) -> usize {
    TOPIC.find_at(sentence, from).map_or(sentence.len(), |m| m.start())
}

/// Turns speaking mentions into names: each person once, by the fullest form of the name the
/// readout gives anywhere.
fn resolve<'a>(all: &'a [Mention<'_>], speaking: Vec<usize>, text: &str, first_tag: usize) -> Vec<String> {
    if speaking.is_empty() {
        return Vec::new();
    }
    // Folded first and last words of mentions, each distinct word folded once; worked out for the
    // mentions of several words (which fuller names come from) and for the speaking ones.
    let mut fold = FoldedWords::default();
    let mut keys: Vec<Option<(usize, usize)>> = vec![None; all.len()];
    let mut key = |fold: &mut FoldedWords<'a>, m: usize| {
        *keys[m].get_or_insert_with(|| (fold.id(&all[m].name[0]), fold.id(all[m].surname())))
    };
    let mut surnames: HashSet<usize> = HashSet::default();
    for (m, mention) in all.iter().enumerate() {
        if mention.name.len() > 1 {
            surnames.insert(key(&mut fold, m).1);
        }
    }
    let mut out: Vec<(&NameWords<'_>, Vec<String>)> = Vec::new();
    for m in speaking {
        let mention = &all[m];
        let (first, last) = key(&mut fold, m);
        let mut best = m;
        for (o, other) in all.iter().enumerate() {
            if other.name.len() <= all[best].name.len() {
                continue;
            }
            // Only mentions of several words get here: their keys are known.
            let (other_first, other_last) = key(&mut fold, o);
            // "Cortizo" is also "Laurentino Cortizo Cohen": double surnames.
            let inner_surname = mention.name.len() == 1
                && other.name.len() > 2
                && other.name[1..other.name.len() - 1].iter().any(|w| fold.id(w) == last);
            // "Kishida" is also "Kishida Fumio": a name written surname first.
            let surname_first = mention.name.len() == 1 && other.name.len() == 2 && other_first == last;
            let same_surname = other_last == last && (mention.name.len() == 1 || other_first == first)
                || inner_surname
                || surname_first;
            // A lone given name used as the name ("Foreign Minister Don"), unless it is someone's surname.
            let same_given = mention.name.len() == 1 && other_first == first && !surnames.contains(&first);
            if same_surname || same_given {
                best = o;
            }
        }
        let name = &all[best].name;
        // A lone untitled word that never appears as part of a fuller name, at the start of a sentence,
        // is more likely an ordinary word than a person ("Allies stressed").
        if name.len() == 1 && !mention.titled && starts_sentence(text, mention.start) {
            continue;
        }
        // An ordinary word that no fuller name in the readout explains is no name, titled or not
        // ("Policy", "Action"); "Secretary Power" stays when "Samantha Power" is in the text.
        // A transcript's speaker tag is someone, whatever the word ("MR PRICE").
        if name.len() == 1 && is_common_word(&name[0]) && m < first_tag {
            continue;
        }
        // Each person once, by the rule the people registry compares names with.
        let words = crate::people::name::words(&name.join(" "));
        let same = |theirs: &[String]| {
            crate::people::name::relation(theirs, &words) != Relation::Different
                || crate::people::Aliases::bundled().link(theirs, &words)
        };
        if let Some(existing) = out.iter_mut().find(|(_, theirs)| same(theirs)) {
            if name.len() > existing.0.len() {
                *existing = (name, words);
            }
        } else {
            out.push((name, words));
        }
    }
    out.into_iter().map(|(n, _)| n.join(" ")).collect()
}

/// The folded forms of a readout's name words, each folded once and known by a number: resolving
/// compares every speaking mention with every other, and folding each time was a tenth of it.
#[derive(Default)]
struct FoldedWords<'a> {
    /// Word as written -> number.
    ids: rustc_hash::FxHashMap<&'a str, usize>,
    /// Folded word -> number: words written differently that fold alike share one.
    by_folded: rustc_hash::FxHashMap<String, usize>,
    /// Number -> folded word.
    words: Vec<String>,
}

impl<'a> FoldedWords<'a> {
    fn id(&mut self, word: &'a str) -> usize {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let folded = folded(word);
        let id = match self.by_folded.get(&folded) {
            Some(&id) => id,
            None => {
                self.words.push(folded.clone());
                self.by_folded.insert(folded, self.words.len() - 1);
                self.words.len() - 1
            }
        };
        self.ids.insert(word, id);
        id
    }
}

/// A titled single word in a list of participants that may be a surname ("Attorney General
/// Garland"), not the adjective of an office's name ("Administrator of the National Oceanographic").
fn is_lone_list_name(word: &str) -> bool {
    plausible_lone_name(word) && !["ic", "al", "ary", "ive", "ous"].iter().any(|end| word.ends_with(end))
}

/// A single capitalised word that may be a surname: not an ordinary word ("Order", "Climate"), a
/// plural ("Advisors", "Legislators") or a participle ("Convening").
fn plausible_lone_name(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    !is_common_word(word)
        && !(singular != word && (is_title(singular) || is_common_word(singular) || singular.ends_with("or")))
        && !word.ends_with("ing")
        && !word.ends_with("ial")
}

fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '“', '"', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(title: &str, body: &str) -> Vec<String> {
        find(title, body)
    }

    /// The grammar `words` scans, as a regex (the scanner replaced it for speed).
    fn words_by_regex(text: &str) -> Vec<(usize, usize)> {
        let word = Regex::new(r"[\p{L}\p{M}][\p{L}\p{M}’'\-]*(?:\.(?:[\p{Lu}]\.)*)?|[0-9][\p{L}0-9\-]*").unwrap();
        word.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    /// The sentences of every fifth file of the bundled corpus.
    fn corpus_sentences() -> Vec<String> {
        let files = crate::text::corpus_files(5);
        files
            .iter()
            .flat_map(|(_, text)| crate::text::sentences(text).into_iter().map(|r| text[r].to_string()))
            .collect()
    }

    fn scan(text: &str) -> Vec<(usize, usize)> {
        let mut out = vec![(7, 7)]; // left over from an earlier sentence: cleared
        words_into(text, &mut out);
        out
    }

    #[test]
    fn every_listed_word_passes_the_shape_test_and_few_others_do() {
        for verb in SPEECH_VERB_LIST.iter().chain(ACTION_VERBS) {
            assert!(VERB_SHAPES.may_hold(verb.as_bytes(), false), "{verb}");
            assert!(!VERB_SHAPES.may_hold(verb.to_uppercase().as_bytes(), false), "{verb}: case matters");
        }
        let participation = WordShapes::of(PARTICIPATION_WORDS.iter().copied());
        for word in PARTICIPATION_WORDS {
            assert!(participation.may_hold(word.as_bytes(), false), "{word}");
            assert!(participation.may_hold(word.to_uppercase().as_bytes(), true), "{word}: folded");
        }
        for particle in PARTICLES {
            assert!(is_particle(particle), "{particle}");
        }
        for common in ["the", "and", "that", "a", "", "é", "of"] {
            assert!(!VERB_SHAPES.may_hold(common.as_bytes(), false), "{common}");
            assert!(!participation.may_hold(common.as_bytes(), true), "{common}");
        }
    }

    #[test]
    fn participation_scan_agrees_with_a_regex() {
        let regex = Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", PARTICIPATION_WORDS.join("|"))).unwrap();
        let mut texts = vec![
            "The Secretary MET with Foreign Minister Wang; they held talks.".to_string(),
            "A co-meeting, a metal phone_call, Phone-call, tele\u{AD}phone, été met café.".to_string(),
            "Nothing here at all".to_string(),
            String::new(),
        ];
        texts.extend(corpus_sentences());
        for text in &texts {
            let expected = regex.find(text).map(|m| (m.range(), m.as_str().to_lowercase()));
            let got = participation_word(text).map(|(r, w)| (r, w.to_string()));
            assert_eq!(got, expected, "{text:?}");
        }
    }

    /// The verb scan as first written, character by character: the reference of the byte scanner.
    fn first_verb_by_chars(sentence: &str, from: usize) -> Option<(usize, bool)> {
        let mut at = from;
        while at < sentence.len() {
            let end =
                sentence[at..].find(|c: char| !(c.is_alphabetic() || c == '-')).map_or(sentence.len(), |i| at + i);
            let word = &sentence[at..end];
            if word.len() >= 3 && (SPEECH_VERBS.contains(word) && word != "calls" || ACTION_VERBS.contains(&word)) {
                return Some((at, ACTION_VERBS.contains(&word)));
            }
            at = end + sentence[end..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    #[test]
    fn verb_scanner_agrees_with_a_scan_by_characters() {
        let mut texts = vec![
            "Blinken said, and Lavrov stressed; co-chaired, -said, said-, Said, x-led signed.".to_string(),
            "Çavuşoğlu saïd, é-said met–said 5said noted’s «said» calls called".to_string(),
            String::new(),
        ];
        texts.extend(corpus_sentences());
        let mut verbs = 0;
        for text in &texts {
            // From every verb on, as find() asks.
            let mut from = 0;
            loop {
                let got = first_verb(text, from);
                assert_eq!(got, first_verb_by_chars(text, from), "{text:?} from {from}");
                let Some((at, _)) = got else { break };
                verbs += 1;
                from = at + 1;
            }
        }
        assert!(verbs > 1000, "{verbs} verbs found: the corpus was read");
    }

    #[test]
    fn word_scanner_agrees_with_its_grammar() {
        for text in [
            "Secretary Blinken’s call with U.S. Ambassador J.D. Smith Jr. on 2023-11-28, the G-7 and 3rd-party…",
            "Çavuşoğlu, Þórdís Kolbrún, e\u{301}lan, O'Brien's co-chair; A.B.C. d.E. x.Y.z 12abc-3 -- '’ ",
            "",
            ".",
            "Mr. Price: Q. And?",
        ] {
            assert_eq!(scan(text), words_by_regex(text), "{text:?}");
        }
        // And on every text of the bundled corpus.
        for (path, text) in crate::text::corpus_files(7) {
            assert_eq!(scan(&text), words_by_regex(&text), "{}", path.display());
        }
    }

    #[test]
    fn attribution_and_participants() {
        let got = speakers(
            "Secretary Blinken’s Calls with Israeli Foreign Minister Ashkenazi",
            "Office of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke with Israeli Foreign Minister Gabi Ashkenazi this morning.",
        );
        assert_eq!(got, vec!["Antony Blinken", "Gabi Ashkenazi", "Ned Price"]);
    }

    #[test]
    fn statement_headline() {
        assert_eq!(
            speakers("Statement from President Joe Biden on Orthodox Easter", "Jill and I send our warmest wishes."),
            vec!["Joe Biden"]
        );
        assert_eq!(
            speakers(
                "Statement by White House Press Secretary Karine Jean-Pierre",
                "Senator Sinema has been a key partner."
            ),
            vec!["Karine Jean-Pierre"]
        );
    }

    #[test]
    fn reported_speech_and_surname_resolution() {
        let got = speakers(
            "Blinken discusses normalization",
            "Secretary of State Antony Blinken discussed the process with Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan.\n\nMatthew Miller, the State Department’s spokesperson, said that Blinken welcomed it.\n\nAzerbaijani media said Aliyev referred to Assistant Secretary of State Jame O’Brien.\n\n“We see a real opportunity,” O’Brien said at a press briefing. “We’re encouraged,” he added.",
        );
        assert_eq!(got, vec!["Antony Blinken", "Nikol Pashinyan", "Ilham Aliyev", "Matthew Miller", "Jame O’Brien"]);
    }

    #[test]
    fn subjects_of_a_list() {
        let got = speakers(
            "Memorandum signed",
            "Today, Under Secretary for Economic Growth Jose Fernandez, U.S. Ambassador to Costa Rica Cynthia Telles, and Foreign Minister Erika Mouynes (Panama) signed a Memorandum.",
        );
        assert_eq!(got, vec!["Jose Fernandez", "Cynthia Telles", "Erika Mouynes"]);
    }

    #[test]
    fn people_only_mentioned_are_not_speakers() {
        for (title, body) in [
            ("Readout", "The Secretary met with Foreign Minister Lavrov to discuss the release of Paul Whelan."),
            ("Statement from President Joe Biden on the Passing of Henry Aaron", "Hank Aaron was a hero."),
            ("Readout", "President Biden congratulated Prime Minister Mark Carney on his election."),
        ] {
            let got = speakers(title, body);
            assert!(
                !got.iter().any(|s| s.contains("Whelan") || s.contains("Aaron") || s.contains("Carney")),
                "{got:?}"
            );
        }
    }

    #[test]
    fn signature_line() {
        let got = speakers(
            "Solomon Islands National Day",
            "Antony J. Blinken, Secretary of State\n\nOn behalf of the United States of America, I send my warmest regards.",
        );
        assert_eq!(got, vec!["Antony Blinken"]);
    }

    #[test]
    fn participant_list() {
        let got = speakers(
            "Readout of White House Meeting",
            "Officials met.\n\nAdministration Participants Included:\n\n- Stephen Benjamin, Assistant to the President\n- Alejandra Y. Castillo, Assistant Secretary of Commerce",
        );
        assert_eq!(got, vec!["Stephen Benjamin", "Alejandra Castillo"]);
    }

    #[test]
    fn names_keep_particles_and_regnal_numbers() {
        let got = speakers(
            "Readout of President Biden’s Meeting with His Majesty King Abdullah II of Jordan",
            "President Biden welcomed Commission President Ursula von der Leyen and Uruguayan President Luis Lacalle Pou.",
        );
        assert_eq!(got, vec!["Biden", "Abdullah II", "Ursula von der Leyen", "Luis Lacalle Pou"]);
    }

    #[test]
    fn headlines_name_their_subjects() {
        assert_eq!(
            speakers("Special Presidential Envoy for Climate Kerry’s Travel to Vietnam", "Text."),
            vec!["Kerry"]
        );
        assert_eq!(
            speakers(
                "Joint Statement by the President of France Emmanuel Macron, Chancellor of Germany Angela Merkel",
                "Text."
            ),
            vec!["Emmanuel Macron", "Angela Merkel"]
        );
        assert_eq!(
            speakers(
                "Readout",
                "Secretary Blinken met President Laurentino Cortizo Cohen. Cortizo said the talks went well."
            ),
            vec!["Blinken", "Laurentino Cortizo Cohen"]
        );
    }

    #[test]
    fn transcripts_speak_through_their_tags() {
        let body = "Ned Price, Department Spokesperson\n\nMR PRICE: Good afternoon. Secretary Blinken said Putin was wrong.\n\nQUESTION: Thanks, Ned. Did Lavrov say anything?\n\nMR PRICE: Foreign Minister Sergey Lavrov said nothing.\n\nQUESTION: Thank you.";
        // Tags give the floor; in the answers, only people reported as saying something speak.
        assert_eq!(speakers("Department Press Briefing", body), vec!["Ned Price", "Blinken", "Sergey Lavrov"]);
        let interview = "QUESTION: Mr. Secretary, welcome.\n\nSECRETARY BLINKEN: Thank you, Chris.\n\nQUESTION: Is Putin bluffing?\n\nSECRETARY BLINKEN: Secretary of State Antony J. Blinken never guesses.";
        assert_eq!(
            speakers("Secretary Antony J. Blinken With Chris Wallace of Fox News Sunday", interview),
            vec!["Antony Blinken", "Chris Wallace"]
        );
    }

    #[test]
    fn gerunds_end_names() {
        assert!(is_gerund("Congratulating") && is_gerund("Marking") && is_gerund("Welcoming") && is_gerund("Running"));
        assert!(!is_gerund("Jinping") && !is_gerund("Fleming"));
    }

    #[test]
    fn ordinary_words_are_no_names() {
        let got = speakers(
            "Readout",
            "Allies stressed their unity. Participants discussed the path ahead. “We’re ready,” they said.",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
