//! The speaker facet: named people who speak in a readout (ANNOTATION.md): the official it is
//! attributed to, the named participants of the call or meeting on both sides, and everyone quoted or
//! reported as saying something.
//!
//! The text is cut into sentences; in each, runs of capitalised words are read as mentions: titles
//! and nationality adjectives in front are peeled off ("Turkish Foreign Minister Mevlüt Çavuşoğlu"),
//! what is left is a name if it looks like one. A mention speaks when its context says so: an
//! attribution ("attributable to"), a statement or readout headline, a participation verb ("spoke
//! with", "met with") on either side, a verb of speech ("said", "stressed"), a signature line or a list
//! of participants. Finally a surname alone is resolved to the fullest name the readout gives.

use std::sync::LazyLock;

use regex::Regex;

/// Words that are titles, honorifics or offices in front of a name; peeled off a mention.
const TITLE_WORDS: &[&str] = &[
    "President",
    "Vice",
    "Secretary",
    "Deputy",
    "Under",
    "Assistant",
    "Acting",
    "Prime",
    "Minister",
    "Ministers",
    "Foreign",
    "Defense",
    "Defence",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Press",
    "National",
    "Security",
    "Advisor",
    "Adviser",
    "Principal",
    "Senior",
    "Special",
    "Envoy",
    "Ambassador",
    "Ambassador-at-Large",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Crown",
    "Emir",
    "Amir",
    "Sheikh",
    "Sultan",
    "His",
    "Her",
    "Majesty",
    "Highness",
    "Royal",
    "Excellency",
    "Dr",
    "Dr.",
    "H.E.",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Mr",
    "Ms",
    "Mrs",
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Speaker",
    "Leader",
    "Majority",
    "Minority",
    "Governor",
    "Gov.",
    "Mayor",
    "General",
    "Gen.",
    "Admiral",
    "Adm.",
    "Lt.",
    "Col.",
    "Colonel",
    "Chairman",
    "Chair",
    "Chairwoman",
    "Director",
    "Director-General",
    "Secretary-General",
    "Administrator",
    "Commissioner",
    "Counselor",
    "Coordinator",
    "Chief",
    "Staff",
    "Executive",
    "High",
    "Representative",
    "Attorney",
    "Justice",
    "Judge",
    "First",
    "Lady",
    "Second",
    "Gentleman",
    "Pope",
    "Archbishop",
    "Cardinal",
    "Premier",
    "Federal",
    "Councillor",
    "Councilor",
    "Interim",
    "Alternate",
    "Transitional",
    "Former",
    "Then",
    "Trade",
    "Economy",
    "Finance",
    "Treasury",
    "Commerce",
    "Energy",
    "Homeland",
    "Interior",
    "Health",
    "Agriculture",
    "Labor",
    "Education",
    "Transportation",
    "Veterans",
    "NSC",
    "State",
    "Affairs",
    "External",
    "Supreme",
    "Commander",
    "Allied",
    "Europe",
    "Head",
    "Officer",
    "Council",
    "Cabinet",
    "Permanent",
    "UN",
    "U.N.",
    "NATO",
    "EU",
    "Office",
    "Management",
    "Budget",
    "Domestic",
    "Policy",
    "Climate",
    "Presidential",
    "Spokesperson:",
    "Ambassadors",
    "Mrs",
    "Excellencies",
    "Dame",
    "Sir",
    "Lord",
    "Baroness",
    "Rev.",
    "Reverend",
    "Father",
    "Imam",
    "Rabbi",
    "Bishop",
    "Elder",
    "Member",
    "Members",
    "Parliament",
    "Parliamentary",
    "Legislative",
    "Delegate",
    "Consul",
    "Consul-General",
    "Chargé",
    "Charge",
    "d’Affaires",
    "d'Affaires",
];

