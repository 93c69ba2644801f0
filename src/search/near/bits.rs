//! The terms within one or two edits of an ASCII word, as a bit-parallel automaton (the
//! Wu-Manber simulation of the Levenshtein NFA, with adjacent transpositions counting one edit)
//! with the first-letter rule of [`super::SharedDfa`], and the DFA of its reachable states.
//!
//! tantivy's Levenshtein DFAs are built from a parametric automaton per (distance, transposition)
//! pair, made once a process: the two-edit one took 3.0 M of the 21.9 M instructions of a
//! `readouts search "peace agreement"` process over corpus/ (callgrind), for one nine-letter
//! word. The DFA here is built from the word alone, by stepping the NFA from its start over each
//! class of byte ("agreement" within two: 116 states, 8 classes): 0.3 M instructions for the
//! query's three automata, and the whole process 21.9 -> 18.9 M with the same answers. Stepping
//! the NFA itself while streaming the term dictionaries (a 56-byte state, a few dozen
//! instructions a byte) had cost more than it saved (21.2 M). It answers what tantivy's DFAs
//! and the first-letter rule over them answer, character for character:
//! `bit_parallel_answers_as_tantivy_s_automata` holds the NFA and the DFA to them.
//!
//! A state keeps, for each number of edits `e` up to the budget, the set of word positions the
//! term read so far can stand at with `e` edits (bit `i`: the first `i` letters of the word
//! consumed), and the positions a transposition has begun at. Letters beyond ASCII are whole
//! characters that match no letter of the word (their bytes after the first are waited out).

use tantivy_fst::Automaton;

/// The longest word it takes (bit `len` must fit, with two to shift into).
pub(crate) const MAX_LEN: usize = 61;

/// The terms within `distance` edits (1 or 2) of an ASCII word, a term whose first letter is not
/// the word's within one.
#[derive(Debug, Clone)]
pub(crate) struct BitLevenshtein {
    /// For each ASCII byte, the word's positions holding it: bit `i + 1` for the word's byte `i`.
    masks: [u64; 128],
    /// Bits 0 to the word's length.
    all: u64,
    /// Bit `len`: the whole word consumed.
    end: u64,
    distance: u8,
    first: u8,
}

/// A state of [`BitLevenshtein`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct BitState {
    /// `at[e]`: the positions reachable with `e` edits.
    at: [u64; 3],
    /// `swapping[e]`: positions `i` from which a transposition of the word's letters `i` and
    /// `i + 1` into edit count `e` has read its first letter.
    swapping: [u64; 3],
    /// The most edits allowed: the distance, or one once the first letter differs.
    budget: u8,
    /// Whether a character has been read (the first-letter rule looks at the first one).
    started: bool,
    /// Bytes of a character beyond ASCII still to skip.
    pending: u8,
}

impl BitLevenshtein {
    /// The automaton of `word`, if it is ASCII, 1 to [`MAX_LEN`] bytes, and `distance` is 1 or 2.
    pub(crate) fn new(word: &str, distance: u8) -> Option<BitLevenshtein> {
        let bytes = word.as_bytes();
        if !word.is_ascii() || bytes.is_empty() || bytes.len() > MAX_LEN || !(1..=2).contains(&distance) {
            return None;
        }
        let mut masks = [0u64; 128];
        for (i, &b) in bytes.iter().enumerate() {
            masks[b as usize] |= 1 << (i + 1);
        }
        let len = bytes.len();
        Some(BitLevenshtein { masks, all: (1u64 << (len + 1)) - 1, end: 1 << len, distance, first: bytes[0] })
    }

    /// One character read: `mask` the word's positions holding it (0 for one beyond ASCII).
    fn step(&self, state: &BitState, mask: u64, differs_first: bool) -> BitState {
        let budget = if !state.started && differs_first { 1 } else { state.budget } as usize;
        let mut at = [0u64; 3];
        let mut swapping = [0u64; 3];
        at[0] = (state.at[0] << 1) & mask;
        for e in 1..=budget {
            let below = state.at[e - 1];
            at[e] = (((state.at[e] << 1) & mask)      // the letter matches
                | below                                // a letter inserted
                | (below << 1)                         // a letter replaced
                | (at[e - 1] << 1)                     // a letter of the word left out
                | ((state.swapping[e] & (mask >> 1)) << 2)) // two letters swapped
                & self.all;
            swapping[e] = below & (mask >> 2);
        }
        BitState { at, swapping, budget: budget as u8, started: true, pending: 0 }
    }
}

/// The NFA's steps, as the automaton's (its DFA, [`LevenshteinDfa`], is built from them).
impl Automaton for BitLevenshtein {
    type State = BitState;

