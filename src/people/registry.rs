//! The people registry: every speaker form the index holds, grouped into people, each with one
//! canonical name.
//!
//! Forms join one person by these rules, in order:
//! 1. the alias file (`data/people_aliases.txt`, or a file the caller gives): the forms of a line
//!    are one person, and the line's first name is the canonical one;
//! 2. names that are the same by [`name::relation`] alone: the same words in any order, or the same
//!    surname with given names that agree (variants of `data/given_names.txt`, or one spelling of
//!    the other: [`name::one_spelling_of_the_other`]) and no contradicting middle name;
//! 3. a name of two words or more that ends or starts a longer name ("López Obrador") joins that
//!    person when exactly one person's names end or start that way;
//! 4. a one-word name ("Biden") joins the person named in at least [`SURNAME_SHARE`] of the
//!    readouts that name anyone whose full name ends or starts with that word ("Joe Biden" over
//!    "Jill Biden"; the start counts for surname-first names: "Xi" of "Xi Jinping", unless the word
//!    starts two people's names and is a given name: "Ned" of Ned Price and Ned Lamont, "Michel"
//!    of Michel Aoun and Michel Ghandour, which leaves Charles Michel), unless two readouts or
//!    more give the word an office of another kind than every one of that person's
//!    (`data/title_kinds.txt`: "Speaker McCarthy" is not National Climate Advisor Gina McCarthy,
//!    "Pope Francis" not Foreign Minister David Francis): then the rules below choose among the
//!    others. Else, when readouts say
//!    which country the one-word name speaks for, it joins the one person of those names who
//!    speaks for that country ("Bennett" of Israel: Naftali Bennett, not an American Bennett);
//!    else, by the title readouts most often give it, the one person of those names given that
//!    title ("Senator Manchin": Joe Manchin, not Gayle Manchin). Else it stays a person of its
//!    own, as written ("Kim": Sung Kim and Kim Jong Un).
//!
//! The canonical name (rule of the registry): the alias line's first name, else the form of two
//! words or more that the most readouts use (ties: more words, then alphabetical), else the most
//! used form. So "Joe Biden" (997 readouts) over "Joseph Biden" (385), "Kishida Fumio" (25) over
//! "Fumio Kishida" (4). The registry is built from the forms of the indexed readouts when an index
//! is searched, so a new alias (an alias-file line, or a new readout that links two forms) reaches
//! every readout already indexed at once, with no re-indexing.

use std::collections::HashMap;

use super::name::{self, Relation};
use super::role::{Fit, FormRole, contradicts, fitting_role};

/// The share of readouts naming someone of a surname that one person must have for the bare
/// surname to be theirs, as a fraction (nine in ten).
pub const SURNAME_SHARE: (u64, u64) = (9, 10);

/// One person: a canonical name and every form of it seen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// The canonical name.
    pub name: String,
    /// Every form seen (the canonical name included), most used first.
    pub forms: Vec<String>,
    /// Readouts naming any form, summed over the forms (extraction names a person once a
    /// readout, so this counts readouts unless two forms only the corpus links share one).
    pub readouts: u64,
}

/// An alias file: lines of forms of one person.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    /// Each line's forms, canonical first.
    lines: Vec<Vec<String>>,
    /// Each line's forms as [`name::words`] joined by spaces.
    keys: Vec<Vec<String>>,
}

