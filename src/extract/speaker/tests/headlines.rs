//! Headlines: whom a title makes a speaker, whatever its body says.

use super::speakers;

#[test]
fn a_headline_s_topic_is_not_its_speaker() {
    let cases: &[(&str, &[&str])] = &[
        // Nobody named before the topic: the topic after "on" speaks for no one.
        ("Statement by the President on Micron Chips Announcement in New York", &[]),
        ("Readout of White House State Legislative Convening on Non-Consensually Distributed Intimate Images", &[]),
        ("Statement on Acme Widgets", &[]),
        // Whoever the headline is by or from still speaks.
        ("Statement from President Joe Biden on James Lawson", &["Joe Biden"]),
        ("Remarks by Vice President Harris", &["Harris"]),
        // What befell the headline's subject: named to an office, as appointed to one.
        ("Richard Nephew Named as Coordinator on Global Anti-Corruption", &[]),
        // The subject of a call or travel the topic names is theirs.
        (
            "Statement on Vice President Kamala Harris’s Meeting with Chancellor Olaf Scholz",
            &["Kamala Harris", "Olaf Scholz"],
        ),
    ];
    for (title, want) in cases {
        assert_eq!(speakers(title, "Nothing to add."), *want, "{title}");
    }
}
