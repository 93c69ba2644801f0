//! The query language: tantivy's grammar (words, `"phrases"~N`, `+must`, `-exclude`, `AND`/`OR`/
//! `NOT`, parentheses, `field:`), compiled by us so that each word can be matched as people expect:
//! exactly and stemmed, one or two typos away (Meilisearch's rule: 5+ letters one edit, 9+ two,
//! ranked below exact matches), the last word as a prefix (search as you type), `country:` by
//! code, name or adjective, and `date:` by day, month, year or range with short dates.
//!
//! Compiling also records what to highlight in snippets, including fuzzy and prefix matches that
//! tantivy's own snippet generator cannot see.

use std::collections::HashSet;
use std::ops::Bound;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::query_grammar::{self, Delimiter, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Facet, Field, IndexRecordOption};

use crate::error::{Error, Result};
use crate::extract::country;
use crate::index::date_value;
use crate::index::schema::{self, Fields, names};
use crate::search::any::AnyQuery;
use crate::search::bounds;
use crate::search::dates::period;
use crate::search::explain::{MatchKind, PartQuery};
pub use crate::search::grammar::{QUERY_FIELDS, normalize};
use crate::search::grammar::{collapse_lone_clauses, diagnose};
use crate::search::near;
use crate::search::positions::QueryWords;
use crate::search::rank::Proximity;
use crate::search::rarity::RarityQuery;

/// Weight of a title match against a body match. A title is short, so BM25 gives one word of it
/// nearly its whole weight: at 2.0, a word of the query in a short title outweighed the whole
/// query in the body ("Somalia's Electoral Agreement" first for "peace agreement"). Measured on
/// tests/relevance (tuning queries, nDCG@10): 2.0 0.770, 1.0 0.784, 0.5 0.801, 0.15 0.807; 0.5
/// keeps known-item search, where a remembered title counts, ahead of FTS5.
const TITLE_BOOST: f32 = 0.5;
/// Weight of a match in the speakers' names or the countries' names (the facets as text): a name
/// there is also in the body, which scores it; a short field would otherwise weigh it again, above
/// the text.
const NAME_FIELD_BOOST: f32 = 0.1;
/// Weight of a typo-tolerant or prefix match against an exact one.
const FUZZY_BOOST: f32 = 0.3;
/// Weight of matching every word, in a relaxed query where one may miss.
const STRICT_BOOST: f32 = 3.0;

/// What a compiled query matches, for highlighting.
#[derive(Debug, Default, Clone)]
pub struct Highlights {
    /// Analyzed (stemmed, folded) forms matched exactly.
    pub exact: HashSet<String>,
    /// Folded words matched up to this many edits.
    pub fuzzy: Vec<(String, u8)>,
    /// Folded prefixes.
    pub prefixes: Vec<String>,
    /// Analyzed forms of quoted phrases, highlighted as a whole.
    pub phrases: Vec<Vec<String>>,
}

impl Highlights {
    /// True when nothing is to be highlighted.
    pub fn is_empty(&self) -> bool {
        self.exact.is_empty() && self.fuzzy.is_empty() && self.prefixes.is_empty() && self.phrases.is_empty()
    }
}

/// How to compile.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// No typo tolerance and no prefix matching.
    pub exact: bool,
    /// Record the parts of the score ([`Compiled`]'s parts), for explanations: a copy of each
    /// leaf query, made only when asked.
    pub explain: bool,
}

/// A compiled query.
pub struct Compiled {
    /// The tantivy query.
    pub query: Box<dyn Query>,
    /// For a query of plain words, the same words with one, then two (and so on, down to half of
    /// them) allowed to miss: what to search when all of them together find nothing
    /// (Meilisearch drops words likewise), so that a mistyped short word or a misremembered detail
    /// does not empty the results. Strictest first.
    pub relaxed: Vec<Box<dyn Query>>,
    /// What to highlight.
    pub highlights: Highlights,
    /// The words whose positions decide a match's tier, the first ranking rule (a query of plain
    /// words only).
    pub proximity: Option<Proximity>,
    /// The parts of a match's score, for explanations (when [`Options::explain`]).
    pub(crate) parts: Vec<PartQuery>,
    /// The words to highlight as terms of the body, whose positions tell the statements that
    /// hold them (quote searches).
    pub words: QueryWords,
}

