//! Cases that the fresh samples of sessions 48, 49 and 56 found (found_on_later_samples.rs holds those of
//! sessions 37 to 47): sentences the rules once read wrong, one test for each round of them.

use super::check_bodies;

#[test]
fn what_session_48_found_on_a_fresh_sample() {
    check_bodies(
        "Build Back Better",
        &[
            // A number word opens no name ("Seventeen Nobel Prize-winning economists").
            ("Experts agree: Seventeen Nobel Prize-winning economists have said it will reduce inflation.", &[]),
            ("Twelve Nobel laureates said so.", &[]),
        ],
    );
    check_bodies(
        "Designation of a Specially Designated Global Terrorist",
        &[
            // "sought to" is an attempt, no position stated; "sought" with an object is one.
            ("After serving his sentence, Anton Thulin sought to receive paramilitary training in Poland.", &[]),
            ("Foreign Minister Lavrov sought assurances on the talks.", &["Lavrov"]),
        ],
    );
    check_bodies(
        "Secretary Blinken’s Meeting with UN Personal Envoy Staffan de Mistura",
        &[
            // "Personal" is an office's word: "Personal Envoy" alone names no one called Envoy.
            (
                "The Secretary and Personal Envoy also discussed diplomatic engagement.",
                &["Blinken", "Staffan de Mistura"],
            ),
            ("The Secretary and Personal Representative discussed it.", &["Blinken", "Staffan de Mistura"]),
        ],
    );
}