    fn start(&self) -> BitState {
        let mut at = [0u64; 3];
        // Leaving out the word's first letters: `e` of them with `e` edits.
        for (e, positions) in at.iter_mut().enumerate().take(self.distance as usize + 1) {
            *positions = (1u64 << (e + 1)) - 1;
        }
        BitState { at, swapping: [0; 3], budget: self.distance, started: false, pending: 0 }
    }

    fn is_match(&self, state: &BitState) -> bool {
        state.pending == 0 && state.at.iter().any(|positions| positions & self.end != 0)
    }

    fn can_match(&self, state: &BitState) -> bool {
        state.at.iter().chain(&state.swapping).any(|&positions| positions != 0)
    }

    fn accept(&self, state: &BitState, byte: u8) -> BitState {
        if state.pending > 0 {
            let mut next = *state;
            next.pending -= 1;
            return next;
        }
        if byte.is_ascii() {
            return self.step(state, self.masks[byte as usize], byte != self.first);
        }
        // The first byte of a character beyond ASCII: it matches no letter of the word; its other
        // bytes are skipped.
        let mut next = self.step(state, 0, true);
        next.pending = lead_length(byte);
        next
    }
}

/// [`BitLevenshtein`] as a DFA: its reachable states numbered, and a table of their transitions
/// by class of byte (each letter of the word, any other byte). A term's byte is one lookup, as in
/// tantivy's DFAs; the NFA's state is 56 bytes and its step a few dozen instructions, which made
/// streaming the term dictionaries cost more than building tantivy's DFAs had (see the module's
/// figures). A character beyond ASCII steps as a letter that is not the word's, from its first
/// byte; the bytes after it are counted down in the state's top bits.
#[derive(Debug, Clone)]
pub(crate) struct LevenshteinDfa {
    class_of: [u8; 256],
    classes: usize,
    /// `next[state * classes + class]`; state [`DEAD`] matches nothing and stays.
    next: Vec<u32>,
    matches: Vec<bool>,
}

/// The state from which no term can match.
const DEAD: u32 = 0;

/// Where a state keeps the bytes of a character it still waits out (the rest is its number).
const PENDING_SHIFT: u32 = 30;

/// The most states a word's DFA may have before tantivy's is used instead (a long word allowed
/// two typos has a few hundred).
const MAX_STATES: usize = 1 << 20;

impl LevenshteinDfa {
    /// The DFA of the terms within `distance` edits of `word` (see [`BitLevenshtein::new`]), or
    /// `None` for a word it does not take.
    pub(crate) fn new(word: &str, distance: u8) -> Option<LevenshteinDfa> {
        let nfa = BitLevenshtein::new(word, distance)?;
        // Bytes the NFA steps alike: by the word's positions holding them (none for a byte beyond
        // ASCII, which steps as a letter the word does not have).
        let mut class_of = [0u8; 256];
        let mut masks: Vec<u64> = Vec::new();
        let mut representatives: Vec<u8> = Vec::new();
        for byte in 0..=255u8 {
            let mask = if byte.is_ascii() { nfa.masks[byte as usize] } else { 0 };
            let class = masks.iter().position(|&m| m == mask).unwrap_or_else(|| {
                masks.push(mask);
                representatives.push(byte);
                masks.len() - 1
            });
            class_of[byte as usize] = class as u8;
        }
        let classes = masks.len();
        let dead = BitState { at: [0; 3], swapping: [0; 3], budget: 0, started: true, pending: 0 };
        let mut states: Vec<BitState> = vec![dead, nfa.start()];
        let mut number: rustc_hash::FxHashMap<BitState, u32> = rustc_hash::FxHashMap::default();
        number.insert(nfa.start(), 1);
        let mut next = vec![DEAD; classes];
        let mut matches = vec![false];
        let mut at = 1;
        while at < states.len() {
            let state = states[at];
            matches.push(nfa.is_match(&state));
            for &byte in &representatives {
                // Representatives are ASCII: the first byte of each class (byte 0 for the letters the
                // word does not have).
                let after = nfa.accept(&state, byte);
                let to = if !nfa.can_match(&after) {
                    DEAD
                } else if let Some(&known) = number.get(&after) {
                    known
                } else {
                    if states.len() >= MAX_STATES {
                        return None;
                    }
                    states.push(after);
                    number.insert(after, (states.len() - 1) as u32);
                    (states.len() - 1) as u32
                };
                next.push(to);
            }
            at += 1;
        }
        Some(LevenshteinDfa { class_of, classes, next, matches })
    }
}

