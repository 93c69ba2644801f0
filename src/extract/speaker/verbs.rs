//! Verbs and their subjects: the first verb of speech or action in a sentence, where its subject
//! starts, whether a mention is that subject, and the forms that make a verb no report of speech
//! or participation (passive, future).

use std::sync::LazyLock;

use regex::Regex;

use super::super::country;
use super::mentions::*;
use super::shape::*;
use super::words::*;

/// An action that a person takes part in alone: signing for a side ("signed for the United
/// States", "signed the Accords on behalf of Bahrain") or signing a joint statement, leading or
/// heading a delegation ("led the Cuban delegation"), being present ("Ambassador Brink was also
/// present", "Secretary Blinken was in attendance").
static ACTS_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:signed (?:for|on behalf of) |signed (?:[\w.’'-]+ ){1,4}?on behalf of |signed (?:the|this) (?:joint )?(?:statement|declaration|communiqu[eé])|(?:led|headed) (?:the |a |their |his |her )?(?:[\w.’'-]+ ){0,3}delegation|present(?-u:\b)|attendance(?-u:\b))")
        .expect("static regex")
});

/// An action that is taking part in a gathering, alone as well: "Gene Sperling opened today’s
/// convening", "Neera Tanden moderated the discussion", "Jon Finer joined the call". Not "opened an
/// embassy", "joined the coalition", "attended the funeral".
static TAKES_PART_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:opened|chaired|co-chaired|moderated|headlined|keynoted|attended|participated in|joined|co-hosted) (?:[\w.’'-]+ ){{0,4}}?(?i:round table|{})s?(?-u:\b)",
        section("gatherings").join("|")
    ))
    .expect("static regex")
});

/// The shapes of [`SPEECH_VERBS`], [`ACTION_VERBS`] and [`GIVING_VERBS`].
pub(super) static VERB_SHAPES: LazyLock<WordShapes> = LazyLock::new(|| {
    WordShapes::of(SPEECH_VERB_LIST.iter().chain(ACTION_VERBS.iter()).chain(GIVING_VERBS.iter()).copied())
});

/// The first verb of speech or action of a sentence from byte `from` on, as a byte offset, and
/// whether it is an action. A giving verb is one of speech when speech follows it ("provided
/// opening remarks", "released an open letter", see [`gives_speech`]), even when it is an action
/// verb too.
pub(super) fn first_verb(sentence: &str, from: usize) -> Option<(usize, bool)> {
    // Words are runs of letters and hyphens.
    let mut at = from;
    while at < sentence.len() {
        let end = run_end(sentence, at, |b| b.is_ascii_alphabetic() || b == b'-', char::is_alphabetic);
        let word = &sentence[at..end];
        // A position stated as a feeling by several: "President Biden and Vice President Harris
        // are deeply concerned", "Senator Dodd and Congresswoman Mucarsel-Powell are confident".
        // The verb is "be" (the feeling after it would read as a passive).
        if is_feeling(word)
            && feeling_states(word, &sentence[end..])
            && let Some(be) = be_before(&sentence[from..at])
        {
            return Some((from + be, false));
        }
        // After an article or a possessive the form is an adjective: "an extended pause", "their
        // shared values", "his stated position".
        if VERB_SHAPES.may_hold(word.as_bytes(), false) && !after_determiner(&sentence[from..at]) {
            // "issued a statement" is speech where "issued Executive Order 14035" is an act.
            let gives = GIVING_VERBS.contains(word) && gives_speech(word, &sentence[end..]);
            let action = ACTION_VERBS.contains(&word) && !planned(sentence, at, word);
            if gives || action || reports_speech(sentence, from, at, word) {
                return Some((at, action && !gives));
            }
        }
        // Past the character that ended the word.
        at = end + char_at(sentence, end).map_or(1, char::len_utf8);
    }
    None
}

/// Whether the word after `before` follows an article or a possessive.
fn after_determiner(before: &str) -> bool {
    before.ends_with(' ')
        && matches!(
            last_word(before.trim_end()),
            "a" | "an" | "the" | "An" | "The" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
        )
}

/// Whether `word`, at byte `at` of `sentence` (its clause read from `from`), is a verb of speech
/// that reports speech: not "calls" (a noun as often), nor a passive ("Mr. Kirby was asked about
/// it" reports no speech of his).
fn reports_speech(sentence: &str, from: usize, at: usize, word: &str) -> bool {
    is_speech_verb_before(word, &sentence[at + word.len()..])
        && word != "calls"
        && !(is_passive_speech(word) && ends_with_be(&sentence[from..at]))
}

