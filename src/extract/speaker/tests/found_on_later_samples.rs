//! Cases that the fresh samples and reviews of session 37 on found (found_on_samples.rs holds the
//! earlier ones): sentences the rules once read wrong, one test for each round of them.

use super::check_bodies;

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
        // A time gone by opens a later sentence: history recalled, not the event read out.
        (
            "Secretary Blinken met Foreign Minister Ramtane Lamamra in Algiers. Earlier this month, Deputy Secretary Wendy Sherman and Foreign Minister Lamamra met in Algiers to express support.",
            &["Blinken", "Ramtane Lamamra"],
        ),
        (
            "The partnership is strong. Three years ago, President Biden and our Australian partners committed to AUKUS. Last May, Prime Minister Albanese affirmed it.",
            &[],
        ),
        // The body's first sentence is the event read out, however late it is published.
        (
            "Last week, Coordinator Mitch Landrieu hosted two virtual roundtables with Tribal leaders.",
            &["Mitch Landrieu"],
        ),
        ("The report is out. In March, President Biden called for an end to sexual violence in conflict.", &[]),
        // A question or condition of "X and I" states nothing of X's.
        ("Time will tell whether President Xi and I agree on the next steps.", &[]),
        // A date alone dates the readout's own event.
        (
            "The call went well. On March 3, President Biden spoke with Prime Minister Justin Trudeau.",
            &["Biden", "Justin Trudeau"],
        ),
    ];
    check_bodies("Statement", cases);
}
