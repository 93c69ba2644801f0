//! A transcript's speaker tags ("MR PRICE:", "SECRETARY BLINKEN:"): the people given the floor.

use smallvec::smallvec;
use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::mentions::*;
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
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or(String::new(), |f| f.to_string() + &chars.as_str().to_lowercase())
    };
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
        turns.push(Turn { speaker: None, text: words_from..text.len(), question });
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
        let surname = title_case(last);
        if is_title(&surname) || is_breaker(&surname) || words.len() > 5 {
            continue;
        }
        let name = smallvec![Cow::Owned(surname)];
        if let Some(turn) = turns.last_mut() {
            turn.speaker = Some(Mention { name, start: m.start(), end: m.end(), titled: true });
        }
    }
    if tagged < min_tags || !dialogue { Vec::new() } else { turns }
}
