//! The words the speaker stages test: titles, words that are no part of a name, ordinary words,
//! verbs of speech and of taking part, and the tests that read those lists. The lists live in
//! `data/`; each is read once. Tests of a word's shape alone are in `shape`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::super::country;
use super::shape::*;
use crate::text::WordMemory;

const SPEAKER_WORDS_TXT: &str = include_str!("../../../data/speaker_words.txt");

/// The words of one `[section]` of `data/speaker_words.txt`.
pub(super) fn section(name: &str) -> Vec<&'static str> {
    let header = format!("[{name}]");
    let mut lines = SPEAKER_WORDS_TXT.lines().skip_while(|l| l.trim() != header);
    assert!(lines.next().is_some(), "data/speaker_words.txt has no section {header}");
    lines
        .take_while(|l| !l.trim_start().starts_with('['))
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// The words of a `[section]` as a regex alternation, each escaped.
pub(super) fn alternation(name: &str) -> String {
    section(name).iter().map(|word| regex::escape(word)).collect::<Vec<_>>().join("|")
}

/// The words of a `[section]` as a regex alternation of their capitalised forms, as headlines
/// write them: the first letter upper case, a letter after a hyphen in either ("Re-elected" and
/// "Re-Elected").
pub(super) fn capitalised_alternation(name: &str) -> String {
    let capitalised = |word: &str| {
        word.split('-')
            .enumerate()
            .map(|(i, part)| {
                let mut chars = part.chars();
                let Some(first) = chars.next() else { return String::new() };
                let upper: String = first.to_uppercase().collect();
                let rest = regex::escape(chars.as_str());
                if i == 0 { format!("{}{rest}", regex::escape(&upper)) } else { format!("[{upper}{first}]{rest}") }
            })
            .collect::<Vec<_>>()
            .join("-")
    };
    section(name).iter().map(|word| capitalised(word)).collect::<Vec<_>>().join("|")
}

pub(super) const TITLES_TXT: &str = include_str!("../../../data/titles.txt");

pub(super) const NOT_NAME_TXT: &str = include_str!("../../../data/not_name_words.txt");
pub(super) const COMMON_TXT: &str = include_str!("../../../data/common_words.txt");
pub(super) const ORDINARY_TXT: &str = include_str!("../../../data/ordinary_words.txt");

/// The word lists' data, as part of the extractor's version.
pub(crate) const DATA_VERSION_INPUT: &str = concat!(
    include_str!("../../../data/titles.txt"),
    include_str!("../../../data/not_name_words.txt"),
    include_str!("../../../data/common_words.txt"),
    include_str!("../../../data/ordinary_words.txt"),
    include_str!("../../../data/speaker_words.txt")
);

pub(super) fn word_set(data: &'static str) -> HashSet<&'static str> {
    data.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
}

pub(super) static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(TITLES_TXT));
pub(super) static NOT_NAME: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(NOT_NAME_TXT));
pub(super) static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(COMMON_TXT));
static ORDINARY: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(ORDINARY_TXT));

/// True for a common word ([`is_common_word`]) or one the corpus writes in lower case less often
/// ("Hurricane", "Outlook"): names are rarely made of such words alone, but a given name may be one
/// ("Dawn"), so only a run of them all is taken for a phrase.
pub(super) fn is_ordinary_word(word: &str) -> bool {
    is_common_word(word) || with_lowercase(word, |lower| ORDINARY.contains(lower))
}

/// True for a word the corpus often writes in lower case ("Growth", "Economic"); a hyphenated word
/// when all its parts are ("Climate-related").
pub(super) fn is_common_word(word: &str) -> bool {
    with_lowercase(word, |lower| {
        COMMON.contains(lower) || lower.contains('-') && lower.split('-').all(|part| COMMON.contains(part))
    })
}

/// A word in lower case that joins an office's capitalised words: "Secretary of State", "Advisor
/// for Cyber & Emerging Technology", "Minister of Foreign Affairs and Trade".
pub(super) fn is_office_joining_word(word: &str) -> bool {
    matches!(word, "of" | "for" | "the" | "and" | "&")
}

