//! Stage 3, resolving mentions within a readout: each speaker once, by the fullest form of the
//! name the readout gives ("Secretary Blinken" → "Antony Blinken"). Across readouts, people are
//! resolved by the registry ([`crate::people`]).

use rustc_hash::FxHashSet as HashSet;
use smallvec::SmallVec;

use super::mentions::*;
use super::shape::*;
use super::words::*;
use crate::people::name::Relation;

/// Words before a full name that make it someone held or recalled, within its sentence: such a
/// name lends itself to no lone given name or surname of the readout.
static TALKED_ABOUT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?-u:\b)(?:journalist|detained|hostage|wrongfully|imprisoned|jailed|prisoner|case of|the late)(?-u:\b)",
    )
    .expect("static regex")
});

/// What resolving compares the mentions of a readout by, worked out once: the folded first and
/// last words of each mention (each distinct word folded once; for the mentions of several words,
/// which fuller names come from, up front, for the others when asked), and the surnames those
/// fuller names hold. Finding statements asks for one mention's name at a time
/// ([`Resolver::fullest`]); building this for each ask folded every mention again (12% of
/// extracting synthetic readouts, BENCHMARKS.md).
pub(super) struct Resolver<'m, 'a> {
    all: &'m [Mention<'a>],
    text: &'m str,
    first_tag: usize,
    fold: FoldedWords<'m>,
    keys: Vec<Option<(usize, usize)>>,
    surnames: HashSet<usize>,
    /// The words of titled mentions of one word ("President Macron"), worked out when first asked.
    titled_words: Option<HashSet<usize>>,
}

impl<'m, 'a> Resolver<'m, 'a> {
    /// The resolver of `all`, the mentions of `text`; those from `first_tag` on are a
    /// transcript's speaker tags.
    pub(super) fn new(all: &'m [Mention<'a>], text: &'m str, first_tag: usize) -> Resolver<'m, 'a> {
        let mut resolver = Resolver {
            all,
            text,
            first_tag,
            fold: FoldedWords::default(),
            keys: vec![None; all.len()],
            surnames: HashSet::default(),
            titled_words: None,
        };
        for (m, mention) in all.iter().enumerate() {
            if mention.name.len() > 1 {
                let surname = resolver.key(m).1;
                resolver.surnames.insert(surname);
            }
        }
        resolver
    }

    fn key(&mut self, m: usize) -> (usize, usize) {
        let all: &'m [Mention<'a>] = self.all;
        let fold = &mut self.fold;
        *self.keys[m].get_or_insert_with(|| (fold.id(&all[m].name[0]), fold.id(all[m].surname())))
    }

    /// Whether a titled mention of one word names the word with key `word` ("President Macron").
    fn titled_elsewhere(&mut self, word: usize) -> bool {
        let all: &'m [Mention<'a>] = self.all;
        let fold = &mut self.fold;
        self.titled_words
            .get_or_insert_with(|| {
                all.iter().filter(|m| m.titled && m.name.len() == 1).map(|m| fold.id(m.surname())).collect()
            })
            .contains(&word)
    }

    /// The mention whose name is the fullest form of mention `m`'s in the readout (`m` itself when
    /// none is fuller), or `None` when `m` names no one: a lone word that is an ordinary word.
    pub(super) fn fullest(&mut self, m: usize) -> Option<usize> {
        let all: &'m [Mention<'a>] = self.all;
        let text = self.text;
        let mention = &all[m];
        let (first, last) = self.key(m);
        let mut best = m;
        for (o, other) in all.iter().enumerate() {
            if other.name.len() <= all[best].name.len() {
                continue;
            }
            // Only mentions of several words get here: their keys are known.
            let (other_first, other_last) = self.key(o);
            // "Cortizo" is also "Laurentino Cortizo Cohen": double surnames.
            let inner_surname = mention.name.len() == 1
                && other.name.len() > 2
                && other.name[1..other.name.len() - 1].iter().any(|w| self.fold.id(w) == last);
            // "Kishida" is also "Kishida Fumio": a name written surname first.
            let surname_first = mention.name.len() == 1 && other.name.len() == 2 && other_first == last;
            // Someone held or recalled ("the journalist Austin Tice") lends no name to a lone
            // word that is their given name, or their surname written first: "Secretary Austin"
            // is someone else. Wherever the readout names them so: "Secretary Austin’s comment"
            // is not about "Austin Tice’s parents", named elsewhere as "the case of Austin Tice".
            let talked_about = || {
                all.iter().filter(|o| o.name == other.name).any(|o| {
                    let before = crate::text::tail(&text[..o.start], 40);
                    TALKED_ABOUT.is_match(before.rsplit(['.', '\n']).next().unwrap_or(""))
                })
            };
            // "President Zelenskyy" written once "President Zelenskky" in the readout: a lone
            // surname one edit from a fuller name's.
            // Not when the readout names someone in full with that very surname ("Olena
            // Zelenska" beside "Volodymyr Zelensky"), nor a surname written more than once: a
            // slip of the pen is made once, another person is named again ("Ambassador
            // Johnston" beside "Jeh Johnson").
            let misspelt = mention.name.len() == 1
                && other_last != last
                && !self.surnames.contains(&last)
                && misspelt_surname(mention.surname(), other.surname())
                && written_once(text, strip_possessive(mention.surname()));
            let same_surname = other_last == last && (mention.name.len() == 1 || other_first == first)
                || inner_surname
                || surname_first
                || misspelt;
            // A lone given name used as the name ("Foreign Minister Don"), unless it is someone's surname.
            let same_given = mention.name.len() == 1 && other_first == first && !self.surnames.contains(&first);
            if (same_surname || same_given) && !((surname_first || same_given) && talked_about()) {
                best = o;
            }
        }
        let name = &all[best].name;
        // A lone untitled word that never appears as part of a fuller name, at the start of a sentence,
        // is more likely an ordinary word than a person ("Allies stressed").
        // Unless an office follows it between commas: "Gantz, the Israeli defense minister, said",
        // or it has a title elsewhere in the readout ("talks between Presidents Macron and Putin
        // … Macron specifically said").
        if name.len() == 1
            && !mention.titled
            && starts_sentence(text, mention.start)
            && !office_in_apposition(&text[mention.end..])
            && !self.titled_elsewhere(last)
        {
            return None;
        }
        // An ordinary word that no fuller name in the readout explains is no name, titled or not
        // ("Policy", "Action"); "Secretary Power" stays when "Samantha Power" is in the text, and
        // after a person's rank ("Administrator Power said": [`after_rank`]). A transcript's
        // speaker tag is someone, whatever the word ("MR PRICE").
        if name.len() == 1 && is_common_word(&name[0]) && m < self.first_tag && !after_rank(text, mention) {
            return None;
        }
        Some(best)
    }
}

