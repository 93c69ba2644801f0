//! Stage 1, finding mentions: runs of capitalised words cut into names at words that are no part
//! of a name, with the titles in front peeled off ("Turkish Foreign Minister Mevlüt Çavuşoğlu").

use smallvec::SmallVec;
use std::borrow::Cow;

use super::super::country;
use super::shape::*;
use super::words::*;

/// The words of a sentence as byte ranges: a letter then letters, marks, hyphens and apostrophes,
/// with a final period and further initials ("U.S.", "Jr."); or a digit then letters, digits and
/// hyphens. A scanner, not a regex: this runs over every sentence and a regex's reverse search for
/// each word's start cost a sixth of extraction.
pub(super) fn words_into(sentence: &str, out: &mut Vec<(usize, usize)>) {
    let is_letter = |c: char| c.is_alphabetic() || is_mark(c);
    let bytes = sentence.as_bytes();
    out.clear();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        let mut end = if b.is_ascii_alphabetic() {
            start + 1
        } else if b.is_ascii_digit() {
            let end = run_end(sentence, start + 1, |b| b.is_ascii_alphanumeric() || b == b'-', char::is_alphabetic);
            out.push((start, end));
            at = end;
            continue;
        } else if b.is_ascii() {
            at += 1;
            continue;
        } else {
            let c = sentence[at..].chars().next().expect("at a character boundary");
            if !is_letter(c) {
                at += c.len_utf8();
                continue;
            }
            start + c.len_utf8()
        };
        end = run_end(
            sentence,
            end,
            |b| b.is_ascii_alphabetic() || b == b'\'' || b == b'-',
            |c| is_letter(c) || c == '’',
        );
        // A period, then any number of capital-and-period pairs.
        if bytes.get(end) == Some(&b'.') {
            end += 1;
            while let Some(capital) = char_at(sentence, end).filter(|c| c.is_uppercase())
                && char_at(sentence, end + capital.len_utf8()) == Some('.')
            {
                end += capital.len_utf8() + 1;
            }
        }
        out.push((start, end));
        at = end;
    }
}

/// The character at byte `i` of `text` (a character boundary), decoded only when it is not ASCII.
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// The end of the run of characters from byte `end` (a character boundary) on that are ASCII bytes
/// `ascii` accepts or other characters `other` accepts. Nearly all of a readout is ASCII, and the
/// scanners read every byte of every sentence: bytes are tested as bytes, and only the rest decoded.
pub(super) fn run_end(text: &str, mut end: usize, ascii: impl Fn(u8) -> bool, other: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii() {
            if !ascii(b) {
                break;
            }
            end += 1;
        } else {
            let c = text[end..].chars().next().expect("at a character boundary");
            if !other(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// Combining marks (accents written as separate characters), which std has no class for.
pub(super) fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The words of a name as written (borrowed from the text), or made from it (a transcript tag's
/// surname in title case). Names of up to four words, nearly all, take no allocation: a readout
/// holds a hundred mentions, and allocating their words was over a tenth of extraction.
pub(super) type NameWords<'a> = SmallVec<[Cow<'a, str>; 4]>;

#[derive(Debug, Clone)]
pub(super) struct Mention<'a> {
    /// Name tokens with titles peeled off.
    pub(super) name: NameWords<'a>,
    /// Byte range of the whole mention (titles included) in the text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether a title or honorific stood in front of the name.
    pub(super) titled: bool,
}

impl Mention<'_> {
    pub(super) fn surname(&self) -> &str {
        self.name.last().map_or("", |w| w)
    }
}

/// A word of a run of capitalised words, with what it is.
pub(super) struct RunWord<'a> {
    /// Byte range in the text.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    /// [`is_title`] of the word.
    pub(super) title: bool,
    /// [`is_breaker`] of the word.
    pub(super) breaker: bool,
    /// A surname written in capitals after a title ("Prime Minister KISHIDA Fumio"): part of the
    /// name, written in title case.
    pub(super) capitals_surname: bool,
    /// A word that context shows opens a name although it is a common word elsewhere: "He" of
    /// "was He Lifeng".
    pub(super) opens_name: bool,
}

