use super::*;

fn registry(forms: &[(&str, u64)]) -> Registry {
    Registry::build(forms.iter().map(|(f, n)| (f.to_string(), *n)), Aliases::bundled())
}

const FORMS: &[(&str, u64)] = &[
    ("Joe Biden", 997),
    ("Biden", 562),
    ("Joseph Biden", 385),
    ("Jill Biden", 5),
    ("Volodymyr Zelenskyy", 43),
    ("Zelenskyy", 15),
    ("Kishida Fumio", 25),
    ("Kishida", 12),
    ("Fumio Kishida", 4),
    ("Andrés Manuel López Obrador", 26),
    ("López Obrador", 11),
    ("Andres Manuel Lopez Obrador", 4),
    ("Lopez Obrador", 4),
    ("Andres Manuel López Obrador", 2),
    ("Liz Sherwood-Randall", 33),
    ("Elizabeth Sherwood-Randall", 10),
    ("Sung Kim", 10),
    ("Kim Jong Un", 3),
    ("Kim", 2),
    ("Tamim Bin Hamad Al-Thani", 11),
    ("Tamim bin Hamad Al Thani", 3),
    ("Mohammed bin Abdulrahman Al-Thani", 10),
    ("Al Thani", 3),
    ("Xi Jinping", 15),
    ("Xi", 8),
    ("Abdullah II", 25),
    ("Abdullah", 2),
    ("Abdullah Abdullah", 2),
    ("Akiba Takeo", 2),
    ("Mori Takeo", 2),
    ("António Guterres", 6),
    ("Antonio Guterres", 4),
    ("Guterres", 1),
];

#[test]
fn one_person_one_name() {
    let r = registry(FORMS);
    let cases = [
        ("Joe Biden", "Joe Biden"),
        ("Joseph Biden", "Joe Biden"),
        ("Biden", "Joe Biden"),
        ("Jill Biden", "Jill Biden"),
        ("Zelenskyy", "Volodymyr Zelenskyy"),
        ("Fumio Kishida", "Kishida Fumio"),
        ("Kishida", "Kishida Fumio"),
        ("Lopez Obrador", "Andrés Manuel López Obrador"),
        ("Andres Manuel Lopez Obrador", "Andrés Manuel López Obrador"),
        ("Elizabeth Sherwood-Randall", "Liz Sherwood-Randall"),
        ("Sung Kim", "Sung Kim"),
        ("Kim Jong Un", "Kim Jong Un"),
        ("Kim", "Kim"),
        ("Tamim bin Hamad Al Thani", "Tamim Bin Hamad Al-Thani"),
        ("Mohammed bin Abdulrahman Al-Thani", "Mohammed bin Abdulrahman Al-Thani"),
        ("Al Thani", "Al Thani"),
        ("Xi", "Xi Jinping"),
        ("Abdullah II", "Abdullah II"),
        ("Abdullah Abdullah", "Abdullah Abdullah"),
        ("Akiba Takeo", "Akiba Takeo"),
        ("Mori Takeo", "Mori Takeo"),
        ("Guterres", "António Guterres"),
        ("Antonio Guterres", "António Guterres"),
    ];
    for (form, canonical) in cases {
        assert_eq!(r.canonical(form), canonical, "{form}");
    }
    let biden = r.of_form("Biden").unwrap();
    assert_eq!(biden.forms, ["Joe Biden", "Biden", "Joseph Biden"]);
    assert_eq!(biden.readouts, 997 + 562 + 385);
}

#[test]
fn a_bare_surname_joins_its_person_after_a_given_name_did() {
    // "Ned" joins Ned Price first and moves his group's root: "Price" must still find him.
    let r = registry(&[("Ned", 4), ("Ned Price", 636), ("Price", 38)]);
    assert_eq!(r.canonical("Price"), "Ned Price");
    assert_eq!(r.canonical("Ned"), "Ned Price");
    assert_eq!(r.of_form("Price").unwrap().readouts, 4 + 636 + 38);
}