#[test]
fn what_session_49_found_on_a_fresh_sample() {
    check_bodies(
        "Readout of White House Meetings with Leaders of Law Enforcement Groups on Police Reform",
        &[
            // "taking part in the meetings included" opens a list, as "participating in" does.
            (
                "Officials from the Biden-Harris Administration taking part in the meetings included Domestic Policy Advisor Susan Rice, Senior Advisor Cedric Richmond, and Deputy Attorney General Lisa Monaco.",
                &["Susan Rice", "Cedric Richmond", "Lisa Monaco"],
            ),
            // A sheriff's office is a title, not a given name.
            (
                "Participants in the meetings included:\n\n-   **Sheriff Peter Koutoujian**, President, Major County Sheriffs of America",
                &["Peter Koutoujian"],
            ),
        ],
    );
    check_bodies(
        "Secretary Blinken’s Call with Armenian Prime Minister Pashinyan",
        &[
            // A meeting still to come ("planned", "upcoming") is no taking part.
            (
                "The Secretary encouraged further negotiations, including Pashinyan’s and Aliyev’s planned meeting April 6 with European Council President Michel.",
                &["Blinken", "Pashinyan"],
            ),
            (
                "Mr. Sullivan briefed on U.S. efforts, including Secretary Blinken’s upcoming meeting with Russian Foreign Minister Lavrov.",
                &["Blinken", "Pashinyan", "Sullivan"],
            ),
            // The meeting past the planned talks is read out.
            (
                "To prepare for the upcoming talks, Deputy Secretary Sherman met with Foreign Minister Wang Yi.",
                &["Blinken", "Pashinyan", "Sherman", "Wang Yi"],
            ),
            // Not one recalled as held: the exchange noun after "the" is read out.
            (
                "The Secretary held a meeting with European Council President Charles Michel.",
                &["Blinken", "Pashinyan", "Charles Michel"],
            ),
        ],
    );
    check_bodies(
        "Readout of Principal Deputy National Security Advisor Jon Finer’s meeting with Bosnian leaders",
        &[
            // A state named with "and" ends before the name that follows its second half.
            (
                "Mr. Finer met today with Members of the Presidency of Bosnia and Herzegovina Zeljka Cvijanovic and Denis Becirovic.",
                &["Jon Finer", "Zeljka Cvijanovic", "Denis Becirovic"],
            ),
        ],
    );
    check_bodies(
        "Readout of President Biden’s Meeting with President Volodymyr Zelenskyy of Ukraine",
        &[
            // A surname misspelt once is the person the readout names in full.
            ("President Zelenskky shared his plans to address corruption.", &["Biden", "Volodymyr Zelenskyy"]),
            // Not a surname written again, nor a feminine form, nor one beside the exact surname
            // in full: other people (from a fresh review).
            (
                "Secretary Jeh Johnson met with Ambassador Johnston. Ambassador Johnston said the talks went well.",
                &["Biden", "Volodymyr Zelenskyy", "Jeh Johnson", "Johnston"],
            ),
            (
                "He met with Head of the Presidential Administration Saida Mirziyoyeva. President Mirziyoyev said so.",
                &["Biden", "Volodymyr Zelenskyy", "Saida Mirziyoyeva", "Mirziyoyev"],
            ),
        ],
    );
    check_bodies(
        "Statement from President Joe Biden on James Lawson",
        &[
            // A headline "… on Name" over a body that mourns: the person named is mourned.
            (
                "As a mentor, James Lawson taught the likes of Diane Nash about nonviolence. Jill and I are saddened by the loss of one of our nation’s noblest leaders.",
                &["Joe Biden"],
            ),
        ],
    );
    check_bodies(
        "Statement from NSC Spokesperson Adrienne Watson on Ambassador Linda Thomas-Greenfield",
        &[
            // Over a body that mourns no one, the person named keeps what the body says of them.
            (
                "Ambassador Linda Thomas-Greenfield said the United States stands with Haiti, and offered condolences to the families of those who died in the earthquake.",
                &["Adrienne Watson", "Linda Thomas-Greenfield"],
            ),
        ],
    );
    check_bodies(
        "Statement from Secretary Antony J. Blinken on Ambassador Donald Blinken",
        &[
            // The one who speaks is not the one mourned, by surname.
            ("My father passed away last night. We mourn him.", &["Antony Blinken"]),
        ],
    );
    check_bodies(
        "Department Press Briefing – June 10, 2021",
        &[
            // "heard from X" reports X's words, in a briefing's answers too; not a hearing to
            // come, nor one denied.
            (
                "MR PRICE: Good afternoon.\n\nQUESTION: Thanks, Ned. What about Israel?\n\nMR PRICE: As you’ve heard from President Biden, we are committed to our alliance. We haven’t heard from Foreign Minister Lapid. You’ll hear from Secretary Austin tomorrow.\n\nQUESTION: And Iran?\n\nMR PRICE: Nothing more.",
                &["Biden", "Price"],
            ),
            // An adverb between, or "I heard from".
            (
                "MR PRICE: Good afternoon.\n\nQUESTION: What about Israel?\n\nMR PRICE: We’ve also heard from Foreign Minister Lapid that Israel is committed. I heard from Prime Minister Bennett this morning.\n\nQUESTION: And Iran?\n\nMR PRICE: Nothing more.",
                &["Lapid", "Bennett", "Price"],
            ),
            // Nor a question whether one has heard from someone.
            (
                "MR PRICE: Good afternoon.\n\nQUESTION: Have you heard from Foreign Minister Lapid since the strike? Did you hear from him?\n\nMR PRICE: Not yet.\n\nQUESTION: And Iran?\n\nMR PRICE: Nothing more.",
                &["Price"],
            ),
        ],
    );
    check_bodies(
        "Secretary Blinken’s Call with Brazilian Foreign Minister França",
        &[
            // An attribution on its own line, with the office's body before the title.
            (
                "The below is attributable to State Department Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke today with Brazilian Foreign Minister Carlos França.",
                &["Antony Blinken", "Carlos França", "Ned Price"],
            ),
        ],
    );
    check_bodies(
        "Readout of White House Meeting with County Officials",
        &[
            // "Shah" is a surname far more often than a title in readouts.
            (
                "Participants included:\n\n-   Jigar Shah, Director of the Loan Programs Office, Department of Energy",
                &["Jigar Shah"],
            ),
        ],
    );
    check_bodies(
        "Statement from President Joe Biden on Russian Missile Strikes in Ukraine",
        &[
            // A meeting in the future's progressive is yet to come.
            (
                "This week, I will be welcoming President Zelenskyy and NATO leaders to Washington, and I will be meeting with President Zelenskyy to make clear our support.",
                &["Joe Biden"],
            ),
            (
                "Tomorrow we’ll also be hosting Prime Minister Fumio Kishida. Today I met with Chancellor Olaf Scholz.",
                &["Joe Biden", "Olaf Scholz"],
            ),
        ],
    );
    check_bodies(
        "Department Press Briefing – June 2, 2022",
        &[
            // A reporter's given name, called out by the spokesperson, is no one the briefing
            // reports.
            (
                "MR PRICE: Good afternoon.\n\nMR PRICE: Matt.\n\nQUESTION: Thank you.\n\nMR PRICE: Alex.\n\nQUESTION: Continuing what Matt said to you, could they strike?\n\nMR PRICE: No.",
                &["Price"],
            ),
            // After an answer's sentence, or as a question right after the tag; not a question
            // about someone, nor a name after an abbreviated title.
            (
                "MR PRICE: Good afternoon.\n\nMR PRICE: Yes. Nazira.\n\nQUESTION: Thank you.\n\nMR PRICE: Abbie?\n\nQUESTION: Continuing what Nazira said to you, and Abbie said too, could they strike?\n\nMR PRICE: No.",
                &["Price"],
            ),
            (
                "MR PRICE: Good afternoon.\n\nQUESTION: On Ukraine. Kuleba?\n\nMR PRICE: Yesterday, in a call with the Secretary, Kuleba said that the talks would continue. Later the Deputy Secretary also met with Amb. Oyelaran. Afterwards, Oyelaran said the group would continue its work.\n\nQUESTION: Thanks.\n\nMR PRICE: No.",
                &["Kuleba", "Oyelaran", "Price"],
            ),
        ],
    );
    check_bodies(
        "Readout of President Biden’s Event with Farmers",
        &[
            // A surname shaped as a verb's -ing form; companies named alone.
            (
                "U.S. Congresswoman Kathy Manning (NC-6) also participated in the event. Amazon, Google, and Microsoft committed to support the standards.",
                &["Biden", "Kathy Manning"],
            ),
        ],
    );
    check_bodies(
        "Readout of President Biden’s Meeting with Philippine President Marcos",
        &[
            // "Jr." written as part of the name stays; in a signature's style it goes.
            (
                "President Joseph R. Biden, Jr. met today with President Ferdinand Marcos Jr. of the Philippines. President Marcos thanked him.",
                &["Joseph Biden", "Ferdinand Marcos Jr."],
            ),
            (
                "President Joseph R. Biden Jr. met today with Mayor Frank Scott, Jr. of Little Rock.",
                &["Joseph Biden", "Marcos", "Frank Scott"],
            ),
        ],
    );
    check_bodies(
        "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
        &[
            // A link after a name is no surname (rules-112 read "Kuleba Read", undone).
            ("Secretary Blinken spoke today with Foreign Minister Kuleba Read more", &["Blinken", "Kuleba"]),
        ],
    );
    check_bodies(
        "Readout of Council of Governors Meeting",
        &[
            // Briefers after "received an update on … from", one a conjunct of the list.
            (
                "The Council also received an update on the forthcoming Guidance from Assistant Secretary of Defense Melissa Dalton.",
                &["Melissa Dalton"],
            ),
            (
                "The Council also received an overview of the Strategy from Assistant Secretary Melissa Dalton, an update on preparedness for the disaster season from FEMA Administrator Criswell, and information on the guidelines from Under Secretary of Defense McCord.",
                &["Melissa Dalton", "Criswell", "McCord"],
            ),
            // Not a thing received from someone talked about.
            ("The Council received an update on the situation from the families of Paul Whelan.", &[]),
        ],
    );
    check_bodies(
        "Readout",
        &[
            // A lone surname after an office is not a relative of that surname: a spouse's office,
            // a word of kin, or the relative named in the same sentence.
            (
                "President Biden and First Lady Jill Biden met with the families today. President Biden said that he was grateful.",
                &["Biden", "Jill Biden"],
            ),
            (
                "The President is praying for Paul Pelosi and for Speaker Pelosi’s whole family. This morning he called Speaker Pelosi to express his support.",
                &["Pelosi"],
            ),
            (
                "Secretary Blinken met with Prime Minister Kishida. He also greeted the Prime Minister’s wife Yuko Kishida. Prime Minister Kishida welcomed the visit.",
                &["Blinken", "Kishida"],
            ),
            // An honorific is no office; the same office, or one of its words, is the same person.
            ("First Lady Jill Biden visited the school. Dr. Biden said she was moved.", &["Jill Biden"]),
            (
                "Secretary of State Antony J. Blinken spoke today with Foreign Minister Kuleba. Secretary Blinken said the United States stands with Ukraine.",
                &["Antony Blinken", "Kuleba"],
            ),
        ],
    );
    check_bodies(
        "Readout",
        &[
            // What a fresh review of rules-115 found: a spouse's office reaches no further than
            // its own name, a peer's "Lady" is no spouse's office, kin of many is no relative's
            // word, and the later of two spouses' offices is the one before a name.
            (
                "First Lady Jill Biden met with General Mark Milley at Arlington. Chairman Milley thanked the First Lady.",
                &["Jill Biden", "Mark Milley"],
            ),
            (
                "Secretary Clinton met with Lady Catherine Ashton, the EU High Representative. High Representative Ashton said the EU stands ready.",
                &["Clinton", "Catherine Ashton"],
            ),
            (
                "Joined by farm families, Trade Representative Katherine Tai toured the facility. Ambassador Tai said trade must work for workers.",
                &["Katherine Tai"],
            ),
            (
                "First Lady Jill Biden, joined by First Gentleman Bill Hochul, toured Buffalo. Governor Hochul said the state was grateful.",
                &["Jill Biden", "Bill Hochul", "Hochul"],
            ),
            (
                "President Biden hosted a dinner. First Lady of the U.S. Jill Biden met the families. President Biden said he was grateful.",
                &["Biden", "Jill Biden"],
            ),
            // An exercise's name is no person's; a person before "site manager" is.
            (
                "The partners will train together in the annual, multinational Khaan Quest exercise hosted by Mongolia. Participants included Brian Coll, site manager.",
                &["Brian Coll"],
            ),
        ],
    );
}

