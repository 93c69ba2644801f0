//! Cases that the fresh samples and reviews of session 37 on found (found_on_samples.rs holds the
//! earlier ones): sentences the rules once read wrong, one test for each round of them.

use super::{check_bodies, speakers};

#[test]
fn what_session_37_found_on_a_fresh_sample() {
    let cases: &[(&str, &[&str])] = &[
        // The trip's date between the place and the meeting.
        (
            "National Security Advisor Jake Sullivan traveled to Jeddah, Saudi Arabia on July 27, 2023 to meet with Crown Prince Mohammed bin Salman and senior Saudi officials.",
            &["Jake Sullivan", "Mohammed bin Salman"],
        ),
        // The youth who heard the officials are unnamed; the officials spoke.
        (
            "Tribal youth participants heard directly from Interior Secretary Deb Haaland, Agriculture Secretary Tom Vilsack, and Assistant Secretary for Indian Affairs Bryan Newland.",
            &["Deb Haaland", "Tom Vilsack", "Bryan Newland"],
        ),
        // A later sentence that opens with a time gone by: what its people did or met then is
        // history, not the event read out; what they said then stays theirs.
        (
            "Secretary Blinken met Foreign Minister Ramtane Lamamra in Algiers. Earlier this month, Deputy Secretary Wendy Sherman and Foreign Minister Lamamra met in Algiers.",
            &["Blinken", "Ramtane Lamamra"],
        ),
        (
            "The partnership is strong. Three years ago, President Biden and Prime Minister Scott Morrison launched AUKUS. In March, President Biden signed the order.",
            &[],
        ),
        (
            "The partnership is strong. Last May, Prime Minister Albanese affirmed it. In March, President Biden called for more.",
            &["Albanese", "Biden"],
        ),
        ("The talks went well. Last Tuesday, Secretary Blinken hosted Foreign Minister Ramtane Lamamra.", &[]),
        // The body's first sentence is the event read out, however late it is published.
        (
            "Last week, Coordinator Mitch Landrieu hosted two virtual roundtables with Tribal leaders.",
            &["Mitch Landrieu"],
        ),
        // Nor is "This year" a time gone by.
        (
            "The alliance is strong. This year, President Biden and Prime Minister Lee Hsien Loong welcome the anniversary.",
            &["Biden", "Lee Hsien Loong"],
        ),
        // Days of a date in other forms; a trip recalled however long its place and date.
        (
            "Secretary Blinken traveled to Bridgetown, Barbados, April 19-20 to meet with Prime Minister Mia Mottley.",
            &["Blinken", "Mia Mottley"],
        ),
        (
            "Secretary Blinken, who previously traveled to Port Moresby, Papua New Guinea on Monday, July 24, 2023 to meet with Prime Minister James Marape, will return.",
            &[],
        ),
        // A question, condition or time to come of "X and I" states nothing of X's.
        ("Time will tell whether President Xi and I agree on the next steps.", &[]),
        ("We will act (when President Lula and I agree on the terms.)", &[]),
        // A date alone dates the readout's own event.
        (
            "The call went well. On March 3, President Biden spoke with Prime Minister Justin Trudeau.",
            &["Biden", "Justin Trudeau"],
        ),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn what_the_second_sample_of_session_37_found() {
    let cases: &[(&str, &[&str])] = &[
        // Where to reach someone is no call.
        ("For further information, please contact Rebecca Perry via email or by phone at 202-261-8207.", &[]),
        // A real call on the phone.
        (
            "Secretary Blinken was on the phone at length with Foreign Minister Dmytro Kuleba.",
            &["Blinken", "Dmytro Kuleba"],
        ),
        // An event dated by its year is another than the one read out; not the place of the one
        // read out.
        (
            "President Biden held a bilateral meeting on the margins of the 2023 G20 Summit in New Delhi with Prime Minister Narendra Modi.",
            &["Biden", "Narendra Modi"],
        ),
        (
            "Sullivan will meet with Foreign Minister Wang Yi. This meeting continues the commitment by both sides at the November 2023 Woodside Summit between President Biden and President Xi.",
            &[],
        ),
        // A library ends a name: the organisation's, not a person's.
        (
            "Participants included: Jaimie Caldwell, Baltimore Public Library/IAM, and Damien Sowell, REI.",
            &["Jaimie Caldwell", "Damien Sowell"],
        ),
    ];
    check_bodies("Readout", cases);
}

#[test]
fn what_the_sample_of_session_38_found() {
    let cases: &[(&str, &[&str])] = &[
        // A relative named after "of" is talked about, not met.
        (
            "Vice President Kamala Harris spoke today with Yulia Navalnaya, widow of Alexey Navalny, following the release.",
            &["Kamala Harris", "Yulia Navalnaya"],
        ),
        // And the relatives listed with the first.
        (
            "Secretary Blinken met with the families of Paul Whelan and Evan Gershkovich at the Department.",
            &["Blinken"],
        ),
        (
            "President Biden met today with Joey and Paula Reed, the parents of Trevor Reed, who is wrongfully detained.",
            // ("Joey" alone is a given name without its surname: left out, as before.)
            &["Biden", "Paula Reed"],
        ),
        // A body joined as a member is no exchange; one who joins an official is.
        ("Dr. Cary Fowler, a noted agriculturalist, has joined the Department of State as Special Envoy.", &[]),
        ("Buttigieg is a veteran. Secretary Pete Buttigieg joined the military in 2009.", &[]),
        (
            "Assistant Secretary Robinson was joined by Department of Homeland Security Assistant Secretary Serena Hoy for a meeting.",
            &["Robinson", "Serena Hoy"],
        ),
        ("Secretary Blinken joined the call with Foreign Minister Dmytro Kuleba.", &["Blinken", "Dmytro Kuleba"]),
    ];
    check_bodies("Readout", cases);
}

#[test]
fn what_the_second_sample_of_session_38_found() {
    let cases: &[(&str, &[&str])] = &[
        // An opening clause recalling an exchange "between" others: its parties took part in that
        // one, not in the one read out.
        (
            "National Security Advisor Jake Sullivan met today with Francesco Talo. Following on the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo reaffirmed their support.",
            &["Jake Sullivan", "Francesco Talo"],
        ),
        (
            "Sullivan spoke with Ibrahim Kalin. Following the meeting between President Joe Biden and President Recep Tayyip Erdogan on June 14, Mr. Sullivan and Dr. Kalin discussed a range of issues.",
            &["Sullivan", "Ibrahim Kalin"],
        ),
        // Not an opening clause of the exchange read out.
        (
            "Following his meeting with Foreign Minister Wang Yi, Secretary Blinken spoke with Foreign Minister Sergey Lavrov.",
            &["Wang Yi", "Blinken", "Sergey Lavrov"],
        ),
    ];
    check_bodies("Readout", cases);
}

#[test]
fn a_title_makes_truman_a_surname() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Just 11 minutes later, President Truman announced that the United States would recognize Israel.",
            &["Truman"],
        ),
        ("The ceremony was held at the Harry S. Truman Building.", &[]),
    ];
    check_bodies("Statement", cases);
}