/// Words that cannot be part of a person's name: a run holding one is an organisation, a place or a
/// thing ("White House", "State Department").
const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Today",
    "Yesterday",
    "Tomorrow",
    "On",
    "In",
    "At",
    "During",
    "After",
    "Before",
    "Since",
    "While",
    "When",
    "Both",
    "Each",
    "All",
    "Our",
    "We",
    "I",
    "He",
    "She",
    "They",
    "It",
    "Its",
    "Their",
    "His",
    "Her",
    "My",
    "As",
    "And",
    "But",
    "Or",
    "For",
    "With",
    "From",
    "Through",
    "Department",
    "House",
    "White",
    "Office",
    "Council",
    "Ministry",
    "Government",
    "Administration",
    "Agreement",
    "Republic",
    "Kingdom",
    "Union",
    "Nations",
    "United",
    "Act",
    "Day",
    "Week",
    "Month",
    "Year",
    "Plan",
    "Program",
    "Initiative",
    "Partnership",
    "Summit",
    "Forum",
    "Dialogue",
    "Conference",
    "Committee",
    "Commission",
    "Agency",
    "Bank",
    "Fund",
    "Organization",
    "Organisation",
    "Institute",
    "University",
    "College",
    "Center",
    "Centre",
    "Foundation",
    "Association",
    "Alliance",
    "Coalition",
    "Group",
    "Force",
    "Forces",
    "Army",
    "Navy",
    "Air",
    "Guard",
    "Corps",
    "Party",
    "Congress",
    "Senate",
    "Court",
    "Embassy",
    "Consulate",
    "Mission",
    "City",
    "State",
    "States",
    "Street",
    "Avenue",
    "Island",
    "Islands",
    "Sea",
    "Ocean",
    "Gulf",
    "Strait",
    "River",
    "Peninsula",
    "Region",
    "Africa",
    "Asia",
    "Europe",
    "America",
    "Americas",
    "Middle",
    "East",
    "West",
    "North",
    "South",
    "Central",
    "Pacific",
    "Atlantic",
    "Indo-Pacific",
    "Arctic",
    "COVID-19",
    "COVID",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "God",
    "Bureau",
    "Secretariat",
    "Treaty",
    "Declaration",
    "Statement",
    "Readout",
    "Joint",
    "Framework",
    "Strategy",
    "Task",
    "Company",
    "Corporation",
    "Inc.",
    "Inc",
    "Ltd",
    "LLC",
    "Network",
    "Project",
    "Service",
    "Services",
    "Fellows",
    "Fellowship",
    "Awards",
    "Prize",
    "Games",
    "Olympic",
    "Olympics",
    "Cup",
    "Holocaust",
    "War",
    "Revolution",
    "Independence",
    "Constitution",
    "Parliament",
    "Assembly",
    "Cabinet",
    "Authority",
    "Directorate",
    "Church",
    "Mosque",
    "Synagogue",
    "Hall",
    "Palace",
    "Castle",
    "Airport",
    "Port",
    "Base",
    "Camp",
    "Park",
    "Museum",
    "Memorial",
    "Cemetery",
    "Hospital",
    "School",
    "Schools",
    "Media",
    "News",
    "Times",
    "Post",
    "Press",
    "Twitter",
    "Facebook",
    "Secretary",
    "Minister",
    "President",
    "Ambassador",
    "Leader",
    "Leaders",
    "Officials",
    "Affairs",
    "Security",
    "Defense",
    "Health",
    "Energy",
    "Climate",
    "Trade",
    "Economic",
    "Economy",
    "Finance",
    "Investment",
    "Development",
    "Cooperation",
    "Relations",
    "Team",
    "Mr.",
    "Ms.",
    "Dr.",
    "Law",
    "Rights",
    "Human",
    "Peace",
    "Justice",
    "Freedom",
    "Democracy",
    "Vice",
    "Prime",
    "Foreign",
    "Spokesperson",
    "Federal",
    "Global",
    "International",
    "Regional",
    "Bilateral",
    "Strategic",
    "Sub-Saharan",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Ukraine",
    "Russia",
    "China",
    "Israel",
    "Gaza",
    "Hamas",
    "Hizballah",
    "Hezbollah",
    "Taliban",
    "ISIS",
    "Al-Qaeda",
    "Kremlin",
    "Pentagon",
    "Capitol",
    "Washington",
    "Moscow",
    "Beijing",
    "Kyiv",
    "Jerusalem",
    "London",
    "Paris",
    "Berlin",
    "Tokyo",
    "Brussels",
    "Geneva",
    "Vienna",
    "Rome",
    "Ramadan",
    "Eid",
    "Christmas",
    "Easter",
    "Hanukkah",
    "Passover",
    "Diwali",
    "Thanksgiving",
    "Quad",
    "G7",
    "G20",
    "AUKUS",
    "ASEAN",
    "APEC",
    "NATO",
    "OSCE",
    "USAID",
    "IAEA",
    "WHO",
    "Coast",
    "Marine",
    "Marines",
];

