//! Fixtures the unit tests share: real readouts of the bundled corpus, and a small index made up in
//! memory. Compiled for tests only.

/// Every `step`th file of the bundled corpus with its text as read from disk: the tests run the
/// scanners over real readouts.
pub(crate) fn corpus_files(step: usize) -> Vec<(std::path::PathBuf, String)> {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let files = std::fs::read_dir(corpus).expect("the bundled corpus").flatten().step_by(step);
    files.map(|entry| (entry.path(), std::fs::read_to_string(entry.path()).unwrap_or_default())).collect()
}

/// Readouts with a few words, speakers, countries and dates in rotation.
pub(crate) fn sample_index(readouts: usize) -> crate::Index {
    let index = crate::Index::create_in_ram().unwrap();
    let mut writer = index.writer().unwrap();
    let words = ["peace", "agreement", "security", "grain", "corridor"];
    for i in 0..readouts {
        let mut readout = crate::Readout {
            id: format!("r{i}"),
            title: format!("Readout {i} on {}", words[i % 5]),
            body: format!("They discussed {} and {} {}.", words[i % 5], words[i % 3], words[(i / 7) % 5]),
            date: chrono::NaiveDate::from_ymd_opt(2021 + (i % 4) as i32, 1 + (i % 12) as u32, 1 + (i % 28) as u32),
            speakers: vec![format!("Speaker {}", i % 13)],
            ..Default::default()
        };
        if i % 3 == 0 {
            readout.date = None;
        }
        for code in ["AM", "AZ", "UA"].iter().take(i % 4) {
            readout.countries.push(crate::readout::Country { code: code.to_string(), name: code.to_string() });
        }
        writer.add(&readout).unwrap();
    }
    // Some deleted readouts: a deletion leaves the document in its segment until a merge.
    for i in (0..readouts).step_by(17) {
        writer.delete(&format!("r{i}"));
    }
    writer.commit().unwrap();
    index
}

/// The sentences of every `step`th file of the bundled corpus.
pub(crate) fn corpus_sentences(step: usize) -> Vec<String> {
    corpus_files(step)
        .iter()
        .flat_map(|(_, text)| crate::text::sentences(text).into_iter().map(|r| text[r].to_string()))
        .collect()
}