/// Particles that may stand inside a name in lower case ("Ursula von der Leyen").
pub(super) static PARTICLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("particles"));

/// One of [`PARTICLES`]; a test of the first byte and the length first, as the word after every
/// capitalised word is asked.
pub(super) fn is_particle(word: &str) -> bool {
    word.len() <= 5 && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && PARTICLES.contains(&word)
}

/// A `[section]` of `data/speaker_words.txt` asked about capitalised words in any case: a word
/// longer than the longest listed is turned away before it is lowered.
struct FoldedWords {
    words: HashSet<&'static str>,
    longest: usize,
}

impl FoldedWords {
    fn of(section_name: &str) -> FoldedWords {
        let words: HashSet<&'static str> = section(section_name).into_iter().collect();
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        FoldedWords { words, longest }
    }

    /// Whether `word`, lowered, is listed.
    fn holds(&self, word: &str) -> bool {
        word.len() <= self.longest && with_lowercase(word, |w| self.words.contains(w))
    }
}

/// Given names that are also common words ("Mark", "Bill"): see [`is_given_name_word`].
static GIVEN_NAME_WORDS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("given names also words"));

/// A capitalised given name that is also a common word: it opens a name before a surname.
pub(super) fn is_given_name_word(word: &str) -> bool {
    GIVEN_NAME_WORDS.holds(word)
}

/// Words that end an organisation's name ("Association", "Center"): see [`is_organisation_word`].
static ORGANISATION_WORDS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("organisation words"));

/// A word that ends an organisation's name: a name right before it names the organisation
/// ("National Rifle Association", "the Biden Administration").
pub(super) fn is_organisation_word(word: &str) -> bool {
    ORGANISATION_WORDS.holds(word.trim_end_matches(['.', ',', ';', ':']))
}

/// Words that end no name but open a surname right after a title ("Park"): see
/// [`opens_surname_after_title`].
static SURNAME_PLACE_WORDS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("surnames also place words"));

/// A word that ends no name elsewhere but opens a name right after a title: "Foreign Minister
/// Park Jin".
pub(super) fn opens_surname_after_title(word: &str) -> bool {
    SURNAME_PLACE_WORDS.holds(word)
}

/// Words that end no name but may be a surname after a given name ("Thomas West"): see
/// [`is_surname_word`].
static SURNAME_WORDS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("surnames also words"));

/// A word that ends no name elsewhere but may be a surname right after a given name: "Thomas
/// West", "Katori Hall".
pub(super) fn is_surname_word(word: &str) -> bool {
    SURNAME_WORDS.holds(word)
}

/// Surnames shaped as a verb's -ing form ("Kathy Manning", "Natalya Browning"): see [`is_breaker`].
static GERUND_SURNAMES: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("surnames like gerunds"));

/// Given names that are also a country's, a state's or a faith's word: see
/// [`is_given_name_place_word`].
static GIVEN_NAME_PLACE_WORDS: LazyLock<FoldedWords> =
    LazyLock::new(|| FoldedWords::of("given names also place words"));

/// A word that cuts names elsewhere (a country, a state, a faith) but is a given name before a
/// surname: "Christian Lindner", "Chad Sniffen", "Jordan Meachum".
pub(super) fn is_given_name_place_word(word: &str) -> bool {
    GIVEN_NAME_PLACE_WORDS.holds(word)
}

/// Title words that are also surnames ("King", "Pope"): see [`is_surname_title`].
static SURNAME_TITLES: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("surnames also titles"));

/// A title word that ends a name after a title and a given name: "Delegate Candi King".
pub(super) fn is_surname_title(word: &str) -> bool {
    SURNAME_TITLES.holds(word)
}

/// Verbs that report speech when what they give is speech ("provided opening remarks").
pub(super) static GIVING_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| section("giving verbs").into_iter().collect());

/// What a giving verb gives when it reports speech ("remarks", "an update").
static WHAT_IS_SAID: LazyLock<HashSet<&'static str>> = LazyLock::new(|| section("what is said").into_iter().collect());