#[test]
fn nine_readouts_in_ten_make_a_surname_someone_s() {
    let r = registry(&[("Naftali Bennett", 9), ("Forrest Bennett", 1), ("Bennett", 5)]);
    assert_eq!(r.canonical("Bennett"), "Naftali Bennett");
    let r = registry(&[("Naftali Bennett", 8), ("Forrest Bennett", 1), ("Tom Bennett", 1), ("Bennett", 5)]);
    assert_eq!(r.canonical("Bennett"), "Bennett");
}

#[test]
fn the_arabic_article_is_one_in_either_spelling() {
    let r = registry(&[("Abdel Fattah Al-Sisi", 13), ("Abdel Fattah El-Sisi", 6), ("Abdel-Fattah El Sisi", 1)]);
    assert_eq!(r.people().len(), 1);
    assert_eq!(r.canonical("Abdel-Fattah El Sisi"), "Abdel Fattah Al-Sisi");
}

#[test]
fn a_word_that_starts_two_peoples_names_is_a_given_name() {
    // Alone, "Ned" is no one's form when Ned Lamont is a speaker too; a surname still is.
    let r = registry(&[("Ned", 4), ("Ned Lamont", 3), ("Ned Price", 636), ("Price", 38)]);
    assert_eq!(r.canonical("Ned"), "Ned");
    assert_eq!(r.canonical("Price"), "Ned Price");
    assert_eq!(r.canonical("Ned Lamont"), "Ned Lamont");
    // A word that is some people's given name may be one person's surname.
    let r = registry(&[("Charles Michel", 5), ("Michel Ghandour", 6), ("Michel Aoun", 2), ("Michel", 3)]);
    assert_eq!(r.canonical("Michel"), "Charles Michel");
}

#[test]
fn names_asked_for_find_their_person() {
    let r = registry(FORMS);
    let cases = [
        ("joe biden", Some("Joe Biden")),
        ("Joseph R. Biden Jr.", Some("Joe Biden")),
        ("Zelensky", Some("Volodymyr Zelenskyy")),
        ("Volodymyr Zelensky", Some("Volodymyr Zelenskyy")),
        ("Fumio Kishida", Some("Kishida Fumio")),
        ("lopez obrador", Some("Andrés Manuel López Obrador")),
        ("Liz Sherwood Randall", Some("Liz Sherwood-Randall")),
        ("Antonio Guterres", Some("António Guterres")),
        ("Jill Biden", Some("Jill Biden")),
        ("Takeo", None),
        ("Nobody Known", None),
        // With the titles readouts write before the name, in any case.
        ("President Biden", Some("Joe Biden")),
        ("president joe biden", Some("Joe Biden")),
        ("Japanese Prime Minister Kishida", Some("Kishida Fumio")),
        ("Secretary-General Antonio Guterres", Some("António Guterres")),
        ("First Lady Jill Biden", Some("Jill Biden")),
        // Titles in capitals; titles alone name no one.
        ("PRESIDENT BIDEN", Some("Joe Biden")),
        ("President", None),
        ("Foreign Minister", None),
        ("President Xi", Some("Xi Jinping")),
        ("King Abdullah II", Some("Abdullah II")),
    ];
    for (asked, expected) in cases {
        assert_eq!(r.find(asked).map(|p| p.name.as_str()), expected, "{asked}");
    }
}

#[test]
fn alias_lines_that_cannot_be_read_name_their_line() {
    let err = Aliases::parse("# comment\nA Person = Another\nNo equals sign here\n").unwrap_err();
    assert_eq!(err, AliasError { line: 3, reason: "no \" = \": write `Canonical Name = Alias`".into() });
    assert_eq!(Aliases::parse("A = = B").unwrap_err().line, 1);
    assert_eq!(Aliases::parse("A =").unwrap_err().line, 1);
    assert!(Aliases::parse(BUNDLED_TXT).is_ok());
}

#[test]
fn an_alias_line_joins_forms_no_rule_can() {
    let aliases = Aliases::parse("Recep Tayyip Erdoğan = Erdogan").unwrap();
    let r = Registry::build([("Erdogan".to_string(), 4), ("Recep Tayyip Erdoğan".to_string(), 2)], &aliases);
    assert_eq!(r.people().len(), 1);
    assert_eq!(r.canonical("Erdogan"), "Recep Tayyip Erdoğan");
}

