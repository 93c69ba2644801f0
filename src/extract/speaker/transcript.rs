//! A transcript's speaker tags ("MR PRICE:", "SECRETARY BLINKEN:"), and the turns that give someone the
//! floor ("MR PRICE: Nick Wadhams.", "Let’s go to the line of Arshad Mohammed").

use smallvec::smallvec;
use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::mentions::*;
use super::shape::*;
use super::words::*;

/// One turn of a transcript: who has the floor (none for a question, a moderator or another tag
/// that names no one) and the text of the turn, up to the next tag.
#[derive(Debug, Clone)]
pub(super) struct Turn<'a> {
    /// The named speaker's tag, as a titled mention of their surname.
    pub(super) speaker: Option<Mention<'a>>,
    /// Byte range of the turn's words, after the tag.
    pub(super) text: std::ops::Range<usize>,
    /// Whether the tag is a question's ("QUESTION:").
    pub(super) question: bool,
    /// Whether a word of the tag before its last is an office's: "SECRETARY BLINKEN", "NATO
    /// SECRETARY GENERAL STOLTENBERG"; not "MEDIA CONTACT", "CAMP DAVID".
    pub(super) office: bool,
}

/// A transcript's turns: each speaker tag at the start of a paragraph ("MR PRICE:", "SECRETARY
/// BLINKEN:", "QUESTION:"), named or not, with the text up to the next. Empty unless the text has
/// `min_tags` tags or more and reads as a dialogue (questions, a moderator, or tags that name
/// people by title): capitalised headings ("TEXAS:", "TRADE:") make no transcript. The speaker
/// facet wants three tags, so that a readout with one "NOTE:" is no transcript; statements take
/// remarks with one "SECRETARY BLINKEN:" as one turn.
pub(super) fn turns_with_at_least<'a>(text: &str, min_tags: usize) -> Vec<Turn<'a>> {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^[ \t]*((?:\p{Lu}[\p{Lu}’'.\-]*[ \t]+){0,4}\p{Lu}[\p{Lu}’'\-]+)[ \t]*:").expect("static regex")
    });
    /// Tags that give the floor to no named person.
    const ANONYMOUS: &[&str] = &[
        "QUESTION",
        "MODERATOR",
        "OPERATOR",
        "PARTICIPANT",
        "AUDIENCE",
        "STAFF",
        "OFFICIAL",
        "NOTE",
        "INTERPRETER",
        "CROSSTALK",
        "END",
        "BEGIN",
    ];
    let mut turns: Vec<Turn<'a>> = Vec::new();
    let mut tagged = 0;
    // A transcript has questions or a moderator, or tags that name people by title ("MR PRICE");
    // capitalised headings ("TEXAS:", "TRADE:") make no transcript.
    let mut dialogue = false;
    for c in TAG.captures_iter(text) {
        let m = c.get(1).expect("group 1");
        tagged += 1;
        if let Some(last) = turns.last_mut() {
            last.text.end = c.get(0).expect("group 0").start();
        }
        let words_from = c.get(0).expect("group 0").end();
        let words: Vec<&str> = m.as_str().split_whitespace().collect();
        let question = words.iter().any(|w| w.contains("QUESTION"));
        let office =
            words.len() > 1 && words[..words.len() - 1].iter().any(|w| is_title(&title_case(w.trim_end_matches('.'))));
        turns.push(Turn { speaker: None, text: words_from..text.len(), question, office });
        if words.iter().any(|w| w.contains("QUESTION") || w.contains("MODERATOR")) {
            dialogue = true;
        }
        if words.iter().any(|w| ANONYMOUS.iter().any(|a| w.contains(a))) {
            continue;
        }
        if words.len() > 1 && is_title(&title_case(words[0])) {
            dialogue = true;
        }
        // "MR PRICE" -> "Price", "PRIME MINISTER NETANYAHU" -> "Netanyahu": the surname, in title
        // case, resolved later to the fullest name the transcript gives.
        let Some(last) = words.last() else { continue };
        let surname = name_case(last);
        // "FOREIGN MINISTER PARK": a place's word after a title is a surname (see mentions).
        let after_title = words.len() > 1 && is_title(&title_case(words[words.len() - 2]));
        let breaks_name = is_breaker(&surname) && !(after_title && opens_surname_after_title(&surname));
        if is_title(&surname) || breaks_name || words.len() > 5 {
            continue;
        }
        let name = smallvec![Cow::Owned(surname)];
        if let Some(turn) = turns.last_mut() {
            turn.speaker = Some(Mention { name, start: m.start(), end: m.end(), titled: true });
        }
    }
    if tagged < min_tags || !dialogue { Vec::new() } else { turns }
}

