use std::collections::BTreeSet;

use tantivy::postings::Postings;
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TokenStream;
use tantivy::{DocSet, Term};

use super::*;
use crate::index::schema::text_analyzer;
use crate::search::QuoteRequest;
use crate::search::quotes::read::Telling;
use crate::{Index, Readout, complete};

/// Readouts of the bundled corpus (every `step`th file), their statements extracted, indexed.
fn corpus_index(step: usize) -> Index {
    let index = Index::create_in_ram().unwrap();
    let mut writer = index.writer().unwrap();
    for (path, text) in crate::test_support::corpus_files(step) {
        let mut readout = Readout { id: path.display().to_string(), body: text, ..Default::default() };
        complete(&mut readout);
        writer.add(&readout).unwrap();
    }
    writer.commit().unwrap();
    index.reload().unwrap();
    index
}

#[test]
fn a_statement_spans_the_positions_the_index_gives_its_words() {
    let index = corpus_index(25);
    let searcher = index.searcher();
    let mut analyzer = text_analyzer();
    let (mut checked, mut apart) = (0, 0);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let inverted = segment.inverted_index(index.fields.body).unwrap();
        for doc in segment.doc_ids_alive() {
            let stored = index.stored_doc(&searcher, tantivy::DocAddress::new(ord as u32, doc)).unwrap();
            let body = stored.get_first(index.fields.body).and_then(|v| v.as_str()).unwrap_or_default();
            // The words a quote search rules statements out by are those of the whole reading.
            for slot in index.statement_slots(&stored) {
                assert_eq!(slot.words(), slot.read(body).and_then(|s| s.words), "{slot:?}");
            }
            for statement in index.stored_statements(&stored) {
                let [first, past] = statement.words.expect("every statement has its words' positions");
                assert!(first <= past);
                let Some(at) = slice_at(body, statement.text) else {
                    // Parts joined around an attribution: the span is the range's.
                    apart += 1;
                    continue;
                };
                // A text starting inside a word does not hold that word.
                if body[..at].chars().next_back().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                let mut stream = analyzer.token_stream(statement.text);
                let mut words = 0;
                while let Some(token) = stream.next() {
                    let term = Term::from_field_text(index.fields.body, &token.text);
                    let mut postings =
                        inverted.read_postings(&term, IndexRecordOption::WithFreqsAndPositions).unwrap().unwrap();
                    assert_eq!(postings.seek(doc), doc);
                    let mut positions = Vec::new();
                    postings.positions(&mut positions);
                    let want = first + token.position as u32;
                    assert!(positions.contains(&want), "{:?} at {want} in {positions:?}", token.text);
                    words = token.position as u32 + 1;
                }
                // Overlong words are no terms but keep their places.
                assert!(words <= past - first, "{words} words in {first}..{past}");
                checked += 1;
            }
        }
    }
    assert!(checked > 500 && apart > 0, "{checked} statements checked, {apart} apart");
}

/// Where `text` lies in `body`, when it is a slice of it.
fn slice_at(body: &str, text: &str) -> Option<usize> {
    let at = (text.as_ptr() as usize).checked_sub(body.as_ptr() as usize)?;
    (at + text.len() <= body.len()).then_some(at)
}

/// The statements found, by readout and range, for `query` told either way.
fn found(index: &Index, request: &QuoteRequest, telling: Telling) -> BTreeSet<(String, [usize; 2])> {
    let results = index.quotes_by(request, telling).unwrap();
    assert_eq!(results.total as usize, results.hits.len(), "every statement on one page");
    results.hits.into_iter().map(|h| (h.readout_id, h.range)).collect()
}

