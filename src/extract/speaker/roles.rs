//! Stage 2, deciding who speaks or takes part: attributions, headlines, participation verbs on
//! either side, verbs of speech, lists of participants, signatures and bylines, and in a
//! transcript the people given the floor; everyone else named is only mentioned.

use std::sync::LazyLock;

use regex::Regex;

use super::context::*;
use super::exchange::*;
use super::introduced::*;
use super::lists::*;
use super::mentions::*;
use super::recalled::*;
use super::resolve::*;
use super::shape::*;
use super::signatures::*;
use super::transcript::*;
use super::verbs::*;
use super::words::*;

/// Words that make a headline the read-out of an exchange: every person it names takes part
/// (the `[headline exchanges]` of `data/speaker_words.txt`).
pub(super) static EVENT_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", capitalised_alternation("headline exchanges")))
        .expect("static regex")
});

/// A headline attributed to the person it names first: "Statement from President Joe Biden on …".
pub(super) static ATTRIBUTED_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:joint )?(?i:Statement|Statements|Remarks|Readout|Message|Letter|Op-Ed|Interview|Testimony|Press Release)(?-u:\b)")
        .expect("static regex")
});

/// A joint statement's headline: everyone it names signs it (in any case: "Joint statement by …").
pub(super) static JOINT_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:joint )(?i:Statement|Readout|Press Statement|Declaration)").expect("static regex")
});

/// A headline's "X’s Travel to …", "X’s Visit", "X’s Remarks": X is the subject.
pub(super) static POSSESSIVE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:’s|'s|’|')?\s+(?:\w+\s+){0,2}?(?:Travel|Trip|Visit|Remarks|Call|Calls|Meeting|Meetings|Statement|Address|Speech|Interview|Participation|Engagements?)(?-u:\b)")
        .expect("static regex")
});

/// What befalls a headline's subject, right after the name: "X Elected to …", "X Sworn In" (the
/// `[befallen]` of `data/speaker_words.txt`).
static HEADLINE_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:(?:{}) )?(?:{})(?-u:\b)",
        capitalised_alternation("befallen unjustly"),
        capitalised_alternation("befallen")
    ))
    .expect("static regex")
});

/// What befalls a headline's person, named just before them: "The United States Welcomes the
/// Appointment of Hans Grundberg as …", "… Welcomes the Release of …" (the `[befalls them]` of
/// `data/speaker_words.txt`). The event word of such a headline ("Welcomes") reads out no
/// exchange with them.
static HEADLINE_BEFALLS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i-u)\bthe (?:{}) of\s*$", alternation("befalls them"))).expect("static regex")
});

/// An attribution: the following words name the official the text is attributed to.
pub(super) static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:attributable to|attributed to|statement (?:from|by|of)|remarks (?:by|of|from)|readout of|readout from|message (?:from|by)|op-ed by|press (?:statement|release) (?:from|by)|testimony (?:of|by)|letter from|as delivered by)\s*$")
        .expect("static regex")
});

/// The speakers of a readout, given its title and body.
pub fn find(title: &str, body: &str) -> Vec<String> {
    find_roles(title, body).into_iter().map(|r| r.name).collect()
}

/// The speakers of a readout with the title and country the text gives each, in the order of
/// [`find`].
pub fn find_roles(title: &str, body: &str) -> Vec<crate::readout::SpeakerRole> {
    let text = joined(title, body);
    roles_of(&Reading::of(&text), title.len())
}

/// A readout's title, a line break and its body: the text every stage reads.
pub(super) fn joined(title: &str, body: &str) -> String {
    format!("{title}\n{body}")
}

/// A readout's text read once for the speaker stages and the statements: its sentences, the
/// mentions of names in each, and its transcript turns.
pub(super) struct Reading<'a> {
    pub(super) text: &'a str,
    pub(super) sentences: Vec<std::ops::Range<usize>>,
    /// Every mention, in order.
    pub(super) mentions: Vec<Mention<'a>>,
    /// The mentions of each sentence, as a range of `mentions`.
    pub(super) in_sentence: Vec<std::ops::Range<usize>>,
    /// Its turns, when it has speaker tags (one or more: see [`turns_with_at_least`]).
    pub(super) turns: Vec<Turn<'a>>,
}

