//! Lists of participants (under a heading, in a sentence, in a delegation) and signatures.

use super::speakers;

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
         CEO Dr. Mohamed Al Aseeri signed the Accords on behalf of Bahrain. \
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
            "Mohamed Al Aseeri",
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
    // Names alone, each over its office; or two names on one line under a joint statement; or
    // the governments signed for; or each name with its office after a comma.
    let cases: &[(&str, &str)] = &[
        (
            "United States-France Joint Statement",
            "We reaffirm our partnership.\n\nJoseph R. Biden, Jr.  \nPresident of the United States\n\n\
             Emmanuel Macron  \nPresident of the French Republic",
        ),
        // The same lines joined, as a hard-wrapped text reads them.
        (
            "United States-France Joint Statement",
            "We reaffirm our partnership.\n\nJoseph R. Biden, Jr. President of the United States\n\n\
             Emmanuel Macron President of the French Republic",
        ),
        (
            "United States-France Joint Statement",
            "We reaffirm our partnership.\n\nJoseph R. Biden, Jr. Emmanuel Macron\nOctober 29, 2021",
        ),
        (
            "Joint Statement",
            "We reaffirm our partnership.\n\nFor the Government of the United States of America: Joseph R. Biden\n\n\
             For the Government of France: Emmanuel Macron",
        ),
        (
            "Statement",
            "We reaffirm our partnership.\n\nH.E. Joseph R. Biden, President of the United States\n\
             H.E. Emmanuel Macron, President of the French Republic",
        ),
    ];
    for (title, body) in cases {
        assert_eq!(speakers(title, body), vec!["Joseph Biden", "Emmanuel Macron"], "{body}");
    }
    // Contacts closing a readout sign nothing.
    assert!(speakers("Readout", "They met.\n\nPress Contacts:  \nJane Doe  \nJohn Roe").is_empty());
    // A guest list closing a readout names its guests, not their companies.
    let got = speakers(
        "Readout of a Convening",
        "They met.\n\nFred Smith, CEO of FedEx  \nDarren Hawkins, CEO of Yellow Corp  \nSonia Syngal, CEO of GAP",
    );
    assert_eq!(got, vec!["Fred Smith", "Darren Hawkins", "Sonia Syngal"]);
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
fn officials_including_heads_of_bodies() {
    let got = speakers(
        "Readout",
        "Secretary Blinken met with the heads of the Rome-Based Food Security Agencies today in Rome, including UN World Food Program (WFP) Executive Director David Beasley and UN Food and Agriculture Organization (FAO) Director-General Qu Dongyu. \
         Secretary Blinken met with students, including Ukraine’s Olympic team.",
    );
    assert_eq!(got, vec!["Blinken", "David Beasley", "Qu Dongyu"]);
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
fn a_list_line_opening_with_a_place_lists_the_titled_name_after_it() {
    let got = speakers(
        "Readout of White House Meeting with State Legislative Leaders",
        "Participants included:\n\n1.  Colorado State Senator Christopher Kolker (D)\n2.  North Carolina State Senator Jim Burgin (R)\n\
         3.  South Dakota House Minority Whip Erin Healy (D)\n",
    );
    assert_eq!(got, vec!["Christopher Kolker", "Jim Burgin", "Erin Healy"]);
}