/// Whether `word` is a verb of speech given the words `after` it: "called" is not before a thing
/// called ([`calls_a_thing`]).
pub(super) fn is_speech_verb_before(word: &str, after: &str) -> bool {
    SPEECH_VERBS.contains(word)
        && !(word == "called" && calls_a_thing(after))
        // "as General Keane pointed out", not "pointed his missiles at".
        && (word != "pointed" || after.trim_start().starts_with("out"))
        // "Thulin sought to receive paramilitary training": an attempt, not a position stated
        // ("sought assurances", "seeks a ceasefire" are).
        && !(matches!(word, "sought" | "seeks") && after.trim_start().starts_with("to "))
}

/// Whether what follows "called" (`after`) is a service or a vote called, not someone spoken to,
/// a call for something or a thing named: "Sonya called the police", "called 911", "called a
/// vote"; not "called the President", "called the families", "called on Congress", "called the
/// attack on the hospital a war crime". Only these nouns: "called" names a thing ("called the
/// strikes an act of terror") as often as it calls one.
pub(super) fn calls_a_thing(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let mut noun = words.next().unwrap_or("");
    if matches!(noun, "the" | "a" | "an") {
        noun = words.next().unwrap_or("");
    }
    let noun = without_trailing_punctuation(noun);
    let named_after = words.next().is_some_and(|w| matches!(w, "a" | "an" | "the"));
    matches!(noun, "police" | "911" | "ambulance" | "hotline" | "vote" | "election" | "elections") && !named_after
}

/// Where the plural "be" that ends `before` starts, its helpers after it ("are deeply", "have
/// been"), right after a name ("Harris are"; not "Hong Kongers who are"). A single subject's
/// feeling is read after its name ([`super::context::speech_follows`]); both take their forms of
/// "be" from [`is_be`].
fn be_before(before: &str) -> Option<usize> {
    let mut rest = before.trim_end();
    for _ in 0..4 {
        let word = &rest[rest.rfind(' ').map_or(0, |i| i + 1)..];
        let mut start = rest.len() - word.len();
        if is_be(word, true) {
            // "President Biden and Vice President Harris have been clear".
            if word == "been" {
                let head = rest[..start].trim_end();
                let have = &head[head.rfind(' ').map_or(0, |i| i + 1)..];
                if !matches!(have, "have" | "had") {
                    return None;
                }
                start = head.len() - have.len();
            }
            // The name's last word, whatever its letters ("Erdoğan are").
            let head = rest[..start].trim_end();
            let subject_end =
                head[head.rfind(' ').map_or(0, |i| i + 1)..].trim_end_matches(|c: char| !c.is_alphabetic());
            return (is_capitalised(subject_end) && !is_breaker(subject_end)).then_some(start);
        }
        if !HELPERS.contains(&word) {
            return None;
        }
        rest = rest[..start].trim_end();
    }
    None
}

/// Whether `word`, a verb at byte `at` of `sentence` in the present of several subjects, is no
/// present of named subjects: a plan ("will discuss", "may announce", "to help urge", "will meet
/// … and reaffirm": a modal anywhere before it in its clause), or not right after a name (past
/// its helpers: "… between President Biden and President Putin, and I strongly welcome").
fn planned(sentence: &str, at: usize, word: &str) -> bool {
    PRESENT_OF_SEVERAL.contains(&word)
        && {
            let before = &sentence[..at];
            let mut words = before.split_whitespace().rev().skip_while(|w| is_one_of(w, &HELPERS));
            let subject = words.next().unwrap_or("");
            is_future(before)
            || !subject.starts_with(char::is_uppercase)
            || matches!(subject, "I" | "We" | "They") && !ends_with_someone_and_i(before)
            // A modal, or a condition or time yet to come: "if President Putin and President
            // Zelenskyy agree", "once …".
            || clause_of_own_subject(before).split_whitespace().any(|w| {
                matches!(w, "will" | "would" | "shall" | "if" | "If" | "once" | "Once" | "until" | "unless" | "when" | "When")
            })
        }
}

