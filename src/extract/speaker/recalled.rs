//! Exchanges a sentence recalls rather than reads out: an opening clause that recalls another
//! exchange ("Following President Biden’s call with …, "), a time gone by that opens the sentence
//! ("Last May, …", "Ten years ago, …"), an exchange owned after "following" or dated by "ago".
//! Their people take no part in the readout's own exchange (`exchange`, `roles`).

use std::sync::LazyLock;

use regex::Regex;

use super::exchange::participation_word;
use super::shape::*;

/// The shapes of [`recalled_opening`]; the clause's rest after the exchange recalled is group 1.
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:Following|After|Building on|Further to|As a follow-up to|Since|Ahead of|Recalling) [^,]*?(?-u:\b)\p{Lu}[\w-]*(?:’s|'s) (?:[\w-]+ ){0,4}?(?:call|conversation|meeting|talks|visit|summit|trip|discussion)s?(?-u:\b)|(?:Following|After|Building on|Further to|Recalling)(?: on| up on)? (?:the|a|their) [^,]*?(?-u:\b)(?:call|conversation|meeting|talks|visit|summit|trip|discussion)s? between(?-u:\b)|When (?:I|we|he|she) [^,]*?(?-u:\b)(?:last (?:week|month|year)|earlier this (?:week|month|year))(?-u:\b))([^,]*), ")
        .expect("static regex")
});

/// Where the main clause starts when `sentence` opens with a clause recalling another exchange:
/// someone's earlier call or meeting ("Following President Biden’s conversation with Prime
/// Minister Bennett on April 24, Jake Sullivan met …", "Building on the President’s June 29
/// trilateral meeting with President Yoon …, Secretary Blinken and …", "Following on the July 27
/// meeting between President Biden and PM Meloni, Sullivan and Talo reaffirmed …"), or one of
/// the speaker's own in the past ("When I welcomed President Niinistö … last month, I told
/// them"). The people named in it took part in that exchange, not in the one read out. Not an
/// opening clause of the exchange itself ("Following his meeting with X, the Secretary
/// traveled"): it may be read out.
pub(super) fn recalled_opening(sentence: &str) -> usize {
    // Every shape opens with one of these words and a space: most sentences need no regex
    // (extracting 500 readouts of corpus/, 2,003.8 M -> 1,998.4 M instructions, callgrind;
    // tested against the regex alone in `the_opening_words_let_through_every_recalled_opening`).
    if !matches!(
        sentence.trim_start().split(' ').next(),
        Some("Following" | "After" | "Building" | "Further" | "As" | "Since" | "Ahead" | "Recalling" | "When")
    ) {
        return 0;
    }
    opening_by_regex(sentence)
}

/// [`recalled_opening`] by its regex alone, for every sentence.
pub(super) fn opening_by_regex(sentence: &str) -> usize {
    // The owner is someone named ("President Biden’s", "the President’s"), not a time ("today’s
    // meeting with …": the exchange read out). The clause ends at its comma, and holds no
    // exchange of its own past the one recalled ("After Secretary Blinken’s visit to Kyiv in May
    // Deputy Secretary Sherman spoke with …, " has no comma where the clause ends).
    OPENING
        .captures(sentence)
        .filter(|c| c.get(1).is_some_and(|rest| participation_word(rest.as_str()).is_none()))
        .map_or(0, |c| c.get(0).map_or(0, |m| m.end()))
}

/// Whether `sentence` opens with a time gone by: "Last May, President Biden affirmed …", "Three
/// years ago, President Biden and our partners committed …", "In March 2023, President Biden and
/// Prime Minister Trudeau launched …", "In March, President Biden called for …". What its people
/// did or met then is the history the readout recalls, not what it reads out (what they said
/// then is still theirs: "Last year, President Biden announced …" keeps its speaker). Not a date
/// alone ("On March 3, the President spoke with …"): that is how a readout dates its own event;
/// nor "This year" or "This summer", as often a time to come.
pub(super) fn opens_with_a_past_time(sentence: &str) -> bool {
    static PAST_TIME: LazyLock<Regex> = LazyLock::new(|| {
        // The months, after "Last" and after "In".
        const MONTH: &str = "January|February|March|April|May|June|July|August|September|October|November|December";
        Regex::new(&format!(
            r"^\s*(?:(?:Just |Only )?(?:Last|Late last|Earlier last) (?:week|month|year|fall|autumn|spring|summer|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH})|(?:[A-Z][a-z]*(?:-[a-z]+)?|\d+) (?:years|months|weeks|decades|year|month|week|decade|centuries|century) ago|In (?:early |late |mid-)?(?:(?:{MONTH})(?: (?:19|20)\d\d)?|(?:19|20)\d\d)|Back in (?:early |late |mid-)?(?:(?:{MONTH})(?: (?:19|20)\d\d)?|(?:19|20)\d\d)|Earlier this (?:year|month|week)|This past (?:year|spring|summer|fall|winter))(?-u:\b)[^,]{{0,40}}, "
        ))
        .expect("static regex")
    });
    PAST_TIME.is_match(sentence)
}

