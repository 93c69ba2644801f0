//! One person, one value: speaker filters and facet counts agree for every alias of a person, on
//! the real corpus.

use crate::common;

use crate::common::{corpus_index, search_json};
use readouts::search::FacetField;
use readouts::{Index, SearchRequest};

fn speaker_counts(v: &serde_json::Value) -> Vec<(String, u64)> {
    v["facets"]["speaker"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["value"].as_str().unwrap().to_string(), c["count"].as_u64().unwrap()))
        .collect()
}

#[test]
fn every_alias_of_a_person_filters_to_exactly_their_readouts() {
    // (what a user types, the canonical name): nickname forms, either name order, without
    // accents, a common transliteration, a bare surname.
    let cases = [
        ("Joe Biden", "Joe Biden"),
        ("Joseph Biden", "Joe Biden"),
        ("Joseph R. Biden Jr.", "Joe Biden"),
        ("Biden", "Joe Biden"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Zelenskiy", "Volodymyr Zelenskyy"),
        ("Fumio Kishida", "Kishida Fumio"),
        ("Kishida Fumio", "Kishida Fumio"),
        ("Andres Manuel Lopez Obrador", "Andrés Manuel López Obrador"),
        ("López Obrador", "Andrés Manuel López Obrador"),
        ("Elizabeth Sherwood-Randall", "Liz Sherwood-Randall"),
        ("Jen Klein", "Jennifer Klein"),
        ("Steve Benjamin", "Stephen Benjamin"),
        ("Antonio Guterres", "António Guterres"),
        // A given name spelt another way, or shortened.
        ("Debra Haaland", "Deb Haaland"),
        ("Kath Hicks", "Kathleen Hicks"),
        ("Isabella Guzman", "Isabel Guzman"),
        ("Martin Walsh", "Marty Walsh"),
        ("Sviatlana Tsikhanouskaya", "Svyatlana Tsikhanouskaya"),
        // Bare surnames no one person dominates, told apart by the country or the title readouts
        // give them; a given name's variant.
        ("Bennett", "Naftali Bennett"),
        ("Johnson", "Boris Johnson"),
        ("Benjamin Gantz", "Benny Gantz"),
        ("Gantz", "Benny Gantz"),
        ("Manchin", "Joe Manchin"),
        ("Moon", "Moon Jae-in"),
        // With the titles readouts write before the name, in any case.
        ("President Biden", "Joe Biden"),
        ("Secretary of State Antony Blinken", "Antony Blinken"),
        ("prime minister kishida", "Kishida Fumio"),
        ("Ukrainian President Zelensky", "Volodymyr Zelenskyy"),
    ];
    let index = Index::open(corpus_index()).unwrap();
    let counts: Vec<(String, u64)> = index
        .facet_counts(&SearchRequest::new(""), FacetField::Speaker, 500)
        .unwrap()
        .into_iter()
        .map(|v| (v.value, v.count))
        .collect();
    for (asked, canonical) in cases {
        let expected = counts.iter().find(|(name, _)| name == canonical).map(|(_, c)| *c);
        let expected = expected.unwrap_or_else(|| panic!("{canonical} is not a speaker value: {counts:?}"));
        let filtered = search_json(&["", "--speaker", asked, "--limit", "3"]);
        assert_eq!(filtered["total"].as_u64(), Some(expected), "--speaker {asked:?}");
        assert_eq!(speaker_counts(&filtered)[0], (canonical.to_string(), expected), "--speaker {asked:?}");
        for hit in filtered["hits"].as_array().unwrap() {
            let speakers: Vec<&str> = hit["speakers"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
            assert!(speakers.contains(&canonical), "{asked:?}: {speakers:?}");
        }
    }
}

#[test]
fn each_person_appears_once_and_the_counts_match_the_filters() {
    let index = Index::open(corpus_index()).unwrap();
    let top = index.facet_counts(&SearchRequest::new(""), FacetField::Speaker, 300).unwrap();
    let names: Vec<&str> = top.iter().map(|v| v.value.as_str()).collect();
    for (i, name) in names.iter().enumerate() {
        assert!(!names[..i].contains(name), "{name} appears twice");
    }
    // The split the people issue found: one person under several values.
    for split in [
        "Biden",
        "Joseph Biden",
        "Zelenskyy",
        "Kishida",
        "Fumio Kishida",
        "López Obrador",
        "Antony Blinken Meet",
        "Bennett",
        "Gantz",
        "Benjamin Gantz",
        // Bare surnames no rule can give a full name (data/people_aliases.txt does).
        "Obama",
        "Pelosi",
        "Ice",
    ] {
        assert!(!names.contains(&split), "{split} is still a value of its own");
    }
    for value in top.iter().take(100) {
        let filtered = index.search(&SearchRequest::new("").speaker(value.value.clone()).limit(0)).unwrap();
        assert_eq!(filtered.total as u64, value.count, "--speaker {:?}", value.value);
    }
}

#[test]
fn people_who_share_a_name_stay_apart() {
    let index = Index::open(corpus_index()).unwrap();
    let everyone = index.facet_counts(&SearchRequest::new(""), FacetField::Speaker, 5_000).unwrap();
    let count_of = |name: &str| everyone.iter().find(|v| v.value == name).map(|v| v.count);
    for (a, b) in [
        ("Jill Biden", "Joe Biden"),
        ("Sung Kim", "Kim Sung-han"),
        ("Akiba Takeo", "Mori Takeo"),
        ("Naftali Bennett", "Forrest Bennett"),
        ("Boris Johnson", "Derrick Johnson"),
        ("Joe Manchin", "Gayle Manchin"),
        // Short given names one letter apart.
        ("Sung Kim", "Seung Kim"),
        ("Tim Barrett", "Tom Barrett"),
    ] {
        for name in [a, b] {
            let count = count_of(name).unwrap_or_else(|| panic!("{name} is no value of its own"));
            let filtered = index.search(&SearchRequest::new("").speaker(name).limit(0)).unwrap();
            assert_eq!(filtered.total as u64, count, "--speaker {name:?}");
        }
    }
}

#[test]
fn the_whos_who_lists_a_person_with_aliases_titles_country_and_dates() {
    let out =
        common::readouts().args(["people", "zelensky", "--json", "--index"]).arg(corpus_index()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let people: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let person = &people[0];
    assert_eq!(person["name"], "Volodymyr Zelenskyy");
    assert_eq!(person["country"]["code"], "UA");
    let aliases: Vec<&str> = person["aliases"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    assert!(aliases.contains(&"Volodymyr Zelenskyy") && aliases.contains(&"Zelenskyy"), "{aliases:?}");
    assert!(person["titles"].as_array().unwrap().iter().any(|t| t.as_str().unwrap().contains("President")));
    let index = Index::open(corpus_index()).unwrap();
    // The who's who counts readouts, every copy of a text included.
    let mut request = SearchRequest::new("").speaker("Zelensky").limit(0);
    request.all_copies = true;
    let total = index.search(&request).unwrap().total as u64;
    assert_eq!(person["readouts"].as_u64(), Some(total));
    assert!(person["first"].as_str().unwrap() <= person["last"].as_str().unwrap());

    // A name asked for with its titles finds its person.
    let out = common::readouts()
        .args(["people", "Foreign Minister Kuleba", "--json", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    let people: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(people[0]["name"], "Dmytro Kuleba", "{people}");

    // By country: Armenian officials, each of them said to speak for Armenia.
    let armenians = index
        .people(&readouts::search::PeopleRequest { country: Some("Armenia".into()), limit: 50, ..Default::default() })
        .unwrap();
    let names: Vec<&str> = armenians.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Nikol Pashinyan"), "{names:?}");
    assert!(armenians.iter().all(|p| p.country.as_ref().map(|c| c.code.as_str()) == Some("AM")));
}

#[test]
fn readouts_in_which_an_official_of_a_country_speaks() {
    let found = search_json(&["", "--speaker-country", "AM", "--limit", "50"]);
    let hits = found["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for hit in hits {
        let people = hit["people"].as_array().unwrap();
        assert!(people.iter().any(|p| p["country"] == "AM"), "{}: {people:?}", hit["id"]);
        // Beside the canonical names, the same people with their roles.
        let speakers = hit["speakers"].as_array().unwrap();
        assert_eq!(people.len(), speakers.len());
    }
    let out = common::readouts()
        .args(["search", "", "--speaker-country", "Atlantis", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "an unknown country is a usage error");
}

#[test]
fn the_server_answers_who_is_who() {
    let server = common::server::start(None);
    let (status, body) = common::server::get(&server, "/people?limit=5");
    assert_eq!(status, 200, "{body}");
    assert!(body.as_array().is_some_and(|a| !a.is_empty() && a.len() <= 5), "{body}");
    let (status, body) = common::server::get(&server, "/people?country=Atlantis");
    assert_eq!(status, 400, "{body}");
}

#[test]
fn a_misspelt_speaker_filter_says_whom_it_may_mean() {
    let out = common::readouts()
        .args(["search", "", "--speaker", "Blinkin", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(r#"no speaker is named "Blinkin"; did you mean "Antony Blinken"?"#), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("0 matches"));
    // A filter that matches says nothing more; a name near no one's gets no guess.
    for name in ["Blinken", "Xyzzy Qwerty"] {
        let out =
            common::readouts().args(["search", "", "--speaker", name, "--index"]).arg(corpus_index()).output().unwrap();
        assert!(!String::from_utf8_lossy(&out.stderr).contains("did you mean"), "{name}");
    }
    // The JSON (and the server's) gives them when nothing matched, and beside a filter that
    // matched (the filters are ORed: the misspelt one adds nothing); the library too.
    let out = search_json(&["", "--speaker", "Kuleeba", "--speaker", "Dmytro Kuleba", "--until", "2000-01-01"]);
    assert_eq!(out["total"], 0);
    assert_eq!(out["did_you_mean"], serde_json::json!([{"asked": "Kuleeba", "name": "Dmytro Kuleba"}]));
    let out = search_json(&["", "--speaker", "Blinken", "--speaker", "Kuleeba", "--limit", "1"]);
    assert!(out["total"].as_u64().is_some_and(|t| t > 100), "{out}");
    assert_eq!(out["did_you_mean"], serde_json::json!([{"asked": "Kuleeba", "name": "Dmytro Kuleba"}]));
    assert!(search_json(&["", "--speaker", "Kuleeba"]).get("did_you_mean").is_some());
    assert!(search_json(&["", "--speaker", "Kuleba"]).get("did_you_mean").is_none());
    let index = Index::open(corpus_index()).unwrap();
    let asked = ["Kuleeba".to_string(), "Dmytro Kuleba".to_string(), "Xyzzy".to_string()];
    let suggestions = index.speaker_suggestions(&asked).unwrap();
    assert_eq!(suggestions.len(), 1);
    assert_eq!((suggestions[0].asked.as_str(), suggestions[0].name.as_str()), ("Kuleeba", "Dmytro Kuleba"));
}