/// A line of an alias file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct AliasError {
    /// Its number, from 1.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl Aliases {
    /// The aliases bundled in `data/people_aliases.txt`.
    pub fn bundled() -> &'static Aliases {
        static BUNDLED: std::sync::LazyLock<Aliases> = std::sync::LazyLock::new(|| {
            Aliases::parse(BUNDLED_TXT).unwrap_or_else(|e| panic!("data/people_aliases.txt: {e}"))
        });
        &BUNDLED
    }

    /// Reads an alias file: `Canonical Name = Alias = Alias` a line; `#` starts a comment line.
    pub fn parse(text: &str) -> Result<Aliases, AliasError> {
        let mut lines = Vec::new();
        for (at, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |reason: &str| AliasError { line: at + 1, reason: reason.to_string() };
            let forms: Vec<String> = line.split('=').map(|f| f.trim().to_string()).collect();
            if forms.len() < 2 {
                return Err(error("no \" = \": write `Canonical Name = Alias`"));
            }
            if forms.iter().any(|f| name::words(f).is_empty()) {
                return Err(error("an empty name (two \"=\" in a row, or one at an end)"));
            }
            lines.push(forms);
        }
        let keys = lines.iter().map(|l| l.iter().map(|f| name::words(f).join(" ")).collect()).collect();
        Ok(Aliases { lines, keys })
    }

    /// True when one line of the file holds both names (each given as [`name::words`]).
    pub fn link(&self, a: &[String], b: &[String]) -> bool {
        let (a, b) = (a.join(" "), b.join(" "));
        self.keys.iter().any(|line| line.contains(&a) && line.contains(&b))
    }

    /// Adds the lines of `other` after these (their lines win where both name a form).
    pub fn extend(&mut self, other: Aliases) {
        self.lines.extend(other.lines);
        self.keys.extend(other.keys);
    }
}

/// The bundled alias file. The registry is built when an index is searched, so a new line reaches
/// every indexed readout's filters and counts at once; extraction also reads it (a readout names
/// each person once), so it is part of the extractor's version too.
pub(crate) const BUNDLED_TXT: &str = include_str!("../../data/people_aliases.txt");

/// People, and the person of every form.
///
/// Lookups are binary searches over sorted lists rather than hash maps, so that a registry kept
/// on disk (see `src/index/kept.rs`) is ready once read: building the maps was a third of
/// loading one, 0.9 of 2.6 ms for the bundled corpus.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    people: Vec<Person>,
    /// Every form as (person, place among the person's forms), in the forms' order.
    by_form: Vec<(u32, u32)>,
    /// A name's words joined by spaces (forms' and alias lines'), with its person, in the words'
    /// order: for names asked for.
    by_words: Vec<(String, u32)>,
}

/// A [`Registry`] as data to keep (see `src/index/kept.rs`): sorting its forms was a third of
/// reading one back.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct RegistryParts {
    people: Vec<Person>,
    by_words: Vec<(String, u32)>,
    by_form: Vec<(u32, u32)>,
}

/// Union-find over form numbers.
struct Groups(Vec<usize>);

impl Groups {
    fn root(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            // The lower number stays the root: alias lines come first and keep their canonical name.
            let (keep, go) = if a < b { (a, b) } else { (b, a) };
            self.0[go] = keep;
        }
    }
}

impl Registry {
    /// Groups `forms` (each with the number of readouts naming it) into people.
    pub fn build(forms: impl IntoIterator<Item = (String, u64)>, aliases: &Aliases) -> Registry {
        Registry::build_knowing_roles(forms, aliases, &HashMap::new())
    }