/// True when the giving verb `verb`, followed by `after`, gives speech: "remarks", "an overview"
/// or "an update" among the three words after it.
pub(super) fn gives_speech(verb: &str, after: &str) -> bool {
    let list = if matches!(verb, "sent" | "sends" | "put" | "puts") { &*WHAT_IS_SENT } else { &*WHAT_IS_SAID };
    after.split_whitespace().take(3).any(|w| list.contains(w.trim_end_matches(|c: char| !c.is_alphabetic())))
}

/// What "sent" or "put" gives when it is speech: a narrower list than [`gives_speech`]'s.
static WHAT_IS_SENT: LazyLock<HashSet<&'static str>> = LazyLock::new(|| section("what is sent").into_iter().collect());

/// Verbs of meeting ("met", "hosted", "convened"): in a time gone by, a meeting recalled
/// ([meeting verbs]).
pub(super) fn is_meeting_verb(word: &str) -> bool {
    static MEETING_VERBS: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| section("meeting verbs").into_iter().collect());
    MEETING_VERBS.contains(word)
}

/// A gathering people take part in ("meeting", "summit", "roundtable"): the `[gatherings]`
/// section of `data/speaker_words.txt`.
pub(super) fn is_gathering(word: &str) -> bool {
    static GATHERINGS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("gatherings"));
    GATHERINGS.holds(word) || word.strip_suffix('s').is_some_and(|w| GATHERINGS.holds(w))
}

/// A rank before a lone word that makes the word a surname ("Administrator Power").
pub(super) fn is_rank_before_surname(word: &str) -> bool {
    static RANKS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("ranks before a surname"));
    RANKS.holds(word)
}

/// A word in lower case after a name that makes the name an event's ("the Khaan Quest
/// exercise"): the `[events named]` section of `data/speaker_words.txt`.
pub(super) fn is_event_named(word: &str) -> bool {
    static EVENTS_NAMED: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| section("events named").into_iter().collect());
    EVENTS_NAMED.contains(word.trim_end_matches(['.', ',', ';', ':']))
}

/// A word that names a storm: the name after it is the storm's ("Hurricane Henri"). The `[storm
/// words]` section of `data/speaker_words.txt`.
pub(super) fn is_storm_word(word: &str) -> bool {
    static STORM_WORDS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("storm words"));
    STORM_WORDS.holds(word)
}

/// A title word that names an office's field or qualifies it ("State", "Security", "Senior"):
/// such words alone make no surname of the lone word after them ("the State Dining Room"). The
/// `[office words]` section of `data/speaker_words.txt`.
pub(super) fn is_office_word(word: &str) -> bool {
    static OFFICE_WORDS: LazyLock<FoldedWords> = LazyLock::new(|| FoldedWords::of("office words"));
    OFFICE_WORDS.holds(word)
}

/// Verbs of speech or stated position: their subject speaks ("Miller said", "X and Y discussed").
pub(super) static SPEECH_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SPEECH_VERB_LIST.iter().copied().collect());
pub(super) static SPEECH_VERB_LIST: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("speech verbs"));

/// Verbs of action rather than speech: their subjects take part only as one of several ("X, Y and
/// Z signed the memorandum"), since a lone subject is as often history ("Johnson signed the Act").
pub(super) static ACTION_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| section("action verbs").into_iter().chain(PRESENT_OF_SEVERAL.iter().copied()).collect());

/// Verbs in the present tense of several subjects ("President Yoon and Prime Minister Kishida
/// welcome"): actions, but not after a modal ("will discuss", a meeting to come).
pub(super) static PRESENT_OF_SEVERAL: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("present of several"));

/// Feelings that state a position after a form of "be" ("President Biden is deeply concerned").
pub(super) static FEELINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("feelings"));

/// A feeling that states a position after "be" ([`FEELINGS`]). Checked on most words of a
/// sentence that names someone: the length test rules out most of them before the list.
pub(super) fn is_feeling(word: &str) -> bool {
    (5..=12).contains(&word.len()) && FEELINGS.contains(&word)
}

/// Whether a feeling, followed by `after`, states a position: "clear" only when what is clear
/// follows ("has been clear that …", "was clear: …", "clear about"), not "The choice is clear."
pub(super) fn feeling_states(word: &str, after: &str) -> bool {
    word != "clear" || {
        let rest = after.trim_start();
        rest.starts_with(':') || matches!(first_word(rest), "that" | "about" | "on" | "from" | "in" | "with")
    }
}

