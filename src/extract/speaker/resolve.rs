//! Stage 3, resolving mentions within a readout: each speaker once, by the fullest form of the
//! name the readout gives ("Secretary Blinken" → "Antony Blinken"). Across readouts, people are
//! resolved by the registry ([`crate::people`]).

use rustc_hash::FxHashSet as HashSet;

use super::mentions::*;
use super::words::*;
use crate::people::name::Relation;

/// Turns speaking mentions into names: each person once, by the fullest form of the name the
/// readout gives anywhere.
pub(super) fn resolve<'a>(all: &'a [Mention<'_>], speaking: Vec<usize>, text: &str, first_tag: usize) -> Vec<String> {
    if speaking.is_empty() {
        return Vec::new();
    }
    // Folded first and last words of mentions, each distinct word folded once; worked out for the
    // mentions of several words (which fuller names come from) and for the speaking ones.
    let mut fold = FoldedWords::default();
    let mut keys: Vec<Option<(usize, usize)>> = vec![None; all.len()];
    let mut key = |fold: &mut FoldedWords<'a>, m: usize| {
        *keys[m].get_or_insert_with(|| (fold.id(&all[m].name[0]), fold.id(all[m].surname())))
    };
    let mut surnames: HashSet<usize> = HashSet::default();
    for (m, mention) in all.iter().enumerate() {
        if mention.name.len() > 1 {
            surnames.insert(key(&mut fold, m).1);
        }
    }
    let mut out: Vec<(&NameWords<'_>, Vec<String>)> = Vec::new();
    for m in speaking {
        let mention = &all[m];
        let (first, last) = key(&mut fold, m);
        let mut best = m;
        for (o, other) in all.iter().enumerate() {
            if other.name.len() <= all[best].name.len() {
                continue;
            }
            // Only mentions of several words get here: their keys are known.
            let (other_first, other_last) = key(&mut fold, o);
            // "Cortizo" is also "Laurentino Cortizo Cohen": double surnames.
            let inner_surname = mention.name.len() == 1
                && other.name.len() > 2
                && other.name[1..other.name.len() - 1].iter().any(|w| fold.id(w) == last);
            // "Kishida" is also "Kishida Fumio": a name written surname first.
            let surname_first = mention.name.len() == 1 && other.name.len() == 2 && other_first == last;
            let same_surname = other_last == last && (mention.name.len() == 1 || other_first == first)
                || inner_surname
                || surname_first;
            // A lone given name used as the name ("Foreign Minister Don"), unless it is someone's surname.
            let same_given = mention.name.len() == 1 && other_first == first && !surnames.contains(&first);
            if same_surname || same_given {
                best = o;
            }
        }
        let name = &all[best].name;
        // A lone untitled word that never appears as part of a fuller name, at the start of a sentence,
        // is more likely an ordinary word than a person ("Allies stressed").
        if name.len() == 1 && !mention.titled && starts_sentence(text, mention.start) {
            continue;
        }
        // An ordinary word that no fuller name in the readout explains is no name, titled or not
        // ("Policy", "Action"); "Secretary Power" stays when "Samantha Power" is in the text.
        // A transcript's speaker tag is someone, whatever the word ("MR PRICE").
        if name.len() == 1 && is_common_word(&name[0]) && m < first_tag {
            continue;
        }
        // Each person once, by the rule the people registry compares names with.
        let words = crate::people::name::words(&name.join(" "));
        let same = |theirs: &[String]| {
            crate::people::name::relation(theirs, &words) != Relation::Different
                || crate::people::Aliases::bundled().link(theirs, &words)
        };
        if let Some(existing) = out.iter_mut().find(|(_, theirs)| same(theirs)) {
            if name.len() > existing.0.len() {
                *existing = (name, words);
            }
        } else {
            out.push((name, words));
        }
    }
    out.into_iter().map(|(n, _)| n.join(" ")).collect()
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

pub(super) fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '“', '"', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}