#[test]
fn what_the_third_sample_of_session_38_found() {
    let cases: &[(&str, &[&str])] = &[
        // A "with" or "between" past a verb of the future names another event's parties.
        (
            "President Biden will meet virtually with Prime Minister Narendra Modi. This meeting will precede the U.S.-India 2+2 Ministerial between Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin.",
            &[],
        ),
        (
            "The meeting will build on President Biden’s calls this week with G7 leaders Prime Minister Boris Johnson of the United Kingdom and Chancellor Angela Merkel of Germany.",
            &[],
        ),
        // Not past a verb of meeting in the future: the annotators list such a visit's other side
        // (its traveller, subject of a future verb, takes no part here, as before).
        (
            "During his visit, Special Representative Sung Kim will meet with Special Representative Noh Kyu-duk to discuss the situation.",
            &["Noh Kyu-duk"],
        ),
        // "Also in the meeting were" lists participants.
        (
            "Jake Sullivan met with President Alejandro Giammattei. Also in the meeting were National Security Advisor to the Vice President Nancy McEldowney, NSC Senior Director Juan Gonzalez, and U.S. Ambassador William Popp.",
            &["Jake Sullivan", "Alejandro Giammattei", "Nancy McEldowney", "Juan Gonzalez", "William Popp"],
        ),
        // The head of a cabinet named after a person belongs to someone talked about.
        (
            "Deputy National Security Advisor Mike Pyle met with Bjoern Seibert, Head of Cabinet to European Commission President Ursula von der Leyen, to discuss Ukraine.",
            &["Mike Pyle", "Bjoern Seibert"],
        ),
    ];
    check_bodies("Readout", cases);
}