#[test]
fn what_session_56_found_on_a_fresh_sample() {
    // A headline about what befell the person it names ("the Appointment of …") reads out no
    // exchange with them, whatever its event word; one welcoming them in person still does.
    check_bodies(
        "The United States Welcomes the Appointment of Hans Grundberg as the New UN Special Envoy for Yemen",
        &[(
            "Antony J. Blinken, Secretary of State\n\nWe look forward to working closely with him.",
            &["Antony Blinken"],
        )],
    );
    check_bodies(
        "The United States Welcomes the Release of Jane Roe",
        &[("Antony J. Blinken, Secretary of State\n\nWe are relieved.", &["Antony Blinken"])],
    );
    check_bodies(
        "President Biden Welcomes Prime Minister Kishida to the White House",
        &[("The leaders met in the Oval Office.", &["Biden", "Kishida"])],
    );
    check_bodies(
        "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Call",
        &[
            // The head a staff office in apposition belongs to is talked about, whatever words
            // stand before the office ("Foreign Policy Advisor to", "an advisor to").
            (
                "Today, Jake Sullivan spoke with Yuriy Ushakov, Foreign Policy Advisor to President Vladimir Putin of Russia.",
                &["Emily Horne", "Jake Sullivan", "Yuriy Ushakov"],
            ),
            (
                "Today, Jake Sullivan spoke with Yuriy Ushakov, an advisor to President Vladimir Putin of Russia.",
                &["Emily Horne", "Jake Sullivan", "Yuriy Ushakov"],
            ),
            // Two people in apposition, neither owning the other's office, both take part.
            (
                "Today, Jake Sullivan spoke with Yuriy Ushakov, Foreign Minister Sergey Lavrov and President Vladimir Putin.",
                &["Emily Horne", "Jake Sullivan", "Yuriy Ushakov", "Sergey Lavrov", "Vladimir Putin"],
            ),
        ],
    );
    check_bodies(
        "Secretary Antony J. Blinken at a Virtual COVID-19 Global Action Plan Foreign Ministerial",
        &[
            // Thanked for joining us, past the body of their office: they take part. Not one
            // thanked for joining a body.
            (
                "SECRETARY BLINKEN:  Thank you. And let me thank, as well, Director General Tedros of the World Health Organization for joining us today.",
                &["Antony Blinken", "Tedros"],
            ),
            (
                "SECRETARY BLINKEN:  Thank you. I thank Prime Minister Jane Roe for joining the coalition.",
                &["Antony Blinken"],
            ),
        ],
    );
    check_bodies(
        "Readout of National Security Advisor Jake Sullivan’s Meeting with the National Security Advisors of Japan and the Republic of Korea",
        &[
            // The host of a summit to come ("to be hosted by") takes no part in the meeting read out.
            (
                "Jake Sullivan met with Akiba Takeo and Cho Tae-yong. The national security advisors look forward to the trilateral leaders’ summit to be hosted by President Biden in the coming months.",
                &["Jake Sullivan", "Akiba Takeo", "Cho Tae-yong"],
            ),
            (
                "Jake Sullivan met with Akiba Takeo at a dinner hosted by President Biden.",
                &["Jake Sullivan", "Akiba Takeo", "Biden"],
            ),
        ],
    );
    // From a fresh review of rules-117: "to be" is the future after a gathering's noun only; a
    // thanked relative's kin is talked about; whoever is joined to a befallen name is befallen too.
    check_bodies(
        "Remarks at the Atlantic Council",
        &[
            ("MODERATOR: I am delighted to be joined by U.S. Secretary Antony Blinken.", &["Antony Blinken"]),
            (
                "Today, we were honoured to be joined by Ukraine’s President Volodymyr Zelenskyy.",
                &["Volodymyr Zelenskyy"],
            ),
        ],
    );
    check_bodies(
        "Remarks",
        &[
            (
                "Secretary Blinken said: \"I want to thank the family of Evan Gershkovich for joining us today.\"",
                &["Blinken"],
            ),
            (
                "Secretary Blinken said: \"I want to thank Minister Jane Roe of the Republic of Korea for joining us today.\"",
                &["Blinken", "Jane Roe"],
            ),
        ],
    );
    check_bodies(
        "The United States Welcomes the Release of Paul Whelan and Evan Gershkovich",
        &[("Antony J. Blinken, Secretary of State\n\nWe are relieved.", &["Antony Blinken"])],
    );
}

