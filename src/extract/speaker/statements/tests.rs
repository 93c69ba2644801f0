use super::find;
use crate::readout::StatementKind::{self, Direct, Reported};

/// The statements of a readout as (speaker, kind, text).
fn statements(title: &str, body: &str) -> Vec<(String, StatementKind, String)> {
    find(title, body).into_iter().map(|s| (s.speaker, s.kind, s.text)).collect()
}

fn st(speaker: &str, kind: StatementKind, text: &str) -> (String, StatementKind, String) {
    (speaker.to_string(), kind, text.to_string())
}

#[test]
fn quotes_with_their_attribution() {
    let cases = [
        (
            "Blinken discusses normalization",
            "Secretary of State Antony Blinken met Prime Minister Nikol Pashinyan.\n\n“We see a real opportunity,” O’Brien said at a press briefing. “We’re encouraged by the talks,” he added.",
            // "Met" alone is an action, no statement.
            vec![st("O’Brien", Direct, "We see a real opportunity We’re encouraged by the talks")],
        ),
        (
            "Readout",
            "Spokesperson Matthew Miller said that “the Secretary recognized the suffering of the people.”",
            vec![st("Matthew Miller", Direct, "the Secretary recognized the suffering of the people.")],
        ),
        (
            "Readout",
            "“We welcome the agreement,” said Matthew Miller, “and we urge both sides to implement it.”",
            vec![st("Matthew Miller", Direct, "We welcome the agreement and we urge both sides to implement it.")],
        ),
        (
            "Readout",
            "James O’Brien told reporters: “The door remains open for a deal.”",
            vec![st("James O’Brien", Direct, "The door remains open for a deal.")],
        ),
    ];
    for (title, body, expected) in cases {
        let got: Vec<_> = statements(title, body);
        assert_eq!(got, expected, "{body}");
    }
}

#[test]
fn scare_quotes_and_titles_are_no_statements() {
    let got = statements(
        "Readout",
        "The so-called “referendum” was a sham. The report “Country Reports on Human Rights Practices” is out.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn reported_subjects_titles_pronouns_and_groups() {
    let body = "Secretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh Shoukry in Washington.  Secretary Blinken and Foreign Minister Shoukry discussed the strategic partnership.  The Secretary reaffirmed the importance of human rights.  They also discussed regional security.  He thanked the Foreign Minister.";
    let got = statements("Secretary Blinken’s Meeting with Egyptian Foreign Minister Shoukry", body);
    let reported: Vec<(&str, &str)> =
        got.iter().map(|(s, _, t)| (s.as_str(), t.split(' ').take(3).last().unwrap_or(""))).collect();
    assert_eq!(
        reported,
        vec![
            ("Antony Blinken", "and"),
            ("Sameh Shoukry", "and"),
            ("Antony Blinken", "reaffirmed"),
            ("Antony Blinken", "discussed"),
            ("Sameh Shoukry", "discussed"),
            ("Antony Blinken", "the"),
        ],
        "{got:?}"
    );
}

#[test]
fn actions_are_no_statements() {
    for body in [
        "Secretary Blinken traveled to Kyiv.",
        "Secretary Blinken spoke with Foreign Minister Kuleba.",
        "The United States remains committed to peace.",
        "The agreement that Secretary Blinken discussed was signed.",
    ] {
        let got = statements("Readout", body);
        assert!(got.is_empty(), "{body}: {got:?}");
    }
}

#[test]
fn a_statement_from_a_person_is_theirs_paragraph_by_paragraph() {
    let got = statements(
        "Statement from President Joe Biden on Orthodox Easter",
        "Jill and I send our warmest wishes to all who celebrate.\nWe stand with the faithful in Ukraine.",
    );
    assert_eq!(
        got,
        vec![
            st("Joe Biden", Direct, "Jill and I send our warmest wishes to all who celebrate."),
            st("Joe Biden", Direct, "We stand with the faithful in Ukraine."),
        ]
    );
    let attributed = statements(
        "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
        "Office of the Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\nSecretary Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba. The Secretary reaffirmed our support.",
    );
    assert!(attributed.iter().all(|(s, _, _)| s != "Ned Price"), "{attributed:?}");
    assert!(attributed.iter().any(|(s, k, _)| s == "Blinken" && *k == Reported), "{attributed:?}");
    let signed = statements(
        "Haiti anniversary",
        "Antony J. Blinken, Secretary of State\n\nToday marks one year since the assassination.\n\nWe remain concerned about the investigation.",
    );
    assert_eq!(signed.len(), 2, "{signed:?}");
    assert!(signed.iter().all(|(s, k, _)| s == "Antony Blinken" && *k == Direct));
}

#[test]
fn transcript_turns_are_their_speakers_and_questions_are_none() {
    let body = "Ned Price, Department Spokesperson\n\nMR PRICE: Good afternoon.\n\nWe have one announcement.\n\nQUESTION: Thanks, Ned. Did Lavrov say “we will never agree to this”?\n\nMR PRICE: He did not.\n\nQUESTION: Thank you.";
    let got = statements("Department Press Briefing", body);
    assert_eq!(
        got,
        vec![
            st("Ned Price", Reported, "Good afternoon."),
            st("Ned Price", Reported, "We have one announcement."),
            st("Ned Price", Reported, "He did not."),
        ]
    );
}

#[test]
fn ranges_are_characters_of_the_body() {
    let body = "Çavuşoğlu met. “We welcome the agreement,” Miller said.";
    let found = find("Readout", body);
    let quote = found.iter().find(|s| s.kind == Direct).expect("a direct statement");
    let chars: Vec<char> = body.chars().collect();
    let marked: String = chars[quote.range[0]..quote.range[1]].iter().collect();
    assert_eq!(marked, "“We welcome the agreement,”");
}

#[test]
fn straight_quotes_and_merged_quotes_start_at_their_first_mark() {
    for body in [
        "The message was clear — \"we welcome the talks today.\" \"We urge calm now,\" Miller said.",
        "\"We welcome the talks today.\" \"We urge calm now,\" Miller said.",
        "Ready.”\n\"We welcome the talks today.\" \"We urge calm now,\" Miller said.",
    ] {
        let found = find("Readout", body);
        let quote = found.iter().find(|s| s.kind == Direct).unwrap_or_else(|| panic!("{body}: {found:?}"));
        assert_eq!(quote.text.to_lowercase(), "we welcome the talks today. we urge calm now", "{body}");
        let chars: Vec<char> = body.chars().collect();
        assert_eq!(chars[quote.range[0]], '"', "{body}: the range starts at the first mark");
    }
}

#[test]
fn odd_text_never_panics() {
    for body in [
        "The ministers –  – reaffirmed their support.",
        "– – said.",
        "“",
        "” said Miller “",
        "\"\"\"",
        "Çavuşoğlu” said “Él dijo” and Miller stressed it.",
        "QUESTION:\nMR PRICE:\n\nMODERATOR:",
    ] {
        let _ = find("Readout", body);
        let _ = find(body, body);
    }
}

#[test]
fn statements_in_their_own_words_and_joint_ones() {
    let attributed = statements(
        "Statement on the Anniversary",
        "Office of the Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\nWe remember the victims today.\n\nOur commitment stands.",
    );
    assert_eq!(
        attributed,
        vec![
            st("Ned Price", Direct, "We remember the victims today."),
            st("Ned Price", Direct, "Our commitment stands."),
        ]
    );
    let joint_subject = statements(
        "Statement from President Joe Biden on Joint U.S.-Mexico Cooperation",
        "Our courts and our people will work together.",
    );
    assert_eq!(joint_subject, vec![st("Joe Biden", Direct, "Our courts and our people will work together.")]);
    let joint_statement = statements("Joint Statement of the Leaders", "We, the leaders, affirm our unity.");
    assert!(joint_statement.is_empty(), "{joint_statement:?}");
}

#[test]
fn only_questions_are_no_ones_words_in_a_transcript() {
    let body = "MODERATOR: Our speaker is Secretary Blinken. “We are ready to talk,” Blinken said yesterday.\n\nQUESTION: Did Lavrov say “we will never agree to this”?\n\nSECRETARY BLINKEN: No.\n\nQUESTION: Thanks.";
    let got = statements("Briefing", body);
    assert!(
        got.iter().any(|(s, k, t)| s.ends_with("Blinken") && *k == Direct && t == "We are ready to talk"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, t)| t.contains("never agree")), "{got:?}");
}

