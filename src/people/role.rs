//! What readouts say a speaker form is (the countries it speaks for, the titles it is given), and
//! whom a bare surname's role points to: the registry's last way of telling which person a
//! one-word name is (rule 4 of [`super::registry`]).

use std::collections::HashMap;

/// What readouts say a form (a name as written) is: every country it is said to speak for (ISO
/// codes) and every title it is given, each with the number of readouts saying so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormRole {
    /// Countries and their readouts.
    pub countries: Vec<(String, u64)>,
    /// Titles and their readouts.
    pub titles: Vec<(String, u64)>,
}

impl FormRole {
    /// The country more than half of the readouts that give one give (a form said to be of two
    /// countries as often has none; one vote of three is no majority).
    pub(super) fn country(&self) -> Option<&str> {
        majority(&self.countries)
    }

    /// The title more than half of the readouts that give one give.
    pub(super) fn title(&self) -> Option<&str> {
        majority(&self.titles)
    }

    pub(super) fn gives_country(&self, country: &str) -> bool {
        self.countries.iter().any(|(c, _)| c == country)
    }

    pub(super) fn gives_title(&self, title: &str) -> bool {
        self.titles.iter().any(|(t, _)| t == title)
    }
}

fn majority(counts: &[(String, u64)]) -> Option<&str> {
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    counts.iter().find(|(_, n)| 2 * n > total).map(|(v, _)| v.as_str())
}

/// The kinds of office (`data/title_kinds.txt`), each with its words.
static TITLE_KINDS: std::sync::LazyLock<Vec<(&'static str, Vec<&'static str>)>> = std::sync::LazyLock::new(|| {
    let mut kinds: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in TITLE_KINDS_TXT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(kind) => kinds.push((kind, Vec::new())),
            None => {
                if let Some((_, words)) = kinds.last_mut() {
                    words.extend(line.split_whitespace());
                }
            }
        }
    }
    kinds
});

/// The kinds of office file, as part of the people's version.
pub(crate) const TITLE_KINDS_TXT: &str = include_str!("../../data/title_kinds.txt");

/// The kind of office `title` names, if its words listed under a kind are all of one kind
/// ("Speaker" → legislature, "His Holiness Pope" → clergy, "President-elect" → government;
/// "Senate President Pro Tempore", of two kinds, → none).
pub(super) fn kind_of_title(title: &str) -> Option<&'static str> {
    let words: Vec<String> = title
        .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            match w.strip_suffix('s') {
                Some(single) if w.len() > 3 && !w.ends_with("ss") => single.to_string(),
                _ => w,
            }
        })
        .collect();
    let mut kinds = TITLE_KINDS.iter().filter(|(_, listed)| words.iter().any(|w| listed.contains(&w.as_str())));
    match (kinds.next(), kinds.next()) {
        (Some((kind, _)), None) => Some(kind),
        _ => None,
    }
}

/// Whether what readouts say a bare surname is (`role`) contradicts what they say a person's full
/// names are (`person`): its usual title is an office of one kind and every title of theirs that
/// is of a kind is of another ("Speaker McCarthy" and National Climate Advisor Gina McCarthy;
/// "Pope Francis" and Foreign Minister David Francis). A title of no kind, or a person without
/// titles of a kind, contradicts nothing.
pub(super) fn contradicts(role: &FormRole, person: &[&FormRole]) -> bool {
    // Said by two readouts at least: one "Senator X" of a secretary's earlier career, or one
    // misread line, is no other person.
    let usual = role.title().filter(|t| role.titles.iter().any(|(given, n)| given == t && *n >= 2));
    let Some(kind) = usual.and_then(kind_of_title) else { return false };
    let mut theirs = person.iter().flat_map(|r| r.titles.iter()).filter_map(|(t, _)| kind_of_title(t)).peekable();
    theirs.peek().is_some() && theirs.all(|k| k != kind)
}

/// What readouts say each form is, from `(form, title, country, readouts)` as the index keeps
/// them: the countries and titles given it, most readouts first (ties: in order).
pub fn roles_of_forms(roles: &[(String, Option<String>, Option<String>, u64)]) -> HashMap<String, FormRole> {
    type Counts<'a> = HashMap<&'a str, u64>;
    let mut counts: HashMap<&str, (Counts<'_>, Counts<'_>)> = HashMap::new();
    for (name, title, country, n) in roles {
        let (countries, titles) = counts.entry(name).or_default();
        if let Some(country) = country {
            *countries.entry(country).or_default() += n;
        }
        if let Some(title) = title {
            *titles.entry(title).or_default() += n;
        }
    }
    let ranked = |counts: Counts<'_>| {
        let mut v: Vec<(String, u64)> = counts.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    counts
        .into_iter()
        .map(|(name, (countries, titles))| {
            (name.to_string(), FormRole { countries: ranked(countries), titles: ranked(titles) })
        })
        .collect()
}

/// Whom a bare surname's role points to among the people it may stand for.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Fit {
    /// This person.
    One(usize),
    /// More than one.
    Several,
    /// No one.
    Nobody,
}

impl Fit {
    fn of(people: &[usize]) -> Fit {
        match people {
            [] => Fit::Nobody,
            [only] => Fit::One(*only),
            _ => Fit::Several,
        }
    }
}