/// Whether the subject right before a verb (`before`, past its helpers) is "X and I": "Vice
/// President Harris and I believe", a named person with the one speaking; not "… President
/// Putin, and I strongly welcome it", a clause of the speaker's own, nor a question, condition or
/// time to come ("whether President Xi and I agree", "if Prime Minister Kishida and I meet", "when
/// President Lula and I meet").
pub(super) fn ends_with_someone_and_i(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().skip_while(|w| is_one_of(w, &HELPERS));
    words.next() == Some("I")
        && words.next() == Some("and")
        && words.next().is_some_and(|w| !w.ends_with(',') && w.starts_with(char::is_uppercase))
        && !before.rsplit([',', ';', ':']).next().unwrap_or(before).split_whitespace().any(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            ["whether", "if", "unless", "when", "once"].iter().any(|c| w.eq_ignore_ascii_case(c))
        })
}

/// The end of `before` from its last ", and " or "; " that opens a clause with a subject of its
/// own (a capitalised word follows): "We will continue …, and President Yoon and Prime Minister
/// Kishida welcome" (not "will meet to discuss A, B, and reaffirm").
fn clause_of_own_subject(before: &str) -> &str {
    let opens_subject = |i: usize, sep: &str| before[i + sep.len()..].starts_with(char::is_uppercase);
    let last = [", and ", "; "]
        .iter()
        .filter_map(|sep| before.rmatch_indices(sep).find(|&(i, _)| opens_subject(i, sep)).map(|(i, m)| i + m.len()))
        .max();
    last.map_or(before, |i| &before[i..])
}

/// Where the subject of the verb at `verb` starts: after the last dash, semicolon or "including"
/// before it, so that an aside is not taken for the subject.
pub(super) fn subject_start(sentence: &str, verb: usize) -> usize {
    static ASIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r" [–—] |; |(?-u:\b)including(?-u:\b)|(?-u:\b)such as(?-u:\b)|(?-u:\b)among them(?-u:\b)|(?-u:\b)like(?-u:\b)").expect("static regex")
    });
    ASIDE.find_iter(&sentence[..verb]).last().map_or(0, |m| m.end())
}

/// Whether the verb after `before` is in the future or an infinitive: "will meet", "will also
/// meet", "would host", "to meet", and a gathering's "to be hosted by" ([`is_gathering_to_come`]).
/// An infinitive is mostly a plan ("will travel to Cairo to meet") or a memory ("I had the honor
/// to meet"): counting every "to meet" as a meeting read out lowered precision on every dev sample
/// (stratified dev 0.903 -> 0.900, fresh samples 0.921 -> 0.915). Only an infinitive done gladly or
/// when given the chance ("was pleased to meet", "had another opportunity to speak to") is read out.
pub(super) fn is_future(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().peekable();
    words.next_if(|w| is_time_adverb(w));
    let last = words.next().unwrap_or("");
    if last == "to" {
        return !done_gladly_or_when_given_the_chance(words);
    }
    is_future_auxiliary(last) || is_gathering_to_come(before)
}

/// Whether `before` ends with a gathering and the passive infinitive of one to come: "the summit
/// to be" (hosted by President Biden). Only after a gathering's noun: "delighted to be joined by",
/// "an honor to be received by" read out the present. (Not "will be led by" either: the
/// annotators of the speaker gold count the leaders of delegations announced for later.)
pub(super) fn is_gathering_to_come(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next() == Some("be") && words.next() == Some("to") && words.next().is_some_and(is_gathering)
}

/// Whether a verb's -ing form after `before` is the future's progressive: "I will be meeting with
/// President Zelenskyy", "we’ll also be hosting" (not "will be joined by", a passive).
pub(super) fn is_future_progressive(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().peekable();
    words.next_if(|w| is_time_adverb(w));
    words.next() == Some("be") && {
        words.next_if(|w| is_time_adverb(w));
        words.next().is_some_and(is_future_auxiliary)
    }
}

/// "will", "would", "shall", "we’ll".
fn is_future_auxiliary(word: &str) -> bool {
    matches!(word, "will" | "would" | "shall") || word.ends_with("’ll") || word.ends_with("'ll")
}

/// An adverb between the future's auxiliary and its verb: "will also meet".
fn is_time_adverb(word: &str) -> bool {
    matches!(word, "also" | "then" | "first" | "later" | "separately" | "virtually")
}