/// A form of "be" after which a feeling states a position ("Harris was deeply saddened"): one
/// person's, or with `plural` several people's ("Biden and Harris are", "… have been").
pub(super) fn is_be(word: &str, plural: bool) -> bool {
    if plural {
        matches!(word, "are" | "were" | "remain" | "remained" | "been")
    } else {
        matches!(word, "is" | "was" | "remains" | "remained" | "been")
    }
}

/// Whether a verb of speech right after a form of "be" is a passive ("Mr. Kirby was asked
/// about", "when Puneet Talwar is confirmed"): the person was spoken to, and speaks only in the
/// progressive ("is now saying"), as one briefed (who took part in the briefing), or in "is
/// committed to" (a position).
pub(super) fn is_passive_speech(verb: &str) -> bool {
    !verb.ends_with("ing") && !matches!(verb, "briefed" | "committed")
}

/// Whether `before` ends with a form of "be" ([`is_be`]'s, "remains" among them, or "be" and
/// "being"), past helper words ("was also", "has been"): the verb after it is a passive or a
/// progressive.
pub(super) fn ends_with_be(before: &str) -> bool {
    for word in before.split_whitespace().rev().take(3) {
        if is_be(word, false) || is_be(word, true) || matches!(word, "being" | "be") {
            return true;
        }
        if !(HELPERS.contains(&word) || word == "not") {
            return false;
        }
    }
    false
}

/// Helper words that may stand between a subject and its verb ("Blinken also stressed").
pub(super) static HELPERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("helpers"));

/// Where the name or office that `text` opens with ends: at its first word in lower case that
/// joins no office or name ("Under Secretary for Economic Growth, Energy, and the Environment Jose
/// Fernandez, will …", "Foreign Minister Kuleba on the war"), as a byte offset into `text`.
pub(super) fn name_run_end(text: &str) -> usize {
    let mut at = 0;
    for word in text.split(' ') {
        if word.starts_with(char::is_lowercase) && !matches!(word, "and" | "of" | "for" | "the") && !is_particle(word) {
            return at;
        }
        at += word.len() + 1;
    }
    text.len()
}

/// Verbs whose objects also take part ("spoke with X", "met X", "hosted X").
pub(super) static PARTICIPATION: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PARTICIPATION_WORDS.iter().copied().collect());
pub(super) static PARTICIPATION_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("participation words"));

/// Speech before the name: "… ,” said Miller", "said Secretary Blinken".
pub(super) static SPEECH_BEFORE: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("speech before"));

/// Whether what `rest` says was had (the text after "had") is an exchange, a noun of one named
/// within ten words, past asides and quotes: a gathering, speech or a word of `[exchanges had]`
/// ("had a productive call with", "had, I think, a very substantive discussion", "had dinner
/// with", "had the opportunity to meet"); not a verb ("he had led", "few had jobs").
pub(super) fn had_as_an_exchange(rest: &str) -> bool {
    static EXCHANGES_HAD: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("exchanges had"));
    let words =
        rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
    words.take(10).any(|w| {
        with_lowercase(w, |w| {
            is_gathering(w)
                || is_what_is_said(w)
                || EXCHANGES_HAD.iter().any(|e| *e == w || w.strip_suffix('s') == Some(*e))
        })
    })
}

/// What someone joins as a member ("has joined the Department of State"): no exchange.
pub(super) static BODIES_JOINED: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("bodies joined"));

/// Relatives before "of" and a name ("widow of Alexey Navalny"): the name is talked about.
pub(super) static KIN_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("kin nouns"));

/// Kin of one person, after a possessive ("the President’s son, Hunter Biden"): the `[kin of one]`
/// section of `data/speaker_words.txt`.
pub(super) static KIN_OF_ONE: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("kin of one"));

/// Nouns of officials as a group ("heads", "leaders"): officials "including" named ones follow.
pub(super) static GROUP_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("group nouns"));

/// Nouns and verbs of speech before "by" or "from": "the announcement by X", "as outlined by X"
/// report X's words.
pub(super) static SPEECH_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("speech nouns"));

