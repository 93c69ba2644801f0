//! Rules found on session 58's fresh samples (fresh76-78, 60 random readouts each, annotated by
//! independent helpers): each with the cases it must not change.

use super::check_bodies;

#[test]
fn what_session_58_found_on_a_fresh_sample() {
    check_bodies(
        "Readout of Vice President Harris’s Meeting with Legal Experts",
        &[
            // An office whose first words read as a one-word name ("Domestic Policy Advisor"):
            // the line lists the person after the office, as after "Special Advisor".
            (
                "The Vice President met with legal experts.\n\nParticipants:\n\n-   Professor Glenn Cohen of Harvard Law School\n-   Domestic Policy Advisor to the Vice President Rohini Kosoglu\n-   Special Advisor to the Vice President Mary Smith\n-   White House Counsel Dana Remus\n",
                &["Harris", "Glenn Cohen", "Rohini Kosoglu", "Mary Smith", "Dana Remus"],
            ),
            // A line a listed name opens still lists that name.
            (
                "The Vice President met with legal experts.\n\nParticipants:\n\n-   Dana Remus, White House Counsel\n-   Rohini Kosoglu, Domestic Policy Advisor\n",
                &["Harris", "Dana Remus", "Rohini Kosoglu"],
            ),
            // A label, a spaced dash, then the person with the office, whether or not the
            // label's first word was read as a name ("Waterbury"); a name before the dash is
            // the person.
            (
                "The Vice President met with police chiefs.\n\nAttendees included:\n\n1.  San Francisco Police Department – Chief William Scott\n2.  Waterbury Police Department – Chief Fernando Spagnolo\n3.  Washtenaw County Sheriff’s Office – Sheriff Jerry Clayton\n4.  Nancy Demme – Senior Principal, PERF\n",
                &["Harris", "William Scott", "Fernando Spagnolo", "Jerry Clayton", "Nancy Demme"],
            ),
        ],
    );
    // An exchange dated by "ago" in its clause is recalled, not read out; one after a clause of
    // today's is read out.
    check_bodies(
        "Statement by President Joe Biden on the 10th Anniversary of the Raid",
        &[
            (
                "Ten years ago, I joined President Obama and members of our national security team, crowded into the Situation Room to watch as our military delivered justice to Osama bin Laden.",
                &["Joe Biden"],
            ),
            ("Three days ago, the Secretary met with Pope Francis.", &["Joe Biden"]),
            (
                "Two weeks ago we agreed on a plan, and today I met with Prime Minister Justin Trudeau.",
                &["Joe Biden", "Justin Trudeau"],
            ),
            // (From a fresh review.) A recalled exchange hides no later one of the sentence; "ago
            // today" dates the recalled one, and two subjects joined by "and" are one clause's.
            (
                "Two weeks ago we met in Paris, and today I met with Prime Minister Justin Trudeau.",
                &["Joe Biden", "Justin Trudeau"],
            ),
            ("Seventy-five years ago today, President Truman met with Prime Minister Clement Attlee.", &["Joe Biden"]),
            ("A year ago, President Xi Jinping and I met in Bali.", &["Joe Biden"]),
            // Moments ago is now; an "ago" closing a relative clause is another clause's.
            ("Moments ago, I spoke with Prime Minister Justin Trudeau.", &["Joe Biden", "Justin Trudeau"]),
            (
                "Ambassador Jane Doe, who arrived in Kabul two weeks ago, met with Foreign Minister Sergey Lavrov.",
                &["Joe Biden", "Jane Doe", "Sergey Lavrov"],
            ),
        ],
    );
    // A given name's initials run together: kept before a surname alone and after a given name,
    // dropped before a given name and a surname; abbreviations written alike are none.
    check_bodies(
        "Readout of President Biden’s Call with Governors",
        &[
            (
                "The President spoke with Illinois Governor J.B. Pritzker and Principal Secretary P.K. Mishra.",
                &["Biden", "J.B. Pritzker", "P.K. Mishra"],
            ),
            ("President George H.W. Bush said: “He got things done.”", &["Biden", "George H.W. Bush"]),
            ("Assistant Secretary C.S. Eliot Kang said the talks went well.", &["Biden", "Eliot Kang"]),
            ("The President met with U.S. Ambassador Jane Roe in Washington, D.C. today.", &["Biden", "Jane Roe"]),
            (
                "The President met with Mayor J.B. Smith Jr. aboard the U.S.S. Arizona Memorial.",
                &["Biden", "J.B. Smith Jr."],
            ),
        ],
    );
    // A heading of a name and its office over their quotation (statements of support gathered in
    // a readout), with a colon or right over the quotation's line; not a name that goes on in its
    // line, nor an office line that opens with the person ("Jason Walsh, Executive Director,
    // BlueGreen Alliance:" names no "BlueGreen Alliance").
    check_bodies(
        "Readout of White House Meeting on Heating Assistance",
        &[
            (
                "Officials met with utilities.\n\nNational Grid President Badar Khan:  \n“National Grid recognizes that our customers will be impacted. We support it.”\n\nVermont Gas President and CEO Neale F. Lunderville\n“We strongly support this initiative.”\n",
                &["Badar Khan", "Neale Lunderville"],
            ),
            ("Officials met with utilities.\n\nThe Grid Company Annual Report\n\n“Quoted text.”\n", &[]),
            (
                "Officials met with utilities.\n\nJason Walsh, Executive Director, BlueGreen Alliance: “We need a new national commitment.”\n",
                &["Jason Walsh"],
            ),
        ],
    );
}
