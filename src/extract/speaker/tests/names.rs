//! Names: what a mention of a person is, where it starts and ends, and the form it is given.

use super::{check_bodies, speakers};

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
fn someone_talked_about_lends_no_name_to_a_lone_word() {
    let got = speakers(
        "Readout",
        "Secretary Austin said the journalist Austin Tice must come home. Secretary Blinken met with Prime Minister Kishida Fumio. Kishida said so.",
    );
    assert_eq!(got, vec!["Austin", "Blinken", "Kishida Fumio"]);
    // Talked about anywhere in the readout, not only at the fuller name's first mention.
    let got = speakers(
        "Readout",
        "Austin Tice’s parents were at the dinner. We were surprised by Secretary Austin’s comment. The case of Austin Tice is a priority.",
    );
    assert_eq!(got, vec!["Austin"]);
    // "held" before a name is no sign of a hostage here.
    let got = speakers("Readout", "President Biden held a meeting with Prime Minister Kishida Fumio. Kishida said so.");
    assert_eq!(got, vec!["Biden", "Kishida Fumio"]);
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
fn a_name_before_an_organisations_word_is_the_organisation() {
    let got = speakers(
        "Readout",
        "The National Rifle Association said so. Officials of the Muhammad Ali Center and Johns Hopkins University said so. \
         Secretary Blinken said the Biden Administration will help.",
    );
    assert_eq!(got, vec!["Blinken"]);
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
fn words_that_end_no_name_may_be_a_surname_after_a_given_name() {
    let got = speakers(
        "U.S. Delegation Meeting with Taliban Representatives",
        "Special Representative for Afghanistan Thomas West led the delegation. Labor Hall said nothing.",
    );
    assert_eq!(got, vec!["Thomas West"]);
    // A nickname in quotes inside a name.
    let got = speakers(
        "Statement",
        "Defense Minister Benjamin “Benny” Gantz said the talks went well.\n\nParticipants included:\n\n\
         - Andrea “Andy” Marra, Executive Director",
    );
    assert_eq!(got, vec!["Benjamin Gantz", "Andrea Marra"]);
    // After a middle initial; not where the word does not end the run (a building's name).
    let got = speakers(
        "Statement",
        "President Harry S. Truman said: “We are free.” Guests met Lola C. West in the Harry S. Truman Building.",
    );
    assert_eq!(got, vec!["Harry Truman", "Lola West"]);
    // At the end of a sentence, and a country's name as a surname ("Rosiland Jordan").
    let got = speakers("Readout", "The Secretary met with Thomas West. She also met with Rosiland Jordan.");
    assert_eq!(got, vec!["Thomas West", "Rosiland Jordan"]);
    assert!(speakers("Bastille Day", "The United States congratulates France.").is_empty());
    // "White" ends "Jayme White", not the White House.
    let got = speakers(
        "Joint Statement",
        "Deputy U.S. Trade Representative Jayme White chaired the meeting. The Biden White House said nothing.",
    );
    assert_eq!(got, vec!["Jayme White"]);
}

#[test]
fn an_office_s_field_alone_makes_no_surname() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        // A field of an office, or a people's adjective, before a word that is no name.
        ("The President met with the Council in the State Dining Room to discuss costs.", &[]),
        ("The United States co-hosted the Women, Peace and Security Agendas symposium.", &[]),
        ("The ministers marked the anniversary of the Syrian Uprising and met.", &[]),
        ("The Vice President met with families of Americans Unaccounted For.", &[]),
        // The office goes on from before the run: "of" or "for" after a title.
        ("Secretary of State Blinken met with his counterpart.", &["Blinken"]),
        ("Under Secretary for Political Affairs Nuland will travel to Brasilia and met officials.", &["Nuland"]),
        (
            "Deputy Secretary Sherman met Speaker of the Mongolian Parliament Zandanshatar.",
            &["Sherman", "Zandanshatar"],
        ),
        // A people's adjective before a name: the person ("the Chinese Yang" of a reporter).
        ("QUESTION: The Secretary and the Chinese Yang discussed North Korea, and he said so.", &["Yang"]),
        // A word cut at a hyphen before digits is no one.
        ("American K-12 schools said they would host teachers.", &[]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn a_storm_s_name_is_no_person_s() {
    // (body, the speakers found)
    let cases: &[(&str, &[&str])] = &[
        ("The President convened a call with Governor Kay Ivey about Hurricane Ida and its landfall.", &["Kay Ivey"]),
        ("Tropical Storm Elsa said nothing; Typhoon Haiyan met no one.", &[]),
        // A storm's word beyond the run: the person.
        ("After the storm, Governor DeSantis thanked the President and met him.", &["DeSantis"]),
        ("Hurricane season: Governor Kay Ivey said the state was ready.", &["Kay Ivey"]),
    ];
    check_bodies("Statement", cases);
}
