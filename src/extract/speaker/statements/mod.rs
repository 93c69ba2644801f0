//! Statements, who said what (QUOTES.md): the words or positions a readout gives as a named
//! person's, each with its speaker, kind and text.
//!
//! Four readings of a readout, in this order:
//! - a readout that is as a whole one person's words ("Statement from President Joe Biden on …",
//!   "The following is attributable to Spokesperson Ned Price:" before first-person text, a
//!   signature line) gives each paragraph as a direct statement of that person;
//! - a transcript gives each paragraph of a named speaker's turn as a reported statement of theirs;
//! - quoted words with their attribution in the same or the next sentence are direct statements
//!   (`direct`);
//! - a sentence whose subject is a named person, a title or pronoun tied to one, or a group of the
//!   readout's participants, and whose verb reports speech, is a reported statement of each
//!   (`reported`).
//!
//! A statement whose speaker cannot be told is left out, never guessed. Speakers are the fullest
//! name the readout gives, as the speaker facet's; the people registry makes them canonical.

mod direct;
mod reported;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::mentions::*;
use super::resolve::{Resolver, resolve, written_name};
use super::roles::EVENT_HEADLINE;
use super::roles::Reading;
use super::words::*;
use crate::readout::{Statement, StatementKind};

/// The statements of a readout, given its title and body, in the order of the body.
pub fn find(title: &str, body: &str) -> Vec<Statement> {
    super::roles_and_statements(title, body).1
}

/// [`find`] for a readout whose speakers were found already (by [`super::find_roles`]).
pub fn find_with(title: &str, body: &str, speakers: Vec<crate::readout::SpeakerRole>) -> Vec<Statement> {
    let text = super::roles::joined(title, body);
    find_in(&super::roles::Reading::of(&text), title.len() + 1, speakers)
}

/// [`find_with`] of a readout already read, whose body starts at `body_start`.
pub(in crate::extract::speaker) fn find_in(
    reading: &Reading<'_>,
    body_start: usize,
    speakers: Vec<crate::readout::SpeakerRole>,
) -> Vec<Statement> {
    let doc = Doc::read(reading, body_start, speakers);
    let mut found: Vec<Found> = Vec::new();
    // Remarks with one speaker tag ("SECRETARY BLINKEN:") read as a transcript too.
    let turns = &reading.turns;
    // A transcript is its speakers' turns, whoever signs its page.
    let whole = if turns.is_empty() { whole_author(&doc) } else { None };
    if let Some(author) = &whole {
        for paragraph in doc.paragraphs() {
            if !is_furniture(&doc.text[paragraph.clone()]) {
                found.push(Found::new(author, StatementKind::Direct, paragraph.clone(), vec![paragraph]));
            }
        }
    }
    // Each turn's speaker, once: tags are many in a long briefing and few people.
    let mut tag_names: Vec<(String, Option<String>)> = Vec::new();
    let turn_speakers: Vec<Option<String>> = turns
        .iter()
        .map(|t| {
            let tag = t.speaker.as_ref()?;
            let key = tag.name.join(" ");
            if let Some((_, known)) = tag_names.iter().find(|(k, _)| *k == key) {
                return known.clone();
            }
            let person = doc.person_of(tag);
            tag_names.push((key, person.clone()));
            person
        })
        .collect();
    {
        for (turn, speaker) in turns.iter().zip(&turn_speakers) {
            let Some(speaker) = speaker else { continue };
            for paragraph in doc.paragraphs_in(turn.text.clone()) {
                // "(The briefing was concluded at 2:42 p.m.)": a note, no one's words.
                if doc.text[paragraph.clone()].starts_with('(') {
                    continue;
                }
                found.push(Found::new(speaker, StatementKind::Reported, paragraph.clone(), vec![paragraph]));
            }
        }
    }
    // In a transcript, what is said inside a reporter's question is no statement.
    let questions: Vec<Range<usize>> = turns.iter().filter(|t| t.question).map(|t| t.text.clone()).collect();
    let in_question = |at: usize| questions.iter().any(|q| q.contains(&at));
    let quotes = direct::find(&doc);
    let attributions: Vec<Range<usize>> = quotes.iter().map(|q| q.sentence.clone()).collect();
    for quote in quotes {
        if whole.as_deref() == Some(quote.speaker.as_str()) || in_question(quote.range.start) {
            continue;
        }
        found.push(Found::new(&quote.speaker, StatementKind::Direct, quote.range, quote.parts));
    }
    {
        for (speaker, sentence) in reported::find(&doc) {
            let attributes_a_quote = attributions.iter().any(|a| a.start < sentence.end && sentence.start < a.end);
            if attributes_a_quote || whole.as_deref() == Some(speaker.as_str()) || in_question(sentence.end - 1) {
                continue;
            }
            // A turn's own speaker has the whole paragraph already.
            if turns
                .iter()
                .zip(&turn_speakers)
                .any(|(t, s)| t.text.contains(&sentence.start) && s.as_deref() == Some(speaker.as_str()))
            {
                continue;
            }
            found.push(Found::new(&speaker, StatementKind::Reported, sentence.clone(), vec![sentence]));
        }
    }
    found.sort_by_key(|f| (f.range.start, f.kind));
    found.dedup_by(|a, b| a.range == b.range && a.kind == b.kind && a.speaker == b.speaker);
    doc.into_statements(found)
}

