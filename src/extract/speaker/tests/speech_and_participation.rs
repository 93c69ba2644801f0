//! Speech and participation: attributions, headlines, verbs of speech, the sides of a call or
//! meeting, and people only talked about.

use super::{check_bodies, speakers};

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
fn more_ways_of_reporting_speech() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        ("As Special Envoy Malley mentioned in his opening statement, we will submit it.", &["Malley"]),
        ("What Special Envoy Rob Malley clarified today is that we would submit it.", &["Rob Malley"]),
        ("Minister Jan Christian Vestre signaled their intent to move forward.", &["Jan Christian Vestre"]),
        // "alleged" describes; it reports no one's speech.
        ("A reward is offered for officers Pavel Akulov and Marat Tyukov for their alleged involvement.", &[]),
        ("Evan Gershkovich, accused of espionage, remains detained.", &[]),
        ("Alexei Navalny, denied medical care, remains in prison.", &[]),
        // Telling someone, recalling, appealing; speech in the progressive.
        ("Mr. Hady Amr has informed the Israelis that there is a crisis.", &["Hady Amr"]),
        ("Richard Engel was telling me that people are hopeful.", &["Richard Engel"]),
        ("Chancellor Scholz has been saying that Germany will help.", &["Scholz"]),
        (
            "Opinions differ, including retired Admiral James Stavridis, saying that it is less likely.",
            &["James Stavridis"],
        ),
        // Acts, not speech: a decision condemned or reversed is no position stated.
        ("But President Putin rejected diplomacy and chose war.", &[]),
        // Quoted in a speech; thanked for speaking or hosting; the next speaker introduced.
        ("To quote President John Kennedy, we choose to go to the moon.", &["John Kennedy"]),
        ("I am reminded of the words of Eleanor Roosevelt: do what you feel.", &["Eleanor Roosevelt"]),
        ("Martin Luther King Jr. reminded us that injustice anywhere is a threat.", &["Martin Luther King Jr."]),
        ("I want to thank Foreign Minister Kuleba for his remarks.", &["Kuleba"]),
        ("Thank you, Ambassador Linda Thomas-Greenfield, for that kind introduction.", &["Linda Thomas-Greenfield"]),
        ("I want to thank Director Rebecca Bill Chavez for hosting us today.", &["Rebecca Bill Chavez"]),
        ("I thank Senator Bob Menendez for his leadership.", &[]),
        ("And now let me turn it over to Administrator Samantha Power.", &["Samantha Power"]),
        // Speech named by a noun, then made or issued by someone.
        ("We welcome the statements delivered by President Biden and Prime Minister Trudeau.", &["Biden", "Trudeau"]),
        // An act in a relative clause is a thing's history.
        (
            "They discussed the Partnership for Workers’ Rights, which President Biden and President Lula launched last year.",
            &[],
        ),
        ("President Biden and President Lula launched the Partnership for Workers’ Rights.", &["Biden", "Lula"]),
        // A pledge recalled is context, as a commitment is.
        ("This builds on the pledge made by President Biden and President Xi in Woodside.", &[]),
        // Not a position: "as far as X is concerned"; "recalled" to a capital.
        ("As far as Evan Gershkovich is concerned, we continue to press for his release.", &[]),
        ("Ambassador Anatoly Antonov was recalled to Moscow.", &[]),
        ("This is in keeping with the commitment made by Presidents Biden and Erdogan in Rome.", &[]),
        ("We welcome the statement issued by Foreign Minister Sergey Lavrov.", &["Sergey Lavrov"]),
        // A country's name before the office is no part of the words before it.
        ("You mentioned a statement from UK Foreign Secretary Dominic Raab.", &["Dominic Raab"]),
        ("I ask about the statement that was made by our Secretary Blinken on April 29.", &["Blinken"]),
        ("Minister Lavrov has sent a letter to all members of the European Union.", &["Lavrov"]),
        // An office in apposition stands between a subject and its verb, a list's next name does not.
        (
            "Anna Ekström, Minister for Education in the Ministry of Education and Research, signed the joint statement for Sweden.",
            &["Anna Ekström"],
        ),
        (
            "Even Dmitry Medvedev, the deputy chairman of Russia’s security council and former president, recently said that.",
            &["Dmitry Medvedev"],
        ),
        (
            "Sherman will travel to Luanda to meet with President João Lourenço, Foreign Minister Tete Antonio, and other senior officials to discuss our interests.",
            &[],
        ),
        ("Minister Lavrov sent troops to the border.", &[]),
        (
            "Do they agree with Israeli Defense Minister Benny Gantz’s assessment that it was a one-off?",
            &["Benny Gantz"],
        ),
        // A statement on a leader's proposal condemns it; it reports no position of theirs.
        ("Yesterday, we saw Speaker McCarthy’s proposal to cut funding.", &[]),
        (
            "U.S. Ambassador to Armenia Lynne Tracy was joined by Ambassador Lilit Makunts.",
            &["Lynne Tracy", "Lilit Makunts"],
        ),
        ("I ask about statements that were made by Ambassador Tom Nides.", &["Tom Nides"]),
        // A feeling after "is" or "was" states a position; not an adjective, nor a group's.
        ("President Biden is deeply concerned by the violence.", &["Biden"]),
        ("Vice President Harris was proud to support the bill.", &["Harris"]),
        ("They honored Madeleine Albright, a proud native of Prague, and her work.", &[]),
        ("For all detainees, and that includes Ms. Griner, we’re deeply concerned.", &[]),
        // Several state a position together, as a feeling or a belief.
        (
            "Senator Chris Dodd and Congresswoman Debbie Mucarsel-Powell are confident that it will succeed.",
            &["Chris Dodd", "Debbie Mucarsel-Powell"],
        ),
        ("President Biden and Vice President Harris believe that care should be protected.", &["Biden", "Harris"]),
        ("It offers protection to Hong Kongers who are concerned about returning.", &[]),
        ("Rockets were launched by Islamic Jihad, and the United States is proud of its support.", &[]),
        // "Clear" states a position too, after "has been" as after "is".
        ("President Biden has been clear: too many lives are being ripped apart.", &["Biden"]),
        ("President Biden was very clear about this.", &["Biden"]),
        ("Secretary Blinken has put out a statement on the earthquake.", &["Blinken"]),
        ("They put out the fire before President Biden arrived.", &[]),
        // A name in apposition before "said", or taken up by a pronoun; not any verb after a
        // list's last name or a place.
        ("In fact, the chief of staff of the Israeli army, Kochavi, said there will be no pursuit.", &["Kochavi"]),
        ("In fact, Ambassador Khalilzad, he said in May that he did not oppose this.", &["Khalilzad"]),
        ("But on Ambassador Khalilzad, he said in May that he did not oppose this.", &[]),
        ("Participants, who included executives from Microsoft and Salesforce, discussed pay.", &[]),
        ("He conveyed his concern about the submarine off the coast of Bali, underscoring our support.", &[]),
        ("He and his wife of 51 years, Ellen, raised their four children in Scranton.", &[]),
        // A rank takes a surname, even one that is an ordinary word; not after "the", nor before
        // another capitalised word.
        ("Administrator Power said in November that USAID will grow its workforce.", &["Power"]),
        ("The General Counsel said the review is complete.", &[]),
        ("Governor Whitmer and the Ambassador Bridge owners discussed the closure.", &["Whitmer"]),
        ("The Ambassador Extraordinary and Plenipotentiary of Japan said the talks went well.", &[]),
        // Not the object of a preposition, nor a name after other words before a pronoun.
        ("The choice for President Putin is clear.", &[]),
        ("The evidence against President Assad is clear: he used chemical weapons.", &[]),
        ("Turning to President Putin, he said the war must end.", &[]),
        ("Asked about Alexei Navalny, he said the United States would hold Russia accountable.", &[]),
        ("Asked about wrongfully detained American Paul Whelan, she said we will not rest.", &[]),
        // "clear" states a position only when what is clear follows.
        ("President Biden and Vice President Harris have been clear that this must end.", &["Biden", "Harris"]),
        ("President Biden and President Erdoğan are deeply concerned by the attacks.", &["Biden", "Erdoğan"]),
        // "sent" and "put" give speech only as a letter or a statement.
        ("President Putin sent a clear signal that he is not interested in diplomacy.", &[]),
        ("President Biden put in place clear guardrails for the use of AI.", &[]),
        ("We appreciate the swift response by Governor Hochul to the shooting.", &[]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn the_subject_of_a_headline_event() {
    // (title, body, the speakers found)
    let cases: &[(&str, &str, &[&str])] = &[
        // An office, then a surname alone, then the event: the body names the person.
        (
            "Special Envoy for the Horn of Africa Satterfield Travel to Addis Ababa",
            "Special Envoy David Satterfield will travel to Ethiopia.",
            &["David Satterfield"],
        ),
        ("Secretary Blinken’s Travel to Kenya", "The Secretary will meet officials.", &["Blinken"]),
        // "To" in a headline in title case ends the name before it, and opens one after a title.
        ("Secretary Antony J. Blinken To Mission Moldova Staff", "Good afternoon, everyone.", &["Antony Blinken"]),
        ("Statement from President Biden Congratulating President To Lam", "I congratulate him.", &["Biden"]),
        ("Remarks by Ambassador To Ukraine Bridget Brink", "Thank you all.", &["Bridget Brink"]),
        ("Secretary To Travel to Kenya", "The Secretary will meet officials.", &[]),
        // One untitled word before the event, named nowhere else: the event's kind.
        ("Peacekeeping Ministerial Preparatory Meeting", "The ministerial was prepared.", &[]),
        ("Statement on the First-Ever Papal Visit to Iraq", "It is a historic visit.", &[]),
        ("Ecuador Travel Advisory: Reconsider Travel", "Reconsider travel due to crime.", &[]),
    ];
    for (title, body, want) in cases {
        assert_eq!(speakers(title, body), *want, "{title}");
    }
}

#[test]
fn taking_part_in_a_gathering() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        ("Coordinator Gene Sperling opened today’s convening, reaffirming the commitment.", &["Gene Sperling"]),
        // An office that opens with the body it belongs to: "of" in it is no preposition.
        (
            "Department of Justice Deputy Assistant Attorney General Jennifer Hodge led the U.S. delegation.",
            &["Jennifer Hodge"],
        ),
        // A possessive after a participation word owns what is joined or welcomed, unless it is
        // speech or a meeting.
        ("In the 1960s, Dodd joined President John Kennedy’s Peace Corps.", &[]),
        ("The Secretary welcomed Polish President Duda’s action to dismantle the chamber.", &[]),
        ("We welcomed UN Special Envoy Geir Pedersen’s briefing and reaffirmed support.", &["Geir Pedersen"]),
        (
            "Secretary Blinken joined Deputy Secretary Wendy Sherman’s meeting today with the Prince.",
            &["Blinken", "Wendy Sherman"],
        ),
        (
            "Secretary Blinken joined Foreign Minister Joly’s virtual meeting with G7 counterparts.",
            &["Blinken", "Joly"],
        ),
        ("Vice President Harris joined President Macron’s summit on AI in Paris.", &["Harris", "Macron"]),
        ("Bar Association President Patricia Lee Refo then moderated a panel on diversion.", &["Patricia Lee Refo"]),
        ("Secretary Xavier Becerra participated in the convening.", &["Xavier Becerra"]),
        // Actions that are no part of a gathering need a second subject.
        ("Secretary Antony Blinken opened the new embassy in Honiara.", &[]),
        ("Ambassador Linda Thomas-Greenfield launched the initiative in May.", &[]),
        ("Ambassador Linda Thomas-Greenfield opened the new conference center in Accra.", &[]),
        // Who chaired the meeting read out took part; who chairs a dialogue recalled did not.
        ("The dialogue was chaired by Deputy Secretary Wendy Sherman.", &["Wendy Sherman"]),
        (
            "The meeting, co-chaired by Foreign Minister Nasser Bourita and Secretary Blinken, focused on trade.",
            &["Nasser Bourita", "Blinken"],
        ),
        ("The leaders renewed their commitment to the Strategic Dialogue co-chaired by Secretary Antony Blinken.", &[]),
    ];
    check_bodies("Readout of the Convening", cases);
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
        assert!(!got.iter().any(|s| s.contains("Whelan") || s.contains("Aaron") || s.contains("Carney")), "{got:?}");
    }
}