/// Particles that may stand inside a name in lower case.
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "al", "el", "bin", "ibn", "bint",
    "dos", "das", "do", "y", "e", "ben", "ter", "zu",
];

/// Verbs that report speech or a stated position, after the speaker ("Miller said").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "underscored",
    "underscores",
    "welcomed",
    "welcomes",
    "expressed",
    "expresses",
    "announced",
    "announces",
    "reaffirmed",
    "reaffirms",
    "condemned",
    "condemns",
    "thanked",
    "thanks",
    "highlighted",
    "highlights",
    "urged",
    "urges",
    "praised",
    "praises",
    "added",
    "adds",
    "explained",
    "affirmed",
    "raised",
    "commended",
    "commends",
    "conveyed",
    "conveys",
    "pledged",
    "offered",
    "congratulated",
    "congratulates",
    "encouraged",
    "encourages",
    "reiterated",
    "reiterates",
    "shared",
    "asked",
    "warned",
    "outlined",
    "recognized",
    "recognised",
    "acknowledged",
    "agreed",
    "committed",
    "applauded",
    "discussed",
    "discusses",
    "described",
    "briefed",
    "updated",
    "stated",
    "states",
    "declared",
    "insisted",
    "argued",
    "wrote",
    "tweeted",
    "posted",
    "remarked",
    "observed",
    "suggested",
    "proposed",
    "requested",
    "called",
    "reviewed",
    "confirmed",
    "assured",
    "underlined",
    "spoke",
    "speaks",
    "met",
    "meets",
    "hosted",
    "hosts",
    "convened",
    "convenes",
    "joined",
    "joins",
    "led",
    "leads",
    "delivered",
    "delivers",
    "traveled",
    "travelled",
    "visited",
    "visits",
    "will",
    "would",
    "is",
    "was",
    "has",
    "had",
    "also",
    "then",
    "and",
    "today",
    "yesterday",
    "previously",
    "again",
    "separately",
    "later",
    "earlier",
    "strongly",
    "personally",
    "warmly",
    "directly",
    "both",
];

/// Verbs whose objects also take part ("spoke with X", "met with X", "hosted X").
static PARTICIPATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:discussed|discusses|spoke|speaks|speak|talked|met|meets|meet|meeting|held (?:a |an )?(?:\w+ )?(?:call|meeting|conversation|discussion|talks)|had (?:a |an )?(?:\w+ )?(?:call|meeting|conversation|discussion)|hosted|hosts|host|welcomed|received|called|joined|convened|conversation|call|calls|meeting|meetings|talks|discussion|telephone|phone)\b(?:\s+(?:by phone|by telephone|virtually|separately|today|yesterday|again|together|jointly|bilaterally))?\s+(?:with\b|on\b)?")
        .expect("static regex")
});

/// An attribution: the following words name the official the text is attributed to.
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:attributable to|attributed to|statement (?:from|by|of)|remarks (?:by|of|from)|readout of|readout from|message (?:from|by)|op-ed by|interview (?:with|of)|press (?:statement|release) (?:from|by)|joint statement (?:by|from|of)|testimony (?:of|by)|letter from|as delivered by)\s*$")
        .expect("static regex")
});

/// A headline's "X's Call/Meeting with ...".
static POSSESSIVE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:’|')s?\s+(?:\w+\s+){0,3}?(?:Call|Calls|Meeting|Meetings|Phone|Video|Conversation|Conversations|Trip|Travel|Visit|Remarks|Statement|Bilateral|Dinner|Lunch|Breakfast|Discussion|Engagement|Participation|Talks)\b")
        .expect("static regex")
});

/// Speech before the name: "… ,” said Miller", "said Secretary Blinken".
static SPEECH_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:said|says|added|noted|told)\s*$").expect("static regex"));

/// A participant list heading: the list items under it name people who took part.
static PARTICIPANT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:participants?|attendees|attended by|joined by|delegation|participated|participating|in attendance|list of|members included)\b").expect("static regex")
});

#[derive(Debug, Clone)]
struct Mention {
    /// Name tokens with titles peeled off.
    name: Vec<String>,
    /// Byte range of the whole mention (titles included) in the text.
    start: usize,
    end: usize,
    /// Whether a title or honorific stood in front of the name.
    titled: bool,
}