#[test]
fn what_the_review_of_session_38_found() {
    let cases: &[(&str, &[&str])] = &[
        // A body's words without an article open someone's office: the exchange stands.
        (
            "Secretary Blinken joined Department of Homeland Security Secretary Alejandro Mayorkas in a meeting with Foreign Minister Marcelo Ebrard.",
            &["Blinken", "Alejandro Mayorkas", "Marcelo Ebrard"],
        ),
        // A future verb of meeting a word or two on, and the noun "will", keep the other side.
        (
            "During his visit, Special Representative Sung Kim will also meet with Special Representative Noh Kyu-duk.",
            &["Noh Kyu-duk"],
        ),
        (
            "During the visit, Secretary Blinken will hold talks with Foreign Minister Dmytro Kuleba.",
            &["Dmytro Kuleba"],
        ),
        (
            "Secretary Blinken discussed the political will to end the war with Foreign Minister Dmytro Kuleba.",
            &["Blinken", "Dmytro Kuleba"],
        ),
    ];
    check_bodies("Readout", cases);
}

#[test]
fn a_trip_to_come_announced_by_someone_else_names_no_speaker_in_its_traveler() {
    // (title, body, the speakers found)
    let cases: &[(&str, &str, &[&str])] = &[
        // The spokesperson on the byline announces the Secretary's trip: the traveler says nothing yet.
        (
            "Secretary Blinken’s Travel to Belgium",
            "Ned Price, Department Spokesperson\n\nSecretary of State Antony J. Blinken will travel to Brussels, Belgium, April 5 to 7, 2022, to attend the NATO Foreign Ministerial.",
            &["Ned Price"],
        ),
        // A press secretary's statement on the President's travel.
        (
            "Statement from Press Secretary Karine Jean-Pierre on President Biden’s Travel to Canada",
            "President Joe Biden will travel to Ottawa, Canada from March 23-24.",
            &["Karine Jean-Pierre"],
        ),
        // An "Office of the Spokesperson" notice names no one else: its traveler stays.
        (
            "Assistant Secretary Noyes’ Travel to Mexico",
            "Office of the Spokesperson\n\nAssistant Secretary of State Julieta Valls Noyes will travel to Mexico City April 20-22.",
            &["Julieta Valls Noyes"],
        ),
        // A trip made is read out: its traveler stays.
        (
            "Secretary Blinken’s Travel to Belgium",
            "Ned Price, Department Spokesperson\n\nSecretary of State Antony J. Blinken traveled to Brussels, where he met with NATO Secretary General Jens Stoltenberg.",
            &["Antony Blinken", "Ned Price", "Jens Stoltenberg"],
        ),
        // A position of the traveler's held now keeps them: "He looks forward to this visit".
        (
            "Statement from Press Secretary Karine Jean-Pierre on President Biden’s Travel to Saudi Arabia",
            "President Joseph R. Biden, Jr. will travel to Saudi Arabia. The President appreciates King Salman’s leadership and his invitation.",
            &["Karine Jean-Pierre", "Joseph Biden"],
        ),
        // A statement "on Travel of" someone has its author for subject.
        (
            "Statement from NSC Spokesperson Adrienne Watson on Travel of National Security Advisor Jake Sullivan",
            "National Security Advisor Jake Sullivan will travel to Saudi Arabia.",
            &["Adrienne Watson"],
        ),
    ];
    for (title, body, want) in cases {
        assert_eq!(speakers(title, body), *want, "{title}: {body}");
    }
}

#[test]
fn a_title_word_between_a_given_name_and_a_surname_is_part_of_the_name() {
    check_bodies(
        "Readout",
        &[(
            "Secretary of State Antony J. Blinken spoke today with Somali President Hassan Sheikh Mohamud.",
            &["Antony Blinken", "Hassan Sheikh Mohamud"],
        )],
    );
    // Still a title where it opens the name: "Amir Sheikh Tamim bin Hamad Al Thani".
    check_bodies(
        "Readout",
        &[(
            "President Biden spoke with Amir Sheikh Tamim bin Hamad Al Thani of Qatar.",
            &["Biden", "Tamim bin Hamad Al Thani"],
        )],
    );
}

