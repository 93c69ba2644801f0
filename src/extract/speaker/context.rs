//! What the words around a mention say of it: speech after it ("said", "Miller, the
//! spokesperson, said"), a quotation's "said" before its office, a signature line, the word before
//! a "by", an office to look past, and the words that make a name someone talked about (a
//! headline that mourns them among them). The rules of [`super::roles`] ask these; each reads
//! only the text beside one mention.

use std::sync::LazyLock;

use regex::Regex;

use super::mentions::Mention;
use super::shape::*;
use super::verbs::is_speech_verb_before;
use super::words::*;

/// What someone thanked did, right after their name and the body their office is of: speech at
/// the event, hosting it or joining it ("…, for that kind introduction", "for his remarks", "for
/// hosting us", "Director General Tedros of the World Health Organization for joining us today");
/// not "for his leadership", nor "for hosting U.S. servicemembers", nor "for joining the coalition".
static THANKED_FOR_SPEAKING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?: of (?:the )?[A-Z][A-Za-z.’'-]*(?:(?: (?:of|for|and|the))* [A-Z][A-Za-z.’'-]*){0,5})?,? for (?:(?:his|her|their|your|that|the|this|those|such)\s+)?(?:(?:very\s+)?(?:kind|warm|generous|gracious|thoughtful|powerful|opening|inspiring|moving|eloquent)\s+)*(?:remarks|words|introduction|comments|presentation|hosting (?:us|this|today)|joining (?:us|me))(?-u:\b)")
        .expect("static regex")
});

/// Whether `after`, the text right after a thanked name, says what they did at the event
/// ([`THANKED_FOR_SPEAKING`]). Its first words first: the regex, whose opening is optional, has no
/// literal to skip a text by, and asked of every name it was 1.6% of the instructions of indexing
/// readouts of corpus/.
pub(super) fn thanked_for_speaking(after: &str) -> bool {
    (after.starts_with(" of ") || after.trim_start_matches(',').starts_with(" for "))
        && THANKED_FOR_SPEAKING.is_match(after)
}

/// Words before a name that make it someone talked about: a detainee or hostage.
pub(super) static DETAINED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:detained|wrongfully|hostage|hostages|prisoner|prisoners|see|imprisoned|jailed|held|citizen|citizens|journalist|late|case)(?-u:\b)").expect("static regex")
});

/// Speech follows a mention: "said", "also stressed", an appositive then "said" ("Miller, the
/// spokesperson, said"), or a feeling after "is" or "was" ("Harris was deeply saddened").
pub(super) fn speech_follows(after: &str) -> bool {
    let mut rest = after.trim_start();
    if let Some(r) = rest.strip_prefix(',') {
        match r.find(',') {
            Some(i) if i < 100 && !r[..i].contains(['.', '“', '"']) => rest = &r[i + 1..],
            _ => return false,
        }
    }
    let mut after_be = false;
    for _ in 0..3 {
        let w = first_word(rest);
        if is_speech_verb_before(w, &rest.trim_start()[w.len()..]) && !(after_be && is_passive_speech(w))
            || after_be && is_feeling(w) && feeling_states(w, &rest.trim_start()[w.len()..])
        {
            return true;
        }
        // One person's: "Pacific Islanders are proud" states no one's position.
        let be = is_be(w, false);
        after_be |= be;
        if !(HELPERS.contains(&w) || be) || w.is_empty() {
            return false;
        }
        rest = &rest.trim_start()[w.len()..];
    }
    false
}

/// The name in apposition before a verb of speech ("the army's chief of staff, Kochavi, said"),
/// or opening its clause and taken up by a pronoun ("In fact, Kochavi, he said"). Only "said" and
/// its like ([speech before]), not any verb after a comma: a list's last name ("executives from
/// Microsoft and Salesforce, discussed") or a place ("off Bali, underscoring"); and not a name
/// after other words ("Asked about detained American Paul Whelan, she said"). The caller leaves
/// out the object of a preposition ("Turning to President Putin, he said").
pub(super) fn said_in_apposition(before: &str, after: &str) -> bool {
    let Some(r) = after.trim_start().strip_prefix(',') else { return false };
    let before = before.trim_end();
    let opens_clause = before.is_empty() || before.ends_with([',', '–', '—', ':']);
    let next = first_word(r);
    if matches!(next, "he" | "she") {
        return opens_clause && is_one_of(first_word(&r.trim_start()[next.len()..]), &SPEECH_BEFORE);
    }
    before.ends_with(',') && is_one_of(next, &SPEECH_BEFORE)
}

