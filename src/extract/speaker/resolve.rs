//! Stage 3, resolving mentions within a readout: each speaker once, by the fullest form of the
//! name the readout gives ("Secretary Blinken" → "Antony Blinken"). Across readouts, people are
//! resolved by the registry ([`crate::people`]).

use rustc_hash::FxHashSet as HashSet;

use super::mentions::*;
use super::relatives::*;
use super::shape::*;
use super::words::*;
use crate::people::name::Relation;

/// Abbreviated titles whose full stop ends no sentence: "… also met with Amb. Oyelaran.". Titles
/// only, not [`crate::text::is_abbreviation`]'s list: "MR PRICE: No. Matt." calls on Matt.
pub(super) const ABBREVIATIONS: [&str; 28] = [
    "Amb", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sec", "Cmdr", "Msgr", "Fr", "Mme", "Sr", "Sra", "Dep",
    "Min", "Atty", "Mr", "Ms", "Mrs", "Prof", "Adm", "Capt", "Maj", "St", "Hon", "Pres",
];

/// Whether `text` writes `word` as a sentence of its own, as a briefing's spokesperson calls on a
/// reporter ("MR PRICE: Matt. QUESTION: …", "Yes. Nazira.", "… self-defense mission. Alex.",
/// "MR PRICE: Abbie?"). Not a question after a sentence ("QUESTION: On Ukraine. Kuleba? Did he
/// ask …"), nor a name after an abbreviated title ("… also met with Amb. Oyelaran.").
fn called_out(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].trim_end_matches([' ', '\t']);
        let after = &text[at + word.len()..];
        let after_abbreviation = before.strip_suffix('.').is_some_and(|head| ABBREVIATIONS.contains(&last_word(head)));
        // "MR PRICE: Nazira?" calls on a reporter; "… On Ukraine. Kuleba?" asks about someone.
        let ends = after.starts_with('.') || after.starts_with('?') && before.ends_with(':');
        (before.is_empty() || before.ends_with([':', '.', '?', '\n']))
            && !after_abbreviation
            && ends
            && after[1..].chars().next().is_none_or(char::is_whitespace)
    })
}

/// Words before a full name that make it someone held or recalled, within its sentence: such a
/// name lends itself to no lone given name or surname of the readout.
static TALKED_ABOUT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?-u:\b)(?:journalist|detained|hostage|wrongfully|imprisoned|jailed|prisoner|case of|the late)(?-u:\b)",
    )
    .expect("static regex")
});

