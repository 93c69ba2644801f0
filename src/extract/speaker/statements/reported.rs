//! Reported statements: a sentence whose subject is a named person (or a title, pronoun or group
//! the readout ties to people) and whose verb reports speech, a position or an exchange of views.
//! Also who a subject is, for the attributions of quotes.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashSet as HashSet;

use super::super::shape::*;
use super::super::words::*;
use super::Doc;

/// Verbs that make their subject's sentence a statement (QUOTES.md's list and their forms).
pub(super) static REPORTING: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| section("reporting verbs").into_iter().collect());

/// Words that open a sentence before its subject ("During the call, the Secretary stressed").
static OPENERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| section("clause openers").into_iter().collect());

/// A subject that stands for the readout's participants together.
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:the|both|all) )?(?:(?:two|three|four|five|several) )?(?:[a-z\-]+ ){0,2}?(?:leaders|ministers|officials|participants|counterparts|presidents|principals|secretaries|advisors|advisers|two|three|four|they|both)$")
        .expect("static regex")
});

/// Lower-case words that show a zone before a verb is no simple subject: a clause of its own.
const NOT_IN_SUBJECT: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "if", "to", "as", "because", "while", "would", "we", "i",
    "it", "this", "these", "there", "has", "have", "been", "is", "was", "were", "are", "be", "not", "what",
];

/// The reported statements of a readout: each sentence with a reporting verb and each person its
/// subject names. Transcripts are read by their turns instead (see the module above).
pub(super) fn find(doc: &Doc<'_, '_>) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    for (k, sentence) in doc.sentences.iter().enumerate() {
        if sentence.start < doc.body_start {
            continue;
        }
        let mut speakers: Vec<String> = Vec::new();
        let mut verbs = reporting_verbs(doc.text, sentence.clone());
        verbs.extend(purpose_verb(doc.text, sentence.clone()));
        for verb in verbs {
            let zone = subject_zone(doc.text, sentence.start, verb.start);
            // In a transcript's answers, "he", "they" and "the President" are too often someone
            // else: only names say who reports there.
            let role = if doc.in_transcript { Subject::InTranscript } else { Subject::OfReport };
            for person in subjects(doc, k, zone, role) {
                if !speakers.contains(&person) {
                    speakers.push(person);
                }
            }
        }
        out.extend(speakers.into_iter().map(|s| (s, sentence.clone())));
    }
    out
}

/// The reporting verbs of a sentence, as byte ranges of the text, outside quotation marks; "called"
/// only as "called for" or "called on"; none after "to", a modal or a form of "be" (a purpose, a
/// plan, a passive: "met to discuss" is read by [`purpose_verb`] instead).
fn reporting_verbs(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = &text[sentence.clone()];
    let bytes = s.as_bytes();
    let mut quoted = false;
    let mut previous = "";
    let mut at = 0;
    // Verbs are ASCII words; other characters only matter as quotation marks.
    while at < bytes.len() {
        let b = bytes[at];
        if !b.is_ascii_alphabetic() {
            if b == b'"' {
                quoted = !quoted;
            } else if b >= 0x80 {
                let c = s[at..].chars().next().expect("at a boundary");
                if c == '“' || c == '”' {
                    quoted = c == '“';
                }
                // A word with letters of another script is no verb: skip it to its last letter.
                if c.is_alphabetic() {
                    at += c.len_utf8();
                    while let Some(next) = s[at..].chars().next().filter(|n| n.is_alphabetic() || *n == '-') {
                        at += next.len_utf8();
                    }
                    previous = "";
                    continue;
                }
                at += c.len_utf8();
                continue;
            }
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_alphabetic() || bytes[at] == b'-') {
            at += 1;
        }
        let word = &s[start..at];
        let reports = REPORTING.contains(word) || word == "called" && matches!(first_word(&s[at..]), "for" | "on");
        if reports
            && !quoted
            && !matches!(
                previous,
                "to" | "be"
                    | "been"
                    | "being"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    | "shall"
                    | "may"
                    | "might"
                    | "could"
                    | "can"
                    | "should"
                    | "must"
                    | "not"
            )
        {
            out.push(sentence.start + start..sentence.start + at);
        }
        previous = word;
    }
    out
}