    /// [`Registry::build`], knowing what readouts most often say each form is (its country and
    /// its title), which decides a bare surname that no one person of it dominates (rule 4).
    pub fn build_knowing_roles(
        forms: impl IntoIterator<Item = (String, u64)>,
        aliases: &Aliases,
        role_of_form: &HashMap<String, FormRole>,
    ) -> Registry {
        // Nodes: the alias lines' canonical names first, then the forms.
        let mut names: Vec<(String, u64, bool)> = aliases.lines.iter().map(|l| (l[0].clone(), 0, true)).collect();
        let alias_count = names.len();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (form, readouts) in forms {
            if let Some(&at) = seen.get(&form) {
                names[at].1 += readouts;
                continue;
            }
            seen.insert(form.clone(), names.len());
            names.push((form, readouts, false));
        }
        let joined: Vec<String> = names.iter().map(|(n, _, _)| name::words(n).join(" ")).collect();
        // Compared with given names in one spelling: "Mohammed bin Zayed" is a part of "Mohamed bin
        // Zayed Al Nahyan".
        let words: Vec<Vec<String>> = joined
            .iter()
            .map(|j| j.split(' ').filter(|w| !w.is_empty()).map(|w| name::given_form(w).to_string()).collect())
            .collect();
        let mut groups = Groups((0..names.len()).collect());

        // 1. Alias lines.
        let mut alias_of: HashMap<String, usize> = HashMap::new();
        for (line, forms) in aliases.lines.iter().enumerate() {
            for form in forms {
                alias_of.insert(name::words(form).join(" "), line);
            }
        }
        for (node, key) in joined.iter().enumerate().skip(alias_count) {
            if let Some(&line) = alias_of.get(key) {
                groups.join(line, node);
            }
        }

        // 2. Names that are the same by themselves. Candidates share their last word or, in
        // either order, their first: comparing every pair would be quadratic in the forms.
        let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
        for (node, w) in words.iter().enumerate() {
            if w.len() > 1 {
                by_word.entry(w[w.len() - 1].as_str()).or_default().push(node);
                by_word.entry(w[0].as_str()).or_default().push(node);
            }
        }
        for bucket in by_word.values() {
            for (i, &a) in bucket.iter().enumerate() {
                for &b in &bucket[i + 1..] {
                    if relation_of(&words, a, b) == Relation::Same {
                        groups.join(a, b);
                    }
                }
            }
        }

        // 3. A part of exactly one person's longer names.
        let mut parts: HashMap<&[String], Vec<usize>> = HashMap::new();
        for (node, w) in words.iter().enumerate() {
            for len in 2..w.len() {
                parts.entry(&w[..len]).or_default().push(node);
                parts.entry(&w[w.len() - len..]).or_default().push(node);
            }
        }
        for (node, w) in words.iter().enumerate() {
            if w.len() < 2 {
                continue;
            }
            if let Some(longer) = parts.get(w.as_slice()) {
                let mut people: Vec<usize> = longer.iter().map(|&n| groups.root(n)).collect();
                people.sort_unstable();
                people.dedup();
                if let [only] = people[..] {
                    groups.join(only, node);
                }
            }
        }

        // 4. A bare surname: the person most named by it, when they dominate.
        let mut readouts_of: HashMap<usize, u64> = HashMap::new();
        for (node, w) in words.iter().enumerate() {
            if w.len() > 1 {
                *readouts_of.entry(groups.root(node)).or_default() += names[node].1;
            }
        }
        // A word that starts the names of two people or more is a given name ("Ned": Ned Price, Ned
        // Lamont), and alone it stands for none of them; one that starts a single person's names
        // may be a surname written first ("Xi" of "Xi Jinping").
        let mut first_word_of: HashMap<&str, Vec<usize>> = HashMap::new();
        for (node, w) in words.iter().enumerate() {
            if w.len() > 1 {
                first_word_of.entry(w[0].as_str()).or_default().push(groups.root(node));
            }
        }
        for people in first_word_of.values_mut() {
            people.sort_unstable();
            people.dedup();
        }
        // What each person of two words or more is said to be, by their forms' roles.
        let mut roles_of: HashMap<usize, Vec<&FormRole>> = HashMap::new();
        for (node, w) in words.iter().enumerate() {
            if let Some(role) = role_of_form.get(&names[node].0).filter(|_| w.len() > 1) {
                roles_of.entry(groups.root(node)).or_default().push(role);
            }
        }
        // Decided on the people as rules 1-3 left them, then joined: a join can move a person's
        // root, and `readouts_of` knows the roots from before ("Ned" joining Ned Price left "Price"
        // finding a root with no readouts).
        let mut surname_joins = Vec::new();
        for (node, w) in words.iter().enumerate() {
            let [surname] = w.as_slice() else { continue };
            // A form an alias line placed stays where it is.
            if groups.root(node) != node {
                continue;
            }
            let given_name = first_word_of.get(surname.as_str()).is_some_and(|people| people.len() > 1);
            // A given name's people are not counted by it: "Michel" is Charles Michel's surname
            // and Michel Aoun's given name.
            let found: Vec<(usize, bool)> = by_word
                .get(surname.as_str())
                .into_iter()
                .flatten()
                .map(|&n| (n, words[n].last() == Some(surname)))
                .filter(|&(_, ends)| !given_name || ends)
                .map(|(n, ends)| (groups.root(n), ends))
                .collect();
            let people = || found.iter().map(|&(p, _)| p).collect::<Vec<_>>();
            let role = role_of_form.get(&names[node].0);
            // The person most named by it, unless readouts give the surname an office of another
            // kind than that person's ("Speaker McCarthy" is not Gina McCarthy): then the others.
            let mut ruled_out = None;
            if let Some(best) = dominant(people(), |p| readouts_of.get(&p).copied().unwrap_or(0)) {
                let contradicted =
                    role.zip(roles_of.get(&best)).is_some_and(|(role, theirs)| contradicts(role, theirs));
                if !contradicted {
                    surname_joins.push((best, node));
                    continue;
                }
                ruled_out = Some(best);
            }
            if let Some(role) = role {
                // Those it is the surname of first ("Lee" of the United States: Senator Mike Lee
                // before Lee Satterfield), then, when none of them fits, those whose names it
                // starts (surname-first names: "President Moon" of Moon Jae-in).
                let of = |ends: bool| {
                    found
                        .iter()
                        .filter(|&&(p, e)| e == ends && Some(p) != ruled_out)
                        .map(|&(p, _)| p)
                        .collect::<Vec<_>>()
                };
                let fit = match fitting_role(&of(true), role, &roles_of) {
                    Fit::Nobody => fitting_role(&of(false), role, &roles_of),
                    fit => fit,
                };
                if let Fit::One(person) = fit {
                    surname_joins.push((person, node));
                }
            }
        }
        for (best, node) in surname_joins {
            groups.join(best, node);
        }

        // People, and their canonical names.
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for node in 0..names.len() {
            let root = groups.root(node);
            members.entry(root).or_default().push(node);
        }
        let mut registry = Registry::default();
        let mut by_words: HashMap<String, usize> = HashMap::new();
        let mut roots: Vec<usize> = members.keys().copied().collect();
        roots.sort_unstable();
        for root in roots {
            let mut nodes = members.remove(&root).unwrap_or_default();
            // Alias lines name people who may not be in this index.
            if nodes.iter().all(|&n| n < alias_count) {
                continue;
            }
            nodes.sort_by(|&a, &b| {
                names[b].1.cmp(&names[a].1).then(words[b].len().cmp(&words[a].len())).then(names[a].0.cmp(&names[b].0))
            });
            let canonical = if root < alias_count {
                names[root].0.clone()
            } else {
                let full = nodes.iter().find(|&&n| words[n].len() > 1).or(nodes.first()).copied().unwrap_or(root);
                names[full].0.clone()
            };
            let person = registry.people.len();
            let mut forms = Vec::new();
            let mut readouts = 0;
            for &n in &nodes {
                let (form, count, from_alias_file) = &names[n];
                by_words.entry(joined[n].clone()).or_insert(person);
                if !from_alias_file {
                    forms.push(form.clone());
                    readouts += count;
                }
            }
            if root < alias_count {
                for form in &aliases.lines[root] {
                    by_words.entry(name::words(form).join(" ")).or_insert(person);
                }
            }
            registry.people.push(Person { name: canonical, forms, readouts });
        }
        registry.by_words = by_words.into_iter().map(|(words, p)| (words, p as u32)).collect();
        registry.by_words.sort_unstable();
        registry.by_form = forms_in_order(&registry.people);
        registry
    }