/// Of `people`, the one readouts say speaks for `role`'s country; else, among those said to speak
/// for it or for none, the one readouts give `role`'s title. The country comes first: a title
/// ("President") is shared more often than a country. A person counts for every country and title
/// any of their forms is given: a bare surname joins no one whom another of its kind could be.
pub(super) fn fitting_role(people: &[usize], role: &FormRole, roles_of: &HashMap<usize, Vec<&FormRole>>) -> Fit {
    let given = |pool: &[usize], gives: &dyn Fn(&FormRole) -> bool| -> Vec<usize> {
        let mut with: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|p| roles_of.get(p).is_some_and(|roles| roles.iter().any(|r| gives(r))))
            .collect();
        with.sort_unstable();
        with.dedup();
        with
    };
    let titled = |pool: &[usize]| role.title().map(|title| given(pool, &|r| r.gives_title(title))).unwrap_or_default();
    let Some(country) = role.country() else { return Fit::of(&titled(people)) };
    let of_country = given(people, &|r| r.gives_country(country));
    if let [only] = of_country[..] {
        return Fit::One(only);
    }
    let pool: Vec<usize> = if of_country.is_empty() {
        people
            .iter()
            .copied()
            .filter(|p| roles_of.get(p).is_none_or(|roles| roles.iter().all(|r| r.countries.is_empty())))
            .collect()
    } else {
        of_country.clone()
    };
    match Fit::of(&titled(&pool)) {
        // Nobody titled so among several of the country: still several it could be.
        Fit::Nobody if !of_country.is_empty() => Fit::Several,
        fit => fit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(
        name: &str,
        title: Option<&str>,
        country: Option<&str>,
        n: u64,
    ) -> (String, Option<String>, Option<String>, u64) {
        (name.to_string(), title.map(String::from), country.map(String::from), n)
    }

    #[test]
    fn an_office_of_another_kind_tells_people_apart() {
        let form = |title: &str, n: u64| FormRole { countries: Vec::new(), titles: vec![(title.to_string(), n)] };
        // "Speaker McCarthy" is no climate advisor; "Pope Francis" no foreign minister.
        assert!(contradicts(&form("Speaker", 4), &[&form("National Climate Advisor", 21)]));
        assert!(contradicts(&form("His Holiness Pope", 5), &[&form("Foreign Minister", 1)]));
        // One readout's title is not enough: a secretary of state once called "Senator".
        assert!(!contradicts(&form("Senator", 1), &[&form("Secretary of State", 9)]));
        // Offices of one kind, however written: a president-elect becomes president, senators are
        // senators, a deputy secretary of state is a deputy secretary.
        assert!(!contradicts(&form("Senator", 2), &[&form("U.S. Senators", 1)]));
        assert!(!contradicts(&form("President", 2), &[&form("President-elect", 2)]));
        assert!(!contradicts(&form("Deputy Secretary", 3), &[&form("Deputy Secretary of State", 9)]));
        // A title of no listed kind, or a person with none of a kind, contradicts nothing: a
        // committee chair may be a senator.
        assert!(!contradicts(&form("Committee Chair", 2), &[&form("Senator", 1)]));
        assert!(!contradicts(&form("Speaker", 2), &[&form("Affairs", 1)]));
        assert!(!contradicts(&form("Speaker", 2), &[]));
        assert_eq!(kind_of_title("Congresswoman"), Some("legislature"));
        assert_eq!(kind_of_title("Chair"), None);
        // A representative may be a trade or UN representative: no kind; two kinds make none.
        assert_eq!(kind_of_title("U.S. Trade Representative"), None);
        assert_eq!(kind_of_title("U.S. Representative to the UN Ambassador"), Some("government"));
        assert_eq!(kind_of_title("Senate President Pro Tempore"), None);
        // The file's words are lower case, as titles' words are compared folded.
        assert!(TITLE_KINDS.iter().flat_map(|(_, w)| w).all(|w| w.chars().all(|c| !c.is_uppercase())));
    }

    #[test]
    fn a_form_s_role_counts_every_readout_and_its_majority_decides() {
        let roles = roles_of_forms(&[
            role("Bennett", Some("Prime Minister"), Some("IL"), 3),
            role("Bennett", Some("Israeli Prime Minister"), Some("IL"), 1),
            role("Bennett", None, Some("US"), 1),
            role("Johnson", None, Some("GB"), 1),
            role("Johnson", None, Some("US"), 1),
            role("Lee", None, None, 2),
        ]);
        let bennett = &roles["Bennett"];
        assert_eq!(bennett.countries, [("IL".to_string(), 4), ("US".to_string(), 1)]);
        assert_eq!(bennett.country(), Some("IL"));
        // 3 of 4 readouts that give a title: a majority.
        assert_eq!(bennett.title(), Some("Prime Minister"));
        assert!(bennett.gives_title("Israeli Prime Minister") && bennett.gives_country("US"));
        // A tie is no majority; the order of a tie is the codes'.
        let johnson = &roles["Johnson"];
        assert_eq!(johnson.country(), None);
        assert_eq!(johnson.countries[0].0, "GB");
        // A form with no role given has none.
        assert_eq!(roles["Lee"], FormRole::default());
    }
}