/// A meeting's verb whose purpose is speech: "met … to discuss", "spoke … about", "convened to
/// reaffirm". Its subject states a position (its objects only took part).
fn purpose_verb(text: &str, sentence: Range<usize>) -> Option<Range<usize>> {
    static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?-u:\b)(?:{})(?-u:\b)[^;]*?(?-u:\b)(?:to (?:discuss|review|reaffirm|affirm|express|underscore|highlight|emphasize|share|exchange|convey|condemn|welcome|urge|congratulate|thank|reiterate|raise|announce)|about|regarding)(?-u:\b)",
            super::MEETING_VERBS.join("|")
        ))
        .expect("static regex")
    });
    let s = &text[sentence.clone()];
    // Most sentences hold none of the verbs: a byte search rules them out before the regex.
    if !super::MEETING_VERBS.iter().any(|v| memchr::memmem::find(s.as_bytes(), v.as_bytes()).is_some()) {
        return None;
    }
    let found = PURPOSE.find(s)?;
    let verb_len = s[found.start()..].find(' ').unwrap_or(0);
    Some(sentence.start + found.start()..sentence.start + found.start() + verb_len)
}

/// The part of a sentence before the verb at `verb` that may hold its subject: from the start of
/// the verb's clause (after an opening phrase and its comma, or a ", and" or ";"), without the
/// helpers right before the verb ("also", "further"), and before a participation verb ("X met Y
/// and reaffirmed": X).
pub(super) fn subject_zone(text: &str, sentence_start: usize, verb: usize) -> Range<usize> {
    let before = &text[sentence_start..verb];
    // A list set off by dashes right before the verb is its subject: "the Quad Leaders – A, B and
    // C – convened".
    for dash in [" – ", " — "] {
        let trimmed = before.trim_end();
        if let Some(inner) = trimmed.strip_suffix(dash.trim_end())
            && let Some(open) = inner.rfind(dash)
        {
            let (from, to) = (open + dash.len(), inner.trim_end().len());
            if from < to {
                return sentence_start + from..sentence_start + to;
            }
        }
    }
    let mut start = clause_start(before);
    // An opening phrase ("During the call,", "Today,") ends at its comma.
    let opener = first_word(&before[start..]).to_lowercase();
    if OPENERS.contains(opener.as_str())
        && let Some(comma) = before[start..].find(", ")
    {
        start += comma + 2;
    }
    let mut zone = &before[start..];
    // An aside after the subject: "Matthew Miller, the spokesperson, said".
    if zone.trim_end().ends_with(',')
        && let Some(comma) = zone.find(',')
    {
        zone = &zone[..comma];
    }
    // "X met Y and reaffirmed": the subject is before the first verb of taking part.
    let mut end = zone.len();
    let mut at = 0;
    for word in zone.split(' ') {
        if PARTICIPATION.contains(word) && word.chars().all(|c| c.is_ascii_lowercase()) && at > 0 {
            end = at;
            break;
        }
        at += word.len() + 1;
    }
    let zone = zone[..end.min(zone.len())].trim_end();
    // The helpers before the verb are no part of the subject.
    let mut zone = zone;
    while let Some(last) = zone.rsplit(' ').next()
        && !last.is_empty()
        && (HELPERS.contains(&last) || matches!(last, "and" | "had" | "has" | "have"))
        && zone.len() > last.len()
    {
        zone = zone[..zone.len() - last.len()].trim_end();
    }
    let zone_start = sentence_start + start + (before[start..].len() - before[start..].trim_start().len());
    zone_start..(sentence_start + start + zone.len()).max(zone_start)
}

/// What ends the clause before a verb's own: "…, and the Secretary said".
const CLAUSE_BREAKS: [&str; 6] = [", and ", "; ", ", but ", ", while ", " — ", " – "];

/// Where the last clause of `before` starts: right after the last of [`CLAUSE_BREAKS`] in it, or 0.
/// The largest `rfind(break) + break.len()` in one backward pass that tries only spaces (each
/// break ends with one): six `rfind`s, each making its own searcher, were 2.2% of indexing 1,000
/// synthetic readouts (callgrind, 60 M instructions of 2.71 G). Tested against that plain version.
fn clause_start(before: &str) -> usize {
    let bytes = before.as_bytes();
    (1..=bytes.len())
        .rev()
        .find(|&end| bytes[end - 1] == b' ' && CLAUSE_BREAKS.iter().any(|b| bytes[..end].ends_with(b.as_bytes())))
        .unwrap_or(0)
}

/// What a subject is asked for, which decides what may stand for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Subject {
    /// A reporting sentence: names, titles, pronouns and groups.
    OfReport,
    /// A reporting sentence in a transcript's answers: names only ("he", "they" and "the
    /// President" are too often someone else there).
    InTranscript,
    /// A quote's attribution: as a report, and "As Secretary Blinken said, “…”" is his.
    OfQuote,
}

