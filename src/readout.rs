//! The readout: one published text with its facets, the unit that is indexed and returned.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The earliest date a readout can carry. An index stores a date as nanoseconds since 1970 in 64
/// bits, which reach from 21 September 1677 to 11 April 2262; a date outside would come back as
/// another one, so dates outside the whole years of that span are refused, never changed.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1678, 1, 1) {
    Some(d) => d,
    None => panic!("a calendar date"),
};
/// The latest date a readout can carry (see [`EARLIEST_DATE`]).
pub const LATEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2261, 12, 31) {
    Some(d) => d,
    None => panic!("a calendar date"),
};

/// Checks that an index can hold `date` as it is; the error says why not.
pub fn check_date(date: NaiveDate) -> Result<(), String> {
    if (EARLIEST_DATE..=LATEST_DATE).contains(&date) {
        Ok(())
    } else {
        Err(format!("{date} is outside the dates an index can hold ({EARLIEST_DATE} to {LATEST_DATE})"))
    }
}

/// A country as a facet value: its ISO 3166-1 alpha-2 code (XK for Kosovo) and common English name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case: `AM`.
    pub code: String,
    /// Common English name: `Armenia`.
    pub name: String,
}

/// A speaker as one readout presents them: the title and the country the text gives them there
/// ("Armenian Prime Minister Nikol Pashinyan": Prime Minister, AM).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SpeakerRole {
    /// The name, as in [`Readout::speakers`].
    pub name: String,
    /// The title in front of the name, when the readout gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The ISO 3166-1 alpha-2 code of the country the readout says they speak for, when it says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// One readout: its identity, text and facets.
///
/// Serialised, this is the record `readouts export` writes; readouts come in as records read by
/// [`crate::ingest::jsonl`], which reads this shape back (and a few more: `html`, countries as codes).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Readout {
    /// Stable identity across rebuilds: the url when there is one, else the path relative to the
    /// directory the file was found under.
    pub id: String,
    /// The file it was read from, as found (empty for readouts given from memory).
    pub path: String,
    /// The canonical url, when known.
    pub url: Option<String>,
    /// The headline.
    pub title: String,
    /// Publication date in the publisher's own time.
    pub date: Option<NaiveDate>,
    /// The text as paragraphs separated by blank lines.
    pub body: String,
    /// People who speak in the readout (see ANNOTATION.md), fullest name first seen.
    pub speakers: Vec<String>,
    /// States the readout refers to, each once.
    pub countries: Vec<Country>,
    /// The title and country of each speaker where the text gives them: found by extraction, or
    /// given with the speakers (a record's `roles`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<SpeakerRole>,
    /// Who said what: the statements of the body (QUOTES.md), always extracted from the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
}

/// How a statement gives its speaker's words (QUOTES.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum StatementKind {
    /// Words in quotation marks, or a paragraph of a statement that is as a whole someone's
    Direct,
    /// Speech a sentence reports, or a turn of a transcript
    Reported,
}

impl StatementKind {
    /// The name used in JSON, the CLI and filters: `direct` or `reported`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Reported => "reported",
        }
    }
}

impl std::str::FromStr for StatementKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "direct" => Ok(StatementKind::Direct),
            "reported" => Ok(StatementKind::Reported),
            other => Err(format!("unknown statement kind {other:?}: use direct or reported")),
        }
    }
}

/// One statement of a readout: a named person's words or position given as theirs (QUOTES.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Who said it: the fullest name the readout gives (the index shows the person's canonical name).
    pub speaker: String,
    /// Quoted words or reported speech.
    pub kind: StatementKind,
    /// The quoted words without their marks (the parts of a quote split by its attribution joined
    /// by a space), the paragraph, or the reporting sentence.
    pub text: String,
    /// Where it stands in the body, in characters (Unicode scalar values, not bytes) from the
    /// start of the body: the quotation marks included for a direct quote.
    pub range: [usize; 2],
}
