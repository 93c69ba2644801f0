//! Bounds on the work of one query, whatever its text, so that no request can crash the process
//! or hold its cores: the CLI, the server and embedders all search through these.
//!
//! Each bound was chosen from what broke or crawled on the bundled corpus, with a wide margin to
//! what a person types:
//! - tantivy's query grammar and our compiler recurse once per parenthesis and per `NOT`: 2,600
//!   nested parentheses or 300 `NOT`s overflowed a worker thread's stack;
//! - tantivy's sloppy phrase matching keeps candidate positions that can double with each word
//!   once the slop is wide: 16 alternating common words at slop 100 took 11 GB, 24 words at slop
//!   255 took 2 GB, and at slop 20 or less no pair of words we tried went past 25 MB;
//! - every word is one to four term queries with typo automata, and a query that matches nothing
//!   was retried once per word it could drop: 1,500 random words kept both cores busy for minutes.
//!
//! A query over a bound is refused with [`Error::QueryBound`] naming it (HTTP 400, exit code 2);
//! a query that runs over its time limit is stopped where it is with [`Error::TimeLimit`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tantivy::query_grammar::{Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};

use crate::error::{Error, Result};

/// The longest query text, in characters.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// The deepest nesting of parentheses.
pub const MAX_DEPTH: usize = 8;
/// The most operators: `AND`, `OR`, `NOT`, `&&`, `||`, and `+` or `-` before a word or group.
pub const MAX_OPERATORS: usize = 32;
/// The most words in a query, each word of a phrase counted (as Google counts 32).
pub const MAX_WORDS: usize = 32;
/// The widest slop of a phrase (`"a b"~20`).
pub const MAX_SLOP: u32 = 20;
/// The most a sloppy phrase's words times its slop may be (`"a b c d e"~20` is 100).
pub const MAX_PHRASE_WORK: u32 = 200;
/// Words of a query given typo tolerance; the words after these match exactly and by stem
/// (Meilisearch also reads the first ten words of a query).
pub const MAX_TYPO_WORDS: usize = 10;
/// The most times a query that matches nothing is retried with words allowed to miss.
pub const MAX_RELAXATIONS: usize = 3;
/// How long one query may run when the caller sets no limit.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(10);

/// Checks the text of a query before it is parsed: its length, the nesting of its parentheses and
/// the number of its operators, which bound the parser's recursion.
pub fn check_text(text: &str) -> Result<()> {
    let chars = text.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(Error::QueryBound(format!("{chars} characters; the limit is {MAX_QUERY_CHARS}")));
    }
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut operators = 0usize;
    let mut in_quotes = false;
    let mut at_word_start = true;
    let mut word = String::new();
    let end_word = |word: &mut String, operators: &mut usize| {
        if matches!(word.as_str(), "AND" | "OR" | "NOT" | "&&" | "||") {
            *operators += 1;
        }
        word.clear();
    };
    for c in text.chars() {
        if c == '"' {
            in_quotes = !in_quotes;
        }
        if in_quotes {
            at_word_start = false;
            continue;
        }
        match c {
            '(' => {
                end_word(&mut word, &mut operators);
                depth += 1;
                deepest = deepest.max(depth);
                at_word_start = true;
                continue;
            }
            ')' => {
                end_word(&mut word, &mut operators);
                depth = depth.saturating_sub(1);
                at_word_start = false;
                continue;
            }
            c if c.is_whitespace() => {
                end_word(&mut word, &mut operators);
                at_word_start = true;
                continue;
            }
            '+' | '-' | '!' if at_word_start => operators += 1,
            _ => {
                at_word_start = false;
                word.push(c);
            }
        }
    }
    end_word(&mut word, &mut operators);
    if deepest > MAX_DEPTH {
        return Err(Error::QueryBound(format!("{deepest} nested parentheses; the limit is {MAX_DEPTH}")));
    }
    if operators > MAX_OPERATORS {
        return Err(Error::QueryBound(format!(
            "{operators} operators (AND, OR, NOT, +, -); the limit is {MAX_OPERATORS}"
        )));
    }
    Ok(())
}

/// Checks a parsed query: the depth of its tree, and each phrase's slop against its words.
/// `words_of` gives the number of words a literal analyses into. Returns the query's words.
pub fn check_ast(ast: &UserInputAst, words_of: &mut impl FnMut(&UserInputLiteral) -> usize) -> Result<usize> {
    let mut words = 0;
    walk(ast, 0, words_of, &mut words)?;
    if words > MAX_WORDS {
        return Err(Error::QueryBound(format!("{words} words; the limit is {MAX_WORDS}")));
    }
    Ok(words)
}

