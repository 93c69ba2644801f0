//! When two names are one person, as ../shared/tools/score_extract.py decides it: the rule the
//! speaker and statement scorers share.

/// Given-name variants the scorer accepts for one another (as score_extract.py lists them).
const NICKNAMES: &[(&str, &str)] = &[
    ("joe", "joseph"),
    ("liz", "elizabeth"),
    ("jen", "jennifer"),
    ("steve", "stephen"),
    ("steve", "steven"),
    ("tony", "antony"),
    ("tony", "anthony"),
    ("mike", "michael"),
    ("bob", "robert"),
    ("bill", "william"),
    ("jim", "james"),
    ("tom", "thomas"),
    ("dan", "daniel"),
    ("chris", "christopher"),
    ("matt", "matthew"),
    ("ned", "edward"),
    ("jake", "jacob"),
    ("kate", "katherine"),
    ("sam", "samuel"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ben", "benjamin"),
    ("nick", "nicholas"),
    ("alex", "alexander"),
    ("greg", "gregory"),
    ("doug", "douglas"),
    ("phil", "philip"),
    ("pete", "peter"),
    ("dave", "david"),
    ("don", "donald"),
    ("deb", "deborah"),
    ("tim", "timothy"),
    ("jeff", "jeffrey"),
    ("josh", "joshua"),
    ("toria", "victoria"),
];

fn first_names_agree(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next() || NICKNAMES.iter().any(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b))
}

/// A name as the scorer compares it: ASCII-folded, lower case, apostrophes dropped, one-letter
/// tokens (initials) dropped.
fn norm(name: &str) -> Vec<String> {
    let folded = deunicode::deunicode(name).to_lowercase();
    let cleaned: String = folded
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c == ' ' || c == '-' {
                c
            } else if c == '\'' {
                '\0'
            } else {
                ' '
            }
        })
        .filter(|&c| c != '\0')
        .collect();
    cleaned.split_whitespace().filter(|t| t.len() > 1 || *t == "o").map(String::from).collect()
}

/// Same person: equal names or the same words in another order (surname first: "Kishida Fumio");
/// equal last names with first names that agree (same initial, or a nickname pair); one side
/// surname first and the other given name first; or one side giving the last name alone.
pub fn same_person(predicted: &str, gold: &str) -> bool {
    let (p, g) = (norm(predicted), norm(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v
    };
    if p == g || sorted(&p) == sorted(&g) {
        return true;
    }
    if p.last() != g.last() {
        return p.len() > 1 && g.len() > 1 && p[0] == g[g.len() - 1] && first_names_agree(&p[p.len() - 1], &g[0]);
    }
    p.len() == 1 || g.len() == 1 || first_names_agree(&p[0], &g[0])
}