/// Whether a name heads a quotation of theirs: only its office's words before it on its line
/// ("National Grid President Badar Khan", "NEFI President and CEO Sean Cota"), then a colon and
/// the quotation, or the quotation on the next line ("Vermont Gas President and CEO Neale F.
/// Lunderville" over "“As Vermont’s largest …”"); or opening its line with its office after a
/// comma and a colon closing them. Not a name that goes on in its sentence ("Secretary Blinken
/// said “…”" is read as speech).
pub(super) fn heads_a_quotation(before: &str, after: &str) -> bool {
    // Markdown emphasis left around a heading ("**Statement of UAW President Ray Curry:**").
    let emphasis: &[char] = &['*', '_'];
    let rest = after.trim_start_matches([' ', '\t']);
    // Asked of every name: most go on with a word, which settles it before the line is read.
    if !rest.starts_with([':', ',', '\n', '\r', '*', '_']) {
        return false;
    }
    // The line so far, from its last 160 bytes: eight words of an office fit in them.
    let recent = crate::text::tail(before, 160);
    let Some(line) =
        recent.rsplit_once('\n').map(|(_, line)| line).or((recent.len() == before.len()).then_some(recent))
    else {
        return false;
    };
    let mut office = line.split_whitespace().map(|w| w.trim_matches(emphasis)).filter(|w| !w.is_empty());
    let office_words = office.clone().count();
    if !before[..before.len() - line.len()].trim().is_empty()
        || office_words > 8
        || !office.all(|w| {
            is_capitalised(w) && !w.ends_with([',', ';', ':']) || matches!(w, "and" | "of" | "for" | "the" | "&")
        })
    {
        return false;
    }
    let quotation = |t: &str| t.trim_start().trim_start_matches(emphasis).trim_start().starts_with(['“', '"']);
    // The name opening its line, its office after a comma, a colon closing them: "Jason Walsh,
    // Executive Director, BlueGreen Alliance: “…”".
    if office_words == 0
        && let Some(apposed) = rest.strip_prefix(',')
    {
        let line = &apposed[..apposed.find('\n').unwrap_or(apposed.len())];
        return line.find(':').is_some_and(|colon| {
            let office = &line[..colon];
            office.split_whitespace().count() <= 12
                && office.split_whitespace().take(4).any(|w| is_title(w.trim_end_matches([',', ';'])))
                && quotation(&apposed[colon + 1..])
        });
    }
    let rest = rest.trim_start_matches(emphasis);
    if let Some(rest) = rest.strip_prefix(':') {
        return quotation(rest);
    }
    // Without a colon, only right over the quotation's line.
    let next_line = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n'));
    next_line.is_some_and(|next| !next.trim_start_matches([' ', '\t']).starts_with('\n') && quotation(next))
}

/// A signature line: a name alone, then a comma and a title ("Antony J. Blinken, Secretary of State").
pub(super) fn is_signature(after: &str) -> bool {
    let Some(r) = after.trim_start().strip_prefix(',') else { return false };
    let r = r.trim();
    // "Ned Price, Department Spokesperson": a title among its first words.
    r.len() < 80
        && !r.ends_with('.')
        && r.split_whitespace()
            .take(4)
            .map(|w| w.trim_end_matches([',', ';']))
            .enumerate()
            .any(|(i, w)| is_title(w) || i == 0 && w == "the")
}