#[test]
fn what_session_40_found() {
    // A meeting the traveler "will hold" is one to come: no one has taken part in it yet. A
    // meeting held is read out.
    check_bodies(
        "Readout",
        &[
            (
                "In addition to attending G20-related engagements, the Secretary will hold a bilateral meeting with Indonesian Foreign Minister Retno Marsudi.",
                &[],
            ),
            ("She will have a working lunch with Foreign Minister Nasser Bourita.", &[]),
            // Past an event's name, and a verb of the future with "to".
            (
                "Secretary Blinken will then co-chair the D-ISIS Ministerial with Foreign Minister Di Maio, before traveling to Matera to attend the G20 Foreign Affairs Ministerial Meeting.",
                &[],
            ),
            (
                "Secretary Blinken attended the G20 Foreign Affairs Ministerial Meeting with Foreign Minister Luigi Di Maio.",
                &["Blinken", "Luigi Di Maio"],
            ),
            (
                "Secretary Blinken held a bilateral meeting with Indonesian Foreign Minister Retno Marsudi.",
                &["Blinken", "Retno Marsudi"],
            ),
        ],
    );
    // A public schedule lists the day's events to come.
    assert_eq!(
        speakers(
            "Public Schedule - August 12, 2021",
            "Deputy Secretary Wendy Sherman meets with Chinese Ambassador Qin Gang, at the Department of State."
        ),
        Vec::<String>::new()
    );
    // A given name that is also a word opens a name after a title; an apostrophe inside a name
    // before its particle is a letter of it, no possessive.
    check_bodies(
        "Readout",
        &[
            (
                "Tribal youth participants heard directly from Interior Secretary Deb Haaland and Administration for Native Americans Deputy Commissioner Hope MacDonald Lone Tree.",
                &["Deb Haaland", "Hope MacDonald Lone Tree"],
            ),
            (
                "President Joe Biden spoke today with Prime Minister Mohammed Shia’ al-Sudani of Iraq.",
                &["Joe Biden", "Mohammed Shia al-Sudani"],
            ),
        ],
    );
}

#[test]
fn names_listed_after_a_preposition_are_all_its_objects() {
    check_bodies(
        "Readout",
        &[
            (
                "Participants, who included executives from Microsoft, Mastercard, and Salesforce, discussed policies.",
                &[],
            ),
            // Not past a comma that ends an opening phrase, before someone named otherwise.
            (
                "At the G7 Leaders’ Summit in Apulia, President Biden and G7 leaders committed to taking critical action.",
                &["Biden"],
            ),
        ],
    );
}