/// Whether `before` ends with a verb of the future that makes the event noun after it (past a
/// determiner, an adjective or an event's name) one to come: "the Secretary will hold a
/// bilateral meeting with Foreign Minister X", "She will have a working lunch with Foreign
/// Minister Y", "will then … before traveling to Matera to attend the G20 Foreign Affairs
/// Ministerial Meeting". [`is_future`] reads only the word right before the event, here
/// "bilateral". An infinitive is a purpose, not the future, unless "will" or "would" came before
/// it: "stopped in London to have a working lunch with Foreign Secretary X" reads the lunch out.
pub(super) fn is_event_to_come(before: &str) -> bool {
    let mut rest = before.trim_end();
    for _ in 0..6 {
        let mut word = last_word(rest);
        let mut head = &rest[..rest.len() - word.len()];
        // "co-host", "co-chair": one word.
        if let Some(co) = head.strip_suffix("co-") {
            word = &rest[co.len()..];
            head = co;
        }
        // A word cut off by punctuation ends the phrase: "…, met" is another clause.
        if word.is_empty() || !head.is_empty() && !head.ends_with(' ') {
            return false;
        }
        rest = head.trim_end();
        // Not "be": "She will be joined by X" reads the company out (company to come is told
        // apart where the list is read).
        if holds_an_event(word) && word != "be"
            || matches!(word, "host" | "attend" | "convene" | "chair" | "pay" | "make")
        {
            let intended = last_word(rest) != "to" || rest.contains(" will ") || rest.contains(" would ");
            return is_future(rest) && intended;
        }
    }
    false
}

/// A verb that holds an event named after it, in "will hold talks with", "will have a call
/// with", "will co-host a meeting with".
pub(super) fn holds_an_event(word: &str) -> bool {
    word.starts_with("co-") || matches!(word, "hold" | "have" | "be" | "lead" | "join")
}

/// Whether the words before an infinitive's "to", last first, make it something done: "was
/// pleased to meet", "were honored to host", "had another opportunity to speak to". Not "hopes to
/// meet", "looks forward to", "would be pleased to".
fn done_gladly_or_when_given_the_chance<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let word = words.next().unwrap_or("");
    if matches!(word, "pleased" | "honored" | "honoured" | "glad" | "delighted" | "proud" | "happy" | "thrilled") {
        let word = words.next().unwrap_or("");
        let word = if matches!(word, "very" | "so" | "especially" | "particularly") {
            words.next().unwrap_or("")
        } else {
            word
        };
        return matches!(word, "was" | "were");
    }
    if matches!(word, "opportunity" | "chance") {
        return words.take(3).any(|w| w == "had");
    }
    travelled_to_a_place(std::iter::once(word).chain(words))
}

/// Whether the words before an infinitive's "to", last first, are a trip made to a place: "traveled
/// to Kyiv, Ukraine today to meet with". A trip done says the meeting it was for took place; "will
/// travel to Cairo to meet" is a plan, and a trip recalled ("Last February, I traveled to Kyiv")
/// is no meeting read out.
fn travelled_to_a_place<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let mut place = false;
    // Twelve words back to "traveled": a place and a date fit ("traveled to Jeddah, Saudi Arabia
    // on July 27, 2023 to meet"). The words past "traveled" are read on, uncounted.
    for _ in 0..12 {
        let Some(word) = words.next() else { break };
        let bare = word.trim_end_matches(',');
        match bare {
            "to" if place => continue,
            // Not a trip recalled: "Last February, I traveled to Kyiv", "who previously traveled
            // to Beirut to meet with Speaker Nabih Berri".
            "traveled" | "travelled" => {
                return place
                    && !words.take(4).any(|w| {
                        matches!(
                            w.trim_end_matches(','),
                            "I" | "we"
                                | "who"
                                | "previously"
                                | "had"
                                | "has"
                                | "have"
                                | "recently"
                                | "once"
                                | "earlier"
                                | "ago"
                                | "Last"
                                | "last"
                        )
                    });
            }
            "today" | "yesterday" | "this" | "week" | "the" | "on" => continue,
            // The days and year of a date ("27", "19-20", "27th", "2023"); its month is capitalised.
            _ if bare.starts_with(|c: char| c.is_ascii_digit())
                && bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                continue;
            }
            _ if is_capitalised(bare) => place = true,
            _ => return false,
        }
    }
    false
}

