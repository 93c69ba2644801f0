//! Facet extraction: pure functions from a readout's text to its date, speakers and countries, as
//! ../ANNOTATION.md defines them. No I/O here.

use chrono::NaiveDate;

use crate::readout::Country;

pub mod country;
pub mod date;
pub mod speaker;
pub use speaker::statements;

/// Bumped whenever the extraction rules change, so that an incremental index run re-extracts every
/// readout (it is part of each readout's content hash, with the gazetteers themselves).
const RULES_VERSION: &str = "rules-127";

/// Identifies the extractor: its rules and its data. Part of each readout's content hash.
pub fn version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let mut h = blake3::Hasher::new();
        for part in [
            RULES_VERSION,
            country::DATA_VERSION_INPUT,
            speaker::DATA_VERSION_INPUT,
            crate::people::name::DATA_VERSION_INPUT,
            crate::people::registry::BUNDLED_TXT,
        ] {
            h.update(part.as_bytes());
        }
        format!("{RULES_VERSION}-{}", &h.finalize().to_hex()[..12])
    });
    &VERSION
}

/// The facets found in one readout's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// A date written in the text (a dateline), when there is one.
    pub date: Option<NaiveDate>,
    /// People who speak, fullest names.
    pub speakers: Vec<String>,
    /// Their titles and countries where the text gives them, in the order of `speakers`.
    pub roles: Vec<crate::readout::SpeakerRole>,
    /// States referred to, each once.
    pub countries: Vec<Country>,
    /// Who said what (QUOTES.md).
    pub statements: Vec<crate::readout::Statement>,
}

/// Extracts the facets from a readout's title and body.
pub fn extract(title: &str, body: &str) -> Facets {
    let mut text = String::with_capacity(title.len() + body.len() + 2);
    text.push_str(title);
    text.push_str("\n\n");
    text.push_str(body);
    let (roles, statements) = speaker::roles_and_statements(title, body);
    let speakers = roles.iter().map(|r| r.name.clone()).collect();
    Facets { date: date::find(&text), speakers, roles, countries: country::find(&text), statements }
}