    /// The registry as data to keep: its people, the words of every name asked for that stands
    /// for one of them, and its forms' order ([`RegistryParts`]).
    pub(crate) fn to_parts(&self) -> RegistryParts {
        RegistryParts { people: self.people.clone(), by_words: self.by_words.clone(), by_form: self.by_form.clone() }
    }

    /// A registry from the parts of [`Registry::to_parts`]; `None` when they are not such parts (a
    /// person or a form that is not there, names out of order).
    pub(crate) fn from_parts(parts: RegistryParts) -> Option<Registry> {
        let RegistryParts { people, by_words, by_form } = parts;
        let forms: usize = people.iter().map(|p| p.forms.len()).sum();
        let fits = by_words.iter().all(|(_, p)| (*p as usize) < people.len())
            && by_words.windows(2).all(|pair| pair[0].0 < pair[1].0)
            && by_form.len() == forms
            && by_form
                .iter()
                .all(|&(p, f)| people.get(p as usize).is_some_and(|person| (f as usize) < person.forms.len()));
        if !fits {
            return None;
        }
        let registry = Registry { people, by_form, by_words };
        // In order, and so each form once.
        let ordered = registry.by_form.windows(2).all(|pair| registry.form_at(pair[0]) < registry.form_at(pair[1]));
        ordered.then_some(registry)
    }

