//! The speaker facet end to end: titles and bodies in, speakers out, with sentences that show the
//! stages' rules at work (each stage's own tests sit beside it).

use super::find;

fn speakers(title: &str, body: &str) -> Vec<String> {
    find(title, body)
}

/// Checks each (body, the speakers found) under `title`.
fn check_bodies(title: &str, cases: &[(&str, &[&str])]) {
    for (body, want) in cases {
        assert_eq!(speakers(title, body), *want, "{body}");
    }
}

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
    ];
    check_bodies("Statement", cases);
}

#[test]
fn given_names_that_are_places_or_faiths() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        ("German Finance Minister Christian Lindner said the plan works.", &["Christian Lindner"]),
        ("Chad Sniffen, of the National Network, said it was a start.", &["Chad Sniffen"]),
        // Before an ordinary word they are the place or the faith.
        ("Jordan Valley farmers said the harvest was poor.", &[]),
        ("Christian Democrats said they would vote.", &[]),
        // After "of" the word is the country's, and the name follows it.
        ("Secretary Blinken met with Foreign Minister of Jordan Ayman Safadi today.", &["Blinken", "Ayman Safadi"]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn surnames_in_capitals() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        // Japanese official texts: the surname in capitals, then the given name.
        ("Today, Prime Minister KISHIDA Fumio said the partnership is strong.", &["Kishida Fumio"]),
        ("Foreign Minister HAYASHI Yoshimasa and Secretary Blinken met.", &["Hayashi Yoshimasa", "Blinken"]),
        // An acronym stays one: no title before it, or no given name after it.
        ("NATO Secretary General Jens Stoltenberg said so.", &["Jens Stoltenberg"]),
        ("The Director of USAID Samantha Power said so.", &["Samantha Power"]),
        // A title, an acronym, then an organisation's words: no surname in capitals.
        ("Chair APEC Business Advisory Council Dominic Ng said so.", &["Dominic Ng"]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn a_name_after_the_is_a_things() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        ("The leaders highlighted the agreement with NASA to orbit the Moon supported by its missions.", &[]),
        ("When he was on the Hill, the Secretary was asked about it.", &[]),
        ("Yesterday the Obama Foundation said it would help.", &[]),
        ("The Houthis have claimed responsibility for this attack.", &[]),
        // An office between "the" and the name: a person.
        ("He spoke with the Deputy Secretary Wendy Sherman and agreed.", &["Wendy Sherman"]),
        ("Regulators, among them the Acting Comptroller of the Currency Michael Hsu, said so.", &["Michael Hsu"]),
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
fn signature_line() {
    let got = speakers(
        "Solomon Islands National Day",
        "Antony J. Blinken, Secretary of State\n\nOn behalf of the United States of America, I send my warmest regards.",
    );
    assert_eq!(got, vec!["Antony Blinken"]);
}

#[test]
fn participant_list() {
    let got = speakers(
        "Readout of White House Meeting",
        "Officials met.\n\nAdministration Participants Included:\n\n- Stephen Benjamin, Assistant to the President\n- Alejandra Y. Castillo, Assistant Secretary of Commerce",
    );
    assert_eq!(got, vec!["Stephen Benjamin", "Alejandra Castillo"]);
    // Lines without bullets, under the list's heading, up to the first line that is a sentence.
    let got = speakers(
        "Statement on the Vice President’s Meeting",
        "The leaders who participated in today’s meeting included:\n\nMinyon Moore, Co-Convener, Power Rising\nJotaka Eaddy (Convener)\nGlynda Carr\nThe Vice President thanked Senator Tim Kaine for his work.",
    );
    assert_eq!(got, vec!["Minyon Moore", "Jotaka Eaddy", "Glynda Carr"]);
    // A list's next part under its own heading; not a list of organisations after it.
    let got = speakers(
        "Readout",
        "Meeting participants included:\n\n- Marc Morial, National Urban League\n\nFrom the White House:\n\n- Susan Rice, Domestic Policy Advisor\n\nPhilanthropies supporting the effort include:\n\n- Arnold Ventures\n- Emerson Collective",
    );
    assert_eq!(got, vec!["Marc Morial", "Susan Rice"]);
}

#[test]
fn names_keep_particles_and_regnal_numbers() {
    let got = speakers(
        "Readout of President Biden’s Meeting with His Majesty King Abdullah II of Jordan",
        "President Biden welcomed Commission President Ursula von der Leyen and Uruguayan President Luis Lacalle Pou.",
    );
    assert_eq!(got, vec!["Biden", "Abdullah II", "Ursula von der Leyen", "Luis Lacalle Pou"]);
    // A title, then a surname that opens with its particle; a surname in "-ness" that is no noun.
    assert_eq!(
        speakers("Joint Statement by President Biden and President von der Leyen", "Text."),
        vec!["Biden", "von der Leyen"]
    );
    assert_eq!(
        speakers(
            "Readout",
            "Vice President Kamala Harris spoke with Prime Minister Andrew Holness of Jamaica. Their Highness Mr. Wellness said nothing."
        ),
        vec!["Kamala Harris", "Andrew Holness"]
    );
}

#[test]
fn arabic_names_keep_their_particles_and_patronymics() {
    // A lower-case "al-" goes on a name; a title word after "bin" or an honorific is a name;
    // particles do not count towards a name's length.
    let got = speakers(
        "Readout",
        "Secretary Blinken met with Minister of State for Foreign Affairs Adel al-Jubeir and \
         Crown Prince Sheikh Mohamed bin Zayed bin Sultan Al Nahyan. He also met Special Envoy Dr. Sultan Al Jaber.",
    );
    assert_eq!(got, vec!["Blinken", "Adel al-Jubeir", "Mohamed bin Zayed bin Sultan Al Nahyan", "Sultan Al Jaber"]);
    // "al-Shabaab" alone opens no name; "Mr. Secretary" stays a form of address.
    assert_eq!(speakers("Readout", "al-Shabaab said it did. Mr. Secretary Blinken said so."), vec!["Blinken"]);
}

#[test]
fn officials_listed_after_including_take_part() {
    let got = speakers(
        "Readout",
        "Envoy Kerry met with Prime Minister Mostafa Madbouly, as well as top Egyptian officials including \
         Foreign Minister Sameh Shoukry, and Minister of Environment Yasmine Fouad. \
         The two sides agreed to pursue consultations between the United States and China, including through a call between President Biden and President Xi.",
    );
    assert_eq!(got, vec!["Kerry", "Mostafa Madbouly", "Sameh Shoukry", "Yasmine Fouad"]);
    // "including on …": a topic follows, not more participants.
    let got = speakers(
        "Readout",
        "Secretary Blinken spoke with Prime Minister Rishi Sunak, including on support for President Zelenskyy’s peace formula.",
    );
    assert_eq!(got, vec!["Blinken", "Rishi Sunak"]);
}

#[test]
fn state_of_a_title_and_things_named_with_the() {
    let got = speakers(
        "Readout of President Biden’s Call with President-Elect Gustavo Petro of Colombia",
        "Latvian Foreign Minister Edgars Rinkevics spoke with him. He underscored the status quo at the Haram al-Sharif, and recognized its role. \
         Acting Comptroller of the Currency Michael Hsu met with bankers.",
    );
    assert_eq!(got, vec!["Biden", "Gustavo Petro", "Edgars Rinkevics", "Michael Hsu"]);
}

#[test]
fn given_names_that_are_words_open_names() {
    let got = speakers(
        "Readout",
        "The labor leaders in attendance:\n\n- Mark McManus, General President, United Association\n- Bill Burns, Director\n\n\
         Special Presidential Envoy for Climate Kerry spoke.",
    );
    assert_eq!(got, vec!["Mark McManus", "Bill Burns", "Kerry"]);
}

#[test]
fn a_country_word_after_a_titled_given_name_is_a_surname() {
    let got = speakers(
        "Under Secretary Fernandez Signs Cooperative Arrangement with the OAS",
        "Deputy Attorney General Lisa Monaco met with Foreign Minister Marcelo Ebrard. The Ambassador of Jordan spoke.",
    );
    assert_eq!(got, vec!["Fernandez", "Lisa Monaco", "Marcelo Ebrard"]);
    // Or after a middle initial, without a title in front.
    let got = speakers("Readout", "The delegation included the Deputy Attorney General, Lisa O. Monaco; and Jane Doe.");
    assert_eq!(got, vec!["Lisa Monaco", "Jane Doe"]);
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
fn delegations_list_their_members() {
    let got = speakers(
        "Joint Statement",
        "Representing Mexico were the Secretary of Foreign Affairs, Alicia Bárcena Ibarra; and the Secretary of the Interior, \
         Luisa María Alcalde Luján. Canada was represented by the Associate Deputy Minister, Tricia Geddes; and Michael Holmes. \
         The German delegation also included Director General in the Federal Chancellery Steffen Meyer; and State Secretary \
         Udo Philipp, Federal Ministry of Finance. The United States was represented by the Department of State.",
    );
    assert_eq!(
        got,
        vec![
            "Alicia Bárcena Ibarra",
            "Luisa María Alcalde Luján",
            "Tricia Geddes",
            "Michael Holmes",
            "Steffen Meyer",
            "Udo Philipp"
        ]
    );
}

#[test]
fn participant_lists_under_other_headings() {
    let got = speakers(
        "Readout",
        "Joining President Biden in the meeting were the following members of the administration:\n\n\
         - Secretary of the Interior Deb Haaland\n\
         - Administrator of the National Oceanic and Atmospheric Administration Rick Spinrad\n\n\
         The following eight Governors of western states:\n\n- Governor of Colorado Jared Polis\n\n\
         The following private sector CEOs:\n\n- CEO of Bonneville Power Marketing Administration John Hairston\n\n\
         Speakers\n\n- Natalie Quillian, Deputy Chief of Staff\n- Professor Glenn Cohen of Harvard Law School\n\n\
         White House and Department of Agriculture Participants\n\n- Ali Zaidi, National Climate Advisor\n\n\
         ***White House***\n\n- Neera Tanden, Director of the Domestic Policy Council",
    );
    assert_eq!(
        got,
        vec![
            "Biden",
            "Deb Haaland",
            "Rick Spinrad",
            "Jared Polis",
            "John Hairston",
            "Natalie Quillian",
            "Glenn Cohen",
            "Ali Zaidi",
            "Neera Tanden"
        ]
    );
}

#[test]
fn someone_talked_about_lends_no_name_to_a_lone_word() {
    let got = speakers(
        "Readout",
        "Secretary Austin said the journalist Austin Tice must come home. Secretary Blinken met with Prime Minister Kishida Fumio. Kishida said so.",
    );
    assert_eq!(got, vec!["Austin", "Blinken", "Kishida Fumio"]);
    // "held" before a name is no sign of a hostage here.
    let got = speakers("Readout", "President Biden held a meeting with Prime Minister Kishida Fumio. Kishida said so.");
    assert_eq!(got, vec!["Biden", "Kishida Fumio"]);
}

#[test]
fn officials_included_and_round_bullets_list_participants() {
    let got = speakers(
        "Readout",
        "Administration officials included Secretary of Veterans Affairs Denis McDonough and Deputy Transportation Secretary Polly Trottenberg.\n\n\
         Mayors participating in today’s meeting included:\n\n•    Mayor Jim Ross, Arlington, TX\n•    Mayor-elect Andre Dickens, Atlanta, GA\n\n\
         Participants included:\n\n- Sierra Club\n- Volvo Trucks",
    );
    assert_eq!(got, vec!["Denis McDonough", "Polly Trottenberg", "Jim Ross", "Andre Dickens"]);
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
fn group_headings_numbered_items_and_markup_lines() {
    let got = speakers(
        "Readout",
        "*AA & NHPI Leaders:*\n\n- Seema Agnani, Executive Director\n\n\
         *Members of Congress attending the meeting:*\n\n- Representative Pete Aguilar (CA-31)\n\n\
         Participants included:\n\n**\n\n*White House Officials*\n\n1.  Steve Benjamin, Assistant to the President\n\n\
         The appointed members are:\n\n- Secretary Marco Rubio",
    );
    assert_eq!(got, vec!["Seema Agnani", "Pete Aguilar", "Steve Benjamin"]);
}

#[test]
fn part_headings_without_a_colon_initials_and_surnames_that_are_titles() {
    let got = speakers(
        "Readout",
        "Meeting participants included:\nCivil Rights Leaders\n\n- Melanie Campbell, President and CEO\n\n\
         PCAST Members\n\nLisa A. Cooper, Johns Hopkins University\n\n\
         Speakers:\nDelegate Candi King\n\n\
         Attendees included:\nAmalgamated Bank\nGoldman Sachs\n\n\
         Jurisdictions participating include:\nAtlanta, GA\nBaton Rouge, LA",
    );
    assert_eq!(got, vec!["Melanie Campbell", "Lisa Cooper", "Candi King"]);
    // A title word at the end of an office stays an office: "Policy Advisor".
    assert_eq!(speakers("Readout", "Senior Policy Advisor spoke with Policy Advisor Jane Doe."), vec!["Jane Doe"]);
    // A clerk is an office (Canada's Deputy Clerk of the Privy Council), no one's name.
    assert_eq!(
        speakers(
            "Joint Statement",
            "The delegation was led by Deputy Clerk and National Security and Intelligence Advisor Nathalie G. Drouin, who said it mattered."
        ),
        vec!["Nathalie Drouin"]
    );
}

#[test]
fn remarks_given_and_lists_inside_a_sentence() {
    let got = speakers(
        "Readout",
        "Secretary Alejandro Mayorkas and Deputy Secretary Kathleen Hicks provided opening remarks. \
         Governors participating included Minnesota Governor Tim Walz and Delaware Governor John Carney. \
         Finally, Director Aylward provided an overview of the commemoration. \
         The Vice President spoke individually with: Prime Minister Kaja Kallas of Estonia; Prime Minister Krisjanis Karins of Latvia. \
         In addition to the Vice President, the meeting included: Prime Minister Kishida of Japan, and Prime Minister Albanese of Australia. \
         National Security Advisor Jake Sullivan met with PLO Secretary General Hussein Al Sheikh. \
         The funding President Obama provided to the program lapsed.",
    );
    assert_eq!(
        got,
        vec![
            "Alejandro Mayorkas",
            "Kathleen Hicks",
            "Tim Walz",
            "John Carney",
            "Aylward",
            "Kaja Kallas",
            "Krisjanis Karins",
            "Kishida",
            "Albanese",
            "Jake Sullivan",
            "Hussein Al Sheikh"
        ]
    );
}

#[test]
fn signatories_and_quotes_signed_with_a_dash() {
    let got = speakers(
        "Readout",
        "The following statement was signed by Secretary of State Antony J. Blinken of the United States and Foreign Minister Don Pramudwinai of the Kingdom of Thailand.\n\n\
         “We count on Germany as a key Ally.”\n– Ambassador Amy Gutmann, May 24, 2021\n\n\
         Minister of Foreign Affairs Ararat Mirzoyan signed for Armenia. Lyndon Johnson signed the Act. \
         Vice Foreign Minister Carlos Fernandez de Cossio led the Cuban delegation. \
         The following joint statement was released by Secretary Alejandro N. Mayorkas and Jane Doe. \
         The following statement was released by the Governments of the United States and Canada.",
    );
    assert_eq!(
        got,
        vec![
            "Antony Blinken",
            "Don Pramudwinai",
            "Amy Gutmann",
            "Ararat Mirzoyan",
            "Carlos Fernandez de Cossio",
            "Alejandro Mayorkas",
            "Jane Doe"
        ]
    );
}

#[test]
fn leaders_signing_on_the_closing_lines() {
    let got = speakers(
        "C5+1 Leaders’ Joint Statement",
        "We met in New York.\n\nSeptember 21, 2023\n\nPresident Kassym-Jomart Tokayev of the Republic of Kazakhstan  \n\
         President Joseph R. Biden, Jr. of the United States of America  \nPresident Shavkat Mirziyoyev of the Republic of Uzbekistan\n\n\\###",
    );
    assert_eq!(got, vec!["Kassym-Jomart Tokayev", "Joseph Biden", "Shavkat Mirziyoyev"]);
    // One titled line closing a statement is no block of signatories.
    assert!(speakers("Statement", "We met.\n\nPresident Joe Smith of Ruritania").is_empty());
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
fn a_list_of_organisations_names_no_one_but_its_officers() {
    let got = speakers(
        "Readout",
        "Participants included:\n\n- Hope Credit Union\n- TD Bank\n- Wells Fargo\n- Rep. Kelly Skidmore\n\n\
         Attendees:\n\n- Professor Melissa Murray of NYU School of Law\n- White House Counsel Dana Remus",
    );
    assert_eq!(got, vec!["Kelly Skidmore", "Melissa Murray", "Dana Remus"]);
}

#[test]
fn a_name_before_an_organisations_word_is_the_organisation() {
    let got = speakers(
        "Readout",
        "The National Rifle Association said so. Officials of the Muhammad Ali Center and Johns Hopkins University said so. \
         Secretary Blinken said the Biden Administration will help.",
    );
    assert_eq!(got, vec!["Blinken"]);
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
fn officials_including_heads_of_bodies() {
    let got = speakers(
        "Readout",
        "Secretary Blinken met with the heads of the Rome-Based Food Security Agencies today in Rome, including UN World Food Program (WFP) Executive Director David Beasley and UN Food and Agriculture Organization (FAO) Director-General Qu Dongyu. \
         Secretary Blinken met with students, including Ukraine’s Olympic team.",
    );
    assert_eq!(got, vec!["Blinken", "David Beasley", "Qu Dongyu"]);
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
fn convened_by_and_with_the_participation_of() {
    let got = speakers(
        "Joint Statement",
        "The task force met on October 31, convened by co-chairs Amos Hochstein and Björn Seibert, with the participation of Sarah Ladislaw.",
    );
    assert_eq!(got, vec!["Amos Hochstein", "Björn Seibert", "Sarah Ladislaw"]);
}

#[test]
fn ordinary_words_are_no_names() {
    let got = speakers(
        "Readout",
        "Allies stressed their unity. Participants discussed the path ahead. “We’re ready,” they said.",
    );
    assert!(got.is_empty(), "{got:?}");
    // Words the corpus writes in lower case now and then make a phrase, not a name; a given
    // name that is such a word does not spoil a name.
    let got = speakers(
        "Readout",
        "Sanitary Risks said the rules apply. Violence Hotline stressed the need. Dawn Harrington said she was grateful.",
    );
    assert_eq!(got, vec!["Dawn Harrington"]);
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
        // People welcomed, counted or by a preposition, still take part.
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
    // A guest's line whose office follows a comma is a signature even off a list.
    assert_eq!(
        speakers("Readout of a Convening", "Thanks to all.\n\nAlex LaBeau, President, Idaho Association of Commerce\n"),
        vec!["Alex LaBeau"]
    );
}