fn walk(
    ast: &UserInputAst,
    depth: usize,
    words_of: &mut impl FnMut(&UserInputLiteral) -> usize,
    words: &mut usize,
) -> Result<()> {
    // A parenthesis and the operator before it are one level each in the tree.
    if depth > 2 * MAX_DEPTH + MAX_OPERATORS {
        return Err(Error::QueryBound(format!("a query nested more than {MAX_DEPTH} deep")));
    }
    match ast {
        UserInputAst::Clause(clauses) => {
            for (_, sub) in clauses {
                walk(sub, depth + 1, words_of, words)?;
            }
        }
        UserInputAst::Boost(sub, _) => walk(sub, depth + 1, words_of, words)?,
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Literal(literal) = leaf.as_ref() {
                let n = words_of(literal);
                *words += n;
                if literal.delimiter != Delimiter::None && literal.slop > 0 {
                    check_slop(n, literal.slop)?;
                }
            }
        }
    }
    Ok(())
}

/// Checks a phrase of `words` words with slop `slop`.
pub fn check_slop(words: usize, slop: u32) -> Result<()> {
    if slop > MAX_SLOP {
        return Err(Error::QueryBound(format!("a phrase with slop ~{slop}; the limit is ~{MAX_SLOP}")));
    }
    let work = (words as u32).saturating_mul(slop);
    if words > 1 && work > MAX_PHRASE_WORK {
        return Err(Error::QueryBound(format!(
            "a phrase of {words} words with slop ~{slop} ({work}, words times slop); the limit is {MAX_PHRASE_WORK}"
        )));
    }
    Ok(())
}

/// When a query's work must stop: checked between pieces of work, which are small (a few
/// thousand matches, one hit's snippet), so that a query stops soon after its time is up.
#[derive(Debug)]
pub struct Deadline {
    at: Instant,
    limit: Duration,
    passed: AtomicBool,
}

impl Deadline {
    /// A deadline `limit` from now.
    pub fn after(limit: Duration) -> Self {
        Deadline { at: Instant::now() + limit, limit, passed: AtomicBool::new(false) }
    }

    /// True once the time is up; remembered, so that the caller can tell a stopped pass from a
    /// finished one.
    pub fn passed(&self) -> bool {
        if self.passed.load(Ordering::Relaxed) {
            return true;
        }
        if Instant::now() >= self.at {
            self.passed.store(true, Ordering::Relaxed);
            return true;
        }
        false
    }

    /// `Err(TimeLimit)` once the time is up.
    pub fn check(&self) -> Result<()> {
        if self.passed() { Err(Error::TimeLimit(self.limit)) } else { Ok(()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> bool {
        matches!(check_text(text), Err(Error::QueryBound(_)))
    }

    #[test]
    fn nesting_and_operators_are_bounded() {
        let nested = |n: usize| format!("{}peace{}", "(".repeat(n), ")".repeat(n));
        assert!(!refused(&nested(MAX_DEPTH)));
        assert!(refused(&nested(MAX_DEPTH + 1)));
        let nots = |n: usize| format!("{}peace", "NOT ".repeat(n));
        assert!(!refused(&nots(MAX_OPERATORS)));
        assert!(refused(&nots(MAX_OPERATORS + 1)));
        assert!(refused(&format!("{}peace", "-".repeat(MAX_OPERATORS + 1))));
        // Parentheses and operators inside quotes are words of a phrase.
        assert!(!refused(&format!("\"{}\"", "((( NOT ".repeat(20))));
        // Hyphenated words and dates are no operators.
        assert!(!refused(&"co-operation date:2023-11-28 ".repeat(30)));
        assert!(refused(&"a".repeat(MAX_QUERY_CHARS + 1)));
    }

    #[test]
    fn slop_is_bounded_by_itself_and_with_the_words() {
        assert!(check_slop(2, MAX_SLOP).is_ok());
        assert!(check_slop(2, MAX_SLOP + 1).is_err());
        assert!(check_slop(10, 20).is_ok());
        assert!(check_slop(11, 20).is_err());
        assert!(check_slop(32, 6).is_ok());
        assert!(check_slop(1, 20).is_ok());
    }

    #[test]
    fn a_deadline_passes_and_stays_passed() {
        let d = Deadline::after(Duration::ZERO);
        assert!(d.passed());
        assert!(matches!(d.check(), Err(Error::TimeLimit(_))));
        let d = Deadline::after(Duration::from_secs(60));
        assert!(d.check().is_ok());
    }
}
