//! The speaker facet: named people who speak in a readout (ANNOTATION.md): the official it is
//! attributed to, the named participants of the call or meeting on both sides, and everyone quoted or
//! reported as saying something.
//!
//! The text is cut into sentences; in each, runs of capitalised words are cut into mentions at words
//! that are no part of a name (`data/not_name_words.txt`, acronyms, country words), and titles in front
//! are peeled off (`data/titles.txt`): "White House Press Secretary Karine Jean-Pierre" is a titled
//! mention of "Karine Jean-Pierre". A mention speaks when its context says so: an attribution
//! ("attributable to"), a headline naming its subject or the parties of a call, a participation verb
//! ("spoke with", "met with", "hosted") on either side, a verb of speech ("said", "stressed") after a
//! list of subjects, a signature line, or a list of participants. Finally each speaker gets the
//! fullest name the readout gives ("Secretary Blinken" → "Antony Blinken"), once.
//!
//! Stages, a file each: `mentions` finds names with their titles; `roles` decides who speaks or
//! takes part, with `context` for what the words beside a mention say of it, `verbs` for verbs and
//! their subjects, `exchange` for the call or meeting a sentence reads out and its two sides,
//! `recalled` for the exchanges it recalls instead (after "following", dated by "ago"),
//! `transcript` for speaker tags and the floor, `lists` for participant lists under a heading,
//! `introduced` for the lists a sentence introduces ("was joined by", "The U.S. delegation, led by"),
//! and `signatures` for the names that sign a text;
//! `resolve` gives each person their fullest name in the readout, with the office and country
//! `office` reads before it; `words` holds the word lists
//! and `shape` the tests of a word's shape;
//! `tests` checks the stages together. Across readouts, the people registry ([`crate::people`])
//! gives each person one name.

mod context;
mod exchange;
mod introduced;
mod lists;
mod mentions;
mod office;
mod recalled;
mod relatives;
mod resolve;
mod roles;
mod shape;
mod signatures;
pub mod statements;
mod transcript;
mod verbs;
mod words;

pub use roles::{find, find_roles};

/// The speakers of a readout with their roles, and its statements: the text read once for both.
pub(super) fn roles_and_statements(
    title: &str,
    body: &str,
) -> (Vec<crate::readout::SpeakerRole>, Vec<crate::readout::Statement>) {
    let text = roles::joined(title, body);
    let reading = roles::Reading::of(&text);
    let roles = roles::roles_of(&reading, title.len());
    let statements = statements::find_in(&reading, title.len() + 1, roles.clone());
    (roles, statements)
}
pub(crate) use words::DATA_VERSION_INPUT;

/// Whether a word is a title, an office or an honorific that stands before a person's name
/// ("President", "Prime", "Minister", "Dr.", "His", "Majesty", "Japanese"), as the extractor peels
/// them off (`data/titles.txt`, demonyms).
pub(crate) fn is_title_word(word: &str) -> bool {
    words::is_title(word)
}

#[cfg(test)]
mod tests;