/// A statement found, in byte offsets of the title-and-body text.
struct Found {
    speaker: String,
    kind: StatementKind,
    range: Range<usize>,
    /// The passages whose words are the text (a quote split by its attribution has two).
    parts: Vec<Range<usize>>,
}

impl Found {
    fn new(speaker: &str, kind: StatementKind, range: Range<usize>, parts: Vec<Range<usize>>) -> Self {
        Found { speaker: speaker.to_string(), kind, range, parts }
    }
}

/// A readout read once for its statements: the title and body as one text (as the speaker stages
/// read it), its sentences and the mentions of names in each.
pub(super) struct Doc<'r, 'a> {
    /// Title, a line break, body.
    pub(super) text: &'a str,
    /// Where the body starts in `text`.
    pub(super) body_start: usize,
    /// Sentence ranges of `text`.
    pub(super) sentences: Vec<Range<usize>>,
    /// Every mention, in order.
    pub(super) mentions: &'r [Mention<'a>],
    /// The mentions of each sentence, as a range of `mentions`.
    pub(super) in_sentence: Vec<Range<usize>>,
    /// The readout's speakers with their titles, as the speaker facet finds them.
    pub(super) speakers: Vec<crate::readout::SpeakerRole>,
    /// Every person the readout names with a title, with the title, in order.
    /// Resolved only when a subject is a title alone ("the Secretary"): resolving every titled
    /// mention of a readout up front was a fifth of finding its statements.
    titled: std::cell::OnceCell<Vec<crate::readout::SpeakerRole>>,
    /// Whether the readout is a transcript (speaker tags give the turns).
    pub(super) in_transcript: bool,
    /// [`Doc::person`] of each mention, once asked: resolving compares a mention with all the
    /// others, and subjects, groups and pronouns ask for the same mentions again and again.
    persons: std::cell::RefCell<Vec<Option<Option<String>>>>,
    /// What [`Doc::person`] resolves by, made on its first call.
    resolver: std::cell::RefCell<Option<Resolver<'r, 'a>>>,
}