impl<'a> RunWord<'a> {
    pub(super) fn new(start: usize, end: usize, text: &'a str) -> Self {
        let (title, breaker) = word_class(text);
        RunWord { start, end, text, title, breaker, capitals_surname: false, opens_name: false }
    }
}

/// Space reused from sentence to sentence of a readout.
#[derive(Default)]
pub(super) struct Scratch<'a> {
    pub(super) words: Vec<(usize, usize)>,
    pub(super) run: Vec<RunWord<'a>>,
}

/// Reads the mentions of one sentence (at byte `offset` of the text).
pub(super) fn mentions_in<'a>(sentence: &'a str, offset: usize, scratch: &mut Scratch<'a>, out: &mut Vec<Mention<'a>>) {
    let Scratch { words, run } = scratch;
    words_into(sentence, words);
    let words = &*words;
    let text = |k: usize| &sentence[words[k].0..words[k].1];
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(text(i)) {
            i += 1;
            continue;
        }
        // A run: capitalised words (and particles between them) separated by single spaces; a
        // possessive ends it ("Blinken’s Call").
        let mut j = i;
        // A nickname in quotes inside the name is no part of it: "Benjamin “Benny” Gantz".
        let mut nickname = None;
        while j + 1 < words.len() {
            let gap = &sentence[words[j].1..words[j + 1].0];
            let cur = text(j);
            if nickname.is_none()
                && matches!(gap, " “" | " \"")
                && j + 2 < words.len()
                && matches!(&sentence[words[j + 1].1..words[j + 2].0], "” " | "\" ")
                && is_capitalised(text(j + 1))
                && is_capitalised(text(j + 2))
                && is_capitalised(cur)
            {
                nickname = Some(j + 1);
                j += 2;
                continue;
            }
            let ends_run = !(gap == " " || gap == "\u{a0}")
                || cur.ends_with("’s")
                || cur.ends_with("'s")
                || (cur.ends_with('.')
                    && !is_initial(cur)
                    && !are_given_initials(cur)
                    && !is_title(cur)
                    && !is_suffix(cur));
            if ends_run {
                break;
            }
            if !is_capitalised(text(j + 1)) && !is_particle_joined(text(j + 1)) {
                // Particles join a run when a capitalised word follows them: "von der Leyen".
                let mut ahead = j + 1;
                while ahead < words.len() && is_particle(text(ahead)) {
                    ahead += 1;
                }
                let particle = ahead > j + 1 && ahead < words.len() && is_capitalised(text(ahead));
                if !particle {
                    break;
                }
            }
            j += 1;
        }
        run.clear();
        run.extend(
            (i..=j)
                .filter(|&k| Some(k) != nickname)
                .map(|k| RunWord::new(offset + words[k].0, offset + words[k].1, text(k))),
        );
        let before_run = if i > 0 { text(i - 1) } else { "" };
        read_in_context(run, before_run);
        let first_new = out.len();
        // "Emmanuel Macron President of the French Republic": an office after the name, its "of" next.
        let office_of_follows = j + 1 < words.len() && text(j + 1) == "of";
        split_run(run, office_of_follows, out);
        // A storm's name is no person's: "Hurricane Henri", "Tropical Storm Elsa". Only a word of
        // the run counts: "After the storm, Governor DeSantis" is the Governor.
        let mut kept = first_new;
        for n in first_new..out.len() {
            let m = &out[n];
            let word_before = run.iter().take_while(|w| w.start < m.start).last().map(|w| w.text);
            let storm = word_before.is_some_and(is_storm_word) || m.name.iter().rev().skip(1).any(|w| is_storm_word(w));
            if !storm {
                out.swap(kept, n);
                kept += 1;
            }
        }
        out.truncate(kept);
        // A lone word after an office's field alone is no surname ("the State Dining Room",
        // "Peace and Security Agendas"), nor after a state's adjective when it reads as no name
        // ("the Syrian Uprising") or the adjective names a people ("Americans Unaccounted For");
        // "the Chinese Yang" is Yang. Such a word stands as an untitled one, which must speak
        // for itself to be anyone. After the run's office words the office may go on from before
        // the run: "Secretary of State Blinken", "Under Secretary for Political Affairs Nuland".
        // Asked only of a run with such a mention (a few in a readout): it reads the words before.
        let mut office_goes_on = None;
        for m in &mut out[first_new..] {
            if !m.titled || m.name.len() != 1 {
                continue;
            }
            let titles = run.iter().take_while(|w| w.start < m.end).filter(|w| w.start >= m.start);
            let titles: SmallVec<[&str; 4]> = titles.take_while(|w| w.title).map(|w| bare_title(w.text)).collect();
            let no_rank = !titles.is_empty()
                && titles.iter().all(|w| {
                    is_office_word(w)
                        || country::is_demonym(w) && !plausible_lone_name(&m.name[0])
                        || w.strip_suffix('s').is_some_and(country::is_demonym)
                });
            if !no_rank {
                continue;
            }
            // Nothing that names anyone before the mention in its run: "for Political Affairs
            // Nuland" (titles, words of no name, common words).
            let office_carried_on = *office_goes_on.get_or_insert_with(|| office_goes_on_into(i, &|k| text(k)))
                && run.iter().take_while(|w| w.start < m.start).all(|w| w.title || w.breaker || is_common_word(w.text));
            if !office_carried_on {
                m.titled = false;
            }
        }
        // A name right before a word of `[events named]` is the event's: "the multinational Khaan
        // Quest exercise" (not "innovation Brian Coll, site manager": organisation words in lower
        // case follow people's names too).
        if j + 1 < words.len() && is_event_named(text(j + 1)) {
            let run_end = run[run.len() - 1].end;
            let mut k = first_new;
            while k < out.len() {
                if !out[k].titled && out[k].end == run_end {
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        // A name after "the" is a thing's, not a person's: "the Moon", "the Hill", "the Obama
        // administration", "The Houthis have claimed"; a person after "the" has an office between
        // ("the Deputy Secretary").
        let after_the =
            if before_run == "the" { Some(0) } else { (run.len() > 1 && run[0].text == "The").then_some(1) };
        if let Some(first) = after_the {
            let opens_at_first = |m: &Mention<'_>| {
                m.start == run[first].start
                    && m.name.first().is_some_and(|w| **w == *strip_possessive(run[first].text).trim_end_matches('.'))
            };
            if out.get(first_new).is_some_and(|m| !m.titled && opens_at_first(m)) {
                out.remove(first_new);
            }
        }
        i = j + 1;
    }
}

/// A title word as it is listed: no possessive, no final period or apostrophe ("State’").
fn bare_title(word: &str) -> &str {
    strip_possessive(word).trim_end_matches(['.', '’', '\''])
}

/// Whether an office named before the run that opens at word `i` goes on into it: "of" or "for"
/// after a title right before ("Secretary of State", "Under Secretary for Political Affairs"), or
/// after "the" ("Speaker of the Mongolian Parliament"), or after "and" and the office's
/// capitalised words ("Assistant Secretary for South and Central Asian Affairs").
fn office_goes_on_into<'a>(i: usize, text: &dyn Fn(usize) -> &'a str) -> bool {
    // "of" after a title: "Anniversary of the Syrian Uprising" names no office.
    let carries = |k: usize| matches!(text(k), "of" | "for") && k.checked_sub(1).is_some_and(|t| is_title(text(t)));
    let Some(mut k) = i.checked_sub(1) else {
        return false;
    };
    match text(k) {
        "of" | "for" => carries(k),
        "the" => k.checked_sub(1).is_some_and(carries),
        "and" => {
            while k > 0 && is_capitalised(text(k - 1)) {
                k -= 1;
            }
            k < i - 1 && k.checked_sub(1).is_some_and(carries)
        }
        _ => false,
    }
}

