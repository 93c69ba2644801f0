//! What people type, made into what tantivy's query grammar reads as they meant it, before the
//! grammar reads it; and, when it cannot, where the text went wrong.

use tantivy::query_grammar::{self, UserInputAst};

use crate::index::schema::names;

/// Rewrites what people paste into what the grammar reads as they meant it: curly quotes become
/// straight ones, a colon after a word that is no field (`Ukraine: update`) becomes a space, and
/// apostrophes inside words (`Blinken's`) become spaces, as the analyzer would split there anyway.
pub fn normalize(query: &str) -> String {
    let query = query.replace(['“', '”', '„', '«', '»'], "\"").replace(['’', '‘', '\''], " ");
    let mut out = String::with_capacity(query.len());
    let mut word = String::new();
    let mut in_quotes = false;
    for c in query.chars() {
        if c == '"' {
            in_quotes = !in_quotes;
        }
        if c == ':' && !in_quotes {
            let field = word.trim_start_matches(['+', '-', '(']);
            out.push(if QUERY_FIELDS.contains(&field) { ':' } else { ' ' });
            word.clear();
            continue;
        }
        if c.is_whitespace() || c == '(' {
            word.clear();
        } else {
            word.push(c);
        }
        out.push(c);
    }
    out
}

/// Fields a query may name.
pub const QUERY_FIELDS: &[&str] =
    &[names::TITLE, names::BODY, names::SPEAKER, names::COUNTRY, names::DATE, names::YEAR];

/// Points at what is wrong with a query the grammar refused.
pub(crate) fn diagnose(query: &str) -> String {
    let quotes = query.matches('"').count();
    if quotes % 2 == 1 {
        let at = query.rfind('"').map_or(0, |i| query[..i].chars().count() + 1);
        return format!("{query:?}: the quote at character {at} is never closed");
    }
    let mut depth = 0i32;
    for (i, c) in query.chars().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return format!("{query:?}: the parenthesis at character {} closes nothing", i + 1);
        }
    }
    if depth > 0 {
        return format!("{query:?}: {depth} parenthesis left open");
    }
    if let Some((i, _)) = query.char_indices().find(|&(i, c)| c == ':' && query[i + 1..].trim().is_empty()) {
        return format!("{query:?}: the field at character {} has no value", query[..i].chars().count() + 1);
    }
    format!("{query:?} is not a valid query: check its quotes, parentheses, ranges and operators (AND, OR, NOT, +, -)")
}

/// Merges every clause that holds a single clause into its parent, composing their operators
/// (`NOT NOT x` is `x`, `+(-x)` is `-x`). Why: tantivy builds one boolean scorer per level, about
/// 9 KB of stack each, so a chain of 32 `NOT`s (within the operator bound) needed near 300 KB of
/// stack; collapsed, nesting comes from parentheses around two or more clauses only, which the
/// depth bound holds to 8.
pub(crate) fn collapse_lone_clauses(ast: UserInputAst) -> UserInputAst {
    use query_grammar::Occur::{Must, MustNot, Should};
    match ast {
        UserInputAst::Clause(clauses) => {
            let clauses: Vec<_> = clauses
                .into_iter()
                .map(|(mut occur, sub)| {
                    let mut sub = collapse_lone_clauses(sub);
                    while let UserInputAst::Clause(inner) = &mut sub {
                        if inner.len() != 1 {
                            break;
                        }
                        // A lone clause must match whatever its operator says, except a lone
                        // exclusion, which stays one.
                        let inner_occur = match inner[0].0 {
                            Some(MustNot) => MustNot,
                            _ => Must,
                        };
                        occur = match (occur, inner_occur) {
                            // An optional exclusion has no simpler form.
                            (Some(Should), MustNot) => break,
                            (Some(Should), _) => Some(Should),
                            (Some(MustNot), MustNot) => Some(Must),
                            (Some(MustNot), _) | (_, MustNot) => Some(MustNot),
                            (_, _) => occur,
                        };
                        let (_, innermost) = inner.pop().expect("one clause");
                        sub = innermost;
                    }
                    (occur, sub)
                })
                .collect();
            UserInputAst::Clause(clauses)
        }
        UserInputAst::Boost(sub, boost) => UserInputAst::Boost(Box::new(collapse_lone_clauses(*sub)), boost),
        leaf => leaf,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_queries_are_read_leniently() {
        assert_eq!(normalize("Ukraine: update"), "Ukraine  update");
        assert_eq!(normalize("title:peace country:AM date:2023-11"), "title:peace country:AM date:2023-11");
        assert_eq!(normalize("Blinken’s call"), "Blinken s call");
        assert_eq!(normalize("“peace agreement”"), "\"peace agreement\"");
        assert_eq!(normalize("\"a: b\""), "\"a: b\"");
    }

    #[test]
    fn errors_point_at_the_problem() {
        assert!(diagnose("\"peace agreement").contains("never closed"));
        assert!(diagnose("(peace").contains("left open"));
        assert!(diagnose("peace)").contains("closes nothing"));
        assert!(diagnose("title:").contains("no value"));
    }
}
