//! Completing a readout: the one rule that fills in what a readout's source left out, for every way
//! a readout comes in (files, `POST /readouts`, a program that builds one in memory).
//!
//! - A facet the source gave (see [`Given`]) is kept as given, even empty; each facet not given is
//!   extracted from the title and text, on its own.
//! - A date the source gave is kept; else the text's is taken; else the readout has none (with a
//!   warning).
//! - A readout without a title is titled by its first sentence, so that lists of hits can show it.
//! - Speakers and countries are listed once each, in their first order.

use crate::extract;
use crate::ingest::{Batch, Given, Warning, WarningKind};
use crate::readout::Readout;

/// Fills in what a readout built in memory lacks by the rule above: the facets it holds count as
/// given ([`Given::of`]), an empty list as not given. Returns the warnings, each naming the readout
/// by its path, else its id.
///
/// ```
/// use readouts::{Readout, complete};
///
/// let mut readout = Readout {
///     id: "call-1".into(),
///     body: "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan on March 3, 2023.".into(),
///     ..Readout::default()
/// };
/// let warnings = complete(&mut readout);
/// assert!(warnings.is_empty());
/// assert_eq!(readout.title, "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan on March 3, 2023");
/// assert_eq!(readout.countries[0].code, "AM");
/// assert_eq!(readout.date.unwrap().to_string(), "2023-03-03");
/// ```
pub fn complete(readout: &mut Readout) -> Vec<Warning> {
    let given = Given::of(readout);
    complete_given(readout, given)
}

/// [`complete`] for a readout whose source said which facets it gave (a record's `"speakers": []`
/// gives none, and none are extracted).
pub fn complete_given(readout: &mut Readout, given: Given) -> Vec<Warning> {
    let location = if readout.path.is_empty() { readout.id.clone() } else { readout.path.clone() };
    let mut warnings = Vec::new();
    complete_at(readout, given, &location, &mut warnings);
    warnings
}

/// Completes every readout of a batch read from files, its warnings added to the batch's.
pub fn complete_batch(batch: &mut Batch) {
    for parsed in &mut batch.readouts {
        complete_at(&mut parsed.readout, parsed.given, &parsed.location, &mut batch.warnings);
    }
}

/// The rule, once: [`complete_given`] and [`complete_batch`] differ only in where warnings go.
fn complete_at(readout: &mut Readout, given: Given, location: &str, warnings: &mut Vec<Warning>) {
    if readout.title.trim().is_empty() {
        readout.title = lead_title(&readout.body);
    }
    let facets = extract::extract(&readout.title, &readout.body);
    if readout.date.is_none() {
        readout.date = facets.date;
    }
    // A bad date given for the readout already has its warning: say there how the search ended.
    let bad_date = warnings.iter_mut().rev().find(|w| w.location == location && w.kind == WarningKind::BadDate);
    let outcome = match readout.date {
        Some(date) => format!("; took {date} from the text"),
        None => "; none found there: indexed without a date".into(),
    };
    match bad_date {
        Some(warning) => warning.reason.push_str(&outcome),
        None if readout.date.is_none() => {
            warnings.push(Warning::kept(location, WarningKind::NoDate, "no date found; indexed without one"));
        }
        None => {}
    }
    if !given.speakers {
        readout.speakers = facets.speakers;
        readout.roles = facets.roles;
    }
    if !given.countries {
        readout.countries = facets.countries;
    }
    readout.statements = facets.statements;
    dedup_in_order(&mut readout.speakers);
    dedup_in_order(&mut readout.countries);
}

/// Drops the repeats of a list, the first of each kept in place.
fn dedup_in_order<T: Eq + std::hash::Hash + Clone>(items: &mut Vec<T>) {
    let mut seen = std::collections::HashSet::new();
    items.retain(|item| seen.insert(item.clone()));
}

/// The first sentence of a body, cut at a word before 120 characters.
fn lead_title(body: &str) -> String {
    const MAX_CHARS: usize = 120;
    let first = crate::text::sentences(body).into_iter().next().map_or("", |r| &body[r]);
    if first.chars().count() <= MAX_CHARS {
        return first.trim_end_matches('.').to_string();
    }
    let cut = crate::text::head(first, first.char_indices().nth(MAX_CHARS).map_or(first.len(), |(i, _)| i));
    let cut = cut.rsplit_once(' ').map_or(cut, |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readout::Country;

    fn readout(body: &str) -> Readout {
        Readout { id: "r".into(), body: body.into(), ..Readout::default() }
    }

    #[test]
    fn untitled_readouts_take_their_first_sentence() {
        assert_eq!(lead_title("Blinken spoke with Aliyev. Then more."), "Blinken spoke with Aliyev");
        let long = lead_title(&format!("{} end.", "word ".repeat(40)));
        assert!(long.ends_with("word…") && long.chars().count() <= 121, "{long}");
    }

    #[test]
    fn each_facet_not_given_is_extracted_on_its_own() {
        let body = "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan on March 3, 2023.";
        let armenia = || Country { code: "AM".into(), name: "Armenia".into() };
        let japan = Country { code: "JP".into(), name: "Japan".into() };
        // Speakers given, countries not: the countries are extracted (the server's POST once
        // extracted nothing here).
        let mut r = Readout { speakers: vec!["Ned Price".into()], ..readout(body) };
        complete_given(&mut r, Given { speakers: true, countries: false });
        assert_eq!(r.speakers, ["Ned Price"]);
        assert!(r.countries.contains(&armenia()), "{:?}", r.countries);
        // Countries given, speakers not.
        let mut r = Readout { countries: vec![japan.clone(), japan.clone()], ..readout(body) };
        complete_given(&mut r, Given { speakers: false, countries: true });
        assert_eq!(r.countries, [japan], "given, and listed once");
        assert!(r.speakers.iter().any(|s| s.contains("Blinken")), "{:?}", r.speakers);
        // Given as empty stays empty.
        let mut r = readout(body);
        complete_given(&mut r, Given { speakers: true, countries: true });
        assert!(r.speakers.is_empty() && r.countries.is_empty());
    }

    #[test]
    fn a_readout_without_a_date_anywhere_is_kept_with_a_warning() {
        let mut r = readout("Talks went on.");
        let warnings = complete(&mut r);
        assert_eq!(r.date, None);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, WarningKind::NoDate);
        assert_eq!(warnings[0].location, "r");
    }
}