/// The typo budget of a word by its length, as Meilisearch counts it.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

struct Compiler<'a> {
    fields: &'a Fields,
    options: Options,
    highlights: Highlights,
    /// Where the last word of the query is (for the prefix rule): its literal's phrase.
    prefix_word: Option<String>,
    /// Automata built so far, by text, distance and prefix-ness: fields analysing a word alike
    /// share one.
    automata: Vec<((String, u8, bool), near::SharedDfa)>,
    /// The words given typo tolerance so far: at most [`bounds::MAX_TYPO_WORDS`].
    typo_words: Vec<String>,
    /// The weight of the field [`Compiler::text`] compiles for (the caller applies it).
    field_weight: f32,
    /// The parts of the score, for explanations; not recorded while compiling relaxed forms.
    parts: Vec<PartQuery>,
    /// The product of the `^` boosts around what is being compiled.
    boost: f32,
    /// The words to highlight as terms of the body; `None` while compiling relaxed forms (the
    /// strict query, part of each, records them).
    words: Option<QueryWords>,
}

/// Compiles a query text.
pub fn compile(fields: &Fields, text: &str, options: Options) -> Result<Compiled> {
    let normalized = normalize(text);
    if normalized.trim().is_empty() {
        return Ok(Compiled {
            query: Box::new(AllQuery),
            relaxed: Vec::new(),
            highlights: Highlights::default(),
            proximity: None,
            parts: Vec::new(),
            words: QueryWords::default(),
        });
    }
    // Bounds first: the grammar recurses once per parenthesis and operator.
    bounds::check_text(&normalized)?;
    let ast = query_grammar::parse_query(&normalized).map_err(|_| Error::Query(diagnose(text)))?;
    let mut analyzer = schema::text_analyzer();
    bounds::check_ast(&ast, &mut |literal| match literal.field_name.as_deref() {
        Some(names::DATE | names::YEAR | names::COUNTRY) => 1,
        _ => tokens(&mut analyzer, &literal.phrase).len().max(1),
    })?;
    let ast = collapse_lone_clauses(ast);
    // The last word is a prefix when the text ends in it (no space, quote or parenthesis after).
    let prefix_word = (!options.exact && normalized.ends_with(|c: char| c.is_alphanumeric()))
        .then(|| normalized.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_string());
    let mut compiler = Compiler {
        fields,
        options,
        highlights: Highlights::default(),
        prefix_word,
        automata: Vec::new(),
        typo_words: Vec::new(),
        field_weight: 1.0,
        parts: Vec::new(),
        boost: 1.0,
        words: Some(QueryWords::default()),
    };
    let query = compiler.ast(&ast, false)?;
    let proximity = Proximity::of_query(fields, &ast);
    let relaxed = compiler.relaxed(&ast, query.box_clone())?;
    Ok(Compiled {
        query,
        relaxed,
        highlights: compiler.highlights,
        proximity,
        parts: compiler.parts,
        words: compiler.words.unwrap_or_default(),
    })
}