/// Whether `lone` is `full` misspelt: one letter changed, added, dropped or two swapped, in a
/// surname of seven letters or more that starts and ends with the same letters ("Zelenskky",
/// "Zelenskyy"). Shorter surnames one edit apart are as often two people ("Kim" and "Lim", "Rice"
/// and "Rich"), and so are a surname's masculine and feminine forms ("Zakharov", "Zakharova").
fn misspelt_surname(lone: &str, full: &str) -> bool {
    let (lone, full) = (strip_possessive(lone), strip_possessive(full));
    // Most pairs differ in length or first letter: no folding for them (this runs for each lone
    // surname against each fuller name of a readout).
    if lone.len().abs_diff(full.len()) > 2 || lone.len() < 7 || lone.as_bytes()[0] != full.as_bytes()[0] {
        return false;
    }
    let lone = lone.to_lowercase();
    let full = full.to_lowercase();
    lone.chars().count() >= 7
        && full.chars().count() >= 7
        && lone.chars().last() == full.chars().last()
        && strsim::osa_distance(&lone, &full) == 1
}

/// Whether `word` is written once in `text`, in any case ("BLINKNEN" in a speaker tag).
fn written_once(text: &str, word: &str) -> bool {
    let word = word.to_lowercase();
    text.to_lowercase().matches(&word).nth(1).is_none()
}