#[test]
fn positions_find_the_statements_marking_finds() {
    // Without typos, a word is its stem either way: the same statements hold it. (A statement
    // whose text is no slice of the body spans its attribution too: none of these words is in
    // one here.)
    // With typos, a statement where a variant stands is marked either way; see below for what
    // positions miss. (A query ending in a
    // space has no prefix: a word whose stem is shorter than the prefix typed, "presid" for
    // "presiden", is marked as a completion but no term the search matched.)
    let index = corpus_index(10);
    let exact = ["sanctions", "peace agreement", "\"rule of law\"", "Ukraine AND grain", "humanitarian", "climate"];
    let typos = ["Ukrane ", "ceasfire ", "vaccnes ", "sanctons ", "negociations ", "Zelensky ", "peace agreemnt "];
    let requests =
        exact.iter().map(|q| QuoteRequest::new(*q).exact(true)).chain(typos.iter().map(|q| QuoteRequest::new(*q)));
    let (mut missed, mut marked) = (0, 0);
    for request in requests {
        let query = request.query.clone();
        let request = request.limit(crate::search::MAX_LIMIT);
        let (by_positions, by_marking) =
            (found(&index, &request, Telling::Positions), found(&index, &request, Telling::Marking));
        let differ: Vec<_> = by_positions.symmetric_difference(&by_marking).collect();
        // Positions never find what marking does not.
        assert!(by_positions.is_subset(&by_marking), "{query}: {:?}", by_positions.difference(&by_marking));
        if request.exact {
            assert!(differ.is_empty(), "{query}: told apart: {differ:?}");
        }
        (missed, marked) = (missed + differ.len(), marked + by_marking.len());
        assert!(!by_marking.is_empty(), "{query}");
    }
    // A word within a typo of the word as typed whose stem is no variant the search matched in
    // the body ("Zelenskyy", stem "zelenskyi", two edits from "zelenski") is marked but not told
    // by positions: rare.
    assert!(missed * 20 <= marked, "{missed} of {marked} statements missed");
}

#[test]
fn a_typo_variant_far_from_the_word_as_typed_holds_nothing() {
    // "declin" is two edits from "desalin", the stem of "desalination": the search matches the
    // readout on crime, but its statement holds no typo of "desalination".
    let index = Index::create_in_ram().unwrap();
    let mut writer = index.writer().unwrap();
    let bodies = [
        ("crime", "“Crime saw record declines this year,” Spokesperson Matthew Miller said."),
        ("water", "“We support the desalination project,” Spokesperson Matthew Miller said."),
    ];
    for (id, body) in bodies {
        let mut readout = Readout { id: id.into(), title: id.into(), body: body.into(), ..Default::default() };
        complete(&mut readout);
        assert_eq!(readout.statements.len(), 1, "{id}");
        writer.add(&readout).unwrap();
    }
    writer.commit().unwrap();
    index.reload().unwrap();
    let searched = index.search(&crate::SearchRequest::new("desalination")).unwrap();
    assert_eq!(searched.total, 2, "the readout search matches the typo variant");
    let request = QuoteRequest::new("desalination");
    let ids = |telling| -> Vec<String> {
        let mut ids: Vec<String> =
            index.quotes_by(&request, telling).unwrap().hits.into_iter().map(|h| h.readout_id).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(Telling::Positions), ["water"]);
    assert_eq!(ids(Telling::Marking), ["water"]);
    // The shown statements are marked.
    let shown = index.quotes(&request).unwrap();
    assert!(shown.hits.iter().all(|h| h.text_html().contains("<mark>")), "{:?}", shown.hits);
}

#[test]
fn held_by_positions() {
    let field = tantivy::schema::Field::from_field_id(1);
    let term = |t: &str| Term::from_field_text(field, t);
    let mut words = QueryWords::default();
    words.word(field, "peac", true);
    words.word(field, "agreement", true);
    words.split_word(field, &["covid", "19"]);
    words.phrase(vec![(0, term("rule")), (1, term("of")), (2, term("law"))]);
    assert!(words.usable());
    let at = WordPositions {
        // peace, agreement, covid, 19
        words: vec![vec![3, 20], vec![4, 40], vec![50], vec![51]],
        phrases: vec![vec![60]],
        // A typo variant of a word: only marking can tell.
        unsure: vec![80],
    };
    // (span, phrase, coverage)
    let cases: &[([u32; 2], bool, usize)] = &[
        ([0, 3], false, 0),
        ([3, 4], false, 1),
        ([3, 5], true, 2),
        ([10, 45], false, 2),
        // The parts of one word of the query side by side are that word.
        ([50, 52], false, 2),
        ([40, 52], false, 3),
        // A phrase counts whole, or not at all.
        ([60, 63], true, 3),
        ([60, 62], false, 0),
        ([61, 70], false, 0),
    ];
    for &(span, phrase, coverage) in cases {
        assert_eq!(words.held(&at, span), Some(Held { phrase, coverage }), "{span:?}");
        assert_eq!(words.holds_any(&at, span), coverage > 0 || span == [60, 62], "{span:?}");
    }
    assert_eq!(words.held(&at, [70, 90]), None);
    assert_eq!(words.held(&at, [3, 81]), None);
    assert!(words.holds_any(&at, [80, 81]) && !words.holds_any(&at, [81, 90]));
    let mut partial = words.clone();
    partial.mark_partial();
    assert!(!partial.usable() && !QueryWords::default().usable());
}