#[test]
fn another_exchange_discussed_has_other_parties() {
    let got = speakers(
        "Readout of President Biden’s Call with Chancellor Olaf Scholz",
        "President Biden spoke with Chancellor Olaf Scholz. The leaders discussed their respective conversations with \
         President Putin and President Zelenskyy. They discussed the situation with Prime Minister Jane Doe.",
    );
    assert_eq!(got, vec!["Biden", "Olaf Scholz", "Jane Doe"]);
}

#[test]
fn the_mourned_are_talked_about() {
    let got = speakers(
        "Statement by Vice President Kamala Harris on the Passing of Randall Robinson",
        "Randall Robinson offered hope to millions. Randall wrote so powerfully. Senator Jane Doe said he was a giant.",
    );
    assert_eq!(got, vec!["Kamala Harris", "Jane Doe"]);
}

#[test]
fn a_meeting_yet_to_come_has_no_participants() {
    let got = speakers(
        "Readout",
        "He will first travel to Jerusalem, where he will meet with Israeli President Reuven Rivlin. \
         Secretary Blinken will then travel to Cairo to meet with Foreign Minister Sameh Shoukry. \
         Yesterday Secretary Blinken met with Foreign Minister Ayman Safadi.",
    );
    assert_eq!(got, vec!["Blinken", "Ayman Safadi"]);
}

