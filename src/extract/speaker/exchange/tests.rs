use super::*;
use regex::Regex;

#[test]
fn the_sides_of_an_exchange() {
    // (sentence, the participation word, the text where the other side is named)
    let cases: &[(&str, Option<(&str, &str)>)] = &[
        ("Blinken met Foreign Minister Lavrov to discuss Ukraine.", Some(("met", " Foreign Minister Lavrov "))),
        ("Blinken spoke with Lavrov about Ukraine.", Some(("spoke", " with Lavrov "))),
        ("Blinken spoke to Lavrov about Ukraine.", Some(("spoke", " Lavrov "))),
        ("Blinken spoke by phone today to Lavrov.", Some(("spoke", " Lavrov."))),
        ("Blinken spoke to the importance of a ceasefire.", Some(("spoke", ""))),
        ("Blinken spoke to reporters.", Some(("spoke", ""))),
        ("Blinken updated Foreign Minister Kuleba on the war.", Some(("updated", "Foreign Minister Kuleba "))),
        ("He briefed President Zelenskyy that day.", Some(("briefed", "President Zelenskyy "))),
        ("He told President Zelenskyy that Ukraine would win.", None),
        ("He issued an updated Supply Chain Advisory.", None),
        ("The call was in line with the commitment by X and Y.", Some(("call", ""))),
        ("They discussed the summit with Putin.", Some(("discussed", ""))),
        ("They welcomed the agreement between A and B.", Some(("welcomed", ""))),
        ("They welcomed Prime Minister C.", Some(("welcomed", " Prime Minister C."))),
        ("He will meet with Lavrov.", None),
        ("Evan Gershkovich received a sentence of 16 years.", None),
        ("Biden received a phone call from Zelenskyy.", Some(("received", " a phone call from Zelenskyy."))),
        ("The Secretary received the delegation of Ukraine.", Some(("received", " the delegation of Ukraine."))),
        // An opening clause recalling someone's earlier exchange: the one read out follows.
        (
            "Following President Biden’s call with Prime Minister Bennett on April 24, Jake Sullivan met with Eyal Hulata.",
            Some(("met", " with Eyal Hulata.")),
        ),
        ("When I welcomed President Niinistö to the White House last month, I told them so.", None),
        // The readout's own exchange: a time owns it, or the clause goes on to it.
        (
            "Following today’s meeting with Prime Minister Anthony Albanese, the two leaders released a statement.",
            Some(("meeting", " with Prime Minister Anthony Albanese, the two leaders released a statement.")),
        ),
        (
            "After Secretary Blinken’s visit to Kyiv in May Deputy Secretary Sherman spoke with Foreign Minister Kuleba today, and more.",
            Some(("visit", " with Foreign Minister Kuleba today, and more.")),
        ),
        (
            "Following his meeting with Foreign Minister Wang, he spoke with Lavrov.",
            Some(("meeting", " with Foreign Minister Wang, he spoke with Lavrov.")),
        ),
        ("They have not received any help.", None),
        ("Nothing happened.", None),
    ];
    for (sentence, want) in cases {
        let got = exchange_in(sentence, recalled_opening(sentence)).map(|x| {
            let word = &sentence[x.word..];
            let word = &word[..word.find(' ').unwrap_or(word.len())];
            (word, &sentence[x.objects_from..x.objects_end])
        });
        assert_eq!(got, *want, "{sentence}");
    }
}

#[test]
fn participation_scan_agrees_with_a_regex() {
    let regex = Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", PARTICIPATION_WORDS.join("|"))).unwrap();
    let mut texts = vec![
        "The Secretary MET with Foreign Minister Wang; they held talks.".to_string(),
        "A co-meeting, a metal phone_call, Phone-call, tele\u{AD}phone, été met café.".to_string(),
        "Nothing here at all".to_string(),
        "Reach us by phone at 202-261-8207 or by Telephone numbers; we spoke on the phone at length.".to_string(),
        String::new(),
    ];
    texts.extend(crate::test_support::corpus_sentences(5));
    for text in &texts {
        let expected = regex
            .find_iter(text)
            .find(|m| !is_a_contact_number(&m.as_str().to_lowercase(), &text[m.end()..]))
            .map(|m| (m.range(), m.as_str().to_lowercase()));
        let got = participation_word(text).map(|(r, w)| (r, w.to_string()));
        assert_eq!(got, expected, "{text:?}");
    }
}

#[test]
fn the_opening_words_let_through_every_recalled_opening() {
    for sentence in [
        "Following President Biden’s conversation with Prime Minister Bennett on April 24, Jake Sullivan met Eyal Hulata.",
        "  Building on the President’s June 29 trilateral meeting with President Yoon, Secretary Blinken spoke.",
        "As a follow-up to President Biden’s call with President Giammattei, Sullivan spoke with him.",
        "Following on the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo reaffirmed support.",
        "When I welcomed President Niinistö to the White House last month, I told them so.",
        "Ahead of Secretary Blinken’s trip to Kyiv, the Deputy Secretary spoke with Foreign Minister Kuleba.",
        "Recalling the meeting between President Biden and President Xi, the two sides agreed.",
        "Since President Biden’s visit to Israel, Sullivan and Hanegbi have met twice.",
        "Further to the call between the leaders, the ministers spoke.",
        "Secretary Blinken met Foreign Minister Lavrov.",
        "\tFollowing President Biden’s call with X, Y spoke.",
    ] {
        assert_eq!(recalled_opening(sentence), opening_by_regex(sentence), "{sentence}");
    }
    assert!(
        recalled_opening("Following on the July 27 meeting between President Biden and PM Meloni, Sullivan met.") > 0
    );
}