#[test]
fn what_session_57_found_on_a_fresh_sample() {
    check_bodies(
        "Readout of President Joe Biden’s Meeting with CEOs",
        &[
            // An office before a listed name may hold "to" and run to ten words; the list goes on
            // past it.
            (
                "This afternoon, the President met with CEOs.\n\nAdministration Participants\n\nChief of Staff Jeff Zients\nCounselor to the President Steve Ricchetti\nSenior Advisor to the President and Director of Public Engagement Steve Benjamin\nDeputy Secretary of the Treasury Wally Adeyemo\n",
                &["Joe Biden", "Jeff Zients", "Steve Ricchetti", "Steve Benjamin", "Wally Adeyemo"],
            ),
            // "to" joins a title to the office it serves ("to the President"), not a line of
            // thanks, a letter's heading or an aide's office to the one they serve.
            (
                "This afternoon, the President met with CEOs.\n\nAdministration Participants\n\nChief of Staff Jeff Zients\nSpecial Thanks to Senator Chuck Schumer\nLetter to Speaker of the House Mike Johnson\nChief of Staff to Senator Mark Kelly, Jennifer Cox\n",
                &["Joe Biden", "Jeff Zients"],
            ),
            // A line of prose under the list names no one it lists.
            (
                "This afternoon, the President met with CEOs.\n\nAdministration Participants\n\nChief of Staff Jeff Zients\nThe President thanked the CEOs for their time and went to the Oval Office.\n",
                &["Joe Biden", "Jeff Zients"],
            ),
        ],
    );
    // A headline's second attributed official whose office holds joining words ("for", "&").
    check_bodies(
        "Statements by Press Secretary Jen Psaki & Deputy National Security Advisor for Cyber Anne Neuberger on Microsoft Exchange Vulnerabilities",
        &[("Text of the statements.", &["Jen Psaki", "Anne Neuberger"])],
    );
    check_bodies(
        "Statement by President Joe Biden and First Lady of the United States Jill Biden",
        &[("Text of the statement.", &["Joe Biden", "Jill Biden"])],
    );
    // Not past the topic: "on" ends the headline's subjects.
    check_bodies(
        "Statement by Press Secretary Jen Psaki on Vaccines and Minister for Health Jane Roe",
        &[("Text of the statement.", &["Jen Psaki"])],
    );
    // An exchange after "following" is recalled, not read out: its owner takes no part in it
    // here ("since" as often opens a clause whose subject speaks: "since Special Envoy Sung Kim
    // reached out to them saying …").
    check_bodies(
        "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting",
        &[
            (
                "Jake Sullivan met with Suh Hoon. They acknowledged the steps taken following President Moon’s visit to Washington in May.",
                &["Emily Horne", "Jake Sullivan", "Suh Hoon"],
            ),
            (
                "Jake Sullivan met with Suh Hoon. We remain engaged following President Biden’s call with President Putin.",
                &["Emily Horne", "Jake Sullivan", "Suh Hoon"],
            ),
            (
                "Jake Sullivan met with Suh Hoon. Following the Secretary of State’s call with Foreign Minister Lavrov, we remain engaged.",
                &["Emily Horne", "Jake Sullivan", "Suh Hoon"],
            ),
            (
                "We remain engaged following President Biden’s call with President Putin and my discussion with Foreign Minister Lavrov.",
                &["Emily Horne", "Jake Sullivan"],
            ),
            // Past the recalled exchange's clause, the one read out still names its parties.
            (
                "The steps taken following President Moon’s visit to Washington, Jake Sullivan met with Suh Hoon.",
                &["Emily Horne", "Jake Sullivan", "Suh Hoon"],
            ),
            ("They welcomed President Moon’s visit to Washington.", &["Emily Horne", "Jake Sullivan", "Moon"]),
        ],
    );
    // Each interviewer a headline lists after "With" takes part, not only the first.
    check_bodies(
        "Secretary Antony J. Blinken With Joe Scarborough, Mika Brzezinski, and Willie Geist of MSNBC’s Morning Joe",
        &[("QUESTION: Good morning.", &["Antony Blinken", "Joe Scarborough", "Mika Brzezinski", "Willie Geist"])],
    );
    // A listed office with a comma of its own (its wrapped lines joined, as the text's reader
    // gives them): the name after it is listed, not a company that closes a line.
    check_bodies(
        "Readout of President Biden’s Meeting of the Major Economies Forum",
        &[
            (
                "Participants included:\n\n-   President Joko Widodo, Republic of Indonesia\n-   Parliamentary State Secretary at the Ministry for Environment, Nature Conservation and Nuclear Safety Rita Schwarzelühr-Sutter, Federal Republic of Germany\n-   Prime Minister Yoshihide Suga, Japan\n",
                &["Biden", "Joko Widodo", "Rita Schwarzelühr-Sutter", "Yoshihide Suga"],
            ),
            (
                "Participants included:\n\n-   President Joko Widodo, Republic of Indonesia\n-   Co-Owner, Acme Rx\n",
                &["Biden", "Joko Widodo"],
            ),
        ],
    );
    // "Amb." is a title as "Ambassador" is: the name after it is listed.
    check_bodies(
        "Readout of White House Roundtable Discussion on Countering Hate",
        &[(
            "Participants included:\n\n-   Adam Phillips, Chief Strategy Officer, Interfaith America\n-   Amb. Susan E. Rice, Former U.S. Domestic Policy Advisor\n-   George Selim, Senior Vice President, Anti-Defamation League\n",
            &["Adam Phillips", "Susan Rice", "George Selim"],
        )],
    );
}