    /// The form at a place of [`Registry::by_form`].
    fn form_at(&self, (person, place): (u32, u32)) -> &str {
        &self.people[person as usize].forms[place as usize]
    }

    /// Every form in the forms' order, with the number of its person.
    pub(crate) fn forms_in_order(&self) -> impl Iterator<Item = (&str, u32)> {
        self.by_form.iter().map(|&place| (self.form_at(place), place.0))
    }

    /// Every person, in no particular order.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The number of the person of a form the index holds: an index into [`Registry::people`].
    pub fn number_of_form(&self, form: &str) -> Option<usize> {
        let at = self.by_form.binary_search_by(|&place| self.form_at(place).cmp(form)).ok()?;
        Some(self.by_form[at].0 as usize)
    }

    /// The person of a form the index holds.
    pub fn of_form(&self, form: &str) -> Option<&Person> {
        self.number_of_form(form).map(|p| &self.people[p])
    }

    /// The canonical name of a form the index holds (the form itself when it is unknown).
    pub fn canonical<'a>(&'a self, form: &'a str) -> &'a str {
        self.of_form(form).map_or(form, |p| p.name.as_str())
    }

    /// The person a name someone asks for stands for: any of their forms or aliases, in any case,
    /// with or without accents, in either name order, with a given name's variant; a bare surname
    /// or a part of a name when only one person fits (the most named one, for a surname, when
    /// they dominate as in rule 4).
    ///
    /// A name asked for with its titles ("President Biden", "Prime Minister Kishida", "King
    /// Abdullah II") stands for the person of the name without them, when the name as written
    /// stands for no one.
    pub fn find(&self, asked: &str) -> Option<&Person> {
        let untitled = name::without_leading_titles(asked);
        // Exact forms first, the scans of every form after (a titled name found by its form took
        // six times as long when the scan of the name as written came first).
        self.form_named(asked)
            .or_else(|| self.form_named(untitled?))
            .or_else(|| self.find_as_written(asked))
            .or_else(|| self.find_as_written(untitled?))
    }

    /// The person one of whose forms `asked` is, word for word as compared.
    fn form_named(&self, asked: &str) -> Option<&Person> {
        let joined = name::words(asked).join(" ");
        let at = self.by_words.binary_search_by(|(key, _)| key.as_str().cmp(&joined)).ok()?;
        Some(&self.people[self.by_words[at].1 as usize])
    }