/// The bytes a character beginning with `byte` (not ASCII) has after it; a byte that cannot
/// begin one (a stray continuation byte) is a character of its own, as tantivy's DFAs read it.
fn lead_length(byte: u8) -> u8 {
    match byte {
        0xF0.. => 3,
        0xE0.. => 2,
        0xC0.. => 1,
        _ => 0,
    }
}

impl Automaton for LevenshteinDfa {
    type State = u32;

    fn start(&self) -> u32 {
        1
    }

    fn is_match(&self, state: &u32) -> bool {
        *state >> PENDING_SHIFT == 0 && self.matches[*state as usize]
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != DEAD
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        if *state >> PENDING_SHIFT > 0 {
            return *state - (1 << PENDING_SHIFT);
        }
        let to = self.next[*state as usize * self.classes + self.class_of[byte as usize] as usize];
        if byte.is_ascii() || to == DEAD { to } else { to | u32::from(lead_length(byte)) << PENDING_SHIFT }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Dfa, accepts};
    use super::*;

    /// A small deterministic generator (xorshift), so that a failure can be replayed.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// Terms near a word: up to three random edits (letters of the word, other letters, and
    /// characters beyond ASCII put in, left out, replaced and swapped).
    fn near_terms(word: &str, rng: &mut Rng, count: usize) -> Vec<String> {
        let alphabet: Vec<char> = "abcdeinorstuxyzéаж中😀".chars().chain(word.chars()).collect();
        (0..count)
            .map(|_| {
                let mut chars: Vec<char> = word.chars().collect();
                for _ in 0..rng.below(4) {
                    let at = rng.below(chars.len() + 1);
                    let c = alphabet[rng.below(alphabet.len())];
                    match rng.below(4) {
                        0 => chars.insert(at, c),
                        1 if at < chars.len() => {
                            chars.remove(at);
                        }
                        2 if at < chars.len() => chars[at] = c,
                        _ if at + 1 < chars.len() => chars.swap(at, at + 1),
                        _ => {}
                    }
                }
                chars.into_iter().collect()
            })
            .collect()
    }

    #[test]
    fn bit_parallel_answers_as_tantivy_s_automata() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let words = [
            "peace",
            "agreement",
            "sanction",
            "sanctions",
            "pashinyan",
            "zaporizhzhia",
            "aab",
            "abab",
            "aaaaaaa",
            "delimitation",
            "humanitarian",
            "x",
            "ab",
        ];
        let (mut accepted, mut refused) = (0, 0);
        for word in words {
            for distance in [1u8, 2] {
                let ours = BitLevenshtein::new(word, distance).unwrap();
                let dfa = LevenshteinDfa::new(word, distance).unwrap();
                let theirs = Dfa::tantivy(word, distance, false).unwrap();
                let mut terms = near_terms(word, &mut rng, 3_000);
                terms.extend(["", "a", word, "disagreement", "greement", "xgreement", "agremeent"].map(String::from));
                for term in &terms {
                    let answer = accepts(&ours, term);
                    assert_eq!(answer, accepts(&theirs, term), "{word:?} within {distance}: {term:?}");
                    assert_eq!(accepts(&dfa, term), answer, "{word:?} within {distance}: {term:?}, the DFA");
                    if answer { accepted += 1 } else { refused += 1 }
                }
            }
        }
        // Both answers, many times: the terms are near enough to be accepted often, and not always.
        assert!(accepted > 40_000 && refused > 15_000, "{accepted} accepted, {refused} refused");
    }

    /// Term dictionaries of text fields hold UTF-8, but a stray continuation byte is read as
    /// tantivy reads it: one character.
    #[test]
    fn a_stray_continuation_byte_is_one_character() {
        let dfa = LevenshteinDfa::new("peace", 1).unwrap();
        let theirs = Dfa::tantivy("peace", 1, false).unwrap();
        for term in [&b"pe\x80ce"[..], b"pe\x80ace", b"\x80eace", b"peac\xbf", b"pe\xc3\xa9ce"] {
            let mut state = dfa.start();
            let mut their_state = theirs.start();
            for &b in term {
                state = dfa.accept(&state, b);
                their_state = theirs.accept(&their_state, b);
            }
            assert_eq!(dfa.is_match(&state), theirs.is_match(&their_state), "{term:?}");
        }
    }

    #[test]
    fn words_it_does_not_take() {
        assert!(BitLevenshtein::new("Çavuşoğlu", 2).is_none());
        assert!(BitLevenshtein::new("", 1).is_none());
        assert!(BitLevenshtein::new(&"a".repeat(MAX_LEN + 1), 1).is_none());
        assert!(BitLevenshtein::new("peace", 0).is_none());
        assert!(BitLevenshtein::new("peace", 3).is_none());
    }
}
