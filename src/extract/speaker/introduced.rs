//! Lists of participants written in a sentence ("was joined by X, Y and Z", "The U.S. delegation,
//! led by …", "Participants included X and Y"), from the words that open them
//! ([`LIST_INTRODUCER`]) to those that end them ([`LIST_END`]); lists under a heading are
//! `lists`'. `roles` weighs what they give with the other roles.

use std::sync::LazyLock;

use regex::Regex;

use super::context::convenes_a_gathering;
use super::exchange::participation_word;
use super::shape::*;
use super::words::*;

/// Words that introduce the people who took part, in a list that runs to the topic: "was joined on
/// the call by X, Y and Z", "was briefed by", "received a briefing from", "received an update on … from", "featured",
/// "participants included", "Also in the meeting were", "the meeting – which also included",
/// "heard from", "heard updates on … from", "was chaired by"
/// (not a dialogue "co-chaired by" someone, which a statement recalls), "headed by", "was opened
/// by", "Signed: …"; in a speech, the next speaker ("turn it over to", "please welcome", "my
/// pleasure to introduce"); who represented each side ("the representatives from the U.S. side were
/// X, Secretary of the Treasury, and Y").
pub(super) static LIST_INTRODUCER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:was|were) joined (?:\w+ ){0,4}?by|joined (?:on the call |in the meeting |virtually )?by|(?:was|were) briefed by|received (?:a |an )?(?:briefings?|updates?|overviews?|presentations?)(?: (?:on|of) [^;:]{0,160}?)? from|(?:co-)?hosted by|attended by|moderated by|(?:(?:was|were|is|are|been) |, )(?:co-)?chaired by|(?:roundtable|meeting|event|call|conversation|discussion|panel|session|convening)(?: – which| - which|, which)? (?:also )?(?:featured|included:?)|featured remarks (?:from|by)|remarks (?:from|by)|(?:remarks|keynotes?|presentations|briefings) (?:were|was) (?:provided|delivered|given|offered|made) by|convened by(?: (?:co-chairs|chairs|co-hosts))?|with the participation of|heard (?:directly |first-hand |firsthand )?from|heard (?:an? )?(?:updates?|briefings?|presentations?|reports?|remarks)(?: (?:on|about) [^;:]{0,160}?)? from|(?:joining|participating|attending|taking part)(?: [\w.’'-]+){0,6}? (?:on|in|at) the (?:call|meeting|conversation|event|discussion|session|roundtable|visit)s? (?:were|was|included)|(?:statement|text|declaration|communiqu[eé]) (?:was|were) (?:signed|released|issued) by|participants (?:included|were)|(?:participants|attendees|speakers|panelists): |(?:also )?(?:attending|participating|present|joining|in attendance)(?: [\w.’'-]+){0,4}? (?:were|was)|also (?:in|on|at) the (?:meeting|call|conversation|discussion|roundtable|session)s? (?:were|was)|(?:was|were) accompanied by|at the invitation of|(?:officials|leaders|guests|members|attendees|representatives) (?:also )?(?:included|include)|(?:also )?participating (?:were|included|include)|(?:speakers|panelists|attendees) included|delegation (?:also )?(?:included|includes|was led by|consisted of|(?:was )?comprised of)|(?:was|were) represented by|(?:the )?representatives? (?:from|of|for) (?:[\w.’'-]+ ){1,6}?(?:was|were)|representing (?:[A-Za-z.-]+ ){1,4}?(?:were|was)|led by|headed by|facilitated by|(?:was|were) (?:opened|welcomed) by|signed: |(?:turn|hand) (?:it|things) (?:back )?over to|please (?:join me in )?welcom(?:e|ing)|(?:pleasure|honor|honour|privilege) to introduce)(?-u:\b)")
        .expect("static regex")
});

/// The end of a list of participants: the topic, or a relative clause.
pub(super) static LIST_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:to discuss|to review|to hear|to share|to highlight|about|regarding|concerning|on the benefits|on how|on efforts|on their|on his|on her|who|whose|which|where|following|after|said|stressed|noted|emphasized|underscored|expressed|reaffirmed)(?-u:\b)")
        .expect("static regex")
});

