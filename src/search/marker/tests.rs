//! The marker held to the plain reading of every word, and its pieces to every edit.

use std::collections::HashSet;

use super::*;

#[test]
fn ascii_words_are_the_analyzers() {
    let mut texts: Vec<String> = vec![
        "A-b c_d  e.f 12ab x".into(),
        format!("short {} long", "y".repeat(64)),
        format!("{} edge", "z".repeat(63)),
        String::new(),
    ];
    texts.push("“Quoted,” she said — it’s done.".into());
    texts.extend(
        crate::test_support::corpus_files(9).into_iter().map(|(_, t)| t).filter(|t| first_beyond_ascii(t, 0).is_none()),
    );
    assert!(texts.len() > 50, "the corpus has texts with only ASCII letters");
    let mut analyzer = name_analyzer();
    for text in &texts {
        let mut expected = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(t) = stream.next() {
            expected.push((t.offset_from..t.offset_to, t.text.clone()));
        }
        let got: Vec<_> = ascii_words(text).map(|r| (r.clone(), text[r].to_ascii_lowercase())).collect();
        assert_eq!(got, expected, "{}", crate::text::head(text, 200));
    }
}

/// Every word within `budget` edits of `word` over `alphabet` (a transposition is one edit).
fn near_words(word: &str, budget: u8, alphabet: &[u8]) -> HashSet<Vec<u8>> {
    let mut found: HashSet<Vec<u8>> = HashSet::from([word.as_bytes().to_vec()]);
    for _ in 0..budget {
        let mut next = found.clone();
        for w in &found {
            for at in 0..=w.len() {
                for &c in alphabet {
                    let mut inserted = w.clone();
                    inserted.insert(at, c);
                    next.insert(inserted);
                    if at < w.len() {
                        let mut substituted = w.clone();
                        substituted[at] = c;
                        next.insert(substituted);
                    }
                }
                if at < w.len() {
                    let mut deleted = w.clone();
                    deleted.remove(at);
                    next.insert(deleted);
                }
                if at + 1 < w.len() {
                    let mut swapped = w.clone();
                    swapped.swap(at, at + 1);
                    next.insert(swapped);
                }
            }
        }
        found = next;
    }
    found
}

#[test]
fn typo_pieces_hold_every_near_word() {
    // Letters of the words, one they lack and a digit: any other letter a typo brings in
    // behaves as the one they lack.
    for word in ["sudan", "grain", "kerry", "aaaaa", "abcab", "lavrov", "taiwan", "moldova", "blinken", "jasseliv"]
        .into_iter()
        .chain(["sanctions", "indonesia", "pashinian", "aaaaaaaaa", "azerbaijan", "abababababa", "humanitarian"])
    {
        let budget = super::super::query::typo_budget(word);
        let pieces = typo_pieces(word, budget).expect("pieces");
        assert!(pieces.iter().all(|p| p.len() >= 3), "{word}: {pieces:?}");
        let mut alphabet: Vec<u8> = word.bytes().collect();
        alphabet.extend([b'x', b'1']);
        alphabet.sort_unstable();
        alphabet.dedup();
        let mut tried = 0;
        for near in near_words(word, budget, &alphabet) {
            let near = String::from_utf8(near).unwrap();
            if strsim::osa_distance(&near, word) > usize::from(budget) {
                continue;
            }
            tried += 1;
            assert!(pieces.iter().any(|p| near.contains(p.as_str())), "{word} -> {near}: none of {pieces:?}");
        }
        assert!(tried > 10, "{word}: {tried}");
    }
    assert!(typo_pieces("ÇAVUŞ", 1).is_none());
}

