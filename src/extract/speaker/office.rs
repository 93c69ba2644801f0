//! The office a speaker holds and the country they speak for, as the readout writes them in front
//! of their name ("Turkish Foreign Minister Mevlüt Çavuşoğlu": Foreign Minister, TR) or after it
//! ("Prime Minister Kishida of Japan"); `resolve` carries them with each person's fullest name.

use smallvec::SmallVec;

use super::mentions::*;
use super::shape::*;
use super::words::*;

/// Whether `word` names a country in a title: a name, or a code written in capitals ("U.S.",
/// "UK"), not a short word that folds to a code ("So President" is no title of Somalia's, "So"
/// opening a sentence).
fn names_a_country(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (letters > 3 || word.chars().all(|c| !c.is_lowercase())) && super::super::country::is_country(word)
}

/// Whether a capitalised word can open an office: a title's word ("Deputy", "National"), a
/// country's or a state's ("Armenian", "U.S.", "Illinois"), or an institution's ("White House",
/// "European Commission", "NSC"); not a headline's word, a preposition or a given name.
fn opens_office(word: &str, next: Option<&str>) -> bool {
    let bare = word.trim_end_matches('.');
    let bare = bare.strip_suffix("’s").or_else(|| bare.strip_suffix("'s")).unwrap_or(bare);
    let preposition = matches!(bare, "By" | "At" | "On" | "In" | "From" | "With" | "For" | "Of" | "To" | "As")
        || bare == "Under" && next != Some("Secretary");
    let headline =
        matches!(bare, "Readout" | "Readouts" | "Statement" | "Statements" | "Remarks" | "Message" | "Letter");
    !preposition
        && !headline
        && (is_title(word)
            || names_a_country(bare)
            || names_a_country(word)
            || NOT_NAME.contains(bare)
            // An agency's acronym: "NSC Spokesperson", "EPA Administrator".
            || bare.len() >= 2 && bare.chars().all(|c| c.is_ascii_uppercase()))
}

