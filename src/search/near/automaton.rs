//! A query word's automaton: the terms within its typo budget, or starting with it, with the
//! first-letter rule, and the word's own term left out.

use std::fmt;
use std::sync::{Arc, OnceLock};

use tantivy::Term;
use tantivy::query::{DfaWrapper, FuzzyTermQuery};
use tantivy::schema::Field;
use tantivy_fst::Automaton;

use super::bits::LevenshteinDfa;

/// A word's automaton, shared by the fields that analyse the word alike and built when a search
/// first needs it: a frequent word's typos are never looked for (see the module `near`), and
/// building the two-edit automaton of `agreement` that no field then streamed was 0.3 M of the
/// 7.7 M instructions of a `readouts search "peace agreement"` process (callgrind).
#[derive(Clone)]
pub(crate) struct SharedDfa(Arc<LazyDfa>);

struct LazyDfa {
    text: String,
    distance: u8,
    prefix: bool,
    built: OnceLock<Option<Dfa>>,
}

impl fmt::Debug for SharedDfa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SharedDfa({:?}, {}, {})", self.0.text, self.0.distance, self.0.prefix)
    }
}

/// The most edits an automaton allows: tantivy builds none beyond.
const MAX_DISTANCE: u8 = 2;

impl SharedDfa {
    /// The automaton of [`Dfa::new`], to be built on first use; an error beyond two edits.
    pub(crate) fn new(text: &str, distance: u8, prefix: bool) -> tantivy::Result<SharedDfa> {
        if distance > MAX_DISTANCE {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "a typo automaton of {distance} edits (at most {MAX_DISTANCE})"
            )));
        }
        let lazy = LazyDfa { text: text.to_string(), distance, prefix, built: OnceLock::new() };
        Ok(SharedDfa(Arc::new(lazy)))
    }

    /// Whether the automaton was built.
    #[cfg(test)]
    pub(crate) fn is_built(&self) -> bool {
        self.0.built.get().is_some()
    }

    /// The automaton, built the first time it is asked for; `None` if it cannot be built.
    pub(crate) fn built(&self) -> Option<&Dfa> {
        let lazy = &*self.0;
        lazy.built.get_or_init(|| Dfa::new(&lazy.text, lazy.distance, lazy.prefix).ok()).as_ref()
    }
}

/// A word's automaton, built: bit-parallel for ASCII words, else tantivy's.
#[derive(Clone)]
pub(crate) enum Dfa {
    /// The typos of an ASCII word: [`LevenshteinDfa`], built in a small part of what tantivy's
    /// first DFA of a process costs.
    Bits(Arc<LevenshteinDfa>),
    /// Other words, and prefixes: tantivy's DFAs.
    Tantivy {
        within: Arc<DfaWrapper>,
        /// For a word allowed two typos: its first byte, and the automaton of the terms within
        /// one edit, which the terms that do not start with that byte must meet.
        first_letter_typo: Option<(u8, Arc<DfaWrapper>)>,
    },
}

impl fmt::Debug for Dfa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Dfa::Bits(_) => "Dfa::Bits",
            Dfa::Tantivy { .. } => "Dfa::Tantivy",
        })
    }
}

impl Dfa {
    /// The automaton of the terms within `distance` edits of `text` (a transposition counts as
    /// one), or, for a prefix, of the terms starting with a string that close to `text`.
    ///
    /// A typo on the first letter takes the whole budget, as Meilisearch counts it (there, it
    /// counts as two): a word of nine letters or more matches `xgreement`, `greement` or
    /// `agremeent`, not `xgreemnt`. Writers get a word's first letter right far more often than
    /// the others, and the rule keeps a two-edit automaton cheap: without it, every first byte
    /// of the term dictionary leaves a branch one edit from the rest of the word to walk; with
    /// it, those branches are exact and die after a byte or two. Measured on one `readouts search
    /// "peace agreement"` process over corpus/ (callgrind): 36.0 M instructions before, 26.6 M
    /// after, 7.7 M of them in the term dictionary streams before and 2.8 M after; answers the
    /// same. Words whose first letter is not ASCII keep the plain automaton.
    pub(crate) fn new(text: &str, distance: u8, prefix: bool) -> tantivy::Result<Dfa> {
        if !prefix && let Some(bits) = LevenshteinDfa::new(text, distance) {
            return Ok(Dfa::Bits(Arc::new(bits)));
        }
        Dfa::tantivy(text, distance, prefix)
    }

