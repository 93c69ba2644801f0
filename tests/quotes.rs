//! `readouts quotes` and `show` on the bundled corpus: who said what, as a journalist asks it.

use crate::common::{corpus, corpus_index, readouts, texts};
use serde_json::Value;

fn quotes_json(args: &[&str]) -> Value {
    let out =
        readouts().arg("quotes").args(args).arg("--json").arg("--index").arg(corpus_index()).output().expect("runs");
    assert!(out.status.success(), "quotes {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("quotes prints JSON")
}

#[test]
fn statements_hold_the_query_with_their_speakers_and_readouts() {
    let found = quotes_json(&["peace agreement", "-n", "20"]);
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 20, "{found}");
    assert!(found["total"].as_u64().unwrap() >= 20);
    assert!(found["readouts_read"].as_u64().unwrap() <= readouts::search::QUOTE_CANDIDATES as u64);
    for hit in hits {
        assert!(["direct", "reported"].contains(&hit["kind"].as_str().unwrap()), "{hit}");
        assert!(!hit["speaker"].as_str().unwrap().is_empty(), "{hit}");
        let html = hit["text_html"].as_str().unwrap();
        assert!(html.contains("<mark>"), "every statement holds a word of the query: {hit}");
        assert!(hit["readout_id"].is_string() && hit["readout_title"].is_string(), "{hit}");
    }
    // The words side by side first.
    let first = hits[0]["text_html"].as_str().unwrap().replace("<mark>", "").replace("</mark>", "");
    assert!(first.to_lowercase().contains("peace agreement"), "{}", hits[0]);
    let speakers: u64 =
        found["facets"]["speaker"].as_array().unwrap().iter().map(|v| v["count"].as_u64().unwrap()).sum();
    assert!(speakers <= found["total"].as_u64().unwrap());
}

#[test]
fn a_speaker_by_any_name_and_a_kind_keep_only_theirs() {
    for name in ["Blinken", "Antony Blinken", "Tony Blinken"] {
        let found = quotes_json(&["Ukraine", "--speaker", name, "--kind", "direct", "-n", "50"]);
        let hits = found["hits"].as_array().unwrap();
        assert!(!hits.is_empty(), "{name}: {found}");
        for hit in hits {
            assert_eq!(hit["speaker"], "Antony Blinken", "{name}: {hit}");
            assert_eq!(hit["kind"], "direct", "{name}: {hit}");
        }
    }
    // "Every time a U.S. official called something unacceptable": statements of Americans only.
    let found = quotes_json(&["unacceptable", "--speaker-country", "US"]);
    assert!(found["total"].as_u64().unwrap() > 0, "{found}");
    for hit in found["hits"].as_array().unwrap() {
        assert_eq!(hit["speaker_country"], "US", "{hit}");
    }
    let countries = found["facets"]["speaker_country"].as_array().unwrap();
    assert_eq!(countries.len(), 1, "{countries:?}");
}

#[test]
fn mistakes_are_usage_errors() {
    for args in [&["x", "--speaker-country", "Atlantis"][..], &["x", "--kind", "rumoured"], &["title:("]] {
        let out = readouts().arg("quotes").args(args).arg("--index").arg(corpus_index()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", texts(&out).1);
    }
}

#[test]
fn show_lists_a_readouts_statements() {
    let file = corpus().join("2023-11-28-blinken-discusses-armenia-azerbaijan-normalization.txt");
    let out = readouts().arg("show").arg(&file).arg("--json").arg("--index").arg(corpus_index()).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let readout: Value = serde_json::from_slice(&out.stdout).unwrap();
    let statements = readout["statements"].as_array().unwrap();
    let body: Vec<char> = readout["body"].as_str().unwrap().chars().collect();
    assert!(statements.iter().any(|s| s["speaker"] == "Jame O’Brien" && s["kind"] == "direct"), "{statements:?}");
    for s in statements {
        // The range is the statement's place in the body, in characters.
        let [start, end] = [s["range"][0].as_u64().unwrap() as usize, s["range"][1].as_u64().unwrap() as usize];
        let passage: String = body[start..end].iter().collect();
        let first_word = s["text"].as_str().unwrap().split_whitespace().next().unwrap();
        assert!(passage.contains(first_word), "{passage:?} holds {s}");
    }
    let out = readouts().arg("show").arg(&file).arg("--index").arg(corpus_index()).output().unwrap();
    let (text, _) = texts(&out);
    assert!(text.contains("statements:\n- "), "{text}");
}