/// The title in front of a mention's name ("Secretary of State", "Armenian Foreign Minister"),
/// and the country its words or an "of X" after the name give ("Turkish Foreign Minister …", "U.S.
/// Ambassador to Armenia …": TR, US; "… Kishida of Japan": JP).
pub(super) fn role_of(mention: &Mention<'_>, text: &str) -> (Option<String>, Option<String>) {
    let span = &text[mention.start..mention.end];
    let name_at = mention.name.first().and_then(|first| span.find(first.as_ref())).unwrap_or(0);
    // The run of capitalised words the mention starts with may be the end of a longer title cut at
    // "of", "for", "the" ("Secretary of State Antony Blinken"): take those words back too.
    let before = crate::text::tail(&text[..mention.start], 80);
    let before = before.rsplit(['\n', ',', ';', '(', ':', '“', '"']).next().unwrap_or("");
    let mut words: Vec<&str> = Vec::new();
    let back: SmallVec<[&str; 8]> = before.split_whitespace().rev().take(8).collect();
    let office = |word: &str| is_title(word) || names_a_country(word.trim_end_matches(['’', '\'']));
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    // A word of a person's name: capitalised, no office's, no common word's.
    let name_word =
        |word: &str| capitalised(word) && !office(word) && !is_common_word(word) && !NOT_NAME.contains(word);
    let joins = |word: &str| matches!(word, "of" | "for" | "the" | "to");
    // A headline capitalises every word: there ordinary words are no office's field.
    let in_headline = !text[..mention.start].contains('\n');
    let mut i = 0;
    while let Some(&word) = back.get(i) {
        if word.ends_with('.') && word.len() > 4 {
            break;
        }
        // Only the words of an office: "Readout of President", "Pashinyan and President" stop it.
        if !(joins(word) || capitalised(word) && (office(word) || !is_common_word(word))) {
            // Unless ordinary words name the office's field and an office's word comes before
            // them: "Director of the Gender Policy Council", "Under Secretary of State for
            // Political Affairs". Not "Today President"; not an event's name ("On Ukraine
            // Independence Day President", "At the Ukraine Recovery Conference Secretary"); not
            // past the end of a sentence ("… to the U.S. Today Secretary").
            let field =
                back[i..].iter().take_while(|w| joins(w) || capitalised(w) && is_common_word(w) && !office(w)).count();
            let occasion = back[i..i + field].iter().any(|w| is_gathering(w) || is_occasion(w));
            // "U.S." may end a sentence: not when a word that opens one follows it.
            let sentence_end = back.get(i + field).is_some_and(|w| w.ends_with('.'))
                && field > 0
                && matches!(
                    back[i + field - 1],
                    "Today" | "Yesterday" | "Tomorrow" | "Tonight" | "This" | "The" | "Earlier" | "Later"
                );
            let opens_field = !sentence_end && back.get(i + field).is_some_and(|w| capitalised(w) && office(w));
            if in_headline || !capitalised(word) || occasion || !opens_field {
                break;
            }
            words.extend_from_slice(&back[i..i + field]);
            i += field;
            continue;
        }
        // A name of two words before "of" is someone else's, and the office begins after it:
        // "Readout by NSC Spokesperson Emily Horne of National Security Advisor Jake Sullivan’s
        // Meeting" gives Jake Sullivan no title of Emily Horne's.
        let after_it = i.checked_sub(1).map(|k| back[k]);
        if matches!(after_it, Some("of" | "for")) && name_word(word) && back.get(i + 1).is_some_and(|w| name_word(w)) {
            break;
        }
        // "New Mexico Governor": a place that holds a country's name is the office's whole place.
        if let Some(&place_start) = back.get(i + 1)
            && super::super::country::is_place_phrase(&format!("{place_start} {}", strip_possessive(word)))
        {
            words.extend([word, place_start]);
            i += 2;
            continue;
        }
        words.push(word);
        i += 1;
    }
    words.reverse();
    words.extend(span[..name_at].split_whitespace());
    // An office opens with an office's word, never a lower-case one ("of", "the" read back):
    // "Readout of President", "Brussels President", "At President" and "Joe President" are the
    // president's title with a headline, a place, a preposition or a name in front.
    while let Some(first) = words.first()
        && (!first.chars().next().is_some_and(char::is_uppercase)
            || !opens_office(first, words.get(1).copied())
                && !words.get(1).is_some_and(|second| super::super::country::may_begin_phrase(first, second)))
    {
        words.remove(0);
    }
    let honorific = |w: &str| matches!(w.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Madam" | "H.E");
    let title_words: Vec<&str> = words.iter().copied().filter(|w| !honorific(w)).collect();
    let titled = mention.titled || title_words.iter().any(|w| is_title(w));
    let title = (titled && !title_words.is_empty() && !title_words.iter().all(|w| w.len() <= 2)).then(|| {
        // "Presidents Biden and von der Leyen": the first is a President (the others, past
        // "and", are given no title).
        let mut title = title_words.join(" ");
        // Not a plural after "of", "to" or "for", which names what the office is of ("Ambassador
        // to the United States", "Chair of the Council of Economic Advisors"), nor "States".
        let of_something = title_words.iter().any(|w| matches!(*w, "of" | "to" | "for"));
        if let Some(last) = title_words.last()
            && !of_something
            && *last != "States"
            && let Some(one) = last.strip_suffix('s')
            && !last.ends_with("ss")
            && is_title(one)
        {
            title.truncate(title.len() - 1);
            debug_assert!(title.ends_with(one));
        }
        title
    });
    let after = text[mention.end..].trim_start();
    let of = after
        .strip_prefix("of ")
        .map(|rest| crate::text::head(rest, 40).split([',', '.', ';', '\n']).next().unwrap_or(""));
    let mut context: Vec<&str> = title_words;
    if let Some(of) = of {
        context.push("of");
        context.extend(of.split_whitespace().take(3));
    }
    (title, country_in(&context))
}

/// Days and visits that name an occasion, not an office's field ("Independence Day", "State
/// Visit"), besides gatherings.
fn is_occasion(word: &str) -> bool {
    matches!(word, "Day" | "Days" | "Week" | "Visit" | "Visits" | "Trip" | "Travel" | "Ceremony" | "Anniversary")
}

/// A title's word as a country's name would be written in it: no comma, no possessive ("Guinea’s",
/// "Jordan’s,").
fn bare_country_word(word: &str) -> &str {
    word.trim_end_matches(['’', '\'', ',']).trim_end_matches("’s").trim_end_matches("'s")
}

/// The first country a title's words name, not counting one after "to" ("Ambassador to the U.S.").
fn country_in(words: &[&str]) -> Option<String> {
    let mut after_to = false;
    let mut skip_next = false;
    for (i, raw) in words.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let word = bare_country_word(raw);
        if matches!(word, "to" | "in") {
            after_to = true;
            continue;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || after_to && word == "the" {
            continue;
        }
        if after_to {
            after_to = false;
            continue;
        }
        let next = words.get(i + 1).map(|w| bare_country_word(w));
        let third = words.get(i + 2).map(|w| bare_country_word(w));
        // Three words ("Papua New Guinea"), two ("United States", "South Korean"), then one. Not
        // three with "of": what a title cuts off before "Republic of China" or "Republic of Congo"
        // ("People’s", "Democratic") decides which country it is.
        if let (Some(next), Some(third)) = (next, third)
            && next != "of"
            && super::super::country::may_begin_phrase(word, next)
            && let Some(c) = super::super::country::lookup(&format!("{word} {next} {third}"))
        {
            return Some(c.code);
        }
        if let Some(next) = next {
            let pair = format!("{word} {next}");
            if let Some(c) = super::super::country::lookup(&pair) {
                return Some(c.code);
            }
            // A place of no country that holds a country's name gives none ("New Guinea" is no
            // Guinea).
            if super::super::country::is_place_phrase(&pair) {
                skip_next = true;
                continue;
            }
        }
        // Not a time's "AM" or a stray capital pair: codes only as people write them in titles.
        if (word.len() > 3 && !word.chars().all(|c| c.is_ascii_uppercase())
            || word.contains('.')
            || matches!(word, "US" | "UK" | "UAE" | "PRC" | "DPRK" | "ROK"))
            && let Some(c) = super::super::country::lookup(word)
        {
            return Some(c.code);
        }
    }
    None
}
