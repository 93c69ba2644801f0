//! Embedding readouts: index three readouts from memory into a temporary directory, search them with
//! a country filter, and print the hits with their snippets.
//!
//! `cargo run --example embed`

use readouts::{Index, Readout, SearchRequest};

fn main() -> readouts::Result<()> {
    let dir = std::env::temp_dir().join(format!("readouts-embed-{}", std::process::id()));
    let index = Index::create(&dir)?;
    let mut writer = index.writer()?;
    let texts = [
        (
            "call-am",
            "2023-11-28",
            "Secretary Blinken’s Call with Armenian Prime Minister Pashinyan",
            "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan about a durable and dignified peace agreement with Azerbaijan.",
        ),
        (
            "call-az",
            "2023-11-28",
            "Secretary Blinken’s Call with Azerbaijani President Aliyev",
            "Secretary Blinken spoke with President Ilham Aliyev of Azerbaijan and welcomed his commitment to conclude a peace agreement.",
        ),
        (
            "call-jp",
            "2024-02-02",
            "Secretary Blinken’s Call with Japanese Foreign Minister Kamikawa",
            "Secretary Blinken spoke with Japanese Foreign Minister Yoko Kamikawa about regional security.",
        ),
    ];
    for (id, date, title, body) in texts {
        let mut readout = Readout {
            id: id.into(),
            title: title.into(),
            body: body.into(),
            date: date.parse().ok(),
            ..Readout::default()
        };
        // The facets it does not give are filled in by the rule the indexer and the server use.
        readouts::complete(&mut readout);
        writer.add(&readout)?;
    }
    writer.commit()?;

    let results = index.search(&SearchRequest::new("peace agreement").country("Armenia"))?;
    println!("{} readout(s) about Armenia mention a peace agreement:", results.total);
    for hit in &results.hits {
        println!("- {} ({})", hit.title, hit.date.map(|d| d.to_string()).unwrap_or_default());
        println!("  speakers: {}", hit.speakers.join(", "));
        println!("  {}", hit.snippet_html());
    }
    drop(index);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