/// Whether a readout announces a trip to come on someone else's word: the spokesperson on its
/// byline ("Ned Price, Department Spokesperson") or a statement's headline ("Statement from Press
/// Secretary X on President Biden's Travel to …"), and "will travel" in its opening, with no
/// position of the traveler's held now ("he looks forward to this visit"). The traveler
/// of such a notice says nothing in it: ANNOTATION.md's speakers are those whose words or part in
/// an exchange it reports. (An "Office of the Spokesperson" notice names no one else; its
/// traveler stays, as the gold's annotators mostly keep them.)
pub(super) fn trip_announced_by_another(text: &str, title_end: usize, mentions: &[Mention<'_>]) -> bool {
    let (Some(title), Some(body)) = (text.get(..title_end), text.get(title_end..)) else { return false };
    let opening = crate::text::head(body, 600);
    if !["will travel", "will visit", "will lead", "will depart"].iter().any(|w| opening.contains(w)) {
        return false;
    }
    // A position held now is reported as the traveler's: "The President appreciates King Salman's
    // leadership and his invitation. He looks forward to this important visit".
    if [" looks forward", " appreciates"].iter().any(|w| body.contains(w)) {
        return false;
    }
    let statement = title.trim_start().starts_with("Statement ");
    let byline = mentions.iter().find(|m| m.start >= title_end).is_some_and(|m| {
        let line_end = text[m.end..].find('\n').map_or(text.len(), |i| m.end + i);
        text[title_end..m.start].trim().is_empty() && is_signature(&text[m.end..line_end])
    });
    statement || byline
}

/// Whether the words before byte `at` on its line are names alone, as where a second signature
/// shares the line ("Joseph R. Biden, Jr. Emmanuel Macron"): not an office and what it is of
/// ("Darren Hawkins, CEO of Yellow Corp"). A government signed for may come first ("For the
/// Government of Japan: Hayashi Yoshimasa").
pub(super) fn only_names_before_on_its_line(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind(['\n', ':']).map_or(0, |i| i + 1);
    text[line_start..at].split_whitespace().all(|w| {
        let bare = w.trim_end_matches(',');
        is_initial(bare) || is_suffix(bare) || is_particle(bare) || is_capitalised(bare) && !is_title(bare)
    })
}

/// The word before the "by" that ends `before`, past a word of when or how: "endorsed today by",
/// "announced jointly by".
pub(super) fn word_before_by(before: &str) -> &str {
    let before = before_last_word(before);
    let word = last_word(before);
    if matches!(word, "today" | "yesterday" | "jointly" | "also" | "publicly" | "formally") {
        return last_word(before_last_word(before));
    }
    // "the statement issued by …", "the statements delivered by …", "the statement that was made
    // by …": the speech is the noun before.
    if matches!(word, "made" | "issued" | "delivered" | "given" | "offered") {
        let mut before = before_last_word(before);
        for _ in 0..3 {
            if !matches!(last_word(before), "that" | "which" | "was" | "were" | "been" | "has" | "had") {
                break;
            }
            before = before_last_word(before);
        }
        // "the pledge made by President Biden and President Xi in Woodside" recalls a promise
        // as context, as "commitment" does.
        let noun = last_word(before);
        return if matches!(noun, "pledge" | "pledges") { "" } else { noun };
    }
    word
}

/// Whether a quotation's "said" comes before the office that precedes a mention, whatever its
/// words: "…,” said Under Secretary of State for Arms Control and International Security [Bonnie
/// Jenkins]", "…,” said Latvian Minister of Economics [Janis Vitenbergs]". The office runs back
/// over capitalised and joining words, holds a title and no titled name.
pub(super) fn said_before_office(before: &str) -> bool {
    let mut rest = before.trim_end();
    let mut titled = false;
    // The word after the current one, and whether it may be a name's.
    let mut name_after = false;
    loop {
        let word = last_word(rest);
        let joining = is_office_joining_word(word);
        if word.is_empty() || !(joining || is_capitalised(word)) {
            break;
        }
        // Not past a titled name: "…,” said President Biden of Secretary Colin Powell".
        if is_title(word) && name_after {
            return false;
        }
        name_after = !joining && !is_title(word) && !is_breaker(word);
        titled |= is_title(word);
        rest = rest[..rest.len() - word.len()].trim_end();
    }
    titled && is_one_of(last_word(rest), &SPEECH_BEFORE) && closes_quotation(before_last_word(rest))
}

/// Whether `text` ends where a quotation or a clause closes, so that a "said" after it reports the
/// quotation ("…,” said Miller"), not what follows ("Blinken said Putin was wrong").
pub(super) fn closes_quotation(text: &str) -> bool {
    text.ends_with([',', '”', '"', '’', '\''])
}

/// The text before a mention, less the office it names with "of" or "for" ("… launched by
/// Secretary of [State Antony Blinken]" → "… launched by"), so that the word before is the
/// sentence's, not the office's: "Secretary of Commerce Gina Raimondo met with", "Minister for
/// [Foreign Affairs Penny Wong] joined" and "Permanent Secretary of the Ministry of [Defense General
/// Warakiat Rattananont] led" have no preposition before the name. The office reaches back over
/// titles, words no name holds and joining words to the first capitalised one, so that it may open
/// with the body it belongs to ("Department of [Justice Deputy Assistant Attorney General Jennifer
/// Hodge]").
pub(super) fn before_office(before: &str) -> &str {
    let head = before.trim_end();
    if !["of", "for"].iter().any(|p| head.strip_suffix(p).is_some_and(|h| h.ends_with(' '))) {
        return before;
    }
    office_words_start(head).map_or(before, |start| &head[..start])
}

/// `before` less the office words that end it, titles and words no name holds ("… attributable
/// to [State Department]" before "Spokesperson Ned Price"), or all of `before` when it ends in
/// none.
pub(super) fn before_office_words(before: &str) -> &str {
    let head = before.trim_end();
    office_words_start(head).map_or(before, |start| &head[..start])
}

/// Where the office words that end `head` (trimmed) start, when it ends in some.
fn office_words_start(head: &str) -> Option<usize> {
    // Back over the office's words, titles, words no name holds and joining words ("Permanent
    // Secretary of the Ministry of Foreign Affairs"), to the first title among them; not past a
    // word that may be a name ("… Advisor Sullivan Welcoming Appointment of Sigrid Kaag").
    let mut rest = head;
    let mut office_start = None;
    loop {
        let trimmed = rest.trim_end();
        let word = last_word(trimmed);
        let joining = is_office_joining_word(word);
        if word.is_empty() || !(joining || is_capitalised(word) && (is_title(word) || is_breaker(word))) {
            break;
        }
        rest = &trimmed[..trimmed.len() - word.len()];
        // An office opens with its title or with the body it belongs to ("Department of Justice
        // Deputy Assistant Attorney General"): "of" inside it is no preposition before the person.
        if is_capitalised(word) {
            office_start = Some(rest.len());
        }
    }
    office_start
}

/// Whether `mention` (as written, its office in front) owns the office of the person named
/// before it in apposition, `before` being the sentence up to it: "spoke with Bjoern Seibert,
/// Chief of Staff for European Commission President Ursula von der Leyen" (she is talked about,
/// not met; so is she after "Bjoern Seibert, Head of Cabinet to European Commission President").
/// Only a staff office with its "to" or "for" (a cabinet's head's also "of", and "the" before a
/// body's name: not "Head of Cabinet to the President Bjoern Seibert" in a list), then the
/// owner's body and a head's office of their own, without an article: "Defense Minister Y" after
/// "Foreign Minister X," is a second person, and so are "Senior Advisor to the President Anita
/// Dunn" in a list and "Senior Advisor for CHIPS Implementation Ronnie Chatterji".
pub(super) fn owns_apposed_office(before: &str, mention: &str) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:President|Prime Minister|Foreign Minister|Chancellor|King|Queen)(?-u:\b)")
            .expect("static regex")
    });
    // The head's office first: few names hold one, and the staff's regex, read backwards from the
    // name with Unicode classes, was 3.5% of the instructions of indexing synthetic readouts
    // (BENCHMARKS.md, "Extraction, cheaper again").
    HEAD.is_match(mention) && staff_office_ends(crate::text::tail(before, 160))
}