#[test]
fn acts_that_are_speech_and_acts_that_are_not() {
    let got = speakers(
        "Statement from National Security Advisor Jake Sullivan and NEC Director Brian Deese",
        "During the meeting – which also included Rep. Gallagher and Rep. Matsui – they spoke. \
         Last month, President Biden issued Executive Order 14035. In July, President Obama signed an Executive Order. \
         Director Rohit Chopra also delivered remarks. Secretary Marcia Fudge released an open letter. \
         Anna Ekström, Minister for Education in the Ministry of Education and Research, signed the joint statement for Sweden.",
    );
    assert_eq!(
        got,
        vec!["Jake Sullivan", "Brian Deese", "Gallagher", "Matsui", "Rohit Chopra", "Marcia Fudge", "Anna Ekström"]
    );
}

#[test]
fn a_possessive_speaks_through_its_speech_alone() {
    let got = speakers(
        "Readout",
        "The trend goes on through Senator Graham’s proposed ban. Prime Minister Nikol Pashinyan’s participation was welcome. \
         Reiterating President Biden’s condolences in his statement, Mr. Finer pledged support. Chair Menendez’s letter highlights concerns.",
    );
    assert_eq!(got, vec!["Biden", "Finer", "Menendez"]);
    // A legacy is no speech; two people of one surname are two subjects.
    let got = speakers(
        "Readout",
        "Mahatma Gandhi’s message of truth lives on. President Joe Biden and First Lady Jill Biden attended the ceremony.",
    );
    assert_eq!(got, vec!["Joe Biden", "Jill Biden"]);
}