#[test]
fn single_spaced_joins_the_words_split_whitespace_finds() {
    let plain = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for text in [
        "",
        "   ",
        "one",
        "  The Secretary\tsaid\n\n that  peace\u{b}holds.\r\n",
        "a\u{c}b\u{1c}c d",
        "non\u{a0}breaking — and “quoted”  words",
        "ASCII only, with   runs of   spaces ",
    ] {
        assert_eq!(super::single_spaced(text), plain(text), "{text:?}");
    }
}

/// A name that keeps its "Jr." as the speakers do: one person, one name, in a group's statement
/// too ("The two Presidents welcomed …").
#[test]
fn statements_name_a_speaker_as_the_speakers_do() {
    let got = statements(
        "Readout of President Biden’s Meeting with President Ferdinand Marcos Jr. of the Philippines",
        "President Joseph R. Biden, Jr. met today with President Ferdinand Marcos Jr. of the Philippines at the White House. The two Presidents welcomed the momentum in the alliance. President Marcos thanked President Biden for his support.",
    );
    let speakers: std::collections::BTreeSet<&str> = got.iter().map(|(speaker, ..)| speaker.as_str()).collect();
    assert_eq!(speakers, ["Ferdinand Marcos Jr.", "Joseph Biden"].into_iter().collect(), "{got:?}");
    assert!(
        got.iter().any(|(speaker, _, text)| speaker == "Ferdinand Marcos Jr." && text.contains("momentum")),
        "{got:?}"
    );
}

#[test]
fn a_tagged_speaker_keeps_their_turns_from_a_relative_named_in_them() {
    // "PRESIDENT BIDEN" is Biden, not the son or the First Lady the turn names (rules-116).
    for relative in ["my son, Hunter Biden", "First Lady Jill Biden"] {
        let body = format!(
            "PRESIDENT BIDEN: Thank you all. I am here with {relative}.\n\nPRESIDENT BIDEN: God bless you all."
        );
        let speakers: Vec<String> = statements("Remarks by President Biden", &body).into_iter().map(|s| s.0).collect();
        assert!(!speakers.is_empty(), "{body}");
        assert!(speakers.iter().all(|s| s == "Biden" || s == "Joe Biden"), "{body}: {speakers:?}");
    }
}