impl<'a> Reading<'a> {
    /// Reads `text` (made by [`joined`]).
    pub(super) fn of(text: &'a str) -> Reading<'a> {
        let sentences = crate::text::sentences(text);
        let mut mentions = Vec::new();
        let mut in_sentence = Vec::with_capacity(sentences.len());
        let mut scratch = Scratch::default();
        for range in &sentences {
            let first = mentions.len();
            mentions_in(&text[range.clone()], range.start, &mut scratch, &mut mentions);
            in_sentence.push(first..mentions.len());
        }
        Reading { text, sentences, mentions, in_sentence, turns: turns_with_at_least(text, 1) }
    }

    /// The transcript's named speaker tags, for the speaker facet: none unless there are three
    /// tags at least (see [`turns_with_at_least`]), or two that both name someone: remarks
    /// opened by the one who introduces the speaker ("UNDER SECRETARY ZEYA: … SECRETARY
    /// BLINKEN: Uzra, thank you").
    fn tags(&self) -> Vec<Mention<'a>> {
        // Two people, each tagged by an office ("SECRETARY", "AMBASSADOR", "MS"): not a heading
        // ("MEDIA CONTACT:", "CAMP DAVID:"), nor one speaker's remarks cut by a break.
        let two_named = self.turns.len() == 2
            && self.turns.iter().all(|t| t.office && t.speaker.is_some())
            && self.turns[0].speaker.as_ref().map(Mention::surname)
                != self.turns[1].speaker.as_ref().map(Mention::surname);
        if self.turns.len() < 3 && !two_named {
            Vec::new()
        } else {
            self.turns.iter().filter_map(|t| t.speaker.clone()).collect()
        }
    }
}