/// Speech a possessive names as its owner's: "Chair Menendez’s letter" (not "Gandhi’s message of
/// truth", a legacy, nor "President Biden’s call", an event).
pub(super) static POSSESSED_SPEECH: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("possessed speech"));

/// Whether a word names speech given ([`gives_speech`]'s list): "briefing", "remarks".
pub(super) fn is_what_is_said(word: &str) -> bool {
    WHAT_IS_SAID.contains(word)
}

/// A preposition right before a mention makes it the object of something else ("the release of").
pub(super) static PREPOSITION_BEFORE: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("preposition before"));

/// The words [`super::roles::ATTRIBUTION`] can end with: a cheap test before the regex.
pub(super) static ATTRIBUTION_LAST: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("attribution last"));

/// The words before a headline's topic, whom a headline attributed to its first name does not
/// make a speaker: "Statement on Micron Chips Announcement", "Statement by the President on …".
pub(super) static HEADLINE_TOPIC: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("headline topic"));

/// A surname written with its particle in lower case and a hyphen: "al-Jubeir", "el-Sisi". It goes
/// on a name ("Adel al-Jubeir") but opens none: "al-Shabaab" alone is no person.
pub(super) fn is_particle_joined(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(particle, rest)| is_particle(particle) && rest.chars().next().is_some_and(char::is_uppercase))
}

pub(super) fn is_title(word: &str) -> bool {
    let w = strip_possessive(word).trim_end_matches('.');
    // Plurals too: "Co-Chairs", "Advisors", "Presidents Biden and Macron".
    TITLES.contains(w)
        || w.strip_suffix('s').is_some_and(|singular| TITLES.contains(singular))
        || country::is_demonym(w)
        // "President-Elect", "Prime Minister-designate": a title with its state.
        || w.split_once('-').is_some_and(|(office, state)| {
            TITLES.contains(office) && matches!(state, "Elect" | "elect" | "Designate" | "designate" | "Nominee")
        })
}

static INITIALS_ALIKE: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("initials alike"));

/// Whether `word` is a given name's initials run together ("J.B." of "J.B. Pritzker", "P.K.
/// Mishra", "J.R. Littlejohn"): two or three capitals, each with its period, and none of the
/// abbreviations written alike, listed in data/speaker_words.txt ("U.S.", "D.C.", "H.E." for His
/// Excellency, "H.R. 7776", "J.P. Morgan").
pub(super) fn are_given_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    matches!(bytes.len(), 4 | 6)
        && bytes.chunks(2).all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
        && !INITIALS_ALIKE.contains(&word)
}

/// True for a capitalised word that cannot be part of a person's name.
pub(super) fn is_breaker(word: &str) -> bool {
    // "A." and "I." are middle initials ("Lisa A. Cooper"), whatever "A" and "I" are alone.
    if word.ends_with('.') && is_initial(word) || are_given_initials(word) {
        return false;
    }
    let w = strip_possessive(word).trim_end_matches('.');
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    NOT_NAME.contains(w)
        || country::is_country_word(w)
        || (w.contains('-') && w.split('-').any(|part| country::is_country_word(part) || NOT_NAME.contains(part)))
        || (letters > 1
            && w.trim_end_matches('s').chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !is_regnal_number(w))
        || (letters > 5 && is_gerund(w) && !GERUND_SURNAMES.holds(w))
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
            .any(|s| w.ends_with(s))
            && !is_ness_surname(w)
            // No English word ends in "-vics": Latvian and Hungarian surnames do ("Rinkevics").
            && !w.ends_with("vics"))
}

/// A word in "-ness" whose stem is no English word is a surname ("Holness"), not a noun like
/// "Highness", "Wellness" or "Business".
fn is_ness_surname(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ness") else { return false };
    let stem = stem.to_lowercase();
    !(is_ordinary_word(&stem)
        || stem.strip_suffix('i').is_some_and(|s| is_ordinary_word(&format!("{s}y")))
        || stem.ends_with("less")
        || stem.ends_with("ful")
        || stem.ends_with("ive")
        || stem.ends_with("ous"))
}

