//! Statement extraction (who said what) on the hand-annotated statements of `tests/gold/`, scored
//! as ../shared/QUOTES.md says: a predicted statement matches a gold one when the speakers are the
//! same person (as the speaker facet is scored), the kinds agree and the texts share at least half
//! of the words of the shorter; each gold statement matches one predicted at most. The test fails
//! when a kind drops below its bar. `quotes_dev.jsonl` (44 readouts) was read while writing the
//! rules; `quotes_test.jsonl` (22) was not, and its figures are what we claim for readouts never
//! seen. `bench/score_quotes.py` prints the same figures and each miss.

use std::collections::HashMap;

use crate::common::names::same_person;
use crate::common::{corpus, readouts};
use serde_json::Value;

/// The bars of one gold file: precision and recall for direct and for reported statements.
struct Bar {
    file: &'static str,
    /// Readouts left out, with the reason.
    without: &'static [&'static str],
    direct: (f64, f64),
    reported: (f64, f64),
}

/// Each a little under the figures measured when it was set: dev direct P 1.000 R 0.889, reported
/// P 0.985 R 0.875; test direct P 1.000 R 0.857 (7 statements), reported P 0.865 R 0.746.
const BARS: &[Bar] = &[
    Bar {
        file: "quotes_dev.jsonl",
        // A statement of 37 sport ministers who sign it in a table at its end: 296 of the file's 323
        // direct statements. Tables of signatories are not read (the note of issue 19 says so);
        // counted, this one readout would be the whole direct score.
        without: &["2022-03-08-statement-on-russias-war-on-ukraine-international-sport.html"],
        direct: (0.95, 0.85),
        reported: (0.95, 0.85),
    },
    Bar { file: "quotes_test.jsonl", without: &[], direct: (0.85, 0.80), reported: (0.83, 0.72) },
];

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

/// A text's words, folded as the scorer folds them.
fn words(text: &str) -> HashMap<String, usize> {
    let folded = deunicode::deunicode(text).to_lowercase();
    let mut counts = HashMap::new();
    for w in folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    counts
}

/// True when two texts share at least half of the words of the shorter.
fn overlap(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    let shorter = wa.values().sum::<usize>().min(wb.values().sum::<usize>());
    let shared: usize = wa.iter().map(|(w, n)| (*n).min(*wb.get(w).unwrap_or(&0))).sum();
    shorter > 0 && shared * 2 >= shorter
}

#[test]
fn statements_score_above_their_bars_on_both_gold_files() {
    let mut failures = Vec::new();
    for bar in BARS {
        let (direct, reported) = score(bar);
        let report = format!(
            "{}: direct P {:.3} R {:.3} ({:?}), reported P {:.3} R {:.3} ({:?})",
            bar.file,
            direct.precision(),
            direct.recall(),
            direct,
            reported.precision(),
            reported.recall(),
            reported
        );
        println!("{report}");
        if direct.precision() < bar.direct.0
            || direct.recall() < bar.direct.1
            || reported.precision() < bar.reported.0
            || reported.recall() < bar.reported.1
        {
            failures.push(report);
        }
    }
    assert!(failures.is_empty(), "below the bar:\n{}", failures.join("\n"));
}

fn score(bar: &Bar) -> (Counts, Counts) {
    let path = format!("{}/tests/gold/{}", env!("CARGO_MANIFEST_DIR"), bar.file);
    let gold: Vec<Value> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|g: &Value| !bar.without.contains(&g["file"].as_str().unwrap()))
        .collect();
    let files: Vec<_> = gold.iter().map(|g| corpus().join(g["file"].as_str().unwrap())).collect();
    let out = readouts().arg("extract").arg("--json").args(&files).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let predicted: HashMap<String, Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| (v["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string(), v))
        .collect();
    let (mut direct, mut reported) = (Counts::default(), Counts::default());
    for g in &gold {
        let file = g["file"].as_str().unwrap();
        let p = predicted.get(file).unwrap_or_else(|| panic!("no prediction for {file}"));
        let found = p["statements"].as_array().unwrap();
        let mut used = vec![false; found.len()];
        for want in g["statements"].as_array().unwrap() {
            let counts = if want["kind"] == "direct" { &mut direct } else { &mut reported };
            let hit = found.iter().enumerate().position(|(i, s)| {
                !used[i]
                    && s["kind"] == want["kind"]
                    && same_person(s["speaker"].as_str().unwrap(), want["speaker"].as_str().unwrap())
                    && overlap(s["text"].as_str().unwrap(), want["text"].as_str().unwrap())
            });
            match hit {
                Some(i) => {
                    used[i] = true;
                    counts.tp += 1;
                }
                None => counts.fn_ += 1,
            }
        }
        for (s, _) in found.iter().zip(&used).filter(|(_, used)| !**used) {
            if s["kind"] == "direct" { direct.fp += 1 } else { reported.fp += 1 }
        }
    }
    (direct, reported)
}

#[test]
fn the_overlap_rule_is_half_the_words_of_the_shorter() {
    assert!(overlap("We welcome the agreement", "we WELCOME the agreement, and more words here"));
    assert!(!overlap("We welcome the agreement", "They condemned the attack today"));
    assert!(!overlap("", "anything"));
}