#[test]
fn needles_find_what_reading_every_word_finds() {
    let stem = |w: &str| {
        let mut analyzer = text_analyzer();
        let mut stream = analyzer.token_stream(w);
        stream.next().map(|t| t.text.clone()).unwrap_or_default()
    };
    let asks = [
        Highlights {
            exact: ["lavrov"].iter().map(|w| stem(w)).collect(),
            fuzzy: vec![("lavrov".into(), 1)],
            ..Highlights::default()
        },
        Highlights {
            exact: ["sanctions", "sudan"].iter().map(|w| stem(w)).collect(),
            fuzzy: vec![("sanctions".into(), 2), ("sudan".into(), 1), ("humanitarian".into(), 2)],
            prefixes: vec!["negoti".into()],
            ..Highlights::default()
        },
        Highlights {
            phrases: vec![vec![stem("rule"), stem("of"), stem("law")], vec![stem("peace"), stem("agreement")]],
            exact: ["peace", "agreement"].iter().map(|w| stem(w)).collect(),
            fuzzy: vec![("ukraine".into(), 1), ("peace".into(), 1), ("agreement".into(), 2)],
            ..Highlights::default()
        },
        Highlights {
            fuzzy: vec![("china".into(), 1), ("grain".into(), 1)],
            prefixes: vec!["se".into()],
            ..Highlights::default()
        },
        Highlights {
            phrases: vec![vec![stem("cavusoglu"), stem("said")], vec![stem("sao"), stem("tome")]],
            exact: ["cavusoglu", "lavrov", "zelenskyy", "said"].iter().map(|w| stem(w)).collect(),
            fuzzy: vec![("cavusoglu".into(), 2), ("lavrov".into(), 1), ("zelenskyy".into(), 2)],
            ..Highlights::default()
        },
    ];
    let mut passages: Vec<String> = vec![
        "Snactions were imposed on Sduan.".into(),
        "The sanctinos, the humanitraian aid, the piece agreemnet.".into(),
        "Ukriane and Lavorv and Larvov; the rule of law, the rule-of-law, rule of the law.".into(),
        format!("the peace {} agreement, the peace agreement", "x".repeat(70)),
        // A word of 64 bytes or more is no word, whatever it holds.
        format!("peace {}lavrov{} agreement; Lavrov", "x".repeat(40), "y".repeat(30)),
        "A peace—agreement. PEACE AGREEMENT! peace, agreement".into(),
        // Words with letters beyond ASCII among ASCII ones: read by the analyzer, one by one.
        "Foreign Minister Çavuşoğlu said Lavrov; Cavusoglu said; ÇAVUŞOĞLU SAID".into(),
        "peace Путин agreement; the peace, Путин, agreement; Lavrov Путин Lavrov".into(),
        "São Tomé and Príncipe: Sao Tome; peace agreement in São Tomé".into(),
        "Zelenskyy’s peace agreement, Zelenskyý said, Lavrov—Çavuşoğlu—Lavrov".into(),
        format!("peace {}é agreement; Lavrov é Lavrov", "x".repeat(70)),
        "Ωμέγα peace agreement Ωμέγα Çavuşoğlu".into(),
    ];
    // The same in long texts, where such words are few enough to be read one by one.
    let filler = "The Secretary discussed sanctions, the peace agreement and the rule of law with Lavrov. ".repeat(12);
    for few in [
        "Çavuşoğlu said; peace Путин agreement; Lavrov—Çavuşoğlu—Lavrov",
        "São Tomé peace agreement, Zelenskyý said",
        "Ωμέγα peace agreement",
        "LAVROV and lAvRoV and SaNcTiOnS and PEACE AGREEMENT",
    ] {
        passages.push(format!("{filler}{few} {filler}"));
        passages.push(format!("{few} {filler}"));
        passages.push(format!("{filler}{few}"));
    }
    for (_, text) in crate::test_support::corpus_files(7) {
        passages.extend(crate::text::sentences(&text).into_iter().map(|r| text[r].to_string()));
        // Whole texts too, some with letters beyond ASCII.
        passages.push(text);
    }
    let mut marked = 0;
    for highlights in &asks {
        let (mut needled, mut plain) = (Marker::new(highlights), Marker::new(highlights).plain());
        // The needles searched by Teddy (where the machine has it) and by the automaton alike.
        let mut by_automaton = Marker::new(highlights).automaton_only();
        for passage in &passages {
            let found = needled.matches(passage);
            assert_eq!(found, plain.matches(passage), "{passage:?}");
            assert_eq!(found, by_automaton.matches(passage), "{passage:?}");
            marked += usize::from(!found.is_empty());
        }
    }
    assert!(marked > 100, "{marked} marked");
}