impl Compiler<'_> {
    fn ast(&mut self, ast: &UserInputAst, negated: bool) -> Result<Box<dyn Query>> {
        match ast {
            UserInputAst::Clause(clauses) => {
                if clauses.is_empty() {
                    return Ok(Box::new(EmptyQuery));
                }
                let mut subs: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (occur, sub) in clauses {
                    let occur = match occur {
                        Some(query_grammar::Occur::Should) => Occur::Should,
                        Some(query_grammar::Occur::MustNot) => Occur::MustNot,
                        // Words without an operator must all match, as in the search engines
                        // people know.
                        Some(query_grammar::Occur::Must) | None => Occur::Must,
                    };
                    subs.push((occur, self.ast(sub, negated || occur == Occur::MustNot)?));
                }
                // Only exclusions: exclude them from everything.
                if subs.iter().all(|(o, _)| *o == Occur::MustNot) {
                    subs.push((Occur::Must, Box::new(AllQuery)));
                }
                Ok(if subs.len() == 1 && subs[0].0 != Occur::MustNot {
                    subs.pop().map(|(_, q)| q).expect("one clause")
                } else {
                    Box::new(BooleanQuery::new(subs))
                })
            }
            UserInputAst::Boost(sub, boost) => {
                let boost = boost.into_inner() as f32;
                let saved = self.boost;
                self.boost *= boost;
                let inner = self.ast(sub, negated);
                self.boost = saved;
                Ok(Box::new(BoostQuery::new(inner?, boost)))
            }
            UserInputAst::Leaf(leaf) => self.leaf(leaf, negated),
        }
    }

    fn leaf(&mut self, leaf: &UserInputLeaf, negated: bool) -> Result<Box<dyn Query>> {
        match leaf {
            UserInputLeaf::All => Ok(Box::new(AllQuery)),
            UserInputLeaf::Literal(literal) => self.literal(literal, negated),
            UserInputLeaf::Range { field, lower, upper } => match field.as_deref() {
                Some(names::DATE | names::YEAR) => {
                    let lower = self.date_bound(lower, true)?;
                    let upper = self.date_bound(upper, false)?;
                    Ok(Box::new(RangeQuery::new(lower, upper)))
                }
                Some(other) => Err(Error::Query(format!("ranges work on date: only, not on {other}:"))),
                None => Err(Error::Query("a range needs a field: date:[2023-01-01 TO 2023-06-30]".into())),
            },
            UserInputLeaf::Set { .. } => Err(Error::Query("sets (IN [...]) are not supported; use OR".into())),
            UserInputLeaf::Exists { field } => Err(Error::Query(format!("{field}:* is not supported"))),
            UserInputLeaf::Regex { .. } => Err(Error::Query("regular expressions are not supported".into())),
        }
    }

    fn date_bound(&self, bound: &UserInputBound, lower: bool) -> Result<Bound<Term>> {
        let term = |text: &str, upper_end: bool| -> Result<Term> {
            let (start, end) = period(text)?;
            Ok(Term::from_field_date(self.fields.date, date_value(if upper_end { end } else { start })))
        };
        // An open end is the earliest or latest date there is: tantivy's range query needs at least
        // one bound to know its field, and "date:[* TO *]" has none.
        let open = || {
            let secs = if lower { i64::MIN / 1_000_000_000 } else { i64::MAX / 1_000_000_000 };
            Bound::Included(Term::from_field_date(self.fields.date, tantivy::DateTime::from_timestamp_secs(secs)))
        };
        Ok(match bound {
            UserInputBound::Unbounded => open(),
            UserInputBound::Inclusive(t) if t == "*" => open(),
            // A month or year as an upper bound includes all of it: [2023-01 TO 2023-03] ends with March.
            UserInputBound::Inclusive(t) => Bound::Included(term(t, !lower)?),
            // Exclusive ends exclude the whole period: {2023-01 TO 2023-06} is February to May.
            UserInputBound::Exclusive(t) => Bound::Excluded(term(t, lower)?),
        })
    }

    fn literal(&mut self, literal: &UserInputLiteral, negated: bool) -> Result<Box<dyn Query>> {
        let f = self.fields;
        let quoted = literal.delimiter != Delimiter::None;
        // The grammar marks `"..."*` as a prefix and leaves the `*` of a plain word in its text.
        if literal.prefix || (!quoted && literal.phrase.ends_with('*')) {
            return self.explicit_prefix(literal, negated);
        }
        match literal.field_name.as_deref() {
            None => {
                let per_field: Vec<(Field, f32)> = vec![
                    (f.title, TITLE_BOOST),
                    (f.body, 1.0),
                    (f.speaker, NAME_FIELD_BOOST),
                    (f.country, NAME_FIELD_BOOST),
                ];
                let mut any: Vec<Box<dyn Query>> = Vec::new();
                for (field, boost) in per_field {
                    self.field_weight = boost;
                    let q = self.text(field, literal, quoted, negated);
                    self.field_weight = 1.0;
                    if let Some(q) = q {
                        any.push(boosted(q, boost));
                    }
                }
                // A country's name or adjective also matches its readouts by facet ("Armenian").
                let capitalised = literal.phrase.chars().next().is_some_and(char::is_uppercase);
                if !quoted
                    && capitalised
                    && literal.phrase.len() > 2
                    && let Some(c) = country::lookup(&literal.phrase)
                {
                    let facet = self.country_facet(&c.code);
                    if !negated {
                        self.record(self.fields.country_facet, &c.code, MatchKind::Facet, &*facet, 1.0);
                    }
                    any.push(facet);
                }
                Ok(if any.is_empty() { Box::new(EmptyQuery) } else { Box::new(AnyQuery::new(any)) })
            }
            Some(names::TITLE) => {
                if !negated {
                    self.title_alone();
                }
                Ok(self.text(f.title, literal, quoted, negated).unwrap_or_else(|| Box::new(EmptyQuery)))
            }
            Some(names::BODY) => {
                Ok(self.text(f.body, literal, quoted, negated).unwrap_or_else(|| Box::new(EmptyQuery)))
            }
            Some(names::SPEAKER) => {
                // Names match as written (folded), never stemmed or fuzzy.
                let exact = Options { exact: true, ..self.options };
                let saved = std::mem::replace(&mut self.options, exact);
                let q = self.text(f.speaker, literal, true, negated);
                self.options = saved;
                Ok(q.unwrap_or_else(|| Box::new(EmptyQuery)))
            }
            Some(names::COUNTRY) => match country::lookup(&literal.phrase) {
                Some(c) => {
                    let facet = self.country_facet(&c.code);
                    if !negated {
                        self.record(self.fields.country_facet, &c.code, MatchKind::Facet, &*facet, 1.0);
                    }
                    Ok(facet)
                }
                None => Err(Error::UnknownCountry(literal.phrase.clone())),
            },
            Some(names::DATE | names::YEAR) => {
                let (start, end) = period(&literal.phrase)?;
                Ok(Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_date(f.date, date_value(start))),
                    Bound::Included(Term::from_field_date(f.date, date_value(end))),
                )))
            }
            Some(other) => {
                Err(Error::Query(format!("unknown field {other:?}: use title:, body:, speaker:, country: or date:")))
            }
        }
    }

    /// `word*`: the readouts with a word starting with `word` in the title or the body.
    fn explicit_prefix(&mut self, literal: &UserInputLiteral, negated: bool) -> Result<Box<dyn Query>> {
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

    fn country_facet(&self, code: &str) -> Box<dyn Query> {
        country_facet_query(self.fields, code)
    }

    /// The query of a literal on one text field: a term (with typo and prefix variants) or a phrase.
    fn text(
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
            let q: Box<dyn Query> = Box::new(PhraseQuery::new_with_offset_and_slop(terms, literal.slop));
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

    /// The body's words to highlight, to record a word of `field` in: only the body's words,
    /// not negated, and not while compiling relaxed forms.
    fn body_words(&mut self, field: Field, negated: bool) -> Option<&mut QueryWords> {
        if field != self.fields.body || negated {
            return None;
        }
        self.words.as_mut()
    }

    /// A word highlighted in titles alone: the body's positions cannot tell which statements hold it.
    fn title_alone(&mut self) {
        if let Some(words) = self.words.as_mut() {
            words.mark_partial();
        }
    }

    /// Records a part of the score: `query` on `field`, weighed `weight` times the field's weight.
    fn record(&mut self, field: Field, word: &str, kind: MatchKind, query: &dyn Query, weight: f32) {
        if !self.options.explain {
            return;
        }
        let f = self.fields;
        let field = if field == f.title {
            names::TITLE
        } else if field == f.body {
            names::BODY
        } else if field == f.speaker {
            names::SPEAKER
        } else if field == f.country {
            names::COUNTRY
        } else {
            names::COUNTRY_FACET
        };
        let query = boosted(query.box_clone(), weight * self.field_weight * self.boost);
        self.parts.push(PartQuery { field, word: word.to_string(), kind, query });
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

    /// The relaxed forms of a query of three plain words or more: all but one, all but two, …
    /// down to half of the words must match.
    fn relaxed(&mut self, ast: &UserInputAst, strict: Box<dyn Query>) -> Result<Vec<Box<dyn Query>>> {
        let UserInputAst::Clause(clauses) = ast else { return Ok(Vec::new()) };
        if clauses.len() < 3
            || clauses.iter().any(|(occur, sub)| occur.is_some() || !matches!(sub, UserInputAst::Leaf(_)))
        {
            return Ok(Vec::new());
        }
        // Highlights were recorded when compiling the strict query; the words are the same.
        let saved = (std::mem::take(&mut self.highlights), std::mem::take(&mut self.parts), self.words.take());
        let mut words = Vec::with_capacity(clauses.len());
        for (_, sub) in clauses {
            words.push(self.ast(sub, false)?);
        }
        (self.highlights, self.parts, self.words) = saved;
        let loosest = words.len().div_ceil(2).max(2);
        let mut levels = Vec::new();
        for needed in (loosest..words.len()).rev().take(bounds::MAX_RELAXATIONS) {
            let any = BooleanQuery::union_with_minimum_required_clauses(
                words.iter().map(|w| w.box_clone()).collect(),
                needed,
            );
            // Readouts with every word still come first: the strict query scores again on top.
            levels.push(Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(any) as Box<dyn Query>),
                (Occur::Should, boosted(strict.box_clone(), STRICT_BOOST)),
            ])) as Box<dyn Query>);
        }
        Ok(levels)
    }
}