/// A staff office in apposition, with its "to" or "for" and the owner's body, that `tail` ends
/// with (see [`owns_apposed_office`]).
static APPOSED_STAFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}[\w’'.-]*,\s+(?:(?:an?|the)\s+)?(?:(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.-]*|senior|deputy|special|principal|acting|chief|top|longtime|personal|foreign policy|diplomatic|national security)\s+){0,4}(?:(?:Chief of Staff|chief of staff|[Aa]dvis[eo]r|[Cc]ounselor|[Aa]ssistant|[Ss]pokesperson)\s+(?:to|for)\s+(?:\p{Lu}[\w.’'-]*\s+){0,4}|(?:Head|Chief|Chef) (?:of|de) Cabinet\s+(?:to|for|of)\s+(?:the\s+(?:\p{Lu}[\w.’'-]*\s+){1,4}|(?:\p{Lu}[\w.’'-]*\s+){0,4}))$")
        .expect("static regex")
});

/// Words one of which every match of [`APPOSED_STAFF`] holds, besides its comma: without the first
/// letter where the regex takes either case ("Advisor", "adviser"), whole where it takes only the
/// capital ("Cabinet").
const STAFF_OFFICE_WORDS: [&str; 6] = ["taff", "dvis", "ounselor", "ssistant", "pokesperson", "Cabinet"];

