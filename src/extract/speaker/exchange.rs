//! The exchange a sentence reads out ("spoke with", "met", "hosted", "a call with"): its
//! participation word, whose subjects take part, and the other side named after it, up to the
//! topic. Stage 2's participation rule (`roles`) reads who stands where.

use std::sync::LazyLock;

use regex::Regex;

use super::recalled::*;
use super::shape::*;
use super::verbs::*;
use super::words::*;

/// The first word of [`PARTICIPATION_WORDS`] in a sentence, in any case, as a byte range and the
/// word in lower case. Words here are runs of ASCII letters, digits and underscores (so "met" is
/// found in "co-met" but not in "metal"). A scan rather than a case-insensitive regex, whose
/// lazy DFA ran over every sentence.
pub(super) fn participation_word(sentence: &str) -> Option<(std::ops::Range<usize>, &'static str)> {
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
            && !is_a_contact_number(word, &sentence[i..])
        {
            return Some((start..i, word));
        }
    }
    None
}

/// Whether "phone" (or "telephone") before `after` is where to reach someone, no call: "please
/// contact Rebecca Perry via email … or by phone at 202-261-8207" (not "on the phone at length").
fn is_a_contact_number(word: &str, after: &str) -> bool {
    let after = after.trim_start();
    matches!(word, "phone" | "telephone")
        && (after.strip_prefix("at ").is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            || matches!(first_word(after), "number" | "numbers" | "line" | "lines"))
}

/// Nouns of an exchange or a tie that, discussed, stand for another exchange than the one read
/// out: its "with" names that exchange's parties (`data/speaker_words.txt`).
static OTHER_EXCHANGES: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("other exchanges"));

/// Another event a sentence recalls: its "with" or "between" names that event's parties, not the
/// participants of what is read out ("discussed next steps following the meeting between
/// President Biden and President Erdogan", "a continuation of the recent discussions held in
/// Reykjavik between Secretary Blinken and Foreign Minister Lavrov", "the commitment by both sides
/// at the November 2023 Woodside Summit between President Biden and President Xi": an event
/// dated by its year, then "between"; not "held a meeting at the 2023 G20 Summit with X", where
/// the year dates the place of the event read out).
static AFTER_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    // The events, as each of the two shapes names them.
    const EVENT: &str = "(?i:meeting|call|talks|summit|visit|conversation|trip|discussion)s?";
    Regex::new(&format!(
        r"(?-u:\b)(?:(?:(?:following|after|since|building on|recalling|continuation of) (?:the|a|their|his|her|its) (?:[\w.’'-]+ ){{0,3}}?|(?:{recalled}) ){EVENT}(?-u:\b)|(?:the|a) (?:[\w.,’'-]+ ){{0,2}}?(?:19|20)\d\d,? (?:[\w.’'-]+ ){{0,3}}?{EVENT} between(?-u:\b))",
        recalled = RECALLED.join("|")
    ))
    .expect("static regex")
});

/// Words that make the exchange after them one recalled ("the recent discussions", "previous
/// calls"), both where it is the sentence's own participation word and where it ends the search
/// for another's "with" ([`AFTER_EVENT`]).
const RECALLED: [&str; 5] = ["recent", "previous", "earlier", "prior", "past"];

/// A noun that names an exchange ("talks", "call"), as against a verb of one ("met").
fn is_exchange_noun(word: &str) -> bool {
    matches!(
        word,
        "discussion"
            | "discussions"
            | "talks"
            | "meeting"
            | "meetings"
            | "call"
            | "calls"
            | "conversation"
            | "conversations"
            | "consultations"
    )
}

/// Words that make the exchange noun after them one still to come ("the planned meeting", "the
/// upcoming talks"): its people have not taken part yet.
const TO_COME: [&str; 6] = ["planned", "upcoming", "forthcoming", "scheduled", "proposed", "anticipated"];

/// Words after "welcomed" that are no thing welcomed (`data/speaker_words.txt`): "welcomed him",
/// "welcomed by NASA Administrator Bill Nelson", "welcomed his Indian counterpart, …", "welcomed
/// two new Governors: …".
static NOT_A_THING_WELCOMED: LazyLock<Vec<&'static str>> = LazyLock::new(|| section("not a thing welcomed"));

