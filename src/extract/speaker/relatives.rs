//! Signs that a lone surname after an office names someone else than a fuller name with that
//! surname in the readout: a relative ("President Biden" beside "First Lady Jill Biden", "Speaker
//! Pelosi" beside "Paul Pelosi"). [`super::resolve::Resolver::kept_apart`] weighs them.

use super::mentions::Mention;
use super::shape::*;
use super::words::KIN_OF_ONE;

/// Whether a relative's word stands right before mention `p`, after a possessive: "the
/// President’s son, Hunter Biden", "his wife Yuko Kishida".
pub(super) fn kin_before(text: &str, p: &Mention<'_>) -> bool {
    let before = crate::text::tail(&text[..p.start], 60).trim_end().trim_end_matches(',');
    let kin = last_word(before);
    let owner = before_last_word(before);
    KIN_OF_ONE.contains(&kin)
        && (owner.ends_with("’s")
            || owner.ends_with("'s")
            || matches!(last_word(owner), "his" | "her" | "their" | "whose" | "my" | "our" | "your"))
}

/// Whether mention `p` is written with a spouse's office, in it or right before it: "First Lady
/// Jill Biden", "the First Lady of the United States Dr. Jill Biden", "Second Gentleman Douglas
/// Emhoff" (an office the mention holds may have been cut at "of"). Only capitalised words,
/// "of" and "the" may stand between the office and the name: not "First Lady Jill Biden met
/// with General Mark Milley", nor a peer's "Lady Catherine Ashton".
pub(super) fn spouse_office(text: &str, p: &Mention<'_>) -> bool {
    let len = p.end - p.start;
    let written = crate::text::tail(&text[..p.end], 80 + len);
    let last_office = ["First Lady ", "Second Lady ", "First Gentleman ", "Second Gentleman "]
        .iter()
        .filter_map(|office| written.rfind(office).map(|at| at + office.len()))
        .max();
    let Some(after_office) = last_office else { return false };
    let name_at = written.len() - len;
    if after_office >= name_at {
        return true;
    }
    written[after_office..name_at]
        .split_whitespace()
        .all(|w| matches!(w, "of" | "the") || w.starts_with(char::is_uppercase) && !w.ends_with([',', ';']))
}

/// Whether mentions `p` and `q` of `text` stand in one sentence.
pub(super) fn one_sentence<'a>(text: &str, p: &Mention<'a>, q: &Mention<'a>) -> bool {
    let (first, second) = if p.start < q.start { (p, q) } else { (q, p) };
    // A mention may take the full stop that ends its sentence ("… Tor Wennesland.").
    let span = &text[first.start..first.end];
    let ends_sentence = span.ends_with('.') && !span.ends_with("Jr.");
    !ends_sentence
        && text.get(first.end..second.start).is_some_and(|between| !between.contains(['.', '\n', '?', '!', ';']))
}

/// Honorifics and forms of address: no office, they tell no one apart ("Dr. Biden").
const HONORIFICS: [&str; 14] =
    ["mr", "mrs", "ms", "dr", "miss", "madam", "madame", "sir", "his", "her", "excellency", "hon", "honorable", "the"];

/// The words written before mention `m`'s name within it, in lower case, honorifics left out:
/// "First Lady Jill Biden" gives "first" and "lady", "Dr. Jill Biden" nothing. Part of an office
/// cut at "of" ("State" of "Secretary of State Antony Blinken") is all [`office_words`] would
/// give more.
pub(super) fn written_office_words(m: &Mention<'_>, text: &str) -> Vec<String> {
    let span = &text[m.start..m.end];
    // A transcript's tag writes the name in capitals ("PRESIDENT BIDEN" for "Biden"); ASCII case
    // keeps the byte offsets.
    let lower = span.to_ascii_lowercase();
    let name_at = m.name.first().and_then(|first| lower.find(&first.to_ascii_lowercase())).unwrap_or(0);
    lower_office_words(&span[..name_at])
}

/// The words of `office` in lower case, honorifics and joining words left out.
fn lower_office_words(office: &str) -> Vec<String> {
    office
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty() && !HONORIFICS.contains(&w.as_str()) && !matches!(w.as_str(), "of" | "for" | "to"))
        .collect()
}

/// The words of the office written before mention `m`'s name ([`super::office::role_of`]), in
/// lower case, honorifics and joining words left out: "First Lady Jill Biden" gives "first" and
/// "lady", "Secretary of State Antony Blinken" "secretary" and "state", "Dr. Jill Biden" nothing.
pub(super) fn office_words(m: &Mention<'_>, text: &str) -> Vec<String> {
    super::office::role_of(m, text).0.map_or_else(Vec::new, |title| lower_office_words(&title))
}