    /// The automaton of [`Dfa::new`] from tantivy's DFAs, whatever the word.
    pub(crate) fn tantivy(text: &str, distance: u8, prefix: bool) -> tantivy::Result<Dfa> {
        let within = Arc::new(levenshtein(text, distance, prefix)?);
        let first_letter_typo = match text.as_bytes().first() {
            Some(&first) if distance >= 2 && first.is_ascii() => {
                Some((first, Arc::new(levenshtein(text, distance - 1, prefix)?)))
            }
            _ => None,
        };
        Ok(Dfa::Tantivy { within, first_letter_typo })
    }
}

/// tantivy's automaton of the terms within `distance` edits of `text` (or of their prefixes).
fn levenshtein(text: &str, distance: u8, prefix: bool) -> tantivy::Result<DfaWrapper> {
    // The field does not matter to the automaton; tantivy builds it from the term's text.
    let term = Term::from_field_text(Field::from_field_id(0), text);
    let query = if prefix {
        FuzzyTermQuery::new_prefix(term, distance, false)
    } else {
        FuzzyTermQuery::new(term, distance, true)
    };
    query.automaton()
}

/// A state of a [`Dfa`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DfaState {
    Bits(u32),
    Tantivy(Branch, u32),
}

/// Which of tantivy's automata a state is in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Branch {
    /// Nothing read yet: the word's own automaton.
    Start,
    /// The word's own: the first byte was the word's (or the word has no first-letter rule).
    Within,
    /// The first byte was not the word's: the one-edit automaton of its first-letter rule.
    FirstLetterTypo,
}

impl Dfa {
    fn branch<'a>(
        within: &'a DfaWrapper,
        first_letter_typo: &'a Option<(u8, Arc<DfaWrapper>)>,
        branch: Branch,
    ) -> &'a DfaWrapper {
        match (first_letter_typo, branch) {
            (Some((_, one_edit)), Branch::FirstLetterTypo) => one_edit,
            _ => within,
        }
    }
}

impl Automaton for Dfa {
    type State = DfaState;

    fn start(&self) -> DfaState {
        match self {
            Dfa::Bits(bits) => DfaState::Bits(bits.start()),
            Dfa::Tantivy { within, .. } => DfaState::Tantivy(Branch::Start, within.start()),
        }
    }

    fn is_match(&self, state: &DfaState) -> bool {
        match (self, state) {
            (Dfa::Bits(bits), DfaState::Bits(state)) => bits.is_match(state),
            (Dfa::Tantivy { within, first_letter_typo }, DfaState::Tantivy(branch, state)) => {
                Dfa::branch(within, first_letter_typo, *branch).is_match(state)
            }
            _ => false,
        }
    }

    fn can_match(&self, state: &DfaState) -> bool {
        match (self, state) {
            (Dfa::Bits(bits), DfaState::Bits(state)) => bits.can_match(state),
            (Dfa::Tantivy { within, first_letter_typo }, DfaState::Tantivy(branch, state)) => {
                Dfa::branch(within, first_letter_typo, *branch).can_match(state)
            }
            _ => false,
        }
    }

    fn accept(&self, state: &DfaState, byte: u8) -> DfaState {
        match (self, state) {
            (Dfa::Bits(bits), DfaState::Bits(state)) => DfaState::Bits(bits.accept(state, byte)),
            (Dfa::Tantivy { within, first_letter_typo }, &DfaState::Tantivy(branch, state)) => {
                match (first_letter_typo, branch) {
                    (Some((first, one_edit)), Branch::Start) if byte != *first => {
                        DfaState::Tantivy(Branch::FirstLetterTypo, one_edit.accept(&one_edit.start(), byte))
                    }
                    (_, Branch::Start) => DfaState::Tantivy(Branch::Within, within.accept(&state, byte)),
                    (_, branch) => {
                        DfaState::Tantivy(branch, Dfa::branch(within, first_letter_typo, branch).accept(&state, byte))
                    }
                }
            }
            _ => *state,
        }
    }
}