impl Mention {
    fn surname(&self) -> &str {
        self.name.last().map(String::as_str).unwrap_or("")
    }
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_initial(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().count() == 1 && w.chars().all(char::is_uppercase) && word.ends_with('.')
}

fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.']),
        "Jr" | "Sr" | "III" | "IV" | "Esq" | "PhD" | "Ph.D" | "MD" | "OBE" | "CBE" | "KBE"
    )
}

/// A word of a name: capitalised letters with hyphens and apostrophes, or an initial.
static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{M}][\p{L}\p{M}’'\-]*(?:\.(?:[A-Z]\.)*)?|[0-9][\p{L}0-9\-]*").expect("static regex")
});

/// Reads the mentions of one sentence: maximal runs of capitalised words (with particles inside),
/// separated by spaces only.
fn mentions_in(text: &str, offset: usize, out: &mut Vec<Mention>) {
    let words: Vec<(usize, usize)> = WORD.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let mut i = 0;
    while i < words.len() {
        let (s, e) = words[i];
        let w = strip_possessive(&text[s..e]);
        if !is_capitalised(w) {
            i += 1;
            continue;
        }
        // Extend the run while words are separated by a single space (or a space after an initial).
        let mut j = i;
        while j + 1 < words.len() {
            let gap = &text[words[j].1..words[j + 1].0];
            let next = &text[words[j + 1].0..words[j + 1].1];
            let cur = &text[words[j].0..words[j].1];
            let joined = gap == " " || gap == "\u{a0}";
            // "Dr. Tedros": a title's period is part of the word; a possessive ends the run.
            let possessive =
                cur.ends_with("’s") || cur.ends_with("'s") || gap.starts_with('’') || gap.starts_with('\'');
            if !joined || possessive {
                break;
            }
            if is_capitalised(next)
                || PARTICLES.contains(&next) && words.get(j + 2).is_some_and(|&(a, b)| is_capitalised(&text[a..b]))
            {
                j += 1;
                // "Blinken. The" cannot happen inside a sentence, but "J." must not end the run.
                if next.ends_with('.') && !is_initial(next) && !TITLE_WORDS.contains(&next) && !is_suffix(next) {
                    break;
                }
            } else {
                break;
            }
        }
        let run: Vec<&str> = (i..=j).map(|k| &text[words[k].0..words[k].1]).collect();
        if let Some(m) = read_mention(&run, offset + words[i].0, offset + words[j].1) {
            out.push(m);
        }
        i = j + 1;
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
        .trim_end_matches(',')
}

fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(&w) || super::country::is_demonym(w)
}