/// A moderator giving the floor in a transcript: the name right after speaks next.
pub(super) static FLOOR_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:start with|(?:go|goes|move|turn|over|(?:move|moving|go|going|continue|continuing) on) to(?: the line(?:,? please,)? of)?|line of|question (?:is )?from|call on|next is|question (?:goes |will go )?to(?-u:\b)|(?:next|first|last|final|another|second|third) question,|question:)")
        .expect("static regex")
});

/// True when a name starts within a few characters of the start of one of `lists`: the person the
/// floor is given to, not someone named later in the sentence.
/// The given names by which a turn's named speaker is thanked or addressed as the next named
/// speaker's turn opens ("UNDER SECRETARY ZEYA: … SECRETARY BLINKEN: Uzra, thank you", "Thank
/// you, Uzra.", "Mr. Foreign Minister, Luigi, my friend, thank you"): the tag names the surname
/// and the answer the given name, one person, whom a lone "as Uzra mentioned" does not make a
/// second speaker. A word between commas in the turn's first sentence, alone or after "and", or
/// before the comma that opens a later sentence of the answer, or echoed in its first paragraph
/// ("As Kent said"), that is no title and no ordinary word ("Well, …").
pub(super) fn given_names_of_tagged<'t>(text: &'t str, turns: &[Turn<'_>]) -> Vec<&'t str> {
    let mut given = Vec::new();
    for (i, pair) in turns.windows(2).enumerate() {
        // Two people: a moderator's turns one after another ("MR PRICE: … MR PRICE: Matt.")
        // give the floor to someone else.
        let (Some(first), Some(next)) = (&pair[0].speaker, &pair[1].speaker) else { continue };
        if first.surname() == next.surname() {
            continue;
        }
        let turn = text[pair[1].text.clone()].trim_start();
        // The next speaker's words until someone else speaks or is asked: "SECRETARY BLINKEN:
        // Thank you. (Applause.)" and the audience's "AUDIENCE: Good morning." may stand before
        // the same speaker's remarks.
        let same_speaker_end = turns[i + 1..]
            .iter()
            .take_while(|t| match &t.speaker {
                Some(s) => s.surname() == next.surname(),
                None => !t.question,
            })
            .filter(|t| t.speaker.is_some())
            .last()
            .map_or(pair[1].text.end, |t| t.text.end);
        let answer = &text[pair[1].text.start..same_speaker_end];
        // Its first sentence: not ended by an honorific's period ("Mr. Foreign Minister, Luigi").
        let end = turn
            .match_indices(['.', '!', '?', '\n'])
            .map(|(i, _)| i)
            .find(|&i| !matches!(last_word(&turn[..i]), "Mr" | "Ms" | "Mrs" | "Dr"))
            .unwrap_or(turn.len());
        let opening = &turn[..end];
        // A name alone ("MR PRICE: Matt.") is no address: it gives the floor to the next questioner.
        let parts: Vec<&str> = if opening.contains(',') { opening.split(',').collect() } else { Vec::new() };
        // Later in the answer, a sentence that opens by addressing someone: "David, I want to
        // thank you for your tremendous leadership", "Thank you. Kristina, thank you very much."
        let addressed = ADDRESS.captures_iter(answer).filter_map(|c| c.get(1)).map(|m| m.as_str());
        // And whom the answer's first paragraph echoes by given name: "As Kent said, we are glad
        // to be here" (further on, "As Navalny said" may be anyone's words).
        let first_paragraph = turn.lines().next().unwrap_or("");
        let echoed = AS_SOMEONE_SAID.captures_iter(first_paragraph).filter_map(|c| c.get(1)).map(|m| m.as_str());
        for part in parts.into_iter().chain(addressed).chain(echoed) {
            let part = part.trim();
            let word = part.strip_prefix("and ").unwrap_or(part);
            if is_lone_given_name(word) {
                given.push(word);
            }
        }
    }
    given
}

/// A sentence that opens with one word and a comma: "Kent, it seems like a month ago".
static ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)(?:^\s*|[.!?] +)(\p{Lu}[\w-]+), ").expect("static regex"));

/// "As Kent said", "as Uzra mentioned": the one named is echoed.
static AS_SOMEONE_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Aa]s ([\w-]+) (?:said|just said|mentioned|noted|put it|pointed out|referred to)(?-u:\b)")
        .expect("static regex")
});

/// One capitalised word that is no title and no ordinary word: a given name used alone.
fn is_lone_given_name(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.chars().count() >= 2
        && is_capitalised(word)
        && !is_title(word)
        && !is_breaker(word)
        && !is_ordinary_word(word)
}

pub(super) fn pos_in_list_start(lists: &[std::ops::Range<usize>], start: usize) -> bool {
    lists.iter().any(|l| start >= l.start && start <= l.start + 2)
}