/// Settles what the words of a run are where context decides (`before_run` is the word before
/// the run): a title word that is a name ("bin Sultan"), a place's word that is a surname or a
/// given name ("Foreign Minister Park Jin", "Chad Sniffen"), a surname in capitals ("Prime
/// Minister KISHIDA Fumio"), "He" or "To" opening a name ("was He Lifeng", "President To Lam").
fn read_in_context(run: &mut [RunWord<'_>], before_run: &str) {
    // After a patronymic's particle a title word is a father's name: "bin Sultan", "bin Amir".
    // So is a title word between an honorific and a name: "Dr. Sultan Al Jaber" ("Mr." and
    // "Ms." are left out: "Mr. Secretary Blinken" is a form of address).
    for k in 1..run.len() {
        let after_honorific = matches!(run[k - 1].text.trim_end_matches('.'), "Dr" | "Sheikh" | "Sheikha" | "Sayyid")
            && run.get(k + 1).is_some_and(|next| !next.title && !next.breaker);
        if matches!(run[k - 1].text, "bin" | "bint" | "ibn") || after_honorific {
            run[k].title = false;
        }
        // Between a titled given name and a surname, a title word that is also a name is the
        // name's middle: "President Hassan Sheikh Mohamud" is one person, not "Hassan Sheikh"
        // and a "Sheikh Mohamud".
        let middle_of_titled_name = k >= 2
            && run[k - 2].title
            && !run[k - 1].title
            && !run[k - 1].breaker
            && !is_common_word(run[k - 1].text)
            && is_surname_title(run[k].text)
            && run.get(k + 1).is_some_and(|next| !next.title && !next.breaker && !is_common_word(next.text));
        if middle_of_titled_name {
            run[k].title = false;
        }
        // "Foreign Minister Park Jin", "FOREIGN MINISTER PARK": after a title, a surname that
        // is elsewhere a place's word ("Lumbini Park").
        if run[k - 1].title && opens_surname_after_title(run[k].text) {
            run[k].breaker = false;
        }
        // "President To Lam": after a title, "To" opens a name before a surname that is no
        // ordinary word (not "Ambassador To Ukraine", "Secretary To Travel").
        // So does "He" ("Vice Premier He Lifeng").
        if run[k - 1].title && matches!(run[k].text, "To" | "He") && opens_surname(run, k) {
            run[k].breaker = false;
            run[k].opens_name = true;
        }
    }
    // "… for this meeting was He Lifeng, Vice Premier": "He" after a word in lower case is no
    // pronoun opening a sentence.
    if run.len() >= 2
        && run[0].text == "He"
        && before_run.chars().next().is_some_and(char::is_lowercase)
        && opens_surname(run, 0)
    {
        run[0].breaker = false;
        run[0].opens_name = true;
    }
    // "Prime Minister KISHIDA Fumio": after a title, a surname in capitals before a given
    // name in title case is no acronym.
    for k in 1..run.len().saturating_sub(1) {
        let next = &run[k + 1];
        if run[k - 1].title
            && is_capitals_surname(run[k].text)
            && !next.breaker
            && !next.title
            && next.text.chars().skip(1).any(char::is_lowercase)
        {
            run[k].breaker = false;
            run[k].capitals_surname = true;
        }
    }
    // "Thomas West", "Katori Hall": a word that ends no name elsewhere is the surname that ends
    // the run after a given name opening the name (after a title or a word no name holds, or
    // opening the run), when that given name is no ordinary word ("Labor Hall"). A middle initial
    // may stand between ("Lola C. West", "Harry S. Truman").
    if let Some(k) = run.len().checked_sub(1).filter(|&k| k >= 1) {
        let g = if k >= 2 && is_initial(run[k - 1].text) { k - 2 } else { k - 1 };
        let given = &run[g];
        let opens_name = g == 0 || run[g - 1].title || run[g - 1].breaker;
        if run[k].breaker
            && is_surname_word(strip_possessive(run[k].text).trim_end_matches('.'))
            && opens_name
            && !given.breaker
            && !given.title
            && given.text.chars().next().is_some_and(char::is_uppercase)
            && given.text.chars().skip(1).all(char::is_lowercase)
            && !is_ordinary_word(given.text)
        {
            run[k].breaker = false;
        }
    }
    // "Christian Lindner", "Chad Sniffen", "Jan Christian Vestre": a place's or faith's word
    // that is a given name, before the surname that ends the run, when it opens the run (not
    // after "of": "Foreign Minister of Jordan Ayman Safadi", "President of Chad Deby") or
    // follows a title or a given name.
    if let Some(k) = run.len().checked_sub(2) {
        let next = &run[k + 1];
        let opens_name = if k == 0 {
            !matches!(before_run, "of" | "from" | "in" | "for" | "to" | "and")
        } else {
            run[k - 1].title || !run[k - 1].breaker
        };
        if run[k].breaker
            && opens_name
            && is_given_name_place_word(run[k].text)
            && !next.breaker
            && !next.title
            && !is_ordinary_word(next.text)
        {
            run[k].breaker = false;
        }
    }
}

/// Whether the word after `run[k]` can be the surname of a name `run[k]` opens: no title, no
/// word of no name, no ordinary word.
fn opens_surname(run: &[RunWord<'_>], k: usize) -> bool {
    run.get(k + 1).is_some_and(|next| !next.breaker && !next.title && !is_ordinary_word(next.text))
}

/// Cuts a run of capitalised words into mentions at words that are no part of a name, and peels
/// the titles in front of each; `office_of_follows` when "of" comes right after the run.
pub(super) fn split_run<'a>(run: &[RunWord<'a>], office_of_follows: bool, out: &mut Vec<Mention<'a>>) {
    pub(super) fn bare<'a>(w: &RunWord<'a>) -> &'a str {
        strip_possessive(w.text).trim_end_matches('.')
    }
    let mut k = 0;
    while k < run.len() {
        // A country's or place's name of several words ("Costa Rica", "Hong Kong") is no part of a name.
        if k + 1 < run.len()
            && country::may_begin_phrase(bare(&run[k]), bare(&run[k + 1]))
            && let Some(n) = (2..=4).rev().find(|&n| {
                k + n <= run.len() && {
                    let phrase = run[k..k + n].iter().map(bare).collect::<Vec<_>>().join(" ");
                    names_a_place(&phrase)
                }
            })
        {
            k += n;
            continue;
        }
        // Titles first (a title word may also be a breaker, such as "Leader": the title wins).
        let start = k;
        while k < run.len() && run[k].title {
            k += 1;
        }
        let titled = k > start;
        let name_start = k;
        // A title word that ends the run, or only a suffix after it, may be a surname ("Billie
        // Jean King", "Martin Luther King Jr."); one further in opens an office.
        let ends_run = |k: usize| k + 1 == run.len() || k + 2 == run.len() && is_suffix(run[k + 1].text);
        while k < run.len() && !run[k].breaker && !(run[k].title && k > name_start && !ends_run(k)) {
            k += 1;
            // A possessive ends the name ("Biden’s"); an apostrophe inside one before its
            // lower-case particle does not ("Mohammed Shia’ al-Sudani").
            if strip_possessive(run[k - 1].text) != run[k - 1].text && !apostrophe_inside_name(run, k - 1) {
                break;
            }
        }
        // A country's name that ends a titled run after a single name word is a surname:
        // "Deputy Attorney General Lisa Monaco", "Representative Steve Israel"; or after a middle
        // initial, title or not ("the Deputy Attorney General, Lisa O. Monaco;").
        let middle_initial = k - name_start >= 2 && run[k - 1].text.ends_with('.') && is_initial(run[k - 1].text);
        if (titled && k - name_start == 1 || middle_initial)
            && k + 1 == run.len()
            && !run[k - 1].breaker
            && country::is_country_word(bare(&run[k]))
            && !country::is_demonym(bare(&run[k]))
            // Not a possessive nor a word before a comma; a sentence's full stop is no obstacle
            // ("… and Deputy Attorney General Lisa Monaco.").
            && bare(&run[k]) == run[k].text.strip_suffix('.').unwrap_or(run[k].text)
        {
            k += 1;
        }
        // Words followed by another title within the run are part of an office, not a name:
        // "National Climate Advisor Gina McCarthy" holds no person "Climate".
        if k < run.len() && k > name_start && run[k].title && !run[k].breaker {
            continue;
        }
        // An office's last common word before the name: "Economic Growth Jose Fernandez", and
        // without a title "Climate Kerry" (of "Envoy for Climate Kerry").
        let mut name_start = name_start;
        while (k - name_start > 2 || k - name_start == 2 && !titled)
            && is_common_word(run[name_start].text)
            && !may_open_name(run[name_start].text)
            && !run[name_start].opens_name
            // A given name before a surname: "Mark McManus", not "Mark World AIDS Day"; "Will"
            // before a full name is the question's verb ("Will Rob Malley travel").
            && (!is_given_name_word(run[name_start].text)
                || is_common_word(run[name_start + 1].text)
                || run[name_start].text == "Will" && k - name_start > 2)
        {
            name_start += 1;
        }
        // A name right before an organisation's word is the organisation's: "National Rifle
        // Association", "Muhammad Ali Center", "Biden Administration".
        let names_organisation = k < run.len() && is_organisation_word(run[k].text);
        // "Emmanuel Macron President of the French Republic" (a signature's lines joined): an
        // office's word ending the run after a name of two words or more, "of" next, is no part
        // of it (a surname that is also a title is: "Martin Luther King of Atlanta").
        let name_end = if office_of_follows
            && k == run.len()
            && k - name_start >= 3
            && !is_surname_title(run[k - 1].text)
            && run[k - 1].title
            && !run[k - 2].title
            && !run[k - 2].breaker
            && !is_particle(run[k - 2].text)
            && !is_initial(run[k - 2].text)
        {
            k - 1
        } else {
            k
        };
        if k > name_start && !names_organisation {
            if let Some(m) = read_name(&run[name_start..name_end], run[start].start, titled) {
                out.push(m);
            }
        } else if k == start {
            k += 1; // a breaker
        }
    }
}

