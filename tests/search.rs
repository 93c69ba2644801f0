//! `readouts search` on the real corpus: ranking, snippets, filters, facets, bad queries.

use crate::common;

use crate::common::{corpus_index, readouts, search_json, texts};
use serde_json::Value;

const SEED: &str = "2023-11-28-blinken-discusses-armenia-azerbaijan-normalization.txt";

fn hits(v: &Value) -> &Vec<Value> {
    v["hits"].as_array().expect("hits is an array")
}

#[test]
fn the_seed_report_is_found_with_its_facets() {
    let v = search_json(&["Armenia Azerbaijan peace", "--limit", "20"]);
    let seed = hits(&v).iter().find(|h| h["id"] == SEED).expect("the seed report is among the first 20 hits");
    let countries: Vec<&str> =
        seed["countries"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert!(countries.contains(&"AM"), "{countries:?}");
    let speakers: Vec<&str> = seed["speakers"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert!(speakers.contains(&"Antony Blinken"), "{speakers:?}");
    assert_eq!(seed["date"], "2023-11-28");
    assert!(seed["snippet"].as_str().unwrap().contains("<mark>"), "snippet highlights: {}", seed["snippet"]);
}

#[test]
fn json_has_the_contract_shape() {
    let v = search_json(&["peace agreement", "--limit", "3"]);
    for key in ["query", "total", "took_ms", "hits", "facets"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["query"], "peace agreement");
    assert!(v["total"].as_u64().unwrap() > 3);
    assert_eq!(hits(&v).len(), 3);
    for hit in hits(&v) {
        for key in ["id", "path", "url", "title", "date", "score", "speakers", "countries", "snippet"] {
            assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
        }
        let snippet = hit["snippet"].as_str().unwrap();
        // HTML-escaped apart from the marks.
        let without_marks = snippet.replace("<mark>", "").replace("</mark>", "");
        assert!(!without_marks.contains('<') && !without_marks.contains('>'), "{snippet}");
    }
    for key in ["speaker", "country", "year"] {
        assert!(!v["facets"][key].as_array().unwrap().is_empty(), "facet {key} is empty");
    }
    let c = &v["facets"]["country"][0];
    assert!(c["code"].is_string() && c["name"].is_string() && c["count"].is_u64(), "{c}");
}

#[test]
fn every_hit_satisfies_its_filters() {
    let v = search_json(&[
        "peace",
        "--country",
        "AZ",
        "--speaker",
        "Blinken",
        "--since",
        "2022-01-01",
        "--until",
        "2023-12-31",
        "--limit",
        "100",
    ]);
    let total = v["total"].as_u64().unwrap();
    assert!(total > 0, "the filters leave something");
    assert_eq!(hits(&v).len() as u64, total.min(100));
    for hit in hits(&v) {
        let countries: Vec<&str> =
            hit["countries"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
        assert!(countries.contains(&"AZ"), "{}: {countries:?}", hit["id"]);
        let speakers = hit["speakers"].as_array().unwrap();
        assert!(speakers.iter().any(|s| s.as_str().unwrap().ends_with("Blinken")), "{}: {speakers:?}", hit["id"]);
        let date = hit["date"].as_str().unwrap();
        assert!(("2022-01-01"..="2023-12-31").contains(&date), "{date}");
    }
    // Facet counts are over all matches: every match has AZ.
    let az = v["facets"]["country"].as_array().unwrap().iter().find(|c| c["code"] == "AZ").unwrap();
    assert_eq!(az["count"].as_u64().unwrap(), total);
}

#[test]
fn countries_by_code_or_name_and_repeated_filters_mean_any() {
    let by_code = search_json(&["", "--country", "AM"])["total"].as_u64().unwrap();
    let by_name = search_json(&["", "--country", "armenia"])["total"].as_u64().unwrap();
    assert_eq!(by_code, by_name);
    let az = search_json(&["", "--country", "Azerbaijan"])["total"].as_u64().unwrap();
    let either = search_json(&["", "--country", "AM", "--country", "AZ"])["total"].as_u64().unwrap();
    assert!(either >= by_code.max(az) && either <= by_code + az);
}

#[test]
fn sort_by_date() {
    let v = search_json(&["Ukraine", "--sort", "newest", "--limit", "20"]);
    let dates: Vec<&str> = hits(&v).iter().map(|h| h["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn accents_fold_both_ways() {
    let plain = search_json(&["Cavusoglu"])["total"].as_u64().unwrap();
    let accented = search_json(&["Çavuşoğlu"])["total"].as_u64().unwrap();
    assert!(plain > 0);
    assert_eq!(plain, accented);
}

#[test]
fn pasted_queries_are_read_as_meant() {
    for q in ["Ukraine: update", "Blinken's call", "Blinken’s call", "“peace agreement”"] {
        let out = readouts().args(["search", q, "--index"]).arg(corpus_index()).output().unwrap();
        assert!(out.status.success(), "{q}: {}", texts(&out).1);
    }
}

#[test]
fn a_bad_query_exits_2_with_a_message() {
    let out = readouts().args(["search", "title:(", "--index"]).arg(corpus_index()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(texts(&out).1.contains("query"), "{}", texts(&out).1);
    let out =
        readouts().args(["search", "peace", "--country", "Atlantis", "--index"]).arg(corpus_index()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(texts(&out).1.contains("Atlantis"));
    let out =
        readouts().args(["search", "peace", "--since", "2023-13-45", "--index"]).arg(corpus_index()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A page too deep to rank in memory.
    let out = readouts()
        .args(["search", "peace", "--offset", "18446744073709551615", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(texts(&out).1.contains("offset"), "{}", texts(&out).1);
}

#[test]
fn human_output_is_plain_when_piped() {
    let out = readouts()
        .args(["search", "peace agreement", "--index"])
        .arg(corpus_index())
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let (stdout, _) = texts(&out);
    assert!(out.status.success());
    assert!(!stdout.contains('\u{1b}'), "no escape codes when piped");
    assert!(stdout.contains("matches"));
    assert!(stdout.contains("countries"));
}

/// Output for people on `index`, with colours forced or not.
fn human_output(args: &[&str], index: &std::path::Path, colour: bool) -> String {
    let mut command = readouts();
    command.args(args).arg("--index").arg(index).env_remove("NO_COLOR");
    if colour {
        command.env("CLICOLOR_FORCE", "1");
    } else {
        command.env_remove("CLICOLOR_FORCE");
    }
    let out = command.output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", texts(&out).1);
    texts(&out).0
}

/// `text` without its timings: "232 matches (1-10) in 3.4 ms" differs from run to run.
fn untimed(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = match line.rfind(" in ") {
            Some(at) if line.ends_with(" ms") => &line[..at],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Piped output is written plain rather than styled and stripped (src/cli/mod.rs,
/// `print_styled`): the text is the same either way, the timing apart.
#[test]
fn the_plain_output_is_the_coloured_one_stripped() {
    for args in [&["search", "peace agreement"][..], &["search", "Kuleba", "--explain"], &["quotes", "ceasefire"]] {
        let (coloured, plain) = (human_output(args, corpus_index(), true), human_output(args, corpus_index(), false));
        assert!(coloured.contains('\u{1b}'), "{args:?}: styled when colours are forced");
        assert!(!plain.contains('\u{1b}'), "{args:?}");
        let stripped = anstream::adapter::strip_str(&coloured).to_string();
        assert_eq!(untimed(&stripped), untimed(&plain), "{args:?}");
    }
}

/// A scraped page or a file's name may hold control characters and escape sequences: none of
/// theirs reaches a terminal, coloured or not (only the output's own styles, when coloured).
#[test]
fn control_characters_of_a_readout_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let name = docs.join("2023-11-28-evil\u{1b}[31mname.txt");
    std::fs::write(
        &name,
        "date 2023-11-28\ntitle Blinken\u{1b}[2J peace call\u{7}\n\nSecretary Blinken discussed the peace \
         agreement\u{1b}]0;pwned\u{7} with Foreign Minister Mirzoyan. Blinken said the peace \
         agreement\u{b} was near.\n",
    )
    .unwrap();
    let index = dir.path().join("index");
    let out = readouts().arg("index").arg(&docs).arg("--index").arg(&index).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    for args in [&["search", "peace agreement"][..], &["quotes", "peace agreement"]] {
        let plain = human_output(args, &index, false);
        assert!(plain.contains("peace"), "{args:?}: {plain}");
        assert!(!plain.chars().any(|c| c.is_control() && c != '\n'), "{args:?}: {plain:?}");
        assert!(!plain.contains("[2J") && !plain.contains("]0;") && !plain.contains("[31m"), "{args:?}: {plain:?}");
        let coloured = human_output(args, &index, true);
        let stripped = anstream::adapter::strip_str(&coloured).to_string();
        assert_eq!(untimed(&stripped), untimed(&plain), "{args:?}");
        assert!(!coloured.contains('\u{7}') && !coloured.contains("[2J") && !coloured.contains("]0;"), "{coloured:?}");
    }
}

#[test]
fn a_missing_explicit_index_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let out = readouts().args(["search", "peace", "--index"]).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(texts(&out).1.contains("no index at"), "{}", texts(&out).1);
    assert!(!missing.exists(), "no index is created silently");
    let out = readouts().args(["search", "peace", "--index"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(texts(&out).1.contains("not a readouts index"), "{}", texts(&out).1);
}

#[test]
fn the_default_index_is_built_on_first_search() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("default-index");
    let out = readouts()
        .args(["search", "peace agreement", "--json"])
        .env("READOUTS_INDEX", &index)
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["total"].as_u64().unwrap() > 0);
    assert!(index.join("CURRENT").exists());
}

/// The binary carries its corpus: copied out of the build tree and run from an empty directory,
/// with no READOUTS_CORPUS and a fresh data directory, it unpacks the corpus it embeds, builds its
/// default index from it and answers; nothing it reads is in the source tree.
#[test]
fn a_copied_binary_builds_its_default_index_from_the_corpus_it_carries() {
    let home = tempfile::tempdir().unwrap();
    let bin = home.path().join("bin/readouts");
    std::fs::create_dir_all(bin.parent().unwrap()).unwrap();
    std::fs::copy(assert_cmd::cargo::cargo_bin("readouts"), &bin).unwrap();
    let empty = home.path().join("elsewhere");
    std::fs::create_dir_all(&empty).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(&bin)
            .args(args)
            .current_dir(&empty)
            .env_clear()
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("HOME", home.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    let out = run(&["search", "peace agreement", "--json"]);
    assert!(out.status.success(), "{}", texts(&out).1);
    assert!(texts(&out).1.contains("from the bundled corpus"), "{}", texts(&out).1);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["total"].as_u64().unwrap() > 100, "{}", v["total"]);
    let unpacked = home.path().join("data/readouts");
    let source_tree = env!("CARGO_MANIFEST_DIR");
    for hit in v["hits"].as_array().unwrap() {
        let path = hit["path"].as_str().unwrap();
        assert!(path.starts_with(unpacked.to_str().unwrap()), "{path}");
        assert!(!path.starts_with(source_tree), "{path}");
    }
    let corpora: Vec<_> = std::fs::read_dir(&unpacked).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(corpora.iter().filter(|n| n.to_string_lossy().starts_with("corpus-")).count(), 1, "{corpora:?}");
    // Indexing with no path indexes the same corpus again: unchanged, not unpacked twice.
    let out = run(&["index"]);
    assert!(out.status.success(), "{}", texts(&out).1);
    let (stdout, stderr) = texts(&out);
    assert!(format!("{stdout}{stderr}").contains("0 added, 0 updated, 0 deleted, 5093 unchanged"), "{stdout}{stderr}");
    assert_eq!(std::fs::read_dir(&unpacked).unwrap().count(), corpora.len());
    // READOUTS_CORPUS still names another corpus.
    let other = std::process::Command::new(&bin)
        .args(["index", "--index"])
        .arg(home.path().join("other-index"))
        .current_dir(&empty)
        .env_clear()
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("READOUTS_CORPUS", common::fixture("good"))
        .output()
        .unwrap();
    let (stdout, stderr) = texts(&other);
    assert!(other.status.success(), "{stderr}");
    let good = std::fs::read_dir(common::fixture("good")).unwrap().count();
    assert!(format!("{stdout}{stderr}").contains(&format!("{good} readouts in the index")), "{stdout}{stderr}");
}

#[test]
fn show_prints_one_readout() {
    let out = readouts().args(["show", SEED, "--json", "--index"]).arg(corpus_index()).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], SEED);
    assert!(v["body"].as_str().unwrap().starts_with("Secretary of State Antony Blinken discussed"));
    let out = readouts().args(["show", "no-such-id", "--index"]).arg(corpus_index()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn typos_match_below_exact_matches() {
    let exact = search_json(&["Pashinyan"]);
    let typo = search_json(&["Pashinian"]);
    assert!(typo["total"].as_u64().unwrap() >= exact["total"].as_u64().unwrap());
    assert!(typo["total"].as_u64().unwrap() > 0);
    assert!(typo["hits"][0]["snippet"].as_str().unwrap().contains("<mark>Pashinyan</mark>"), "{}", typo["hits"][0]);
    let blinkin = search_json(&["Blinkin Aliyev"]);
    assert!(blinkin["total"].as_u64().unwrap() > 0);
    let none = search_json(&["Pashinian", "--exact"]);
    assert_eq!(none["total"], 0, "--exact turns typo tolerance off");
    // A word with an exact match ranks above words one typo away from it.
    let v = search_json(&["Kuleba", "--limit", "50"]);
    let first_exact = hits(&v).iter().position(|h| h["snippet"].as_str().unwrap().contains("<mark>Kuleba</mark>"));
    assert_eq!(first_exact, Some(0));
}

#[test]
fn the_last_word_is_a_prefix() {
    let v = search_json(&["peace agre"]);
    assert!(v["total"].as_u64().unwrap() > 0);
    assert!(hits(&v).iter().any(|h| h["snippet"].as_str().unwrap().contains("<mark>agree")), "{v}");
    assert!(search_json(&["peace agre "])["total"].as_u64().unwrap() < v["total"].as_u64().unwrap());
}

#[test]
fn fields_dates_and_ranges() {
    let month = search_json(&["Armenia date:2023-11", "--limit", "50"]);
    assert!(month["total"].as_u64().unwrap() > 0);
    for h in hits(&month) {
        assert!(h["date"].as_str().unwrap().starts_with("2023-11"), "{}", h["date"]);
    }
    let range = search_json(&["Azerbaijan date:[2023-01 TO 2023-06]", "--limit", "50"]);
    for h in hits(&range) {
        assert!(("2023-01-01"..="2023-06-30").contains(&h["date"].as_str().unwrap()), "{}", h["date"]);
    }
    let by_name = search_json(&["country:Armenia"])["total"].as_u64().unwrap();
    let by_adjective = search_json(&["country:Armenian"])["total"].as_u64().unwrap();
    let by_code = search_json(&["country:AM"])["total"].as_u64().unwrap();
    assert!(by_name > 0 && by_name == by_adjective && by_name == by_code);
    let titled = search_json(&["title:Pashinyan", "--limit", "50"]);
    for h in hits(&titled) {
        assert!(h["title"].as_str().unwrap().contains("Pashinyan"));
        assert!(h["title_html"].as_str().unwrap().contains("<mark>Pashinyan</mark>"));
    }
    let speaker = search_json(&["speaker:blinken", "--limit", "5"]);
    assert!(speaker["total"].as_u64().unwrap() > 100);
}

#[test]
fn phrases_are_marked_whole_and_fragments_have_ranges() {
    let v = search_json(&["\"peace agreement\"", "--limit", "5"]);
    for h in hits(&v) {
        let snippet = h["snippet"].as_str().unwrap().to_lowercase();
        assert!(snippet.contains("<mark>peace agreement"), "{snippet}");
        assert!(!snippet.contains("<mark>peace</mark>"), "the phrase is marked whole: {snippet}");
        for f in h["fragments"].as_array().unwrap() {
            let r = f["range"].as_array().unwrap();
            assert!(r[0].as_u64().unwrap() < r[1].as_u64().unwrap());
        }
    }
    let excluded = search_json(&["\"peace agreement\" -Ukraine"])["total"].as_u64().unwrap();
    assert!(excluded < v["total"].as_u64().unwrap());
}

#[test]
fn query_errors_point_at_the_problem() {
    for (q, says) in [("\"peace agreement", "never closed"), ("(peace OR war", "left open"), ("nope:thing", "")] {
        let out = readouts().args(["search", q, "--index"]).arg(corpus_index()).output().unwrap();
        if says.is_empty() {
            // An unknown "field" is read as words.
            assert!(out.status.success(), "{q}");
        } else {
            assert_eq!(out.status.code(), Some(2), "{q}");
            assert!(texts(&out).1.contains(says), "{q}: {}", texts(&out).1);
        }
    }
}

#[test]
fn facets_count_over_all_matches() {
    let out = readouts()
        .args(["facets", "peace", "--field", "country", "--limit", "5", "--json", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let values: Value = serde_json::from_slice(&out.stdout).unwrap();
    let values = values.as_array().unwrap();
    assert_eq!(values.len(), 5);
    assert!(values.windows(2).all(|w| w[0]["count"].as_u64() >= w[1]["count"].as_u64()));
    assert!(values.iter().all(|v| v["name"].is_string()));
    // The same count as a search filtered by that country.
    let code = values[0]["value"].as_str().unwrap();
    let filtered = search_json(&["peace", "--country", code, "--limit", "0"]);
    assert_eq!(filtered["total"], values[0]["count"]);
}

#[test]
fn timeline_counts_calendar_months() {
    let out =
        readouts().args(["timeline", "Armenia Azerbaijan", "--json", "--index"]).arg(corpus_index()).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let t: Value = serde_json::from_slice(&out.stdout).unwrap();
    let buckets = t["buckets"].as_array().unwrap();
    let months: Vec<&str> = buckets.iter().map(|b| b["value"].as_str().unwrap()).collect();
    assert!(months.iter().all(|m| m.len() == 7), "{months:?}");
    assert!(months.windows(2).all(|w| w[0] < w[1]), "oldest first, no gaps skipped");
    let sum: u64 = buckets.iter().map(|b| b["count"].as_u64().unwrap()).sum();
    assert_eq!(sum, t["total"].as_u64().unwrap());
    let human = readouts()
        .args(["timeline", "Armenia Azerbaijan", "--by", "year", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    let (stdout, _) = texts(&human);
    assert!(stdout.contains("2022") && stdout.contains('█'), "{stdout}");
}

#[test]
fn open_ranges_and_leading_exclusions_are_queries() {
    let all = search_json(&["date:[* TO *]", "--all-copies"])["total"].as_u64().unwrap();
    assert_eq!(all, 5093);
    // Copies of one text count once unless asked.
    let texts_total = search_json(&["date:[* TO *]"])["total"].as_u64().unwrap();
    assert!(texts_total < all && texts_total > all - 50, "{texts_total}");
    let before_june = search_json(&["date:{* TO 2021-06}"])["total"].as_u64().unwrap();
    let through_may = search_json(&["date:[* TO 2021-05]"])["total"].as_u64().unwrap();
    assert_eq!(before_june, through_may, "an exclusive end excludes its whole month");
    let excluded = search_json(&["-peace", "--all-copies"])["total"].as_u64().unwrap();
    let peace = search_json(&["peace", "--exact", "--all-copies"])["total"].as_u64().unwrap();
    assert_eq!(excluded + peace, 5093, "a query may start with an exclusion");
}