/// Turns speaking mentions into names: each person once, by the fullest form of the name the
/// readout gives anywhere.
pub(super) fn resolve(
    all: &[Mention<'_>],
    speaking: Vec<usize>,
    text: &str,
    first_tag: usize,
) -> Vec<crate::readout::SpeakerRole> {
    if speaking.is_empty() {
        return Vec::new();
    }
    let mut resolver = Resolver::new(all, text, first_tag);
    // Each person so far: the fullest name, its words as compared, title, country.
    type Found<'n, 'a> = (&'n NameWords<'a>, Vec<String>, Option<String>, Option<String>);
    let mut out: Vec<Found<'_, '_>> = Vec::new();
    for m in speaking {
        let mention = &all[m];
        let Some(best) = resolver.fullest(m) else { continue };
        let name = &all[best].name;
        // Each person once, by the rule the people registry compares names with.
        let words = crate::people::name::words(&name.join(" "));
        let same = |theirs: &[String]| {
            crate::people::name::relation(theirs, &words) != Relation::Different
                || crate::people::Aliases::bundled().link(theirs, &words)
                || shortened_given_name(theirs, &words).is_some()
        };
        let (title, country) = role_of(mention, text);
        if let Some(existing) = out.iter_mut().find(|(_, theirs, _, _)| same(theirs)) {
            if name.len() > existing.0.len() || shortened_given_name(&existing.1, &words) == Some(true) {
                existing.0 = name;
                existing.1 = words;
            }
            existing.2 = existing.2.take().or(title);
            existing.3 = existing.3.take().or(country);
        } else {
            out.push((name, words, title, country));
        }
    }
    out.into_iter()
        .map(|(n, _, title, country)| crate::readout::SpeakerRole { name: n.join(" "), title, country })
        .collect()
}

/// Within one readout, `a` and `b` name one person when only their given names differ and one is
/// the other's start, three letters or more: "Zach Liscow" and "Zachary Liscow" (across readouts
/// the people registry keeps to its list of given-name variants). `Some(true)` when `b`'s given
/// name is the longer, the form to keep.
fn shortened_given_name(a: &[String], b: &[String]) -> Option<bool> {
    if a.len() < 2 || a.len() != b.len() || a[1..] != b[1..] || a[0] == b[0] {
        return None;
    }
    // A form of the name, not another name: three letters or more added, and not a feminine
    // ending ("Paul" and "Paula", "Max" and "Maxine", "Chris" and "Christina" are two people).
    let shortens = |short: &str, long: &str| {
        short.len() >= 3
            && long.len() >= short.len() + 3
            && long.starts_with(short)
            && !["a", "ine", "ette", "elle"].iter().any(|end| long.ends_with(end))
    };
    let (x, y) = (a[0].as_str(), b[0].as_str());
    if shortens(x, y) {
        Some(true)
    } else if shortens(y, x) {
        Some(false)
    } else {
        None
    }
}

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
fn role_of(mention: &Mention<'_>, text: &str) -> (Option<String>, Option<String>) {
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

/// The folded forms of a readout's name words, each folded once and known by a number: resolving
/// compares every speaking mention with every other, and folding each time was a tenth of it.
#[derive(Default)]
pub(super) struct FoldedWords<'a> {
    /// Word as written -> number.
    pub(super) ids: rustc_hash::FxHashMap<&'a str, usize>,
    /// Folded word -> number: words written differently that fold alike share one.
    pub(super) by_folded: rustc_hash::FxHashMap<String, usize>,
    /// Number -> folded word.
    pub(super) words: Vec<String>,
}

impl<'a> FoldedWords<'a> {
    pub(super) fn id(&mut self, word: &'a str) -> usize {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let folded = folded(word);
        let id = match self.by_folded.get(&folded) {
            Some(&id) => id,
            None => {
                self.words.push(folded.clone());
                self.by_folded.insert(folded, self.words.len() - 1);
                self.words.len() - 1
            }
        };
        self.ids.insert(word, id);
        id
    }
}

/// Whether `after`, the text right after a name, opens with an office set off by commas: ", the
/// Israeli defense minister,", ", Ukraine's foreign minister,". A few words, one of them a title
/// in any case (not a country's word alone: ", the Israeli,").
pub(super) fn office_in_apposition(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else { return false };
    let Some((aside, _)) = rest.split_once(',') else { return false };
    let words: Vec<&str> = aside.split_whitespace().collect();
    words.len() <= 8
        && words.iter().any(|w| {
            let mut letters = w.chars();
            let capitalised: String =
                letters.next().map(|c| c.to_uppercase().chain(letters).collect()).unwrap_or_default();
            TITLES.contains(capitalised.as_str())
        })
}

pub(super) fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '“', '"', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether a titled mention of one word has a person's rank right before its name ("Ambassador
/// Power", "Secretary Rice"): a rank takes a surname, whatever else the word means. Not after
/// "the" ("the Ambassador Bridge"), nor before another capitalised word (a title-case headline's
/// "Secretary Will Travel").
fn after_rank(text: &str, mention: &Mention<'_>) -> bool {
    let written = &text[mention.start..mention.end];
    let mut words = written.rsplit([' ', '\u{a0}']);
    let name = words.next().unwrap_or("");
    let before = text[..mention.start].trim_end();
    let next = text[mention.end..].trim_start_matches([' ', '\u{a0}']);
    words.next().is_some_and(|rank| is_rank_before_surname(rank.trim_end_matches('.')))
        && !is_breaker(name)
        && !last_word(before).eq_ignore_ascii_case("the")
        && !next.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use crate::readout::SpeakerRole;

    fn role(name: &str, title: Option<&str>, country: Option<&str>) -> SpeakerRole {
        SpeakerRole { name: name.into(), title: title.map(String::from), country: country.map(String::from) }
    }

    #[test]
    fn speakers_carry_the_title_and_country_the_readout_gives_them() {
        let cases = [
            (
                "Secretary of State Antony J. Blinken spoke with Armenian Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan.",
                vec![
                    role("Antony Blinken", Some("Secretary of State"), None),
                    role("Nikol Pashinyan", Some("Armenian Prime Minister"), Some("AM")),
                    role("Ilham Aliyev", Some("President"), Some("AZ")),
                ],
            ),
            (
                "U.S. Ambassador to Armenia Lynne Tracy met Armenian Ambassador to the U.S. Lilit Makunts.",
                vec![
                    role("Lynne Tracy", Some("U.S. Ambassador to Armenia"), Some("US")),
                    role("Lilit Makunts", Some("Armenian Ambassador to the U.S."), Some("AM")),
                ],
            ),
            (
                "President Biden spoke with Prime Minister Kishida of Japan.",
                vec![role("Biden", Some("President"), None), role("Kishida", Some("Prime Minister"), Some("JP"))],
            ),
            // A short word that folds to a country's code opens no office.
            (
                "So President Biden believes we should act, and he said so.",
                vec![role("Biden", Some("President"), None)],
            ),
            // Someone else's name before "of" ends the office there.
            (
                "NSC Spokesperson Emily Horne said National Security Advisor Jake Sullivan met him. Horne of National Security Advisor Jake Sullivan’s staff agreed.",
                vec![
                    role("Emily Horne", Some("NSC Spokesperson"), None),
                    role("Jake Sullivan", Some("National Security Advisor"), None),
                ],
            ),
            // Ordinary words name an office's field when an office's word comes before them.
            (
                "Director of the Gender Policy Council Jennifer Klein and Under Secretary of State for Political Affairs Victoria Nuland met.",
                vec![
                    role("Jennifer Klein", Some("Director of the Gender Policy Council"), None),
                    role("Victoria Nuland", Some("Under Secretary of State for Political Affairs"), None),
                ],
            ),
            // A title shared by several is the first one's, in the singular.
            (
                "Presidents Biden and Macron met.",
                vec![role("Biden", Some("President"), None), role("Macron", None, None)],
            ),
            // Nor an event's name, nor a sentence's end.
            (
                "On Ukraine Independence Day President Zelenskyy spoke. It was in the U.S. Today Secretary Blinken spoke.",
                vec![role("Zelenskyy", Some("President"), None), role("Blinken", Some("Secretary"), None)],
            ),
            // Not without one: "Today" is no office's.
            ("Today President Biden spoke.", vec![role("Biden", Some("President"), None)]),
            // A place holding a country's name is the office's place, not that country.
            (
                "New Mexico’s Governor Michelle Lujan Grisham and Papua New Guinea Prime Minister James Marape met.",
                vec![
                    role("Michelle Lujan Grisham", Some("New Mexico’s Governor"), None),
                    role("James Marape", Some("Papua New Guinea Prime Minister"), Some("PG")),
                ],
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(super::super::find_roles("Readout", body), expected, "{body}");
        }
        let title = "Readout by NSC Spokesperson Emily Horne of National Security Advisor Jake Sullivan’s Meeting with Qatari Deputy Prime Minister";
        let roles = super::super::find_roles(title, "Jake Sullivan met the Deputy Prime Minister today.");
        let sullivan = roles.iter().find(|r| r.name == "Jake Sullivan").expect("Jake Sullivan speaks");
        assert_eq!(sullivan.title.as_deref(), Some("National Security Advisor"));
    }
}
