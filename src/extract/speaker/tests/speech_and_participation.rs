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
        ("Martin Luther King Jr. reminded us that injustice anywhere is a threat.", &["Martin Luther King"]),
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
fn what_the_review_of_session_16_found() {
    // One foundation among people is no list of organisations.
    let got = speakers("Readout", "Participants included:\n\n- Ford Foundation\n- Darren Walker\n- Joe Smith");
    assert_eq!(got, vec!["Darren Walker", "Joe Smith"]);
    // "included" before a topic lists no one; a title word after an adjective is no surname;
    // "Park" is a place's word unless a title comes before it.
    let got = speakers(
        "Readout",
        "The meeting included a discussion of President Vladimir Putin’s war. The Anglican Bishop said so. \
         President Biden visited Lumbini Park and spoke with Foreign Minister Park Jin.",
    );
    assert_eq!(got, vec!["Biden", "Park Jin"]);
    let body = "MR PRICE: Welcome.\n\nSECRETARY BLINKEN: Thank you.\n\nFOREIGN MINISTER PARK: Thank you.\n\nQUESTION: A question.\n\nFOREIGN MINISTER PARK: An answer.";
    assert_eq!(
        speakers(
            "Secretary Blinken and Republic of Korea Foreign Minister Park Jin at a Joint Press Availability",
            body
        ),
        vec!["Blinken", "Price", "Park Jin"]
    );
    // A name alone in the middle of an answer gives no one the floor.
    let body = "MR PRICE: Go ahead.\n\nQUESTION: Who is responsible?\n\nSECRETARY BLINKEN: Look, the person responsible is clear. Yevgeny Prigozhin. And he knows it.\n\nMR PRICE: Thanks.";
    assert!(!speakers("Press Availability", body).iter().any(|s| s.contains("Prigozhin")));
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
}