/// Whether the verb after `before` is denied: "Mr. Spavor and Mr. Kovrig have not received the
/// minimal protections", "has never met": no exchange took place.
fn is_negated(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let last = if matches!(last, "yet" | "ever" | "also" | "previously") { words.next().unwrap_or("") } else { last };
    matches!(last, "not" | "never" | "hasn’t" | "hasn't" | "haven’t" | "haven't" | "didn’t" | "didn't" | "cannot")
}

/// Whether `text` ends with words that make the next "with" one of agreement rather than of
/// company: "in line with", "consistent with", "in keeping with", "in accordance with".
fn agrees_with(text: &str) -> bool {
    matches!(last_word(text), "line" | "consistent" | "keeping" | "accordance" | "compliance" | "accord")
}

/// The topic of a sentence, after which named people are talked about rather than taking part.
pub(super) static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:to discuss|to review|to receive|to hear|to reaffirm|to express|to underscore|to condemn|to highlight|to thank|to congratulate|to offer|to convey|to mark|to celebrate|to honor|about|while|regarding|concerning|on the|on their|on his|on her|on efforts|on how|where|who|whose|which|following|after|ahead of|in advance of|during|for the|including|as well as|said|stressed|noted|emphasized|underscored|welcomed|expressed|reaffirmed)(?-u:\b)")
        .expect("static regex")
});

/// The exchange a sentence reads out, by byte offsets in it: where its participation word stands
/// (the subjects before it take part), and the span after it where the other side is named.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Exchange {
    /// Where the participation word starts.
    pub(super) word: usize,
    /// Where the other side may begin: right after a direct verb ("met X"), else after its "with".
    pub(super) objects_from: usize,
    /// Where the other side ends: the topic.
    pub(super) objects_end: usize,
    /// Where the subjects may begin: past an opening clause that recalls someone's earlier
    /// exchange ([`recalled_opening`]), else the sentence's start.
    pub(super) subjects_from: usize,
}