/// An automaton accepting what a [`Dfa`] accepts except the one string `exclude`.
#[derive(Clone)]
pub(super) struct Excluding {
    pub(super) dfa: Dfa,
    pub(super) exclude: Arc<[u8]>,
}

/// How much of the excluded string the input so far has followed: [`DIVERGED`] once it left it.
const DIVERGED: u32 = u32::MAX;

impl Automaton for Excluding {
    type State = (DfaState, u32);

    fn start(&self) -> Self::State {
        (self.dfa.start(), 0)
    }

    fn is_match(&self, state: &Self::State) -> bool {
        self.dfa.is_match(&state.0) && state.1 as usize != self.exclude.len()
    }

    fn can_match(&self, state: &Self::State) -> bool {
        self.dfa.can_match(&state.0)
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let followed = match self.exclude.get(state.1 as usize) {
            Some(&expected) if state.1 != DIVERGED && expected == byte => state.1 + 1,
            _ => DIVERGED,
        };
        (self.dfa.accept(&state.0, byte), followed)
    }
}

#[cfg(test)]
mod tests {
    use super::super::accepts;
    use super::*;

    /// The automaton of `text` (within `distance` edits, or its prefixes) without `text` itself,
    /// as [`Dfa::new`] builds it and from tantivy's DFAs.
    fn without_itself(text: &str, distance: u8, prefix: bool) -> [Excluding; 2] {
        [Dfa::new(text, distance, prefix).unwrap(), Dfa::tantivy(text, distance, prefix).unwrap()]
            .map(|dfa| Excluding { dfa, exclude: text.as_bytes().into() })
    }

    #[test]
    fn the_exact_term_is_left_out_and_its_neighbours_kept() {
        for automaton in without_itself("secur", 1, false) {
            assert!(!accepts(&automaton, "secur"));
            assert!(accepts(&automaton, "secure"));
            assert!(accepts(&automaton, "secu"));
            assert!(accepts(&automaton, "sceur"));
            assert!(!accepts(&automaton, "sector"));
        }
    }

    #[test]
    fn a_typo_on_the_first_letter_takes_the_whole_budget() {
        let [bits, tantivy] = without_itself("agreement", 2, false);
        assert!(matches!(bits.dfa, Dfa::Bits(_)));
        let Dfa::Tantivy { within, .. } = &tantivy.dfa else { panic!("tantivy's automaton") };
        let plain = Excluding {
            dfa: Dfa::Tantivy { within: Arc::clone(within), first_letter_typo: None },
            exclude: tantivy.exclude.clone(),
        };
        // (term, within two edits with the rule, within two edits without it)
        let cases = [
            ("agremeent", true, true),  // two edits after the first letter
            ("agreemnt", true, true),   // one edit after it
            ("xgreement", true, true),  // the first letter replaced, the rest exact
            ("greement", true, true),   // the first letter dropped
            ("gareement", true, true),  // the first two letters swapped
            ("xagreement", true, true), // a letter before the first
            ("xgreemnt", false, true),  // the first letter and one more
            ("greemen", false, true),   // the first letter dropped and one more
            ("disagreement", false, false),
        ];
        for (term, with_rule, without) in cases {
            assert_eq!(accepts(&bits, term), with_rule, "{term} with the rule");
            assert_eq!(accepts(&tantivy, term), with_rule, "{term} with the rule, tantivy's automata");
            assert_eq!(accepts(&plain, term), without, "{term} without it");
        }
        // One typo allowed: a first-letter typo is the one, as before.
        for one in without_itself("peace", 1, false) {
            assert!(accepts(&one, "xeace") && accepts(&one, "eace") && !accepts(&one, "xeacx"));
        }
        // Prefixes: the first letter's typo takes the budget of the prefix too.
        let [prefix, _] = without_itself("agreement", 2, true);
        assert!(accepts(&prefix, "xgreements") && accepts(&prefix, "agremeents") && !accepts(&prefix, "xgreemnts"));
    }

    #[test]
    fn prefixes_keep_longer_terms_only() {
        for automaton in without_itself("blinken", 0, true) {
            assert!(!accepts(&automaton, "blinken"));
            assert!(accepts(&automaton, "blinkens"));
            assert!(!accepts(&automaton, "blink"));
        }
    }
}