impl<'r, 'a> Doc<'r, 'a> {
    /// The statements' view of a readout already read, whose body starts at `body_start`.
    fn read(reading: &'r Reading<'a>, body_start: usize, speakers: Vec<crate::readout::SpeakerRole>) -> Doc<'r, 'a> {
        let text = reading.text;
        // Sentences, also cut after an abbreviation that two spaces and a capital follow
        // ("… in Washington, D.C.  Secretary Blinken and …").
        let sentences: Vec<Range<usize>> = reading
            .sentences
            .iter()
            .flat_map(|r| {
                let mut cuts = vec![r.start];
                cuts.extend(
                    text[r.clone()]
                        .match_indices(".  ")
                        .map(|(i, _)| r.start + i + 3)
                        .filter(|&at| text[at..].chars().next().is_some_and(char::is_uppercase)),
                );
                let ends: Vec<usize> = cuts.iter().skip(1).map(|&c| c - 2).chain([r.end]).collect();
                cuts.into_iter().zip(ends).map(|(a, b)| a..b).collect::<Vec<_>>()
            })
            .collect();
        let mentions = &reading.mentions[..];
        let in_sentence = sentences
            .iter()
            .map(|r| mentions.partition_point(|m| m.start < r.start)..mentions.partition_point(|m| m.start < r.end))
            .collect();
        let titled = std::cell::OnceCell::new();
        let persons = std::cell::RefCell::new(vec![None; mentions.len()]);
        Doc {
            text,
            body_start,
            sentences,
            mentions,
            in_sentence,
            speakers,
            titled,
            in_transcript: !reading.turns.is_empty(),
            persons,
            resolver: std::cell::RefCell::new(None),
        }
    }

    /// The fullest name the readout gives the person of mention `m`, when it is a name.
    pub(super) fn person(&self, m: usize) -> Option<String> {
        if let Some(known) = self.persons.borrow().get(m).cloned().flatten() {
            return known;
        }
        // As `resolve` names a speaker alone, without folding every mention again for each.
        let mut resolver = self.resolver.borrow_mut();
        let resolver = resolver.get_or_insert_with(|| Resolver::new(self.mentions, self.text, self.mentions.len()));
        let person = resolver.fullest(m).map(|best| written_name(self.mentions, best, self.text));
        if let Some(slot) = self.persons.borrow_mut().get_mut(m) {
            *slot = Some(person.clone());
        }
        person
    }

    /// The fullest name of a mention from outside `mentions` (a transcript's tag).
    fn person_of(&self, tag: &Mention<'a>) -> Option<String> {
        let mut all: Vec<Mention<'a>> = self.mentions.to_vec();
        all.push(tag.clone());
        let tag_at = all.len() - 1;
        resolve(&all, vec![tag_at], self.text, tag_at).into_iter().next().map(|r| r.name)
    }

    /// Every person the readout names with a title, with the title, in order.
    pub(super) fn titled(&self) -> &[crate::readout::SpeakerRole] {
        self.titled.get_or_init(|| {
            let with_title: Vec<usize> = (0..self.mentions.len()).filter(|&m| self.mentions[m].titled).collect();
            resolve(self.mentions, with_title, self.text, self.mentions.len())
        })
    }

    /// The person a title stands for ("the Secretary", "the Foreign Minister"): the first speaker
    /// of the readout whose title holds those words, not as part of another office ("Deputy
    /// Secretary", "Secretary General").
    pub(super) fn person_titled(&self, role: &[&str]) -> Option<String> {
        let role: Vec<String> = role.iter().map(|w| w.to_lowercase()).collect();
        self.speakers.iter().chain(self.titled()).find_map(|speaker| {
            let title = speaker.title.as_deref()?;
            let words: Vec<String> = title.split_whitespace().map(|w| w.to_lowercase()).collect();
            let holds = (0..words.len()).any(|i| {
                words[i..].starts_with(&role)
                    && !i.checked_sub(1).is_some_and(|p| MODIFIERS.contains(&words[p].as_str()))
                    && words.get(i + role.len()).is_none_or(|next| next == "of" || next == "for" || next == "to")
            });
            holds.then(|| speaker.name.clone())
        })
    }

    /// The paragraphs of the body: its lines, without their surrounding blanks.
    fn paragraphs(&self) -> Vec<Range<usize>> {
        self.paragraphs_in(self.body_start..self.text.len())
    }