/// The exchange `sentence` reads out, if any. A meeting yet to come ("he will meet with X") or
/// denied ("has not met") has no participants to read out. `subjects_from` is the sentence's
/// [`recalled_opening`], which the caller reads once for its verbs too.
pub(super) fn exchange_in(sentence: &str, subjects_from: usize) -> Option<Exchange> {
    // "When President Biden took office, few had jobs": a thing had is no exchange; the sentence
    // is read on past it ("Vice President Harris, who had led the delegation, met with …").
    let mut from = subjects_from;
    // Past an exchange recalled after "following", whose parties are none of this one's.
    let mut subjects_from = subjects_from;
    let (m, word) = loop {
        let Some((m, word)) =
            participation_word(&sentence[from..]).map(|(m, word)| (m.start + from..m.end + from, word))
        else {
            return hearer_in(sentence);
        };
        // Nor is one held hostage, captive or accountable ("Americans wrongfully detained and
        // held hostage abroad").
        let held_captive = word == "held"
            && matches!(
                without_trailing_punctuation(first_word(&sentence[m.end..])),
                "hostage" | "hostages" | "captive" | "accountable" | "responsible" | "without"
            );
        // An exchange still to come, named by a word that plans it, is none, but one after it may
        // be: "Pashinyan’s and Aliyev’s planned meeting April 6 with European Council President
        // Michel" is not read out; in "To prepare for the upcoming talks, Deputy Secretary
        // Sherman met with …" the meeting past the talks is.
        let planned = is_exchange_noun(word) && TO_COME.contains(&last_word(&sentence[..m.start]));
        // So is one recalled as what came before, with its other side: its clause is read past, to
        // its end or the next comma ("We remain engaged following President Biden’s call with
        // President Putin and my discussion with Foreign Minister Lavrov" recalls both).
        // So is one dated by "ago" ("Ten years ago, I joined President Obama and …"): read past
        // to its clause's end, where a later exchange of the sentence may be read out.
        if is_exchange_noun(word) && owned_after_following(&sentence[..m.start])
            || recalled_as_ago(&sentence[..m.start])
        {
            let clause_end =
                clause_limit(sentence, m.end).min(sentence[m.end..].find(',').map_or(sentence.len(), |c| m.end + c));
            from = clause_end;
            subjects_from = clause_end;
            continue;
        }
        if word == "had" && !had_as_an_exchange(&sentence[m.end..]) || held_captive || planned {
            from = m.end;
            continue;
        }
        break (m, word);
    };
    let before = &sentence[..m.start];
    if is_future(before)
        || word.ends_with("ing") && is_future_progressive(before)
        || is_negated(before)
        || is_event_to_come(before)
    {
        return None;
    }
    // An exchange recalled is not the one read out: "a continuation of the recent discussions held
    // in Reykjavik between Secretary of State Blinken and Foreign Minister Lavrov".
    // So is one named as "these discussions", "those talks": told of before, not read out
    // here ("I commend Secretary Yellen for her efforts championing these discussions").
    let before_word = last_word(&sentence[..m.start]);
    let exchange_noun = is_exchange_noun(word);
    // Not when its other side follows: "In these meetings with Deputy Foreign Minister Le Hoai
    // Trung, the Deputy Secretary emphasized" reads them out.
    let other_side_follows = matches!(first_word(&sentence[m.end..]), "with" | "between");
    if RECALLED.contains(&before_word)
        || exchange_noun && matches!(before_word, "these" | "those") && !other_side_follows
    {
        return None;
    }
    // A web page to visit is no visit paid: "please contact Christine Foushee at … or visit
    // www.state.gov/obo".
    let next = sentence[m.end..].split_whitespace().next().unwrap_or("");
    if next.starts_with("www.") || next.starts_with("http") {
        return None;
    }
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
            | "phoned"
    );
    // "welcomed Prime Minister X", "welcomed the delegation"; not "welcomed the visit …
    // by Secretary Austin" (a thing welcomed: only a "with" names the other side).
    // "welcomed completion of …" too: a noun without its article.
    let welcomes_a_thing = || {
        let mut words = sentence[m.end..].split_whitespace().peekable();
        let article = words.next_if(|w| matches!(*w, "the" | "a" | "an")).is_some();
        let noun = without_trailing_punctuation(words.next().unwrap_or(""));
        // Not a briefing or remarks, which someone gave ("welcomed the briefing of UN
        // Special Envoy Geir Pedersen").
        matches!(word, "welcomed" | "welcomes")
            && (article || !is_one_of(noun, &NOT_A_THING_WELCOMED))
            && noun.starts_with(|c: char| c.is_lowercase())
            && !matches!(noun, "delegation" | "delegations" | "participants" | "members" | "new")
            && !is_one_of(noun, &GROUP_NOUNS)
            && !is_what_is_said(noun)
    };
    // "Evan Gershkovich received a sentence of 16 years", "received the first doses": a thing
    // received is no exchange; a call, a visit, a delegation or a briefing received is one,
    // past a word or two ("received a phone call from", "a courtesy call").
    if matches!(word, "received" | "receives") {
        let mut words = sentence[m.end..].split_whitespace();
        let determiner = words.next().is_some_and(|w| matches!(w, "a" | "an" | "the" | "his" | "her" | "their"));
        let mut nouns = words.take(3).map(without_trailing_punctuation).peekable();
        let thing = nouns.peek().is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
            && !nouns.any(|noun| {
                is_gathering(noun)
                    || is_what_is_said(noun)
                    || matches!(noun, "delegation" | "delegations" | "visit" | "visits" | "visitors" | "delegates")
            });
        if determiner && thing {
            return None;
        }
    }
    // "I called on Jeff Zients to lead", "called for calm": an appeal, spoken by the subject
    // (a verb of speech) to someone who takes no part in an exchange.
    if word == "called"
        && (matches!(first_word(&sentence[m.end..]), "on" | "upon" | "for") || calls_a_thing(&sentence[m.end..]))
    {
        return None;
    }
    // "Dr. Cary Fowler … has joined the Department of State as U.S. Special Envoy": a body joined
    // as a member, no exchange (not "joined the call", "joined President X").
    if word == "joined" && joins_a_body(&sentence[m.end..]) {
        return None;
    }
    let objects_from = if direct && !welcomes_a_thing() {
        m.end
    } else if let Some(to) = spoken_to(word, &sentence[m.end..]) {
        m.end + to
    } else {
        // Not past "following" or "after": "discussed next steps following the
        // meeting between President Biden and President Erdogan" reads out no meeting
        // of theirs.
        let rest = &sentence[m.end..];
        let rest = &rest[..AFTER_EVENT.find(rest).map_or(rest.len(), |f| f.start())];
        // Nor past a verb of the future other than one of meeting: "This meeting will precede the
        // U.S.-India 2+2 Ministerial between Secretary of State Antony Blinken and …", "The meeting
        // will build on President Biden’s calls this week with G7 leaders …" name another event's
        // parties ("During his visit, Special Representative Kim will meet with X" still names X:
        // the annotators of a never-read sample list such a visit's other side).
        // Nor "will also meet with", "will hold talks with", "will have a call with"; nor the noun
        // ("the political will to end the war with …").
        let rest = &rest[..rest
            .find(" will ")
            .filter(|&at| {
                let mut after = rest[at + " will ".len()..].split_whitespace();
                let next = after.next().unwrap_or("");
                // (The meeting verbs are participation words too: data/speaker_words.txt.)
                let meets = |w: &str| PARTICIPATION.contains(w) || holds_an_event(w);
                next != "to" && !meets(next) && !after.take(2).any(meets)
            })
            .unwrap_or(rest.len())];
        // Not a "with" of agreement: "This meeting was in line with the commitment by
        // President X and President Y".
        let with = [" with ", " with: ", " between "]
            .iter()
            .filter_map(|w| rest.match_indices(w).map(|(i, _)| i).find(|&i| !agrees_with(&rest[..i])))
            .min();
        // What is discussed may be another exchange and its parties: "discussed his
        // plans for the upcoming summit with President Putin", "their respective
        // conversations with President Putin".
        // So is a thing welcomed: "welcomed the commencement of negotiations for an
        // agreement between GE Aerospace and Hindustan Aeronautical Limited".
        let another_exchange = matches!(word, "discussed" | "discusses" | "talked" | "welcomed" | "welcomes")
            && with.is_some_and(|i| is_one_of(last_word(&rest[..i]), &OTHER_EXCHANGES));
        with.filter(|_| !another_exchange).map_or(sentence.len(), |i| m.end + i)
    };
    let subjects_from = if own_subject_clause(&sentence[..m.start]) { m.start } else { subjects_from };
    Some(Exchange { word: m.start, objects_from, objects_end: clause_limit(sentence, objects_from), subjects_from })
}