fn role(country: Option<&str>, title: Option<&str>) -> FormRole {
    let one = |v: Option<&str>| v.map(|v| vec![(v.to_string(), 1)]).unwrap_or_default();
    FormRole { countries: one(country), titles: one(title) }
}

fn with_roles(forms: &[(&str, u64)], roles: &[(&str, FormRole)]) -> Registry {
    let roles: HashMap<String, FormRole> = roles.iter().map(|(f, r)| (f.to_string(), r.clone())).collect();
    Registry::build_knowing_roles(forms.iter().map(|(f, n)| (f.to_string(), *n)), Aliases::bundled(), &roles)
}

#[test]
fn a_bare_surname_no_one_dominates_joins_the_one_person_of_its_country_or_title() {
    let forms = [
        ("Naftali Bennett", 7),
        ("Bennett", 4),
        ("Forrest Bennett", 1),
        ("Jeffrey Bennett", 1),
        ("Adrienne Jennings Bennett", 1),
        ("Boris Johnson", 21),
        ("Derrick Johnson", 7),
        ("Ron Johnson", 3),
        ("Johnson", 5),
        ("Lee Satterfield", 10),
        ("Matt Lee", 16),
        ("Lee", 3),
        ("Joe Manchin", 1),
        ("Gayle Manchin", 1),
        ("Manchin", 3),
        ("Nancy Tarrant", 2),
        ("Paul Tarrant", 1),
        ("Tarrant", 11),
    ];
    let roles = [
        ("Naftali Bennett", role(Some("IL"), Some("Prime Minister"))),
        ("Bennett", role(Some("IL"), Some("Prime Minister"))),
        ("Forrest Bennett", role(Some("US"), Some("Prime Minister"))),
        ("Boris Johnson", role(Some("GB"), None)),
        ("Derrick Johnson", role(Some("US"), None)),
        ("Ron Johnson", role(Some("US"), Some("Senator"))),
        ("Johnson", role(Some("US"), None)),
        ("Lee Satterfield", role(Some("US"), None)),
        ("Joe Manchin", role(None, Some("Senator"))),
        ("Manchin", role(None, Some("Senator"))),
        ("Nancy Tarrant", role(None, Some("Speaker"))),
        ("Paul Tarrant", role(None, Some("Speaker"))),
        ("Tarrant", role(None, Some("Speaker"))),
    ];
    let r = with_roles(&forms, &roles);
    // Naftali Bennett has 7 of the 11 readouts naming a Bennett: not nine in ten, but the only
    // Bennett of Israel (the country decides before the title, which an American shares here).
    assert_eq!(r.canonical("Bennett"), "Naftali Bennett");
    // Two Johnsons speak for the United States and "Johnson" has no title: as written.
    assert_eq!(r.canonical("Johnson"), "Johnson");
    // No role known for this "Lee": as written.
    assert_eq!(r.canonical("Lee"), "Lee");
    // No country, the one Senator Manchin.
    assert_eq!(r.canonical("Manchin"), "Joe Manchin");
    // Two Tarrants called Speaker (fictional: the bundled alias file names the real Tarrant): as written.
    assert_eq!(r.canonical("Tarrant"), "Tarrant");
    // Without roles, the rule of shares alone.
    let plain = registry(&forms);
    assert_eq!(plain.canonical("Bennett"), "Bennett");
    assert_eq!(plain.canonical("Manchin"), "Manchin");
}

#[test]
fn a_title_decides_only_among_those_of_the_bare_surname_s_country_or_of_none() {
    // Naftali Bennett with no country known, an American Bennett with his title: the American is
    // of another country, so the title finds Naftali Bennett.
    let forms = [("Naftali Bennett", 7), ("Forrest Bennett", 2), ("Tom Bennett", 2), ("Bennett", 4)];
    let r = with_roles(
        &forms,
        &[
            ("Naftali Bennett", role(None, Some("Prime Minister"))),
            ("Forrest Bennett", role(Some("US"), Some("Prime Minister"))),
            ("Bennett", role(Some("IL"), Some("Prime Minister"))),
        ],
    );
    assert_eq!(r.canonical("Bennett"), "Naftali Bennett");
    // The country first: "Smith" of the United Kingdom, called Minister as an American Smith is,
    // is the British one.
    let forms = [("Alan Smith", 3), ("Bob Smith", 3), ("Carol Smith", 3), ("Smith", 2)];
    let r = with_roles(
        &forms,
        &[
            ("Alan Smith", role(Some("GB"), Some("Ambassador"))),
            ("Bob Smith", role(Some("US"), Some("Minister"))),
            ("Smith", role(Some("GB"), Some("Minister"))),
        ],
    );
    assert_eq!(r.canonical("Smith"), "Alan Smith");
}