/// True when the mention `m` is the subject of the verb at `verb`: it ends a few words before it, or
/// a few words before another mention that is ("X, Y, and Z signed").
pub(super) fn chained_to_verb(
    text: &str,
    all: &[Mention<'_>],
    here: std::ops::Range<usize>,
    m: usize,
    verb: usize,
) -> bool {
    let words_between = |from: usize, to: usize| text[from..to].split_whitespace().count();
    let mut end = all[m].end;
    // An office in apposition does not count: "Anna Ekström, Minister for Education in the
    // Ministry of Education and Research, signed". Not a list's next name ("President João
    // Lourenço, Foreign Minister Tete Antonio, and other officials to discuss").
    if let Some(rest) = text.get(end..verb).and_then(|t| t.strip_prefix(", "))
        && let Some(close) = rest.find(", ")
        && close < 100
        && !rest[..close].contains(['.', ';', '“', '"'])
        // A clause of its own is no apposition: "as Costa Ricans, we are very happy to …".
        && !matches!(first_word(rest), "we" | "they" | "I" | "you" | "he" | "she" | "it")
    {
        let office_end = verb - rest.len() + close + 1;
        if !here.clone().any(|n| all[n].start > end && all[n].start < office_end) {
            end = office_end;
        }
    }
    let mut limit = 8;
    let first_after = end;
    for next in here.filter(|&n| all[n].start >= first_after && all[n].end <= verb) {
        if words_between(end, all[next].start) > 30 || owns_what_follows(&text[end..all[next].start]) {
            return false;
        }
        end = all[next].end;
        limit = 8;
    }
    words_between(end, verb) <= limit
        && !subject_of_its_own(&text[end..verb])
        && !own_subject_clause(&text[end..verb])
        && !said_of_what_it_is(&text[end..verb])
}

/// Whether the words between a name and a verb say what the name is, the verb then a relative
/// clause's on that: "Trash Free Waters is a voluntary program that emphasizes …" (the program
/// emphasizes; the name says nothing).
fn said_of_what_it_is(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    words.any(|w| matches!(w, "is" | "was" | "are" | "were")) && words.any(|w| matches!(w, "that" | "which" | "who"))
}

/// Whether the words before a participation word open a clause of their own with "I" for its
/// subject, after a word such as "when" or "as": "As I told Prime Minister Andersson and President
/// Niinistö when I hosted them" (the names before are the ones told, not hosts). "President Biden and I met" is no such clause, nor
/// is one whose "he" or "she" takes up the name before ("President Biden, when he met with
/// President Putin, discussed"), nor one whose "we" holds it ("Prime Minister Albanese and I were
/// proud to announce … when we met").
pub(super) fn own_subject_clause(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().skip_while(|w| {
        matches!(*w, "also" | "had" | "have" | "has" | "first" | "then" | "recently" | "last" | "personally")
    });
    let pronoun = words.next().is_some_and(|w| w == "I");
    pronoun
        && words.next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "when" | "as" | "after" | "before" | "while" | "since" | "because" | "where" | "that" | "once"
            )
        })
}

/// Whether the words between the last name and its verb open a subject of their own after a
/// comma: "As I told Prime Minister Andersson and President Niinistö, the United States remains
/// committed" (the United States is committed, not those told). An apposition closes with a
/// comma before the verb and stays the name's: "Biden and Kishida, the two leaders, stressed".
fn subject_of_its_own(gap: &str) -> bool {
    let Some(rest) = gap.trim_start().strip_prefix(',') else { return false };
    // "President Biden, the First Lady and the Vice President expressed": a list goes on.
    matches!(first_word(rest), "the" | "a" | "an" | "its" | "this" | "these")
        && !rest.contains(',')
        && !rest.contains(" and ")
        && !rest.contains(" & ")
}

/// Whether the words between a mention and the next one open with a possessive other than a
/// country's: the mention then names whose office the next one holds ("The National Hurricane
/// Center’s new director, Dr. Mike Brennan, previewed"), not a second subject. A country's does
/// not part them ("President Biden and Japan’s Prime Minister Kishida said").
fn owns_what_follows(between: &str) -> bool {
    // Only a possessive that goes on the mention's own noun phrase ("Hurricane Center’s"), not one
    // after "and" that opens the next name's ("Secretary Blinken and NATO’s Secretary General Jens
    // Stoltenberg", "and the President’s National Security Advisor Jake Sullivan").
    let Some(w) = between.split_whitespace().next() else { return false };
    let w = w.trim_end_matches([',', ';']);
    let owner = strip_possessive(w);
    owner.len() < w.len() && !w.ends_with('’') && !country::is_country_word(owner)
}