/// A verb's -ing form ("Congratulating", "Marking"), known by its root being an ordinary word.
pub(super) fn is_gerund(word: &str) -> bool {
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

/// A memory of a pure function of a string, one per thread (no locks).
pub(super) type Memory<V> = std::cell::RefCell<Option<WordMemory<V>>>;

/// `compute(key)`, from `memory` (of at most `max_keys` keys) when it was asked before on this thread.
pub(super) fn remembered<V: Copy>(
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
pub(super) fn word_class(word: &str) -> (bool, bool) {
    thread_local! {
        static CLASSES: Memory<(bool, bool)> = Default::default();
    }
    // A few MB at most.
    remembered(&CLASSES, 100_000, word, |w| (is_title(w), is_breaker(w)))
}

/// True for a phrase that names a state or a place, remembered per thread: "United States" comes
/// back in nearly every readout, and looking it up folds it anew each time.
pub(super) fn names_a_place(phrase: &str) -> bool {
    thread_local! {
        static PLACES: Memory<bool> = Default::default();
    }
    remembered(&PLACES, 50_000, phrase, |p| country::is_country(p) || country::is_place_phrase(p))
}

/// A titled single word in a list of participants that may be a surname ("Attorney General
/// Garland"), not the adjective of an office's name ("Administrator of the National Oceanographic").
pub(super) fn is_lone_list_name(word: &str) -> bool {
    plausible_lone_name(word) && !["ic", "al", "ary", "ive", "ous"].iter().any(|end| word.ends_with(end))
}

/// A single capitalised word that may be a surname: not an ordinary word ("Order", "Climate"), a
/// plural ("Advisors", "Legislators") or a participle ("Convening").
pub(super) fn plausible_lone_name(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    !is_common_word(word)
        && !(singular != word && (is_title(singular) || is_common_word(singular) || singular.ends_with("or")))
        && !word.ends_with("ing")
        && !word.ends_with("ial")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_in_capitals_take_a_name_s_case() {
        assert_eq!(name_case("PRICE"), "Price");
        assert_eq!(name_case("AL-THANI"), "Al-Thani");
        assert_eq!(name_case("JEAN-PIERRE"), "Jean-Pierre");
        assert_eq!(name_case("O’NEILL"), "O’Neill");
        assert_eq!(name_case("O'"), "O'");
    }

    #[test]
    fn a_section_becomes_an_alternation_of_its_words_as_headlines_write_them() {
        let befallen = regex::Regex::new(&format!("^(?:{})$", capitalised_alternation("befallen"))).unwrap();
        for word in ["Elected", "Re-elected", "Re-Elected", "Sworn", "Freed"] {
            assert!(befallen.is_match(word), "{word}");
        }
        for word in ["elected", "RE-ELECTED", "Reelected", "Met"] {
            assert!(!befallen.is_match(word), "{word}");
        }
        let befalls = regex::Regex::new(&format!("^(?:{})$", alternation("befalls them"))).unwrap();
        assert!(befalls.is_match("re-election") && befalls.is_match("swearing-in") && !befalls.is_match("re election"));
    }

    #[test]
    fn gerunds_end_names() {
        assert!(is_gerund("Congratulating") && is_gerund("Marking") && is_gerund("Welcoming") && is_gerund("Running"));
        assert!(!is_gerund("Jinping") && !is_gerund("Fleming"));
        assert!(is_breaker("Welcoming") && !is_breaker("Manning") && !is_breaker("Browning"));
    }

    #[test]
    fn every_section_of_the_word_file_is_read() {
        for list in [
            &*PARTICLES,
            &*SPEECH_VERB_LIST,
            &*ACTION_VERBS,
            &*PRESENT_OF_SEVERAL,
            &*HELPERS,
            &*FEELINGS,
            &*PARTICIPATION_WORDS,
            &*SPEECH_BEFORE,
            &*PREPOSITION_BEFORE,
            &*ATTRIBUTION_LAST,
            &*HEADLINE_TOPIC,
        ] {
            assert!(!list.is_empty());
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{list:?}");
        }
        assert!(SPEECH_VERB_LIST.contains(&"said") && PARTICIPATION_WORDS.contains(&"met"));
    }
}
