//! Cases that session 48's fresh sample found (found_on_later_samples.rs holds those of
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