/// True when the text before a verb makes it passive ("… has been reported"): its subject is what
/// is said, not who says it.
pub(super) fn is_passive(before_verb: &str) -> bool {
    matches!(last_word(before_verb.trim_end()), "been" | "being" | "be" | "is" | "are" | "was" | "were")
}

/// Whether the action verb that opens `from_verb` is one a person takes part in alone ("signed
/// for the United States", "signed the joint statement", "led the Cuban delegation", "opened the
/// convening"), where other actions need several subjects.
pub(super) fn acts_alone(from_verb: &str) -> bool {
    ACTS_ALONE.is_match(from_verb)
        || TAKES_PART_ALONE.find(from_verb).is_some_and(|m| ends_gathering_noun(&from_verb[m.end()..]))
}

/// Whether the gathering's noun ends its phrase, `rest` being what follows it: "opened the
/// convening, reaffirming", "moderated a panel on"; not "opened the new conference center",
/// "joined calls for a ceasefire".
fn ends_gathering_noun(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    match rest.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => matches!(
            first_word(rest),
            "with"
                | "on"
                | "in"
                | "at"
                | "of"
                | "to"
                | "that"
                | "which"
                | "and"
                | "where"
                | "between"
                | "among"
                | "by"
                | "today"
                | "yesterday"
                | "this"
                | "last"
                | "virtually"
                | "together"
        ),
    }
}

/// Whether `head`, the text before a name and its office, ends in words that report what the
/// named said: "as you’ve heard from", "we heard directly from", "we’ve also heard from", "I heard
/// from". Not "we haven’t heard from"
/// nor "you’ll hear from" (words still to come).
pub(super) fn heard_from_before(head: &str) -> bool {
    let head = head.trim_end();
    let Some(rest) = head.strip_suffix(" from") else { return false };
    let rest = rest.strip_suffix(" directly").unwrap_or(rest);
    let Some(rest) = rest.strip_suffix(" heard") else { return false };
    // Whole words: [`last_word`] would cut "you’ve" at its apostrophe.
    let mut words = rest.rsplit([' ', '\u{a0}']).peekable();
    // "We’ve also heard from", "we have all heard from".
    words.next_if(|w| matches!(*w, "also" | "already" | "all" | "just" | "now" | "repeatedly" | "consistently"));
    let who = words.next().unwrap_or("").to_lowercase();
    let before = words.next().unwrap_or("").to_lowercase();
    // Not denied ("we have not heard from"), asked ("Have you heard from …?"), supposed ("we
    // would have heard from"), nor a condition ("If I heard from …").
    let asked_or_supposed = matches!(
        before.as_str(),
        "if" | "whether"
            | "unless"
            | "not"
            | "have"
            | "has"
            | "had"
            | "did"
            | "do"
            | "would"
            | "could"
            | "should"
            | "might"
            | "must"
            | "may"
            | "will"
    );
    matches!(who.as_str(), "you’ve" | "you've" | "we’ve" | "we've" | "i’ve" | "i've" | "you" | "we" | "i" | "have")
        && !asked_or_supposed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The verb scan as first written, character by character: the reference of the byte scanner.
    fn first_verb_by_chars(sentence: &str, from: usize) -> Option<(usize, bool)> {
        let mut at = from;
        while at < sentence.len() {
            let end =
                sentence[at..].find(|c: char| !(c.is_alphabetic() || c == '-')).map_or(sentence.len(), |i| at + i);
            let word = &sentence[at..end];
            if is_feeling(word)
                && feeling_states(word, &sentence[end..])
                && let Some(be) = be_before(&sentence[from..at])
            {
                return Some((from + be, false));
            }
            let gives = GIVING_VERBS.contains(word) && gives_speech(word, &sentence[end..]);
            let action = ACTION_VERBS.contains(&word) && !planned(sentence, at, word);
            if word.len() >= 3
                && !after_determiner(&sentence[from..at])
                && (reports_speech(sentence, from, at, word) || action || gives)
            {
                return Some((at, action && !gives));
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
        texts.extend(crate::test_support::corpus_sentences(5));
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
    fn heard_from_reports_words_said() {
        for head in ["As you’ve heard from ", "we heard directly from ", "You have heard from "] {
            assert!(heard_from_before(head), "{head}");
        }
        for head in [
            "We haven’t heard from ",
            "we have not heard from ",
            "You’ll hear from ",
            "a letter from ",
            "QUESTION: Have you heard from ",
            "we would have heard from ",
        ] {
            assert!(!heard_from_before(head), "{head}");
        }
    }
}