/// The people a subject names: its mentions, else (see [`Subject`]) a pronoun, a title or a group
/// the readout ties to people. Empty when it is no simple subject ("The United States", "the agreement that …").
pub(super) fn subjects(doc: &Doc<'_, '_>, sentence: usize, zone: Range<usize>, role: Subject) -> Vec<String> {
    let people = subjects_of(doc, sentence, zone.clone(), role);
    // "Underscoring the importance of …, the Secretary reaffirmed": the subject after the phrase.
    match doc.text[zone.clone()].rfind(", ") {
        Some(comma) if people.is_empty() => subjects_of(doc, sentence, zone.start + comma + 2..zone.end, role),
        _ => people,
    }
}

fn subjects_of(doc: &Doc<'_, '_>, sentence: usize, zone: Range<usize>, role: Subject) -> Vec<String> {
    let text = &doc.text[zone.clone()];
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 {
        return Vec::new();
    }
    if words.iter().any(|w| NOT_IN_SUBJECT.contains(&w.trim_matches(|c: char| !c.is_alphabetic()))) {
        return Vec::new();
    }
    let first = doc.mentions.partition_point(|m| m.start < zone.start);
    let mentions: Vec<usize> = (first..doc.mentions.len())
        .take_while(|&m| doc.mentions[m].start < zone.end)
        .filter(|&m| doc.mentions[m].end <= zone.end)
        .collect();
    if !mentions.is_empty() {
        // The subject starts the zone: nothing before its first mention but "the", "and", an
        // opening word ("Yesterday President Biden said") or a title joined to the name ("The
        // President and King Abdullah II").
        let lead = &doc.text[zone.start..doc.mentions[mentions[0]].start];
        let lead = lead.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        // A word that opens a subordinate clause makes the name its subject, not the sentence's
        // ("When United Hatzalah asked …", "As President Biden has said, …"), but for a quote
        // that follows ("As Secretary Blinken said, “…”" is his).
        let subordinate = |w: &str| {
            let w = w.to_lowercase();
            matches!(
                w.as_str(),
                "when"
                    | "while"
                    | "if"
                    | "after"
                    | "before"
                    | "as"
                    | "since"
                    | "because"
                    | "although"
                    | "once"
                    | "until"
                    | "unless"
                    | "where"
                    | "whether"
            ) && !(w == "as" && role == Subject::OfQuote)
        };
        let fits = |w: &str| {
            !subordinate(w)
                && (matches!(w, "" | "the" | "The" | "and" | "Both" | "both")
                    || is_title(w)
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || OPENERS.contains(w.to_lowercase().as_str()))
        };
        // Nor anything after the last one: "In Glasgow the United States announced".
        let last_end = mentions.iter().map(|&m| doc.mentions[m].end).max().unwrap_or(zone.end);
        if !lead.clone().all(fits) || !doc.text[last_end.min(zone.end)..zone.end].trim().is_empty() {
            return Vec::new();
        }
        let mut people = Vec::new();
        for m in &mentions {
            let after = &doc.text[doc.mentions[*m].end..];
            // "Blinken’s spokesperson said": not Blinken.
            if after.starts_with("’s") || after.starts_with("'s") || after.starts_with('’') {
                return Vec::new();
            }
        }
        // Each part of the subject ("X and Y", "X, Y, and Z", "the President and King Abdullah"):
        // its named people, else the person its title stands for.
        let mut at = zone.start;
        for part in text.split(" and ").flat_map(|p| p.split(", ")) {
            let start = at + doc.text[at..zone.end].find(part).unwrap_or(0);
            let end = start + part.len();
            at = end;
            let named: Vec<usize> = mentions
                .iter()
                .copied()
                .filter(|&m| doc.mentions[m].start >= start && doc.mentions[m].end <= end)
                .collect();
            if named.is_empty() {
                people.extend(titled(doc, part.trim()));
            } else {
                people.extend(named.into_iter().filter_map(|m| doc.person(m)));
            }
        }
        let mut seen = Vec::new();
        people.retain(|p| {
            let new = !seen.contains(p);
            seen.push(p.clone());
            new
        });
        return people;
    }
    if role == Subject::InTranscript {
        return Vec::new();
    }
    // No name: pronouns, titles and groups, joined by "and" ("The Secretary and Foreign Ministers").
    let mut people: Vec<String> = Vec::new();
    for part in text.split(" and ").flat_map(|p| p.split(", ")).map(str::trim).filter(|p| !p.is_empty()) {
        let lower = part.to_lowercase();
        let found = if matches!(lower.as_str(), "he" | "she") {
            doc.last_subject(sentence).into_iter().collect()
        } else if GROUP.is_match(&lower) && qualified_by_titles(part) {
            doc.group_holding(sentence, part)
        } else {
            titled(doc, part).into_iter().collect::<Vec<_>>()
        };
        if found.is_empty() {
            return Vec::new();
        }
        for p in found {
            if !people.contains(&p) {
                people.push(p);
            }
        }
    }
    people
}