#[test]
fn people_who_headline_or_direct_together_take_part() {
    let got = speakers(
        "Readout",
        "Director Neera Tanden, Deputy Secretary Andrea Palm and Deputy Director Katie Keith headlined a White House convening. \
         In January, President Joe Biden and Prime Minister Justin Trudeau directed the formation of a committee.",
    );
    assert_eq!(got, vec!["Neera Tanden", "Andrea Palm", "Katie Keith", "Joe Biden", "Justin Trudeau"]);
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

#[test]
fn what_session_29_found_on_fresh_samples() {
    let cases: &[(&str, &[&str])] = &[
        // An office with "for" is no preposition before the name.
        ("Minister for Foreign Affairs Penny Wong also joined the discussions.", &["Penny Wong"]),
        // "D.C." closes its sentence: the next one's subjects meet.
        (
            "The council held its meeting in Washington, D.C.  Secretary of State Antony Blinken and Commerce Secretary Gina Raimondo were joined by Margrethe Vestager.",
            &["Antony Blinken", "Gina Raimondo", "Margrethe Vestager"],
        ),
        // A "with" of agreement, an event recalled, an agreement welcomed: no participants.
        ("This meeting was in line with the commitment by President Biden and President Macron in their call.", &[]),
        ("They had a conversation, building on the Summit between President Biden and President Xi.", &[]),
        (
            "The leaders welcomed completion of negotiations for an agreement between GE Aerospace and Hindustan Aeronautical Limited.",
            &[],
        ),
        // A denied exchange took no place.
        ("Mr. Spavor and Mr. Kovrig have not received the minimal procedural protections.", &[]),
        // People welcomed, counted, described or by a preposition, still take part.
        (
            "Secretary Blinken welcomed his Indian counterpart, External Affairs Minister Subrahmanyam Jaishankar, to the Department.",
            &["Blinken", "Subrahmanyam Jaishankar"],
        ),
        (
            "Governor Tim Walz welcomed two new Governors: Governor Eric Holcomb and Governor Spencer Cox.",
            &["Tim Walz", "Eric Holcomb", "Spencer Cox"],
        ),
        // "made clear" is speech; a facility is no one.
        ("President Biden made it very clear that the plant matters.", &["Biden"]),
        ("The latest Intergovernmental Panel on Climate Change report makes clear that action is needed.", &[]),
        // Honorifics and ranks are peeled off.
        ("Secretary Blinken spoke with Omani Foreign Minister Sayyid Badr Albusaidi.", &["Blinken", "Badr Albusaidi"]),
    ];
    check_bodies("Readout", cases);
    // An office of a ministry ends with its title's words; a joint statement may be written in
    // lower case.
    assert_eq!(
        speakers(
            "U.S.-Thailand Strategic Dialogue",
            "Assistant Secretary Daniel Kritenbrink led the U.S. delegation while Permanent Secretary of the Ministry of \
             Defense General Warakiat Rattananont led the Thai delegation."
        ),
        vec!["Daniel Kritenbrink", "Warakiat Rattananont"]
    );
    assert_eq!(
        speakers("Joint statement by President Biden and President Macron", "It is time for a settlement."),
        vec!["Biden", "Macron"]
    );
    assert_eq!(
        speakers(
            "Statement from National Security Advisor Sullivan Welcoming Appointment of Sigrid Kaag as UN Coordinator",
            "We welcome her leadership."
        ),
        vec!["Sullivan"]
    );
    // A headline about what befell its subject gives them no floor.
    for title in [
        "Aleksey Navalny Unjustly Convicted Again",
        "Ambassador Marcia S. Bernicat Sworn In",
        "Jane Doe Nominated to Lead",
    ] {
        assert_eq!(speakers(title, "The United States condemns the verdict."), Vec::<String>::new(), "{title}");
    }
    // A guest's line whose office follows a comma is a signature even off a list.
    assert_eq!(
        speakers("Readout of a Convening", "Thanks to all.\n\nAlex LaBeau, President, Idaho Association of Commerce\n"),
        vec!["Alex LaBeau"]
    );
}

#[test]
fn talking_to_someone_and_the_one_briefed() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        ("Secretary Blinken spoke to Foreign Minister Kuleba today about Ukraine.", &["Blinken", "Kuleba"]),
        ("Secretary Blinken spoke by phone to Foreign Minister Kuleba.", &["Blinken", "Kuleba"]),
        ("Secretary Blinken consulted with Foreign Minister Kuleba in Kyiv.", &["Blinken", "Kuleba"]),
        ("Secretary Blinken phoned Foreign Minister Kuleba to discuss the war.", &["Blinken", "Kuleba"]),
        ("Secretary Blinken updated Foreign Minister Kuleba on the war.", &["Blinken", "Kuleba"]),
        // A topic spoken to, not a person.
        ("Secretary Blinken spoke to the importance of President Zelenskyy's plan.", &["Blinken"]),
        // What the speaker did while elsewhere names no participant.
        (
            "President Biden spoke to Governor Pedro Pierluisi while returning from the funeral of Queen Elizabeth II.",
            &["Biden", "Pedro Pierluisi"],
        ),
        // A meeting done gladly is done; one hoped for is not.
        ("I was pleased to host Prime Minister Kishida at the White House today.", &["Kishida"]),
        ("I hope to host Prime Minister Kishida at the White House soon.", &[]),
        // A source of words.
        ("According to Foreign Minister Lavrov, Russia will not withdraw.", &["Lavrov"]),
        ("According to Reuters, Russia will not withdraw.", &[]),
        ("Henry Aaron became, in the words of President Carter, “the first Black man.”", &["Carter"]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn a_surname_opening_a_sentence_with_its_office_beside_it() {
    let cases: &[(&str, &[&str])] = &[
        ("The talks went on. Gantz, the Israeli defense minister, said they should act.", &["Gantz"]),
        ("The talks went on. Gantz said they should act.", &[]),
        // Titled elsewhere in the readout, a surname opening a sentence is that person.
        ("Talks between Presidents Macron and Putin ended. Macron said they should act.", &["Macron"]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn those_attending_accompanying_or_present() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Also attending were Deputy Secretary Wendy Sherman and Under Secretary Victoria Nuland.",
            &["Wendy Sherman", "Victoria Nuland"],
        ),
        (
            "Joining the Secretary were Deputy Secretary Wendy Sherman and Ambassador Bridget Brink.",
            &["Wendy Sherman", "Bridget Brink"],
        ),
        ("Ambassador Bridget Brink was also present.", &["Bridget Brink"]),
        (
            "In attendance were John Podesta, Senior Advisor to the President, and other senior officials.",
            &["John Podesta"],
        ),
        ("Secretary Antony Blinken was in attendance.", &["Antony Blinken"]),
        // Delegations headed, events opened or facilitated, texts signed.
        (
            "The U.S. delegation was headed by Assistant Secretary Daniel Kritenbrink; the other was headed by Vice Minister Ha Kim Ngoc.",
            &["Daniel Kritenbrink", "Ha Kim Ngoc"],
        ),
        ("The event was opened by Deputy Secretary Wendy Sherman.", &["Wendy Sherman"]),
        ("The discussion was facilitated by Senior Advisor Tom Perez.", &["Tom Perez"]),
        (
            "Signed: Antony J. Blinken, Secretary of State; Dmytro Kuleba, Minister of Foreign Affairs of Ukraine.",
            &["Antony Blinken", "Dmytro Kuleba"],
        ),
        // A list after a colon on one line.
        (
            "Participants: Secretary Antony Blinken; Foreign Minister Dmytro Kuleba.",
            &["Antony Blinken", "Dmytro Kuleba"],
        ),
        ("Assistant Secretary Donald Lu headed the delegation.", &["Donald Lu"]),
        ("The Secretary was accompanied by Ambassador Bridget Brink.", &["Bridget Brink"]),
        // Those accompanying end where the sentence goes on about something else.
        (
            "Diplomats, accompanied by State Department security, traveled to Kyiv as the Secretary pledged to President Zelenskyy.",
            &[],
        ),
        // A trip to come.
        ("He will be accompanied by Assistant Secretary Brian Nichols.", &[]),
        (
            "Secretary Alejandro Mayorkas and Deputy Secretary Kathleen Hicks represented the agencies involved.",
            &["Alejandro Mayorkas", "Kathleen Hicks"],
        ),
    ];
    check_bodies("Readout", cases);
}

#[test]
fn joint_statements_in_the_present_and_speech_before_by() {
    let cases: &[(&str, &[&str])] = &[
        ("President Yoon and Prime Minister Kishida welcome the hosting of APEC.", &["Yoon", "Kishida"]),
        (
            "We will continue our work, and President Yoon and Prime Minister Kishida welcome the forum.",
            &["Yoon", "Kishida"],
        ),
        // A meeting to come, and a pronoun's present.
        ("President Yoon and Prime Minister Kishida will meet to discuss trade, energy, and reaffirm ties.", &[]),
        ("They met after the summit between President Biden and President Putin, and I strongly welcome it.", &[]),
        ("President Biden and Vice President Harris restated their support for reform.", &["Biden", "Harris"]),
        // Speech before "by", with those listed beside the first.
        ("The deal was announced by President Biden and Prime Minister Netanyahu.", &["Biden", "Netanyahu"]),
        ("The principles were endorsed today by National Security Advisor Jake Sullivan.", &["Jake Sullivan"]),
        (
            "We endorsed the joint call from President Biden, President Sisi of Egypt, and Amir Tamim of Qatar.",
            &["Biden", "Sisi", "Tamim"],
        ),
        // Hosts.
        (
            "The Ministers met in Marrakesh at the invitation of Foreign Minister Nasser Bourita and Secretary of State Antony Blinken.",
            &["Nasser Bourita", "Antony Blinken"],
        ),
    ];
    check_bodies("Joint Statement", cases);
}

#[test]
fn particles_conditions_trips_to_come_and_possessive_sources() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The Secretary was accompanied by European Commission President Ursula von der Leyen.",
            &["Ursula von der Leyen"],
        ),
        ("The plan was announced by President Sisi of Egypt and Amir Tamim of Qatar.", &["Sisi", "Tamim"]),
        ("Sanctions were imposed according to President Biden’s Executive Order 14024.", &[]),
        ("The Secretary will travel to Riyadh at the invitation of Foreign Minister Faisal bin Farhan.", &[]),
        ("Talks can resume if President Putin and President Zelenskyy agree to a ceasefire.", &[]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn what_session_33_found_on_a_fresh_sample() {
    let cases: &[(&str, &[&str])] = &[
        // Passive speech: the person was spoken to. The progressive, one briefed and "is
        // committed to" still speak.
        ("Mr. Kirby, the press secretary, was asked about Brittney Griner.", &[]),
        ("Gad Haggai was confirmed killed by Hamas.", &[]),
        ("When Puneet Talwar is confirmed by the Senate, he will lead.", &[]),
        ("President Vladimir Putin is now saying that the war will go on.", &["Vladimir Putin"]),
        ("President Biden is committed to taking on junk fees.", &["Biden"]),
        ("Governor Kathy Hochul was briefed by the team.", &["Kathy Hochul"]),
        // Speech verbs in the present, and time between the name and the verb.
        ("President Putin last week hinted that neighboring countries might face Ukraine’s fate.", &["Putin"]),
        ("President Lula insists that the talks go on.", &["Lula"]),
        // Speech given by "made", the one who asked.
        ("President Erdoğan today again made a comment on NATO.", &["Erdoğan"]),
        ("Secretary Xavier Becerra made efforts to address the backlog.", &[]),
        ("The Secretary of State, asked by Abby Martin, called for an inquiry.", &["Abby Martin"]),
        // A quotation's "said" before a long office; not past a name.
        ("“He was a patriot,” said President Biden of Secretary Colin Powell.", &["Biden"]),
        ("They praised the Abraham Accords, which Sheikh Abdullah bin Zayed signed in 2020 on behalf of the UAE.", &[]),
        (
            "“It will foster our energy security,” said Latvian Minister of Economics Janis Vitenbergs.",
            &["Janis Vitenbergs"],
        ),
        (
            "“We share a commitment,” said Deputy Assistant Secretary of State for European and Eurasian Energy Resources Robin Dunnigan.",
            &["Robin Dunnigan"],
        ),
        ("Yevgeny Yevtushenkov himself confirmed the authenticity of the call.", &["Yevgeny Yevtushenkov"]),
        // Stopping something is no taking part, even for two.
        ("Russian President Vladimir Putin and Belarusian President Alexander Lukashenko stopped grain exports.", &[]),
        // Communities are no people.
        ("The President met with Asian American, Native Hawaiian, and Pacific Islander leaders.", &[]),
        // Nor is a number of years: "Sixty" is no second subject of "signed".
        ("Sixty years ago, President John F. Kennedy signed the Equal Pay Act of 1963 into law.", &[]),
        // An office's "for the" is no topic.
        (
            "Jon Finer spoke with UN Special Coordinator for the Middle East Peace Process Tor Wennesland, joined by USAID Administrator Samantha Power.",
            &["Jon Finer", "Tor Wennesland", "Samantha Power"],
        ),
        ("The Reverend Ralph Abernathy preached from the pulpit of Mason Temple.", &["Ralph Abernathy"]),
        ("At the Law School, Professor Michael Barr taught Financial Regulation.", &[]),
        // A gathering's noun in title case; "Hon." opens no sentence.
        ("Domestic Policy Advisor Susan Rice opened the Summit by welcoming participants.", &["Susan Rice"]),
        (
            "Panelists included Rene Solis, Chief Program Officer at BakerRipley; Hon. Bridget Mary McCormack, Chief Justice, Michigan Supreme Court; and Gilbert Winn, CEO of WinnCompanies.",
            &["Rene Solis", "Bridget Mary McCormack", "Gilbert Winn"],
        ),
        // An opening clause recalling someone's earlier exchange names its people, not the one
        // read out.
        (
            "Following President Biden’s fruitful conversation with Israeli Prime Minister Bennett on April 24, National Security Advisor Jake Sullivan met with Dr. Eyal Hulata.",
            &["Jake Sullivan", "Eyal Hulata"],
        ),
        (
            "Building on the President’s June 29 trilateral meeting with President Yoon Suk Yeol and Prime Minister Fumio Kishida, Secretary Blinken and the Foreign Ministers discussed the threat.",
            &["Blinken"],
        ),
        (
            "When I welcomed President Niinistö and Prime Minister Andersson to the White House last month, I told them that we support them.",
            &[],
        ),
        (
            "Following his meeting with Foreign Minister Wang Yi, Secretary Blinken spoke with Foreign Minister Lavrov.",
            &["Wang Yi", "Blinken", "Lavrov"],
        ),
    ];
    check_bodies("Statement", cases);
}