/// [`find_roles`] of a readout already read; its title is the first `title_end` bytes.
pub(super) fn roles_of(reading: &Reading<'_>, title_end: usize) -> Vec<crate::readout::SpeakerRole> {
    let text = reading.text;
    let mut all: Vec<Mention> = reading.mentions.clone();
    let mut speaking: Vec<usize> = Vec::new();
    let mut list = ParticipantList::for_title(&text[..title_end.min(text.len())]);
    // In a transcript (a briefing, an interview) the speakers are those its tags give the floor to;
    // the names said in the answers are people talked about.
    let tags = reading.tags();
    // A transcript's tags need not name anyone ("MODERATOR:", "SENIOR STATE DEPARTMENT OFFICIAL:").
    // From the start of the first tag's line: the turn's text starts after the tag.
    let first_turn = (reading.turns.len() >= 3).then(|| {
        let after_tag = reading.turns[0].text.start;
        text[..after_tag].rfind('\n').map_or(0, |i| i + 1)
    });
    let transcript_from = tags.first().map(|t| t.start).into_iter().chain(first_turn).min().unwrap_or(usize::MAX);
    let closing_signatories_from = closing_signatories(text);
    let trip_announced = trip_announced_by_another(text, title_end, &all);
    // A public schedule lists the day's events to come ("Secretary Blinken meets with Foreign
    // Minister X"): no one in it has taken part yet, or said anything.
    let schedule = text[..title_end.min(text.len())].to_lowercase().contains("public schedule");
    let mut verbs: Vec<(std::ops::Range<usize>, bool, usize)> = Vec::new();
    let mut lists: Vec<std::ops::Range<usize>> = Vec::new();
    // The body's first sentence (see `past_time` below).
    let lede = reading.sentences.iter().position(|r| r.start >= title_end);
    for (k, range) in reading.sentences.iter().enumerate() {
        let (s, e) = (range.start, range.end);
        let sentence = &text[s..e];
        let first = reading.in_sentence[k].start;
        // In a transcript's answers most names are people talked about: only speech verbs and the
        // moderator's turns ("We’ll start with Vivian Salama of The Wall Street Journal") count.
        let in_transcript = s >= transcript_from;
        let here = first..reading.in_sentence[k].end;
        let in_title = s < title_end;
        // The person this line lists, when it is a line of a participant list.
        let listed_pos = list.read_line(text, s, e, &all[here.clone()]);
        // Most sentences name nobody: their verbs and participation need no reading.
        if here.is_empty() {
            continue;
        }
        // The subjects of each verb: the mentions between the start of its clause and the verb.
        verbs.clear();
        // Past an opening clause that recalls another exchange: its people are not the subjects
        // of the verbs after it ("When I welcomed President Niinistö … last month, I told them").
        let opening = recalled_opening(sentence);
        // A time gone by opening a sentence: what its people did or met then is history, not
        // taking part ([`opens_with_a_past_time`]); what they said then stays theirs. The
        // body's first sentence is the readout's own event, however late it is published
        // ("Last week, Coordinator Mitch Landrieu hosted two virtual roundtables …"), unless a
        // time counted back from now opens it ("Ten years ago, I joined President Obama …").
        let past_time = opens_with_a_past_time(sentence) && (Some(k) != lede || past_time_counts_back(sentence));
        let mut from = opening;
        while let Some((v, action)) = first_verb(sentence, from) {
            // "Secretary Blinken signed for the United States": a signatory alone; so is the head
            // of a delegation (not in a transcript's answers, where people are talked about).
            let acts = action;
            let action = action && (in_transcript || !acts_alone(&sentence[v..]));
            let zone = s + subject_start(sentence, v).max(from)..s + v;
            // The people named in the zone: an untitled common word alone is none ("Last month,
            // President Biden issued …"), and one person named twice counts once ("President
            // Biden has … and in July, President Biden signed"; not "President Biden and Jill Biden").
            let mut named: Vec<&Mention> = Vec::new();
            for m in all[here.clone()].iter().filter(|m| m.start >= zone.start && m.end <= zone.end) {
                let someone = m.titled || m.name.len() > 1 || !is_common_word(&m.name[0]);
                let again = named.iter().any(|n| {
                    n.surname() == m.surname() && (n.name.len() == 1 || m.name.len() == 1 || n.name[0] == m.name[0])
                });
                if someone && !again {
                    named.push(m);
                }
            }
            // "the partnership which President Biden and President Lula launched last year": an
            // act in a relative clause is the history of a thing, not a taking part.
            // Not "that", which as often opens what was said ("noted that President X and Prime
            // Minister Y signed …").
            // So is an act done alone ("the Abraham Accords, which Sheikh Abdullah bin Zayed
            // signed in 2020 on behalf of the UAE").
            let relative = acts
                && named.first().is_some_and(|first| {
                    let opening = &sentence[..first.start - s];
                    let clause = opening.rsplit(',').next().unwrap_or(opening);
                    clause.split_whitespace().any(|w| w == "which")
                });
            // "Vice President Harris and I believe": two subjects, one of them named.
            let with_speaker = usize::from(ends_with_someone_and_i(&sentence[..v]));
            let count = if relative { 0 } else { named.len() + with_speaker };
            verbs.push((zone, action || relative, count));
            from = v + 1;
        }
        let participation = exchange_in(sentence, opening)
            .map(|x| (s + x.word, s + x.objects_from, s + x.objects_end, s + x.subjects_from));
        // "… was joined by X, Y and Z": each list to its end.
        lists.clear();
        if in_transcript {
            for found in FLOOR_GIVEN.find_iter(sentence) {
                // "Let's move on to Christina Ruffini, please" gives the floor; "I want to move on
                // to Evan Gershkovich, who remains wrongfully detained" turns to a subject.
                if found.as_str().contains(" on to") && !sentence[found.end()..].contains("please") {
                    continue;
                }
                // "the line of – let’s see – Arshad Mohammed": past an aside between dashes.
                let from = found.end() + aside_length(&sentence[found.end()..]);
                lists.push(s + from..s + (from + 60).min(sentence.len()));
            }
            // A moderator's turn that is only a name gives that person the floor: "MR PRICE: Nick Wadhams."
            let own_line = text[..s].trim_end_matches([' ', '\t']).ends_with('\n')
                && text[e..].trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| c == '\n');
            // The turn this sentence is in: a reporter's, or ends with it (the moderator's "…
            // Wall Street Journal, William Mauldin." before the question).
            let turn = reading.turns.iter().find(|t| t.text.contains(&s));
            let asked = turn.is_some_and(|t| t.question);
            let ends_turn = turn.is_some_and(|t| text.get(e..t.text.end).is_some_and(|rest| rest.trim().is_empty()));
            if let Some(name_at) = name_alone_in_turn(sentence, own_line || asked || ends_turn) {
                lists.push(s + name_at..e);
            }
        } else if !in_title {
            introduced_lists(sentence, s, &mut lists);
        }
        let mut headline_chain = false;
        // Whether the mention before was said to speak by a noun or verb of speech before "by" or
        // "from": the ones listed with it speak too ("announced by President Biden and Prime
        // Minister Netanyahu", "the joint call from President Biden, President Sisi of Egypt, and
        // Amir Tamim of Qatar").
        let mut said_by_chain = false;
        // Whether the mention before was a relative named after "of": the ones joined to it are
        // too ("the families of Paul Whelan and Evan Gershkovich").
        let mut relative_chain = false;
        // Whether the mention before was the object of a preposition: the ones listed with it are
        // too ("executives from Microsoft, Mastercard, and Salesforce discussed"), when named
        // alike, titled or not (not "at the G7 Leaders’ Summit in Apulia, President Biden and G7
        // leaders committed").
        let mut preposition_chain = None;
        // Whether the headline's mention before was befallen: the ones joined to it are too ("the
        // Release of Paul Whelan and Evan Gershkovich").
        let mut befallen_chain = false;
        // Whether the headline's mention before was the other side of an interview: the ones
        // listed with it are too.
        let mut interviewer_chain = false;
        for (pos, m) in here.clone().enumerate() {
            let mention = &all[m];
            let before = &text[s..mention.start];
            // The patterns that look back only need the last words (and scanning all of a long
            // sentence's beginning for each of its mentions would be quadratic).
            let just_before = crate::text::tail(before, 80);
            // "Bjoern Seibert, Chief of Staff for European Commission President Ursula von der
            // Leyen": the office's owner is talked about.
            // Asked last, only of a name that would otherwise take part or be listed: most names
            // are neither (asked of every name, it was 3% of the instructions of indexing readouts
            // of corpus/: BENCHMARKS.md, "Extraction, cheaper again").
            let owner_of_office =
                std::cell::LazyCell::new(|| owns_apposed_office(before, &text[mention.start..mention.end]));
            // "Statement from Vice President X and Second Gentleman Y": the headline's subjects.
            // "… Jake Sullivan and NEC Director Brian Deese": the body an office belongs to may
            // stand between.
            // "… Press Secretary Jen Psaki & Deputy National Security Advisor for Cyber Anne
            // Neuberger": an office's joining words too.
            let joined_to_previous = pos > 0 && {
                let between = text[all[m - 1].end..mention.start].trim();
                let rest = ["and", ", and", ",", "&"].iter().find_map(|j| between.strip_prefix(j));
                rest.is_some_and(|r| {
                    r.is_empty()
                        || r.starts_with(' ')
                            && r.split_whitespace().next().is_some_and(is_capitalised)
                            && r.split_whitespace().all(|w| is_capitalised(w) || is_office_joining_word(w))
                })
            };
            let after = &text[mention.end..e];
            let word_before = last_word(just_before);
            // "…,” said Miller", not "Blinken said Putin was wrong".
            // The text before the word before the mention.
            let before_word_before = before_last_word(just_before);
            let said_before = is_one_of(word_before, &SPEECH_BEFORE) && closes_quotation(before_word_before)
                    // Not a lone word inside the office ("… for European and [Eurasian] Energy
                    // Resources Robin Dunnigan").
                    || (mention.name.len() > 1 || mention.titled) && said_before_office(just_before);
            // The sentence's text before the mention less the office it names with "of", and that
            // text's last word: "… launched by Secretary of State X" gives "by".
            let before_the_office = before_office(just_before);
            let word_before_office = last_word(before_the_office);
            // "Yulia Navalnaya, widow of Alexey Navalny": a relative, talked about.
            let relative = names_a_relative(before_the_office) || relative_chain && joined_to_previous;
            relative_chain = relative;
            // Past a country's name or adjective, or a possessive, before the office: "a statement
            // from UK Foreign Secretary Raab", "the statement made by our Secretary Blinken".
            let mut before_country = before_the_office.trim_end();
            for _ in 0..2 {
                let word = last_word(before_country);
                if word.is_empty()
                    || !(matches!(word, "our" | "his" | "her" | "their")
                        || crate::extract::country::is_country_word(word))
                {
                    break;
                }
                before_country = before_country[..before_country.len() - word.len()].trim_end();
            }

            // "Senator Graham’s proposed ban": a possessive's verb is no speech of its.
            let possessed = after_possessive(&text[mention.start..mention.end], after);
            let possessive = possessed.is_some();
            // "According to Foreign Minister Lavrov, …", "in the words of President X": their words.
            // Someone clearly named: "according to Reuters" is a source, not a speaker; nor a
            // possessive ("according to President Biden's Executive Order 14024").
            // "To quote President Kennedy, …", "the words of Eleanor Roosevelt: …".
            let said_as_source = (mention.titled || mention.name.len() >= 2) && !possessive && {
                let head = before_the_office.trim_end();
                ["according to", "the words of", "to quote", "quoting"]
                    .iter()
                    .any(|h| ends_with_ignore_ascii_case(head, h))
            };
            // "As you’ve heard from President Biden, …", "we’ve heard from President Zelenskyy that
            // …": their words, in a briefing's answers too.
            let heard_from = (mention.titled || mention.name.len() >= 2)
                && !possessive
                && heard_from_before(before_the_office)
                && !sentence.trim_end().ends_with('?');
            // "I want to thank Foreign Minister Kuleba for his remarks", "Thank you, Ambassador
            // Thomas-Greenfield, for that kind introduction", "… for hosting us": they spoke at
            // the event.
            // Not a relative or a detainee ("thank the family of Evan Gershkovich for joining us").
            let thanked_for_their_part = (mention.titled || mention.name.len() >= 2)
                && !relative
                && thanked_for_speaking(after)
                && !DETAINED_BEFORE.is_match(crate::text::tail(before, 60))
                && {
                    let head = crate::text::tail(before, 30).to_lowercase();
                    head.contains("thank") && !head.contains("will thank")
                };
            // "the announcement by Turkish President Erdogan", "comments by Jake Sullivan", "the
            // deal as outlined by President Biden". Someone clearly named: "the announcement by
            // Micron" is a company's. Not a possessive: "as outlined by President Biden’s January
            // 27 executive order".
            let listed_with_previous = pos > 0 && {
                let between = text[all[m - 1].end..mention.start].trim();
                // Past what the office before was of: "President Sisi of Egypt, and …", "… of
                // Egypt and …".
                let between = match between.strip_prefix("of ") {
                    Some(rest) => {
                        let mut rest = rest;
                        while let Some(word) = rest.split([' ', ',']).next().filter(|w| is_capitalised(w)) {
                            rest = rest[word.len()..].trim_start_matches(' ');
                        }
                        rest
                    }
                    None => between,
                };
                matches!(between, "and" | ", and" | "," | "&")
            };
            let said_by_noun = (mention.titled || mention.name.len() >= 2)
                && !possessive
                && (matches!(last_word(before_country), "by" | "from")
                    && is_one_of(word_before_by(before_country), &SPEECH_NOUNS)
                    || said_by_chain && listed_with_previous);
            said_by_chain = said_by_noun;
            // "Chair Menendez’s letter", "President Biden’s condolences": speech of theirs.
            let said_by_possessive = (mention.titled || mention.name.len() >= 2)
                && possessed.is_some_and(|rest| is_one_of(first_word(rest.trim_start()), &POSSESSED_SPEECH));
            // "As far as Evan Gershkovich is concerned, …" states no position of his. A country's
            // possessive or a body's acronym may stand between: "a letter to Russia’s Foreign
            // Minister Sergey Lavrov proposing that we meet", "the initiative of IAEA Director
            // General Grossi announced today".
            let before_possessive_or_acronym = before_the_office
                .trim_end()
                .strip_suffix("’s")
                .or_else(|| before_the_office.trim_end().strip_suffix("'s"))
                .filter(|rest| crate::extract::country::is_country_word(last_word(rest)))
                .or_else(|| {
                    Some(before_the_office.trim_end()).filter(|_| mention.titled && is_acronym(word_before_office))
                })
                .map(|rest| &rest[..rest.len() - last_word(rest).len()]);
            // Only past a true preposition and before a verb right after the name: "according to
            // Russia’s Foreign Minister Lavrov", "thanked IBEW President X for", "the remarks of UN
            // Secretary-General Guterres, who called for" keep their speaker.
            let past_possessive = before_possessive_or_acronym.is_some_and(|rest| {
                matches!(last_word(rest), "to" | "of" | "from" | "for")
                    && !last_word(before_last_word(rest)).eq_ignore_ascii_case("according")
            }) && after.starts_with(' ');
            let preposition = is_one_of(word_before_office, &PREPOSITION_BEFORE)
                || past_possessive
                || preposition_chain == Some(mention.titled) && listed_with_previous && {
                    // A comma alone lists only where another comma goes on ("from Microsoft,
                    // Mastercard, and Salesforce"), not where it closes an opening phrase
                    // ("launched by Secretary Blinken, Assistant Secretary Phee met …", "In a
                    // letter to Senator Menendez, Secretary Blinken and Secretary Austin stressed").
                    let between = text[all[m - 1].end..mention.start].trim();
                    let joined_by_and = between.ends_with(" and") || between == "and" || between.ends_with('&');
                    joined_by_and || after.trim_start().starts_with(',')
                };
            preposition_chain = preposition.then_some(mention.titled);
            // A meeting in a time gone by: "Last Tuesday, Secretary Blinken hosted …".
            let met_then = past_time && is_meeting_verb(first_word(after.trim_start()));
            // "The choice for President Putin is clear", "Turning to President Putin, he said":
            // the object of a preposition states nothing.
            let said = (speech_follows(after) || said_in_apposition(just_before, after))
                && !preposition
                && !possessive
                && !met_then
                && !ends_with_ignore_ascii_case(just_before.trim_end(), "as far as")
                || thanked_for_their_part
                || said_before
                || said_by_noun
                || said_by_possessive
                || said_as_source
                || heard_from;
            // The event a headline's possessive names ("X’s Travel to …").
            let headline_event = if in_title { POSSESSIVE_EVENT.find(after).map(|m| m.as_str()) } else { None };
            // The traveler of a trip to come that someone else announces says nothing in it.
            let announced_traveler = trip_announced
                && possessive
                && headline_event.is_some_and(|e| ["Travel", "Trip", "Visit"].iter().any(|w| e.ends_with(w)));
            // "Secretary Blinken's Travel to…". Without the possessive, one untitled word before
            // the event is a surname when the readout names its bearer more fully ("Special Envoy
            // for the Horn of Africa Satterfield Travel to…"), else the event's kind, not its
            // subject: "Ministerial Preparatory Meeting", "First-Ever Papal Visit".
            let subject_of_headline = headline_event.is_some()
                && !announced_traveler
                && (mention.titled
                    || mention.name.len() >= 2
                    || possessive
                    || after.starts_with(['’', '\''])
                    || all
                        .iter()
                        .any(|other| other.surname() == mention.surname() && (other.titled || other.name.len() >= 2)));
            // The other side of "Secretary Blinken With Chris Wallace of Fox News" (an interview),
            // when clearly a person's name; each of them, listed: "With Joe Scarborough, Mika
            // Brzezinski, and Willie Geist".
            let interviewer = in_title
                && mention.name.len() >= 2
                && (just_before.trim_end().to_lowercase().ends_with(" with")
                    || interviewer_chain && joined_to_previous);
            interviewer_chain = interviewer;
            // "Dominic Ng Appointed to Chair …", "Aleksey Navalny Unjustly Convicted Again", "…
            // Welcomes the Appointment of Hans Grundberg": a headline about what befell the person,
            // who says nothing in it.
            let befallen = in_title
                && (HEADLINE_PASSIVE.is_match(after)
                    || HEADLINE_BEFALLS.is_match(just_before)
                    || befallen_chain && joined_to_previous);
            befallen_chain = befallen;
            let headline = in_title
                && !befallen
                && !announced_traveler
                && (EVENT_HEADLINE.is_match(sentence)
                    || JOINT_HEADLINE.is_match(sentence.trim_start())
                    || subject_of_headline
                    || interviewer
                    || (ATTRIBUTED_HEADLINE.is_match(sentence.trim_start()) || before.trim().is_empty())
                        && (pos == 0 && !is_one_of(word_before_office, &HEADLINE_TOPIC)
                            || headline_chain && joined_to_previous));
            headline_chain = headline && (pos == 0 || headline_chain);
            // Past the words of an office before the title: "attributable to State Department
            // Spokesperson Ned Price".
            let attributed = [just_before, before_office_words(just_before)].into_iter().any(|before| {
                let head = before.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ' ');
                is_one_of(last_word(head), &ATTRIBUTION_LAST) && ATTRIBUTION.is_match(head)
            });
            // "X, Y and Z signed …": the subjects before the sentence's first verb.
            let subject =
                verbs.iter().find(|(zone, _, _)| mention.start >= zone.start && mention.end <= zone.end).is_some_and(
                    |(zone, action, count)| {
                        // A meeting or act in a time gone by is history: "Earlier this month,
                        // Deputy Secretary Sherman and Foreign Minister Lamamra met in Algiers".
                        let history = past_time && (*action || is_meeting_verb(first_word(&text[zone.end..])));
                        (!action || *count >= 2)
                            && !history
                            && !is_passive(&text[..zone.end])
                            && chained_to_verb(text, &all, here.clone(), m, zone.end)
                    },
                ) && !possessive
                    && !DETAINED_BEFORE.is_match(crate::text::tail(before, 60))
                    && !preposition
                    && !in_title
                    && before.matches(['“', '"']).count().is_multiple_of(2);
            // "X spoke with Y": both sides, up to the topic.
            // A possessive takes part only right before the event: "President Biden’s call with
            // X", not "reemphasized President Biden’s commitment … signed during the visit".
            let participant = participation.is_some_and(|(start, objects_from, limit, subjects_from)| {
                let owns_event =
                    !possessive || text.get(mention.end..start).is_some_and(|t| t.split_whitespace().count() <= 2);
                (mention.start >= subjects_from && mention.end <= start && !preposition && owns_event)
                    // "joined President John Kennedy’s Peace Corps", "welcomed President Duda’s
                    // action": what is joined or welcomed is theirs; not so their speech or their
                    // gathering, past an adjective or two ("welcomed Special Envoy Geir Pedersen’s
                    // briefing", "joined Foreign Minister Joly’s virtual meeting").
                    || (mention.start >= objects_from
                        && mention.start < limit
                        && possessed.is_none_or(|rest| {
                            rest.split_whitespace().take(3).any(|w| {
                                let owned = w.trim_end_matches(|c: char| !c.is_alphabetic());
                                is_one_of(owned, &POSSESSED_SPEECH)
                                    || is_one_of(owned, &SPEECH_NOUNS)
                                    || is_what_is_said(owned)
                                    || is_one_of(owned, &PARTICIPATION_WORDS)
                                    || is_gathering(owned)
                            })
                        }))
            }) && !in_title
                && !past_time
                && !relative
                && !*owner_of_office;
            let list_line_name = listed_pos == Some(pos);
            if list_line_name && mention.name.len() >= 2 {
                list.listed_someone();
            }
            let listed = !relative
                && (list_line_name
                    || lists.iter().any(|l| mention.start >= l.start && mention.end <= l.end)
                    // "with the participation of Sarah Ladislaw": "of" ends the list's words.
                    && (mention.name.len() >= 2
                        && (mention.titled
                            || !matches!(word_before, "of" | "to" | "for")
                            || pos_in_list_start(&lists, mention.start))
                        || mention.titled && is_lone_list_name(&mention.name[0])))
                && !*owner_of_office;
            // "“We count on Germany as a key Ally.” / – Secretary Antony J. Blinken, May 24, 2021".
            let quoted_above =
                pos == 0 && matches!(before.trim(), "–" | "—") && text[..s].trim_end().ends_with(['”', '"']);
            // A heading of a name and its office over a quotation of theirs, as a readout gathers
            // statements of support: "National Grid President Badar Khan:" then "“National Grid
            // recognizes …”" on the next line.
            // (Past the sentence: a line break may end the heading's.)
            let heads_a_quotation = heads_a_quotation(before, crate::text::head(&text[mention.end..], 200));
            // A name in the lines that close a text as signatures signs it, wherever on its line
            // ("Joseph R. Biden, Jr. Emmanuel Macron").
            let signed = pos == 0 && before.trim().is_empty() && is_signature(after)
                || mention.start >= closing_signatories_from
                    && (mention.titled || mention.name.len() >= 2)
                    && (only_names_before_on_its_line(text, mention.start)
                        || names_the_line_s_signatory(text, mention.start..mention.end))
                || quoted_above
                || heads_a_quotation;
            let (attributed, headline, listed, signed, participant) = if in_transcript {
                (false, false, mention.name.len() >= 2 && pos_in_list_start(&lists, mention.start), false, false)
            } else {
                (attributed, headline, listed, signed, participant)
            };
            let strong = said || attributed || headline || listed || signed;
            if schedule || !(strong || subject || participant) || company_in_apposition(after) {
                continue;
            }
            // A lone word without a title must speak for itself ("O’Brien said") and look like a name.
            let lone = mention.name.len() == 1 && !mention.titled;
            if lone && !((said || attributed || subject_of_headline) && plausible_lone_name(&mention.name[0])) {
                continue;
            }
            // Subject and participation rules want someone clearly named; "the" before an untitled
            // name makes it a place or a thing ("at the Haram al-Sharif, and recognized"), unless
            // it ends an office ("Comptroller of the Currency Michael Hsu").
            let after_the =
                word_before.eq_ignore_ascii_case("the") && !last_word(before_word_before).eq_ignore_ascii_case("of");
            if !strong && !mention.titled && (mention.name.len() < 2 || after_the) {
                continue;
            }
            if !speaking.contains(&m) {
                speaking.push(m);
            }
        }
    }
    // A memorial statement's subject ("… on the Passing of Quincy Jones") is talked about,
    // whatever the body says of them ("Quincy Jones championed civil rights"): ANNOTATION.md's
    // "honoring the late John McCain".
    let mourned = mourned(text, title_end, &all);
    if !mourned.is_empty() {
        // By surname, or by the given name alone ("Randall wrote so powerfully").
        let is_mourned = |m: &Mention<'_>| {
            mourned.iter().any(|d| d.surname() == m.surname() || m.name.len() == 1 && d.name.first() == m.name.first())
        };
        speaking.retain(|&m| !is_mourned(&all[m]));
    }
    // "SECRETARY BLINKEN: Uzra, thank you": the given name is the tag before's, not someone else.
    if !tags.is_empty() {
        // Not a word the readout gives as someone else's name: a surname with a title or after a
        // given name ("President Zelenskyy"), or a given name before another surname than the
        // tags' ("Jake, as many of you know, has led this work" beside Jake Sullivan).
        let mut given = given_names_of_tagged(text, &reading.turns);
        given.retain(|&word| {
            !all.iter().any(|m| {
                m.surname() == word && (m.titled || m.name.len() > 1)
                    || m.name.len() > 1 && *m.name[0] == *word && !tags.iter().any(|t| t.surname() == m.surname())
            })
        });
        speaking.retain(|&m| !(all[m].name.len() == 1 && !all[m].titled && given.contains(&&*all[m].name[0])));
    }
    let first_tag = all.len();
    let tags = if schedule { Vec::new() } else { tags };
    for tag in tags.into_iter().chain(signed_in_capitals(text).into_iter().filter(|_| !schedule)) {
        speaking.push(all.len());
        all.push(tag);
    }
    resolve(&all, speaking, text, first_tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_shape_test_and_few_others_do() {
        for verb in SPEECH_VERB_LIST.iter().chain(ACTION_VERBS.iter()).chain(GIVING_VERBS.iter()) {
            assert!(VERB_SHAPES.may_hold(verb.as_bytes(), false), "{verb}");
            assert!(!VERB_SHAPES.may_hold(verb.to_uppercase().as_bytes(), false), "{verb}: case matters");
        }
        let participation = WordShapes::of(PARTICIPATION_WORDS.iter().copied());
        for word in PARTICIPATION_WORDS.iter() {
            assert!(participation.may_hold(word.as_bytes(), false), "{word}");
            assert!(participation.may_hold(word.to_uppercase().as_bytes(), true), "{word}: folded");
        }
        for particle in PARTICLES.iter() {
            assert!(is_particle(particle), "{particle}");
        }
        for common in ["the", "and", "that", "a", "", "é", "of"] {
            assert!(!VERB_SHAPES.may_hold(common.as_bytes(), false), "{common}");
            assert!(!participation.may_hold(common.as_bytes(), true), "{common}");
        }
    }
}