    /// The person a name no one has may be a misspelling of ("Blinkin", "Antony Blinkin",
    /// "President Zelinsky"): each of its words within a typo or two of the last words of one
    /// of their forms, the fewest edits first, then the most named. None for a name
    /// [`Registry::find`] finds, and for one whose every word is a word of someone's name
    /// ("Charles", "Chief Williams": a name several people could be, not a typo).
    pub fn suggest(&self, asked: &str) -> Option<&Person> {
        if self.find(asked).is_some() {
            return None;
        }
        let words = name::words(name::without_leading_titles(asked).unwrap_or(asked));
        let known = |word: &String| self.by_words.iter().any(|(key, _)| key.split(' ').any(|w| w == word));
        if words.is_empty() || words.iter().all(known) {
            return None;
        }
        // A typo as the search's typo tolerance counts them, by the word's length.
        let edits = |typed: &str, form: &str| {
            let budget = usize::from(crate::search::query::typo_budget(typed));
            Some(strsim::osa_distance(typed, form)).filter(|&d| d <= budget)
        };
        self.by_words
            .iter()
            .filter_map(|(key, p)| {
                let theirs: Vec<&str> = key.split(' ').collect();
                if theirs.len() < words.len() {
                    return None;
                }
                let total: Option<usize> =
                    words.iter().rev().zip(theirs.iter().rev()).map(|(typed, form)| edits(typed, form)).sum();
                Some((total?, &self.people[*p as usize]))
            })
            .min_by(|(a, pa), (b, pb)| a.cmp(b).then(pb.readouts.cmp(&pa.readouts)).then_with(|| pa.name.cmp(&pb.name)))
            .map(|(_, person)| person)
    }

    fn find_as_written(&self, asked: &str) -> Option<&Person> {
        let words = name::words(asked);
        if words.is_empty() {
            return None;
        }
        let mut same = Vec::new();
        let mut part = Vec::new();
        let mut surname = Vec::new();
        for (key, p) in &self.by_words {
            let p = *p as usize;
            let theirs: Vec<&str> = key.split(' ').collect();
            if let [only] = words.as_slice() {
                if theirs.len() > 1 && (theirs[0] == only || theirs[theirs.len() - 1] == only) {
                    surname.push(p);
                }
                continue;
            }
            let theirs: Vec<String> = theirs.into_iter().map(str::to_string).collect();
            match name::relation(&words, &theirs) {
                Relation::Same => same.push(p),
                Relation::Part if words.len() < theirs.len() => part.push(p),
                _ => {}
            }
        }
        for mut found in [same, part] {
            found.sort_unstable();
            found.dedup();
            if let [only] = found[..] {
                return Some(&self.people[only]);
            }
        }
        dominant(surname, |p| self.people[p].readouts).map(|p| &self.people[p])
    }
}

/// Every form of `people` as (person, place among the person's forms), in the forms' order. A
/// form belongs to one person (the registry's nodes are distinct forms).
fn forms_in_order(people: &[Person]) -> Vec<(u32, u32)> {
    let mut by_form: Vec<(u32, u32)> = people
        .iter()
        .enumerate()
        .flat_map(|(p, person)| (0..person.forms.len()).map(move |f| (p as u32, f as u32)))
        .collect();
    let form = |&(p, f): &(u32, u32)| people[p as usize].forms[f as usize].as_str();
    by_form.sort_unstable_by(|a, b| form(a).cmp(form(b)));
    by_form
}

/// Of the people a bare surname may stand for, the one named in at least [`SURNAME_SHARE`] of
/// their readouts, if any.
fn dominant(mut people: Vec<usize>, readouts: impl Fn(usize) -> u64) -> Option<usize> {
    people.sort_unstable();
    people.dedup();
    let total: u64 = people.iter().map(|&p| readouts(p)).sum();
    let best = people.iter().copied().max_by_key(|&p| readouts(p))?;
    // In integers: 0.9 × 10 is a little over 9 in floating point, and 9 of 10 must qualify.
    let (share_num, share_den) = SURNAME_SHARE;
    (total > 0 && readouts(best) * share_den >= share_num * total).then_some(best)
}

fn relation_of(words: &[Vec<String>], a: usize, b: usize) -> Relation {
    name::relation(&words[a], &words[b])
}

#[cfg(test)]
mod tests;