/// A fuller name (its first mention) and a lone surname with the words of its office
/// ([`Resolver::kept_apart`]).
type ApartKey = (usize, String, Vec<String>);

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
    /// [`Resolver::surnames_with_relatives`], worked out when first asked.
    with_relatives: std::cell::OnceCell<Vec<&'m str>>,
    /// [`Resolver::kept_apart`] of the first mention of a fuller name and a lone surname with the
    /// words of its office.
    apart: std::cell::RefCell<rustc_hash::FxHashMap<ApartKey, bool>>,
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
            with_relatives: std::cell::OnceCell::new(),
            apart: Default::default(),
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

    /// Whether lone mention `m`, a surname after an office ("President Biden", "Speaker Pelosi"),
    /// names someone else than the fuller name of mention `o` that shares the surname: a relative.
    /// So when the fuller name is written after a word of kin ("the President’s son, Hunter
    /// Biden", "his wife Yuko Kishida"), with a spouse's office `m` does not hold ("First Lady Jill
    /// Biden"), or without an office in the sentence of `m` or of another mention of that surname
    /// and office ("praying for Paul Pelosi and for Speaker Pelosi’s whole family": a sentence names
    /// one person once); unless the fuller name is written with a word of `m`'s office somewhere.
    /// Other offices tell no one apart: one person holds several ("Director Wang", "Foreign
    /// Minister Wang Yi"), and an honorific is no office ("Dr. Biden").
    pub(super) fn kept_apart(&self, m: usize, o: usize) -> bool {
        let all = self.all;
        let (mention, other) = (&all[m], &all[o]);
        if mention.name.len() != 1 || !mention.titled || other.name.len() < 2 {
            return false;
        }
        // Most readouts name no relative: the surnames that show a sign of one, found once, spare
        // the rest (asked of each fuller name of each lone surname, by speakers and statements,
        // this test cost 2.0% of the instructions of indexing synthetic readouts without it, 1.3%
        // with it: BENCHMARKS.md).
        let with_relatives = self.with_relatives.get_or_init(|| self.surnames_with_relatives());
        if !with_relatives.contains(&other.surname()) {
            return false;
        }
        // Once for a name (all of whose mentions it reads) and a surname with its written office:
        // a readout that writes them a thousand times asks once.
        let name_first = all.iter().position(|p| p.name == other.name).unwrap_or(o);
        let key = (name_first, mention.surname().to_string(), written_office_words(mention, self.text));
        if let Some(&apart) = self.apart.borrow().get(&key) {
            return apart;
        }
        let apart = self.relative_of(m, &other.name);
        self.apart.borrow_mut().insert(key, apart);
        apart
    }

    /// The surnames of fuller names with a sign of a relative ([`Self::kept_apart`]): a word of
    /// kin before one, a spouse's office, or a lone mention of the surname after an office in the
    /// same sentence.
    fn surnames_with_relatives(&self) -> Vec<&'m str> {
        let (all, text) = (self.all, self.text);
        let mut found: Vec<&'m str> = Vec::new();
        let lone: Vec<&Mention<'a>> = all.iter().filter(|q| q.name.len() == 1 && q.titled).collect();
        if lone.is_empty() {
            return found;
        }
        for p in all.iter().filter(|p| p.name.len() > 1) {
            let surname: &'m str = p.name.last().map_or("", |w| w);
            if found.contains(&surname) {
                continue;
            }
            let sign = kin_before(text, p)
                || spouse_office(text, p)
                || lone.iter().any(|q| q.surname() == surname && one_sentence(text, p, q));
            if sign {
                found.push(surname);
            }
        }
        found
    }

    /// [`Self::kept_apart`] worked out: whether lone mention `m` is someone else than the person
    /// whose fuller name is `name`. The signs of a relative are read in the words the mentions
    /// are written with; only when one is found are the offices worked out in full
    /// ([`office_words`], whose [`super::office::role_of`] asked of every fuller name made
    /// indexing synthetic readouts 3.5% dearer).
    fn relative_of(&self, m: usize, name: &NameWords<'a>) -> bool {
        let all = self.all;
        let text = self.text;
        let mention = &all[m];
        let written = written_office_words(mention, text);
        if written.is_empty() {
            return false;
        }
        let spouse = |words: &[String]| words.iter().any(|w| matches!(w.as_str(), "lady" | "gentleman"));
        // A lone mention with the surname of `m` and a word of its office (`m` among them), in the
        // sentence of `p`.
        let alike_beside = |p: &Mention<'a>, q: &Mention<'a>| {
            q.name.len() == 1
                && q.surname() == mention.surname()
                && one_sentence(text, p, q)
                && written_office_words(q, text).iter().any(|w| written.contains(w))
        };
        // Each mention of the fuller name with its signs, read once: a word of kin before it, a
        // spouse's office written with it, a lone mention alike in its sentence.
        let fuller: Vec<(&Mention<'a>, bool, bool, bool)> = all
            .iter()
            .filter(|p| p.name == *name)
            .map(|p| (p, kin_before(text, p), spouse_office(text, p), all.iter().any(|q| alike_beside(p, q))))
            .collect();
        if !fuller.iter().any(|&(_, kin, spouse_written, beside)| kin || spouse_written && !spouse(&written) || beside)
        {
            return false;
        }
        let office = office_words(mention, text);
        let mut apart = false;
        for (p, kin, spouse_written, beside) in fuller {
            let theirs = office_words(p, text);
            if theirs.iter().any(|w| office.contains(w)) {
                return false;
            }
            apart |= kin || (spouse(&theirs) || spouse_written) && !spouse(&office) || theirs.is_empty() && beside;
        }
        apart
    }

    /// The mention whose name is the fullest form of mention `m`'s in the readout (`m` itself when
    /// none is fuller), or `None` when `m` names no one: a lone word that is an ordinary word.
    pub(super) fn fullest(&mut self, m: usize) -> Option<usize> {
        let all: &'m [Mention<'a>] = self.all;
        let text = self.text;
        let mention = &all[m];
        let (first, last) = self.key(m);
        let mut best = m;
        let mut kept_apart_from: Vec<&'m NameWords<'a>> = Vec::new();
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
            if (same_surname || same_given)
                && !((surname_first || same_given) && talked_about())
                && !(same_surname && {
                    // Each other mention of a name kept apart is kept apart too: asked once a name
                    // (a readout naming the First Lady a thousand times asked a thousand times).
                    let known = kept_apart_from.contains(&&other.name);
                    let apart = known || self.kept_apart(m, o);
                    if apart && !known {
                        kept_apart_from.push(&other.name);
                    }
                    apart
                })
            {
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
        // A lone untitled word the readout also writes as a sentence of its own is a name called
        // out, a reporter's given name in a briefing ("MR PRICE: Matt." then "Continuing what Matt
        // said to you"): no one the readout reports.
        if name.len() == 1
            && !mention.titled
            && m < self.first_tag
            && called_out(text, mention.surname())
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
    // Each person so far: the fullest name, its words as compared, title, country, and whether the
    // name keeps its "Jr." ([`keeps_junior`]), and the mention the name is written by.
    type Found<'n, 'a> = (&'n NameWords<'a>, Vec<String>, Option<String>, Option<String>, bool, usize);
    let mut out: Vec<Found<'_, '_>> = Vec::new();
    for m in speaking {
        let mention = &all[m];
        let Some(best) = resolver.fullest(m) else { continue };
        let name = &all[best].name;
        let junior = written_with_junior(all, best, text);
        // Each person once, by the rule the people registry compares names with; not a lone
        // surname kept apart from a fuller name ("President Biden" beside "First Lady Jill Biden").
        let words = crate::people::name::words(&name.join(" "));
        let same = |theirs: &[String], their_best: usize| {
            (crate::people::name::relation(theirs, &words) != Relation::Different
                || crate::people::Aliases::bundled().link(theirs, &words)
                || shortened_given_name(theirs, &words).is_some())
                && !resolver.kept_apart(best, their_best)
                && !resolver.kept_apart(their_best, best)
        };
        let (title, country) = super::office::role_of(mention, text);
        if let Some(existing) = out.iter_mut().find(|(_, theirs, .., their_best)| same(theirs, *their_best)) {
            if name.len() > existing.0.len() || shortened_given_name(&existing.1, &words) == Some(true) {
                existing.0 = name;
                existing.1 = words;
                existing.4 = junior;
                existing.5 = best;
            } else if name.len() == existing.0.len() {
                existing.4 |= junior;
            }
            existing.2 = existing.2.take().or(title);
            existing.3 = existing.3.take().or(country);
        } else {
            out.push((name, words, title, country, junior, best));
        }
    }
    out.into_iter()
        .map(|(n, _, title, country, junior, _)| crate::readout::SpeakerRole {
            name: with_junior(n.join(" "), junior),
            title,
            country,
        })
        .collect()
}

/// Whether the name of mention `best` keeps a "Jr." ([`keeps_junior`]) where the readout writes
/// it, with those very words, anywhere: the speakers and the statements of a readout name one
/// person alike ([`written_name`]).
fn written_with_junior(all: &[Mention<'_>], best: usize, text: &str) -> bool {
    all.iter().any(|o| o.name == all[best].name && keeps_junior(&text[o.start..o.end]))
}

/// The name a readout gives the person of mention `best` (its fullest): its words, and a "Jr."
/// that is part of it.
pub(super) fn written_name(all: &[Mention<'_>], best: usize, text: &str) -> String {
    with_junior(all[best].name.join(" "), written_with_junior(all, best, text))
}

/// A name's words with the "Jr." it keeps, if it keeps one.
fn with_junior(name: String, junior: bool) -> String {
    if junior { format!("{name} Jr.") } else { name }
}

/// Whether a name written as `span` keeps its "Jr.": written as part of the name, right after the
/// surname and without a middle initial ("President Ferdinand Marcos Jr.", "Frank Scott Jr."),
/// not in the style of a signature or a proclamation ("Joseph R. Biden, Jr.", "Joseph R. Biden
/// Jr."), where annotators drop it (gold files: 7 of 8 names written the first way keep it; 326
/// of 337 written the second way drop it).
fn keeps_junior(span: &str) -> bool {
    let span = span.trim_end();
    let Some(head) = span.strip_suffix(" Jr.").or_else(|| span.strip_suffix(" Jr")) else { return false };
    !head.ends_with(',') && !head.split_whitespace().any(is_initial)
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