/// Whether `run[k]` ends with a bare apostrophe that is a letter of the name, not a possessive's:
/// after a letter other than s, before a particle in lower case ("Shia’ al-Sudani").
fn apostrophe_inside_name(run: &[RunWord<'_>], k: usize) -> bool {
    let word = run[k].text;
    let Some(stem) = word.strip_suffix('’').or_else(|| word.strip_suffix('\'')) else {
        return false;
    };
    !stem.ends_with(['s', 'S', 'z', 'x'])
        && run.get(k + 1).is_some_and(|next| next.text.starts_with(char::is_lowercase))
}

/// A particle a surname can open with ("von der Leyen", "de Gaulle"); a patronymic's ("bin",
/// "bint") follows a given name.
fn may_open_name(word: &str) -> bool {
    is_particle(word) && !matches!(word, "bin" | "bint" | "ibn" | "ben")
}

/// Turns name words into a mention: initials and suffixes dropped, a final period trimmed.
pub(super) fn read_name<'a>(words: &[RunWord<'a>], start: usize, titled: bool) -> Option<Mention<'a>> {
    let mut name = NameWords::new();
    for (i, word) in words.iter().enumerate() {
        // Initials run together stand for a given name before a surname alone (a suffix aside:
        // "J.B. Smith Jr.") and are kept after a given name, where they tell people apart ("George
        // H.W. Bush" is not George W. Bush, whose single initial goes as any middle initial does)
        // or close a name ("Balaji M.K."); before a given name and a surname they are a first name
        // the person goes without ("C.S. Eliot Kang" is Eliot Kang).
        if are_given_initials(word.text) {
            let words_after = words[i + 1..].iter().filter(|w| !is_suffix(w.text)).count();
            if !name.is_empty() || words_after <= 1 {
                name.push(Cow::Borrowed(word.text));
            }
            continue;
        }
        // A bare apostrophe inside a name is dropped whichever its form ("Shia’ al-Sudani",
        // "Shia' al-Sudani"), as a possessive's is.
        // "Joseph R. Biden Jr’s." (a headline's typo) is the possessive of a suffix.
        let w = strip_possessive(word.text.strip_suffix('.').unwrap_or(word.text));
        let w = w.strip_suffix('\'').unwrap_or(w);
        if is_initial(w) || is_suffix(w) {
            continue;
        }
        let w = w.trim_end_matches('.');
        // "KISHIDA Fumio" is written "Kishida Fumio".
        if word.capitals_surname {
            name.push(Cow::Owned(name_case(w)));
            continue;
        }
        if is_regnal_number(w) && name.len() != 1 {
            // "Abdullah II" keeps its number; "Joseph R. Biden III" does not.
            continue;
        }
        name.push(Cow::Borrowed(w));
    }
    // After a title a name may open with its particle: "President von der Leyen".
    let opens_with_particle = titled && name.len() > 1 && may_open_name(&name[0]);
    // Particles do not count, "Al" among them: "Mohamed bin Zayed bin Sultan Al Nahyan" and
    // "Reema bint Bandar bin Sultan bin Abdulaziz Al Saud" are each one name.
    let words_counted = name.iter().filter(|w| !with_lowercase(w, is_particle)).count();
    // A word cut at a hyphen before digits is no name's: "K-" of "K-12 schools".
    if name.is_empty()
        || words_counted > 5
        || !(is_capitalised(&name[0]) || opens_with_particle)
        || name.len() == 1 && name[0].ends_with('-')
    {
        return None;
    }
    // "Policy Advisor", "Civilian Deputy": an office, not a name. "Response Policy": ordinary words.
    // "Delegate Candi King" is a name: a surname that is also a title, after a title and a word
    // that is neither a title nor a common word (not "the Anglican Bishop").
    let last = &name[name.len() - 1];
    // "Al" counts as the particle it is here ("Hussein Al Sheikh").
    // Untitled, two given names before it: "Martin Luther King Jr.", "Billie Jean King".
    let counted = name.iter().filter(|w| !with_lowercase(w, is_particle)).count();
    let surname_title = (titled && counted == 2 || !titled && counted == 3 && !is_title(&name[1]))
        && is_surname_title(last)
        && !is_title(&name[0])
        && !is_common_word(&name[0]);
    if name.len() > 1 && (is_title(last) && !surname_title || name.iter().all(|w| is_ordinary_word(w))) {
        return None;
    }
    let end = words.last().map_or(start, |w| w.end);
    Some(Mention { name, start, end, titled })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The grammar `words` scans, as a regex (the scanner replaced it for speed).
    fn words_by_regex(text: &str) -> Vec<(usize, usize)> {
        let word = Regex::new(r"[\p{L}\p{M}][\p{L}\p{M}’'\-]*(?:\.(?:[\p{Lu}]\.)*)?|[0-9][\p{L}0-9\-]*").unwrap();
        word.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    fn scan(text: &str) -> Vec<(usize, usize)> {
        let mut out = vec![(7, 7)]; // left over from an earlier sentence: cleared
        words_into(text, &mut out);
        out
    }

    #[test]
    fn word_scanner_agrees_with_its_grammar() {
        for text in [
            "Secretary Blinken’s call with U.S. Ambassador J.D. Smith Jr. on 2023-11-28, the G-7 and 3rd-party…",
            "Çavuşoğlu, Þórdís Kolbrún, e\u{301}lan, O'Brien's co-chair; A.B.C. d.E. x.Y.z 12abc-3 -- '’ ",
            "",
            ".",
            "Mr. Price: Q. And?",
        ] {
            assert_eq!(scan(text), words_by_regex(text), "{text:?}");
        }
        // And on every text of the bundled corpus.
        for (path, text) in crate::test_support::corpus_files(7) {
            assert_eq!(scan(&text), words_by_regex(&text), "{}", path.display());
        }
    }
}