#[test]
fn quick_rejections_are_judged_nothing() {
    let highlights = Highlights {
        exact: HashSet::from(["lavrov".to_string(), "sanction".to_string()]),
        fuzzy: vec![("lavrov".into(), 1), ("sanctions".into(), 2)],
        prefixes: vec!["ukr".into()],
        phrases: vec![vec!["peac".into(), "agreement".into()]],
    };
    let mut marker = Marker::new(&highlights);
    let (mut rejected, mut words) = (0, 0);
    for (_, text) in crate::test_support::corpus_files(11) {
        for range in ascii_words(&text) {
            let word = text[range].to_ascii_lowercase();
            words += 1;
            if !marker.may_be_wanted(word.as_bytes()) {
                rejected += 1;
                assert!(!marker.judge(&word).is_something(), "{word}");
            }
        }
    }
    assert!(rejected * 2 > words, "{rejected} of {words} rejected");
}

#[test]
fn the_ascii_letter_test_is_the_plain_one() {
    let plain = |text: &str| text.chars().all(|c| c.is_ascii() || !c.is_alphanumeric());
    assert!(('\u{2000}'..='\u{206f}').chain(['\u{a0}']).all(|c| !c.is_alphanumeric()));
    let mut texts: Vec<String> =
        vec!["“Quoted,” — it’s done.".into(), "Çavuşoğlu".into(), format!("{}é", "a".repeat(40)), String::new()];
    texts.extend(crate::test_support::corpus_files(5).into_iter().map(|(_, t)| t));
    texts.extend(
        texts
            .clone()
            .iter()
            .flat_map(|t| crate::text::sentences(t).into_iter().map(|r| t[r].to_string()))
            .collect::<Vec<_>>(),
    );
    let ascii = texts.iter().filter(|t| first_beyond_ascii(t, 0).is_none()).count();
    assert!(ascii > 100 && ascii < texts.len(), "{ascii} of {}", texts.len());
    for text in &texts {
        assert_eq!(first_beyond_ascii(text, 0).is_none(), plain(text), "{}", crate::text::head(text, 200));
    }
}

#[test]
fn the_letter_count_test_never_rules_out_a_near_word() {
    let words = [
        "peace",
        "piece",
        "place",
        "pace",
        "peaces",
        "epace",
        "agreement",
        "agreemnet",
        "agrement",
        "arrangement",
        "pashinyan",
        "pashinian",
        "blinken",
        "blinkin",
        "linken",
        "security",
        "sceurity",
    ];
    for a in words {
        for b in words {
            for budget in 0..=2 {
                assert_eq!(within_edits(a, b, budget), strsim::osa_distance(a, b) <= budget, "{a} {b} {budget}");
            }
        }
    }
}

#[test]
fn teddy_searches_the_needles_where_the_machine_has_it() {
    let highlights = Highlights { fuzzy: vec![("lavrov".into(), 1)], ..Highlights::default() };
    let marker = Marker::new(&highlights);
    let packed = matches!(marker.needles().map(|n| &**n), Some(NeedleSearch::Packed(_)));
    #[cfg(target_arch = "x86_64")]
    assert_eq!(packed, std::is_x86_feature_detected!("ssse3"));
    #[cfg(not(target_arch = "x86_64"))]
    let _ = packed;
    let automaton = Marker::new(&highlights).automaton_only();
    assert!(matches!(automaton.needles().map(|n| &**n), Some(NeedleSearch::Automaton(_))));
}