/// Peels titles off a run and decides whether what is left is a person's name.
fn read_mention(run: &[&str], start: usize, end: usize) -> Option<Mention> {
    let mut k = 0;
    let mut titled = false;
    // "Secretary of State", "Minister of Foreign Affairs": "of" runs are split by mentions_in, so a
    // run starts after them; here only capitalised title words remain to peel.
    while k < run.len() && is_title_word(strip_possessive(run[k])) {
        titled = true;
        k += 1;
    }
    let mut name: Vec<String> = Vec::new();
    for w in &run[k..] {
        let w = strip_possessive(w);
        if is_initial(w) || is_suffix(w) {
            continue;
        }
        // A sentence's final period is no part of the name.
        let w = w.trim_end_matches('.');
        name.push(w.to_string());
    }
    // Roman numerals stay with a one-word regnal name ("Abdullah II"), go otherwise.
    if name.len() > 2 && name.last().is_some_and(|w| matches!(w.as_str(), "II" | "III" | "IV")) {
        name.pop();
    }
    if name.is_empty() || name.len() > 5 {
        return None;
    }
    if name.iter().any(|w| {
        NOT_NAME_WORDS.contains(&w.as_str())
            || super::country::is_country_word(w)
            || w.chars().any(|c| c.is_ascii_digit())
    }) {
        return None;
    }
    if name.iter().all(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
        && name.iter().all(|w| w.chars().count() > 1)
    {
        // All-capitals words are acronyms ("CDFI"), not names.
        return None;
    }
    if !is_capitalised(&name[0]) {
        return None;
    }
    // A lone word without a title is too weak to be a name.
    if name.len() == 1 && !titled {
        return Some(Mention { name, start, end, titled });
    }
    Some(Mention { name, start, end, titled })
}

fn folded(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// The speakers of a readout, given its title and body.
pub fn find(title: &str, body: &str) -> Vec<String> {
    let text = format!("{title}\n{body}");
    let title_end = title.len();
    let mut all: Vec<Mention> = Vec::new();
    let mut speaking: Vec<usize> = Vec::new();
    let mut in_participant_list = false;
    for range in crate::text::sentences(&text) {
        let (s, e) = (range.start, range.end);
        let sentence = &text[s..e];
        let first = all.len();
        mentions_in(sentence, s, &mut all);
        let here: Vec<usize> = (first..all.len()).collect();
        let trimmed = sentence.trim();
        let is_list_item = trimmed.starts_with("- ");
        if !is_list_item && !trimmed.is_empty() {
            in_participant_list = PARTICIPANT_HEADING.is_match(trimmed) && trimmed.ends_with(':');
        }
        for (pos, &m) in here.iter().enumerate() {
            let mention = &all[m];
            let before = &text[s..mention.start];
            let after = &text[mention.end..e];
            // Reported speech: "Miller said", "Blinken, the Secretary of State, said", "… ,” said Miller".
            let said = speech_follows(after) || SPEECH_BEFORE.is_match(before);
            let is_speaker = said
                // "attributable to Spokesperson Ned Price", "Statement from President Joe Biden".
                || ATTRIBUTION.is_match(before.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ' ').trim_end_matches(['“', '"']))
                // A headline's "Secretary Blinken's Call with ...".
                || (mention.start < title_end && POSSESSIVE_EVENT.is_match(after))
                // A participant's list line: "- Stephen Benjamin, Assistant to the President".
                || (is_list_item && in_participant_list && pos == 0)
                // A signature line: "Antony J. Blinken, Secretary of State".
                || (pos == 0 && before.trim().is_empty() && is_signature(after));
            // A lone untitled word is a name only when it speaks ("O’Brien said").
            if is_speaker && (said || mention.name.len() + usize::from(mention.titled) >= 2) {
                speaking.push(m);
            }
        }
        // Participation: every named person on either side of "spoke with", "met with", "hosted" in a
        // sentence whose subject already speaks or is titled, up to "to discuss"/"about".
        if let Some(verb) = PARTICIPATION.find(sentence) {
            let verb_start = s + verb.start();
            let limit = s + clause_limit(sentence, verb.end());
            let subject_speaks = here.iter().any(|&m| all[m].end <= verb_start);
            for &m in &here {
                let mention = &all[m];
                let near_subject = mention.end <= verb_start && !text[mention.end..verb_start].contains(" to ");
                let object = mention.start >= verb_start && mention.start < limit;
                if (near_subject || object && subject_speaks)
                    && (mention.titled || mention.name.len() >= 2)
                    && !speaking.contains(&m)
                {
                    speaking.push(m);
                }
            }
        }
    }
    resolve(&all, speaking)
}

/// The end of the participants part of a sentence: before the topic ("to discuss", "about").
fn clause_limit(sentence: &str, from: usize) -> usize {
    static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:to discuss|to review|to reaffirm|to express|to underscore|to condemn|to highlight|about|regarding|concerning|on the|on their|on efforts|on how|where|who|which|following|after|ahead of|in advance of|during|for the|including)\b").expect("static regex")
    });
    TOPIC.find_at(sentence, from).map_or(sentence.len(), |m| m.start())
}

/// Speech follows a mention: "said", or an appositive then "said" ("Miller, the spokesperson, said").
fn speech_follows(after: &str) -> bool {
    let mut rest = after.trim_start_matches(['’', '\'']).trim_start_matches('s').trim_start();
    if let Some(r) = rest.strip_prefix(',') {
        // Skip an appositive up to the next comma (a short one only).
        match r.find(',') {
            Some(i) if i < 90 => rest = r[i + 1..].trim_start(),
            _ => return false,
        }
    }
    let first_word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if first_word.is_empty() {
        return false;
    }
    let is_verb = |w: &str| {
        SPEECH_VERBS.contains(&w)
            && !matches!(
                w,
                "will"
                    | "would"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
                    | "also"
                    | "then"
                    | "and"
                    | "today"
                    | "yesterday"
                    | "previously"
                    | "again"
                    | "separately"
                    | "later"
                    | "earlier"
                    | "strongly"
                    | "personally"
                    | "warmly"
                    | "directly"
                    | "both"
            )
    };
    if is_verb(&first_word) {
        return first_word != "and";
    }
    // "Blinken also stressed", "Biden has spoken", "Sullivan will travel": one helper word, then a verb.
    if SPEECH_VERBS.contains(&first_word.as_str()) && first_word != "and" {
        let second: String = rest[first_word.len()..].trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
        return is_verb(&second)
            || matches!(second.as_str(), "spoken" | "met" | "held" | "noted" | "said" | "welcomed" | "expressed");
    }
    false
}