    /// The non-blank lines of a part of the text, trimmed, without list markers.
    fn paragraphs_in(&self, within: Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = within.start;
        for line in self.text[within.clone()].split('\n') {
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let start = at + lead;
                out.push(start..start + trimmed.len());
            }
            at += line.len() + 1;
        }
        out
    }

    /// The statements, their texts made and their ranges turned into characters of the body.
    fn into_statements(self, found: Vec<Found>) -> Vec<Statement> {
        let chars = CharOffsets::new(&self.text[self.body_start..]);
        found
            .into_iter()
            .filter(|f| f.range.start >= self.body_start)
            .filter_map(|f| {
                let text = f
                    .parts
                    .iter()
                    .map(|p| clean(&self.text[p.clone()]))
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                let range = [chars.at(f.range.start - self.body_start), chars.at(f.range.end - self.body_start)];
                (!text.is_empty()).then_some(Statement { speaker: f.speaker, kind: f.kind, text, range })
            })
            .collect()
    }
}

/// The verbs that tell a meeting or a call took place (past tense): a readout that opens with one
/// is told in the third person, and "X met Y to discuss Z" is a statement of X.
pub(super) const MEETING_VERBS: &[&str] = &["met", "spoke", "convened", "talked", "hosted", "held"];

/// Words that make a title another office: "Deputy Secretary" is not "the Secretary".
const MODIFIERS: &[&str] = &[
    "deputy",
    "vice",
    "under",
    "assistant",
    "acting",
    "principal",
    "executive",
    "special",
    "senior",
    "chief",
    "co",
    "former",
    "permanent",
    "associate",
];

/// Byte offsets of a text turned into character offsets, for offsets asked in any order.
struct CharOffsets<'t> {
    /// The byte offset of every 64th character.
    marks: Vec<usize>,
    text: &'t str,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> Self {
        let marks =
            if text.is_ascii() { Vec::new() } else { text.char_indices().step_by(64).map(|(i, _)| i).collect() };
        CharOffsets { marks, text }
    }

    fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.marks.is_empty() {
            // ASCII: a byte is a character.
            return byte;
        }
        let block = self.marks.partition_point(|&m| m <= byte).saturating_sub(1);
        let from = self.marks.get(block).copied().unwrap_or(0);
        block * 64 + self.text[from..byte].chars().count()
    }
}

/// A passage as a statement's text: markdown emphasis and list markers gone, spaces single, a
/// quotation's trailing comma dropped.
fn clean(passage: &str) -> String {
    let passage = super::lists::strip_bullet(passage.trim());
    let out = single_spaced(passage);
    let out = if out.contains("**") { out.replace("**", "") } else { out };
    let kept = out.trim_end_matches([',', ';', ' ']).trim();
    if kept.len() == out.len() { out } else { kept.to_string() }
}

/// `text`'s words joined by single spaces. ASCII text is cut at its white space byte by byte, which
/// `split_whitespace` decodes character by character: statements' texts took 95 -> 70 M
/// instructions indexing 1,000 synthetic readouts on one thread (callgrind). Tested equal to the
/// plain version.
fn single_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if !text.is_ascii() {
        for word in text.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return out;
    }
    // ASCII's white space as `char::is_whitespace` has it: tab to carriage return, and space.
    let is_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if is_space(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && !is_space(bytes[at]) {
            at += 1;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text[start..at]);
    }
    out
}

/// Lines of a readout that are no one's words: the attribution, a signature, the office's name, a
/// dateline, a divider.
fn is_furniture(paragraph: &str) -> bool {
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:the )?(?:following|below) (?:statement )?is attributable to|office of the|media note|press statement|for immediate release|###|\*\*\*|—+$|-+$|(?-i:[A-Z][A-Z ,.]+)$)|attributable to [^:]*:$")
            .expect("static regex")
    });
    let words = paragraph.split_whitespace().count();
    words < 3 || FURNITURE.is_match(paragraph.trim()) || is_signature_line(paragraph)
}