#[test]
fn a_bare_surname_s_role_looks_first_at_those_it_is_the_surname_of() {
    // "Lee" of the United States: Mike Lee, whose surname it is, before Lee Satterfield, whose
    // given name it is; "Moon" the President: nobody whose surname it is fits, so the one whose
    // name it starts (Moon Jae-in, surname first).
    let forms = [
        ("Mike Lee", 3),
        ("Lee Satterfield", 10),
        ("Matt Lee", 16),
        ("Lee", 3),
        ("Moon Jae-in", 4),
        ("Ted Moon", 1),
        ("Moon", 2),
    ];
    let r = with_roles(
        &forms,
        &[
            ("Mike Lee", role(Some("US"), Some("Senator"))),
            ("Lee Satterfield", role(Some("US"), Some("Assistant Secretary"))),
            ("Lee", role(Some("US"), Some("Senator"))),
            ("Moon Jae-in", role(Some("KR"), Some("President"))),
            ("Moon", role(None, Some("President"))),
        ],
    );
    assert_eq!(r.canonical("Lee"), "Mike Lee");
    assert_eq!(r.canonical("Moon"), "Moon Jae-in");
}

#[test]
fn a_form_an_alias_line_placed_stays_there() {
    let aliases = Aliases::parse("Naftali Bennett = Bennett").unwrap();
    let roles: HashMap<String, FormRole> =
        [("Forrest Bennett".to_string(), role(Some("US"), None)), ("Bennett".to_string(), role(Some("US"), None))]
            .into_iter()
            .collect();
    let forms = [("Forrest Bennett", 9), ("Jeffrey Bennett", 1), ("Bennett", 4)];
    let r = Registry::build_knowing_roles(forms.iter().map(|(f, n)| (f.to_string(), *n)), &aliases, &roles);
    assert_eq!(r.canonical("Bennett"), "Naftali Bennett");
    assert_eq!(r.canonical("Forrest Bennett"), "Forrest Bennett");
}

#[test]
fn benny_is_benjamin() {
    let r = registry(&[("Benny Gantz", 8), ("Benjamin Gantz", 4), ("Gantz", 3)]);
    assert_eq!(r.people().len(), 1);
    assert_eq!(r.canonical("Benjamin Gantz"), "Benny Gantz");
}

#[test]
fn a_bare_surname_s_role_is_what_most_readouts_give_it_and_a_person_s_is_every_one() {
    let of = |pairs: &[(&str, u64)]| pairs.iter().map(|(v, n)| (v.to_string(), *n)).collect::<Vec<_>>();
    // "Tarrant" is called Speaker in most readouts; so are Nancy Tarrant once and, in one readout
    // that misread its sentence, Paul Tarrant: two people it could be, so it stays as written.
    let forms = [("Nancy Tarrant", 2), ("Paul Tarrant", 1), ("Tarrant", 11)];
    let roles = [
        ("Nancy Tarrant", FormRole { countries: vec![], titles: of(&[("House Speaker", 1), ("Speaker", 1)]) }),
        ("Paul Tarrant", FormRole { countries: vec![], titles: of(&[("Speaker", 1)]) }),
        ("Tarrant", FormRole { countries: vec![], titles: of(&[("Speaker", 10), ("Representative", 1)]) }),
    ];
    assert_eq!(with_roles(&forms, &roles).canonical("Tarrant"), "Tarrant");
    // A country given as often as another is no country: "Johnson" of the United Kingdom once
    // and of the United States once joins no one.
    let forms = [("Boris Johnson", 21), ("Derrick Johnson", 7), ("Ron Johnson", 3), ("Johnson", 2)];
    let roles = [
        ("Boris Johnson", role(Some("GB"), None)),
        ("Derrick Johnson", role(Some("US"), None)),
        ("Johnson", FormRole { countries: of(&[("GB", 1), ("US", 1)]), titles: vec![] }),
    ];
    assert_eq!(with_roles(&forms, &roles).canonical("Johnson"), "Johnson");
}