/// True when the words before a group's noun are offices or numbers ("the Quad Leaders", "the two
/// leaders"), not a description of other people ("the civil rights leaders").
fn qualified_by_titles(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    words.split_last().is_some_and(|(_, qualifiers)| {
        qualifiers.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "the" | "both" | "all" | "two" | "three" | "four" | "five" | "several")
        })
    })
}

/// The person a title alone stands for ("the Secretary", "Foreign Minister").
fn titled(doc: &Doc<'_, '_>, part: &str) -> Option<String> {
    let words: Vec<&str> = part.split_whitespace().filter(|w| !matches!(*w, "the" | "The")).collect();
    if words.is_empty() || !words.iter().all(|w| is_title(w) || matches!(*w, "of" | "for")) {
        return None;
    }
    doc.person_titled(&words)
}

impl Doc<'_, '_> {
    /// The person "he" or "she" stands for in sentence `k`: the subject of the nearest sentence
    /// before that opens with a named person.
    pub(super) fn last_subject(&self, k: usize) -> Option<String> {
        for j in (k.saturating_sub(4)..k).rev() {
            let sentence = &self.sentences[j];
            if let Some(m) = self.in_sentence[j].clone().next() {
                let lead = &self.text[sentence.start..self.mentions[m].start];
                if lead.split_whitespace().count() <= 3
                    && let Some(p) = self.person(m)
                {
                    return Some(p);
                }
            }
        }
        None
    }

    /// The members of the group a plural subject stands for: those whose title holds its office
    /// ("the Foreign Ministers": the ones titled Foreign Minister) when some do, else all.
    fn group_holding(&self, k: usize, subject: &str) -> Vec<String> {
        let members = self.group(k);
        let office: Vec<&str> = subject
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !matches!(*w, "The" | "Both" | "All"))
            .collect();
        let Some((last, head)) = office.split_last() else { return members };
        let office = format!("{} {}", head.join(" "), last.trim_end_matches('s')).trim().to_lowercase();
        let titled: Vec<String> = members
            .iter()
            .filter(|m| {
                self.speakers
                    .iter()
                    .chain(self.titled())
                    .any(|r| &r.name == *m && r.title.as_deref().is_some_and(|t| t.to_lowercase().contains(&office)))
            })
            .cloned()
            .collect();
        if titled.is_empty() { members } else { titled }
    }

    /// The people "the leaders" or "they" stand for in sentence `k`: those named in the nearest
    /// sentence before that names two or more people; else all the readout's speakers but a
    /// spokesperson it is attributed to.
    pub(super) fn group(&self, k: usize) -> Vec<String> {
        for j in (0..k).rev() {
            let named: Vec<String> = self.in_sentence[j]
                .clone()
                .filter(|&m| self.mentions[m].titled || self.mentions[m].name.len() >= 2)
                .filter_map(|m| self.person(m))
                .fold(Vec::new(), |mut all, p| {
                    if !all.contains(&p) {
                        all.push(p);
                    }
                    all
                });
            if named.len() >= 2 {
                return named;
            }
        }
        let spokesperson = |r: &crate::readout::SpeakerRole| {
            r.title.as_deref().is_some_and(|t| t.contains("Spokesperson") || t.contains("Press Secretary"))
        };
        let others: Vec<String> = self.speakers.iter().filter(|r| !spokesperson(r)).map(|r| r.name.clone()).collect();
        if others.len() >= 2 { others } else { Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::{CLAUSE_BREAKS, clause_start};

    /// The plain version [`clause_start`] stands for.
    fn clause_start_plain(before: &str) -> usize {
        CLAUSE_BREAKS.iter().filter_map(|b| before.rfind(b).map(|i| i + b.len())).max().unwrap_or(0)
    }

    #[test]
    fn clause_start_finds_what_the_rfinds_find() {
        assert!(CLAUSE_BREAKS.iter().all(|b| b.ends_with(' ')), "the backward pass tries spaces only");
        for before in [
            "",
            " ",
            "The Secretary ",
            "During the call, and then; the Secretary ",
            "They met, and the President ",
            "A – B – and C, while the Prime Minister ",
            "Lavrov said; Blinken — in Geneva — ",
            ", and ",
            "x; , and y, but z",
            "Премьер-министр, and Президент ",
            "end with, and",
        ] {
            assert_eq!(clause_start(before), clause_start_plain(before), "{before:?}");
        }
    }
}