/// Whether `tail` ends with [`APPOSED_STAFF`]'s office. A comma and one of its office's words
/// first: most texts before a head of government's name hold none, and the test takes 1.4% of
/// the instructions of indexing readouts of corpus/ off (2.4% of synthetic ones; BENCHMARKS.md,
/// "Extraction, cheaper again"). `staff_office_ends_as_the_regex_alone` holds it to the regex.
fn staff_office_ends(tail: &str) -> bool {
    tail.contains(',')
        && STAFF_OFFICE_WORDS.iter().any(|w| memchr::memmem::find(tail.as_bytes(), w.as_bytes()).is_some())
        && APPOSED_STAFF.is_match(tail)
}

/// Whether `before`, the text before a mention less its office, ends in a relation and "of": the
/// name after it is a relative talked about ("spoke today with Yulia Navalnaya, widow of Alexey
/// Navalny", "met with the family of Paul Whelan").
pub(super) fn names_a_relative(before: &str) -> bool {
    last_word(before) == "of" && is_one_of(last_word(before_last_word(before)), &KIN_NOUNS)
}

/// The people a headline mourns: named after "Passing of", "Death of", "Killing of", "Life of" …,
/// less any whose surname is also named before it (the one who speaks: "Statement by President
/// Biden on the Passing of …").
pub(super) fn mourned<'m, 't>(text: &str, title_end: usize, mentions: &'m [Mention<'t>]) -> Vec<&'m Mention<'t>> {
    static MEMORIAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:passing|death|killing|murder|assassination|loss|life|lives|memory|legacy) of(?-u:\b)",
        )
        .expect("static regex")
    });
    let in_title = mentions.iter().take_while(|m| m.end <= title_end);
    let Some(found) = text.get(..title_end).and_then(|title| MEMORIAL.find(title)) else {
        return mourned_by_name(text, title_end, in_title.last()).into_iter().collect();
    };
    let before: Vec<&str> = in_title.clone().filter(|m| m.end <= found.start()).map(Mention::surname).collect();
    in_title.filter(|m| m.start >= found.end() && !before.contains(&m.surname())).collect()
}

/// A headline that ends "… on [office] Name" ("Statement from President Joe Biden on James
/// Lawson") over a body that grieves ("his passing", "saddened", "mourn"): the person named is
/// mourned as if "on the Passing of" were written. Its last mention is `last`.
fn mourned_by_name<'m, 't>(text: &str, title_end: usize, last: Option<&'m Mention<'t>>) -> Option<&'m Mention<'t>> {
    static MOURNING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:his|her) passing|passed away|saddened|heartbroken|mourns?|mourning|grieve|grieving)(?-u:\b)")
            .expect("static regex")
    });
    let last = last?;
    let title = text.get(..title_end)?;
    if !title[last.end..].trim().is_empty() {
        return None;
    }
    // "on", then only the office's capitalised words before the name.
    let on = title[..last.start].rfind(" on ")?;
    let office_only = title[on + 4..last.start].split_whitespace().all(is_capitalised);
    // Not the one who speaks, by surname ("Statement from Secretary Blinken on Ambassador Donald
    // Blinken"); words of grief, not "condolences" or "death" that a statement about someone
    // living may hold ("offered condolences to the families of those who died").
    let speaker_named = text[..on].contains(last.surname());
    (office_only && !speaker_named && MOURNING.is_match(&text[title_end..])).then_some(last)
}