/// The length of an aside between dashes that opens `text` (" – let’s see – "), or 0.
pub(super) fn aside_length(text: &str) -> usize {
    let Some(rest) = text.strip_prefix(" – ").or_else(|| text.strip_prefix(" — ")) else { return 0 };
    rest.char_indices()
        .take(30)
        .find(|&(_, c)| c == '–' || c == '—')
        .map_or(0, |(i, c)| text.len() - rest.len() + i + c.len_utf8())
}

/// Where the name starts in a turn of a transcript that is a name alone, with its outlet before
/// or after it, or "please": the moderator giving the floor ("MR PRICE: Nick Wadhams.", "MR PRICE:
/// Tove Bjørgaas of NRK Norway.", "Casey O’Neill, please.", "Wall Street Journal, William
/// Mauldin."), or a reporter saying who they are ("Ina Strazdina, Latvian Television.").
///
/// A sentence that does not open its turn counts only when `standalone`: a line of its own, the
/// end of its turn, or in a reporter's question ("Casey O’Neill, please." on its line), not the
/// middle of an answer ("Yevgeny Prigozhin. And the Wagner Group is …").
pub(super) fn name_alone_in_turn(sentence: &str, standalone: bool) -> Option<usize> {
    // After the speaker tag, when the sentence opens the turn.
    let after_tag = sentence
        .split_once(':')
        .filter(|(tag, _)| !tag.trim().is_empty() && tag.chars().all(|c| !c.is_lowercase()))
        .map_or(0, |(tag, _)| tag.len() + 1);
    if after_tag == 0 && !standalone {
        return None;
    }
    let rest = &sentence[after_tag..];
    let turn_at = after_tag + (rest.len() - rest.trim_start().len());
    let turn = rest.trim().trim_end_matches(['.', ',', '?']);
    let turn = turn.strip_suffix(" please").map_or(turn, |t| t.trim_end_matches(','));
    // A quotation's signature ("Regards, Sirik Matak.”") gives no floor.
    if turn.contains(['“', '”', '"']) {
        return None;
    }
    // A reporter saying who they are: "It’s Pamala Falk from CBS News", "This is Shaun Tandon
    // with AFP", "Hi, I'm …".
    let introduced = ["Hi, ", "Hello, ", "Yes, ", "Thanks, ", "Thank you, "]
        .iter()
        .find_map(|w| turn.strip_prefix(w))
        .unwrap_or(turn);
    let (turn_at, turn) = match [
        "It’s ",
        "It's ",
        "it’s ",
        "it's ",
        "This is ",
        "this is ",
        "I’m ",
        "I'm ",
        "My name is ",
        "my name is ",
    ]
    .iter()
    .find_map(|w| introduced.strip_prefix(w))
    {
        Some(rest) => (turn_at + (turn.len() - rest.len()), rest),
        None => (turn_at, turn),
    };
    // A name alone: two to four capitalised words, none of them a title or a word no name holds.
    let name_like = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_breaker(w))
            && !is_title(words[0])
    };
    // An outlet: a few words, capitalised but for "of", "the" and "and" ("The Wall Street Journal").
    let outlet_like = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=6).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "of" | "the" | "and"))
            // "One, Shireen Abu Akleh", "Ukraine, Vladimir Zelensky": a common word or a country
            // alone is no outlet.
            && !(words.len() == 1 && (is_common_word(words[0]) || crate::extract::country::is_country_word(words[0])))
    };
    let head_end = [" of ", " from ", " with ", ", "].iter().filter_map(|w| turn.find(w)).min();
    let head = head_end.map_or(turn, |i| &turn[..i]);
    let tail = head_end.map_or("", |i| turn[i..].trim_start_matches([',', ' ']));
    let tail = ["of ", "from ", "with "].iter().find_map(|w| tail.strip_prefix(w)).unwrap_or(tail);
    if name_like(head) && (tail.is_empty() || outlet_like(tail)) {
        return Some(turn_at);
    }
    // "Wall Street Journal, William Mauldin": the outlet, then the name.
    let (outlet, name) = turn.rsplit_once(", ")?;
    (outlet_like(outlet) && name_like(name)).then(|| turn_at + outlet.len() + 2)
}

#[cfg(test)]
mod tests {
    //! Transcripts end to end: the tags and the turns that give the floor decide who speaks.

    use super::super::find;