#[test]
fn things_welcomed_and_people_welcomed() {
    let got = speakers(
        "Joint Statement",
        "They welcomed the visit to Israel later this week by Secretary of Defense Lloyd Austin. \
         Mr. Sullivan reemphasized President Biden’s commitment as expressed in the Declaration signed during the visit. \
         Vilnius pledged support. The Task Force met, convened by Amos Hochstein, with the participation of Sarah Ladislaw, \
         Special Assistant to the President. The Task Force received a briefing from Secretary of Treasury Janet Yellen. \
         Governor Tim Walz welcomed Indiana Governor Eric J. Holcomb.",
    );
    assert_eq!(got, vec!["Sullivan", "Amos Hochstein", "Sarah Ladislaw", "Janet Yellen", "Tim Walz", "Eric Holcomb"]);
}

#[test]
fn a_gathering_back_in_a_month_gone_by_is_history() {
    let body = "Jill and I send our love to Congresswoman Mary Peltola. Back in May, Mary and Buzzy hosted Jill during a visit to a rural high school.";
    assert_eq!(speakers("Statement of President Joe Biden", body), ["Joe Biden"]);
    // What was said then stays the speaker's.
    let body = "The Secretary met Minister Ana Lopez. Back in 2021, Minister Lopez said the talks would go on.";
    assert_eq!(speakers("Readout", body), ["Ana Lopez"]);
}