/// "Antony J. Blinken, Secretary of State": a name, a comma and a title, alone on its line.
fn is_signature_line(paragraph: &str) -> bool {
    let paragraph = paragraph.trim();
    let Some((name, title)) = paragraph.split_once(',') else { return false };
    paragraph.len() < 90
        && !paragraph.ends_with('.')
        && name.split_whitespace().count() <= 5
        && name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && title.split_whitespace().take(4).any(is_title)
}

/// The person a readout is as a whole attributed to, when its body is their words: a statement's
/// headline naming them, an attribution line, or a signature; not a readout of a call or meeting
/// told in the third person, whoever it is attributed to.
fn whole_author(doc: &Doc<'_, '_>) -> Option<String> {
    static STATEMENT_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:Press )?(?:Statement|Statements|Message|Letter|Op-Ed|Remarks|Video Remarks)(?: of| from| by)\b",
        )
        .expect("static regex")
    });
    static ATTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:attributable to|attributed to)\s*(.{3,120}?):?\s*$").expect("static regex")
    });
    let title_end = doc.body_start - 1;
    let title = &doc.text[..title_end];
    let statement_by = STATEMENT_BY.is_match(title);
    // A joint statement is several people's, a readout its participants'.
    if (!statement_by && EVENT_HEADLINE.is_match(title)) || title.starts_with("Readout") || title.starts_with("Joint") {
        return None;
    }
    let paragraphs = doc.paragraphs();
    // The first paragraph with content: a readout told in the third person opens with who met whom.
    let first_content = paragraphs.iter().find(|p| !is_furniture(&doc.text[(*p).clone()]))?;
    // Its first sentence.
    let opening = &doc.text[first_content.clone()];
    let opening = crate::text::sentences(opening).first().map_or(opening, |r| &opening[r.clone()]);
    if super::exchange::participation_word(opening).is_some_and(|(_, w)| MEETING_VERBS.contains(&w))
        && !first_person(opening)
    {
        return None;
    }
    // The first mention there that is a person's name.
    let author_in = |range: Range<usize>| -> Option<String> {
        (0..doc.mentions.len())
            .filter(|&m| doc.mentions[m].start >= range.start && doc.mentions[m].end <= range.end)
            .find_map(|m| doc.person(m))
    };
    if statement_by {
        let start = ["from ", "by ", "of "].iter().filter_map(|w| title.find(w).map(|i| i + w.len())).min()?;
        let named = author_in(start..title_end);
        // "Statement by the Press Secretary": the attribution in the body names them.
        if named.is_some() {
            return named;
        }
    }
    for p in paragraphs.iter().take(4) {
        let line = &doc.text[p.clone()];
        if let Some(c) = ATTRIBUTED.captures(line) {
            let who = c.get(1).expect("group 1");
            // Only a first-person text is the spokesperson's own words.
            let rest = &doc.text[p.end..];
            if first_person(crate::text::head(rest, 2000)) {
                return author_in(p.start + who.start()..p.start + who.end());
            }
            return None;
        }
        if is_signature_line(line) {
            return author_in(p.clone());
        }
    }
    if let Some(last) = paragraphs.last()
        && is_signature_line(&doc.text[last.clone()])
    {
        return author_in(last.clone());
    }
    None
}

/// True when a passage speaks in the first person outside quotation marks.
fn first_person(passage: &str) -> bool {
    static FIRST: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?:I|I’m|I'm|I’ve|We|we|our|Our|my|My|us)\b").expect("static regex"));
    let mut quoted = false;
    let mut outside = String::with_capacity(passage.len());
    for c in passage.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            _ if !quoted => outside.push(c),
            _ => {}
        }
    }
    FIRST.is_match(&outside)
}

#[cfg(test)]
mod tests;