/// Pushes onto `lists` the lists of participants that `sentence` (starting at `s` in the text)
/// introduces ("The meeting included …", "was joined by …", "The U.S. delegation, led by …"),
/// each from its introducer to its end ([`LIST_END`]).
pub(super) fn introduced_lists(sentence: &str, s: usize, lists: &mut Vec<std::ops::Range<usize>>) {
    for found in LIST_INTRODUCER.find_iter(sentence) {
        // "The meeting included Domestic Policy Advisor Susan Rice" (or "the Deputy
        // Attorney General, Lisa Monaco"), not "The meeting included a discussion of
        // President Putin's war".
        let after = sentence[found.end()..].trim_start_matches([':', ' ']);
        let people_follow = after.strip_prefix("the ").unwrap_or(after).chars().next().is_some_and(char::is_uppercase);
        // Nor "The representative of Hamas was killed", "Representatives … were among the
        // guests": who represented a side is named within three words of "was" or "were"
        // ("were also Vice Foreign Minister …", "was former Ambassador …").
        let represented = found.as_str().to_ascii_lowercase().contains("representative");
        let named_soon = after.split_whitespace().take(3).any(|w| w.starts_with(char::is_uppercase));
        if found.as_str().ends_with("included") && !people_follow || represented && !named_soon {
            continue;
        }
        // Those named after "the families of" are talked about: "heard updates from the
        // families of Evan Gershkovich and Paul Whelan" lists no one who took part.
        if found.as_str().ends_with("from")
            && ["the families", "families", "the family", "family"].iter().any(|f| after.starts_with(f))
        {
            continue;
        }
        // Company or a host to come: "President Biden, who will be joined by First Lady Jill
        // Biden for the stops in the United Kingdom", "the trilateral leaders’ summit to be hosted
        // by President Biden in the coming months" (not "I’m delighted to be joined by …").
        let before_list = sentence[..found.start()].trim_end();
        if ["will be", "will also be", "would be"].iter().any(|w| before_list.ends_with(w))
            || super::verbs::is_gathering_to_come(before_list)
        {
            continue;
        }
        // Who leads a delegation or a side takes part in what it does ("The U.S. delegation,
        // led by …", "The delegations of Iraq, led by …"); who leads an initiative, a
        // department or a group of lawmakers is talked about ("the Central America Forward
        // initiative led by Vice President Harris", "Senators, led by Senators Warner and
        // Thune").
        let introducer = found.as_str().to_lowercase();
        // Opening the sentence, the leaders of the gathering it reads out ("Led by Dr. Kurt
        // Campbell … and Jody Thomas …, participants discussed"), not of a plan ("Led by Chair Rick
        // Scott, their plan would …").
        let leads_what_follows =
            sentence[..found.start()].trim().is_empty() && participation_word(&sentence[found.end()..]).is_some();
        if (introducer.ends_with("led by") || introducer.ends_with("headed by"))
            && !introducer.starts_with("delegation")
            && !leads_what_follows
            && !leads_a_side(&sentence[..found.start()])
        {
            continue;
        }
        // A host of a trip to come: "will travel to Riyadh at the invitation of …".
        if found.as_str().ends_with("invitation of")
            && sentence[..found.start()].split_whitespace().any(|w| matches!(w, "will" | "would"))
        {
            continue;
        }
        let mut end = LIST_END.find_at(sentence, found.end()).map_or(sentence.len(), |m| m.start());
        // "accompanied by State Department security, traveled to Kyiv … as the Secretary
        // pledged to President Zelenskyy": those accompanying end at the first word in
        // lower case that joins no office or name ("Under Secretary for Economic Growth,
        // Energy, and the Environment Jose Fernandez, will …").
        if found.as_str().ends_with("accompanied by") {
            end = found.end() + name_run_end(&sentence[found.end()..end]);
        }
        lists.push(s + found.end()..s + end);
    }
}

/// Whether the words before "led by" name a delegation, a side, a group or the readout's own
/// gathering, whose leader takes part: "The United States delegation was co-", "The delegations
/// of the Republic of Iraq,", "a bipartisan group of House members –", "The call was". (A
/// sentence that opens with "Led by" is read by the caller.)
fn leads_a_side(before: &str) -> bool {
    let mut rest = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '—' | '-'));
    // "co-led by"; not the "co" that ends "Mexico".
    if let Some(head) = before.trim_end().strip_suffix("co-") {
        rest = head.trim_end();
    }
    if matches!(last_word(rest), "was" | "were" | "is" | "are" | "been") {
        rest = before_last_word(rest).trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    }
    let word = last_word(rest);
    // The readout's own gathering, named as such: "The dialogue was led by …", "Today's meeting"
    // (not "a regular supply chain dialogue, led by …", a standing body).
    let this_gathering = matches!(
        word.to_lowercase().as_str(),
        "dialogue"
            | "talks"
            | "consultations"
            | "meeting"
            | "call"
            | "session"
            | "discussion"
            | "discussions"
            | "conference"
    ) && matches!(last_word(before_last_word(rest)).to_lowercase().as_str(), "the" | "this" | "s");
    this_gathering
        || convenes_a_gathering(before)
        || matches!(
            word.to_lowercase().as_str(),
            "delegation" | "delegations" | "side" | "sides" | "members" | "group" | "groups" | "team" | "teams"
        )
        // A country's side, where the sentence is about delegations ("The delegations of Iraq, led
        // by …, and the United States of America, led by …"); not a country and its leader
        // ("Ukraine, led by President Zelenskyy, has shown extraordinary courage").
        || crate::extract::country::is_country_word(word) && {
            let sentence_before = before.to_lowercase();
            sentence_before.contains("delegation") || sentence_before.contains(" side")
        }
}