fn is_signature(after: &str) -> bool {
    let rest = after.trim_start();
    let Some(r) = rest.strip_prefix(',') else { return false };
    let r = r.trim();
    r.len() < 80
        && !r.contains('.')
        && r.split_whitespace().next().is_some_and(|w| TITLE_WORDS.contains(&w) || w == "the")
}

/// Turns speaking mentions into names: each person once, surnames resolved to the fullest form the
/// readout gives anywhere.
fn resolve(all: &[Mention], speaking: Vec<usize>) -> Vec<String> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for m in speaking {
        let mention = &all[m];
        let mut name = mention.name.clone();
        // The fullest form of this person: a longer mention ending in the same surname whose first
        // name agrees, anywhere in the readout.
        for other in all {
            if other.name.len() > name.len()
                && folded(other.surname()) == folded(mention.surname())
                && (name.len() == 1 || folded(&other.name[0]) == folded(&name[0]))
            {
                name = other.name.clone();
            }
        }
        let same = |a: &Vec<String>, b: &Vec<String>| {
            folded(a.last().unwrap()) == folded(b.last().unwrap())
                && (a.len() == 1 || b.len() == 1 || folded(&a[0]).chars().next() == folded(&b[0]).chars().next())
        };
        if let Some(existing) = out.iter_mut().find(|n| same(n, &name)) {
            if name.len() > existing.len() {
                *existing = name;
            }
        } else {
            out.push(name);
        }
    }
    out.into_iter().map(|n| n.join(" ")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(title: &str, body: &str) -> Vec<String> {
        find(title, body)
    }

    #[test]
    fn attribution_and_participants() {
        let got = speakers(
            "Secretary Blinken’s Calls with Israeli Foreign Minister Ashkenazi",
            "Office of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke with Israeli Foreign Minister Gabi Ashkenazi this morning.",
        );
        assert_eq!(got, vec!["Antony Blinken", "Gabi Ashkenazi", "Ned Price"]);
    }

    #[test]
    fn statement_headline() {
        let got =
            speakers("Statement from President Joe Biden on Orthodox Easter", "Jill and I send our warmest wishes.");
        assert_eq!(got, vec!["Joe Biden"]);
    }

    #[test]
    fn reported_speech_and_surname_resolution() {
        let got = speakers(
            "Blinken discusses normalization",
            "Secretary of State Antony Blinken discussed the process with Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan.\n\nMatthew Miller, the State Department’s spokesperson, said that Blinken welcomed it.\n\n“We see a real opportunity,” O’Brien said at a press briefing.",
        );
        for want in ["Antony Blinken", "Nikol Pashinyan", "Ilham Aliyev", "Matthew Miller", "O’Brien"] {
            assert!(got.contains(&want.to_string()), "{want} missing from {got:?}");
        }
    }

    #[test]
    fn people_only_mentioned_are_not_speakers() {
        let got = speakers(
            "Readout",
            "The Secretary met with Foreign Minister Lavrov to discuss the release of Paul Whelan.",
        );
        assert!(!got.iter().any(|s| s.contains("Whelan")), "{got:?}");
    }

    #[test]
    fn signature_line() {
        let got = speakers(
            "Solomon Islands National Day",
            "Antony J. Blinken, Secretary of State\n\nOn behalf of the United States of America, I send my warmest regards.",
        );
        assert_eq!(got, vec!["Antony Blinken"]);
    }

    #[test]
    fn participant_list() {
        let got = speakers(
            "Readout of White House Meeting",
            "Officials met.\n\nAdministration Participants Included:\n\n- Stephen Benjamin, Assistant to the President\n- Alejandra Y. Castillo, Assistant Secretary of Commerce",
        );
        assert_eq!(got, vec!["Stephen Benjamin", "Alejandra Castillo"]);
    }
}