#[test]
fn speech_named_by_a_noun_and_meetings_recalled() {
    let got = speakers(
        "Readout",
        "We acknowledge public statements by President Zelensky. We welcome the announcement by Micron. \
         Sullivan and Foreign Minister Kalin discussed next steps following the meeting between President Biden and President Erdogan in Rome.",
    );
    assert_eq!(got, vec!["Zelensky", "Kalin"]);
}

#[test]
fn leaders_joining_a_call_and_korean_surnames() {
    let got = speakers(
        "Readout",
        "Joining President Biden on the call was Prime Minister Trudeau of Canada, Chancellor Scholz of Germany, and Prime Minister Meloni of Italy. \
         Deputy Secretary Wendy Sherman met today with Republic of Korea (ROK) Foreign Minister Park Jin. \
         Minister Lee said students in Pell Grants would gain.",
    );
    assert_eq!(got, vec!["Biden", "Trudeau", "Scholz", "Meloni", "Wendy Sherman", "Park Jin", "Lee"]);
}

#[test]
fn every_subject_of_a_statement_headline_speaks() {
    let got = speakers(
        "Statement from Vice President Kamala Harris and Second Gentleman Douglas Emhoff on the Passing of Fernando Valenzuela",
        "We mourn.",
    );
    assert_eq!(got, vec!["Kamala Harris", "Douglas Emhoff"]);
}

#[test]
fn an_office_with_of_is_no_preposition() {
    let got = speakers(
        "Readout",
        "Today, Secretary of Commerce Gina Raimondo and National Security Advisor Jake Sullivan met with CEOs. \
         In discussions launched by Secretary of State Antony Blinken, Assistant Secretary Molly Phee met with Foreign Minister Mahmoud Ali Youssouf.",
    );
    assert_eq!(got, vec!["Gina Raimondo", "Jake Sullivan", "Molly Phee", "Mahmoud Ali Youssouf"]);
    // A region in the office's name is no one.
    let got = speakers(
        "Readout",
        "In Erbil, McGurk met with President of the Iraqi Kurdistan Region Nechirvan Barzani and other senior leaders.",
    );
    assert_eq!(got, vec!["McGurk", "Nechirvan Barzani"]);
}

#[test]
fn people_who_headline_or_direct_together_take_part() {
    let got = speakers(
        "Readout",
        "Director Neera Tanden, Deputy Secretary Andrea Palm and Deputy Director Katie Keith headlined a White House convening. \
         Today, President Joe Biden and Prime Minister Justin Trudeau directed the formation of a committee.",
    );
    assert_eq!(got, vec!["Neera Tanden", "Andrea Palm", "Katie Keith", "Joe Biden", "Justin Trudeau"]);
    // Done in a month gone by, a later sentence's act is history the readout recalls.
    let got = speakers(
        "Readout",
        "Director Neera Tanden headlined a White House convening. \
         In January, President Joe Biden and Prime Minister Justin Trudeau directed the formation of a committee.",
    );
    assert_eq!(got, vec!["Neera Tanden"]);
}

#[test]
fn headlines_name_their_subjects() {
    assert_eq!(speakers("Special Presidential Envoy for Climate Kerry’s Travel to Vietnam", "Text."), vec!["Kerry"]);
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
