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

mod found_on_later_samples;
mod found_on_samples;
mod found_on_session_58_samples;
mod found_on_the_latest_samples;
mod headlines;
mod lists_and_signatures;
mod names;
mod speech_and_participation;