/// The readouts about the country with this ISO code, by facet.
pub(crate) fn country_facet_query(fields: &Fields, code: &str) -> Box<dyn Query> {
    let term = Term::from_facet(fields.country_facet, &Facet::from_path([code]));
    Box::new(TermQuery::new(term, IndexRecordOption::Basic))
}

fn boosted(q: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if (boost - 1.0).abs() < f32::EPSILON { q } else { Box::new(BoostQuery::new(q, boost)) }
}

/// Lower case, accents folded: the form fuzzy and prefix matching compare.
pub fn fold(word: &str) -> String {
    deunicode::deunicode(word).to_lowercase()
}

/// The tokens of `text` through `analyzer`, with their positions.
pub(crate) fn tokens(analyzer: &mut tantivy::tokenizer::TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(t) = stream.next() {
        out.push((t.position, t.text.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_budgets() {
        assert_eq!(typo_budget("peace"), 1);
        assert_eq!(typo_budget("war"), 0);
        assert_eq!(typo_budget("Pashinian"), 2);
        assert_eq!(typo_budget("Blinkin"), 1);
    }

    #[test]
    fn open_date_ranges_compile() {
        let (_, fields) = crate::index::schema::Fields::schema();
        for q in ["date:[* TO *]", "date:[2023 TO *]", "date:{* TO 2023}"] {
            assert!(compile(&fields, q, Options::default()).is_ok(), "{q}");
        }
    }
}