/// Whether `rest`, the text after "joined", names a body joined as a member among its first two
/// words past an article: "the Department of State", "the State Department", "the Biden
/// administration".
fn joins_a_body(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    // An article first: without one the body's words open someone's office ("joined Department
    // of Homeland Security Secretary Alejandro Mayorkas in a meeting with …"), and "joined by"
    // names the one who joins.
    if !words.next().is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "our")) {
        return false;
    }
    let words: Vec<&str> = words.take(3).map(without_trailing_punctuation).collect();
    // Not a body's gathering: "joined the President’s Cabinet meeting with Governor X".
    words
        .iter()
        .take(2)
        .enumerate()
        .any(|(i, w)| is_one_of(w, &BODIES_JOINED) && !words.get(i + 1).is_some_and(|next| is_gathering(next)))
}

/// The one briefed in a sentence without another exchange: "Secretary Blinken updated Foreign
/// Minister Kuleba on …", "briefed President Zelenskyy on …" read out an exchange between the
/// two. Only a name or title right after the verb ("briefed the Congress" names no one), up to
/// its first lower-case word. Not "told": "As President Biden told President Putin directly, …"
/// recalls words, and the one told takes no part in what is read out.
fn hearer_in(sentence: &str) -> Option<Exchange> {
    static HEARER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)(?:updated|briefed|informed) \p{Lu}").expect("static regex"));
    let found = HEARER.find(sentence)?;
    let word = found.start();
    // "an updated Xinjiang Supply Chain Business Advisory": a word that describes a thing.
    let describes = matches!(
        last_word(&sentence[..word]).to_lowercase().as_str(),
        "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her"
    );
    if describes || is_future(&sentence[..word]) || is_negated(&sentence[..word]) {
        return None;
    }
    let objects_from = found.end() - found.as_str().chars().last().map_or(0, char::len_utf8);
    let objects_end = objects_from + name_run_end(&sentence[objects_from..]);
    Some(Exchange {
        word,
        objects_from,
        objects_end: objects_end.min(clause_limit(sentence, objects_from)),
        subjects_from: 0,
    })
}

