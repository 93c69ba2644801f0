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
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, Query, RangeQuery, TermQuery};
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

mod words;
pub use words::typo_budget;

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

    fn country_facet(&self, code: &str) -> Box<dyn Query> {
        country_facet_query(self.fields, code)
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