/// Whether the time gone by that opens `sentence` ([`opens_with_a_past_time`], asked by the
/// caller) is counted back from now, alone before its comma ("Ten years ago, I joined …",
/// "Seventy-five years ago today, …"): never the readout's own event, even in its first sentence
/// (not "Two weeks ago we agreed, and today we met").
pub(super) fn past_time_counts_back(sentence: &str) -> bool {
    sentence.split(',').next().is_some_and(|opening| {
        let opening = opening.trim_end();
        opening.ends_with(" ago") || opening.ends_with(" ago today")
    })
}

/// Whether `before`, the text before an exchange's word, dates it days to centuries back by "ago"
/// among its last dozen words: "Ten years ago, I joined President Obama …", "Seventy-five years
/// ago today, President Truman met …", "A year ago, President Biden and President Xi met", "some
/// months ago when he met with President Putin": an exchange recalled, not the one read out. Not
/// a clause of today's after it ("Two weeks ago we agreed, and today we met"; "Moments ago, I
/// spoke with …" is the exchange read out), nor an "ago" inside a relative clause ("Ambassador
/// Doe, who arrived two weeks ago, met with …").
pub(super) fn recalled_as_ago(before: &str) -> bool {
    // Asked of every exchange word: its last words first looked through for "ago" at all.
    let recent = crate::text::tail(before, 160);
    if !recent.contains("ago") {
        return false;
    }
    let words: Vec<&str> = recent.split_whitespace().rev().take(12).collect();
    let Some(at) = words.iter().position(|w| w.trim_end_matches([',', ';', '—']) == "ago") else { return false };
    let unit = words.get(at + 1).map_or("", |w| w.trim_end_matches(','));
    let dated = matches!(
        unit,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
    );
    // The words from "ago" to the exchange's: a new clause opens after a comma's "and" or "but",
    // a semicolon, or a "today" or "now" past the first word ("ago today" dates the recalled one).
    let after_ago = &words[..at];
    let new_clause = after_ago.iter().enumerate().any(|(i, w)| {
        w.ends_with(';')
            || matches!(*w, "and" | "but") && words.get(i + 1).is_some_and(|before| before.ends_with(','))
            || matches!(w.trim_end_matches(','), "today" | "now" | "Today" | "Now") && i + 1 < at
    });
    // "who arrived two weeks ago, met": the clause "ago" and its comma close is another's.
    let relative = words[at].ends_with(',')
        && words[at + 1..].iter().take(6).any(|w| matches!(*w, "who" | "which" | "that" | "since"));
    dated && !new_clause && !relative
}

/// Whether `before`, the text before an exchange's noun, ends with its owner after "following":
/// "following President Biden’s", "following the Secretary of State’s" (a capitalised possessive,
/// then back over up to six capitalised words, initials and joining words of an office to
/// "following").
pub(super) fn owned_after_following(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    // A name's possessive, not a day's: "Following today’s meeting with …" reads it out.
    let Some(owner) = words.next() else { return false };
    if !(owner.ends_with("’s") || owner.ends_with("'s")) || !owner.starts_with(char::is_uppercase) {
        return false;
    }
    let office: Vec<&str> = words.take(7).collect();
    office
        .iter()
        .position(|w| w.eq_ignore_ascii_case("following"))
        .is_some_and(|at| office[..at].iter().all(|w| is_capitalised(w) || matches!(*w, "the" | "of" | "for")))
}