/// Where the one spoken to is named after a verb of talking ("spoke to Foreign Minister Lavrov",
/// "spoke by phone to X", "talked yesterday to X"), as an offset into `rest`, the text after the
/// verb: right after its "to", which may follow a few words of how or when. Not "spoke to the
/// importance of …" (a topic): the name must follow the "to" at once.
fn spoken_to(word: &str, rest: &str) -> Option<usize> {
    if !matches!(word, "spoke" | "speaks" | "speak" | "talked") {
        return None;
    }
    let mut words = rest.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    });
    for (start, w) in words.by_ref().filter(|(_, w)| !w.is_empty()).take(4) {
        if w == "to" {
            let after = start + 2;
            return rest[after..].trim_start().starts_with(char::is_uppercase).then_some(after);
        }
        if !matches!(
            w,
            "by" | "phone"
                | "telephone"
                | "on"
                | "the"
                | "again"
                | "directly"
                | "briefly"
                | "today"
                | "yesterday"
                | "separately"
                | "also"
        ) {
            return None;
        }
    }
    None
}

/// The end of the participants part of a sentence: before the topic ("to discuss", "about").
/// "… as well as" and "including" go on with more participants when officials were named before
/// and follow: "met with the Crown Prince, as well as top officials including Foreign Minister X
/// and Minister Y" (not "received training …, including Secretary X", nor "… including through a
/// call between President X and President Y").
pub(super) fn clause_limit(sentence: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(topic) = TOPIC.find_at(sentence, at) {
        let more_officials = matches!(topic.as_str(), "including" | "as well as")
            && names_a_title(&sentence[from..topic.start()])
            && officials_follow(&sentence[topic.end()..]);
        // "UN Special Coordinator for the Middle East Peace Process Tor Wennesland": an office's
        // "for the", after its title and before capitalised words.
        let office = topic.as_str() == "for the"
            && is_title(last_word(&sentence[..topic.start()]))
            && sentence[topic.end()..].trim_start().starts_with(char::is_uppercase);
        if !more_officials && !office {
            return topic.start();
        }
        at = topic.end();
    }
    sentence.len()
}

/// Whether `text` holds a title's word (not a country's) or a noun of officials as a group
/// ("heads", "leaders"): officials were named in it.
fn names_a_title(text: &str) -> bool {
    text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).any(|w| {
        is_capitalised(w) && word_class(w) == (true, false)
            // "met with the heads of the Rome-Based Food Security Agencies, including …".
            || is_one_of(w, &GROUP_NOUNS)
    })
}

/// Whether a title comes among the first words of `rest` before a lower-case word (other than a
/// few words of groups of officials): "top UAE officials including Foreign Minister …", "UN World
/// Food Program (WFP) Executive Director …".
fn officials_follow(rest: &str) -> bool {
    for word in rest.split_whitespace().take(8) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !is_capitalised(word) {
            // "including on support for President X": a topic, not more people.
            if matches!(
                word,
                "top"
                    | "senior"
                    | "other"
                    | "officials"
                    | "leaders"
                    | "ministers"
                    | "members"
                    | "the"
                    | "and"
                    | "including"
                    | "government"
            ) {
                continue;
            }
            return false;
        }
        // A title that is also a country's word ("States") is the country's; other capitalised
        // words may name the body the official heads ("UN World Food Program (WFP) Executive
        // Director").
        if word_class(word) == (true, false) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;
