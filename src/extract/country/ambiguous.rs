//! Words of the gazetteer that name a country only in some contexts: "Georgia" (the US state or
//! the country), "Jordan" and "Chad" (also people's names), "Congo" alone (CD or CG). Each rule
//! reads the words around the match; the gazetteer and the scan are in the parent module.

/// US states (and a few cities) whose nearness makes "Georgia" the state.
pub(super) const US_STATE_CONTEXT: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington State",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Atlanta",
    "Savannah",
    "Augusta",
    "Macon",
    "Columbus",
    "Athens, Georgia",
];

/// Words after "Georgia" that make it the US state.
const GEORGIA_STATE_FOLLOWERS: &[&str] = &[
    "Congressman",
    "Congresswoman",
    "Governor",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Power",
    "State",
    "Tech",
    "Ports",
    "Secretary of State",
    "Attorney General",
    "voters",
    "residents",
    "families",
    "National Guard",
    "General Assembly",
    "Legislature",
    "Department",
    "county",
    "County",
];

/// Words that make "Georgia" the country when they appear anywhere in the readout.
const GEORGIA_COUNTRY_CONTEXT: &[&str] = &["Tbilisi", "Georgian", "Caucasus", "Abkhazia", "South Ossetia", "Black Sea"];

/// Words that may follow a country used as a people's name ("Jordan", "Chad") without making it one.
const NAME_FOLLOWERS_OK: &[&str] = &[
    "King",
    "Queen",
    "Crown",
    "Prime",
    "Foreign",
    "Minister",
    "President",
    "Government",
    "Armed",
    "Embassy",
    "Ambassador",
    "Defense",
    "National",
    "Parliament",
    "River",
    "Valley",
    "Basin",
    "In",
    "On",
    "And",
    "The",
];

/// The code "Congo" alone stands for: the country the text's other clues point at, the DRC by
/// default.
pub(super) fn congo_code(text: &str) -> &'static str {
    if text.contains("Brazzaville") && !text.contains("Kinshasa") { "CG" } else { "CD" }
}

fn word_after(text: &str, end: usize) -> &str {
    let rest = text[end..].trim_start_matches([' ', ',']);
    let len = rest.find(|c: char| c.is_whitespace() || c == ',' || c == ';').unwrap_or(rest.len());
    &rest[..len]
}

fn word_before(text: &str, start: usize) -> &str {
    let before = text[..start].trim_end();
    let from = crate::text::last_word_start(before);
    &before[from..]
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// "Georgia" here is the US state.
pub(super) fn georgia_is_us_state(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    if GEORGIA_STATE_FOLLOWERS.iter().any(|f| after.trim_start().starts_with(f))
        || after.starts_with("’s governor")
        || after.starts_with("'s governor")
    {
        return true;
    }
    // "Atlanta, Georgia": a capitalised place name and a comma right before.
    let before = text[..start].trim_end();
    if let Some(head) = before.strip_suffix(',') {
        let w = word_before(head, head.len());
        if starts_upper(w) && !matches!(w, "Armenia" | "Azerbaijan" | "Ukraine" | "Moldova" | "Turkey") {
            return true;
        }
    }
    if text[..start].ends_with("State of ") || text[..start].ends_with("state of ") {
        return true;
    }
    if GEORGIA_COUNTRY_CONTEXT.iter().any(|w| text.contains(w)) {
        return false;
    }
    // Another US state close by: "Georgia, Florida, and Alabama".
    let lo = floor_char_boundary(text, start.saturating_sub(80));
    let hi = ceil_char_boundary(text, (end + 80).min(text.len()));
    US_STATE_CONTEXT.iter().any(|s| text[lo..hi].contains(s))
}

/// "Jordan" or "Chad" here is a person’s name ("Chad Wolf", "Jim Jordan").
pub(super) fn is_persons_name(text: &str, start: usize, end: usize) -> bool {
    let next = word_after(text, end);
    if text[end..].starts_with(' ') && starts_upper(next) && !NAME_FOLLOWERS_OK.iter().any(|w| next.starts_with(w)) {
        return true;
    }
    is_persons_surname(text, start)
}

/// The word at `start` ("Monaco") is a surname here: a capitalised word before it that is no
/// preposition or verb of a title-case headline ("Lisa Monaco"; not "U.S. Ambassador to France
/// and Monaco Denise Campbell Bauer", "Prince Albert II Of Monaco", "Secretary Visits Monaco").
pub(super) fn is_persons_surname(text: &str, start: usize) -> bool {
    let prev = word_before(text, start);
    let before_prev = text[..start].trim_end();
    let before_prev = before_prev[..before_prev.len() - prev.len()].trim_end();
    let prev_is_sentence_start = before_prev.is_empty() || before_prev.ends_with(['.', '!', '?', ':', '\n']);
    starts_upper(prev)
        && !prev_is_sentence_start
        && prev.chars().all(char::is_alphabetic)
        && !matches!(
            prev,
            "Kingdom"
                | "Republic"
                | "In"
                | "And"
                | "To"
                | "The"
                | "With"
                | "From"
                | "For"
                | "Of"
                | "Visits"
                | "Visit"
                | "Travels"
        )
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