    #[test]
    fn transcripts_speak_through_their_tags() {
        let body = "Ned Price, Department Spokesperson\n\nMR PRICE: Good afternoon. Secretary Blinken said Putin was wrong.\n\nQUESTION: Thanks, Ned. Did Lavrov say anything?\n\nMR PRICE: Foreign Minister Sergey Lavrov said nothing.\n\nQUESTION: Thank you.";
        // Tags give the floor; in the answers, only people reported as saying something speak.
        assert_eq!(find("Department Press Briefing", body), vec!["Ned Price", "Blinken", "Sergey Lavrov"]);
        let interview = "QUESTION: Mr. Secretary, welcome.\n\nSECRETARY BLINKEN: Thank you, Chris.\n\nQUESTION: Is Putin bluffing?\n\nSECRETARY BLINKEN: Secretary of State Antony J. Blinken never guesses.";
        assert_eq!(
            find("Secretary Antony J. Blinken With Chris Wallace of Fox News Sunday", interview),
            vec!["Antony Blinken", "Chris Wallace"]
        );
    }

    #[test]
    fn transcripts_of_unnamed_officials_give_the_floor() {
        let body = "MODERATOR: Let’s go to David Brunnstrom.\n\nQUESTION: Will the Secretary meet Xie Feng?\n\nSENIOR STATE DEPARTMENT OFFICIAL: Deputy Secretary Sherman travels to Tianjin to see Vice Foreign Minister Xie Feng.\n\nMODERATOR: Let’s take one final question from Owen Churchill.\n\nQUESTION: Thanks.";
        assert_eq!(
            find("Briefing With Senior State Department Officials", body),
            vec!["David Brunnstrom", "Owen Churchill"]
        );
    }

    #[test]
    fn a_moderator_turn_that_is_a_name_gives_the_floor() {
        let body = "MR PRICE: Good afternoon.\n\nSECRETARY BLINKEN: Thank you.\n\nMR PRICE: Nick Wadhams.\n\nQUESTION: Thanks. Did Lavrov call?\n\nSECRETARY BLINKEN: No.\n\nMR PRICE: Tove Bjørgaas of NRK Norway.\n\nQUESTION: Thank you.";
        assert_eq!(
            find("Secretary Blinken at a Press Availability", body),
            vec!["Blinken", "Nick Wadhams", "Tove Bjørgaas", "Price"]
        );
        // The floor given in a turn's later sentence, past an aside, or with the outlet first; a
        // reporter saying who they are; not a letter's signature nor "One, <name>".
        let body = "MR PRICE: Thank you. Casey O’Neill, please.\n\nQUESTION: Hi.\n\nMR PRICE: Let’s go to the line of – let’s see – Arshad Mohammed, please.\n\n\
                    QUESTION: Hi.\n\nMODERATOR: Wall Street Journal, William Mauldin.\n\nQUESTION: Thank you. Ina Strazdina, Latvian Television. \
                    He wrote: “Regards, Sirik Matak.” One, Shireen Abu Akleh. Will Rob Malley travel?\n\nMR PRICE: Let’s go to Will Mauldin.";
        assert_eq!(
            find("Department Press Briefing", body),
            // "Will Mauldin" is "William Mauldin", named in full earlier.
            vec!["Casey O’Neill", "Arshad Mohammed", "William Mauldin", "Ina Strazdina", "Price"]
        );
        // A reporter saying who they are.
        let body = "MR PRICE: Go ahead.\n\nQUESTION: Thank you. It’s Pamala Falk from CBS News. Will the talks resume?\n\n\
                    MR PRICE: Yes.\n\nQUESTION: Hi, this is Shaun Tandon with AFP. And Iran?\n\nMR PRICE: No.";
        assert_eq!(find("Department Press Briefing", body), vec!["Pamala Falk", "Shaun Tandon", "Price"]);
        // "Let’s go for our first question to …".
        let body =
            "MR ICE: Let’s go for our first question to Daphne Psaledakis.\n\nQUESTION: Thanks.\n\nMR ICE: Sure.";
        assert_eq!(find("Briefing on the Strategy", body), vec!["Daphne Psaledakis", "Ice"]);
        // Reporters whose given name is a word ("Said") or whose surname is a country's ("Jordan").
        let body = "MS PORTER: Let’s go to Said Arikat.\n\nQUESTION: Thank you.\n\nMS PORTER: Let’s go to Rosiland Jordan.\n\n\
                    QUESTION: Hi, Jalina.\n\nMS PORTER: Thanks, Rosiland.";
        assert_eq!(find("Department Press Briefing", body), vec!["Said Arikat", "Rosiland Jordan", "Porter"]);
        // "First question, …" and "Last question, …" give the floor as "Next question, …" does.
        let body = "MODERATOR: First question, Lalit Jha of PTI.\n\nQUESTION: Thank you.\n\nSECRETARY BLINKEN: Yes.\n\n\
                    MODERATOR: Last question, Humeyra Pamuk of Reuters.\n\nQUESTION: Thanks.";
        assert_eq!(
            find("Secretary Blinken at a Press Availability", body),
            vec!["Blinken", "Lalit Jha", "Humeyra Pamuk"]
        );
    }
}
