//! One word or phrase of a query on one field: the exact term (stemmed), its typo variants and
//! the last word's completions, each a [`near::NearTermsQuery`] scored below the exact match; a
//! phrase as tantivy's phrase query; and `word*` on the text fields. What is compiled here is also
//! recorded for highlighting and for explanations.

use tantivy::Term;
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::query_grammar::{Delimiter, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption};

use super::{Compiler, FUZZY_BOOST, TITLE_BOOST, boosted, fold, tokens};
use crate::error::{Error, Result};
use crate::index::schema::{self, names};
use crate::search::any::AnyQuery;
use crate::search::bounds;
use crate::search::explain::MatchKind;
use crate::search::near;
use crate::search::pair::PairQuery;
use crate::search::positions::QueryWords;
use crate::search::rarity::RarityQuery;

/// The typo budget of a word by its length, as Meilisearch counts it.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

impl Compiler<'_> {
    /// `word*`: the readouts with a word starting with `word` in the title or the body.
    pub(super) fn explicit_prefix(&mut self, literal: &UserInputLiteral, negated: bool) -> Result<Box<dyn Query>> {
        let f = self.fields;
        if literal.delimiter != Delimiter::None {
            return Err(Error::Query(format!("{:?}*: a * ends a word (agree*), not a phrase", literal.phrase)));
        }
        let written = literal.phrase.trim_end_matches('*');
        let word = fold(written);
        let fields: Vec<(Field, f32)> = match literal.field_name.as_deref() {
            None => vec![(f.title, TITLE_BOOST), (f.body, 1.0)],
            Some(names::TITLE) => vec![(f.title, 1.0)],
            Some(names::BODY) => vec![(f.body, 1.0)],
            Some(other) => {
                return Err(Error::Query(format!("{word}*: a * works on words of the text, not on {other}:")));
            }
        };
        if word.chars().count() < 2 || word.contains(|c: char| !c.is_alphanumeric()) {
            return Err(Error::Query(format!(
                "{written}*: a * needs two letters or more of one word before it (agree*)"
            )));
        }
        let dfa = self.automaton(&word, 0, true).map_err(|e| Error::Query(format!("{word}*: {e}")))?;
        if literal.field_name.as_deref() == Some(names::TITLE) && !negated {
            self.title_alone();
        }
        let mut any: Vec<Box<dyn Query>> = Vec::new();
        for (field, boost) in fields {
            // Every term starting with the word, itself included: nothing is excluded.
            let mut completions = near::NearTermsQuery::new(field, dfa.clone(), "");
            if let Some(words) = self.body_words(field, negated) {
                completions = completions.recording(words.variants(field, &format!("{word}*")));
            }
            if !negated {
                self.record(field, written, MatchKind::Prefix, &completions, boost);
            }
            any.push(boosted(Box::new(completions), boost));
        }
        if !negated {
            self.highlights.prefixes.push(word);
        }
        Ok(Box::new(AnyQuery::new(any)))
    }

    /// The query of a literal on one text field: a term (with typo and prefix variants) or a phrase.
    pub(super) fn text(
        &mut self,
        field: Field,
        literal: &UserInputLiteral,
        quoted: bool,
        negated: bool,
    ) -> Option<Box<dyn Query>> {
        let mut analyzer = if field == self.fields.title || field == self.fields.body {
            schema::text_analyzer()
        } else {
            schema::name_analyzer()
        };
        let tokens = tokens(&mut analyzer, &literal.phrase);
        if tokens.is_empty() {
            return None;
        }
        let highlight = !negated && (field == self.fields.title || field == self.fields.body);
        if tokens.len() > 1 || quoted {
            let terms: Vec<(usize, Term)> =
                tokens.iter().map(|(pos, t)| (*pos, Term::from_field_text(field, t))).collect();
            if highlight {
                // A quoted phrase is marked where it stands whole, not word by word elsewhere.
                if quoted && tokens.len() > 1 {
                    self.highlights.phrases.push(tokens.iter().map(|(_, t)| t.clone()).collect());
                } else {
                    self.highlights.exact.extend(tokens.iter().map(|(_, t)| t.clone()));
                }
            }
            if let Some(words) = self.body_words(field, negated) {
                if quoted && tokens.len() > 1 {
                    words.phrase(terms.iter().map(|(pos, term)| (*pos as u32, term.clone())).collect());
                } else {
                    words.split_word(field, &tokens.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>());
                }
            }
            if terms.len() == 1 {
                let q: Box<dyn Query> = Box::new(TermQuery::new(terms[0].1.clone(), IndexRecordOption::WithFreqs));
                if !negated {
                    self.record(field, &literal.phrase, MatchKind::Exact, &*q, 1.0);
                }
                return Some(q);
            }
            if !quoted {
                // A word the analyzer splits ("anti-corruption", "COVID-19") needs each of its
                // parts, not the parts side by side: readouts write "anticorruption" and "anti-
                // corruption" alike. Standing together ranks first, by the tiers.
                let parts = terms
                    .into_iter()
                    .map(|(_, t)| {
                        (Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)) as Box<dyn Query>)
                    })
                    .collect();
                let q: Box<dyn Query> = Box::new(BooleanQuery::new(parts));
                if !negated {
                    self.record(field, &literal.phrase, MatchKind::Exact, &*q, 1.0);
                }
                return Some(q);
            }
            let side_by_side = tokens.len() == 2 && tokens[1].0 == tokens[0].0 + 1 && literal.slop == 0;
            let pair =
                side_by_side.then(|| PairQuery::for_phrase(self.fields, field, &tokens[0].1, &tokens[1].1)).flatten();
            let q: Box<dyn Query> = match pair {
                Some(pair) => Box::new(pair),
                None => Box::new(PhraseQuery::new_with_offset_and_slop(terms, literal.slop)),
            };
            if !negated {
                self.record(field, &literal.phrase, MatchKind::Phrase, &*q, 1.0);
            }
            return Some(q);
        }
        let stem = &tokens[0].1;
        let exact_term = Term::from_field_text(field, stem);
        let exact: Box<dyn Query> = Box::new(RarityQuery::new(
            exact_term.clone(),
            Box::new(TermQuery::new(exact_term, IndexRecordOption::WithFreqs)),
        ));
        if highlight {
            self.highlights.exact.insert(stem.clone());
        }
        if let Some(words) = self.body_words(field, negated) {
            words.word(field, stem, true);
        }
        if !negated {
            self.record(field, &literal.phrase, MatchKind::Exact, &*exact, 1.0);
        }
        if self.options.exact || negated {
            return Some(exact);
        }
        let word = fold(&literal.phrase);
        let mut variants: Vec<Box<dyn Query>> = vec![exact];
        // Typos on the text fields and on speakers' names, whose unstemmed forms catch the typos
        // that stemming hides ("Sperlng" is two edits from the stem "sperl", one from "sperling");
        // not on countries, whose codes and names the facet matches.
        let text_field = field == self.fields.title || field == self.fields.body;
        let mut budget = if text_field || field == self.fields.speaker { typo_budget(&word) } else { 0 };
        if budget > 0 && !self.typo_words.contains(&word) {
            if self.typo_words.len() < bounds::MAX_TYPO_WORDS {
                self.typo_words.push(word.clone());
            } else {
                budget = 0;
            }
        }
        if budget > 0 {
            // Typos are counted on the word as typed; the index holds stems, so match both forms.
            // Building fails only beyond two edits, which typo_budget never gives.
            if let Ok(dfa) = self.automaton(stem, budget, false) {
                let mut fuzzy = near::NearTermsQuery::new(field, dfa, stem);
                if let Some(body_term) = self.body_term(field, stem, &literal.phrase) {
                    fuzzy = fuzzy.judged_by(body_term);
                }
                if let Some(words) = self.body_words(field, negated) {
                    fuzzy = fuzzy.recording(words.variants(field, stem));
                }
                self.record(field, &literal.phrase, MatchKind::Typo, &fuzzy, FUZZY_BOOST);
                variants.push(boosted(Box::new(fuzzy), FUZZY_BOOST));
            }
            if highlight {
                self.highlights.fuzzy.push((word.clone(), budget));
            }
        }
        if text_field && self.prefix_word.as_deref().is_some_and(|p| fold(p) == word) && word.chars().count() >= 2 {
            if let Ok(dfa) = self.automaton(&word, 0, true) {
                let mut prefix = near::NearTermsQuery::new(field, dfa, stem).keeping_frequent();
                if let Some(words) = self.body_words(field, negated) {
                    prefix = prefix.recording(words.variants(field, stem));
                }
                self.record(field, &literal.phrase, MatchKind::Prefix, &prefix, FUZZY_BOOST);
                variants.push(boosted(Box::new(prefix), FUZZY_BOOST));
            }
            if highlight {
                self.highlights.prefixes.push(word.clone());
            }
        }
        Some(Box::new(AnyQuery::new(variants)))
    }

    /// The body's term of a word whose term in `field` is `stem`: the same stem for the title,
    /// the word analysed as the body is for a speaker's name; `None` when that is not one term.
    fn body_term(&self, field: Field, stem: &str, word: &str) -> Option<Term> {
        if field == self.fields.title || field == self.fields.body {
            return Some(Term::from_field_text(self.fields.body, stem));
        }
        match tokens(&mut schema::text_analyzer(), word).as_slice() {
            [(_, body_stem)] => Some(Term::from_field_text(self.fields.body, body_stem)),
            _ => None,
        }
    }

    /// The body's words to highlight, to record a word of `field` in: only the body's words,
    /// not negated, and not while compiling relaxed forms.
    fn body_words(&mut self, field: Field, negated: bool) -> Option<&mut QueryWords> {
        if field != self.fields.body || negated {
            return None;
        }
        self.words.as_mut()
    }

    /// The automaton of `text` within `distance` edits (or of its prefixes), built once a query.
    fn automaton(&mut self, text: &str, distance: u8, prefix: bool) -> tantivy::Result<near::SharedDfa> {
        let key = (text.to_string(), distance, prefix);
        if let Some((_, dfa)) = self.automata.iter().find(|(k, _)| *k == key) {
            return Ok(dfa.clone());
        }
        let dfa = near::SharedDfa::new(text, distance, prefix)?;
        self.automata.push((key, dfa.clone()));
        Ok(dfa)
    }
}