#[test]
fn who_leads_a_delegation_takes_part_and_who_leads_an_initiative_does_not() {
    check_bodies(
        "Readout",
        &[
            (
                "The United States delegation, led by Ambassador Marc Knapper, reiterated its commitment.",
                &["Marc Knapper"],
            ),
            (
                "The dialogue was led by Political Director Jernej Müller and Deputy Assistant Secretary Robin Dunnigan.",
                &["Jernej Müller", "Robin Dunnigan"],
            ),
            (
                "Participants discussed private sector investment, such as the Central America Forward initiative led by Vice President Kamala Harris.",
                &[],
            ),
            (
                "We applaud the bipartisan group of Senators, led by Senators Warner and Thune, who today introduced the RESTRICT Act.",
                &[],
            ),
            (
                "The U.S. and EU worked together as part of a regular supply chain dialogue, led by Commissioner Thierry Breton and Coordinator Jeff Zients.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_moderator_who_moves_on_to_a_reporter_gives_them_the_floor() {
    let body = "MS PORTER: Good afternoon.\n\nQUESTION: Thanks.\n\nMS PORTER: Okay, let's move on to Christina Ruffini, please.\n\nQUESTION: Is there a plan for Kyiv?\n\nMS PORTER: Thanks, Christina.";
    assert!(speakers("Department Press Briefing", body).contains(&"Christina Ruffini".to_string()));
}

#[test]
fn what_the_review_of_session_40_found() {
    check_bodies(
        "Readout",
        &[
            // An opening phrase's object, then the subjects: not one list.
            (
                "In a letter to Senator Bob Menendez, Secretary Antony Blinken and Secretary Lloyd Austin stressed the need for action.",
                &["Antony Blinken", "Lloyd Austin"],
            ),
            // An infinitive of purpose reads its event out; "co-host" is one word.
            (
                "Secretary Blinken stopped in London to have a working lunch with Foreign Secretary James Cleverly.",
                &["Blinken", "James Cleverly"],
            ),
            ("Secretary Blinken will co-host a meeting with Foreign Minister Wang Yi.", &[]),
            // "led by" in any case, after the readout's own call, past any space.
            ("The U.S. Delegation was led by Ambassador Jane Hartley.", &["Jane Hartley"]),
            ("The call was led by Deputy Secretary Wendy Sherman.", &["Wendy Sherman"]),
            ("The U.S. side is\u{202f}led by Ambassador Jane Hartley.", &["Jane Hartley"]),
            (
                "Led by Dr. Kurt Campbell, Coordinator for Indo-Pacific Affairs, and Jody Thomas, National Security Adviser, participants discussed key trends.",
                &["Kurt Campbell", "Jody Thomas"],
            ),
            ("Led by Chair Rick Scott, their plan would put these programs on the chopping block.", &[]),
            ("Ukraine, led by President Volodymyr Zelenskyy, has shown extraordinary courage.", &[]),
            (
                "The delegations of the United States and Mexico, led by Secretary Marcelo Ebrard, met in Washington.",
                &["Marcelo Ebrard"],
            ),
            ("The U.S. side was co-led by Assistant Administrator Atul Gawande.", &["Atul Gawande"]),
            (
                "The delegations of the Republic of Iraq, led by Foreign Minister Fuad Hussein, and the United States of America, led by Secretary of State Antony J. Blinken, co-chaired the meeting.",
                &["Fuad Hussein", "Antony Blinken"],
            ),
        ],
    );
    // Moving on to a subject gives no one the floor.
    let body = "MR MILLER: Good afternoon. I want to move on to Evan Gershkovich, who remains wrongfully detained.\n\nQUESTION: Thanks, Matt.\n\nMR MILLER: Go ahead.";
    assert!(!speakers("Department Press Briefing", body).iter().any(|s| s.contains("Gershkovich")));
    // A schedule in capitals.
    assert_eq!(
        speakers("PUBLIC SCHEDULE – JULY 8, 2021", "Secretary Blinken meets with Foreign Minister Dmytro Kuleba."),
        Vec::<String>::new()
    );
}

#[test]
fn what_the_review_of_session_41_found() {
    check_bodies(
        "Readout",
        &[
            // "had" is no exchange of its own: a second "had" within the window does not make one.
            ("When President Biden took office, few had jobs and fewer had savings.", &[]),
            // A "had" that is no exchange leaves the sentence's later exchange to be read.
            (
                "Vice President Harris, who had led the U.S. delegation to the Munich Security Conference, met with Chancellor Olaf Scholz.",
                &["Harris", "Olaf Scholz"],
            ),
            // Nouns past an aside, in the plural, and an engagement.
            (
                "Secretary Blinken had, I think, a very, very substantive and extremely productive discussion with Foreign Minister Wang Yi.",
                &["Blinken", "Wang Yi"],
            ),
            (
                "The two sides had a constructive engagement on Rafah with Strategic Affairs Minister Ron Dermer.",
                &["Ron Dermer"],
            ),
            // Held hostage is no meeting held.
            (
                "I have had no higher priority than seeking the release of Evan, Paul Whelan and all Americans wrongfully detained and held hostage abroad.",
                &[],
            ),
            // A trade is no company: "a child care provider", "a firm believer".
            ("Jane Doe, a child care provider from Wisconsin, said the program helped.", &["Jane Doe"]),
            ("Senator Bob Casey, a firm believer in the program, said it helped.", &["Bob Casey"]),
            // The leader of what the gathering is about takes no part in it.
            (
                "Secretary Blinken hosted a ministerial meeting on Sudan, where the conflict between the SAF, led by General Abdel Fattah al-Burhan, continues.",
                &["Blinken"],
            ),
            // "Paula" is not "Paul" at greater length.
            (
                "President Biden met with Paul Smith and Paula Smith, parents of the detained journalist.",
                &["Biden", "Paul Smith", "Paula Smith"],
            ),
        ],
    );
}

#[test]
fn what_session_41_found_on_a_fresh_sample() {
    check_bodies(
        "Kingdom of Saudi Arabia Signs the Artemis Accords",
        &[
            // "Al" is a particle however long the lineage: nine words, five of them names.
            (
                "The CEO signed the Accords and was joined during a virtual ceremony by Her Royal Highness Princess Reema bint Bandar bin Sultan bin Abdulaziz Al Saud, Ambassador to the United States, and Bill Nelson, Administrator of NASA.",
                &["Reema bint Bandar bin Sultan bin Abdulaziz Al Saud", "Bill Nelson"],
            ),
            // A thing had is no exchange: "few had jobs" makes no one before it take part.
            ("When President Biden took office, few had jobs.", &[]),
            ("When Vice President Harris and I took office, our nation had just seen the largest increase.", &[]),
            (
                "Secretary Blinken had a very good, candid and productive exchange with Foreign Minister Wang Yi.",
                &["Blinken", "Wang Yi"],
            ),
            ("Secretary Blinken had dinner with Foreign Minister Penny Wong.", &["Blinken", "Penny Wong"]),
            // The leaders of a gathering the sentence convenes, past its date and place.
            (
                "The United States and the African Union Commission convened the eighth annual U.S.-AUC High-Level Dialogue on March 11 in Washington, D.C., led by Secretary of State Antony Blinken and AUC Head of Delegation Chairperson Moussa Faki Mahamat.",
                &["Antony Blinken", "Moussa Faki Mahamat"],
            ),
            ("The United States has a regular supply chain dialogue, led by Secretary Gina Raimondo.", &[]),
            // A company set off by what it makes is no person.
            (
                "Today, Eli Lilly, the largest manufacturer of insulin in the United States, announced that they are lowering the price.",
                &[],
            ),
            ("Richard Mills, the Deputy Representative, said the talks went well.", &["Richard Mills"]),
            // One readout's "Zach" and "Zachary" of one surname are one person, by the fuller name.
            (
                "Economist Zach Liscow spoke.\n\nParticipants:\n\n- Zachary Liscow, Chief Economist\n- Sarah Kapnick, Chief Scientist",
                &["Zachary Liscow", "Sarah Kapnick"],
            ),
            // A trophy's name is no person's.
            (
                "Participants:\n\n- Desmond Howard, 1991 Heisman Trophy winner and host of ESPN College Gameday",
                &["Desmond Howard"],
            ),
        ],
    );
}

#[test]
fn what_session_42_found_on_a_fresh_sample() {
    check_bodies(
        "The High Holidays",
        &[
            // A holiday is no person, even as the nearest name before a verb of speech.
            (
                "Throughout the High Holidays – commencing with Rosh Hashanah, continuing through the 10 Days of Repentance, and concluding on Yom Kippur – the stirring sound of the shofar calls us to examine our character and conduct.",
                &[],
            ),
            ("On Nowruz, Secretary Blinken said the new year brings hope.", &["Blinken"]),
        ],
    );
}

#[test]
fn what_session_43_found_on_a_fresh_sample() {
    check_bodies(
        "Readout of President Joe Biden’s Meeting with Prime Minister Hun Sen of Cambodia",
        &[
            // "Sen" (Senator's abbreviation) is a surname after a title and a given name.
            (
                "President Biden met today with Prime Minister Hun Sen of Cambodia in Phnom Penh.",
                &["Joe Biden", "Hun Sen"],
            ),
        ],
    );
    check_bodies(
        "U.S. Actions to Address Plastic Pollution",
        &[
            // What a name is, then a relative clause: the verb is the program's.
            ("Trash Free Waters is a voluntary program that emphasizes stakeholder engagement.", &[]),
            // A relative clause before what the name is leaves the verb the name's.
            (
                "Secretary Blinken, who was in Tokyo this week, met with Foreign Minister Hayashi.",
                &["Blinken", "Hayashi"],
            ),
        ],
    );
    check_bodies(
        "Acting Assistant Secretary of State for Consular Affairs Ian Brownlee Travels to Tucson, El Paso, Nogales (Sonora), and Ciudad Juárez",
        // "Ciudad" (city) opens a place's name, not a person's.
        &[(
            "Acting Assistant Secretary Ian Brownlee will travel July 19-23 to Tucson, Arizona, and Ciudad Juárez, Mexico.",
            &[],
        )],
    );
    check_bodies(
        "Announcement",
        &[
            // Pleasure stated after "is" is a position, as pride is.
            (
                "Under Secretary of State for Arms Control and International Security Bonnie D. Jenkins is pleased to announce Kenneth D. Ward as the U.S. Special Representative.",
                &["Bonnie Jenkins"],
            ),
            // Not a pleased department.
            ("The Department of State is pleased to announce the winners.", &[]),
        ],
    );
}