/// Whether `before` (a sentence up to its "led by") convenes a gathering named near its end,
/// past its date and place: "convened the eighth annual U.S.-AUC High-Level Dialogue on March 11
/// in Washington, D.C., led by …". Its leaders take part.
pub(super) fn convenes_a_gathering(before: &str) -> bool {
    let lower = format!(" {}", before.to_lowercase());
    // A body led by someone is theirs, not the gathering's: "the SAF, led by", "the regime, led by".
    let led = last_word(lower.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '—')));
    if matches!(
        led,
        "regime"
            | "government"
            | "forces"
            | "military"
            | "army"
            | "junta"
            | "party"
            | "opposition"
            | "initiative"
            | "effort"
            | "saf"
            | "rsf"
    ) {
        return false;
    }
    ["convened", "held", "hosted", "co-hosted", "co-chaired", "chaired"].iter().any(|verb| {
        lower.rfind(&format!(" {verb} ")).is_some_and(|at| {
            let words: Vec<&str> = lower[at..].split_whitespace().map(without_trailing_punctuation).collect();
            let gathering = words.iter().rposition(|w| is_gathering(w) || matches!(*w, "talks" | "consultations"));
            // Not the leader of something the gathering is about: "a ministerial meeting on Sudan,
            // where the conflict between the SAF, led by General Burhan", "the opposition, led by".
            gathering.is_some_and(|g| {
                g > 0
                    && words.len() - g <= 9
                    && !words[g + 1..]
                        .iter()
                        .any(|w| matches!(*w, "where" | "whose" | "which" | "between" | "when" | "while"))
            })
        })
    })
}

/// Whether `after`, the text right after a name, sets a company off by commas by what it makes,
/// with a superlative or among others: "Eli Lilly, the largest manufacturer of insulin in the
/// United States", "Parkdale Mills, one of the world's major providers of cotton". Not a person
/// set off by a trade ("Jane Doe, a child care provider", "a firm believer in", "the company's
/// founder").
pub(super) fn company_in_apposition(after: &str) -> bool {
    static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^,\s+(?:the\s+(?:[\w’'-]+\s+)?(?:largest|leading|biggest|top|major|main|oldest)\s+(?:[\w’'-]+\s+){0,2}?",
            r"(?:manufacturer|maker|producer|provider|supplier|retailer|company|firm|corporation)",
            r"|one\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?",
            r"(?:manufacturers|makers|producers|providers|suppliers|retailers|companies|firms|corporations))",
            r"(?:\s|,|\.|$)"
        ))
        .expect("static regex")
    });
    COMPANY.is_match(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter of [`staff_office_ends`] never turns a match of the regex away: before every
    /// capitalised word of some readouts of corpus/, and before the names of offices it is for.
    #[test]
    fn staff_office_ends_as_the_regex_alone() {
        let mut texts: Vec<String> = crate::test_support::corpus_files(40).into_iter().map(|(_, text)| text).collect();
        texts.extend(
            [
                "spoke with Bjoern Seibert, Chief of Staff for European Commission President Ursula von der Leyen",
                "met Bjoern Seibert, Head of Cabinet to European Commission President Ursula von der Leyen",
                "thanked Jane Roe, Senior Advisor to the Prime Minister of Japan Kishida",
                "with Ana Diaz, Deputy Spokesperson for Foreign Minister Kuleba",
                "with Yuriy Ushakov, an advisor to President Putin",
                "with John Doe, chief of staff to Prime Minister Roe",
                "with Jane Roe, a top foreign policy adviser to President Doe",
                "with Emmanuel Bonne, Élysée Diplomatic Advisor to President Macron",
            ]
            .map(String::from),
        );
        let mut matches = 0;
        for text in &texts {
            for (at, c) in text.char_indices().filter(|(_, c)| c.is_uppercase()) {
                let tail = crate::text::tail(&text[..at], 160);
                let plain = APPOSED_STAFF.is_match(tail);
                assert_eq!(staff_office_ends(tail), plain, "before {c} in {tail:?}");
                matches += usize::from(plain);
            }
        }
        assert!(matches >= 8, "the cases the regex is for are among those tried: {matches}");
    }
}