#[test]
fn a_misspelt_name_suggests_the_person_it_is_nearest() {
    let r = registry(FORMS);
    let cases = [
        ("Zelinsky", Some("Volodymyr Zelenskyy")),
        ("President Zelinskyy", Some("Volodymyr Zelenskyy")),
        ("Kishda", Some("Kishida Fumio")),
        ("Jill Bidden", Some("Jill Biden")),
        // A name the registry finds needs no suggestion; nothing near, none; words of people's
        // names are no typos ("Kim" is several people), and titles alone are nobody.
        ("Joe Biden", None),
        ("Nobody Known", None),
        ("Xo", None),
        ("Kim", None),
        ("Chief Kim", None),
        ("Foreign Minister", None),
    ];
    for (asked, expected) in cases {
        assert_eq!(r.suggest(asked).map(|p| p.name.as_str()), expected, "{asked}");
    }
}

#[test]
fn a_name_that_opens_with_a_title_word_is_found_as_written_first() {
    // "Sultan" is a title before a name ("Sultan Haitham"), and a given name too.
    let r = registry(&[("Sultan Al Jaber", 3), ("Jaber", 1), ("Joe Biden", 9)]);
    assert_eq!(r.find("Sultan Al Jaber").map(|p| p.name.as_str()), Some("Sultan Al Jaber"));
    // The nearest name wins over the most named: one edit from Garland, two from Haaland.
    let r = registry(&[("Merrick Garland", 3), ("Deb Haaland", 17)]);
    assert_eq!(r.suggest("Gaarland").map(|p| p.name.as_str()), Some("Merrick Garland"));
}

#[test]
fn a_dominant_person_with_an_office_of_another_kind_does_not_take_the_surname() {
    // Fictional people: the climate advisor is named nine readouts in ten, but readouts call the
    // bare surname "Speaker": another person. A surname they give an office of the same kind
    // ("Advisor") still joins her, as does one they give no title, or a title once.
    let titled = |title: &str, n: u64| FormRole { countries: vec![], titles: vec![(title.to_string(), n)] };
    let forms = [("Gwen Tarrant", 21), ("Kathleen Tarrant", 1), ("Tarrant", 5)];
    let advisor = titled("National Climate Advisor", 21);
    let r = with_roles(&forms, &[("Gwen Tarrant", advisor.clone()), ("Tarrant", titled("Speaker", 4))]);
    assert_eq!(r.canonical("Tarrant"), "Tarrant");
    assert_eq!(r.canonical("Gwen Tarrant"), "Gwen Tarrant");
    for role in [titled("Advisor", 4), titled("Speaker", 1)] {
        let r = with_roles(&forms, &[("Gwen Tarrant", advisor.clone()), ("Tarrant", role)]);
        assert_eq!(r.canonical("Tarrant"), "Gwen Tarrant");
    }
    let r = with_roles(&forms, &[("Gwen Tarrant", advisor.clone())]);
    assert_eq!(r.canonical("Tarrant"), "Gwen Tarrant");
    // Ruled out, she leaves the others: the one given the surname's title takes it.
    let r = with_roles(
        &[("Gwen Tarrant", 18), ("Kevin Tarrant", 1), ("Tarrant", 3)],
        &[("Gwen Tarrant", advisor), ("Kevin Tarrant", titled("Speaker", 1)), ("Tarrant", titled("Speaker", 3))],
    );
    assert_eq!(r.canonical("Tarrant"), "Kevin Tarrant");
    // "Pope Francis" is not a foreign minister whose surname is Francis.
    let r = with_roles(
        &[("David Francis", 1), ("Francis", 8)],
        &[("David Francis", titled("Foreign Minister", 1)), ("Francis", titled("His Holiness Pope", 5))],
    );
    assert_eq!(r.canonical("Francis"), "Francis");
}
